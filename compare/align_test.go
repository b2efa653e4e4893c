package compare

import (
	"context"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/mention"
	"github.com/claimdiff/claimdiff/claims/rules"
	"github.com/claimdiff/claimdiff/internal/rulestest"
)

// TestIdentity: the slots a kind declares as its identity key the fact; a
// claim missing one compares with nothing.
func TestIdentity(t *testing.T) {
	byPerson := &rules.Kind{Identity: []string{"subject"}}
	byDate := &rules.Kind{Identity: []string{"date"}}
	d := func(s string) *mention.DateValue { return &mention.DateValue{Start: s, End: s} }
	v := &mention.Value{Number: 24, Unit: "years"}
	tests := []struct {
		name   string
		c      claims.Claim
		k      *rules.Kind
		key    string
		usable bool
	}{
		{"age of a person", claims.Claim{Kind: "age", Value: v, Subject: "Daniel Reyes"}, byPerson, "age|years|subject=Daniel Reyes", true},
		{"age of nobody", claims.Claim{Kind: "age", Value: v}, byPerson, "", false},
		{"age of a boy: a description, not a person", claims.Claim{Kind: "age", Value: v, Subject: "boy"}, byPerson, "", false},
		{"age of a place", claims.Claim{Kind: "age", Value: v, Subject: "Detroit"}, byPerson, "", false},
		{"age of a headline", claims.Claim{Kind: "age", Value: v, Subject: "AT THE HANDS OF THE"}, byPerson, "", false},
		{"event on a day, year known or not", claims.Claim{Kind: "event-date", Date: d("2019-12-27")}, byDate, "event-date|date|on=12-27", true},
		{"same day, year unknown", claims.Claim{Kind: "event-date", Date: d("--12-27")}, byDate, "event-date|date|on=12-27", true},
		{"named victim", claims.Claim{Kind: "killed", Victim: "Qassem Soleimani"}, nil, "killed|victim=Qassem Soleimani", true},
		{"count with no identity slots", claims.Claim{Kind: "troops", Value: &mention.Value{Unit: "troops"}}, &rules.Kind{}, "troops|troops", true},
	}
	for _, tc := range tests {
		key, ok := identity(&tc.c, tc.k, nil, map[string]bool{"Detroit": true})
		if key != tc.key || ok != tc.usable {
			t.Errorf("%s: identity = %q, %v; want %q, %v", tc.name, key, ok, tc.key, tc.usable)
		}
	}
}

// TestOppositeBounds: one figure qualified in opposite directions by two
// outlets ("almost 90", "more than 90") is evidence of one fact; the same
// direction, another number or an exact figure is not.
func TestOppositeBounds(t *testing.T) {
	n := func(x float64) *float64 { return &x }
	almost := &mention.Value{Number: 90, Bound: mention.About, High: n(90)}
	about := &mention.Value{Number: 90, Bound: mention.About}
	more := &mention.Value{Number: 90, Bound: mention.MoreThan, Low: n(90)}
	atLeast := &mention.Value{Number: 90, Bound: mention.AtLeast, Low: n(90)}
	upTo := &mention.Value{Number: 90, Bound: mention.AtMost, High: n(90)}
	exact := &mention.Value{Number: 90}
	more80 := &mention.Value{Number: 80, Bound: mention.MoreThan, Low: n(80)}
	tests := []struct {
		name string
		a, b *mention.Value
		want bool
	}{
		{"almost vs more than", almost, more, true},
		{"up to vs at least", upTo, atLeast, true},
		{"more than vs at least: one direction", more, atLeast, false},
		{"about vs more than: about has no side", about, more, false},
		{"exact vs more than", exact, more, false},
		{"another number", almost, more80, false},
	}
	for _, tc := range tests {
		g := newGroup("k", &item{c: &claims.Claim{Value: tc.a, Text: "a"}}, nil)
		got, why := oppositeBounds(g, &item{c: &claims.Claim{Value: tc.b, Text: "b"}})
		if got != tc.want {
			t.Errorf("%s: oppositeBounds = %v (%s), want %v", tc.name, got, why, tc.want)
		}
	}
}

