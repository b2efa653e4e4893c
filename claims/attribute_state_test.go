package claims

import (
	"slices"
	"testing"
)

// TestFill checks fill at lengths around its doubling runs' edges.
func TestFill(t *testing.T) {
	for _, n := range []int{0, 1, 2, 3, 4, 5, 7, 8, 9, 100, 1025} {
		s := make([]int, n)
		for i := range s {
			s[i] = i + 1
		}
		fill(s, -1)
		if i := slices.IndexFunc(s, func(v int) bool { return v != -1 }); i >= 0 {
			t.Errorf("fill of %d: element %d is %d, want -1", n, i, s[i])
		}
	}
}
