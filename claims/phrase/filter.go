package phrase

import "github.com/claimdiff/claimdiff/claims/wordset"

// WordFilter is wordset.Filter, kept under this name for the packages
// that still use it: a set of words that answers "no" for most words
// without hashing them.
type WordFilter = wordset.Filter
