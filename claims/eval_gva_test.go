package claims

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/claims/ingest"
	"github.com/claimdiff/claimdiff/claims/mention"
	"github.com/claimdiff/claimdiff/internal/rulestest"
)

// corpusDir is the development corpus beside the repository; evaluation
// tests skip when it is absent (it is never copied into the repo).
const corpusDir = "../../shared/corpus"

type gvaGold struct {
	NumKilled    int `json:"num_killed"`
	NumInjured   int `json:"num_injured"`
	Participants []struct {
		Age    string `json:"Age"`
		Status string `json:"Status"`
		Type   string `json:"Type"`
	} `json:"participants"`
	Articles []struct {
		File string `json:"file"`
		DCT  string `json:"dct"`
	} `json:"articles"`
}

// prf is a precision/recall tally.
type prf struct{ tp, claims, goldHit, gold int }

func (p prf) precision() float64 { return ratio(p.tp, p.claims) }

// tally counts one unit of recall (an incident or an article): inGold when
// the gold has a figure to find, hit when it was found.
func (p *prf) tally(inGold, hit bool) {
	if inGold {
		p.gold++
		if hit {
			p.goldHit++
		}
	}
}

// perpetrator renders a claim's perpetrator frame for the miss listing.
func perpetrator(c Claim) string {
	if c.Frame == nil || c.Frame.Perpetrator == "" {
		return ""
	}
	return " perpetrator=" + c.Frame.Perpetrator
}
func (p prf) recall() float64 { return ratio(p.goldHit, p.gold) }

