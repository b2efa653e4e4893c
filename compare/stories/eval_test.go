package stories

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"testing"
	"time"

	"github.com/claimdiff/claimdiff/claims/ingest"
	"github.com/claimdiff/claimdiff/claims/rules"
)

const corpusDir = "../../../shared/corpus"

// corpusDocs reads BASIL and GVA mixed together; each article's true story
// is the folder it came from. GVA articles get their publication date from
// the gold record.
func corpusDocs(t testing.TB) ([]*ingest.Document, map[string]string) {
	var dirs []string
	for _, pat := range []string{"basil/*", "gva/*"} {
		m, _ := filepath.Glob(filepath.Join(corpusDir, pat))
		dirs = append(dirs, m...)
	}
	if len(dirs) == 0 {
		t.Skip("corpus not present at ../shared/corpus")
	}
	sort.Strings(dirs)
	truth := map[string]string{}
	var docs []*ingest.Document
	for _, d := range dirs {
		dates := map[string]time.Time{}
		if b, err := os.ReadFile(filepath.Join(d, "gold.json")); err == nil {
			var g struct {
				Articles []struct{ File, DCT string } `json:"articles"`
			}
			json.Unmarshal(b, &g)
			for _, a := range g.Articles {
				if tm, ok := ingest.ParsePublished(a.DCT); ok {
					dates[a.File] = tm
				}
			}
		}
		files, _ := filepath.Glob(filepath.Join(d, "*.txt"))
		for _, f := range files {
			res, err := ingest.Read(context.Background(), []string{f}, ingest.Options{Published: dates[filepath.Base(f)]})
			if err != nil {
				continue
			}
			for _, doc := range res.Documents {
				truth[doc.ID] = d
				docs = append(docs, doc)
			}
		}
	}
	return docs, truth
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

// TestEvalStories groups all BASIL stories and GVA incidents mixed together
// and reports B-cubed precision and recall against the folders. Run with -v.
func TestEvalStories(t *testing.T) {
	docs, truth := corpusDocs(t)
	rl, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	stories, err := Group(context.Background(), docs, rl, DefaultOptions)
	if err != nil {
		t.Fatal(err)
	}
	p, r := bcubed(stories, truth)
	t.Logf("%d articles, %d true stories -> %d stories in %v: B-cubed precision %.3f recall %.3f F1 %.3f",
		len(docs), len(distinct(truth)), len(stories), time.Since(start).Round(time.Millisecond), p, r, 2*p*r/(p+r))
	if p < 0.9 || r < 0.6 {
		t.Errorf("story grouping fell below the floor")
	}
}

func distinct(m map[string]string) map[string]bool {
	out := map[string]bool{}
	for _, v := range m {
		out[v] = true
	}
	return out
}
