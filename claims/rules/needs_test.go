package rules

import (
	"slices"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/claims/mention"
	"github.com/claimdiff/claimdiff/claims/segment"
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

// TestMentionNeeds wants a sentence turned away (mayHold) when it holds
// no mention of a kind a required mention element other than the anchor
// takes, and kept when it holds one or the element is optional.
func TestMentionNeeds(t *testing.T) {
	r, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		pattern, text string
		want          bool
	}{
		{"killed {number}", "The storm killed 14 goats in Tarvin.", true},
		{"killed {number}", "The storm killed the goats in Tarvin.", false},
		{"killed {number}?", "The storm killed the goats in Tarvin.", true},
		{"paid {money}", "The town paid $4 million for the bridge.", true},
		{"paid {money}", "The town paid 4 farmers for the bridge.", false},
		{"paid {value}", "The town paid 4 farmers for the bridge.", true},
		{"paid {value}", "The town paid on Tuesday for the bridge.", false},
		{"{date} paid", "The town paid on Tuesday for the bridge.", true},
	} {
		p, err := compilePattern(tc.pattern, &vocab{currencies: r.Lexicon().Currencies})
		if err != nil {
			t.Fatalf("%q: %v", tc.pattern, err)
		}
		txt := segment.Segment(tc.text, segment.Options{})
		in := NewInput(txt, mention.Recognise(txt, r.Lexicon(), mention.Options{}))
		m := &matcher{in: in, lo: 0, hi: len(txt.Tokens)}
		if got := m.mayHold(p); got != tc.want {
			t.Errorf("%q in %q: mayHold %v, want %v", tc.pattern, tc.text, got, tc.want)
		}
	}
}
