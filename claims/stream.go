package claims

import (
	"context"
	"runtime"
	"sync"

	"github.com/claimdiff/claimdiff/claims/ingest"
	"github.com/claimdiff/claimdiff/claims/rules"
)

// streamWindow is how many documents ExtractStream keeps in flight per
// core: read, being extracted, or waiting for an earlier one to be emitted.
const streamWindow = 8

// ExtractStream extracts documents as feed produces them, on all cores, and
// hands each result to emit in input order. At most streamWindow documents
// per core are held at once, so memory is bounded whatever the input's
// size. It returns the first error of feed, emit or ctx; emit is never
// called after an error. When ctx is cancelled it returns as soon as feed
// has returned; the documents being extracted then finish in the
// background.
func ExtractStream(ctx context.Context, r *rules.Rules, feed func(yield func(*ingest.Document) error) error, emit func(*Result) error) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	workers := runtime.GOMAXPROCS(0)
	slots := make(chan struct{}, workers*streamWindow)
	type job struct {
		seq int
		doc *ingest.Document
	}
	type done struct {
		seq int
		res *Result
	}
	jobs := make(chan job)
	results := make(chan done, workers*streamWindow)
	var feedErr error
	var wg sync.WaitGroup
	// producer
	fed := make(chan struct{}) // closed when feed has returned
	go func() {
		defer close(fed)
		defer close(jobs)
		seq := 0
		feedErr = feed(func(d *ingest.Document) error {
			select {
			case slots <- struct{}{}:
			case <-ctx.Done():
				return ctx.Err()
			}
			select {
			case jobs <- job{seq, d}:
				seq++
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		})
	}()
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				if ctx.Err() != nil {
					continue
				}
				results <- done{j.seq, Extract(j.doc, r)}
			}
		}()
	}
	go func() { wg.Wait(); close(results) }()
	pending := map[int]*Result{}
	next := 0
	for {
		var d done
		var ok bool
		select {
		case d, ok = <-results:
		case <-ctx.Done():
			// Stop now, not when the documents being extracted are done (a
			// large one takes seconds): their workers finish in the
			// background, and results has room for every document in
			// flight. The feed, which callers' state belongs to, has
			// returned (it stops at the cancellation).
			<-fed
			return ctx.Err()
		}
		if !ok {
			break
		}
		pending[d.seq] = d.res
		for {
			res, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			if err := emit(res); err != nil {
				cancel()
				<-fed
				return err
			}
			<-slots
		}
	}
	if feedErr != nil {
		return feedErr
	}
	return ctx.Err()
}
