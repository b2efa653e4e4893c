package rules

import (
	"strings"
	"testing"
)

// TestSingleSpaced wants singleSpaced true exactly where folding the
// spaces (strings.Fields, then strings.Join) leaves a name as it is.
func TestSingleSpaced(t *testing.T) {
	for _, s := range []string{"", " ", "John", "John Smith", "John  Smith", " John", "John ", "John\tSmith",
		"John\u00a0Smith", "Jos\u00e9 Mar\u00eda", "a b c", "a\nb", "\u2003"} {
		want := strings.Join(strings.Fields(s), " ") == s
		if got := singleSpaced(s); got != want {
			t.Errorf("singleSpaced(%q) = %v, want %v", s, got, want)
		}
	}
}
