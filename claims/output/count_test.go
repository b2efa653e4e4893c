package output

import "testing"

func TestCount(t *testing.T) {
	for _, tc := range []struct {
		n    int
		want string
	}{{0, "0 stories"}, {1, "1 story"}, {2, "2 stories"}} {
		if got := Count(tc.n, "story", "stories"); got != tc.want {
			t.Errorf("Count(%d) = %q, want %q", tc.n, got, tc.want)
		}
	}
}
