package claims

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/rogpeppe/go-internal/txtar"

	"github.com/claimdiff/claimdiff/claims/ingest"
	"github.com/claimdiff/claimdiff/claims/mention"
	"github.com/claimdiff/claimdiff/claims/rules"
	"github.com/claimdiff/claimdiff/internal/rulestest"
)

// TestCasualties checks the casualty claims of the short articles in
// testdata/casualty.txtar against the lines each case lists: the work of
// claims/casualty.go across sentences (totals and parts, single victims
// within a count, zeros, the look-back, the perpetrator flag), which the
// one-rule examples in rules.yaml cannot show.
func TestCasualties(t *testing.T) {
	eachCase(t, "testdata/casualty.txtar", func(t *testing.T, r *rules.Rules, doc *ingest.Document, want string) {
		var got []string
		for _, c := range Extract(doc, r).Claims {
			if isCasualty(c.Kind) && c.Value != nil {
				got = append(got, Describe(c))
			}
		}
		if g, w := strings.Join(got, "\n"), strings.TrimSpace(want); g != w {
			t.Errorf("%s:\n got:\n%s\nwant:\n%s", doc.ID, g, w)
		}
	})
}

// TestCasualtyScopes checks the scopes casualties() gives, against
// testdata/casualty_scopes.txtar: previous for a count dated well before
// the story's own event or placed before it, other for one placed after
// it, tally for a count over several incidents or a period, part for some
// of the victims, none for the story's own count.
func TestCasualtyScopes(t *testing.T) {
	eachCase(t, "testdata/casualty_scopes.txtar", func(t *testing.T, r *rules.Rules, doc *ingest.Document, want string) {
		got := map[string][]string{} // claim text: "kind value scope" of each claim with it
		for _, c := range Extract(doc, r).Claims {
			if isCasualty(c.Kind) && c.Value != nil {
				scope := "-"
				if c.Frame != nil && c.Frame.Scope != "" {
					scope = c.Frame.Scope
				}
				got[c.Text] = append(got[c.Text], fmt.Sprintf("%s %g %s", c.Kind, c.Value.Number, scope))
			}
		}
		for _, line := range strings.Split(strings.TrimSpace(want), "\n") {
			f := strings.Split(line, "\t")
			if len(f) < 2 || len(f) > 3 {
				t.Fatalf("want line %q: not scope, [kind value,] claim text separated by tabs", line)
			}
			scope, text, figure := f[0], f[len(f)-1], ""
			if len(f) == 3 {
				figure = f[1]
			}
			checkScope(t, got, text, figure, scope)
		}
	})
}

// eachCase runs check, with the default rules, on every article NAME.txt
// of the txtar archive file and the NAME.want beside it, each as a subtest
// named NAME: a case is added by adding its two files.
func eachCase(t *testing.T, file string, check func(t *testing.T, r *rules.Rules, doc *ingest.Document, want string)) {
	t.Helper()
	ar, err := txtar.ParseFile(file)
	if err != nil {
		t.Fatal(err)
	}
	r := rulestest.Default(t)
	want := map[string]string{}
	for _, f := range ar.Files {
		if name, ok := strings.CutSuffix(f.Name, ".want"); ok {
			want[name] = string(f.Data)
		}
	}
	for _, f := range ar.Files {
		name, ok := strings.CutSuffix(f.Name, ".txt")
		if !ok {
			continue
		}
		t.Run(name, func(t *testing.T) {
			w, ok := want[name]
			if !ok {
				t.Fatalf("no %s.want in %s", name, file)
			}
			check(t, r, &ingest.Document{ID: name, Source: name, Text: string(f.Data), Format: "txt"}, w)
		})
	}
}

// checkScope checks the claims with a text against a want line: with a
// figure ("killed 2"), the one claim of that kind and value has the
// scope; without one, every claim of the text does (a figure derived at a
// claim's place, a standing count, shares its text, so a line names the
// figure where several claims share it).
func checkScope(t *testing.T, got map[string][]string, text, figure, scope string) {
	t.Helper()
	found := 0
	for _, g := range got[text] {
		kv := g[:strings.LastIndexByte(g, ' ')]
		if figure != "" && kv != figure {
			continue
		}
		found++
		if g != kv+" "+scope {
			t.Errorf("%q: %s, want scope %q; claims %q", text, g, scope, got)
		}
	}
	if found == 0 {
		t.Errorf("%q %s: no such claim, want scope %q; claims %q", text, figure, scope, got)
	}
}

