package stories

import (
	"container/heap"
	"context"
	"sort"
	"time"
)

// Candidate pairs come from an inverted index: each article is looked up
// by its rarestFeatures rarest terms, and a term shared by more than
// maxPosting articles is too common to pair by. So an article meets a
// bounded number of others and grouping is near-linear in the number of
// articles. Pairs less similar than edgeFloor times the threshold are not
// kept: they count as unrelated (similarity 0).
const (
	rarestFeatures = 30
	maxPosting     = 200
	edgeFloor      = 0.5
)

// minShared is the least number of terms two articles of one story share:
// one word or name in common (a town, a topic) is not an event in common.
const minShared = 2

// group clusters the articles by average link: it starts from every
// article alone (identical term sets, as wire copy run by many outlets
// gives, together) and repeatedly merges the two stories whose articles
// are most similar on average over all their pairs, while that average
// reaches the threshold and the merged story fits the time window.
//
// Single link (merge when any two articles are close) chains: a story
// grows through one shared topic word at a time until it holds every
// shooting. Average link cannot: a merge must be justified by the stories
// as wholes, so one close pair between a large story and an article does
// not pull the article in, and a story's members stay close to each other.
func (ts *termSets) group(ctx context.Context, w []float32, pub []time.Time, opt Options) ([][]int, error) {
	n := len(ts.sets)
	norms := make([]float64, n)
	for i := range ts.sets {
		norms[i] = ts.norm(i, w)
	}
	cl := newClusters(n, pub)
	// identical feature sets are one story at once, whatever the posting
	// sizes
	same := map[string]int32{}
	for i, s := range ts.sets {
		if len(s) == 0 {
			continue
		}
		k := setKey(s)
		if j, ok := same[k]; ok {
			if r := cl.root(j); cl.fits(r, int32(i), opt.Window) {
				cl.absorb(r, int32(i))
				continue
			}
		}
		same[k] = int32(i)
	}
	same = nil
	// postings of the indexable terms, each in publication order (undated
	// articles first), so an article meets only those in its window
	byTime := make([]int32, n)
	for i := range byTime {
		byTime[i] = int32(i)
	}
	sort.SliceStable(byTime, func(a, b int) bool { return pub[byTime[a]].Before(pub[byTime[b]]) })
	postings := make([][]int32, len(ts.df))
	for _, i := range byTime {
		for _, t := range ts.sets[i] {
			if c := ts.df[t]; c >= 2 && c <= maxPosting {
				postings[t] = append(postings[t], i)
			}
		}
	}
	byTime = nil
	floor := edgeFloor * opt.Threshold
	// seen[j] == i+1: article j was met already while pairing article i
	seen := make([]int32, n)
	for i := range ts.sets {
		if i%256 == 0 && ctx.Err() != nil {
			return nil, ctx.Err()
		}
		if norms[i] == 0 {
			continue
		}
		for _, t := range rarest(ts.sets[i], ts.df) {
			for _, j := range inWindow(postings[t], pub, pub[i], opt.Window) {
				if int(j) <= i || seen[j] == int32(i+1) {
					continue
				}
				seen[j] = int32(i + 1)
				if norms[j] == 0 {
					continue
				}
				d, shared := ts.dot(i, int(j), w)
				if sim := d / (norms[i] * norms[j]); sim >= floor && shared >= minShared {
					cl.link(int32(i), j, sim)
				}
			}
		}
	}
	postings = nil
	if err := cl.merge(ctx, opt); err != nil {
		return nil, err
	}
	return cl.stories(), nil
}

// clusters is the state of average-link clustering: each live cluster's
// members, time span and summed similarity to each neighbouring cluster.
type clusters struct {
	of      []int32 // article -> its cluster, for articles absorbed before linking
	members [][]int32
	lo, hi  []time.Time
	links   []map[int32]float32
	version []int32
	dead    []bool
}

func newClusters(n int, pub []time.Time) *clusters {
	c := &clusters{of: make([]int32, n), members: make([][]int32, n), lo: make([]time.Time, n), hi: make([]time.Time, n),
		links: make([]map[int32]float32, n), version: make([]int32, n), dead: make([]bool, n)}
	for i := range n {
		c.of[i] = int32(i)
		c.members[i] = []int32{int32(i)}
		c.lo[i], c.hi[i] = pub[i], pub[i]
	}
	return c
}

// root is the cluster an article was absorbed into before linking.
func (c *clusters) root(i int32) int32 { return c.of[i] }

// fits reports whether clusters a and b together span no more than the
// window.
func (c *clusters) fits(a, b int32, window time.Duration) bool {
	if window <= 0 {
		return true
	}
	lo, hi := span(c.lo[a], c.hi[a], c.lo[b], c.hi[b])
	return lo.IsZero() || hi.Sub(lo) <= window
}

func span(lo1, hi1, lo2, hi2 time.Time) (lo, hi time.Time) {
	lo, hi = lo1, hi1
	if lo.IsZero() || (!lo2.IsZero() && lo2.Before(lo)) {
		lo = lo2
	}
	if hi.IsZero() || (!hi2.IsZero() && hi2.After(hi)) {
		hi = hi2
	}
	return lo, hi
}

// absorb moves a lone article b (with no links yet) into cluster a.
func (c *clusters) absorb(a, b int32) {
	c.members[a] = append(c.members[a], b)
	c.members[b] = nil
	c.lo[a], c.hi[a] = span(c.lo[a], c.hi[a], c.lo[b], c.hi[b])
	c.dead[b] = true
	c.of[b] = a
}

