package english

import "github.com/claimdiff/claimdiff/claims/wordset"

// The keyed forms of the closed-class tests, for the stages that ask them
// at every token: they take the word's Key with it, the hash the tokeniser
// computed once (segment.Token.Key, which segment, importing this package,
// cannot hand over as a Token), where the word forms hash the word again.
// Each answers as its word form does for w; a zero k is looked up by w.

// IsFunctionWordKey is IsFunctionWord for word w whose Key is k.
func IsFunctionWordKey(k wordset.Key, w string) bool { return functionWords.HasKey(k, w) }

// IsArticleKey is IsArticle for word w whose Key is k.
func IsArticleKey(k wordset.Key, w string) bool { return articles.HasKey(k, w) }

// IsAdverbKey is IsAdverb for word w whose Key is k.
func IsAdverbKey(k wordset.Key, w string) bool { return adverbs.HasKey(k, w) }

// IsQuantifierKey is IsQuantifier for word w whose Key is k.
func IsQuantifierKey(k wordset.Key, w string) bool { return quantifiers.HasKey(k, w) }

// IsSubjectPronounKey is IsSubjectPronoun for word w whose Key is k.
func IsSubjectPronounKey(k wordset.Key, w string) bool { return subjectPronouns.HasKey(k, w) }
