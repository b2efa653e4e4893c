package compare

import "testing"

func TestSimilarWhy(t *testing.T) {
	for _, tc := range []struct {
		sim   float64
		sides int
		want  string
	}{
		{0.556, 2, "similar sentences (56% of content words shared)"},
		{0.556, 3, "similar sentences (at least 55% of content words shared by any two)"},
		{0.56, 3, "similar sentences (at least 56% of content words shared by any two)"},
	} {
		if got := similarWhy(tc.sim, tc.sides); got != tc.want {
			t.Errorf("similarWhy(%v, %d) = %q, want %q", tc.sim, tc.sides, got, tc.want)
		}
	}
}
