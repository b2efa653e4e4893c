package output

import (
	"testing"

	"github.com/claimdiff/claimdiff/claims/mention"
)

func TestHumanValue(t *testing.T) {
	f := func(x float64) *float64 { return &x }
	tests := []struct {
		v    mention.Value
		want string
	}{
		{mention.Value{Number: 5200, Bound: mention.About, Unit: "troops"}, "about 5,200 troops"},
		{mention.Value{Number: 80e6, Bound: mention.MoreThan, Low: f(80e6), Unit: "people"}, "more than 80,000,000 people"},
		{mention.Value{Number: 4, Bound: mention.Exact, Unit: "%"}, "4%"},
		{mention.Value{Number: -3.5, Bound: mention.Exact, Unit: "%"}, "-3.5%"},
		{mention.Value{Number: 50, Bound: mention.Range, Low: f(50), High: f(60)}, "50–60"},
		{mention.Value{Number: 3, Bound: mention.Exact, Unit: "day"}, "3 days"},
		{mention.Value{Number: 1, Bound: mention.MoreThan, Low: f(1), Unit: "decade"}, "more than 1 decade"},
		{mention.Value{Number: 2100000, Bound: mention.Exact, Unit: "barrels/day"}, "2,100,000 barrels/day"},
		{mention.Value{Number: 1, Bound: mention.Exact, Unit: "people"}, "1 person"},
	}
	for _, tc := range tests {
		if got := HumanValue(&tc.v); got != tc.want {
			t.Errorf("HumanValue(%+v) = %q, want %q", tc.v, got, tc.want)
		}
	}
	if got := Quote("a  very\nlong text", 8); got != `"a very …"` {
		t.Errorf("Quote = %q", got)
	}
}
