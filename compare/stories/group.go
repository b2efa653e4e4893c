package stories

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"math"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/claimdiff/claimdiff/claims/ingest"
	"github.com/claimdiff/claimdiff/claims/rules"
)

// Options tune grouping.
type Options struct {
	// Window is how far apart in time two articles of one story may be
	// published; zero means no limit. Articles without a date ignore it.
	Window time.Duration
	// Threshold is the least similarity of two articles for them to be one
	// story: the IDF-weighted share of the smaller article's features that
	// the other has too.
	Threshold float64
}

// DefaultOptions are tuned on the development corpus (see TestEvalStories).
var DefaultOptions = Options{Window: 7 * 24 * time.Hour, Threshold: 0.22}

// Candidate pairs come from an inverted index: each article is looked up
// by its rarestFeatures rarest features, and a feature shared by more than
// maxPosting articles is too common to pair by. So an article meets a
// bounded number of others and grouping is near-linear.
const (
	rarestFeatures = 12
	maxPosting     = 200
	idfPrior       = 100
)

// Story is a group of articles about one event.
type Story struct {
	ID      string   `json:"id"`
	Label   string   `json:"label"`
	Members []Member `json:"members"`
}

// Member is an article in a story.
type Member struct {
	Doc       string `json:"doc"`
	Source    string `json:"source"`
	Title     string `json:"title"`
	Published string `json:"published"`
	// Index is the document's position in the input.
	Index int `json:"-"`
}

// Item is what grouping needs of an article: its terms and date.
type Item struct {
	Terms     []string
	Published time.Time
}

// Group groups documents into stories. Each document is in exactly one
// story; stories are ordered by their first member's input position.
func Group(ctx context.Context, docs []*ingest.Document, r *rules.Rules, opt Options) ([]Story, error) {
	var g Grouper
	for i, d := range docs {
		if i%256 == 0 && ctx.Err() != nil {
			return nil, ctx.Err()
		}
		g.Add(d, r)
	}
	return g.Group(ctx, opt)
}

// Grouper collects articles one at a time, keeping only their interned
// terms and metadata (not their text), so a large feed can be grouped as it
// streams in a few bytes a term.
type Grouper struct {
	terms   termSets
	pub     []time.Time
	members []Member
}

// Add takes an article, computing its features.
func (g *Grouper) Add(d *ingest.Document, r *rules.Rules) {
	g.AddFeatures(d, Extract(d, r))
}

// AddFeatures takes an article whose features are already computed (with
// FromText from its extraction), so its text is not segmented again.
func (g *Grouper) AddFeatures(d *ingest.Document, f Features) {
	g.terms.add(f.Terms())
	g.pub = append(g.pub, d.Published)
	g.members = append(g.members, Member{Doc: d.ID, Source: d.Source, Title: d.Title, Published: d.PublishedString(), Index: len(g.members)})
}

// Group groups the articles added so far.
func (g *Grouper) Group(ctx context.Context, opt Options) ([]Story, error) {
	clusters, err := g.terms.group(ctx, g.pub, opt)
	if err != nil {
		return nil, err
	}
	out := make([]Story, 0, len(clusters))
	for _, members := range clusters {
		var st Story
		for _, i := range members {
			st.Members = append(st.Members, g.members[i])
		}
		st.ID = storyID(st.Members)
		st.Label = g.terms.label(members)
		out = append(out, st)
	}
	return out, nil
}

// termSets holds articles' terms interned to integers, each article's a
// sorted set.
type termSets struct {
	ids   map[string]int32
	words []string
	sets  [][]int32
	df    []int32
}

func (ts *termSets) add(terms []string) {
	if ts.ids == nil {
		ts.ids = map[string]int32{}
	}
	set := make([]int32, 0, len(terms))
	for _, t := range terms {
		id, ok := ts.ids[t]
		if !ok {
			id = int32(len(ts.words))
			ts.ids[t] = id
			ts.words = append(ts.words, t)
			ts.df = append(ts.df, 0)
		}
		set = append(set, id)
	}
	sort.Slice(set, func(a, b int) bool { return set[a] < set[b] })
	set = uniq(set)
	for _, id := range set {
		ts.df[id]++
	}
	ts.sets = append(ts.sets, set)
}

// label names a story by the terms its members share most, weighted by how
// rare they are in the whole collection.
func (ts *termSets) label(members []int) string {
	count := map[int32]int{}
	for _, i := range members {
		for _, t := range ts.sets[i] {
			count[t]++
		}
	}
	n := float64(len(ts.sets) + idfPrior)
	type kv struct {
		t int32
		v float64
	}
	var kvs []kv
	for t, c := range count {
		kvs = append(kvs, kv{t, float64(c) * math.Log(n/float64(ts.df[t]+1))})
	}
	sort.Slice(kvs, func(a, b int) bool {
		if kvs[a].v != kvs[b].v {
			return kvs[a].v > kvs[b].v
		}
		return ts.words[kvs[a].t] < ts.words[kvs[b].t]
	})
	var parts []string
	for _, x := range kvs {
		if len(parts) == 4 {
			break
		}
		parts = append(parts, ts.words[x.t])
	}
	return strings.Join(parts, ", ")
}

