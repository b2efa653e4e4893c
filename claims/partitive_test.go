package claims

import (
	"testing"

	"github.com/claimdiff/claimdiff/internal/rulestest"
)

// TestPartitiveCounts: a count drawn from a group ("over 155 of the
// crew") is kept, as the total of what its predicate counts, only where its own predicate says what
// it counts by a measure's cue; otherwise it picks from a group and counts
// nothing ("two of the victims were women"), and a cue in another clause
// ("... and another was taken to the hospital") is not its own.
func TestPartitiveCounts(t *testing.T) {
	r := rulestest.Default(t)
	tests := []struct {
		text   string
		number float64
		kept   bool
	}{
		{"Over 160 of the warship's crew have tested positive for the coronavirus.", 160, true},
		{"Twelve of the passengers were infected with the virus.", 12, true},
		{"Two of the victims were women.", 2, false},
		{"Three of the workers suffered minor injuries and another was taken to the hospital.", 3, false},
		{"Four of the workers, officials said, have tested positive.", 4, false},
	}
	for _, tc := range tests {
		got := valued(sentenceResult(r, tc.text).Claims, tc.number)
		switch {
		case tc.kept && got == nil:
			t.Errorf("%q: no claim of %v", tc.text, tc.number)
		case tc.kept && (got.Frame == nil || got.Frame.Scope != ""):
			t.Errorf("%q: frame %+v, want no scope (the total of its measure)", tc.text, got.Frame)
		case !tc.kept && got != nil:
			t.Errorf("%q: claim %s %q, want none", tc.text, got.Kind, got.Text)
		}
	}
}
