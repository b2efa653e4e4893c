package stories

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/ingest"
	"github.com/claimdiff/claimdiff/internal/rulestest"
)

// TestMates pairs made-up articles' terms: a new article's mates are the
// baseline articles close enough to it alone, whatever else the baseline
// holds; one word in common is not a story in common.
func TestMates(t *testing.T) {
	storm := []string{"=laura", "=louisiana", "hurricane", "landfall", "#150", "@--08-27", "tree"}
	base := [][]string{
		{"=laura", "=louisiana", "hurricane", "landfall", "#140", "@--08-27", "wind"}, // the storm, another outlet
		{"=benghazi", "=libya", "attack", "consulate", "#4", "@--09-11"},              // another story
		{"hurricane", "=florida", "season", "forecast", "#12"},                        // one word shared
		{"=laura", "=louisiana", "hurricane", "tree", "killed", "#6"},                 // the storm, later
		{}, // no terms
		{"=christchurch", "=tarrant", "gunman", "sentenced", "#51", "@--08-27"}, // another story, same day
	}
	for i := range 30 { // the rest of an archive, so the weights are an archive's
		base = append(base, []string{fmt.Sprintf("=town%d", i), "shooting", "police", fmt.Sprintf("#%d", 20+i)})
	}
	got, err := Mates(context.Background(), [][]string{storm, nil}, base, DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	if want := []int{0, 3}; !slices.Equal(got[0], want) {
		t.Errorf("the storm's mates: %v, want %v", got[0], want)
	}
	if len(got[1]) != 0 {
		t.Errorf("an article without terms has mates %v", got[1])
	}
	// each new article's mates are its own, whoever is checked with it:
	// the weights are the baseline's and its own, never another new
	// one's. A museum theft's report that also names the consulate attack
	// in passing is no mate of the attack's report alone; twenty more
	// reports of the theft checked with it would make its theft words
	// common, and the attack's words weigh more.
	theft := []string{"=paris", "=louvre", "museum", "painting", "thief", "gallery", "heist", "guard", "alarm", "canvas"}
	for k := range 72 {
		theft = append(theft, fmt.Sprintf("detail%02d", k))
	}
	near := append([]string{"=benghazi", "attack"}, theft...)
	alone, err := Mates(context.Background(), [][]string{near}, base, DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	many := [][]string{storm, near}
	for range 20 {
		many = append(many, theft)
	}
	with, err := Mates(context.Background(), many, base, DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	if len(alone[0]) != 0 || len(with[1]) != 0 || !slices.Equal(with[0], got[0]) {
		t.Errorf("mates with other new articles %v and %v, alone %v and %v", with[1], with[0], alone[0], got[0])
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Mates(ctx, [][]string{storm}, base, DefaultOptions()); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: %v", err)
	}
}

// TestFill fills a result's story terms from its tokens once: a result
// without tokens (read from the cache for comparison) is left alone.
func TestFill(t *testing.T) {
	r := rulestest.Default(t)
	doc := &ingest.Document{ID: "d", Text: "Hurricane Laura kills six in Louisiana\n\nHurricane Laura made landfall in Cameron, Louisiana, with winds of 150 mph."}
	res := claims.Extract(doc, r)
	Fill(res, r)
	want := Extract(doc, r).Terms()
	if !slices.Equal(res.StoryTerms, want) || !slices.Contains(want, "=laura") {
		t.Errorf("filled %q, want %q", res.StoryTerms, want)
	}
	lean := *res
	lean.StoryTerms = nil
	txt := *res.Text
	txt.Tokens = nil
	lean.Text = &txt
	if Fill(&lean, r); lean.StoryTerms != nil {
		t.Errorf("filled %q from a result without tokens", lean.StoryTerms)
	}
}

// TestEvalMates takes each article of the development corpus (events,
// BASIL and GVA mixed, no dates) as a new article and the rest as an
// archive: its mates should be its own folder's articles. The event
// articles must find their events' and almost nothing else; over all, the
// precision and recall of the pairs are logged and held above a floor.
// Run with -v. It skips under -race (.ci/run runs it after).
func TestEvalMates(t *testing.T) {
	if raceEnabled {
		t.Skip("skipped under -race: run it without (.ci/run does)")
	}
	docs, truth := corpusDocs(t, false, "events/*", "basil/*", "gva/*")
	r := rulestest.Default(t)
	items := make([][]string, len(docs))
	for i, d := range docs {
		items[i] = Extract(d, r).Terms()
	}
	// pair counts by the new article's collection (events, basil, gva),
	// and over all
	type counts struct{ tp, fp, fn int }
	by := map[string]*counts{"all": {}}
	wrong := 0
	for n := range docs {
		base := slices.Concat(items[:n], items[n+1:])
		got, err := Mates(context.Background(), [][]string{items[n]}, base, DefaultOptions())
		if err != nil {
			t.Fatal(err)
		}
		group := filepath.Base(filepath.Dir(truth[docs[n].ID]))
		if by[group] == nil {
			by[group] = &counts{}
		}
		add := func(f func(c *counts)) { f(by["all"]); f(by[group]) }
		mate := map[int]bool{}
		bad := 0
		for _, j := range got[0] {
			if j >= n {
				j++
			}
			mate[j] = true
			if truth[docs[j].ID] == truth[docs[n].ID] {
				add(func(c *counts) { c.tp++ })
				continue
			}
			add(func(c *counts) { c.fp++ })
			if bad++; group == "events" {
				t.Logf("%s: mate %s is another story's", docs[n].ID, docs[j].ID)
			}
		}
		if bad > 0 {
			wrong++
		}
		for j := range docs {
			if j != n && truth[docs[j].ID] == truth[docs[n].ID] && !mate[j] {
				add(func(c *counts) { c.fn++ })
			}
		}
	}
	pr := func(g string) (p, r float64) {
		c := by[g]
		return float64(c.tp) / float64(c.tp+c.fp), float64(c.tp) / float64(c.tp+c.fn)
	}
	p, rc := pr("all")
	evP, evR := pr("events")
	basP, basR := pr("basil")
	gvaP, gvaR := pr("gva")
	t.Logf("%d articles, each against the rest: pairs precision %.3f recall %.3f (%d wrong mates; %d articles with one); events %.3f / %.3f, BASIL %.3f / %.3f, GVA %.3f / %.3f",
		len(docs), p, rc, by["all"].fp, wrong, evP, evR, basP, basR, gvaP, gvaR)
	if p < 0.55 || rc < 0.78 {
		t.Errorf("pairs precision %.3f recall %.3f, want at least 0.55 and 0.78", p, rc)
	}
	if evP < 0.95 || evR < 0.9 {
		t.Errorf("events: precision %.3f recall %.3f, want at least 0.95 and 0.9", evP, evR)
	}
}
