package claims

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/claimdiff/claimdiff/claims/ingest"
	"github.com/claimdiff/claimdiff/internal/rulestest"
)

func TestExtractStreamOrderAndErrors(t *testing.T) {
	r := rulestest.Default(t)
	feed := func(n int) func(yield func(*ingest.Document) error) error {
		return func(yield func(*ingest.Document) error) error {
			for i := range n {
				text := fmt.Sprintf("%d people were killed.", i+1)
				if err := yield(&ingest.Document{ID: fmt.Sprint(i), Source: "s", Text: text, Format: "txt"}); err != nil {
					return err
				}
			}
			return nil
		}
	}
	var got []string
	err := ExtractStream(context.Background(), r, feed(300), func(res *Result) error {
		got = append(got, res.Doc.ID)
		if len(res.Claims) != 1 || res.Claims[0].Value.Number != float64(len(got)) {
			return fmt.Errorf("doc %s: claims %v", res.Doc.ID, res.Claims)
		}
		return nil
	})
	if err != nil || len(got) != 300 {
		t.Fatalf("err %v, %d results", err, len(got))
	}
	for i, id := range got {
		if id != fmt.Sprint(i) {
			t.Fatalf("result %d is document %s: out of order", i, id)
		}
	}
	stop := errors.New("stop")
	n := 0
	err = ExtractStream(context.Background(), r, feed(300), func(*Result) error {
		if n++; n == 10 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || n != 10 {
		t.Errorf("emit error: got %v after %d results", err, n)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := ExtractStream(ctx, r, feed(300), func(*Result) error { return nil }); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: %v", err)
	}
}

// TestExtractStreamWindows streams small documents with large ones among
// them, the large ones extracted in windows: every document's claims come
// in input order, a large document's windows one after another with their
// ids in sequence, the same claims as each extracted whole.
func TestExtractStreamWindows(t *testing.T) {
	r := rulestest.Default(t)
	var docs []*ingest.Document
	for i := range 40 {
		text := fmt.Sprintf("%d people were killed.\n", i+1)
		if i%7 == 3 {
			var b strings.Builder
			for k := range 200 {
				fmt.Fprintf(&b, "Police said %d people were killed in the attack.\n", k+2)
			}
			text = b.String()
		}
		docs = append(docs, &ingest.Document{ID: fmt.Sprint(i), Source: "s", Text: text, Format: "txt"})
	}
	feed := func(yield func(*ingest.Document) error) error {
		for _, d := range docs {
			if err := yield(d); err != nil {
				return err
			}
		}
		return nil
	}
	var got []string
	windows := 0
	err := ExtractStreamWindows(context.Background(), r, 1<<10, feed, func(res *Result) error {
		windows++
		for _, c := range res.Claims {
			got = append(got, c.ID+" "+c.Text)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, d := range docs {
		for _, c := range Extract(d, r).Claims {
			want = append(want, c.ID+" "+c.Text)
		}
	}
	if windows <= len(docs) {
		t.Fatalf("%d results for %d documents: no document in windows", windows, len(docs))
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("in windows:\n%s\nwhole:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestExtractAllWith wants every document's result in its place, progress
// told once a document, and a cancelled run to stop with the context's
// error; a run cancelled once every document is done keeps its results.
func TestExtractAllWith(t *testing.T) {
	docs := make([]*ingest.Document, 500)
	for i := range docs {
		docs[i] = &ingest.Document{ID: fmt.Sprint(i)}
	}
	echo := func(d *ingest.Document) *Result { return &Result{Doc: d} }
	var told []int
	out, err := ExtractAllWith(context.Background(), docs, echo, func(done int) { told = append(told, done) })
	if err != nil || len(out) != len(docs) {
		t.Fatalf("err %v, %d results", err, len(out))
	}
	for i, res := range out {
		if res == nil || res.Doc != docs[i] {
			t.Fatalf("result %d is not document %d", i, i)
		}
	}
	for i, n := range told {
		if n != i+1 {
			t.Fatalf("progress %d told %d", i, n)
		}
	}
	if len(told) != len(docs) {
		t.Errorf("progress told %d times for %d documents", len(told), len(docs))
	}
	ctx, cancel := context.WithCancel(context.Background())
	var n atomic.Int32
	// The 10th document cancels; every one after it waits for the
	// cancellation, so that no worker can finish the rest while the one
	// that cancels is descheduled between counting and cancelling.
	stopAt := func(d *ingest.Document) *Result {
		switch k := n.Add(1); {
		case k == 10:
			cancel()
		case k > 10:
			<-ctx.Done()
		}
		return echo(d)
	}
	if _, err := ExtractAllWith(ctx, docs[:1], stopAt, nil); err != nil {
		t.Errorf("one document: %v", err)
	}
	if _, err := ExtractAllWith(ctx, docs, stopAt, nil); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled at the 10th document: %v", err)
	}
	ctx, cancel = context.WithCancel(context.Background())
	last := func(d *ingest.Document) *Result {
		if d == docs[len(docs)-1] {
			cancel()
		}
		return echo(d)
	}
	if out, err := ExtractAllWith(ctx, docs[len(docs)-1:], last, nil); err != nil || len(out) != 1 {
		t.Errorf("cancelled with the last document done: %v", err)
	}
}

// TestExtractChosenWith extracts the chosen documents only, each result
// in its document's place and the others nil.
func TestExtractChosenWith(t *testing.T) {
	docs := make([]*ingest.Document, 7)
	chosen := make([]bool, len(docs))
	for i := range docs {
		docs[i] = &ingest.Document{ID: fmt.Sprint(i)}
		chosen[i] = i%3 == 1
	}
	var calls atomic.Int32
	out, err := ExtractChosenWith(context.Background(), docs, chosen, func(d *ingest.Document) *Result {
		calls.Add(1)
		return &Result{Doc: d}
	}, nil)
	if err != nil || len(out) != len(docs) {
		t.Fatalf("err %v, %d results", err, len(out))
	}
	for i, res := range out {
		if chosen[i] != (res != nil) || res != nil && res.Doc != docs[i] {
			t.Errorf("result %d: %v (chosen %v)", i, res, chosen[i])
		}
	}
	if calls.Load() != 2 {
		t.Errorf("%d extractions for 2 chosen", calls.Load())
	}
}

// TestExtractPanicNamed: a panic while extracting a document (a bug)
// ends ExtractAllWith and the stream with an *InternalError naming it,
// not the program; of two that panic, the first in input order is named
// whichever worker met its panic first, and the stream emits every
// document before it, in order, and none after.
func TestExtractPanicNamed(t *testing.T) {
	docs := make([]*ingest.Document, 200)
	for i := range docs {
		docs[i] = &ingest.Document{ID: fmt.Sprint(i)}
	}
	extract := func(d *ingest.Document) *Result {
		switch d.ID {
		case "57":
			time.Sleep(time.Millisecond) // the later one panics first, often
			var none []int
			_ = none[len(d.ID)] // index out of range
		case "60":
			// within the stream's window of two workers
			// (workers x streamWindow documents in flight), so that it
			// can panic before 57 does on a machine of two cores
			panic("a second bug")
		}
		return &Result{Doc: d}
	}
	wantFirst := func(what string, err error) {
		t.Helper()
		var ie *InternalError
		if !errors.As(err, &ie) || ie.Doc != "57" || len(ie.Stack) == 0 || !strings.Contains(ie.Error(), "57: internal error") || !strings.Contains(ie.Error(), "index out of range") {
			t.Errorf("%s: got %v, want an internal error naming document 57", what, err)
		}
	}
	for range 20 {
		out, err := ExtractAllWith(context.Background(), docs, extract, nil)
		if out != nil {
			t.Errorf("ExtractAllWith: %d results beside the error", len(out))
		}
		wantFirst("ExtractAllWith", err)

		feed := func(yield func(*ingest.Document) error) error {
			for _, d := range docs {
				if err := yield(d); err != nil {
					return err
				}
			}
			return nil
		}
		newExtractor := func() windowsExtractor {
			return func(d *ingest.Document, _ int, emit func(*Result) error) error { return emit(extract(d)) }
		}
		var emitted []string
		err = streamWith(context.Background(), newExtractor, 0, feed, func(res *Result) error {
			emitted = append(emitted, res.Doc.ID)
			return nil
		})
		wantFirst("stream", err)
		if len(emitted) != 57 {
			t.Fatalf("stream emitted %d documents, want the 57 before the one that panicked", len(emitted))
		}
		for i, id := range emitted {
			if id != fmt.Sprint(i) {
				t.Fatalf("stream emitted %v: want documents 0 to 56, in order", emitted)
			}
		}
	}
}

// TestExtractorPoolDropsPanicked: an Extractor that panicked is not
// handed out again, for what its buffers hold is unknown (a nil document
// stands for a document that meets a bug).
func TestExtractorPoolDropsPanicked(t *testing.T) {
	r := rulestest.Default(t)
	p := NewExtractorPool(r)
	var made []*Extractor
	maker := func() any {
		e := NewExtractor(r)
		made = append(made, e)
		return e
	}
	p.pool.New = maker
	doc := &ingest.Document{ID: "a", Source: "s", Text: "Police said 3 people were killed.", Format: "txt"}
	for range 50 {
		if res := p.Extract(doc); len(res.Claims) == 0 {
			t.Fatal("no claim extracted from the good document")
		}
		// the pool emptied, then given one Extractor: the bad document
		// takes it, or a new one where the pool let it go (as under -race)
		p.pool.New = nil
		for p.pool.Get() != nil {
		}
		p.pool.New = maker
		panicked := NewExtractor(r)
		p.pool.Put(panicked)
		before := len(made)
		func() {
			defer func() {
				if recover() == nil {
					t.Fatal("extracting a nil document did not panic: the test needs another bug to stand for")
				}
			}()
			p.Extract(nil)
		}()
		if len(made) > before {
			panicked = made[before]
		}
		for range 4 {
			if e := p.pool.Get().(*Extractor); e == panicked {
				t.Fatal("the pool handed out the Extractor that panicked")
			}
		}
	}
}
