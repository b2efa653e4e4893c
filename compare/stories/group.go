package stories

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"sort"
	"strings"
	"time"

	"github.com/claimdiff/claimdiff/claims/ingest"
	"github.com/claimdiff/claimdiff/claims/rules"
)

// Story is a group of articles about one event.
type Story struct {
	ID string `json:"id"`
	// Label is the headline of the story's most representative article
	// (the one closest to the story as a whole).
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
	// cloned: the metadata may be slices of the article's text, which must
	// not stay in memory
	g.members = append(g.members, Member{Doc: strings.Clone(d.ID), Source: strings.Clone(d.Source), Title: strings.Clone(d.Title),
		Published: d.PublishedString(), Index: len(g.members)})
}

// Group groups the articles added so far.
func (g *Grouper) Group(ctx context.Context, opt Options) ([]Story, error) {
	w := g.terms.weights()
	clusters, err := g.terms.group(ctx, w, g.pub, opt)
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
		rep := g.members[g.terms.representative(members, w)]
		st.Label = rep.Title
		if st.Label == "" {
			st.Label = rep.Doc
		}
		out = append(out, st)
	}
	return out, nil
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
	return ts.group(ctx, ts.weights(), pub, opt)
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
