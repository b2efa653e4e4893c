package rules

import (
	"math"
	"slices"
	"testing"

	"github.com/claimdiff/claimdiff/claims/mention"
	"github.com/claimdiff/claimdiff/claims/segment"
)

// TestMatchStampWraps wants the same matches from an Input whose level
// stamps (matchRoom.seen) wrap round as from a new one: the stale marks
// of the levels before are cleared, not taken for this level's.
func TestMatchStampWraps(t *testing.T) {
	r, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	txt := segment.Segment("A gunman killed 14 people and wounded three others in Marlow on Tuesday, police said.", segment.Options{})
	in := NewInput(txt, mention.Recognise(txt, r.Lexicon(), mention.Options{}))
	want := r.Match(in)
	if len(want) == 0 {
		t.Fatal("no match to compare")
	}
	for i := range in.room.seen {
		in.room.seen[i] = 1 // what stamp 1 would have left
	}
	in.room.stamp = math.MaxUint32
	got := r.Match(in)
	same := func(a, b Match) bool {
		return a.Rule == b.Rule && a.Pattern == b.Pattern && a.First == b.First && a.Last == b.Last &&
			a.Value == b.Value && a.Date == b.Date && slices.Equal(a.Slots, b.Slots) && a.Negative == b.Negative
	}
	if !slices.EqualFunc(got, want, same) {
		t.Errorf("after the stamps wrap: %d matches %v, want %d %v", len(got), got, len(want), want)
	}
}

// TestAnchorAltsAsForward wants the ends of an anchor found by its word
// (matcher.anchorAlts, from the alternatives that start with the word)
// to be forward's, in its order, at every token of the default rules'
// words in some sentences.
func TestAnchorAltsAsForward(t *testing.T) {
	r, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, src := range []string{
		"Two men were shot and killed in Dunmore on Friday, and a woman shot dead herself later.",
		"The gunman killed his wife and then turned the gun on himself, officers told reporters.",
		"Police said 3 people died in the attack on the market, the death toll of which rose to 9.",
	} {
		txt := segment.Segment(src, segment.Options{})
		in := NewInput(txt, mention.Recognise(txt, r.Lexicon(), mention.Options{}))
		m := &matcher{in: in, lo: 0, hi: len(txt.Tokens)}
		tried := 0
		for p, tok := range txt.Tokens {
			refs, _ := r.index.words.Get(tok.Norm)
			for _, ref := range refs {
				if ref.alts == nil {
					continue
				}
				e := &ref.pat.elems[ref.pat.anchor]
				got := m.anchorAlts(e, ref.alts, p, nil)
				want := m.forward(e, p, nil)
				if !slices.Equal(got, want) && in.cover[p] < 0 {
					t.Errorf("%q at %q (token %d): ends %v, forward %v", ref.pat.Src, tok.Norm, p, got, want)
				}
				tried++
			}
		}
		if tried == 0 {
			t.Errorf("%q: no anchor found by its word", src)
		}
	}
}
