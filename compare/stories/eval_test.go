package stories

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/claimdiff/claimdiff/claims/ingest"
	"github.com/claimdiff/claimdiff/internal/rulestest"
)

const corpusDir = "../../../shared/corpus"

// corpusDocs reads the story folders matching the patterns (under
// ../shared/corpus) mixed together; each article's true story is the
// folder it came from. With dated, GVA articles get their publication date
// from the gold record and event articles from SOURCES.tsv; without it no
// article has a date.
func corpusDocs(t testing.TB, dated bool, patterns ...string) ([]*ingest.Document, map[string]string) {
	var dirs []string
	for _, pat := range patterns {
		m, _ := filepath.Glob(filepath.Join(corpusDir, pat))
		for _, d := range m {
			if fi, err := os.Stat(d); err == nil && fi.IsDir() {
				dirs = append(dirs, d)
			}
		}
	}
	if len(dirs) == 0 {
		t.Skip("corpus not present at ../shared/corpus")
	}
	sort.Strings(dirs)
	truth := map[string]string{}
	var docs []*ingest.Document
	for _, d := range dirs {
		dates := map[string]time.Time{}
		if dated {
			dates = folderDates(t, d)
		}
		files, _ := filepath.Glob(filepath.Join(d, "*.txt"))
		for _, f := range files {
			res, err := ingest.Read(context.Background(), []string{f}, ingest.Options{Published: dates[filepath.Base(f)]})
			if err != nil {
				t.Fatalf("%s: %v", f, err)
			}
			for _, doc := range res.Documents {
				truth[doc.ID] = d
				docs = append(docs, doc)
			}
		}
	}
	return docs, truth
}

// folderDates reads the publication dates a corpus folder records: GVA's
// gold.json articles, or an event's SOURCES.tsv.
func folderDates(t testing.TB, dir string) map[string]time.Time {
	dates := map[string]time.Time{}
	if b, err := os.ReadFile(filepath.Join(dir, "gold.json")); err == nil {
		var g struct {
			Articles []struct{ File, DCT string } `json:"articles"`
		}
		if err := json.Unmarshal(b, &g); err != nil {
			t.Fatalf("%s: %v", dir, err)
		}
		for _, a := range g.Articles {
			if tm, ok := ingest.ParsePublished(a.DCT); ok {
				dates[a.File] = tm
			}
		}
	}
	if f, err := os.Open(filepath.Join(dir, "SOURCES.tsv")); err == nil {
		defer f.Close()
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			cols := strings.Split(sc.Text(), "\t")
			if len(cols) >= 3 {
				if tm, ok := ingest.ParsePublished(cols[2]); ok {
					dates[cols[0]] = tm
				}
			}
		}
	}
	return dates
}

// bcubed scores a clustering against the truth: for each item, precision is
// the share of its cluster that is truly its story, recall the share of its
// story in its cluster; both averaged over items.
func bcubed(stories []Story, truth map[string]string) (p, r float64) {
	size := map[string]int{}
	for _, s := range truth {
		size[s]++
	}
	n := 0
	for _, st := range stories {
		in := map[string]int{}
		for _, m := range st.Members {
			in[truth[m.Doc]]++
		}
		for _, m := range st.Members {
			same := in[truth[m.Doc]]
			p += float64(same) / float64(len(st.Members))
			r += float64(same) / float64(size[truth[m.Doc]])
			n++
		}
	}
	return p / float64(n), r / float64(n)
}

