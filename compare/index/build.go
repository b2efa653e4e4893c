package index

import (
	"context"
	"slices"
	"sort"
	"time"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/ingest"
	"github.com/claimdiff/claimdiff/claims/rules"
	"github.com/claimdiff/claimdiff/compare/stories"
)

// batchSize is how many documents one write transaction holds.
const batchSize = 256

// Stats says what an Index run did.
type Stats struct {
	New, Changed, Unchanged, Removed int
	Stories                          int
	Took                             time.Duration
}

// Options tune Index.
type Options struct {
	// Prune removes stored documents the input no longer has.
	Prune bool
	// Stories groups documents into stories; zero uses the default.
	Stories stories.Options
	// Program identifies the program that extracts (the cache's program
	// identity, a version). It is stored with each document beside the
	// rules' fingerprint, so a document another program extracted (an
	// upgrade that reads claims or story features otherwise) is extracted
	// again rather than kept as it was; "" for the fingerprint alone.
	Program string
}

// extractedBy is what a stored document records of what extracted it: the
// rules' fingerprint, and the program when one is named.
func extractedBy(r *rules.Rules, opt Options) string {
	if opt.Program == "" {
		return r.Fingerprint
	}
	return r.Fingerprint + "@" + opt.Program
}

// Index brings the store up to date with the documents feed yields:
// unchanged ones (same hash, same rules and program) are skipped, the others extracted
// on all cores and written in transactions of batchSize; with Prune, stored
// documents not in the feed are removed. When anything changed, stories
// are regrouped over the whole archive.
func Index(ctx context.Context, st Store, r *rules.Rules, feed func(yield func(*ingest.Document) error) error, opt Options) (Stats, error) {
	start := time.Now()
	var stats Stats
	by := extractedBy(r, opt)
	states, err := st.States(ctx)
	if err != nil {
		return stats, err
	}
	// seen and stats are written by the feed's goroutine and read only
	// after extractInto has returned
	seen := map[string]bool{}
	changed := func(yield func(*ingest.Document) error) error {
		return feed(func(d *ingest.Document) error {
			seen[d.ID] = true
			if stats.count(states, d, by) {
				return yield(d)
			}
			return nil
		})
	}
	if err := extractInto(ctx, st, r, by, changed); err != nil {
		return stats, err
	}
	if opt.Prune {
		n, err := prune(ctx, st, states, seen)
		if err != nil {
			return stats, err
		}
		stats.Removed = n
	}
	if stats.New+stats.Changed+stats.Removed > 0 {
		n, err := Regroup(ctx, st, opt.Stories)
		if err != nil {
			return stats, err
		}
		stats.Stories = n
	}
	stats.Took = time.Since(start)
	return stats, nil
}

// count counts a document as new, changed or unchanged against the stored
// states, and reports whether it must be extracted: it is not stored with
// the same hash under the same rules.
func (stats *Stats) count(states map[string]State, d *ingest.Document, rules string) bool {
	old, ok := states[d.ID]
	switch {
	case ok && old.Hash == Hash(d) && old.Rules == rules:
		stats.Unchanged++
		return false
	case ok:
		stats.Changed++
	default:
		stats.New++
	}
	return true
}

// extractInto extracts the documents feed yields and stores them. A writer
// goroutine stores batches of batchSize while extraction goes on: the
// database writes one transaction at a time, the cores extract. A write
// failure cancels the extraction and is the error returned.
func extractInto(ctx context.Context, st Store, r *rules.Rules, by string, feed func(yield func(*ingest.Document) error) error) error {
	ectx, cancel := context.WithCancel(ctx)
	defer cancel()
	batches := make(chan []Entry, 2)
	writeErr := make(chan error, 1)
	go func() {
		var err error
		for b := range batches {
			if err == nil {
				if err = st.Put(ctx, b); err != nil {
					cancel()
				}
			}
		}
		writeErr <- err
	}()
	var batch []Entry
	err := claims.ExtractStream(ectx, r, feed, func(res *claims.Result) error {
		batch = append(batch, Entry{Doc: res.Doc, Hash: Hash(res.Doc), Rules: by,
			Terms: stories.FromTextAt(res.Text, r, res.Doc.Published).Terms(), Claims: res.Claims})
		if len(batch) >= batchSize {
			select {
			case batches <- batch:
			case <-ectx.Done():
				return ectx.Err()
			}
			batch = nil
		}
		return nil
	})
	if err == nil && len(batch) > 0 {
		batches <- batch
	}
	close(batches)
	if werr := <-writeErr; werr != nil {
		err = werr // the cause, not the cancellation it led to
	}
	return err
}

