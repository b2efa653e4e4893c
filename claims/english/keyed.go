package english

import (
	"strings"

	"github.com/claimdiff/claimdiff/claims/wordset"
)

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

// IsDeterminerKey is IsDeterminer for word w whose Key is k.
func IsDeterminerKey(k wordset.Key, w string) bool { return determiners.HasKey(k, w) }

// IsPronounKey is IsPronoun for word w whose Key is k.
func IsPronounKey(k wordset.Key, w string) bool { return pronouns.HasKey(k, w) }

// IsPrepositionKey is IsPreposition for word w whose Key is k.
func IsPrepositionKey(k wordset.Key, w string) bool { return prepositions.HasKey(k, w) }

// IsCommonPrepositionKey reports, for word w whose Key is k, one of the
// common prepositions that open the phrase a name stands in: "in", "of",
// "at", "by" (not "per", "than").
func IsCommonPrepositionKey(k wordset.Key, w string) bool { return commonPrepositions.HasKey(k, w) }

// IsPlacePrepositionKey is IsPlacePreposition for word w whose Key is k.
func IsPlacePrepositionKey(k wordset.Key, w string) bool { return placePrepositions.HasKey(k, w) }

// IsTimePrepositionKey is IsTimePreposition for word w whose Key is k.
func IsTimePrepositionKey(k wordset.Key, w string) bool { return timePrepositions.HasKey(k, w) }

// IsBeFormKey is IsBeForm for word w whose Key is k.
func IsBeFormKey(k wordset.Key, w string) bool { return beForms.HasKey(k, w) }

// IsPossessiveKey is IsPossessive for word w whose Key is k.
func IsPossessiveKey(k wordset.Key, w string) bool { return possessives.HasKey(k, w) }

// IsSubordinatorKey is IsSubordinator for word w whose Key is k.
func IsSubordinatorKey(k wordset.Key, w string) bool { return subordinators.HasKey(k, w) }

// IsCoordinatorKey is IsCoordinator for word w whose Key is k.
func IsCoordinatorKey(k wordset.Key, w string) bool { return coordinators.HasKey(k, w) }

// IsAuxiliaryKey is IsAuxiliary for word w whose Key is k.
func IsAuxiliaryKey(k wordset.Key, w string) bool { return auxiliariesAndModals.HasKey(k, w) }

// IsIrregularPastKey is IsIrregularPast for word w whose Key is k.
func IsIrregularPastKey(k wordset.Key, w string) bool { return irregularPast.HasKey(k, w) }

// IsPastFormKey is IsPastForm for word w whose Key is k.
func IsPastFormKey(k wordset.Key, w string) bool {
	return strings.HasSuffix(w, "ed") || irregularPast.HasKey(k, w)
}

// IsTimeUnitKey is IsTimeUnit for word w whose Key is k.
func IsTimeUnitKey(k wordset.Key, w string) bool { return timeUnits.HasKey(k, w) }

// IsCalendarWordKey is IsCalendarWord for word w whose Key is k.
func IsCalendarWordKey(k wordset.Key, w string) bool { return calendarWords.HasKey(k, w) }

// IsQuantityOpenerKey is IsQuantityOpener for word w whose Key is k.
func IsQuantityOpenerKey(k wordset.Key, w string) bool { return quantityOpeners.HasKey(k, w) }

// IsRoleConnectiveKey reports, for word w whose Key is k, a function word
// a phrase naming a role keeps: "of", "the", "'s", "most".
func IsRoleConnectiveKey(k wordset.Key, w string) bool { return roleConnectives.HasKey(k, w) }

// IsVerbGroupWordKey reports, for word w whose Key is k, an adverb or
// quantifier that may stand between a subject and its verb: "also",
// "reportedly", "both".
func IsVerbGroupWordKey(k wordset.Key, w string) bool { return verbGroupWords.HasKey(k, w) }

// IsReflexiveKey reports, for word w whose Key is k, a reflexive pronoun:
// "himself", "themselves".
func IsReflexiveKey(k wordset.Key, w string) bool { return reflexives.HasKey(k, w) }
