package rules

import (
	"slices"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/claims/wordset"
)

// TestPatternNeeds wants a pattern to need, for each required literal
// element but its anchor, the keys of its alternatives' first words
// (each once), the elements of fewest words first, and nothing of an
// optional element, a placeholder or an element with a prefix word.
func TestPatternNeeds(t *testing.T) {
	for _, tc := range []struct {
		src    string
		anchor string   // the anchor element's source
		want   []string // each needed element's first words, space-separated
	}{
		{"{number} people (were|had been|were not) killed", "people", []string{"killed", "were had"}}, // fewest words first
		{"killed {number}", "killed", nil},
		{"killed {number} (people)? (in|at)", "killed", []string{"in at"}},
		{"shot {number} (wound*|people) today", "(wound*|people)", []string{"shot", "today"}},
		{"{number} people (wound*|hurt)", "people", nil},
	} {
		p, err := compilePattern(tc.src, &vocab{})
		if err != nil {
			t.Fatalf("%q: %v", tc.src, err)
		}
		if got := p.elems[p.anchor].src; got != tc.anchor {
			t.Fatalf("%q: anchored on %q, the case wants %q", tc.src, got, tc.anchor)
		}
		var want [][]wordset.Key
		for _, words := range tc.want {
			var keys []wordset.Key
			for _, w := range strings.Fields(words) {
				keys = append(keys, wordset.KeyOf(w))
			}
			want = append(want, keys)
		}
		if !slices.EqualFunc(p.needs, want, slices.Equal) {
			t.Errorf("%q: needs %v, want %v", tc.src, p.needs, want)
		}
	}
}
