package output

import (
	"testing"

	"github.com/claimdiff/claimdiff/claims"
)

func TestAnchorText(t *testing.T) {
	for _, c := range []struct {
		a    claims.TimeAnchor
		want string
	}{
		{claims.TimeAnchor{Text: "As of 4 p.m. CT Thursday", Start: "2020-08-27", End: "2020-08-27", Precision: "day",
			Clock: "16:00", Zone: "CT", Instant: "2020-08-27T21:00:00Z", Relative: true}, "Thu 27 Aug 21:00 UTC"},
		{claims.TimeAnchor{Text: "at 4 p.m.", Start: "2020-08-27", End: "2020-08-27", Precision: "day",
			Clock: "16:00", Relative: true}, "Thu 27 Aug 16:00"},
		{claims.TimeAnchor{Text: "in 1984", Start: "1984-01-01", End: "1984-12-31", Precision: "year"}, "1984"},
		{claims.TimeAnchor{Text: "last week", Start: "2020-08-17", End: "2020-08-23", Precision: "week", Relative: true},
			"week of Mon 17 Aug 2020"},
		{claims.TimeAnchor{Text: "the previous night", Precision: "unresolved", Relative: true}, "the previous night"},
	} {
		if got := AnchorText(&c.a); got != c.want {
			t.Errorf("AnchorText(%q) = %q, want %q", c.a.Text, got, c.want)
		}
	}
}
