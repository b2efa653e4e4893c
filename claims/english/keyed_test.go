package english

import (
	"testing"

	"github.com/claimdiff/claimdiff/claims/wordset"
)

// TestKeyedForms checks that each keyed form answers as its word form for
// every closed-class word and a few open-class ones, with the word's Key
// and with the zero Key (a token built without one).
func TestKeyedForms(t *testing.T) {
	forms := []struct {
		name  string
		word  func(string) bool
		keyed func(wordset.Key, string) bool
	}{
		{"IsFunctionWord", IsFunctionWord, IsFunctionWordKey},
		{"IsArticle", IsArticle, IsArticleKey},
		{"IsAdverb", IsAdverb, IsAdverbKey},
		{"IsQuantifier", IsQuantifier, IsQuantifierKey},
		{"IsSubjectPronoun", IsSubjectPronoun, IsSubjectPronounKey},
		{"IsDeterminer", IsDeterminer, IsDeterminerKey},
		{"IsPronoun", IsPronoun, IsPronounKey},
		{"IsPreposition", IsPreposition, IsPrepositionKey},
		{"IsCommonPreposition", commonPrepositions.Has, IsCommonPrepositionKey},
		{"IsPlacePreposition", IsPlacePreposition, IsPlacePrepositionKey},
		{"IsTimePreposition", IsTimePreposition, IsTimePrepositionKey},
		{"IsBeForm", IsBeForm, IsBeFormKey},
		{"IsPossessive", IsPossessive, IsPossessiveKey},
		{"IsSubordinator", IsSubordinator, IsSubordinatorKey},
		{"IsCoordinator", IsCoordinator, IsCoordinatorKey},
		{"IsAuxiliary", IsAuxiliary, IsAuxiliaryKey},
		{"IsIrregularPast", IsIrregularPast, IsIrregularPastKey},
		{"IsPastForm", IsPastForm, IsPastFormKey},
		{"IsTimeUnit", IsTimeUnit, IsTimeUnitKey},
		{"IsCalendarWord", IsCalendarWord, IsCalendarWordKey},
		{"IsQuantityOpener", IsQuantityOpener, IsQuantityOpenerKey},
		{"IsRoleConnective", roleConnectives.Has, IsRoleConnectiveKey},
		{"IsVerbGroupWord", verbGroupWords.Has, IsVerbGroupWordKey},
		{"IsReflexive", reflexives.Has, IsReflexiveKey},
		{"IsAdverbialSubordinator", IsAdverbialSubordinator, IsAdverbialSubordinatorKey},
		{"IsDiscourseAdverb", IsDiscourseAdverb, IsDiscourseAdverbKey},
		{"IsTimeWord", IsTimeWord, IsTimeWordKey},
	}
	words := append(FunctionWords(), "majority", "half", "said", "claims", "senator", "", "x",
		"went", "fled", "hour", "monday", "january", "estimated", "nearly", "himself", "reportedly", "however", "quickly", "morning", "whether")
	for _, f := range forms {
		held := 0
		for _, w := range words {
			want := f.word(w)
			if want {
				held++
			}
			if got := f.keyed(wordset.KeyOf(w), w); got != want {
				t.Errorf("%sKey(KeyOf(%q), %q) = %v, %s = %v", f.name, w, w, got, f.name, want)
			}
			if got := f.keyed(0, w); got != want {
				t.Errorf("%sKey(0, %q) = %v, %s = %v", f.name, w, got, f.name, want)
			}
		}
		if held == 0 {
			t.Errorf("%s holds none of the words tried", f.name)
		}
	}
}
