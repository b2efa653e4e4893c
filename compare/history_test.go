package compare

import (
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/internal/rulestest"
)

// TestDatedApart: a figure whose own clause dates it to someone's
// childhood or to years ago is history; the story's figures beside such a
// clause, or told with "when" of the story's own moment, are not.
func TestDatedApart(t *testing.T) {
	r := rulestest.Default(t)
	tests := []struct {
		sentence, figure string
		want             bool
	}{
		{"Opponents argued he could not be neutral since his father, a state trooper, was shot and killed on duty when Mr. Dorsey was a boy.", "was shot and killed", true},
		{"A resident who asked not to be named said she was shot in the same neighborhood six years ago.", "was shot", true},
		{"He was wounded when they were teenagers in Chicago.", "was wounded", true},
		{"Walter Greer, 81, was resting on the sofa beside his 4-year-old grandson when he was killed and the child wounded by stray bullets.", "he was killed", false},
		{"Several relatives were in the house when the girl was shot, but nobody has been charged.", "the girl was shot", false},
		{"Richard McFeely served in the FBI for 24 years before retiring.", "24 years", false},
		{"Years ago, two people were killed at the same corner.", "two people were killed", false}, // the date stands in another clause
		{"Two people were killed on Sunday, police said.", "Two people were killed", false},
		{"In 1990 — when she was a girl — her father was killed in a robbery.", "her father was killed", false}, // a dash ends the clause
		{"The outbreak has killed 500 people since it began two years ago", "has killed 500 people", false},     // a running total counted from then
		{"Homicides in Flint rose to 45 last year from 30 six years ago", "45", false},
		{"Two people were killed at the same corner years ago", "Two people were killed", true},
		{"A man was shot over a parking dispute at the same corner two years ago", "A man was shot", true},
		{"A woman died in a fire that started in the same building five years ago", "A woman died", true},
	}
	for _, tc := range tests {
		at := strings.Index(tc.sentence, tc.figure)
		c := &claims.Claim{Sentence: tc.sentence, SentenceSpan: claims.Span{Start: 100, End: 100 + len(tc.sentence)},
			Span: claims.Span{Start: 100 + at, End: 100 + at + len(tc.figure)}}
		if got := datedApart(c, &r.Compare); got != tc.want {
			t.Errorf("%q in %q: dated apart %v, want %v", tc.figure, tc.sentence, got, tc.want)
		}
	}
}

// TestHistoryNotCompared: a death in a clause dated to someone's
// childhood does not join the story's one death.
func TestHistoryNotCompared(t *testing.T) {
	rep := compareTexts(t,
		"Holder visits Ferguson\n\nAttorney General Eric Holder visited Ferguson, where an unarmed 18-year-old was fatally shot by an officer.",
		"Prosecutor under pressure\n\nOpponents argued he could not be neutral since his father, a state trooper, was shot and killed on duty when Mr. Dorsey was a boy.")
	for _, f := range rep.Findings {
		if f.Kind == "killed" && len(docsOf(f)) > 1 {
			t.Errorf("a childhood death compared with the story's: %s %s", f.Type, f.Summary)
		}
	}
}
