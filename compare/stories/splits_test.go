package stories

import (
	"flag"
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/claims/ingest"
	"github.com/claimdiff/claimdiff/claims/rules"
)

// splits is how many of the largest split true stories the Eval tests
// describe (go test ./compare/stories -run Eval -v -splits 20): the reading
// list for recall.
var splits = flag.Int("splits", 0, "describe the `n` largest true stories the Eval tests split")

// logSplits describes the true stories grouping split, largest first: for
// each piece its articles with their headlines, the terms the piece shares
// with the rest of the true story and those it has alone (heaviest first),
// and the best similarity between an article of the piece and one of
// another piece.
func logSplits(t *testing.T, docs []*ingest.Document, truth map[string]string, sts []Story, r *rules.Rules, n int) {
	if n <= 0 {
		return
	}
	ts, idx, w := evalTerms(docs, r)
	norms := make([]float64, len(ts.sets))
	for i := range ts.sets {
		norms[i] = ts.norm(i, w)
	}
	sim := func(a, b int) float64 {
		if norms[a] == 0 || norms[b] == 0 {
			return 0
		}
		d, _ := ts.dot(a, b, w)
		return d / (norms[a] * norms[b])
	}
	pieces := piecesOf(sts, truth, idx)
	var split []string
	for tr, ps := range pieces {
		if len(ps) > 1 {
			split = append(split, tr)
		}
	}
	size := func(tr string) (m int) {
		for _, p := range pieces[tr] {
			m += len(p)
		}
		return m
	}
	sort.Slice(split, func(a, b int) bool {
		if sa, sb := size(split[a]), size(split[b]); sa != sb {
			return sa > sb
		}
		return split[a] < split[b]
	})
	t.Logf("%d true stories split", len(split))
	for _, tr := range split[:min(n, len(split))] {
		t.Logf("== %s: %d articles in %d pieces", filepath.Base(tr), size(tr), len(pieces[tr]))
		keys := make([]int, 0, len(pieces[tr]))
		for k := range pieces[tr] {
			keys = append(keys, k)
		}
		sort.Ints(keys)
		for _, k := range keys {
			p := pieces[tr][k]
			best, bi, bj := 0.0, -1, -1
			inRest := map[int32]bool{}
			for _, k2 := range keys {
				if k2 == k {
					continue
				}
				for _, j := range pieces[tr][k2] {
					for _, t := range ts.sets[j] {
						inRest[t] = true
					}
					for _, i := range p {
						if s := sim(i, j); s > best {
							best, bi, bj = s, i, j
						}
					}
				}
			}
			t.Logf("  piece (story of %d, %d others): best cross-piece sim %.3f (%s ~ %s)", len(sts[k].Members), len(sts[k].Members)-len(p), best, name(docs, bi), name(docs, bj))
			for _, i := range p {
				t.Logf("    %s %s %q", docs[i].ID, docs[i].PublishedString(), docs[i].Title)
				t.Logf("      shared: %s", heaviest(ts, w, ts.sets[i], inRest, true, 10))
				t.Logf("      alone:  %s", heaviest(ts, w, ts.sets[i], inRest, false, 10))
			}
		}
	}
}

func name(docs []*ingest.Document, i int) string {
	if i < 0 {
		return "-"
	}
	return filepath.Base(docs[i].ID)
}

// heaviest lists up to n of the set's terms that are (or are not) in the
// other set, heaviest first, with their weights.
func heaviest(ts termSets, w []float32, set []int32, other map[int32]bool, in bool, n int) string {
	var xs []int32
	for _, t := range set {
		if other[t] == in {
			xs = append(xs, t)
		}
	}
	sort.Slice(xs, func(a, b int) bool { return w[xs[a]] > w[xs[b]] || (w[xs[a]] == w[xs[b]] && xs[a] < xs[b]) })
	var b strings.Builder
	for k, t := range xs {
		if k == n {
			fmt.Fprintf(&b, "… (+%d)", len(xs)-n)
			break
		}
		fmt.Fprintf(&b, "%s:%.1f ", ts.words[t], w[t])
	}
	return b.String()
}

// logMixed describes the stories that hold articles of more than one true
// story, largest first: each article's true story and headline, and the
// terms the true groups share, heaviest first.
func logMixed(t *testing.T, docs []*ingest.Document, truth map[string]string, sts []Story, r *rules.Rules, n int) {
	if n <= 0 {
		return
	}
	ts, idx, w := evalTerms(docs, r)
	var mixed []int
	for k, s := range sts {
		seen := map[string]bool{}
		for _, m := range s.Members {
			seen[truth[m.Doc]] = true
		}
		if len(seen) > 1 {
			mixed = append(mixed, k)
		}
	}
	sort.SliceStable(mixed, func(a, b int) bool { return len(sts[mixed[a]].Members) > len(sts[mixed[b]].Members) })
	t.Logf("%d stories mix true stories", len(mixed))
	for _, k := range mixed[:min(n, len(mixed))] {
		t.Logf("== story %q: %d articles", sts[k].Label, len(sts[k].Members))
		for _, m := range sts[k].Members {
			i := idx[m.Doc]
			others := map[int32]bool{}
			for _, o := range sts[k].Members {
				if truth[o.Doc] != truth[m.Doc] {
					for _, t := range ts.sets[idx[o.Doc]] {
						others[t] = true
					}
				}
			}
			t.Logf("    [%s] %s %q", filepath.Base(truth[m.Doc]), filepath.Base(m.Doc), m.Title)
			t.Logf("      shared with other truths: %s", heaviest(ts, w, ts.sets[i], others, true, 12))
		}
	}
}

// evalTerms computes the articles' term sets and weights, and each
// article's index by its id.
func evalTerms(docs []*ingest.Document, r *rules.Rules) (termSets, map[string]int, []float32) {
	var ts termSets
	idx := map[string]int{}
	for i, d := range docs {
		ts.add(Extract(d, r).Terms())
		idx[d.ID] = i
	}
	return ts, idx, ts.weights()
}

// piecesOf returns the pieces of each true story: for each story holding
// some of its articles, the story's index and those articles' indices.
func piecesOf(sts []Story, truth map[string]string, idx map[string]int) map[string]map[int][]int {
	pieces := map[string]map[int][]int{}
	for k, s := range sts {
		for _, m := range s.Members {
			tr := truth[m.Doc]
			if pieces[tr] == nil {
				pieces[tr] = map[int][]int{}
			}
			pieces[tr][k] = append(pieces[tr][k], idx[m.Doc])
		}
	}
	return pieces
}
