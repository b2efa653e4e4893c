package claims

import (
	"fmt"
	"testing"

	"github.com/claimdiff/claimdiff/claims/segment"
)

func TestTokenSet(t *testing.T) {
	var toks []segment.Token
	var members []int32
	for i := range 300 {
		toks = append(toks, segment.Token{Norm: fmt.Sprint("w", i%100)})
		if i%3 == 0 {
			members = append(members, int32(i))
		}
	}
	var buf []int32
	for _, n := range []int{len(members), 1, 0, len(members)} { // one table reused, smaller and larger
		s, b := newTokenSet(toks, members[:n], buf)
		buf = b
		want := map[string]bool{}
		for _, i := range members[:n] {
			want[toks[i].Norm] = true
		}
		for i := range 120 {
			w := fmt.Sprint("w", i)
			if got := s.has(w); got != want[w] {
				t.Errorf("%d members: has(%q) = %v, want %v", n, w, got, want[w])
			}
		}
	}
	var empty tokenSet
	if empty.has("w0") {
		t.Error("the zero tokenSet has w0")
	}
}
