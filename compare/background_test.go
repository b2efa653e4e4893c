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
		{"think there could be more than one suspect involved in the deadly shooting of a woman who was walking home.",
			"involved in the deadly shooting of a woman who was walking home"},
		{"remembers racing to a clinic with his hands covered in the blood of a boy shot during a quarrel.",
			"covered in the blood of a boy shot during a quarrel"},
		{"pointed to a letter from a special Senate panel investigating the bombings in Yemen.",
			"investigating the bombings in yemen"},
		{"alleges that Davis went to a home located in the 16800 block and fired shots that killed the girl.",
			"located in the 16800 block"},
		{"says the stabbing happened shortly before midnight Saturday when a brawl erupted at the arena.",
			"when a brawl erupted at the arena"},
		// a past form is the clause's verb until it has one
		{"said one of the three kids inside the house heard a knock at the back door.", ""},
		// after a verb a noun phrase may open what was said
		{"told dispatchers the boy shot himself.", ""},
		// "that" may open what was said; a hyphenated adjective is no participle
		{"said in a news release that two domestic violence-related calls came in.", ""},
		// a non-restrictive relative clause states something of its own
		{"was flown to a trauma center, where he remains in serious condition.", ""},
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