// GroupItems clusters items into stories and returns each story's member
// indices, stories ordered by their first member.
func GroupItems(ctx context.Context, items []Item, opt Options) ([][]int, error) {
	var ts termSets
	pub := make([]time.Time, len(items))
	for i, it := range items {
		ts.add(it.Terms)
		pub[i] = it.Published
	}
	return ts.group(ctx, pub, opt)
}

// group clusters the sets: candidate pairs from an inverted index of each
// set's rarest terms, joined when their IDF-weighted overlap reaches the
// threshold and they are close in time.
func (ts *termSets) group(ctx context.Context, pub []time.Time, opt Options) ([][]int, error) {
	sets, df := ts.sets, ts.df
	// smoothed IDF: as if the collection had idfPrior more documents sharing
	// nothing, so two articles compared alone still weigh their words
	n := float64(len(sets) + idfPrior)
	idf := make([]float32, len(df))
	for t, c := range df {
		idf[t] = float32(math.Log(n / float64(c+1)))
	}
	weight := make([]float64, len(sets))
	for i := range sets {
		for _, t := range sets[i] {
			weight[i] += float64(idf[t])
		}
	}
	postings := make(map[int32][]int32)
	for i := range sets {
		for _, t := range sets[i] {
			if c := df[t]; c >= 2 && c <= maxPosting {
				postings[t] = append(postings[t], int32(i))
			}
		}
	}
	parent := make([]int32, len(sets))
	for i := range parent {
		parent[i] = int32(i)
	}
	find := func(i int32) int32 {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	union := func(i, j int32) {
		a, c := find(i), find(j)
		if a != c {
			if c < a {
				a, c = c, a
			}
			parent[c] = a
		}
	}
	// identical feature sets (wire copy run by many outlets) are one story
	// at once, whatever the posting sizes
	same := map[string]int32{}
	for i := range sets {
		if len(sets[i]) == 0 {
			continue
		}
		k := setKey(sets[i])
		if j, ok := same[k]; ok && closeInTime(pub[i], pub[j], opt.Window) {
			union(j, int32(i))
		} else if !ok {
			same[k] = int32(i)
		}
	}
	same = nil
	seen := map[int32]bool{}
	for i := range sets {
		if i%256 == 0 && ctx.Err() != nil {
			return nil, ctx.Err()
		}
		clear(seen)
		for _, t := range rarest(sets[i], df) {
			for _, j := range postings[t] {
				if int(j) <= i || seen[j] {
					continue
				}
				seen[j] = true
				if !closeInTime(pub[i], pub[j], opt.Window) {
					continue
				}
				inter := sharedWeight(sets[i], sets[j], idf)
				if m := math.Min(weight[i], weight[j]); m > 0 && inter/m >= opt.Threshold {
					union(int32(i), j)
				}
			}
		}
	}
	groups := map[int32][]int{}
	var roots []int
	for i := range sets {
		r := find(int32(i))
		if _, ok := groups[r]; !ok {
			roots = append(roots, int(r))
		}
		groups[r] = append(groups[r], i)
	}
	sort.Ints(roots)
	out := make([][]int, len(roots))
	for k, r := range roots {
		out[k] = groups[int32(r)]
	}
	return out, nil
}

// sharedWeight sums the IDF of the terms two sorted sets share.
func sharedWeight(a, b []int32, idf []float32) float64 {
	sum := 0.0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			sum += float64(idf[a[i]])
			i++
			j++
		}
	}
	return sum
}

func uniq(xs []int32) []int32 {
	out := xs[:0]
	for i, x := range xs {
		if i == 0 || x != xs[i-1] {
			out = append(out, x)
		}
	}
	return out
}

func setKey(set []int32) string {
	var b strings.Builder
	for _, t := range set {
		b.WriteString(strconv.Itoa(int(t)))
		b.WriteByte(',')
	}
	return b.String()
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

func closeInTime(a, b time.Time, window time.Duration) bool {
	if window <= 0 || a.IsZero() || b.IsZero() {
		return true
	}
	d := a.Sub(b)
	if d < 0 {
		d = -d
	}
	return d <= window
}

// storyID is a stable id from the members' document ids.
func storyID(ms []Member) string {
	ids := make([]string, len(ms))
	for i, m := range ms {
		ids[i] = m.Doc
	}
	return StoryID(ids)
}

// StoryID is a story's stable id: a hash of its documents' ids.
func StoryID(ids []string) string {
	ids = append([]string(nil), ids...)
	sort.Strings(ids)
	h := sha256.Sum256([]byte(strings.Join(ids, "\x00")))
	return "s" + hex.EncodeToString(h[:5])
}
