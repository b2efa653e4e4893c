package claims

import (
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/claims/ingest"
	"github.com/claimdiff/claimdiff/claims/rules"
)

// TestTurns runs transcripts and interviews printed as turns. Each case's
// want maps a sentence's opening words to the speaker and form its
// sentence attribution must have ("" and "none" for a bare sentence; ""
// and "direct" for an interview's unnamed answer).
func TestTurns(t *testing.T) {
	r, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	type want struct{ speaker, form string }
	for _, tc := range []struct {
		name, text string
		want       map[string]want
	}{
		{"a broadcast transcript",
			"On Sunday, Gov. Ada Ruiz spoke with CNN host Sam Lee about the 3 shootings.\n\nSAM LEE: Do you think the 3 men acted alone?\n\nRUIZ: I think they did. About 40 people saw them.\n\nLEE: And the 12 officers?\n\nRUIZ: Well, 12 officers were there.\n",
			map[string]want{"SAM LEE": {"Sam Lee", "direct"}, "RUIZ: I think": {"Ada Ruiz", "indirect"}, "About 40": {"Ada Ruiz", "direct"}, "LEE: And": {"Sam Lee", "direct"}, "RUIZ: Well": {"Ada Ruiz", "direct"}}},
		{"an interview's questions and answers",
			"Dana Ortiz, 24, wrote a book about the raid.\n\nQ: How many agents came?\n\nA: About 20 agents came at 5 a.m.\n\nQ: Did anyone help you?\n\nA: No, no one did.\n\nThe book sold 30,000 copies.\n",
			map[string]want{"Q: How": {"", "direct"}, "A: About": {"", "direct"}, "A: No": {"", "direct"}, "The book": {"", "none"}}},
		{"headings are no turns",
			"UPDATE: Police said 3 people died.\n\nWATCH: The scene on Monday.\n\nUPDATE: The road reopened at 5 p.m.\n",
			map[string]want{"UPDATE: The road": {"", "none"}}},
		{"a tally is no dialogue",
			"Delegates so far:\n\nRuiz: 1,501.\n\nLee: 547.\n\nRuiz: 46.\n\nLee: 12.\n\nThe count ends on Tuesday with 40 more.\n",
			map[string]want{"The count": {"", "none"}}},
		{"one label is no dialogue",
			"Here is how the plans compare.\n\nAda Ruiz: Student loans would be forgiven after 10 years.\n\nSam Lee: Loans would be capped at 5 percent.\n",
			map[string]want{"Ada Ruiz": {"", "none"}, "Sam Lee": {"", "none"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := Extract(&ingest.Document{ID: "case", Source: "case", Text: "Title\n\n" + tc.text}, r)
			txt := res.Text
			seen := 0
			for si, s := range txt.Sentences {
				sentence := txt.Src[s.Start:s.End]
				for opening, w := range tc.want {
					if !strings.HasPrefix(sentence, opening) {
						continue
					}
					seen++
					got := res.SentenceAttributions[si]
					if got.Speaker != w.speaker || string(got.Form) != w.form {
						t.Errorf("%q: speaker %q (%s), want %q (%s)", sentence, got.Speaker, got.Form, w.speaker, w.form)
					}
				}
			}
			if seen != len(tc.want) {
				t.Errorf("found %d of the %d sentences the case names", seen, len(tc.want))
			}
		})
	}
}
