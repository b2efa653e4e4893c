package check

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/ingest"
	"github.com/claimdiff/claimdiff/claims/mention"
	"github.com/claimdiff/claimdiff/claims/rules"
	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/internal/rulestest"
)

// TestLimitKeepsDisagreeing: a finding against more than maxBaseline
// documents keeps those that disagree with the new article, not the first
// in order, which may all be copies of what the new article says (a
// conflict with one outlet's figure set beside twenty copies of the new
// article's own must still show that figure).
func TestLimitKeepsDisagreeing(t *testing.T) {
	value := func(n float64) *mention.Value { return &mention.Value{Number: n, Unit: "mph"} }
	for _, c := range []struct {
		name     string
		other    func(c *claims.Claim) // makes the one baseline claim that disagrees
		agrees   int                   // baseline documents saying what the new article says, before it
		reworded int                   // and documents saying it in other words, before it
	}{
		{"another value", func(c *claims.Claim) { c.Value = value(150) }, 25, 0},
		{"another wording", func(c *claims.Claim) { c.Value, c.Text = nil, "landfall around 1 a.m." }, 30, 0},
		{"another speaker", func(c *claims.Claim) {
			c.Attribution = claims.Attribution{Speaker: "the governor", Form: claims.FormIndirect}
		}, 21, 0},
		{"among rewordings", func(c *claims.Claim) { c.Value, c.Text = nil, "landfall around 1 a.m." }, 25, 25},
	} {
		mine := claims.Claim{Doc: "new.txt", Text: "landfall shortly after midnight", Value: value(140)}
		if c.name == "another wording" {
			mine.Value = nil
		}
		cs := []claims.Claim{mine}
		var vs []compare.SideValue
		for i := range c.agrees {
			d := claims.Claim{Doc: fmt.Sprintf("base/%03d.txt", i), Text: mine.Text, Value: mine.Value}
			cs = append(cs, d)
			vs = append(vs, compare.SideValue{Doc: d.Doc})
		}
		for i := range c.reworded {
			d := claims.Claim{Doc: fmt.Sprintf("base/r%03d.txt", i), Text: "landfall near the border shortly after midnight"}
			cs = append(cs, d)
			vs = append(vs, compare.SideValue{Doc: d.Doc})
		}
		odd := claims.Claim{Doc: "base/zz-odd.txt", Text: mine.Text, Value: mine.Value}
		c.other(&odd)
		cs = append(cs, odd)
		vs = append(vs, compare.SideValue{Doc: odd.Doc})
		f := Finding{Finding: compare.Finding{Claims: cs, Detail: compare.Detail{Values: vs}}}
		f.Baseline = baselineDocs(f.Claims, "new.txt")
		limit(&f, "new.txt")
		byBaseline(&f.Finding, "new.txt", f.Baseline)
		if len(f.Baseline) != maxBaseline || slices.Index(f.Baseline, odd.Doc) < 0 || slices.Index(f.Baseline, odd.Doc) > 1 {
			t.Errorf("%s: baseline kept %v, want %s among the first two of %d", c.name, f.Baseline, odd.Doc, maxBaseline)
		}
		if !slices.ContainsFunc(f.Claims, func(x claims.Claim) bool { return x.Doc == odd.Doc }) ||
			!slices.ContainsFunc(f.Detail.Values, func(v compare.SideValue) bool { return v.Doc == odd.Doc }) {
			t.Errorf("%s: the disagreeing document's claim or value was cut", c.name)
		}
		if f.Claims[0].Doc != "new.txt" || f.Claims[1+slices.Index(f.Baseline, odd.Doc)].Doc != odd.Doc {
			t.Errorf("%s: claims not in the order of the new article's, then the baseline's as listed", c.name)
		}
	}
}

// TestBaselineDocsOrder: documents are listed each once, one of each
// reading in turn, the new article's own reading last; without
// disagreement, in the claims' order.
func TestBaselineDocsOrder(t *testing.T) {
	cs := []claims.Claim{{Doc: "new", Text: "a"}, {Doc: "b", Text: "a"}, {Doc: "c", Text: "a"}, {Doc: "b", Text: "a"}, {Doc: "new", Text: "a"}}
	if got := baselineDocs(cs, "new"); !slices.Equal(got, []string{"b", "c"}) {
		t.Errorf("baselineDocs = %v", got)
	}
	cs = []claims.Claim{{Doc: "new", Text: "a"}, {Doc: "b", Text: "a"}, {Doc: "c", Text: "x"}, {Doc: "d", Text: "a"}, {Doc: "e", Text: "y"}, {Doc: "f", Text: "x"}}
	if got, want := baselineDocs(cs, "new"), []string{"c", "e", "b", "f", "d"}; !slices.Equal(got, want) {
		t.Errorf("baselineDocs = %v, want %v", got, want)
	}
}

