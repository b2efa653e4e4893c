package rules

import (
	"fmt"
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
		{"{number} people (were|had been|were not) killed", "people", []string{"were had", "killed"}},
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
		x, needs := newNeedIndex([]*Pattern{p})
		m := &matcher{in: in, needs: x, lo: 0, hi: len(txt.Tokens)}
		if got := m.mayHold(&anchorRef{pat: p, needs: needs[0]}); got != tc.want {
			t.Errorf("%q in %q: mayHold %v, want %v", tc.pattern, tc.text, got, tc.want)
		}
	}
}

// TestWordNeeds wants a sentence turned away (mayHold) when it holds no
// word of a required literal element other than the anchor, and kept
// when it holds one (any of the element's words, among other patterns'
// needs) or the element is optional.
func TestWordNeeds(t *testing.T) {
	r, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	others := []string{"{number} people (were|had been|were not) killed", "killed {number} (people)? (in|at)", "shot {number} (wound*|people) today"}
	for _, tc := range []struct {
		pattern, text string
		want          bool
	}{
		{"killed {number} (people)? (in|at)", "The storm killed 14 goats in Tarvin.", true},
		{"killed {number} (people)? (in|at)", "The storm killed 14 goats at Tarvin.", true},
		{"killed {number} (people)? (in|at)", "The storm killed 14 goats near Tarvin.", false},
		{"killed {number} (people)? (in|at)?", "The storm killed 14 goats near Tarvin.", true},
		{"{number} people (were|had been|were not) killed", "Only 4 people had been killed by noon.", true},
		{"{number} people (were|had been|were not) killed", "Only 4 people were killed by noon.", true},
		{"{number} people (were|had been|were not) killed", "Only 4 people had been hurt by noon.", false},
		{"{number} people (were|had been|were not) killed", "Only 4 people have been killed by noon.", false},
		{"shot {number} (wound*|people) today", "They were shot, 3 people, today.", true},
		{"shot {number} (wound*|people) today", "They were shot, 3 people, yesterday.", false},
	} {
		var pats []*Pattern
		for _, src := range append(others, tc.pattern) {
			p, err := compilePattern(src, &vocab{currencies: r.Lexicon().Currencies})
			if err != nil {
				t.Fatalf("%q: %v", src, err)
			}
			pats = append(pats, p)
		}
		x, needs := newNeedIndex(pats)
		txt := segment.Segment(tc.text, segment.Options{})
		in := NewInput(txt, mention.Recognise(txt, r.Lexicon(), mention.Options{}))
		m := &matcher{in: in, needs: x, lo: 0, hi: len(txt.Tokens)}
		if got := m.mayHold(&anchorRef{pat: pats[len(pats)-1], needs: needs[len(pats)-1]}); got != tc.want {
			t.Errorf("%q in %q: mayHold %v, want %v", tc.pattern, tc.text, got, tc.want)
		}
	}
}

// TestMayHoldKeepsMatches wants Match, which tries only the patterns a
// sentence may hold (mayHold), to find the matches Trace finds trying
// every pattern at every anchor, over sentences that match many rules.
func TestMayHoldKeepsMatches(t *testing.T) {
	r, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	same := func(a, b Match) bool {
		return a.Rule == b.Rule && a.Pattern == b.Pattern && a.First == b.First && a.Last == b.Last &&
			a.Value == b.Value && a.Date == b.Date && slices.Equal(a.Slots, b.Slots) && a.Negative == b.Negative
	}
	for _, src := range []string{
		"A gunman killed 14 people and wounded three others in Marlow on Tuesday, police said.",
		"Two men were shot and killed in Dunmore on Friday, and a woman shot dead herself later.",
		"The gunman killed his wife and then turned the gun on himself, officers told reporters.",
		"Police said 3 people died in the attack on the market, the death toll of which rose to 9.",
		"John Smith, 42, and Mary Jones, 37, were both wounded. Jane Doe, a teacher at the school, was also killed.",
		"Oil prices rose 4% on Monday. The company founded in 1998 sent 200 troops on 3 March.",
	} {
		txt := segment.Segment(src, segment.Options{})
		in := NewInput(txt, mention.Recognise(txt, r.Lexicon(), mention.Options{}))
		got := r.Match(in)
		want, _ := r.Trace(in)
		if len(want) == 0 {
			t.Errorf("%q: no match to compare", src)
		}
		if !slices.EqualFunc(got, want, same) {
			t.Errorf("%q: %d matches %v, Trace finds %d %v", src, len(got), got, len(want), want)
		}
	}
}

// TestManyGroupsKept wants a sentence kept (mayHold) for a pattern whose
// group of needed words is numbered past what a groupSet has bits for,
// when it holds the group's word (its bit is shared with another group's:
// a sentence holding either is kept), and turned away from a sentence
// holding neither, at groups whose bits are in each word of the set.
func TestManyGroupsKept(t *testing.T) {
	r, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	var pats []*Pattern
	for i := range maxGroups + 40 {
		p, err := compilePattern(fmt.Sprintf("killed {number} (w%d)", i), &vocab{currencies: r.Lexicon().Currencies})
		if err != nil {
			t.Fatal(err)
		}
		pats = append(pats, p)
	}
	x, needs := newNeedIndex(pats)
	for _, i := range []int{0, maxGroups - 1, maxGroups, maxGroups + 39} {
		txt := segment.Segment(fmt.Sprintf("It killed 4 w%d.", i), segment.Options{})
		in := NewInput(txt, mention.Recognise(txt, r.Lexicon(), mention.Options{}))
		m := &matcher{in: in, needs: x, lo: 0, hi: len(txt.Tokens)}
		if !m.mayHold(&anchorRef{pat: pats[i], needs: needs[i]}) {
			t.Errorf("pattern %d of %d (%q) turned away from %q", i, len(pats), pats[i].Src, txt.Src)
		}
	}
	txt := segment.Segment("It killed 4 w0.", segment.Options{})
	in := NewInput(txt, mention.Recognise(txt, r.Lexicon(), mention.Options{}))
	m := &matcher{in: in, needs: x, lo: 0, hi: len(txt.Tokens)}
	for w := range len(groupSet{}) {
		// the first pattern whose group has its bit in word w of the
		// set, and is not w0's (their keys may be one: a Key hashes a
		// word's length and three of its bytes)
		i := slices.IndexFunc(needs, func(g groupSet) bool { return g[w] != 0 && g != needs[0] })
		if i < 0 {
			t.Fatalf("no pattern's group has a bit in word %d of the set", w)
		}
		if m.mayHold(&anchorRef{pat: pats[i], needs: needs[i]}) {
			t.Errorf("pattern %d (%q) kept for %q, which holds none of its words", i, pats[i].Src, txt.Src)
		}
	}
}
