package compare

import (
	"strings"
	"testing"
)

// TestBackgroundSplit reads the background out of what a source is said
// to state: restrictive and reduced relative clauses on a noun in a
// prepositional phrase, and adverbial clauses.
func TestBackgroundSplit(t *testing.T) {
	tests := []struct {
		part string
		bg   string // the background's words, space-joined
	}{
		{"believe there may be more than one suspect involved in the fatal shooting of a girl who was returning home.",
			"involved in the fatal shooting of a girl who was returning home"},
		{"recalls rushing to a hospital with his arms covered in the blood of a child shot during a dispute.",
			"covered in the blood of a child shot during a dispute"},
		{"asked for a request from a specially appointed House committee investigating the attacks in Libya.",
			"investigating the attacks in libya"},
		{"alleges that Davis went to a home located in the 16800 block and fired shots that killed the girl.",
			"located in the 16800 block"},
		{"says the shooting occurred before midnight Friday when a fight broke out at the armory.",
			"when a fight broke out at the armory"},
		// a past form is the clause's verb until it has one
		{"said one of the two children inside the home heard a noise at the front door.", ""},
		// after a verb a noun phrase may open what was said
		{"told dispatchers the boy shot himself.", ""},
		// "that" may open what was said; a hyphenated adjective is no participle
		{"said in a news release that two domestic violence-related calls came in.", ""},
		// a non-restrictive relative clause states something of its own
		{"was taken to a hospital, where he remains in critical condition.", ""},
		// before a preposition a past form is the clause's own verb
		{"said the driver of the stolen sedan crashed into a utility pole near the bus station.", ""},
		{"said the suspect in the shooting surrendered to officers.", ""},
	}
	for _, tc := range tests {
		bg, _ := backgroundSplit(tc.part)
		if got := strings.Join(bg, " "); got != tc.bg {
			t.Errorf("%q:\n got background %q\nwant %q", tc.part, got, tc.bg)
		}
	}
}
