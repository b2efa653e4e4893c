package mention

import "testing"

// TestAgeInYears: an age in whole years, as registers give it.
func TestAgeInYears(t *testing.T) {
	two, twentyFour := 2.0, 24.0
	for _, tc := range []struct {
		name string
		v    Value
		want float64
		ok   bool
	}{
		{"36 years", Value{Number: 36, Bound: Exact, Unit: "years"}, 36, true},
		{"18 months", Value{Number: 18, Bound: Exact, Unit: "months"}, 1, true},
		{"3 weeks", Value{Number: 3, Bound: Exact, Unit: "weeks"}, 0, true},
		{"almost 2 years", Value{Number: 2, Bound: About, High: &two, Unit: "years"}, 1, true},
		{"nearly 24 months", Value{Number: 24, Bound: About, High: &twentyFour, Unit: "months"}, 1, true},
		{"2.5 years", Value{Number: 2.5, Bound: Exact, Unit: "years"}, 2, true},
		{"about 2 years", Value{Number: 2, Bound: About, Unit: "years"}, 2, true},
		{"2 km", Value{Number: 2, Bound: Exact, Unit: "km"}, 0, false},
	} {
		if got, ok := AgeInYears(tc.v); got != tc.want || ok != tc.ok {
			t.Errorf("%s: AgeInYears = %v, %v; want %v, %v", tc.name, got, ok, tc.want, tc.ok)
		}
	}
}