// TestInjuryCauses checks the frame cause of injured counts: the words
// of a count name its cause, a sentence that splits a total by cause makes
// it all causes, and so does a document that tells of injuries of another
// cause for a count larger than every gunshot count; a count in a document
// that tells no cause apart has none.
func TestInjuryCauses(t *testing.T) {
	r := rulestest.Default(t)
	for _, tc := range []struct {
		text string
		want map[string]string // claim text: cause ("-" for none)
	}{
		{"Authorities said 22 were hurt, with 17 suffering gunshot wounds and five others varying injuries such as a broken wrist and sprained knees in the rush to get out.",
			map[string]string{"22 were hurt": causeAll, "17 suffering gunshot wounds": causeGunshot, "five others varying injuries": causeOther}},
		{"Five people were injured in the shooting, four from gunshots and one from flying glass.",
			map[string]string{"Five people were injured": causeAll, "four from gunshots": causeGunshot}},
		{"22 injured at house party. Police said 16 people suffered gunshot wounds. Four others were hurt while fleeing.",
			map[string]string{"22 injured": causeAll, "Four others were hurt": causeOther}},
		{"Five people were injured in the shooting. Two were taken to the hospital with gunshot wounds.",
			map[string]string{"Five people were injured": "-"}},
		{"Three people were injured when gunfire erupted outside the club.",
			map[string]string{"Three people were injured": "-"}},
		// the words after a clause of another subject tell of the gunman or
		// the crowd, not the count; a denied cue is not read
		{"Two officers were injured when the suspect, who was trying to escape, opened fire on them.",
			map[string]string{"Two officers were injured": "-"}},
		{"Three people were wounded as the gunman opened fire, sending the crowd into a panic.",
			map[string]string{"Three people were wounded": "-"}},
		{"Two people were injured, and the suspect tried to flee before he was arrested.",
			map[string]string{"Two people were injured": "-"}},
		// others hurt by another cause besides a count, or no gunshot count
		// at all, leave the count's cause untold
		{"Six people were wounded in the shooting Saturday night. Two others were hurt while fleeing.",
			map[string]string{"Six people were wounded": "-", "Two others were hurt": causeOther}},
		{"Police said three people suffered gunshot wounds. Six people were wounded in the shooting, and two others were hurt while fleeing.",
			map[string]string{"Six people were wounded": "-", "three people suffered gunshot wounds": causeGunshot}},
		{"The shooting left two dead and 22 others injured amid chaos as guests leapt from upstairs windows. Police said 16 people suffered gunshot wounds. Four others were hurt while fleeing.",
			map[string]string{"22 others injured": causeAll, "16 people suffered gunshot wounds": causeGunshot}},
		{"Six people were injured, none of them by gunfire.",
			map[string]string{"Six people were injured": causeOther}},
		{"12 people were injured in the panic, but none from gunfire.",
			map[string]string{"12 people were injured": causeOther}},
		{"Three people were hurt when they jumped from a balcony to escape the gunfire.",
			map[string]string{"Three people were hurt": causeOther}},
	} {
		doc := &ingest.Document{ID: "t", Source: "t", Text: tc.text, Format: "txt"}
		got := map[string]string{}
		for _, c := range Extract(doc, r).Claims {
			if c.Kind == kindInjured && c.Value != nil {
				got[c.Text] = "-"
				if c.Frame != nil && c.Frame.Cause != "" {
					got[c.Text] = c.Frame.Cause
				}
			}
		}
		for text, cause := range tc.want {
			if got[text] != cause {
				t.Errorf("%q: %q has cause %q, want %q; injured claims %q", tc.text, text, got[text], cause, got)
			}
		}
	}
}

// TestCasualtyMax wants casualtyMax to read as the map of kind to largest
// count it replaces: 0 for a kind never raised or no casualty kind.
func TestCasualtyMax(t *testing.T) {
	var m casualtyMax
	for _, r := range []struct {
		kind string
		n    float64
	}{{kindKilled, 3}, {kindKilled, 2}, {kindShot, 7}, {"missing", 1}, {"count", 9}, {kindShot, 8}} {
		m.raise(r.kind, r.n)
	}
	for kind, want := range map[string]float64{kindKilled: 3, kindInjured: 0, kindShot: 8, "missing": 1, "count": 0} {
		if got := m.get(kind); got != want {
			t.Errorf("get(%q) = %v, want %v", kind, got, want)
		}
	}
}

