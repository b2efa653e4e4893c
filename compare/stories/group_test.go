package stories

import (
	"context"
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/claimdiff/claimdiff/claims/ingest"
	"github.com/claimdiff/claimdiff/claims/rules"
	"github.com/claimdiff/claimdiff/claims/segment"
	"github.com/claimdiff/claimdiff/internal/rulestest"
)

// TestGroupSeedsAndFixture: the seed pair is one story, the fixture's three
// reports of the Riverside shooting another; each is labelled by one of its
// headlines.
func TestGroupSeedsAndFixture(t *testing.T) {
	r := rulestest.Default(t)
	res, err := ingest.Read(context.Background(), []string{"../../testdata/seeds", "../../testdata/compare"}, ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	sts, err := Group(context.Background(), res.Documents, r, DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	if len(sts) != 2 || len(sts[0].Members) != 2 || len(sts[1].Members) != 3 {
		for _, s := range sts {
			t.Logf("%s %s %v", s.ID, s.Label, s.Members)
		}
		t.Fatalf("want 2 stories of 2 and 3 articles, got %d", len(sts))
	}
	for _, s := range sts {
		if !slices.ContainsFunc(s.Members, func(m Member) bool { return m.Title == s.Label }) {
			t.Errorf("story %s: label %q is not one of its headlines", s.ID, s.Label)
		}
	}
	again, err := Group(context.Background(), res.Documents, r, DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	if again[0].ID != sts[0].ID || again[0].Label != sts[0].Label {
		t.Error("grouping is not deterministic")
	}
}

// TestGroupDoesNotChain: a chain of articles, each sharing its names with
// the next but none with any further one, must not become one story, as
// single link made it; every story's articles are similar on average.
func TestGroupDoesNotChain(t *testing.T) {
	const n = 12
	items := make([]Item, n)
	for k := range items {
		items[k].Terms = []string{
			fmt.Sprintf("=name%d", k), fmt.Sprintf("=name%d", k+1),
			fmt.Sprintf("=place%d", k), fmt.Sprintf("=place%d", k+1),
			fmt.Sprintf("word%d", k), "shooting", "police",
		}
	}
	groups, err := GroupItems(context.Background(), items, DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	var ts termSets
	for _, it := range items {
		ts.add(it.Terms)
	}
	w := ts.weights()
	for _, g := range groups {
		if len(g) == n {
			t.Fatalf("the chain became one story")
		}
		sum, pairs := 0.0, 0
		for a := range g {
			for b := a + 1; b < len(g); b++ {
				d, _ := ts.dot(g[a], g[b], w)
				sum += d / (ts.norm(g[a], w) * ts.norm(g[b], w))
				pairs++
			}
		}
		if pairs > 0 && sum/float64(pairs) < DefaultOptions().Threshold {
			t.Errorf("story %v: average similarity %.3f below the threshold %.2f", g, sum/float64(pairs), DefaultOptions().Threshold)
		}
	}
	if len(groups) < n/3 {
		t.Errorf("%d stories of %d chained articles: %v", len(groups), n, groups)
	}
}

// TestGroupWindowIsHard: the same report published on days 0, 5 and 10
// with a week's window is not one story (the first and last are ten days
// apart), though each is within the window of the next; without dates, or
// without a window, it is.
func TestGroupWindowIsHard(t *testing.T) {
	terms := []string{"=riverside", "=reyes", "#16", "gunman", "market"}
	day := func(d int) time.Time { return time.Date(2024, 3, 1+d, 0, 0, 0, 0, time.UTC) }
	dated := []Item{{terms, day(0)}, {terms, day(5)}, {terms, day(10)}}
	for _, tc := range []struct {
		name   string
		items  []Item
		window time.Duration
		want   int
	}{
		{"a week", dated, 7 * 24 * time.Hour, 2},
		{"no window", dated, 0, 1},
		{"no dates", []Item{{terms, time.Time{}}, {terms, time.Time{}}, {terms, time.Time{}}}, 7 * 24 * time.Hour, 1},
	} {
		opt := DefaultOptions()
		opt.Window = tc.window
		groups, err := GroupItems(context.Background(), tc.items, opt)
		if err != nil {
			t.Fatal(err)
		}
		if len(groups) != tc.want {
			t.Errorf("%s: %d stories %v, want %d", tc.name, len(groups), groups, tc.want)
		}
		for _, g := range groups {
			lo, hi := tc.items[g[0]].Published, tc.items[g[0]].Published
			for _, i := range g {
				lo, hi = span(lo, hi, tc.items[i].Published, tc.items[i].Published)
			}
			if tc.window > 0 && hi.Sub(lo) > tc.window {
				t.Errorf("%s: story %v spans %v", tc.name, g, hi.Sub(lo))
			}
		}
	}
}

// TestFeatures: names, resolved dates and distinctive numbers are features;
// stop words (from the rules), function words and page furniture are not.
func TestFeatures(t *testing.T) {
	r := rulestest.Default(t)
	pub := time.Date(2024, 3, 5, 12, 0, 0, 0, time.UTC)
	text := "Gunman Kills 16 At Riverside Market\n\n" +
		"A gunman opened fire at the Riverside market on Monday, killing 16 people, police said. " +
		"The suspect, Daniel Reyes, 24, was charged on March 1.\n\n" +
		"Sign up for our newsletter to get breaking news in your email inbox.\n"
	txt := segment.Segment(text, segment.Options{})
	terms := FromTextAt(txt, r, pub).Terms()
	for _, want := range []string{"=riverside", "=daniel", "=reyes", "#16", "#24y", "@03-01", "@03-04", "gunman", "market"} {
		if !slices.Contains(terms, want) {
			t.Errorf("missing %q in %v", want, terms)
		}
	}
	for _, not := range []string{"the", "said", "newsletter", "inbox", "=gunman", "kills"} {
		if slices.Contains(terms, not) || slices.Contains(terms, "="+not) {
			t.Errorf("%q is a feature: %v", not, terms)
		}
	}
	// "Monday" is the day before publication: resolved only with the date
	if undated := FromText(txt, r).Terms(); slices.Contains(undated, "@03-04") || !slices.Contains(undated, "@03-01") {
		t.Errorf("dates without a publication date: %v", undated)
	}
	// a newsroom's stop words come from its rules file
	mine, err := rules.LoadFile("mine.yaml", []byte("extends: default\ncompare:\n  stop-words: [gunman]\n"))
	if err != nil {
		t.Fatal(err)
	}
	if got := FromTextAt(txt, mine, pub).Terms(); slices.Contains(got, "gunman") {
		t.Errorf("stop word from the rules is a feature: %v", got)
	}
}

// TestGroupNameIsAWord: a town or a person an article names is the same
// feature as the word another article has only where a name cannot be told
// from a word (a title-case headline, the start of a sentence), so the two
// reports are one story; reports sharing only common words are not.
func TestGroupNameIsAWord(t *testing.T) {
	filler := []Item{
		{Terms: []string{"party", "dead", "=chicago", "weekend"}},
		{Terms: []string{"party", "injured", "=houston", "bar"}},
		{Terms: []string{"dead", "injured", "=denver", "parking"}},
		{Terms: []string{"party", "dead", "=miami", "club"}},
	}
	for _, tc := range []struct {
		name string
		a, b []string
		one  bool
	}{
		{"named in one, words in the other", []string{"=newburgh", "=halloween", "=tabitha", "party", "gunfire"},
			[]string{"newburgh", "halloween", "tabitha", "party", "dead"}, true},
		{"names in both", []string{"=newburgh", "=halloween", "=tabitha", "party", "gunfire"},
			[]string{"=newburgh", "=halloween", "=tabitha", "party", "dead"}, true},
		{"common words only", []string{"=newburgh", "=halloween", "party", "dead"},
			[]string{"=providence", "=cranston", "party", "dead"}, false},
	} {
		items := append([]Item{{Terms: tc.a}, {Terms: tc.b}}, filler...)
		groups, err := GroupItems(context.Background(), items, DefaultOptions())
		if err != nil {
			t.Fatal(err)
		}
		if one := slices.Equal(groups[0], []int{0, 1}); one != tc.one {
			t.Errorf("%s: stories %v, want the two together %v", tc.name, groups, tc.one)
		}
	}
}

// TestBoilerplate: sentences of page furniture (two or more of the rules'
// stories.boilerplate-words) are no features; news with one such word is.
func TestBoilerplate(t *testing.T) {
	r := rulestest.Default(t)
	for _, tc := range []struct {
		sentence  string
		furniture bool
	}{
		{"If you do not receive the verification message, please check your Spam or Junk folder.", true},
		{"Email notifications go out at most once daily, and only when new matching stories appear.", true},
		{"Hide Transcript Show Transcript", true},
		{"Sign up for our newsletter.", true},
		{"The gunman sent an email to the school before the shooting.", false},
		{"The transcript of the hearing was released on Friday.", false},
	} {
		txt := segment.Segment(tc.sentence, segment.Options{})
		if got := boilerplate(txt, txt.Sentences[0], r); got != tc.furniture {
			t.Errorf("%q: furniture %v, want %v", tc.sentence, got, tc.furniture)
		}
	}
}

// TestLaterNames: names past the first nameSentences sentences are
// features too ("~"), unless the article names them near its top; in a
// comparison they weigh laterWeight of a name near the top.
func TestLaterNames(t *testing.T) {
	r := rulestest.Default(t)
	var b strings.Builder
	b.WriteString("Two Dead In Halloween Party Shooting\n\nA gunman opened fire at a party in Newburgh on Sunday, police said.\n\n")
	for k := range nameSentences + 5 {
		fmt.Fprintf(&b, "Neighbours gathered on the street for the %d time.\n\n", k+1)
	}
	b.WriteString("The victims were Tabitha Cruz and a friend, police in Newburgh said.\n")
	terms := FromText(segment.Segment(b.String(), segment.Options{}), r).Terms()
	for _, tc := range []struct {
		term string
		want bool
	}{
		{"~tabitha", true}, {"~cruz", true}, {"=tabitha", false},
		{"=newburgh", true}, {"~newburgh", false}, {"~police", false},
	} {
		if got := slices.Contains(terms, tc.term); got != tc.want {
			t.Errorf("%s in the terms: %v, want %v (%v)", tc.term, got, tc.want, terms)
		}
	}
	var ts termSets
	ts.add([]string{"=cruz", "=newburgh"})
	ts.add([]string{"~cruz", "=newburgh"})
	ts.add([]string{"=cruz", "=newburgh"})
	w := ts.weights()
	full, _ := ts.dot(0, 2, w)
	faint, _ := ts.dot(0, 1, w)
	c, n := float64(w[ts.ids["cruz"]]), float64(w[ts.ids["newburgh"]])
	if want := c*c*laterWeight + n*n; math.Abs(faint-want) > 1e-9 || math.Abs(full-(c*c+n*n)) > 1e-9 {
		t.Errorf("dot with a later name %.3f, want %.3f; near the top %.3f, want %.3f", faint, want, full, c*c+n*n)
	}
}

// TestAges: ages are features of their own kind, whatever their value; a
// small count is none, and a count is not an age.
func TestAges(t *testing.T) {
	r := rulestest.Default(t)
	for _, tc := range []struct {
		text      string
		want, not []string
	}{
		{"Boy, 3, Killed In Detroit\n\nA 3-year-old boy was shot on Sunday.\n", []string{"#3y"}, []string{"#3"}},
		{"Three Killed In Detroit\n\nThree people were killed, police said.\n", nil, []string{"#3", "#3y"}},
		{"Suspect Named\n\nThe suspect, Daniel Reyes, 24, was charged. 24 people were hurt.\n", []string{"#24y", "#24"}, nil},
	} {
		terms := FromText(segment.Segment(tc.text, segment.Options{}), r).Terms()
		for _, w := range tc.want {
			if !slices.Contains(terms, w) {
				t.Errorf("%q: no %s in %v", tc.text, w, terms)
			}
		}
		for _, w := range tc.not {
			if slices.Contains(terms, w) {
				t.Errorf("%q: %s in %v", tc.text, w, terms)
			}
		}
	}
}

// TestSiteTail: a site's name after a headline's dash or bar is no
// feature; a clause after a dash, or a dash among the first words, is.
func TestSiteTail(t *testing.T) {
	r := rulestest.Default(t)
	for _, tc := range []struct {
		headline  string
		want, not []string
	}{
		{"Boy gravely hurt in shooting accident - KXYZ NewsChannel 11 Amarillo",
			[]string{"accident"}, []string{"kxyz", "newschannel", "amarillo", "#11"}},
		{"Man arrested after boy is shot - Macon News, Weather, Traffic, and Sports | FOX 5",
			[]string{"arrested"}, []string{"#5", "fox"}},
		{"Christchurch gunman sentenced - he will never be released",
			[]string{"sentenced", "released"}, nil},
		{"Iran news – live: Trump claims the general was plotting attacks",
			[]string{"iran", "plotting"}, nil},
	} {
		terms := FromText(segment.Segment(tc.headline+"\n\nPolice said little.\n", segment.Options{}), r).Terms()
		for _, w := range tc.want {
			if !slices.Contains(terms, w) && !slices.Contains(terms, "="+w) {
				t.Errorf("%q: no %s in %v", tc.headline, w, terms)
			}
		}
		for _, w := range tc.not {
			if slices.Contains(terms, w) || slices.Contains(terms, "="+w) {
				t.Errorf("%q: %s in %v", tc.headline, w, terms)
			}
		}
	}
}
