package claims

import (
	"context"
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/claimdiff/claimdiff/claims/ingest"
	"github.com/claimdiff/claimdiff/claims/rules"
)

// ExtractAll extracts every document on all cores and returns the results in
// input order. It stops early when ctx is cancelled.
func ExtractAll(ctx context.Context, docs []*ingest.Document, r *rules.Rules, progress func(done int)) ([]*Result, error) {
	return ExtractAllWith(ctx, docs, NewExtractorPool(r).Extract, progress)
}

// An ExtractorPool extracts documents on many goroutines at once, as
// Extract does, with Extractors it keeps from one document to the next,
// so that their interned word forms and pointer-free buffers serve the
// documents after. Its Extract is safe for concurrent use.
type ExtractorPool struct{ pool sync.Pool }

// NewExtractorPool returns an ExtractorPool with rules r.
func NewExtractorPool(r *rules.Rules) *ExtractorPool {
	return &ExtractorPool{pool: sync.Pool{New: func() any { return NewExtractor(r) }}}
}

// Extract finds the claims in one document, as Extract does. An
// Extractor that panics is not put back: what its buffers hold is
// unknown.
func (p *ExtractorPool) Extract(doc *ingest.Document) *Result {
	e := p.pool.Get().(*Extractor)
	res := e.Extract(doc)
	p.pool.Put(e)
	return res
}

// ExtractAllWith runs extract over every document on all cores and returns
// the results in input order; progress, when not nil, is told how many are
// done after each. It stops early when ctx is cancelled, and at a panic
// in extract, which it returns as an *InternalError naming the document
// (the first in input order, of several).
// The extraction cache passes an extract that reads a stored result
// first.
func ExtractAllWith(ctx context.Context, docs []*ingest.Document, extract func(*ingest.Document) *Result, progress func(done int)) ([]*Result, error) {
	out := make([]*Result, len(docs))
	workers := min(runtime.GOMAXPROCS(0), len(docs))
	// Each worker takes the next document by counting, with no goroutine
	// to hand the documents out: a worker never waits for one to be
	// scheduled between two documents.
	var next atomic.Int64
	var wg sync.WaitGroup
	var mu sync.Mutex
	done := 0
	// a panic stops every worker at its next document; of the documents
	// that panicked, the first in input order is reported (every one
	// before it was taken, and is finished, by then)
	var stop atomic.Bool
	failedAt, failed := len(docs), error(nil)
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for ctx.Err() == nil && !stop.Load() {
				i := int(next.Add(1) - 1)
				if i >= len(docs) {
					return
				}
				if err := guarded(docs[i], func() { out[i] = extract(docs[i]) }); err != nil {
					stop.Store(true)
					mu.Lock()
					if i < failedAt {
						failedAt, failed = i, err
					}
					mu.Unlock()
					return
				}
				if progress != nil {
					mu.Lock()
					done++
					progress(done)
					mu.Unlock()
				}
			}
		}()
	}
	wg.Wait()
	if failed != nil {
		return nil, failed
	}
	if int(next.Load()) < len(docs) { // stopped before every document was taken
		return nil, ctx.Err()
	}
	return out, nil
}

// ExtractChosenWith is ExtractAllWith of the documents chosen marks:
// their results in their places, the others' nil.
func ExtractChosenWith(ctx context.Context, docs []*ingest.Document, chosen []bool, extract func(*ingest.Document) *Result, progress func(done int)) ([]*Result, error) {
	if len(chosen) != len(docs) {
		return nil, fmt.Errorf("extract: %d choices for %d documents", len(chosen), len(docs))
	}
	var some []*ingest.Document
	for i, d := range docs {
		if chosen[i] {
			some = append(some, d)
		}
	}
	got, err := ExtractAllWith(ctx, some, extract, progress)
	if err != nil {
		return nil, err
	}
	out := make([]*Result, len(docs))
	for i, k := 0, 0; i < len(docs); i++ {
		if chosen[i] {
			out[i], k = got[k], k+1
		}
	}
	return out, nil
}

// streamWindow is how many documents ExtractStream keeps in flight per
// core: read, being extracted, or waiting for an earlier one to be emitted.
const streamWindow = 8

// ExtractStream extracts documents as feed produces them, on all cores, and
// hands each result to emit in input order. At most streamWindow documents
// per core are held at once, so memory is bounded whatever the input's
// size. It returns the first error of feed, emit or ctx, or a panic
// while extracting a document as an *InternalError naming it, once the
// documents before it are emitted; emit is never called after an error. When ctx is cancelled it returns as soon
// as feed has returned; the documents being extracted then finish in
// the background.
func ExtractStream(ctx context.Context, r *rules.Rules, feed func(yield func(*ingest.Document) error) error, emit func(*Result) error) error {
	return ExtractStreamWindows(ctx, r, 0, feed, emit)
}

// ExtractStreamWindows is ExtractStream with documents longer than window
// bytes extracted and emitted a window at a time, as ExtractWindows does,
// so that memory is bounded by the window, not the largest document: emit
// then receives such a document as several Results holding only its
// claims. A window of 0 extracts every document whole.
func ExtractStreamWindows(ctx context.Context, r *rules.Rules, window int, feed func(yield func(*ingest.Document) error) error, emit func(*Result) error) error {
	return streamWith(ctx, func() windowsExtractor { return NewExtractor(r).ExtractWindows }, window, feed, emit)
}

