package compare

import (
	"testing"

	"github.com/claimdiff/claimdiff/claims/mention"
	"github.com/claimdiff/claimdiff/claims/rules"
)

func val(n float64, b mention.Bound) *mention.Value {
	v := &mention.Value{Number: n, Bound: b}
	switch b {
	case mention.AtLeast, mention.MoreThan:
		v.Low = &n
	case mention.AtMost, mention.LessThan:
		v.High = &n
	}
	return v
}

// compatible reports whether two values can both be true, as alignment and
// verdicts decide it.
func compatible(a, b *mention.Value, tol rules.Tolerance) bool {
	return valueInterval(a, tol).overlaps(valueInterval(b, tol))
}

func TestCompatible(t *testing.T) {
	exact, rel5 := rules.Tolerance{}, rules.Tolerance{Rel: 0.05}
	tests := []struct {
		name string
		a, b *mention.Value
		tol  rules.Tolerance
		want bool
	}{
		{"more than 50 agrees with 56", val(50, mention.MoreThan), val(56, mention.Exact), exact, true},
		{"more than 50 conflicts with 50", val(50, mention.MoreThan), val(50, mention.Exact), exact, false},
		{"at least 63 conflicts with 57", val(63, mention.AtLeast), val(57, mention.Exact), exact, false},
		{"at least 63 agrees with 63", val(63, mention.AtLeast), val(63, mention.Exact), exact, true},
		{"about 5,200 and 5,000 or so agree", val(5200, mention.About), val(5000, mention.About), rel5, true},
		{"about 5,000 and 5,200 agree within tolerance", val(5000, mention.About), val(5200, mention.Exact), rel5, true},
		{"16 vs 18 killed conflict", val(16, mention.Exact), val(18, mention.Exact), exact, false},
		{"14 vs 15 conflict", val(14, mention.Exact), val(15, mention.Exact), exact, false},
		{"5,200 vs 5,300 troops agree at 5%", val(5200, mention.Exact), val(5300, mention.Exact), rel5, true},
		{"5,200 vs 6,000 troops conflict at 5%", val(5200, mention.Exact), val(6000, mention.Exact), rel5, false},
		{"up to 20 agrees with 12", val(20, mention.AtMost), val(12, mention.Exact), exact, true},
		{"fewer than 10 conflicts with 10", val(10, mention.LessThan), val(10, mention.Exact), exact, false},
		{"age 24 vs 25 conflict", val(24, mention.Exact), val(25, mention.Exact), exact, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := compatible(tc.a, tc.b, tc.tol); got != tc.want {
				t.Errorf("compatible = %v, want %v", got, tc.want)
			}
			if got := compatible(tc.b, tc.a, tc.tol); got != tc.want {
				t.Errorf("compatible (swapped) = %v, want %v", got, tc.want)
			}
		})
	}
}
