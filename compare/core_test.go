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
		{"However, the depot, which is owned by a shipping firm, was closed for repairs.", "the depot was closed for repairs."},
		{"The driver, who is 34, was taken to a hospital.", "The driver was taken to a hospital."},
		{"The driver, a 34-year-old man from Canton, was taken to a hospital.", "The driver was taken to a hospital."},
		{"The bridge, which links the two halves of the town, was closed for repairs.", "The bridge was closed for repairs."},
		{"The old depot was closed - it had been a warehouse.", "The old depot was closed"},
		{"The mayor, Ann Lee, did not approve the new budget.", "The mayor did not approve the new budget."},
		{"Yes, no.", ""},
	}
	for _, tc := range tests {
		if got := strings.TrimSpace(coreClause(tc.part)); got != tc.want {
			t.Errorf("coreClause(%q) = %q, want %q", tc.part, got, tc.want)
		}
	}
}

// TestSameCore: two core clauses say the same when the shorter's words are
// all in the longer, which holds at most one more, in lower case, and both
// write the same figures, numbers and negations.
func TestSameCore(t *testing.T) {
	w := func(ws ...string) core { return core{words: ws} }
	tests := []struct {
		name string
		a, b core
		want bool
	}{
		{"one word more", w("diesel", "liquid", "spill"), w("diesel", "liquid"), true},
		{"the same", w("diesel", "liquid"), w("diesel", "liquid"), true},
		{"each a word of its own", w("driver", "hospit", "taken"), w("custod", "driver", "taken"), false},
		{"one word is a topic", w("diesel"), w("diesel"), false},
		{"two words more", w("diesel", "liquid"), w("diesel", "liquid", "spill", "tank"), false},
		{"not all of the shorter", w("diesel", "liquid"), w("diesel", "fuel", "spill"), false},
		{"the word more is a name", w("runn", "took"), core{words: []string{"dana", "runn", "took"}, names: []string{"dana"}}, false},
		{"other figures", core{words: []string{"report", "shoot"}, marks: []string{"9"}}, core{words: []string{"report", "shoot"}, marks: []string{"4:30"}}, false},
		{"a negation", core{words: []string{"custod", "current"}, marks: []string{"not"}}, w("custod", "current", "polic"), false},
		{"the same figures", core{words: []string{"report", "shoot"}, marks: []string{"9"}}, core{words: []string{"report", "shoot"}, marks: []string{"9"}}, true},
	}
	for _, tc := range tests {
		if got := sameCore(tc.a, tc.b); got != tc.want {
			t.Errorf("%s: sameCore(%v, %v) = %v, want %v", tc.name, tc.a, tc.b, got, tc.want)
		}
	}
}

// TestCoreMarks: the figures, number words and negations of a core clause.
func TestCoreMarks(t *testing.T) {
	tests := []struct{ text, want string }{
		{"The shooting was reported around 9 p.m. March 4", "4 9"},
		{"No one is currently in custody", "not"},
		{"He didn't know why", "not"},
		{"Two women were also shot", "two"},
		{"the leaked gas was styrene", ""},
	}
	for _, tc := range tests {
		if got := strings.Join(coreMarks(tc.text), " "); got != tc.want {
			t.Errorf("coreMarks(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}
