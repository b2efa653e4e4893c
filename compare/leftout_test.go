package compare

import (
	"fmt"
	"hash/maphash"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
)

// TestDistinctCount: what is left out adds to a word's posting count the
// distinct keys that use it, less those of the items counted already,
// and reports a word in more than maxPosting as maxPosting+1.
func TestDistinctCount(t *testing.T) {
	d, seed := newDistinct(), maphash.MakeSeed()
	key := func(ws ...string) uint64 { return hashKey(seed, ws) }
	d.add("storm", key("storm", "wind"))
	d.add("storm", key("storm", "wind")) // a copy: one key
	d.add("storm", key("rain", "storm"))
	for i := range maxPosting + 1 {
		d.add("said", key("said", fmt.Sprint(i)))
	}
	count := func(w string, held [][]string) int { return d.count(seed, w, held) }
	for _, c := range []struct {
		w    string
		held [][]string
		want int
	}{
		{"storm", nil, 2},
		{"storm", [][]string{{"storm", "wind"}}, 1}, // counted already
		{"storm", [][]string{{"storm", "flood"}}, 2},
		{"said", nil, maxPosting + 1},
		{"flood", nil, 0},
	} {
		if got := count(c.w, c.held); got != c.want {
			t.Errorf("count(%q, %q) = %d, want %d", c.w, c.held, got, c.want)
		}
	}
	// the index adds them to its own postings, and a word so counted in
	// more than maxPosting items is not looked up
	ix := newSimIndex([]simItem{{doc: 0, words: wordSet{"rain", "storm"}}, {doc: 1, words: wordSet{"said", "storm"}}}, nil)
	ix.more, ix.keyOf = count, func(j int) []string { return ix.items[j].words }
	if got := ix.count("storm"); got != 3 {
		t.Errorf("posting count of storm = %d, want 3 (2 indexed, 2 left out, one of them the key of one indexed)", got)
	}
	if got := ix.count("said"); got != maxPosting+2 {
		t.Errorf("posting count of said = %d, want %d", got, maxPosting+2)
	}
	if got := ix.candidates(0, nil); len(got) != 1 || got[0] != 1 {
		t.Errorf("candidates of item 0 = %v, want [1] (through storm)", got)
	}
}

// TestHashQuoteKey: a left-out passage's key is hashed as the key quote
// clustering gives it (quoteKey) would be, without joining it.
func TestHashQuoteKey(t *testing.T) {
	seed := maphash.MakeSeed()
	for _, c := range []struct {
		speaker string
		ws      []string
	}{
		{"", nil},
		{"", []string{"storm"}},
		{"John Smith", []string{"we", "have", "lost", "everything"}},
		{"a b", []string{"", "x y"}},
	} {
		cl := &claims.Claim{Attribution: claims.Attribution{Speaker: c.speaker}}
		if got, want := hashQuoteKey(seed, c.speaker, c.ws), hashKey(seed, []string{quoteKey(cl, c.ws)}); got != want {
			t.Errorf("%q %q: hash %x, want %x", c.speaker, c.ws, got, want)
		}
	}
}