// evalGroup groups docs with the default rules and options and logs the
// B-cubed scores, the largest story and its label.
func evalGroup(t *testing.T, docs []*ingest.Document, truth map[string]string) (stories []Story, p, r, f1 float64) {
	t.Helper()
	rl := rulestest.Default(t)
	start := time.Now()
	stories, err := Group(context.Background(), docs, rl, DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	took := time.Since(start)
	p, r = bcubed(stories, truth)
	f1 = 2 * p * r / (p + r)
	defer logSplits(t, docs, truth, stories, rl, *splits)
	defer logMixed(t, docs, truth, stories, rl, *splits)
	t.Logf("%d articles, %d true stories -> %d stories in %v: B-cubed precision %.3f recall %.3f F1 %.3f; largest story %d articles (largest true %d)",
		len(docs), len(distinct(truth)), len(stories), took.Round(time.Millisecond), p, r, f1, largest(stories), largestTrue(truth))
	return stories, p, r, f1
}

// TestEvalStories groups all BASIL stories and GVA incidents mixed together
// (GVA with its publication dates) and scores B-cubed precision and recall.
// The window is a hard limit, and a third of the pairs of articles on one
// GVA incident are published more than a week apart (follow-ups months
// later), so the truth is each folder split into runs no longer than the
// window; the score against the folders themselves is logged. Run with -v.
func TestEvalStories(t *testing.T) {
	docs, truth := corpusDocs(t, true, "basil/*", "gva/*")
	sts, _, _, _ := evalGroup(t, docs, truth)
	wt := windowTruth(docs, truth, DefaultOptions().Window)
	p, r := bcubed(sts, wt)
	f1 := 2 * p * r / (p + r)
	t.Logf("against the %d folders split by the %v window: B-cubed precision %.3f recall %.3f F1 %.3f", len(distinct(wt)), DefaultOptions().Window, p, r, f1)
	if f1 < 0.90 {
		t.Errorf("B-cubed F1 %.3f, want at least 0.90", f1)
	}
}

// TestEvalStoriesGVAUndated is the hard case: 150 shootings, one topic,
// different events, and no publication dates to keep them apart. Stories
// must not chain through the words every shooting report shares.
func TestEvalStoriesGVAUndated(t *testing.T) {
	docs, truth := corpusDocs(t, false, "gva/*")
	sts, _, _, f1 := evalGroup(t, docs, truth)
	if f1 < 0.85 {
		t.Errorf("B-cubed F1 %.3f, want at least 0.85", f1)
	}
	if big, most := largest(sts), largestTrue(truth); big > 2*most {
		t.Errorf("a story of %d articles: chained (the largest true story has %d)", big, most)
	}
}

// TestEvalStoriesEvents mixes the 8 development events with all of BASIL
// and GVA, without dates: each event must come out as one story (pairwise
// recall at least 0.95) holding nothing else.
func TestEvalStoriesEvents(t *testing.T) {
	docs, truth := corpusDocs(t, false, "events/*", "basil/*", "gva/*")
	sts, _, _, _ := evalGroup(t, docs, truth)
	storyOf := map[string]int{}
	for k, s := range sts {
		for _, m := range s.Members {
			storyOf[m.Doc] = k
		}
	}
	byEvent := map[string][]string{}
	for doc, dir := range truth {
		if filepath.Base(filepath.Dir(dir)) == "events" {
			byEvent[dir] = append(byEvent[dir], doc)
		}
	}
	if len(byEvent) == 0 {
		t.Skip("no events in the corpus")
	}
	for dir, ds := range byEvent {
		sort.Strings(ds)
		pairs, same := 0, 0
		for i := range ds {
			for j := i + 1; j < len(ds); j++ {
				pairs++
				if storyOf[ds[i]] == storyOf[ds[j]] {
					same++
				}
			}
		}
		recall := 1.0
		if pairs > 0 {
			recall = float64(same) / float64(pairs)
		}
		held := map[int]bool{}
		for _, d := range ds {
			held[storyOf[d]] = true
		}
		var intruders []string
		for k := range held {
			for _, m := range sts[k].Members {
				if truth[m.Doc] != dir {
					intruders = append(intruders, m.Doc)
				}
			}
		}
		sort.Strings(intruders)
		t.Logf("%s: %d articles, pairwise recall %.2f, %d others in its stories", filepath.Base(dir), len(ds), recall, len(intruders))
		if recall < 0.95 {
			for _, d := range ds {
				t.Logf("  %s -> story %d %q", d, storyOf[d], sts[storyOf[d]].Label)
			}
			t.Errorf("%s split: pairwise recall %.2f, want at least 0.95", filepath.Base(dir), recall)
		}
		if len(intruders) > 0 {
			t.Errorf("%s: its story also holds %s", filepath.Base(dir), strings.Join(intruders, ", "))
		}
	}
}

// windowTruth splits each true story into runs no longer than the window:
// its articles in date order, a new run starting at the first article
// published more than the window after the run's first. Articles without a
// date stay with their story's first run.
func windowTruth(docs []*ingest.Document, truth map[string]string, window time.Duration) map[string]string {
	by := map[string][]*ingest.Document{}
	for _, d := range docs {
		by[truth[d.ID]] = append(by[truth[d.ID]], d)
	}
	out := map[string]string{}
	for story, ds := range by {
		sort.SliceStable(ds, func(i, j int) bool { return ds[i].Published.Before(ds[j].Published) })
		run, start := 0, time.Time{}
		for _, d := range ds {
			if !d.Published.IsZero() {
				if start.IsZero() {
					start = d.Published
				} else if d.Published.Sub(start) > window {
					run++
					start = d.Published
				}
			}
			out[d.ID] = fmt.Sprintf("%s#%d", story, run)
		}
	}
	return out
}

func largest(sts []Story) int {
	n := 0
	for _, s := range sts {
		n = max(n, len(s.Members))
	}
	return n
}

func largestTrue(truth map[string]string) int {
	size := map[string]int{}
	n := 0
	for _, s := range truth {
		size[s]++
		n = max(n, size[s])
	}
	return n
}

func distinct(m map[string]string) map[string]bool {
	out := map[string]bool{}
	for _, v := range m {
		out[v] = true
	}
	return out
}
