package compare

import (
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/mention"
)

// TestAgreedOnly: a fact of several documents names the entity in its
// frame and title only when two documents give it — as their claim's
// entity (the same name by the names model) or in their sentence; a
// reading one claim alone makes is left out, whatever the first claim
// says.
func TestAgreedOnly(t *testing.T) {
	tests := []struct {
		name       string
		sides      []outlet
		wantEntity string // "" for none
	}{
		{"one outlet's reading of a nearby name",
			[]outlet{
				{text: "Seattle Fire is reporting that four people were shot at Broadway and Pike.", frame: claims.Frame{Head: "person", Entity: "Seattle Fire"}},
				{text: "Four people were shot at Broadway and Pike on Sunday night.", frame: claims.Frame{Head: "person"}},
			}, ""},
		{"both claims' entity",
			[]outlet{
				{text: "The gas leak killed 11 people, officials said.", frame: claims.Frame{Head: "person", Entity: "Visakhapatnam gas leak"}},
				{text: "The leak has killed 11 people.", frame: claims.Frame{Head: "person", Entity: "Visakhapatnam gas leak"}},
			}, "Visakhapatnam gas leak"},
		{"the same name written two ways",
			[]outlet{
				{text: "The state recorded 82,100 positive tests.", frame: claims.Frame{Head: "test", Entity: "US"}},
				{text: "The country recorded 82,100 positive tests.", frame: claims.Frame{Head: "test", Entity: "United States"}},
			}, "United States"},
		{"a name's letters inside another word",
			[]outlet{
				{text: "The US recorded 82,100 positive tests.", frame: claims.Frame{Head: "test", Entity: "US"}},
				{text: "The business recorded 82,100 positive tests.", frame: claims.Frame{Head: "test"}},
			}, ""},
		{"named in the other outlet's sentence",
			[]outlet{
				{text: "Hurricane Laura killed four people in Louisiana.", frame: claims.Frame{Head: "person", Entity: "Hurricane Laura"}},
				{text: "Four people died as Hurricane Laura swept through Louisiana.", frame: claims.Frame{Head: "person"}},
			}, "Hurricane Laura"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rep := compareSides(t, tt.sides...)
			var found bool
			for _, f := range rep.Findings {
				if len(f.Claims) < 2 || f.Detail.Frame == nil {
					continue
				}
				found = true
				if got := f.Detail.Frame.Entity; got != tt.wantEntity {
					t.Errorf("%s %q: frame entity %q, want %q", f.Type, f.Title, got, tt.wantEntity)
				}
				if tt.wantEntity == "" && strings.Contains(f.Title, "Seattle") {
					t.Errorf("title %q names one outlet's reading", f.Title)
				}
			}
			if !found {
				t.Fatalf("no finding of both outlets: %+v", rep.Findings)
			}
		})
	}
}

// TestByChance: a value its kind shares with other claims by chance (rules
// kinds' chance: "about an hour") agrees with another outlet's only on
// evidence, never on the value alone; a larger one agrees on its value.
func TestByChance(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		agree bool
	}{
		{"two moments of one night",
			[]string{filler + "He was hit in a second round of shooting about an hour into the siege.",
				filler + "The shots stopped after about an hour, as though the gunman were reloading."}, false},
		{"the same moment told alike",
			[]string{filler + "The gunman held the hostages in the club for about an hour before police stormed it.",
				filler + "Police stormed the club after the gunman held the hostages for about an hour."}, true},
		{"a figure past chance",
			[]string{filler + "He was hit in a second round of shooting about 17 hours into the siege.",
				filler + "The shots stopped after about 17 hours, as though the gunman were reloading."}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rep := compareTexts(t, tt.texts...)
			agree, docs := false, map[string]bool{}
			for _, f := range rep.Findings {
				if f.Kind != "duration" {
					continue
				}
				agree = agree || f.Type == Agreement
				for _, c := range f.Claims {
					docs[c.Doc] = true
				}
			}
			if len(docs) != 2 {
				// kept apart is only a verdict when both figures were read
				t.Fatalf("duration claims from %d documents, want 2; findings: %+v", len(docs), rep.Findings)
			}
			if agree != tt.agree {
				t.Errorf("duration agreement %v, want %v; findings: %+v", agree, tt.agree, rep.Findings)
			}
		})
	}
}

// TestSpeakerNoSubject: the person a figure is quoted from is not what the
// figure is of: the fact's frame names no subject its outlets only quote.
func TestSpeakerNoSubject(t *testing.T) {
	rep := compareTexts(t,
		filler+"Oakland County Prosecutor Dana Whitfield spoke on Monday. Whitfield said eight children have been shot over the past 17 months as a result of careless gun storage.",
		filler+"Oakland County Prosecutor Dana Whitfield spoke on Monday. In Oakland County alone, in the last 17 months, Whitfield said eight children have killed or hurt themselves.")
	found := false
	for _, f := range rep.Findings {
		if f.Kind != "duration" || f.Detail.Frame == nil {
			continue
		}
		found = true
		if s := f.Detail.Frame.Subject; s != "" {
			t.Errorf("%s %q: subject %q, the outlets' speaker", f.Type, f.Title, s)
		}
	}
	if !found {
		t.Fatalf("no duration finding: %+v", rep.Findings)
	}
}

