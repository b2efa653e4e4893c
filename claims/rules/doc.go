// Package rules loads, validates and compiles claimdiff's rules files
// (rules.yaml) and matches their token patterns against a segmented article.
//
// A rules file holds the vocabulary (aliases, titles, units, currencies, cue words and
// hedges) and the claim rules. Each rule names a claim kind, a list of token
// patterns such as
//
//	{number} {word}{0,3} (troops|soldiers)
//
// and examples that must hold. Patterns compile once at load; every pattern
// is anchored on one of its literal words (or a typed placeholder), so
// matching a document visits each token once and tries only the patterns
// anchored there, in a window bounded by the pattern's width: the cost is
// linear in the document and does not grow with its length per match.
//
// Errors carry the file, line and column of the YAML node at fault.
package rules
