package cache

import (
	"context"
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/ingest"
	"github.com/claimdiff/claimdiff/claims/rules"
	"github.com/claimdiff/claimdiff/claims/segment"
)

// ExtractAll is claims.ExtractAll through the cache: each document's
// result is read from the cache when it holds a good one, else extracted
// and stored. It runs on all cores, returns the results in input order and
// stops early when ctx is cancelled. Every result has its Words; with
// forComparison, none has tokens or mentions (see
// claims.DecodeOptions.ForComparison): enough to compare tens of thousands
// of documents in little memory. keep, when not nil, trims each result on
// the worker that made it, and its value is returned instead: what it
// drops is never held for all documents at once, and of a cached result
// never built (its DecodeFilter).
//
// For comparison, a list of at least MinPack documents is read from its
// pack when there is a good one, and otherwise a pack of it is written on
// the way (see pack): a second run over the same documents reads one file.
func (c *Cache) ExtractAll(ctx context.Context, docs []*ingest.Document, r *rules.Rules, forComparison bool, keep claims.Trimmer, progress func(done int)) ([]*claims.Result, error) {
	x := c.newExtraction(docs, r, forComparison, keep)
	if forComparison && len(docs) >= MinPack {
		x.openPack()
	}
	return x.run(ctx, docs, progress)
}

// ExtractChosen is ExtractAll for comparison of the documents choose
// picks: choose is given every document's story terms
// (claims.Result.StoryTerms, as the cache's fill left them; nil for a
// document without) and returns which documents to keep, and the results
// of the others are nil. Only the chosen are decoded and trimmed by keep,
// so what keep gathers of the results it trims (compare.Focus) is of
// theirs alone, whichever way the terms came.
//
// When the list's pack holds every document, the terms come from its
// footer: a check against an archive of thousands reads one footer and
// decodes its story's few records. Otherwise a first pass finds every
// document's terms, from the pack records are taken from, its entry (its
// terms read apart, the rest not decoded) or its extraction (then
// stored), writing the list's pack on the way, and the chosen are then
// read from that pack.
func (c *Cache) ExtractChosen(ctx context.Context, docs []*ingest.Document, r *rules.Rules, keep claims.Trimmer, choose func(terms [][]string) ([]bool, error), progress func(done int)) ([]*claims.Result, error) {
	x := c.newExtraction(docs, r, true, keep)
	if len(docs) >= MinPack {
		x.openPack()
	}
	var terms [][]string
	if x.pack != nil && x.pack.hasTerms() {
		terms = x.pack.storyTerms()
	} else {
		var err error
		if terms, err = x.termsPass(ctx, progress); err != nil {
			return nil, err
		}
		progress = nil // counted by the pass
	}
	chosen, err := choose(terms)
	if err != nil {
		x.close(false)
		return nil, err
	}
	out, err := claims.ExtractChosenWith(ctx, docs, chosen, x.one, progress)
	x.close(err == nil)
	return out, err
}

// termsPass is ExtractChosen's first pass when the list's pack cannot
// give every document's terms: it finds them (termsOf) and writes the
// list's pack, then opens that pack for the chosen to be read from. A
// pack with a record without terms is written again.
func (x *extraction) termsPass(ctx context.Context, progress func(done int)) ([][]string, error) {
	if x.pack != nil {
		x.pack.close()
		x.pack = nil
		x.startPack(x.c.packKey(x.keys))
	}
	x.terms = make([][]string, len(x.docs))
	if _, err := claims.ExtractAllWith(ctx, x.docs, x.termsOf, progress); err != nil {
		x.close(false)
		return nil, err
	}
	x.close(true)
	if x.keys != nil {
		x.pack, _ = x.c.openPack(x.c.packKey(x.keys), x.keys)
	}
	return x.terms, nil
}

// key is document d's cache key, d the i-th of the list: computed once
// for the list where it was (keys), else now.
func (x *extraction) key(i int, d *ingest.Document) Key {
	if x.keys != nil {
		return x.keys[i]
	}
	return x.c.Key(d)
}

// termsOf notes document d's story terms, for ExtractChosen's first pass,
// and returns nil: from the pack records are taken from (its record
// copied into the list's pack), else its entry (its form copied), else
// its extraction (stored). No result is decoded. A record or an entry
// without terms (stored by a cache whose fill sets none) is extracted
// and stored again.
func (x *extraction) termsOf(d *ingest.Document) *claims.Result {
	i := x.at[d]
	k := x.key(i, d)
	if x.from != nil {
		if j, ok := x.from.byKey[k]; ok && x.from.terms[j] != nil && x.from.raw(j, func(rec []byte) { x.build.addFrom(i, j, rec, x.from) }) {
			x.terms[i] = x.from.termStrings(j)
			return nil
		}
	}
	found := false
	x.c.getForm(k, func(form []byte) bool {
		var ts []string
		has, err := claims.SplitStoryTerms(form, func(t []byte) { ts = append(ts, x.intern(t)) })
		if err != nil || !has {
			return false
		}
		if ts == nil {
			ts = []string{}
		}
		x.terms[i], found = ts, true
		if x.build != nil {
			x.build.add(i, form)
		}
		return true
	})
	if found {
		return nil
	}
	res := x.pool.Extract(d)
	b := x.c.put(k, res)
	if x.build != nil {
		x.build.add(i, b)
	}
	x.terms[i] = res.StoryTerms
	return nil
}

