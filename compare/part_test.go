package compare

import (
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
)

// TestPartTitles: a fact's title states only what every outlet gives, and
// never gives a part as the whole: a count some of a larger one its
// documents give says so, an outlet's characterization the other outlet
// does not give falls back to the plain measure, and a date one outlet
// alone gives is no date of the fact.
func TestPartTitles(t *testing.T) {
	tests := []struct {
		name        string
		texts       []string
		kind, value string // the agreement checked: its kind and first value
		part        string // want detail.frame.part
		measured    string // want detail.frame.measured
		notInTitle  string // words the title must not hold ("" for none)
		inTitle     string // words the title must hold ("" for none)
	}{
		{"victims found at the scene of five shot",
			[]string{"5 shot in downtown Tacoma\n\nFive people were shot early Saturday. Officers found the two victims at the scene and had them brought to a hospital.",
				"5 shot in downtown Tacoma\n\nFive people were shot early Saturday, police said. When they arrived, officers found two victims, a woman and a boy, on the sidewalk."},
			"count", "2 victim", "some of 5 shot", "victims", "", ""},
		{"victims with gunshot wounds at the scene of five shot",
			[]string{"5 shot in downtown Tacoma\n\nFive people were shot early Saturday. At the scene, officers came upon two victims with gunshot wounds and sent them to a hospital.",
				"5 shot in downtown Tacoma\n\nFive people were shot early Saturday, police said. When they arrived, officers found two victims with gunshot wounds, a woman and a boy."},
			"shot", "2 people", "some of 5", "victims", "", ""},
		{"one outlet's family members",
			[]string{"Five hurt in park shooting\n\nThe five family members were hurt Saturday near the ballfield in the Bushwick neighborhood.",
				"Gunman opens fire in park\n\nA gunman opened fire in a Brooklyn park yesterday, wounding five people, including two bystanders on a nearby stoop."},
			"injured", "5 people", "", "", "family", ""},
		{"both passengers of the gunman's car",
			[]string{"Two killed in shooting spree\n\nA gunman killed two people in a shooting spree on Sunday. The suspect had two passengers in the car with him. Both of the passengers were injured and needed hospital care.",
				"Two dead in shooting spree\n\nTwo people were killed in a shooting spree Sunday, police said. Both passengers in the suspect's car were injured and taken to a hospital."},
			"injured", "2 people", "passengers", "", "", "(passengers)"},
		{"a whole of one kind",
			[]string{"Four people were shot outside a party on Curtis Street early Sunday, police said.",
				"Police said four people were shot outside the party on Curtis Street on Sunday."},
			"shot", "4 people", "", "", "", ""}, // "people": the kind says what they are counted for
		{"thousands more, in one speaker's words",
			[]string{`"As president, I will seal the border inside a year, putting thousands more federal boots at the line," Perry said.`,
				`"As president, I will seal the border inside a year, putting thousands more federal boots at the line and fencing," Rick Perry said on Tuesday.`},
			"count", "2,000–9,999 boot", "more", "federal boots", "", "Perry said"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rep := compareTexts(t, tt.texts...)
			found := false
			for _, f := range rep.Findings {
				if f.Type != Agreement || f.Kind != tt.kind || f.Detail.Frame == nil || len(f.Detail.Values) == 0 || f.Detail.Values[0].Value != tt.value {
					continue
				}
				found = true
				fr := f.Detail.Frame
				if fr.Part != tt.part || fr.Measured != tt.measured {
					t.Errorf("%q: part %q, measured %q; want %q, %q", f.Title, fr.Part, fr.Measured, tt.part, tt.measured)
				}
				if tt.part != "" && !strings.Contains(f.Title, tt.part) {
					t.Errorf("title %q does not say it is %s", f.Title, tt.part)
				}
				if tt.inTitle != "" && !strings.Contains(f.Title, tt.inTitle) {
					t.Errorf("title %q does not say %q", f.Title, tt.inTitle)
				}
				if tt.notInTitle != "" && strings.Contains(f.Title, tt.notInTitle) {
					t.Errorf("title %q states %q, which one outlet alone gives", f.Title, tt.notInTitle)
				}
			}
			if !found {
				for _, f := range rep.Findings {
					t.Logf("%s %s %q", f.Type, f.Kind, f.Title)
				}
				t.Fatalf("no %s agreement on %s", tt.kind, tt.value)
			}
		})
	}
}

