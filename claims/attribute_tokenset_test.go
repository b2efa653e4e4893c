package claims

import (
	"fmt"
	"testing"

	"github.com/claimdiff/claimdiff/claims/segment"
	"github.com/claimdiff/claimdiff/claims/wordset"
)

func TestTokenSet(t *testing.T) {
	var toks []segment.Token
	for i := range 600 {
		t := segment.Token{Norm: fmt.Sprint("w", i%200)}
		if i%2 == 0 {
			t.Key = wordset.KeyOf(t.Norm) // as the tokeniser sets it; 0 for a token built without
		}
		toks = append(toks, t)
	}
	var buf []int32
	// one table reused, for sets smaller and larger than the last
	for _, n := range []int{len(toks), 1, 0, 90, len(toks)} {
		var s tokenSet
		s.reset(toks, buf)
		want := map[string]bool{}
		for i := 0; i < n; i += 3 {
			s.add(int32(i))
			want[toks[i].Norm] = true
		}
		buf = s.kept()
		for i := range 250 {
			w := fmt.Sprint("w", i)
			if got := s.has(w); got != want[w] {
				t.Errorf("%d tokens: has(%q) = %v, want %v", n, w, got, want[w])
			}
		}
		if s.n != len(want) {
			t.Errorf("%d tokens: %d forms, want %d", n, s.n, len(want))
		}
	}
	var empty tokenSet
	if empty.has("w0") {
		t.Error("the zero tokenSet has w0")
	}
}