// A windowsExtractor extracts a document a window at a time, as
// Extractor.ExtractWindows does, with buffers of its own.
type windowsExtractor func(doc *ingest.Document, window int, emit func(*Result) error) error

// streamWith is ExtractStreamWindows with the extractors made by
// newExtractor, one a worker. A worker whose extractor panicked takes no
// more documents: theirs come after the one that panicked, where the
// stream ends.
func streamWith(ctx context.Context, newExtractor func() windowsExtractor, window int, feed func(yield func(*ingest.Document) error) error, emit func(*Result) error) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	workers := runtime.GOMAXPROCS(0)
	slots := make(chan struct{}, workers*streamWindow)
	// jobs holds every document the window lets in, so that a worker
	// done with one takes the next without waiting for the feed to be
	// scheduled (the slots, not jobs, bound what is in flight)
	jobs := make(chan streamJob, workers*streamWindow)
	results := make(chan streamDone, workers*streamWindow)
	var feedErr error
	var wg sync.WaitGroup
	// producer
	fed := make(chan struct{}) // closed when feed has returned
	go func() {
		defer close(fed)
		defer close(jobs)
		feedErr = feedJobs(ctx, feed, slots, jobs)
	}()
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			extract := newExtractor()
			broken := false // set at a panic: the stream ends at that document, before any this worker takes next
			for j := range jobs {
				if ctx.Err() != nil || broken {
					continue
				}
				// once ctx is done nothing reads results: a worker
				// stops sending (and extracting) then
				send := func(d streamDone) error {
					select {
					case results <- d:
						return nil
					case <-ctx.Done():
						return ctx.Err()
					}
				}
				var sendErr error
				err := guarded(j.doc, func() {
					sendErr = extract(j.doc, window, func(part *Result) error {
						return send(streamDone{seq: j.seq, res: part})
					})
				})
				switch {
				case err != nil:
					broken = true
					send(streamDone{seq: j.seq, err: err})
				case sendErr == nil:
					send(streamDone{seq: j.seq, last: true})
				}
			}
		}()
	}
	go func() { wg.Wait(); close(results) }()
	if err := emitInOrder(ctx, results, slots, emit); err != nil {
		// The feed, which callers' state belongs to, returns at the
		// cancellation: wait for it before returning.
		cancel()
		<-fed
		return err
	}
	if feedErr != nil {
		return feedErr
	}
	return ctx.Err()
}

// streamJob is a document to extract, numbered in input order.
type streamJob struct {
	seq int
	doc *ingest.Document
}

// streamDone is the extraction of job seq, or a window of it; last marks
// the end of the job's results (and holds none); err, a panic while
// extracting it (an *InternalError), ends the stream.
type streamDone struct {
	seq  int
	res  *Result
	last bool
	err  error
}

// feedJobs runs feed, numbering its documents and sending each to jobs
// once a slot of the window is free. It returns feed's error, or ctx's
// when it is cancelled while a document waits.
func feedJobs(ctx context.Context, feed func(yield func(*ingest.Document) error) error, slots chan<- struct{}, jobs chan<- streamJob) error {
	seq := 0
	return feed(func(d *ingest.Document) error {
		select {
		case slots <- struct{}{}:
		case <-ctx.Done():
			return ctx.Err()
		}
		select {
		case jobs <- streamJob{seq, d}:
			seq++
			return nil
		case <-ctx.Done():
			return ctx.Err()
		}
	})
}

// emitInOrder hands the results to emit in input order as they arrive,
// freeing a slot of the window for each document, until results is
// closed. It returns emit's first error, or ctx's when it is cancelled.
func emitInOrder(ctx context.Context, results <-chan streamDone, slots <-chan struct{}, emit func(*Result) error) error {
	// the results of documents after the next, and whether each is whole
	pending := map[int][]*Result{}
	whole := map[int]bool{}
	// a panic's error, returned in its document's turn, after the
	// documents before it: the first in input order is the one reported,
	// however the workers ran
	failed := map[int]error{}
	next := 0
	for {
		var d streamDone
		var ok bool
		select {
		case d, ok = <-results:
		case <-ctx.Done():
			// Stop now, not when the documents being extracted are done (a
			// large one takes seconds): their workers finish in the
			// background, and results has room for every document in
			// flight.
			return ctx.Err()
		}
		if !ok {
			return nil
		}
		switch {
		case d.err != nil:
			failed[d.seq] = d.err
		case d.seq == next && !d.last:
			// the next document's windows go out as they come
			if err := emit(d.res); err != nil {
				return err
			}
			continue
		case d.last:
			whole[d.seq] = true
		default:
			pending[d.seq] = append(pending[d.seq], d.res)
		}
		for {
			for _, res := range pending[next] {
				if err := emit(res); err != nil {
					return err
				}
			}
			delete(pending, next)
			if err := failed[next]; err != nil {
				return err
			}
			if !whole[next] {
				break
			}
			delete(whole, next)
			next++
			<-slots
		}
	}
}