// prune deletes the stored documents the feed did not give, and returns
// how many there were.
func prune(ctx context.Context, st Store, states map[string]State, seen map[string]bool) (int, error) {
	var gone []string
	for id := range states {
		if !seen[id] {
			gone = append(gone, id)
		}
	}
	sort.Strings(gone)
	if len(gone) > 0 {
		if err := st.Delete(ctx, gone); err != nil {
			return 0, err
		}
	}
	return len(gone), nil
}

// Regroup groups every stored document into stories and records them; it
// returns the number of stories.
func Regroup(ctx context.Context, st Store, opt stories.Options) (int, error) {
	if opt.Threshold == 0 {
		opt = stories.DefaultOptions()
	}
	items, err := st.Items(ctx)
	if err != nil {
		return 0, err
	}
	in := make([]stories.Item, len(items))
	for i, it := range items {
		in[i] = stories.Item{Terms: it.Terms, Published: it.Published}
	}
	groups, err := stories.GroupItems(ctx, in, opt)
	if err != nil {
		return 0, err
	}
	assign := make(map[string]string, len(items))
	for _, g := range groups {
		ids := make([]string, len(g))
		for k, i := range g {
			ids[k] = items[i].ID
		}
		id := stories.StoryID(ids)
		for _, docID := range ids {
			assign[docID] = id
		}
	}
	return len(groups), st.SetStories(ctx, assign)
}

// Retrieval bounds: how many documents the search returns, how much of
// the smaller term set two articles must share to be taken as related, and
// how many archived documents a check compares with at most.
const (
	searchLimit  = 50
	minOverlap   = 0.2
	maxRetrieved = 200
)

// Related returns the archived documents a new article could disagree
// with: of the documents whose terms best match its own, those that share
// enough of them or are its story-mates among them (stories.Mates), and
// the other members of their stories. It takes the article's
// extraction result, whose story terms it fills when the cache has not
// (stories.Fill), so its text is not segmented again.
func Related(ctx context.Context, st Store, res *claims.Result, r *rules.Rules) ([]*ingest.Document, error) {
	doc := res.Doc
	stories.Fill(res, r)
	terms := res.StoryTerms
	hits, err := st.Search(ctx, terms, searchLimit)
	if err != nil {
		return nil, err
	}
	entries, err := st.Load(ctx, hits)
	if err != nil {
		return nil, err
	}
	mine := map[string]bool{}
	for _, t := range terms {
		mine[t] = true
	}
	// the hits that are the article's story-mates among them (weighed
	// over the hits), as a check chooses its baseline by
	hitTerms := make([][]string, len(entries))
	for i, e := range entries {
		if e.Doc.ID != doc.ID { // the article itself, archived: not counted twice
			hitTerms[i] = e.Terms
		}
	}
	mates, err := stories.Mates(ctx, [][]string{terms}, hitTerms, stories.DefaultOptions())
	if err != nil {
		return nil, err
	}
	mate := map[int]bool{}
	for _, j := range mates[0] {
		mate[j] = true
	}
	var storyIDs []string
	keep := map[string]bool{}
	for i, e := range entries {
		if e.Doc.ID == doc.ID {
			continue
		}
		shared := 0
		for _, t := range e.Terms {
			if mine[t] {
				shared++
			}
		}
		if m := min(len(terms), len(e.Terms)); mate[i] || m > 0 && float64(shared)/float64(m) >= minOverlap {
			keep[e.Doc.ID] = true
			if e.Story != "" {
				storyIDs = append(storyIDs, e.Story)
			}
		}
	}
	members, err := st.StoryMembers(ctx, slices.Compact(slices.Sorted(slices.Values(storyIDs))), maxRetrieved)
	if err != nil {
		return nil, err
	}
	for _, id := range members {
		if len(keep) >= maxRetrieved {
			break
		}
		keep[id] = true
	}
	delete(keep, doc.ID)
	ids := make([]string, 0, len(keep))
	for id := range keep {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	full, err := st.Load(ctx, ids)
	if err != nil {
		return nil, err
	}
	out := make([]*ingest.Document, len(full))
	for i, e := range full {
		out[i] = e.Doc
	}
	return out, nil
}
