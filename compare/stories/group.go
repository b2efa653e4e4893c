package stories

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"math"
	"sort"
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
	feats := make([]Features, len(docs))
	items := make([]Item, len(docs))
	for i, d := range docs {
		if i%256 == 0 && ctx.Err() != nil {
			return nil, ctx.Err()
		}
		feats[i] = Extract(d, r)
		items[i] = Item{Terms: feats[i].Terms(), Published: d.Published}
	}
	clusters, err := GroupItems(ctx, items, opt)
	if err != nil {
		return nil, err
	}
	out := make([]Story, 0, len(clusters))
	for _, members := range clusters {
		var st Story
		for _, i := range members {
			d := docs[i]
			st.Members = append(st.Members, Member{Doc: d.ID, Source: d.Source, Title: d.Title, Published: d.PublishedString(), Index: i})
		}
		st.ID = storyID(st.Members)
		st.Label = label(members, feats)
		out = append(out, st)
	}
	return out, nil
}

// GroupItems clusters items into stories and returns each story's member
// indices, stories ordered by their first member.
func GroupItems(ctx context.Context, items []Item, opt Options) ([][]int, error) {
	sets := make([][]string, len(items))
	df := map[string]int{}
	for i, it := range items {
		sets[i] = it.Terms
		for _, t := range it.Terms {
			df[t]++
		}
	}
	// smoothed IDF: as if the collection had idfPrior more documents sharing
	// nothing, so two articles compared alone still weigh their words
	n := float64(len(items) + idfPrior)
	idf := func(t string) float64 { return math.Log(n / float64(df[t]+1)) }
	weight := make([]float64, len(items))
	for i := range items {
		for _, t := range sets[i] {
			weight[i] += idf(t)
		}
	}
	postings := map[string][]int{}
	for i := range items {
		for _, t := range sets[i] {
			if c := df[t]; c >= 2 && c <= maxPosting {
				postings[t] = append(postings[t], i)
			}
		}
	}
	parent := make([]int, len(items))
	for i := range parent {
		parent[i] = i
	}
	find := func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	union := func(i, j int) {
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
	same := map[string]int{}
	for i := range items {
		if len(sets[i]) == 0 {
			continue
		}
		k := strings.Join(sets[i], "\x00")
		if j, ok := same[k]; ok && closeInTime(items[i].Published, items[j].Published, opt.Window) {
			union(j, i)
		} else if !ok {
			same[k] = i
		}
	}
	set := make([]map[string]bool, len(items))
	for i := range items {
		set[i] = make(map[string]bool, len(sets[i]))
		for _, t := range sets[i] {
			set[i][t] = true
		}
	}
	for i := range items {
		if i%256 == 0 && ctx.Err() != nil {
			return nil, ctx.Err()
		}
		seen := map[int]bool{}
		for _, t := range rarest(sets[i], df) {
			for _, j := range postings[t] {
				if j <= i || seen[j] {
					continue
				}
				seen[j] = true
				if !closeInTime(items[i].Published, items[j].Published, opt.Window) {
					continue
				}
				inter := 0.0
				for _, u := range sets[i] {
					if set[j][u] {
						inter += idf(u)
					}
				}
				if m := math.Min(weight[i], weight[j]); m > 0 && inter/m >= opt.Threshold {
					union(i, j)
				}
			}
		}
	}
	groups := map[int][]int{}
	var roots []int
	for i := range items {
		r := find(i)
		if _, ok := groups[r]; !ok {
			roots = append(roots, r)
		}
		groups[r] = append(groups[r], i)
	}
	sort.Ints(roots)
	out := make([][]int, len(roots))
	for k, r := range roots {
		out[k] = groups[r]
	}
	return out, nil
}

// rarest returns up to rarestFeatures of the terms with the lowest
// document frequency (among those indexed).
func rarest(terms []string, df map[string]int) []string {
	var out []string
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

// label names a story by the names (else words) most of its members share.
func label(members []int, feats []Features) string {
	count := map[string]int{}
	for _, i := range members {
		for _, n := range feats[i].Names {
			count[n] += 2
		}
		for _, w := range feats[i].Words {
			count[w]++
		}
	}
	type kv struct {
		k string
		v int
	}
	var kvs []kv
	for k, v := range count {
		kvs = append(kvs, kv{k, v})
	}
	sort.Slice(kvs, func(a, b int) bool {
		if kvs[a].v != kvs[b].v {
			return kvs[a].v > kvs[b].v
		}
		return kvs[a].k < kvs[b].k
	})
	var parts []string
	for _, x := range kvs {
		if len(parts) == 4 {
			break
		}
		parts = append(parts, x.k)
	}
	return strings.Join(parts, ", ")
}
