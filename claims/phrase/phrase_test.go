package phrase

import (
	"testing"

	"github.com/claimdiff/claimdiff/claims/segment"
)

func TestLongest(t *testing.T) {
	s := New[string]()
	s.Add("barrels", "barrels")
	s.Add("barrels per day", "barrels/day")
	s.Add("U.S. State Department", "State Department")
	if s.Add("  ", "x") {
		t.Error("an empty phrase was added")
	}
	toks := segment.Segment("2.1 million barrels per day and the U.S. State Department said", segment.Options{}).Tokens
	tests := []struct {
		at      int
		want    string
		wantLen int
	}{{2, "barrels/day", 3}, {7, "State Department", 3}, {0, "", 0}}
	for _, tc := range tests {
		v, n := s.Longest(toks, tc.at, len(toks))
		if v != tc.want || n != tc.wantLen {
			t.Errorf("Longest at %d = %q, %d; want %q, %d", tc.at, v, n, tc.want, tc.wantLen)
		}
	}
	if v, n := s.Longest(toks, 2, 3); v != "barrels" || n != 1 {
		t.Errorf("a limit cuts the match short: got %q %d", v, n)
	}
	if !s.Starts("barrels") || s.Starts("day") || s.Len() != 3 || !s.Has("Barrels Per Day") {
		t.Error("Starts, Len or Has wrong")
	}
	var nilSet *Set[string]
	if _, n := nilSet.Longest(toks, 0, len(toks)); n != 0 {
		t.Error("a nil set matched")
	}
}