// TestDescribe: a frame's title names what is measured and of what, once.
func TestDescribe(t *testing.T) {
	tests := []struct {
		fr   FactFrame
		want string
	}{
		{FactFrame{Kind: "measure", Measured: "sustained winds", Entity: "Hurricane Laura", Time: "2020-08-27"}, "Hurricane Laura sustained winds, 2020-08-27"},
		{FactFrame{Kind: "count", Measured: "F.B.I. agents", Entity: "F.B.I."}, "F.B.I. agents"},
		{FactFrame{Kind: "money", Measured: "Social Security retirement benefits", Subject: "social security"}, "Social Security retirement benefits"},
		{FactFrame{Kind: "killed", Measured: "people", Entity: "drive-by shooting", Place: "Calumet City"}, "people (drive-by shooting), Calumet City"},
		{FactFrame{Kind: "count", Measured: "White", Entity: "White House"}, "White House White"},
		{FactFrame{Kind: "count", Measured: "arrests", Entity: "The authorities"}, "arrests (the authorities)"},
		{FactFrame{Kind: "duration", Entity: "The market"}, "duration (the market)"},
		{FactFrame{Kind: "count", Measured: "people", Entity: "a gray Chrysler sedan"}, "people (a gray Chrysler sedan)"},
		{FactFrame{Kind: "measure", Measured: "price", Entity: "WTI crude"}, "WTI crude price"},
		{FactFrame{Kind: "duration", Entity: "A Detroit father", Subject: "Detroit"}, "duration (a Detroit father)"},
	}
	for _, tt := range tests {
		if got := tt.fr.Describe(); got != tt.want {
			t.Errorf("Describe(%+v) = %q, want %q", tt.fr, got, tt.want)
		}
	}
}

// TestValuesDifference: values differ at their nearest ends.
func TestValuesDifference(t *testing.T) {
	f := func(x float64) *float64 { return &x }
	rng := func(lo, hi float64) *mention.Value {
		return &mention.Value{Number: lo, Low: f(lo), High: f(hi), Bound: mention.Range}
	}
	exact := func(x float64) *mention.Value { return &mention.Value{Number: x, Bound: mention.Exact} }
	tests := []struct {
		a, b *mention.Value
		want float64
	}{
		{rng(8, 9), exact(12), 3},
		{exact(12), rng(8, 9), 3},
		{exact(30), exact(35), 5},
		{rng(10, 20), rng(25, 30), 5},
		{rng(10, 20), exact(15), 5}, // inside the range: the figures as written
	}
	for _, tt := range tests {
		if got := valuesDifference(tt.a, tt.b).Absolute; got != tt.want {
			t.Errorf("valuesDifference(%v, %v) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// TestModalSpeaker: a figure each outlet gives as what one person thinks
// may be ("can get 100 votes", "could get 100 votes") is titled as that
// person's, by whatever form of the name each outlet writes (a party tag
// after the name, "R-Texas"); a figure stated as a count is not.
func TestModalSpeaker(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		want string // in the title
	}{
		{"hypothetical, party tag vs name",
			`"Smith is probably the one nominee who can get 100 votes in the Senate," Republican whip Tom Harlan, R-Texas, said on Thursday.`,
			"Sen. Tom Harlan (R-Texas) speculated that Smith could get 100 votes in the Senate.",
			"as Tom Harlan said"},
		{"a count, reported",
			"Senate Majority Whip Tom Harlan said Smith got 100 votes in the Senate on Thursday.",
			"Sen. Tom Harlan said that Smith got 100 votes in the Senate.",
			""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rep := compareTexts(t, tt.a, tt.b)
			found := false
			for _, f := range rep.Findings {
				if len(f.Detail.Values) < 2 || !strings.Contains(f.Title, "100") {
					continue
				}
				found = true
				if tt.want != "" && !strings.Contains(f.Title, tt.want) {
					t.Errorf("title %q does not say %q", f.Title, tt.want)
				}
				if tt.want == "" && strings.Contains(f.Title, " said") {
					t.Errorf("title %q gives a reported count as one person's words", f.Title)
				}
			}
			if !found {
				t.Fatalf("no finding of both outlets' 100: %+v", rep.Findings)
			}
		})
	}
}

// TestTouchingRanges: two ranges that only touch at a bound, told of
// different subjects, are two facts (two defendants' terms), not one
// agreed on; ranges that overlap are compared as before.
func TestTouchingRanges(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		want bool // compared as one fact
	}{
		{"touching, subjects differ",
			"The older man will serve 20 to 42 years in prison for his part in the Easter shooting of the girl.",
			"A Flint man is to spend nine to 20 years in prison for his part in the Easter shooting of the girl.", false},
		{"overlapping",
			"The older man will serve 15 to 30 years in prison for his part in the Easter shooting of the girl.",
			"A Flint man is to spend 20 to 40 years in prison for his part in the Easter shooting of the girl.", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rep := compareTexts(t, tc.a, tc.b)
			compared := false
			for _, f := range rep.Findings {
				if f.Kind == "duration" && len(docsOf(f)) > 1 {
					compared = true
				}
			}
			if compared != tc.want {
				t.Errorf("compared as one fact: %v, want %v:%s", compared, tc.want, summaries(rep))
			}
		})
	}
}
