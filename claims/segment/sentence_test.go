package segment

import "testing"

// TestAbbreviations: the months' abbreviations come from package english;
// a full month name ends a sentence like any word.
func TestAbbreviations(t *testing.T) {
	for w, want := range map[string]bool{"dec": true, "sept": true, "jan": true, "gen": true, "may": false,
		"december": false, "etc": false} {
		if IsAbbreviation(w) != want {
			t.Errorf("IsAbbreviation(%q) = %v", w, !want)
		}
	}
	if n := len(Segment("It ended on Dec. 27 in Baghdad. Then it began.", Options{}).Sentences); n != 2 {
		t.Errorf("%d sentences, want 2: Dec. ends none", n)
	}
}