// TestAnyOfMore wants anyOfMore to tell whether partsOfMore, every count
// its own, marks a part: the same counts, the same test, none marked by it.
func TestAnyOfMore(t *testing.T) {
	count := func(kind string, n float64, scope string) Claim {
		c := Claim{Kind: kind, Value: &mention.Value{Number: n}}
		if scope != "" {
			c.Frame = &Frame{Scope: scope}
		}
		return c
	}
	below := func(cs []Claim) func(i int, most casualtyMax) bool {
		return func(i int, most casualtyMax) bool { return most.get(cs[i].Kind) > cs[i].Value.Number }
	}
	for _, tc := range []struct {
		cs      []Claim
		dropped int // the index of a dropped count, -1 for none
	}{
		{nil, -1},
		{[]Claim{count(kindKilled, 3, "")}, -1},
		{[]Claim{count(kindKilled, 3, ""), count(kindKilled, 3, "")}, -1},
		{[]Claim{count(kindKilled, 3, ""), count(kindKilled, 2, "")}, -1},
		{[]Claim{count(kindKilled, 3, ""), count(kindKilled, 2, "")}, 0},
		{[]Claim{count(kindKilled, 3, ""), count(kindInjured, 2, "")}, -1},
		{[]Claim{count(kindKilled, 3, "previous"), count(kindKilled, 2, "")}, -1},
		{[]Claim{count(kindKilled, 3, "total"), count(kindKilled, 2, "")}, -1},
		{[]Claim{count("count", 9, ""), count("count", 2, "")}, -1},
	} {
		dropped := make([]bool, len(tc.cs))
		if tc.dropped >= 0 {
			dropped[tc.dropped] = true
		}
		cs := slices.Clone(tc.cs)
		got := anyOfMore(cs, dropped, below(cs))
		partsOfMore(cs, dropped, func(int) bool { return true }, below(cs))
		want := slices.ContainsFunc(cs, func(c Claim) bool { return c.Frame != nil && c.Frame.Scope == scopePart })
		if got != want {
			t.Errorf("%d counts, dropped %d: anyOfMore %v, partsOfMore marks a part: %v", len(cs), tc.dropped, got, want)
		}
	}
}

// TestStoryDate: the story's date is its casualty counts' latest, no
// later than its publication; where its first count is undated and none
// is dated to a day, the dated counts are background and the story is
// the day's news, dated by its publication.
func TestStoryDate(t *testing.T) {
	published := time.Date(2014, 6, 24, 0, 0, 0, 0, time.UTC)
	day := func(s string) time.Time { d, _ := time.Parse("2006-01-02", s); return d }
	count := func(end, precision string) Claim {
		c := Claim{Kind: kindKilled, Value: &mention.Value{Number: 2}}
		if end != "" {
			c.Date = &mention.DateValue{Start: end, End: end, Precision: precision}
		}
		return c
	}
	for _, tc := range []struct {
		name      string
		cs        []Claim
		published time.Time
		want      time.Time
	}{
		{"none dated", []Claim{count("", "")}, published, time.Time{}},
		{"the latest count's day", []Claim{count("2014-06-20", "day"), count("2009-11-05", "day")}, published, day("2014-06-20")},
		{"no later than published", []Claim{count("2014-07-01", "day")}, published, published},
		{"an undated lead, a month recalled", []Claim{count("", ""), count("2014-02-28", "month")}, published, published},
		{"an undated lead, a day recalled", []Claim{count("", ""), count("2014-04-02", "day")}, published, day("2014-04-02")},
		{"a dated lead", []Claim{count("2014-02-28", "month"), count("", "")}, published, day("2014-02-28")},
		{"publication unknown", []Claim{count("", ""), count("2014-02-28", "month")}, time.Time{}, day("2014-02-28")},
	} {
		if got := storyDate(tc.cs, tc.published); !got.Equal(tc.want) {
			t.Errorf("%s: storyDate = %v, want %v", tc.name, got, tc.want)
		}
	}
}
