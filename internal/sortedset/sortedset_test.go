package sortedset

import (
	"slices"
	"testing"
)

func TestCommon(t *testing.T) {
	for _, c := range []struct {
		a, b, want []string
	}{
		{nil, nil, nil},
		{[]string{"a"}, nil, nil},
		{nil, []string{"a"}, nil},
		{[]string{"a", "b", "c"}, []string{"a", "b", "c"}, []string{"a", "b", "c"}},
		{[]string{"a", "c", "e"}, []string{"b", "d", "f"}, nil},
		{[]string{"a", "c", "e", "g"}, []string{"c", "d", "g", "h"}, []string{"c", "g"}},
		{[]string{"killed", "police", "said"}, []string{"at", "killed", "least", "said"}, []string{"killed", "said"}},
		{[]string{"z"}, []string{"a", "b", "z"}, []string{"z"}},
	} {
		got := slices.Collect(Common(c.a, c.b))
		if !slices.Equal(got, c.want) {
			t.Errorf("Common(%q, %q) = %q, want %q", c.a, c.b, got, c.want)
		}
		if back := slices.Collect(Common(c.b, c.a)); !slices.Equal(back, c.want) {
			t.Errorf("Common(%q, %q) = %q, want %q (either order)", c.b, c.a, back, c.want)
		}
		if n := Count(c.a, c.b); n != len(c.want) {
			t.Errorf("Count(%q, %q) = %d, want %d", c.a, c.b, n, len(c.want))
		}
	}
}

// TestCommonStops: a consumer that stops early is not called again.
func TestCommonStops(t *testing.T) {
	var got []int32
	for x := range Common([]int32{1, 2, 3, 4}, []int32{1, 2, 3, 4}) {
		got = append(got, x)
		if x == 2 {
			break
		}
	}
	if !slices.Equal(got, []int32{1, 2}) {
		t.Errorf("got %v, want [1 2]", got)
	}
}