// TestSumsAndParts: a toll that sums several incidents ("in three
// shootings") is not a rival of one incident's toll, and a figure whose
// sentence also gives the other outlet's figure as a part is not either;
// the same tolls of one incident conflict.
func TestSumsAndParts(t *testing.T) {
	r := rulestest.Default(t)
	tests := []struct {
		name     string
		a, b     string
		conflict bool
		agree    bool // the two align and agree: no finding of either alone
	}{
		{"one incident", "Four people were killed at the restaurant.", "Seven people were killed at the restaurant.", true, false},
		{"a sum of three", "Four people were killed at the restaurant.", "Seven people were killed in three shootings in South Shore.", false, false},
		{"a sum of two, separate", "Four people were killed at the restaurant.", "Seven people were killed in two separate shootings.", false, false},
		{"one tally, digits and words", "Seven people were killed in 3 shootings across Chicago.",
			"Overnight, seven people were killed in three shootings across Chicago.", false, true},
		{"one tally, twelve incidents", "Seven people were killed in 12 shootings across Chicago.",
			"Seven people were killed in twelve shootings across Chicago.", false, true},
		{"rival tallies", "Seven people were killed in 3 shootings across Chicago.",
			"Nine people were killed in three shootings across Chicago.", true, false},
		{"a tally and one incident's toll", "Three people were killed in a shooting on the South Side.",
			"Seven people were killed in a spate of shootings across Chicago.", false, false},
		{"a tally and one incident's toll, 12", "Three people were killed in a shooting on the South Side.",
			"Seven people were killed in 12 shootings across Chicago.", false, false},
	}
	for _, tc := range tests {
		rep, err := Compare(context.Background(), outletResults(r, tc.a, tc.b), r, Options{})
		if err != nil {
			t.Fatal(err)
		}
		got := rep.Summary[Conflict] > 0
		if got != tc.conflict {
			t.Errorf("%s: conflict = %v, want %v", tc.name, got, tc.conflict)
		}
		if tc.agree && (rep.Summary[Agreement] == 0 || rep.Summary[OnlyIn] > 0) {
			t.Errorf("%s: %d agreements and %d only-in, want the two aligned", tc.name, rep.Summary[Agreement], rep.Summary[OnlyIn])
		}
	}
}

// TestNotNames: a word that describes a person in the rules' vocabulary
// ("Boy" at a sentence's start) is no name, so two such ages are not one
// person's.
func TestNotNames(t *testing.T) {
	r := rulestest.Default(t)
	nn := notNames(r)
	for s, want := range map[string]bool{"Boy": false, "Victim": false, "Daniel Reyes": true, "Reyes": true} {
		if got := isName(s, nn); got != want {
			t.Errorf("isName(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestStatedFigures: two values agree as one fact only where they state a
// figure in common: bounds on opposite sides ("up to 17 years", "at
// least two years") state none, a count of people besides some the
// sentence names ("three other men") is not a count of all of them, and
// a generic count at one stage of the story (charged) is not one at
// another (convicted).
func TestStatedFigures(t *testing.T) {
	r := rulestest.Default(t)
	tests := []struct {
		name  string
		a, b  string
		agree bool
	}{
		{"opposite bounds, two figures", "The father will spend up to 17 years behind bars.",
			"The father is due to spend at least two years in prison.", false},
		{"one figure, bounded two ways", "She funneled at least $10,000 to the campaign.",
			"She funneled more than $10,000 to the campaign.", true},
		{"others and all", "The victims were two women and three men, police said.",
			"The shooter, accompanied by three other men, fired at the crowd.", false},
		{"others in both", "Two other men ran from the restaurant as gunfire erupted.",
			"Two other men ran from the restaurant when the gunfire erupted.", true},
		{"counts charged and counts convicted on", "The grand jury indicted him on three counts of assault with a dangerous weapon.",
			"He was convicted on three counts of assault with a deadly weapon.", false},
		{"counts charged twice", "The grand jury indicted him on three counts of assault with a dangerous weapon.",
			"He was charged with three counts of assault with a deadly weapon.", true},
	}
	for _, tc := range tests {
		rep, err := Compare(context.Background(), outletResults(r, tc.a, tc.b), r, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if got := rep.Summary[Agreement] > 0; got != tc.agree {
			t.Errorf("%s: agreement = %v, want %v (%v)", tc.name, got, tc.agree, rep.Summary)
		}
	}
}

// TestOtherPerson: a victim described alone as another part of the people
// ("He died" in a report of a girl's death) is another death, not the
// document's fact said again; one described alike is.
func TestOtherPerson(t *testing.T) {
	r := rulestest.Default(t)
	tests := []struct {
		name, a, b string
		folded     bool // the second death of a is listed with the fact both report
	}{
		{"he after a girl", "A 4-year-old girl died Saturday of a gunshot wound. He died on May 2, 2014, at Elmwood Children's Hospital.",
			"The 4-year-old girl died from a self-inflicted gunshot wound.", false},
		{"she after a girl", "A 4-year-old girl died Saturday of a gunshot wound. She died at Elmwood Children's Hospital.",
			"The 4-year-old girl died from a self-inflicted gunshot wound.", true},
	}
	for _, tc := range tests {
		rep, err := Compare(context.Background(), outletResults(r, tc.a, tc.b), r, Options{})
		if err != nil {
			t.Fatal(err)
		}
		folded, shared := false, 0
		for _, f := range rep.Findings {
			if f.Type == OnlyIn {
				continue
			}
			shared++
			for _, c := range f.Claims {
				folded = folded || strings.HasSuffix(c.Text, " died") && (strings.HasPrefix(c.Text, "He") || strings.HasPrefix(c.Text, "She"))
			}
		}
		if shared == 0 || folded != tc.folded {
			t.Errorf("%s: %d shared findings, second death listed %v, want %v", tc.name, shared, folded, tc.folded)
		}
	}
}