// link records the similarity of articles i and j.
func (c *clusters) link(i, j int32, sim float64) {
	a, b := c.of[i], c.of[j]
	if a == b {
		return
	}
	if c.links[a] == nil {
		c.links[a] = map[int32]float32{}
	}
	if c.links[b] == nil {
		c.links[b] = map[int32]float32{}
	}
	c.links[a][b] += float32(sim)
	c.links[b][a] += float32(sim)
}

// average is the mean similarity over the pairs of clusters a and b.
func (c *clusters) average(a, b int32) float64 {
	return float64(c.links[a][b]) / (float64(len(c.members[a])) * float64(len(c.members[b])))
}

// pair is a candidate merge, valid while both clusters are at the versions
// it was computed for.
type pair struct {
	score  float64
	a, b   int32
	va, vb int32
}

type pairHeap []pair

func (h pairHeap) Len() int { return len(h) }
func (h pairHeap) Less(i, j int) bool {
	if h[i].score != h[j].score {
		return h[i].score > h[j].score
	}
	if h[i].a != h[j].a {
		return h[i].a < h[j].a
	}
	return h[i].b < h[j].b
}
func (h pairHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *pairHeap) Push(x any)   { *h = append(*h, x.(pair)) }
func (h *pairHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

// merge runs average-link clustering over the recorded links.
func (c *clusters) merge(ctx context.Context, opt Options) error {
	var h pairHeap
	push := func(a, b int32) {
		if a > b {
			a, b = b, a
		}
		if s := c.average(a, b); s >= opt.Threshold {
			h = append(h, pair{score: s, a: a, b: b, va: c.version[a], vb: c.version[b]})
		}
	}
	for a := range c.links {
		for b := range c.links[a] {
			if int32(a) < b {
				push(int32(a), b)
			}
		}
	}
	heap.Init(&h)
	push = func(a, b int32) {
		if a > b {
			a, b = b, a
		}
		if s := c.average(a, b); s >= opt.Threshold {
			heap.Push(&h, pair{score: s, a: a, b: b, va: c.version[a], vb: c.version[b]})
		}
	}
	for steps := 0; h.Len() > 0; steps++ {
		if steps%1024 == 0 && ctx.Err() != nil {
			return ctx.Err()
		}
		p := heap.Pop(&h).(pair)
		if c.dead[p.a] || c.dead[p.b] || c.version[p.a] != p.va || c.version[p.b] != p.vb {
			continue
		}
		if !c.fits(p.a, p.b, opt.Window) {
			continue
		}
		// keep the cluster with more links, moving the fewer
		a, b := p.a, p.b
		if len(c.links[b]) > len(c.links[a]) {
			a, b = b, a
		}
		for k, s := range c.links[b] {
			delete(c.links[k], b)
			if k == a {
				continue
			}
			c.links[a][k] += s
			c.links[k][a] += s
		}
		delete(c.links[a], b)
		c.links[b] = nil
		c.members[a] = append(c.members[a], c.members[b]...)
		c.members[b] = nil
		c.lo[a], c.hi[a] = span(c.lo[a], c.hi[a], c.lo[b], c.hi[b])
		c.dead[b] = true
		c.version[a]++
		for k := range c.links[a] {
			push(a, k)
		}
	}
	return nil
}

// stories returns the live clusters' members in input order, clusters
// ordered by their first member.
func (c *clusters) stories() [][]int {
	var out [][]int
	for a, ms := range c.members {
		if c.dead[a] {
			continue
		}
		s := make([]int, len(ms))
		for k, i := range ms {
			s[k] = int(i)
		}
		sort.Ints(s)
		out = append(out, s)
	}
	sort.Slice(out, func(i, j int) bool { return out[i][0] < out[j][0] })
	return out
}

// rarest returns up to rarestFeatures of the terms with the lowest
// document frequency (among those indexed).
func rarest(terms []int32, df []int32) []int32 {
	var out []int32
	for _, t := range terms {
		if c := df[t]; c >= 2 && c <= maxPosting {
			out = append(out, t)
		}
	}
	sort.Slice(out, func(a, b int) bool {
		if df[out[a]] != df[out[b]] {
			return df[out[a]] < df[out[b]]
		}
		return out[a] < out[b]
	})
	if len(out) > rarestFeatures {
		out = out[:rarestFeatures]
	}
	return out
}

// inWindow returns the articles of a posting (in publication order,
// undated first) that may be in one story with an article published at t:
// the undated ones and those within the window of t. Without a window or
// a date, all of them.
func inWindow(posting []int32, pub []time.Time, t time.Time, window time.Duration) []int32 {
	if window <= 0 || t.IsZero() || len(posting) == 0 {
		return posting
	}
	undated := sort.Search(len(posting), func(k int) bool { return !pub[posting[k]].IsZero() })
	lo := sort.Search(len(posting), func(k int) bool { return k >= undated && !pub[posting[k]].Before(t.Add(-window)) })
	hi := sort.Search(len(posting), func(k int) bool { return k >= undated && pub[posting[k]].After(t.Add(window)) })
	if undated == 0 {
		return posting[lo:hi]
	}
	if lo == undated {
		return posting[:hi]
	}
	// undated and in-window articles are not contiguous: copy
	out := make([]int32, 0, undated+hi-lo)
	return append(append(out, posting[:undated]...), posting[lo:hi]...)
}
