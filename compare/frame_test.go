package compare

import (
	"context"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/mention"
	"github.com/claimdiff/claimdiff/internal/rulestest"
)

// outlet is one outlet's sentence and the frame its one figure is given by
// hand (the extraction that fills frames is tested in claims).
type outlet struct {
	text  string
	frame claims.Frame
	date  string // the claim's time, "" for none
}

// compareSides extracts each side's text as one outlet's article, sets the
// frame (and time) of its first claim, and compares them with near-misses.
func compareSides(t *testing.T, sides ...outlet) *Report {
	t.Helper()
	r := rulestest.Default(t)
	texts := make([]string, len(sides))
	for i, s := range sides {
		texts[i] = s.text
	}
	results := outletResults(r, texts...)
	for i, s := range sides {
		res := results[i]
		if len(res.Claims) == 0 {
			t.Fatalf("%q: no claim", s.text)
		}
		f := s.frame
		res.Claims[0].Frame = &f
		if s.date != "" {
			res.Claims[0].Date = &mention.DateValue{Start: s.date, End: s.date, Precision: "day"}
		}
	}
	rep, err := Compare(context.Background(), results, r, Options{NearMisses: true})
	if err != nil {
		t.Fatal(err)
	}
	return rep
}

// TestFrameAlignment: values are compared only inside one frame; frames
// that differ on entity, time, scope, head, rate or change vs level are
// different facts however close their numbers, and the near-miss names the
// field that kept them apart.
func TestFrameAlignment(t *testing.T) {
	leak := claims.Frame{Entity: "Visakhapatnam gas leak"}
	tests := []struct {
		name  string
		sides []outlet
		want  Type   // the finding pairing the two figures; "" for none
		apart string // the near-miss field when want is ""
		note  string // words the finding's note contains
	}{
		{"two reporters' counts: at least 13 vs at least 11",
			[]outlet{{text: "At least 13 people were killed.", frame: leak}, {text: "At least 11 people were killed.", frame: leak}},
			Conflict, "", ""},
		{"the same count under two spellings of the entity",
			[]outlet{{text: "He was freed on a $5 million bond.", frame: claims.Frame{Head: "bond", Entity: "Steve Bannon"}},
				{text: "He was freed on a $4 million bond.", frame: claims.Frame{Head: "bond", Entity: "Bannon"}}},
			Conflict, "", ""},
		{"another disaster's toll",
			[]outlet{{text: "At least 13 people were killed.", frame: leak}, {text: "Nearly 4,000 people were killed.", frame: claims.Frame{Entity: "Bhopal"}}},
			"", fieldEntity, ""},
		{"bail security is not the bond",
			[]outlet{{text: "He was freed on a $5 million bond.", frame: claims.Frame{Head: "bond", Entity: "Bannon"}},
				{text: "He paid $1.75 million in cash.", frame: claims.Frame{Head: "security", Entity: "Bannon"}}},
			"", fieldHead, ""},
		{"a change is not a level",
			[]outlet{{text: "The company cut wages by 23 percent.", frame: claims.Frame{Entity: "the company", Change: true, Direction: "down"}},
				{text: "Workers will pay 23 percent.", frame: claims.Frame{Entity: "the company"}}},
			"", fieldChange, ""},
		{"a fall is not a rise",
			[]outlet{{text: "The company cut wages by 4 percent.", frame: claims.Frame{Entity: "the company", Change: true, Direction: "down"}},
				{text: "The company raised wages by 4 percent.", frame: claims.Frame{Entity: "the company", Change: true, Direction: "up"}}},
			Conflict, "", ""},
		{"now in hospital is not taken to hospital",
			[]outlet{{text: "Officials said 800 people were injured.", frame: leak},
				{text: "Officials said 285 people were injured.", frame: claims.Frame{Entity: "Visakhapatnam gas leak", Scope: "current"}}},
			"", fieldScope, ""},
		{"a daily rate is not a total",
			[]outlet{{text: "At least 2,300 people were killed.", frame: claims.Frame{Per: "day"}}, {text: "At least 246 people were killed."}},
			"", fieldPer, ""},
		{"two different days",
			[]outlet{{text: "At least 6 people were arrested.", date: "2014-08-12"}, {text: "At least 47 people were arrested.", date: "2014-08-11"}},
			"", fieldTime, ""},
		{"including the gunman and two others: one total",
			[]outlet{{text: "Three people were killed.", frame: claims.Frame{Perpetrator: "included"}},
				{text: "Two people were killed.", frame: claims.Frame{Perpetrator: "excluded"}}},
			Agreement, "", "includes the perpetrator"},
		{"including the gunman, and a count silent on him: one total",
			[]outlet{{text: "Three people were killed.", frame: claims.Frame{Perpetrator: "included"}},
				{text: "Two people were killed."}},
			Agreement, "", "does not say"},
		{"including the gunman, and a count two short: a conflict",
			[]outlet{{text: "Four people were killed.", frame: claims.Frame{Perpetrator: "included"}},
				{text: "Two people were killed."}},
			Conflict, "", ""},
		{"complementary shares",
			[]outlet{{text: "The company cut wages by 23 percent.", frame: claims.Frame{Entity: "Acme Corp"}},
				{text: "Workers will pay 77 percent.", frame: claims.Frame{Entity: "Acme Corp"}}},
			"", "", "complementary"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rep := compareSides(t, tc.sides...)
			var pair *Finding
			notes := ""
			for i, f := range rep.Findings {
				notes += f.Detail.Note
				if len(docsOf(f)) == 2 && f.Kind != "statement" && f.Kind != "quote" {
					pair = &rep.Findings[i]
				}
			}
			switch {
			case tc.want != "" && (pair == nil || pair.Type != tc.want):
				t.Errorf("want a %s pairing the two figures:%s", tc.want, summaries(rep))
			case tc.want == "" && pair != nil:
				t.Errorf("figures paired as %s, want them apart:%s", pair.Type, summaries(rep))
			}
			if tc.apart != "" {
				if len(rep.NearMisses) != 1 || rep.NearMisses[0].Field != tc.apart {
					t.Errorf("near-misses %+v, want one kept apart by %s", rep.NearMisses, tc.apart)
				}
			}
			if !strings.Contains(notes, tc.note) {
				t.Errorf("notes %q lack %q", notes, tc.note)
			}
		})
	}
}