// count tallies one claim, right or not.
func (p *prf) count(right bool) {
	p.claims++
	if right {
		p.tp++
	}
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// anyContains reports whether v holds one of the figures xs.
func anyContains(v *mention.Value, xs map[float64]bool) bool {
	for x := range xs {
		if contains(v, x) {
			return true
		}
	}
	return false
}

// scopeOfCount is the frame scope of a casualty count that compare keeps
// apart from the story's own counts (another incident's, several
// incidents', some of the victims'), or "" for the story's figure.
func scopeOfCount(c Claim) string {
	if !isCasualty(c.Kind) || c.Frame == nil {
		return ""
	}
	switch c.Frame.Scope {
	case scopePrevious, scopeTally, scopeOther, scopePart, scopeRevised:
		return c.Frame.Scope
	}
	return ""
}

// otherCause reports an injured count the text says is not of gunshot
// wounds alone (frame cause all or other: "20 were hurt, with 16
// suffering gunshot wounds"): the archive counts gunshot injuries, so
// such a count measures something else, as compare keeps it apart from a
// gunshot count.
func otherCause(c Claim) bool {
	return c.Kind == kindInjured && c.Frame != nil && (c.Frame.Cause == causeAll || c.Frame.Cause == causeOther)
}

// belowGunshots reports a count of all causes smaller than the archive's
// gunshot-injury figure: the injuries of all causes include those by
// gunfire, so the count, or its cause, is certainly wrong, and it is
// scored as a wrong injured claim rather than left out.
func belowGunshots(c Claim, gunshot int) bool {
	if c.Frame.Cause != causeAll {
		return false
	}
	v := c.Value
	switch {
	case v.Bound == mention.Exact:
		return v.Number < float64(gunshot)
	case v.High != nil:
		return *v.High < float64(gunshot)
	}
	return false
}

// contains reports whether v's interval (its number when exact) holds x.
func contains(v *mention.Value, x float64) bool {
	switch v.Bound {
	case mention.Exact:
		return v.Number == x
	case mention.About:
		return x >= v.Number*0.9 && x <= v.Number*1.1
	}
	if v.Low != nil && x < *v.Low || v.High != nil && x > *v.High {
		return false
	}
	if v.Bound == mention.MoreThan && x == *v.Low || v.Bound == mention.LessThan && x == *v.High {
		return false
	}
	return true
}

// TestEvalGVA scores killed, injured, shot and age claims against the Gun
// Violence Archive gold counts: precision over claims (a shot figure is
// right when it is killed plus injured), recall over incidents (some
// article of the incident states the gold figure) and over articles, and,
// for ages, over gold participants with an age. An article may count the
// gunman or not, so for killed the gold count with and without killed
// suspects both count as right. A casualty claim dated to an earlier
// event, another incident or several incidents, or counting some of the
// victims, or a first report the document revises (frame scope previous,
// other, tally, part, revised), is no claim of the incident's figure, as
// compare keeps it apart from the story's counts: it is left out of
// precision and tallied on its own, with how many equal the gold figure
// (a scope that often does is read wrongly). So is an injured count the
// text says is of all causes or of another cause than gunfire (frame
// cause all, other): the archive counts gunshot wounds only.
// Run with -v to see the figures.
func TestEvalGVA(t *testing.T) {
	dir := filepath.Join(corpusDir, "gva")
	incidents, _ := filepath.Glob(filepath.Join(dir, "*", "gold.json"))
	if len(incidents) == 0 {
		t.Skip("corpus not present at ../shared/corpus/gva")
	}
	sort.Strings(incidents)
	r := rulestest.Default(t)
	var sc gvaScore
	for _, goldPath := range incidents {
		inc, err := readIncident(goldPath)
		if err != nil {
			t.Fatal(err)
		}
		results, err := ExtractAll(context.Background(), inc.docs(), r, nil)
		if err != nil {
			t.Fatal(err)
		}
		sc.incident(inc, results)
	}
	sc.log(t)
	// Regression floors, well under the figures measured when they were set.
	if sc.killed.precision() < 0.87 || sc.killed.recall() < 0.85 || sc.injured.precision() < 0.72 || sc.injured.recall() < 0.8 ||
		sc.ages.precision() < 0.75 || sc.ages.recall() < 0.7 {
		t.Errorf("extraction quality fell below the floor")
	}
}

// gvaIncident is one incident of the GVA corpus: its gold record and the
// figures that count as right.
type gvaIncident struct {
	name, dir string
	gold      gvaGold
	// okKilled holds the gold killed count with and without killed
	// suspects: an article may count the gunman or not
	okKilled map[float64]bool
	goldAges map[float64]bool
}

// readIncident reads the gold record at goldPath.
func readIncident(goldPath string) (*gvaIncident, error) {
	b, err := os.ReadFile(goldPath)
	if err != nil {
		return nil, err
	}
	inc := &gvaIncident{dir: filepath.Dir(goldPath), name: filepath.Base(filepath.Dir(goldPath)), goldAges: map[float64]bool{}}
	if err := json.Unmarshal(b, &inc.gold); err != nil {
		return nil, fmt.Errorf("%s: %w", goldPath, err)
	}
	suspectsKilled := 0
	for _, p := range inc.gold.Participants {
		if strings.Contains(p.Type, "Suspect") && strings.Contains(p.Status, "Killed") {
			suspectsKilled++
		}
		if a, err := strconv.Atoi(strings.TrimSpace(p.Age)); err == nil {
			inc.goldAges[float64(a)] = true
		}
	}
	inc.okKilled = map[float64]bool{float64(inc.gold.NumKilled): true, float64(inc.gold.NumKilled - suspectsKilled): true}
	return inc, nil
}

// docs reads the incident's articles, each with its publication date; an
// article that cannot be read is left out.
func (inc *gvaIncident) docs() []*ingest.Document {
	var docs []*ingest.Document
	for _, a := range inc.gold.Articles {
		opt := ingest.Options{}
		if t, ok := ingest.ParsePublished(a.DCT); ok {
			opt.Published = t
		}
		res, err := ingest.Read(context.Background(), []string{filepath.Join(inc.dir, a.File)}, opt)
		if err != nil {
			continue
		}
		docs = append(docs, res.Documents...)
	}
	return docs
}

// gvaScore is the tally of the GVA evaluation over incidents.
type gvaScore struct {
	killed, injured, shot, ages prf
	// per article: an article whose killed (injured) claims include the
	// gold figure, over articles of incidents with a gold figure above 0
	artKilled, artInjured prf
	// per article, its lead figure: the first claim of the kind that is
	// the story's own (no scope apart), the one compare sets against the
	// other outlets' (later ones restate it or are figures of their own)
	leadKilled, leadInjured           prf
	previous                          prf // casualty claims of other incidents, or over several
	parts                             prf // casualty claims of some of the victims
	initial                           prf // casualty claims first reported, since revised
	causes                            prf // injured claims of all causes or another cause than gunfire
	wrong, missed, earlier, ageMissed []string
}

// gvaHits is what one incident's articles found of its gold figures.
type gvaHits struct {
	killed, injured, shot bool
	ages                  map[float64]bool
	found                 []string // every casualty claim, for the miss listing
}

// incident scores the extraction results of one incident's articles.
func (sc *gvaScore) incident(inc *gvaIncident, results []*Result) {
	g := inc.gold
	h := gvaHits{ages: map[float64]bool{}}
	for _, res := range results {
		sc.article(inc, res, &h)
	}
	sc.killed.tally(g.NumKilled > 0, h.killed)
	sc.injured.tally(g.NumInjured > 0, h.injured)
	sc.shot.tally(g.NumKilled+g.NumInjured > 0, h.shot)
	if g.NumKilled > 0 && !h.killed || g.NumInjured > 0 && !h.injured {
		m := inc.name + " gold killed " + strconv.Itoa(g.NumKilled) + " injured " + strconv.Itoa(g.NumInjured)
		if !h.killed && g.NumKilled > 0 {
			m += " (killed missed)"
		}
		if !h.injured && g.NumInjured > 0 {
			m += " (injured missed)"
		}
		sc.missed = append(sc.missed, m+"\n\t\t"+strings.Join(h.found, "\n\t\t"))
	}
	sc.ages.gold += len(inc.goldAges)
	sc.ages.goldHit += len(h.ages)
	for a := range inc.goldAges {
		if !h.ages[a] {
			sc.ageMissed = append(sc.ageMissed, inc.name+" "+strconv.Itoa(int(a)))
		}
	}
}

// article scores the claims of one article, adding what it found to h.
func (sc *gvaScore) article(inc *gvaIncident, res *Result, h *gvaHits) {
	g := inc.gold
	var seen, bad, hit [2]bool // killed, injured: any claim, a wrong one, the gold figure
	for _, c := range res.Claims {
		if c.Kind == kindKilled || c.Kind == kindInjured || c.Kind == kindShot {
			h.found = append(h.found, filepath.Base(res.Doc.Path)+":"+strconv.Itoa(c.Span.Line)+": "+Describe(c)+perpetrator(c)+" ["+c.Text+"]")
		}
		if c.Value == nil {
			continue
		}
		where := inc.name + "/" + filepath.Base(res.Doc.Path) + ":" + strconv.Itoa(c.Span.Line) + ": "
		if scope := scopeOfCount(c); scope != "" {
			sc.scopedApart(inc, c, scope, where)
			continue
		}
		if otherCause(c) && !belowGunshots(c, g.NumInjured) {
			sc.causes.count(contains(c.Value, float64(g.NumInjured)))
			sc.earlier = append(sc.earlier, where+Describe(c)+" cause="+c.Frame.Cause+": "+c.Text)
			continue
		}
		k := -1
		switch c.Kind {
		case kindKilled:
			k = 0
		case kindInjured:
			k = 1
		}
		ok, gold := sc.claim(inc, c, !seen[0] && k == 0 || !seen[1] && k == 1)
		if k >= 0 {
			seen[k] = true
			hit[k] = hit[k] || ok
			bad[k] = bad[k] || !ok
		}
		switch {
		case ok && c.Kind == kindKilled:
			h.killed = true
		case ok && c.Kind == kindInjured:
			h.injured = true
		case ok && c.Kind == kindShot:
			h.shot = true
		case ok && c.Kind == "age":
			y, _ := mention.AgeInYears(*c.Value)
			h.ages[y] = true
		case !ok && c.Kind == "age":
			sc.wrong = append(sc.wrong, where+"age "+c.Value.String()+": "+c.Text)
		case !ok && isCasualty(c.Kind) && c.Kind != "missing":
			sc.wrong = append(sc.wrong, where+Describe(c)+" gold "+strconv.Itoa(gold)+": "+c.Text)
		}
	}
	sc.artKilled.tally(g.NumKilled > 0, hit[0])
	sc.artInjured.tally(g.NumInjured > 0, hit[1])
	for k, p := range []*prf{&sc.artKilled, &sc.artInjured} {
		if seen[k] {
			p.claims++
			if !bad[k] {
				p.tp++
			}
		}
	}
}

// claim scores one claim with a value that is the story's own: whether it
// is right, and the gold figure of its kind (for the listing). lead marks
// the article's first claim of its kind.
func (sc *gvaScore) claim(inc *gvaIncident, c Claim, lead bool) (ok bool, gold int) {
	g := inc.gold
	switch c.Kind {
	case kindKilled:
		ok = anyContains(c.Value, inc.okKilled)
		sc.killed.count(ok)
		if lead {
			sc.leadKilled.count(ok)
		}
		return ok, g.NumKilled
	case kindInjured:
		ok = contains(c.Value, float64(g.NumInjured))
		sc.injured.count(ok)
		if lead {
			sc.leadInjured.count(ok)
		}
		return ok, g.NumInjured
	case kindShot:
		// shot = killed + injured, with or without killed suspects
		for k := range inc.okKilled {
			ok = ok || contains(c.Value, k+float64(g.NumInjured))
		}
		sc.shot.count(ok)
		return ok, g.NumKilled + g.NumInjured
	case "age":
		// the archive gives ages in whole years: an 18-month-old is 1
		y, isAge := mention.AgeInYears(*c.Value)
		ok = isAge && inc.goldAges[y]
		sc.ages.count(ok)
		return ok, 0
	}
	return true, 0
}

// scopedApart tallies a casualty count compare keeps apart from the
// story's counts: another incident's, several incidents', or some of the
// victims'.
func (sc *gvaScore) scopedApart(inc *gvaIncident, c Claim, scope, where string) {
	p := &sc.previous
	switch scope {
	case scopePart:
		p = &sc.parts
	case scopeRevised:
		p = &sc.initial
	}
	k, i := float64(inc.gold.NumKilled), float64(inc.gold.NumInjured)
	p.count(c.Kind == kindKilled && contains(c.Value, k) || c.Kind == kindInjured && contains(c.Value, i) || c.Kind == kindShot && contains(c.Value, k+i))
	sc.earlier = append(sc.earlier, where+Describe(c)+" scope="+scope+": "+c.Text)
}

// log writes the figures, and with CLAIMDIFF_EVAL_VERBOSE set every claim
// scoped apart, every claim not gold and every incident missed.
func (sc *gvaScore) log(t *testing.T) {
	for _, row := range []struct {
		name string
		p    prf
	}{{"killed", sc.killed}, {"injured", sc.injured}, {"shot", sc.shot}, {"age", sc.ages}} {
		t.Logf("%-8s precision %.3f (%d/%d claims)  recall %.3f (%d/%d)", row.name,
			row.p.precision(), row.p.tp, row.p.claims, row.p.recall(), row.p.goldHit, row.p.gold)
	}
	for _, row := range []struct {
		name string
		p    prf
	}{{"killed", sc.artKilled}, {"injured", sc.artInjured}} {
		t.Logf("%-8s per article: recall %.3f (%d/%d articles of incidents with a gold figure), precision %.3f (%d/%d articles with claims of the kind, all of them right)", row.name,
			row.p.recall(), row.p.goldHit, row.p.gold, row.p.precision(), row.p.tp, row.p.claims)
	}
	t.Logf("killed   lead figure per article: precision %.3f (%d/%d articles)", sc.leadKilled.precision(), sc.leadKilled.tp, sc.leadKilled.claims)
	t.Logf("injured  lead figure per article: precision %.3f (%d/%d articles)", sc.leadInjured.precision(), sc.leadInjured.tp, sc.leadInjured.claims)
	t.Logf("other incidents and tallies: %d casualty claims of another incident or counting several (scope previous, other, tally), left out of precision; %d of them equal to the gold figure", sc.previous.claims, sc.previous.tp)
	t.Logf("parts: %d casualty claims counting some of the victims (scope part), left out of precision; %d of them equal to the gold figure", sc.parts.claims, sc.parts.tp)
	t.Logf("first reports: %d casualty claims the document revises (scope revised: wounded who later died, figures it calls initial), left out of precision; %d of them equal to the gold figure", sc.initial.claims, sc.initial.tp)
	t.Logf("other causes: %d injured claims of all causes or another cause than gunfire (frame cause all, other; the archive counts gunshot wounds), left out of precision; %d of them equal to the gold figure", sc.causes.claims, sc.causes.tp)
	if os.Getenv("CLAIMDIFF_EVAL_VERBOSE") == "" {
		return
	}
	for _, e := range sc.earlier {
		t.Log("  scoped apart: " + e)
	}
	for _, w := range sc.wrong {
		t.Log("  not gold: " + w)
	}
	for _, m := range sc.missed {
		t.Log("  missed: " + m)
	}
	sort.Strings(sc.ageMissed)
	for _, m := range sc.ageMissed {
		t.Log("  age missed: " + m)
	}
}

// TestBelowGunshots checks the eval's guard on counts of all causes: one
// below the archive's gunshot figure is wrong, one at or above it is left
// out, and a count of another cause is never caught.
func TestBelowGunshots(t *testing.T) {
	high := 10.0
	for _, tc := range []struct {
		cause string
		v     mention.Value
		want  bool
	}{
		{causeAll, mention.Value{Number: 12, Bound: mention.Exact}, true},
		{causeAll, mention.Value{Number: 16, Bound: mention.Exact}, false},
		{causeAll, mention.Value{Number: 22, Bound: mention.Exact}, false},
		{causeAll, mention.Value{Number: 5, Bound: mention.AtMost, High: &high}, true},
		{causeOther, mention.Value{Number: 4, Bound: mention.Exact}, false},
	} {
		c := Claim{Kind: kindInjured, Value: &tc.v, Frame: &Frame{Cause: tc.cause}}
		if got := belowGunshots(c, 16); got != tc.want {
			t.Errorf("%s %v against 16 gunshot injuries: %v, want %v", tc.cause, tc.v, got, tc.want)
		}
	}
}