// TestCheckPassagesFollowClaims: check puts the new article's claim first
// and keeps 20 baseline documents; a quote finding's passages move and
// go with their claims.
func TestCheckPassagesFollowClaims(t *testing.T) {
	doc, r := extractor(t)
	newDoc := doc("new.txt", `"We will rebuild every single home in this valley before winter," Mayor Ann Rivera said.`)
	var base []*claims.Result
	for i := range 23 { // ids before and after the new article's; more than maxBaseline
		base = append(base, doc(fmt.Sprintf("%c-base.txt", 'a'+i), `Mayor Ann Rivera said: "We will rebuild every house in this valley before the winter comes."`))
	}
	res, err := Check(context.Background(), []*claims.Result{newDoc}, base, r, Options{})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, f := range res.Findings {
		if f.Kind != claims.KindQuote || len(f.Detail.Passages) == 0 {
			continue
		}
		found = true
		if len(f.Detail.Passages) != len(f.Claims) {
			t.Fatalf("%d passages for %d claims", len(f.Detail.Passages), len(f.Claims))
		}
		for k, c := range f.Claims {
			if !strings.Contains(letters(c.Text), letters(f.Detail.Passages[k])) {
				t.Errorf("claim %d (%s) %q has the passage %q", k, c.Doc, c.Text, f.Detail.Passages[k])
			}
		}
	}
	if !found {
		t.Fatal("no quote finding with passages")
	}
}

// letters is s lower case with only its letters, for comparing a claim's
// text with a passage of it.
func letters(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// TestCheckMates compares each new article with the baseline documents
// Options.Mates names for it only: the others (nil here, as a check that
// never read them passes them) are neither compared nor listed, and the
// report counts what each new article was compared with.
func TestCheckMates(t *testing.T) {
	doc, r := extractor(t)
	fire := doc("fire.txt", "Police said 14 people were injured in the warehouse fire in Maplewood.")
	bridge := doc("bridge.txt", "Police said 30 people were injured when the footbridge collapsed in Drayton.")
	base := []*claims.Result{
		doc("a-fire.txt", "Police said 12 people were injured in the warehouse fire in Maplewood."),
		nil, // another story's, never read
		doc("c-bridge.txt", "Police said 31 people were injured when the footbridge collapsed in Drayton."),
	}
	res, err := Check(context.Background(), []*claims.Result{fire, bridge}, base, r, Options{Mates: [][]int{{0}, {2}}})
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, d := range res.Documents {
		ids = append(ids, d.ID)
	}
	if want := []string{"fire.txt", "bridge.txt", "a-fire.txt", "c-bridge.txt"}; !slices.Equal(ids, want) {
		t.Errorf("documents %v, want %v", ids, want)
	}
	if res.Baseline.Given != 3 || res.Baseline.Compared["fire.txt"] != 1 || res.Baseline.Compared["bridge.txt"] != 1 {
		t.Errorf("baseline counts %+v", res.Baseline)
	}
	for _, f := range res.Findings {
		for _, b := range f.Baseline {
			if (f.New == "fire.txt") != (b == "a-fire.txt") {
				t.Errorf("%s: a finding against %s", f.New, b)
			}
		}
	}
	if len(res.Findings) == 0 {
		t.Error("no finding: each new article disagrees with its mate")
	}
	if _, err := Check(context.Background(), []*claims.Result{fire}, base, r, Options{Mates: [][]int{{1}}}); err == nil {
		t.Error("a mate that was not read: no error")
	}
	if _, err := Check(context.Background(), []*claims.Result{fire}, base, r, Options{Mates: [][]int{{0}, {2}}}); err == nil {
		t.Error("mates for two new articles, one given: no error")
	}
}

// extractor returns the default rules and a function extracting a plain
// text document named id (its source the name without ".txt").
func extractor(t *testing.T) (func(id, text string) *claims.Result, *rules.Rules) {
	t.Helper()
	r := rulestest.Default(t)
	return func(id, text string) *claims.Result {
		return claims.Extract(&ingest.Document{ID: id, Source: strings.TrimSuffix(id, ".txt"), Format: "txt", Text: text}, r)
	}, r
}