// newExtraction prepares an extraction of docs.
func (c *Cache) newExtraction(docs []*ingest.Document, r *rules.Rules, forComparison bool, keep claims.Trimmer) *extraction {
	x := &extraction{c: c, intern: newInterner(), pool: claims.NewExtractorPool(r), forComparison: forComparison, keep: keep,
		docs: docs, at: make(map[*ingest.Document]int, len(docs))}
	for i, d := range docs {
		x.at[d] = i
	}
	return x
}

// openPack opens the list's pack, or when it has none that passes its
// checks starts writing one.
func (x *extraction) openPack() {
	x.keys = x.c.keys(x.docs)
	pk := x.c.packKey(x.keys)
	var err error
	if x.pack, err = x.c.openPack(pk, x.keys); err != nil {
		x.pack = nil
		x.startPack(pk)
	}
}

// run extracts docs, all of the list or some, on all cores, then closes
// the packs read and finishes the one written.
func (x *extraction) run(ctx context.Context, docs []*ingest.Document, progress func(done int)) ([]*claims.Result, error) {
	res, err := claims.ExtractAllWith(ctx, docs, x.one, progress)
	x.close(err == nil)
	return res, err
}

// close closes the packs read and finishes the one written: renamed into
// place when ok and every document's record was added, else removed.
func (x *extraction) close(ok bool) {
	for _, p := range []*pack{x.pack, x.from} {
		if p != nil {
			p.close()
		}
	}
	x.pack, x.from = nil, nil
	if x.build != nil {
		x.build.finish(ok)
		x.build = nil
	}
}

// extraction is one ExtractAll: what each document's worker needs.
type extraction struct {
	c             *Cache
	intern        func([]byte) string
	pool          *claims.ExtractorPool
	forComparison bool
	keep          claims.Trimmer
	docs          []*ingest.Document       // the list
	at            map[*ingest.Document]int // each document's place in the list
	terms         [][]string               // ExtractChosen's first pass: each document's story terms
	keys          []Key                    // the documents' keys, with a pack
	pack          *pack                    // the list's pack being read, if any
	build         *packWriter              // the list's pack being written, if any
	from          *pack                    // the pack sharing the most, to take records from
}

// startPack starts writing the list's pack, named pk, taking what it can
// from the kept pack sharing the most with it.
func (x *extraction) startPack(pk Key) {
	x.from = x.c.latestPack(x.keys)
	x.build = x.c.createPack(pk, x.keys)
	if x.from != nil && x.build == nil {
		x.from.close()
		x.from = nil
	}
}

// one is the result of document d: from the pack, else from the pack it
// takes records from, else its entry, else extracted (and stored).
func (x *extraction) one(d *ingest.Document) *claims.Result {
	i := x.at[d]
	if x.pack != nil {
		opt := x.options()
		if res, ok := x.pack.get(i, d, opt, nil); ok {
			return asKept(res, opt)
		}
	}
	k := x.key(i, d)
	if res, ok := x.fromLast(i, k, d); ok {
		return res
	}
	var form func([]byte)
	if x.build != nil {
		form = func(b []byte) { x.build.add(i, b) }
	}
	opt := x.options()
	if res, ok := x.c.get(k, d, opt, form); ok {
		return asKept(res, opt)
	}
	res := x.pool.Extract(d)
	b := x.c.put(k, res)
	if x.build != nil {
		x.build.add(i, b)
	}
	if x.forComparison {
		res = lean(res)
	}
	if x.keep != nil {
		res = x.keep.Trim(res)
	}
	return res
}

// options are the options of one attempt to decode a document: each has
// a filter of its own, as one that served a failed decoding may hold
// part of it.
func (x *extraction) options() claims.DecodeOptions {
	opt := claims.DecodeOptions{ForComparison: x.forComparison, Intern: x.intern}
	if x.keep != nil {
		opt.Filter = x.keep.DecodeFilter()
	}
	return opt
}

// fromLast is document i's result (entry key k) read from the pack
// records are taken from, its record copied into the list's pack, or
// false when that pack does not hold it or it fails a check.
func (x *extraction) fromLast(i int, k Key, d *ingest.Document) (*claims.Result, bool) {
	if x.from == nil {
		return nil, false
	}
	j, ok := x.from.byKey[k]
	if !ok {
		return nil, false
	}
	opt := x.options()
	res, ok := x.from.get(j, d, opt, func(rec []byte) { x.build.addFrom(i, j, rec, x.from) })
	if !ok {
		return nil, false
	}
	return asKept(res, opt), true
}

// asKept is a result decoded as opt says, made what its filter keeps.
func asKept(res *claims.Result, opt claims.DecodeOptions) *claims.Result {
	if opt.Filter != nil {
		return opt.Filter.Finish(res)
	}
	return res
}

// keys are the documents' keys, worked out on all cores.
func (c *Cache) keys(docs []*ingest.Document) []Key {
	keys := make([]Key, len(docs))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(docs)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := int(next.Add(1) - 1); i < len(docs); i = int(next.Add(1) - 1) {
				keys[i] = c.Key(docs[i])
			}
		}()
	}
	wg.Wait()
	return keys
}

// lean is res without what comparison does not read: tokens and mentions;
// its line index is built again if a position is asked, as a result read
// from the cache for comparison has it (most are never asked).
func lean(res *claims.Result) *claims.Result {
	l := *res
	t := *res.Text
	t.Tokens, t.Lines = nil, segment.LazyLines(t.Src)
	l.Text, l.Mentions = &t, nil
	return &l
}