// TestOtherDay: a figure below a document's lead whose sentence names a
// day its main event cannot fall on is another incident's: it is kept out
// of the document's fact (its equal count notwithstanding), and the
// near-misses say why.
func TestOtherDay(t *testing.T) {
	rep := compareTexts(t,
		"5 shot in west Baltimore\n\nPolice are hunting a single gunman after a quintuple shooting on Tuesday in west Baltimore. "+
			"None of the victims' wounds seem life-threatening, police said. Detectives said they are looking for a single shooter. "+
			"Police asked the community for help. The shooting happened in broad daylight. "+
			"Tuesday's attack was the city's third shooting in five days. "+
			"Five people were shot Friday, one of whom died, outside a strip mall on Liberty Heights Avenue.",
		"Police search for gunman\n\nPolice are hunting a single gunman they say shot five people in broad daylight on Tuesday.")
	agreed, apart := false, false
	for _, f := range rep.Findings {
		if f.Type != Agreement || f.Kind != "shot" {
			continue
		}
		agreed = true
		for _, c := range f.Claims {
			if strings.Contains(c.Sentence, "Liberty Heights") {
				t.Errorf("%q lists Friday's shooting: %q", f.Title, c.Sentence)
			}
		}
	}
	for _, nm := range rep.NearMisses {
		apart = apart || nm.Field == fieldTime && strings.Contains(nm.Reason, "Friday")
	}
	if !agreed {
		t.Fatalf("no shot agreement: %+v", rep.Findings)
	}
	if !apart {
		t.Errorf("no near-miss says Friday's figure was kept apart: %+v", rep.NearMisses)
	}
}

// TestCountedWithDead: a count of the hurt that counts the dead among
// them ("two of those victims are dead") is another measure than the hurt
// besides the dead ("two people were killed and at least 20 others
// injured"): equal figures of the two are no agreement.
func TestCountedWithDead(t *testing.T) {
	tests := []struct {
		name  string
		a, b  string
		agree bool
	}{
		{"the dead among them vs besides them",
			"The sheriff's office says at least 20 people were wounded, and two of those victims are dead.",
			"Two people were killed and at least 20 others injured when gunfire erupted at a house party.", false},
		{"both besides the dead",
			"The sheriff's office says two people were killed and at least 20 people were injured.",
			"Two people were killed and at least 20 others injured when gunfire erupted at a house party.", true},
		{"the dead among them in both",
			"The sheriff's office says at least 20 people were wounded, and two of those victims are dead.",
			"At least 20 people were hurt at the house party, two of them fatally.", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rep := compareTexts(t, filler+tt.a, filler+tt.b)
			agree := false
			for _, f := range rep.Findings {
				agree = agree || f.Kind == "injured" && len(f.Detail.Values) == 2 // an agreement, or a gap on agreeing values
			}
			if agree != tt.agree {
				t.Errorf("injured agreement %v, want %v: %+v", agree, tt.agree, rep.Findings)
			}
		})
	}
}

// TestOpeningOnly: a one-word name a sentence holds only as its first
// word is no sign of a name; held elsewhere too, it may be one.
func TestOpeningOnly(t *testing.T) {
	tests := []struct {
		subject   string
		sentences []string
		want      bool
	}{
		{"Officers", []string{"Officers managed to free 30 hostages and bring them out unharmed.", "Officers managed to free 30 hostages."}, true},
		{"Preliminary", []string{`"Preliminary it seems a pair of pupils had a handgun with them," Kowalski said.`}, true},
		{"Reyes", []string{"Reyes, 25, was charged.", "Police said Reyes was 25."}, false},
		{"Laura", []string{"Laura killed four people in Louisiana."}, true},
		{"Hurricane Laura", []string{"Hurricane Laura killed four people."}, false},
	}
	for _, tt := range tests {
		var prim []*item
		for _, s := range tt.sentences {
			prim = append(prim, &item{c: &claims.Claim{Sentence: s}})
		}
		if got := openingOnly(tt.subject, prim); got != tt.want {
			t.Errorf("openingOnly(%q, %q) = %v, want %v", tt.subject, tt.sentences, got, tt.want)
		}
	}
}

