package claims

import (
	"strings"
	"testing"
	"unicode"
)

// TestHasNonSpace checks hasNonSpace against the strings.IndexFunc test
// it stands for, with ASCII and other white space.
func TestHasNonSpace(t *testing.T) {
	for _, s := range []string{"", " ", "  \t\n\v\f\r", "Jo ", " x", "\u00a0", "\u00a0Jo", "\u0085 ", " \u2003", "é", "\x80"} {
		want := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsSpace(r) }) >= 0
		if got := hasNonSpace(s); got != want {
			t.Errorf("hasNonSpace(%q) = %v, want %v", s, got, want)
		}
	}
}
