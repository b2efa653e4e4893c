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
