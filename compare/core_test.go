package compare

import (
	"strings"
	"testing"
)

// TestCoreClause: the core clause is the first clause of what a sentence
// states, past a fronted phrase, a relative clause and an apposition.
func TestCoreClause(t *testing.T) {
	tests := []struct{ part, want string }{
		{"the spilled liquid was diesel, which is kept in two tanks.", "the spilled liquid was diesel"},
		{"The liquid has been identified as diesel, a fuel that powers the generators.", "The liquid has been identified as diesel"},
		{"After his arrest, he told police his plan was to flee.", "he told police his plan was to flee."},
		{"In a statement on Friday, the chief defended the arrest.", "the chief defended the arrest."},
		{"However, the depot, which is owned by a shipping firm, was closed for repairs.", "was closed for repairs."},
		{"The old depot was closed - it had been a warehouse.", "The old depot was closed"},
		{"Yes, no.", ""},
	}
	for _, tc := range tests {
		if got := strings.TrimSpace(coreClause(tc.part)); got != tc.want {
			t.Errorf("coreClause(%q) = %q, want %q", tc.part, got, tc.want)
		}
	}
}

// TestSameCore: two core clauses say the same when the shorter's words are
// all in the longer, which holds at most one word more.
func TestSameCore(t *testing.T) {
	tests := []struct {
		a, b []string
		want bool
	}{
		{[]string{"diesel", "liquid", "spill"}, []string{"diesel", "liquid"}, true},
		{[]string{"diesel", "liquid"}, []string{"diesel", "liquid"}, true},
		{[]string{"driver", "hospit", "taken"}, []string{"custod", "driver", "taken"}, false},
		{[]string{"diesel"}, []string{"diesel"}, false},
		{[]string{"diesel", "liquid"}, []string{"diesel", "liquid", "spill", "tank"}, false},
		{[]string{"diesel", "liquid"}, []string{"diesel", "fuel", "spill"}, false},
	}
	for _, tc := range tests {
		if got := sameCore(tc.a, tc.b); got != tc.want {
			t.Errorf("sameCore(%v, %v) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}
