package rules

import (
	"strings"
	"testing"
)

// TestSameWithoutDots checks sameWithoutDots against the string it spares.
func TestSameWithoutDots(t *testing.T) {
	for _, s := range []string{"", ".", "U.S.", "US", "U.S", "U.S.A.", "USA", "U..S", ".US", "UK", "U.K.", "USS", "u.s."} {
		for _, want := range []string{"", "US", "USA", "UK", "U"} {
			if got, exp := sameWithoutDots(s, want), strings.ReplaceAll(s, ".", "") == want; got != exp {
				t.Errorf("sameWithoutDots(%q, %q) = %v, want %v", s, want, got, exp)
			}
		}
	}
}
