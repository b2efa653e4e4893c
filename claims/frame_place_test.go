package claims

import (
	"testing"

	"github.com/claimdiff/claimdiff/internal/rulestest"
)

// TestPartitivePlaces: a partitive's counted noun ends at its first
// placing phrase, however many follow ("the number of deaths from the
// virus in Italy" counts deaths), and "with" after a partitive ties the
// figure to it only where the figure closes its clause ("the highest
// number of cases in the world with more than 82,000, according to ...";
// not "the number of deaths in the state with 12 more on Friday reached
// 300", where 12 counts nothing).
func TestPartitivePlaces(t *testing.T) {
	r := rulestest.Default(t)
	for _, tc := range []struct {
		text   string
		number float64
		head   string // "" for no claim of the number
	}{
		{"The number of deaths from the virus in Italy stood at 8,215.", 8215, "death"},
		{"The number of people in hospital in the state stood at 1,200.", 1200, "person"},
		{"The number of cases in New York with symptoms stood at 37,000.", 37000, "case"},
		{"The number of people under 18 in the US stood at 73 million.", 73e6, "person"},
		{"The number of cases in New York stood at 37,000.", 37000, "case"},
		{"The tracker logged the number of confirmed cases in Brazil at 85,400.", 85400, "case"},
		{"The number of deaths in the state with 12 more on Friday reached 300.", 300, "death"},
		{"The number of deaths in the state with 12 more on Friday reached 300.", 12, ""},
		{"The US now has the highest number of known cases in the world with more than 82,000, according to a tally.", 82000, "case"},
		{"The US now has the highest number of known cases in the world with more than 82,000.", 82000, "case"},
	} {
		c := valued(sentenceResult(r, tc.text).Claims, tc.number)
		switch {
		case tc.head == "" && c != nil:
			t.Errorf("%q, %v: claim %s with frame %+v, want none", tc.text, tc.number, c.Kind, c.Frame)
		case tc.head != "" && (c == nil || c.Frame == nil):
			t.Errorf("%q, %v: no claim with a frame", tc.text, tc.number)
		case tc.head != "" && c.Frame.Head != tc.head:
			t.Errorf("%q, %v: head %q, want %q", tc.text, tc.number, c.Frame.Head, tc.head)
		}
	}
}
