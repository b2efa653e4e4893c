package claims

import (
	"testing"

	"github.com/claimdiff/claimdiff/internal/rulestest"
)

// TestTurns runs transcripts and interviews printed as turns. Each case's
// want maps a sentence's opening words to the speaker and form its
// sentence attribution must have ("" and "none" for a bare sentence; ""
// and "direct" for an interview's unnamed answer).
func TestTurns(t *testing.T) {
	r := rulestest.Default(t)
	type want struct{ speaker, form string }
	for _, tc := range []struct {
		name, text string
		want       map[string]want
	}{
		{"a broadcast transcript",
			"On Sunday, Gov. Ada Ruiz spoke with CNN host Sam Lee about the 3 shootings.\n\nSAM LEE: Do you think the 3 men acted alone?\n\nRUIZ: I think they did. About 40 people saw them.\n\nLEE: And the 12 officers?\n\nRUIZ: Well, 12 officers were there.\n",
			map[string]want{"SAM LEE": {"Sam Lee", "direct"}, "RUIZ: I think": {"Ada Ruiz", "indirect"}, "About 40": {"Ada Ruiz", "direct"}, "LEE: And": {"Sam Lee", "direct"}, "RUIZ: Well": {"Ada Ruiz", "direct"}}},
		{"an interview's questions and answers",
			"Dana Ortiz, 24, wrote a book about the raid. The interview was edited for length.\n\nQ: How many agents came?\n\nA: About 20 agents came at 5 a.m.\n\nQ: Did anyone help you?\n\nA: No, no one did.\n\nThe book sold 30,000 copies.\n",
			map[string]want{"Q: How": {"", "direct"}, "A: About": {"", "direct"}, "A: No": {"", "direct"}, "The book": {"", "none"}}},
		{"an explainer's own questions and answers",
			"What we know about the outbreak.\n\nQ: How many are infected?\n\nA: About 4,000 people have tested positive.\n\nQ: Is there a vaccine?\n\nA: Not yet, though 3 are in trials.\n",
			map[string]want{"A: About": {"", "none"}, "A: Not yet": {"", "none"}}},
		{"repeated datelines are no dialogue",
			"Violence flared on Sunday.\n\nBAGHDAD: A car bomb killed 12 people and wounded 30?\n\nKABUL: Two blasts killed 8.\n\nBAGHDAD: A second bomb killed 4 more.\n",
			map[string]want{"BAGHDAD: A car": {"", "none"}, "KABUL": {"", "none"}}},
		{"section labels of sports notes are no dialogue",
			"The Los Angeles Lakers beat the Boston Celtics 102-99.\n\nLAKERS: Davis had 30 points. Who else?\n\nCELTICS: Tatum scored 25.\n\nLAKERS: Host Denver on Friday.\n",
			map[string]want{"LAKERS: Davis": {"", "none"}, "CELTICS": {"", "none"}}},
		{"a transcript's labels alone name its speakers",
			"The debate ran 90 minutes.\n\nJAKE TAPPER: Will you raise taxes on the 3 top brackets?\n\nDANA BASH: I would not.\n\nTAPPER: And you?\n\nBASH: Not in 40 years.\n",
			map[string]want{"TAPPER: And": {"Jake Tapper", "direct"}, "BASH: Not": {"Dana Bash", "direct"}}},
		{"labels no one is named by are no dialogue",
			// all a dialogue needs but people: repeated labels, a
			// question, turns in the first person
			"Notes from the week.\n\nHOME DEFENSE: We held them to 3 goals. Who saw that coming?\n\nROAD OFFENSE: I think we scored 12.\n\nHOME DEFENSE: We allowed 40 shots.\n\nROAD OFFENSE: Our 4 goals came late.\n",
			map[string]want{"HOME DEFENSE: We allowed": {"", "none"}, "ROAD OFFENSE: Our": {"", "none"}}},
		{"a list of officers is no dialogue",
			"The city named the officers.\n\nSWAT: Officer Jane Roe, member since 1998. Any others?\n\nK9: Officer Tim Cole, member since 2004.\n\nSWAT: Officer Ann Bell, member since 2001.\n",
			map[string]want{"SWAT: Officer Jane": {"", "none"}, "K9": {"", "none"}}},
		{"a tally with words is no dialogue",
			"Delegates so far? Here they are.\n\nRuiz: 1,501 delegates.\n\nLee: 547 delegates.\n\nRuiz: 46 more on Tuesday.\n",
			map[string]want{"Ruiz: 1,501": {"", "none"}, "Lee: 547": {"", "none"}}},
		{"headings are no turns",
			// all a dialogue needs but people: labels repeated in full and
			// short, a question, turns in the first person
			"LIVE UPDATE: We are at the scene. Who was hurt?\n\nLIVE WATCH: I saw 3 people fall.\n\nUPDATE: We now know 4 people died.\n\nWATCH: Our crew filmed 2 ambulances.\n",
			map[string]want{"UPDATE: We now": {"", "none"}, "WATCH: Our crew": {"", "none"}}},
		{"a tally is no dialogue",
			"Delegates so far:\n\nRuiz: 1,501.\n\nLee: 547.\n\nRuiz: 46.\n\nLee: 12.\n\nThe count ends on Tuesday with 40 more.\n",
			map[string]want{"The count": {"", "none"}}},
		{"one label is no dialogue",
			"Here is how the plans compare.\n\nAda Ruiz: Student loans would be forgiven after 10 years.\n\nSam Lee: Loans would be capped at 5 percent.\n",
			map[string]want{"Ada Ruiz": {"", "none"}, "Sam Lee": {"", "none"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkOpenings(t, r, tc.text, tc.want, func(res *Result, si int, sentence string, w want) {
				got := res.SentenceAttributions[si]
				if got.Speaker != w.speaker || string(got.Form) != w.form {
					t.Errorf("%q: speaker %q (%s), want %q (%s)", sentence, got.Speaker, got.Form, w.speaker, w.form)
				}
			})
		})
	}
}
