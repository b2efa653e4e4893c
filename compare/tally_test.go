package compare

import (
	"strings"
	"testing"
)

// filler is a story's opening about something else, so the figures
// compared stand below the top sentences.
const filler = "The captain was removed from his command on Thursday. The acting secretary flew to the island. " +
	"He addressed the crew over the ship's loudspeaker. His remarks were recorded and leaked. " +
	"He apologised a day later. He resigned on Tuesday. "

// TestLeadFacts: each outlet's first figure of a running tally (cases)
// is its figure of it wherever it stands, a vague figure in the lede is
// refined by a precise one further down, and figures of different
// measures or of parts that count nothing stay apart.
func TestLeadFacts(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		want  Type   // the finding of all the documents' figures; "" for none
		kind  string // its kind; "" for any
		why   string // words of its why
		not   string // words no sentence of it holds
	}{
		{"a running tally deep in three reports",
			[]string{"Navy secretary resigns\n\n" + filler + "At least 100 people on board the ship have been infected, reports say.",
				"Navy secretary resigns\n\n" + filler + "Over 155 of the crew on the carrier have tested positive for Covid-19.",
				"Navy secretary resigns\n\n" + filler + "At least 230 sailors aboard the Lincoln had tested positive for the virus."},
			Conflict, "count", "running tally", ""},
		{"a tally's first figure, not a later one of the same report",
			[]string{"Navy secretary resigns\n\n" + filler + "At least 230 sailors aboard the Lincoln had tested positive for the virus.",
				"Navy secretary resigns\n\n" + filler + "At least 230 sailors aboard the Lincoln had tested positive. Five sailors in Guam have tested positive."},
			Agreement, "count", "", ""},
		{"hundreds in the lede, around 1,000 below",
			[]string{"Gas leak kills 11, hospitalizes hundreds\n\n" + filler +
				"\"We moved around 1,000 people out and took them to the hospital,\" said Tej Bharath, a district official.",
				"Gas leak kills 11\n\nAt least 11 people have been killed by a gas leak, with 800 others taken to hospital."},
			Conflict, "injured", "top of each document", ""},
		{"history is not the story's figure said again",
			[]string{"Two men shot dead\n\nTwo men were shot dead outside a restaurant on Sunday night. " +
				"In December 2011, two people were killed at the same corner.",
				"Two men killed\n\nTwo men were killed outside the restaurant on Sunday night."},
			Agreement, "killed", "", "2011"},
		{"one measure, two heads, one small number: no evidence",
			[]string{"Shooting at a basketball game\n\nTributes to the two named victims have been flooding in from friends and family.",
				"Shooting at a basketball game\n\nAnother two people were taken to hospital in a private vehicle."},
			"", "", "", ""},
		{"two daughters are a part of the family's four, not a rival toll",
			[]string{"Ohio family found dead in their home\n\nOfficials say an Ohio man, his wife and their two daughters all died of gunshot wounds; police call it a murder-suicide.",
				"Kara and Dean Whitlock and their two daughters found dead in murder suicide\n\nThe family was found in their home on Thursday."},
			"", "killed", "", ""},
		{"one man and one man: a small generic count agrees by chance",
			[]string{"Shooting at a party\n\nOne man dodged death when a bullet struck his phone.",
				"Shooting at a party\n\nPolice found one man who had taken his own life in a car nearby."},
			"", "", "", ""},
		{"a part that counts nothing",
			[]string{"Navy secretary resigns\n\n" + filler + "At least 230 sailors aboard the Lincoln had tested positive.",
				"Navy secretary resigns\n\n" + filler + "Two of the sailors were officers."},
			"", "", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rep := compareTexts(t, tc.texts...)
			var all *Finding
			for i, f := range rep.Findings {
				if len(docsOf(f)) == len(tc.texts) && f.Type != AttributionGap && f.Kind != "statement" && f.Kind != "quote" && (tc.kind == "" || f.Kind == tc.kind) {
					all = &rep.Findings[i]
				}
			}
			switch {
			case tc.want == "" && all != nil:
				t.Fatalf("figures paired as %s, want them apart:%s", all.Type, summaries(rep))
			case tc.want == "":
				return
			case all == nil || all.Type != tc.want:
				t.Fatalf("want a %s of all the documents:%s", tc.want, summaries(rep))
			}
			if !strings.Contains(all.Why, tc.why) {
				t.Errorf("finding why %q, want it to say %q", all.Why, tc.why)
			}
			for _, c := range all.Claims {
				if tc.not != "" && strings.Contains(c.Sentence, tc.not) {
					t.Errorf("finding holds %q", c.Sentence)
				}
			}
		})
	}
}