// TestOtherDated: an incident count below the lead whose own date cannot
// be the day of its story's main event, and which says it is another
// ("On April 16, another child was shot to death"), is another incident's,
// even where its document's lead counts the main event's dead with no
// date: the main event's date is read from the lead's other dated
// statements of the incident ("the March 27 shooting"), or from what the
// story's other documents give it. The near-misses say why.
func TestOtherDated(t *testing.T) {
	later := "Police said two men inside the home were wounded. The suspect is held without bond. " +
		"A court date has been set for May. Neighbors set up a memorial on the porch. " +
		"On April 16, another child was shot to death in what police think was a revenge shooting."
	tests := []struct {
		name  string
		texts []string
	}{
		{"dated by its own lead",
			[]string{"Man charged in Easter shooting of girl, 4\n\nA 22-year-old man was charged Wednesday in the fatal shooting of a 4-year-old girl. " +
				"Prosecutors said the March 27 shooting happened at her home on Elm Street. She was pronounced dead at a hospital. " + later,
				"Girl, 4, killed in Easter shooting\n\nA 4-year-old girl was shot to death at her home on Elm Street early Sunday, police said."}},
		{"dated by the other documents",
			[]string{"Man charged in Easter shooting of girl, 4\n\nA 22-year-old man was charged Wednesday in the fatal shooting of a 4-year-old girl. " +
				"Prosecutors said the shooting happened at her home on Elm Street. She was pronounced dead at a hospital. " + later,
				"Girl, 4, killed in Easter shooting\n\nA 4-year-old girl was shot to death at her home on Elm Street in the March 27 shooting, police said.",
				"Second man charged in Easter shooting\n\nA second man was charged in the fatal shooting of a 4-year-old girl at her Elm Street home. " +
					"Police said the March 27 shooting was a home invasion."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rep := compareTexts(t, tt.texts...)
			agreed, apart := false, false
			for _, f := range rep.Findings {
				if f.Kind != "killed" || len(f.Detail.Values) < 2 {
					continue // the girl's death, as outlets agree on it (an agreement or a gap)
				}
				agreed = true
				for _, c := range f.Claims {
					if strings.Contains(c.Sentence, "April 16") {
						t.Errorf("%q lists April 16's death: %q", f.Title, c.Sentence)
					}
				}
			}
			for _, nm := range rep.NearMisses {
				apart = apart || nm.Field == fieldTime && strings.Contains(nm.Reason, `says "another"`)
			}
			if !agreed {
				t.Fatalf("no killed agreement: %+v", rep.Findings)
			}
			if !apart {
				t.Errorf("no near-miss says April 16's figure was kept apart: %+v", rep.NearMisses)
			}
		})
	}
}

// TestPartNotOthersWhole: a count one outlet gives of some of its own
// stated whole ("At the scene, officers came upon two victims with
// gunshot wounds" below "Five people were shot") is no agreement with another
// outlet's whole of the same figure ("Two people were shot"): the two
// wholes are the conflict, 5 vs 2, whichever outlet comes first.
func TestPartNotOthersWhole(t *testing.T) {
	five := "Five shot outside nightclub\n\nFive people were shot early Saturday outside a nightclub on Main Street, police said. "
	two := "Two shot outside nightclub\n\nTwo people were shot early Saturday outside a nightclub on Main Street, police said."
	parts := []string{
		"At the scene, officers came upon two victims with gunshot wounds. Three others took themselves to area hospitals.",
		"Two of the victims were found at the scene with gunshot wounds, and three others took themselves to area hospitals.",
	}
	for _, part := range parts {
		for _, texts := range [][]string{{five + part, two}, {two, five + part}} {
			t.Run(part[:20], func(t *testing.T) {
				rep := compareTexts(t, texts...)
				conflict := false
				for _, f := range rep.Findings {
					if f.Kind != "shot" {
						continue
					}
					if f.Type == Conflict {
						conflict = true
					}
					if f.Type == Agreement || f.Type == AttributionGap {
						t.Errorf("%s %q: some of one outlet's five agree with the other's whole", f.Type, f.Title)
					}
				}
				if !conflict {
					t.Errorf("no shot conflict, 5 vs 2: %+v", rep.Findings)
				}
			})
		}
	}
}