func docsOf(f Finding) map[string]bool {
	m := map[string]bool{}
	for _, c := range f.Claims {
		m[c.Doc] = true
	}
	return m
}

// TestNamed: an entity is a name by a capitalised open-class word, except
// in a sentence written in title case, where every word is capitalised, and
// a sentence's first word its document writes in lower case elsewhere.
func TestNamed(t *testing.T) {
	lower := map[string]bool{"man": true, "gets": true}
	tests := []struct {
		entity, sentence string
		want             bool
	}{
		{"Man", "Man gets 9-20 years behind bars for killing of girl on Easter", false},
		{"Trump", "Trump gets 9-20 votes in the primary", true},
		{"Hurricane Laura", "Hurricane Laura made landfall near Cameron.", true},
		{"the attack", "Four people died in the attack.", false},
		{"The", "The toll rose.", false},
		{"Hyde Park shooting", "Five Shot Dead In Hyde Park: Four Men At Diner, Expectant Mother At Home", false},
		{"Laura", "HURRICANE LAURA KILLS FOUR IN LOUISIANA", false},
		{"Laura", "Laura kills four", true}, // too short to tell title case
	}
	for _, tc := range tests {
		if got := named(tc.entity, tc.sentence, lower); got != tc.want {
			t.Errorf("named(%q, %q) = %v, want %v", tc.entity, tc.sentence, got, tc.want)
		}
	}
}

// TestShouted: a sentence in capitals gives no place or subject (every
// word in it looks like a name); title case and prose do.
func TestShouted(t *testing.T) {
	tests := []struct {
		sentence string
		want     bool
	}{
		{"WEBVTT POLICE SAY FIVE PEOPLE IN TOTAL WERE SHOT.", true},
		{"Dana: FRESH INFORMATION ON THE FATAL SHOOTING OF A 33-YEAR-OLD BY AN 11-YEAR-OLD BOY.", true},
		{"Five Shot Dead In Hyde Park", false},
		{"Police said five people were shot in Pine Hills.", false},
		{"NEW YORK (AP) — Police said five people were shot.", false},
	}
	for _, tc := range tests {
		if got := shouted(tc.sentence); got != tc.want {
			t.Errorf("shouted(%q) = %v, want %v", tc.sentence, got, tc.want)
		}
		c := &claims.Claim{Sentence: tc.sentence, Place: "Pine Hills", Subject: "Reyes"}
		if place, subject := slotsOf(c); (place == "" && subject == "") != tc.want {
			t.Errorf("slotsOf(%q) = %q, %q", tc.sentence, place, subject)
		}
	}
}

// TestTwoDefendants: two men's prison terms, each told in a headline that
// opens with "Man", are two facts: a capital that only opens a sentence
// names no one, so "Man" is no shared entity.
func TestTwoDefendants(t *testing.T) {
	rep := compareTexts(t,
		"Man gets 20-42 years over Easter killing of girl, 3, in Detroit\n\nA 30-year-old man was sentenced to 20 to 42 years in prison for his part in the Easter shooting that killed a Detroit girl, 3.",
		"Man gets 9-20 years behind bars for killing of girl on Easter\n\nA Flint man is to spend nine to 20 years in prison for his role in an Easter Sunday shooting at an east side home that killed a 3-year-old girl and wounded two adults.")
	for _, f := range rep.Findings {
		if f.Kind == "duration" && len(docsOf(f)) > 1 {
			t.Errorf("two men's terms compared: %s %s (why: %s)", f.Type, f.Summary, f.Why)
		}
	}
}
