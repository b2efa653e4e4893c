package claims

import (
	"testing"

	"github.com/claimdiff/claimdiff/claims/ingest"
	"github.com/claimdiff/claimdiff/claims/rules"
)

// TestFrames checks what a number measures in sentences that the frame
// filler must read right: change against level, the level a move reached,
// a rate's denominator, a count's scope, the owner of the figure, and a
// noun that counts what its "of" names.
func TestFrames(t *testing.T) {
	r, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text   string
		number float64
		want   Frame
	}{
		{"WTI crude fell 4.1% to $61.20 a barrel on Tuesday.", -4.1,
			Frame{Measured: "WTI crude", Head: "crude", Entity: "WTI crude", Change: true, Direction: "down"}},
		{"WTI crude fell 4.1% to $61.20 a barrel on Tuesday.", 61.2,
			Frame{Measured: "WTI crude", Head: "crude", Entity: "WTI crude", Per: "barrel"}},
		{"The death toll rose to 18 on Friday.", 18,
			Frame{Measured: "death toll", Head: "toll", Direction: "up"}},
		{"At least 285 people are now in hospital.", 285,
			Frame{Measured: "people", Head: "person", Scope: "current"}},
		{"The band released 14 studio albums.", 14,
			Frame{Measured: "studio albums", Head: "album", Entity: "The band"}},
		{"Jones faces three counts of child abuse.", 3,
			Frame{Measured: "child abuse", Head: "abuse", Entity: "Jones"}},
		{"The company cut 300 jobs.", 300,
			Frame{Measured: "jobs", Head: "job", Entity: "The company", Change: true, Direction: "down"}},
	}
	for _, tc := range tests {
		res := Extract(&ingest.Document{ID: "t", Text: "Headline\n" + tc.text}, r)
		var got *Frame
		for _, c := range res.Claims {
			if c.Value != nil && c.Value.Number == tc.number {
				got = c.Frame
			}
		}
		switch {
		case got == nil:
			t.Errorf("%q: no claim of %v with a frame", tc.text, tc.number)
		case *got != tc.want:
			t.Errorf("%q, %v:\n got %+v\nwant %+v", tc.text, tc.number, *got, tc.want)
		}
	}
}
