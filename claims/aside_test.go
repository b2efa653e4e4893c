package claims

import (
	"slices"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/claims/segment"
	"github.com/claimdiff/claimdiff/internal/rulestest"
)

// TestAsides checks which paragraphs of a page are read as lists of other
// stories: each case is a page, one paragraph a line, and the indices of
// the paragraphs that are asides.
func TestAsides(t *testing.T) {
	r := rulestest.Default(t)
	for _, tc := range []struct {
		name string
		page []string
		want []int
	}{
		{"list after a heading, up to prose", []string{
			"Teen killed after shooting at apartment complex",
			"A teen girl has died after a shooting on Monday morning.",
			"More stories you may like on 7News",
			"LIVE: 25 hurt in possible blast in Boston suburb Police say 25 people suffered minor injuries.",
			"4 dead, dozens hurt as bus carrying football team crashes A tour bus crash killed four people and hurt dozens…",
			"Missing teen found in Newberry Co.",
			"Police said the investigation is continuing.",
		}, []int{2, 3, 4}},
		{"inline teaser", []string{
			"Two shot in Detroit",
			"Two people were shot on Sunday, police said.",
			"Related: Couple charged in deadly shooting of Flint girl, 5",
			"The victims were taken to hospital.",
		}, []int{2}},
		{"playlist", []string{
			"Shooting that wounded 5 in Spokane tied to gang feud",
			"0:43 Man living on the street discovered dead in Lakewood; arrest made Pause",
			"1:51 Boy killed with machete; uncle suspected",
			"Five people were injured in a shooting at 1:30 a.m. Sunday.",
		}, []int{1, 2}},
		{"a heading word in prose", []string{
			"Officer shot",
			"Watch the news conference with the chief.",
			"More than 30 evidence markers were scattered across the car park.",
			"Related charges were filed on Monday.",
		}, nil},
		{"the headline is never an aside", []string{
			"Trending",
			"Three people were killed.",
		}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			txt := segment.Segment(strings.Join(tc.page, "\n\n"), segment.Options{})
			var got []int
			for p, a := range asides(txt, r.Asides.Headings) {
				if a {
					got = append(got, p)
				}
			}
			// room reused from a document all asides reads the same
			room := slices.Repeat([]bool{true}, 2*len(txt.Paragraphs))
			if again := markAsides(room, txt, r.Asides.Headings); !slices.Equal(again, asides(txt, r.Asides.Headings)) {
				t.Errorf("asides in reused room %v, want %v", again, asides(txt, r.Asides.Headings))
			}
			if len(got) != len(tc.want) {
				t.Fatalf("asides %v, want %v", got, tc.want)
			}
			for i := range got {
				if got[i] != tc.want[i] {
					t.Fatalf("asides %v, want %v", got, tc.want)
				}
			}
		})
	}
}
