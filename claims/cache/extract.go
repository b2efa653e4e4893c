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
	x := &extraction{c: c, intern: newInterner(), pool: claims.NewExtractorPool(r), forComparison: forComparison, keep: keep,
		at: make(map[*ingest.Document]int, len(docs))}
	for i, d := range docs {
		x.at[d] = i
	}
	if forComparison && len(docs) >= MinPack {
		x.keys = c.keys(docs)
		pk := c.packKey(x.keys)
		var err error
		if x.pack, err = c.openPack(pk, x.keys); err != nil {
			x.startPack(pk)
		}
	}
	res, err := claims.ExtractAllWith(ctx, docs, x.one, progress)
	for _, p := range []*pack{x.pack, x.from} {
		if p != nil {
			p.close()
		}
	}
	if x.build != nil {
		x.build.finish(err == nil)
	}
	return res, err
}

// extraction is one ExtractAll: what each document's worker needs.
type extraction struct {
	c             *Cache
	intern        func([]byte) string
	pool          *claims.ExtractorPool
	forComparison bool
	keep          claims.Trimmer
	at            map[*ingest.Document]int // each document's place in the list
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
	var k Key
	if x.keys != nil {
		k = x.keys[i]
	} else {
		k = x.c.Key(d)
	}
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
	res, ok := x.from.get(j, d, opt, func(rec []byte) { x.build.addFrom(i, rec, x.from) })
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
