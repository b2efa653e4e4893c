package segment

import "testing"

func TestSpacedOnce(t *testing.T) {
	for _, tc := range []struct {
		src  string
		want bool
	}{
		{"Ada Ruiz said", true},
		{"Ada Ruiz, 52,", true},
		{"Ada  Ruiz", false},
		{"Ada\nRuiz", false},
		{"Ada\tRuiz", false},
		{"Ada", true},
	} {
		txt := Segment(tc.src, Options{})
		if got := txt.SpacedOnce(0, len(txt.Tokens)); got != tc.want {
			t.Errorf("SpacedOnce(%q) = %v, want %v", tc.src, got, tc.want)
		}
	}
}
