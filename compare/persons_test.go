package compare

import (
	"strings"
	"testing"
)

// TestDiedApart: a single death told by a pronoun in a sentence that
// names someone whose own death the document reports beside the victim's
// ("Duane Sylvester ... died a day after his son died"; "Sylvester was
// taken to a hospital, where he died") is that person's, not the victim's
// said again, and so is the perpetrator's own death ("The suspect was
// found dead"); a pronoun naming the victim herself stays in her fact.
func TestDiedApart(t *testing.T) {
	tests := []struct {
		name    string
		a, b    string
		pronoun string // the other death's sentence, by words of it
		joined  bool   // whether it is in the victim's fact
	}{
		{"the father who shot his son",
			"Man kills infant son, self\n\nA man who deputies say shot his 4-month-old son on Tuesday has died. " +
				"Sheriff's Lt. John Ward said 53-year-old Dale Porter of Lingle died a day after his son died. " +
				"Ward says the baby died at the scene. Officials say Porter was taken to a hospital in Scottsbluff, where he died on Friday.",
			"Authorities say a man shot and killed a 4-month-old baby before turning the gun on himself in Lingle.",
			"Scottsbluff", false},
		{"the suspect found dead",
			"Girl, 4, killed in Elm Street shooting\n\nA 4-year-old girl was shot and killed at her home on Elm Street on Sunday, police said. " +
				"The suspect was found dead in a nearby park hours later, police said.",
			"Girl killed on Elm Street\n\nA 4-year-old girl was killed in a shooting at a home on Elm Street on Sunday. She died at the scene, police said.",
			"suspect was found dead", false},
		{"the girl herself",
			"Girl, 4, dies after shooting\n\nA 4-year-old girl died after she was shot at her home on Elm Street on Sunday. " +
				"Police identified the girl as Jane Ray. Ray was taken to a hospital, where she died on Sunday.",
			"A 4-year-old girl was killed in a shooting at her home on Elm Street on Sunday, police said.",
			"Ray was taken", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rep := compareTexts(t, tt.a, tt.b)
			found, joined := false, false
			for _, f := range rep.Findings {
				if f.Kind != "killed" || len(f.Detail.Values) < 2 {
					continue
				}
				found = true
				for _, c := range f.Claims {
					joined = joined || strings.Contains(c.Sentence, tt.pronoun)
				}
			}
			if !found {
				t.Fatalf("no killed fact of both outlets: %+v", rep.Findings)
			}
			if joined != tt.joined {
				t.Errorf("pronoun death in the victim's fact: %v, want %v", joined, tt.joined)
			}
		})
	}
}
