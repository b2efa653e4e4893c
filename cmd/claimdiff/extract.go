package main

import (
	"errors"
	"os"
	"runtime/debug"

	"github.com/urfave/cli/v2"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/ingest"
	"github.com/claimdiff/claimdiff/claims/output"
)

// extractWindow is the window, in bytes, a document longer than it is
// extracted in when the format takes windows (claims.ExtractWindows):
// extraction keeps about 40 bytes a byte of claim-dense text, so a window
// of 1 MiB bounds that to some 50 MB whatever the document's size. No news
// article comes near it.
const extractWindow = 1 << 20

func extractCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:      "extract",
		Usage:     "list the claims found in each article",
		ArgsUsage: "PATH...",
		Description: `Reads articles (.txt, .md with front matter, .html, .json, .jsonl, directories,
or - for standard input) and prints every claim: its kind, value, slots, who
says it, and where it stands (file:line:col).`,
		Flags: []cli.Flag{rulesFlag,
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "text", Usage: "text, json or jsonl"},
			&cli.BoolFlag{Name: "mentions", Usage: "also list every quantity, date and duration recognised"},
			published, sourceFl, maxBytes, colorFl, outFl},
		Action: func(c *cli.Context) error { return runExtract(c, e) },
	}
}

func runExtract(c *cli.Context, e *env) error {
	format, ok := output.ExtractFormatNamed(c.String("format"))
	if !ok {
		return oneOf("format", c.String("format"), output.ExtractFormatNames()...)
	}
	st, err := style(c, e.stdout, c.String("out"))
	if err != nil {
		return err
	}
	r, err := loadRules(c)
	if err != nil {
		return err
	}
	paths := c.Args().Slice()
	opt, err := articleArgs(c, e, paths)
	if err != nil {
		return err
	}
	out, err := newSink(e, c.String("out"))
	if err != nil {
		return err
	}
	// Every format streams: each document is written as soon as it and
	// those before it are extracted, and then let go; a format that takes
	// windows gets a very large document a window at a time (not with
	// mentions, which need the whole).
	o := output.ExtractOptions{Mentions: c.Bool("mentions"), Style: st, Width: textWidth(e)}
	if !o.Mentions {
		o.Window = extractWindow
	}
	w := format.New(out, o)
	window := o.Window
	bar := extractProgress(e, paths)
	defer bar.Done()
	var last *ingest.Document
	emit := func(res *claims.Result) error {
		if res.Doc != last { // a document's windows count once
			last = res.Doc
			bar.Add(int64(len(res.Doc.Text)))
		}
		return w.Write(res)
	}
	var heap heapBound
	defer heap.restore()
	feed := func(yield func(*ingest.Document) error) error {
		return ingest.Walk(c.Context, paths, opt, func(d *ingest.Document) error {
			heap.see(d, window, format.Holds)
			return yield(d)
		}, func(w *ingest.Error) {
			warn(e, w)
		})
	}
	if err := claims.ExtractStreamWindows(c.Context, r, window, feed, emit); err != nil {
		out.Abort()
		var ie *ingest.Error
		if errors.As(err, &ie) {
			return &exitErr{code: exitError, err: ie}
		}
		return err
	}
	if err := w.Close(); err != nil {
		out.Abort()
		return err
	}
	return out.Commit()
}

// extractProgress is the progress bar of an extraction on a terminal, nil
// (which does nothing) otherwise.
func extractProgress(e *env, paths []string) *progress {
	if !isTerminal(e.stderr) {
		return nil
	}
	m := ingest.Measure(paths)
	total := m.Files
	if m.Records {
		total = 0 // documents are counted as they come
	}
	return newProgress(e, total, m.Bytes)
}

// heapFloor and heapPerByte bound the heap extract lets the Go runtime
// grow to: what claimdiff needs besides the documents, and, per byte of the
// largest document, a little more than what extracting the most
// claim-dense text keeps live (tokens, mentions, claims: about 39 bytes a
// byte). Measured on a 16 MB text with a claim every 38 bytes: peak RSS
// 1.23 GB without a limit, 0.85 GB at 40 bytes a byte for 23% more CPU,
// 1.07 GB at 56 for 8% more.
const (
	heapFloor   = 256 << 20
	heapPerByte = 48
	// windowFloor is heapFloor for a document extracted in windows: the
	// output held back before it spills (spillAt, in a buffer that grows
	// by doubling) and the rules; textCopies is what a byte of the
	// document's text takes while it is extracted in windows (the text,
	// and what reading it held). Measured on the 32 MB claim-dense text: a
	// limit of 160 MiB costs no CPU (12.9 s against 12.1 s without), one of
	// 96 MiB twice the CPU.
	windowFloor = 64 << 20
	textCopies  = 2
)

// gcPercent is the collector's growth target while extracting (GOGC):
// what is live then is small (the rules and the documents in flight)
// against what extraction allocates (some 38 bytes a byte of text), so at
// Go's default of 100 the collector runs every few megabytes and marks the
// rules each time. At 400 it runs a quarter as often; the soft memory
// limit heapBound sets bounds the heap of a large document. Measured on 400
// files of the seeds (whole process, two cores): 0.83× the CPU of 100 for a
// peak of 54 MiB against 32 MiB; 200 gave 0.95×, 800 0.85×. Past
// gcSmall bytes a document's own working set dominates and the heap would
// grow to the limit for little gain (16 MB of news text: 0.92–0.97× the
// CPU for a fifth more memory), so Go's default is put back.
const (
	gcPercent = 400
	gcSmall   = 1 << 20
)

// heapBound sets the Go runtime's soft memory limit from the largest
// document read so far, so that the collector runs more often before the
// heap outgrows what extracting that document needs, and, while every
// document is small, lets the heap grow to gcPercent over what is live
// below it. The limit is soft: a
// document that needs more gets it. GOMEMLIMIT and GOGC, when set, win.
type heapBound struct {
	largest int
	prev    int64
	set     bool
	prevGC  int
	setGC   bool
}

func (h *heapBound) see(d *ingest.Document, window, holds int) {
	if !h.setGC && os.Getenv("GOGC") == "" && os.Getenv("GOMEMLIMIT") == "" {
		h.prevGC, h.setGC = debug.SetGCPercent(gcPercent), true
	}
	if len(d.Text) <= h.largest || os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	if h.setGC && h.largest <= gcSmall && len(d.Text) > gcSmall {
		debug.SetGCPercent(h.prevGC)
	}
	h.largest = len(d.Text)
	limit := heapFloor + heapPerByte*int64(h.largest)
	if window > 0 && h.largest > window {
		// extracted a window at a time: what one window keeps, and the
		// document's text and what the writer holds of it beside it
		limit = windowFloor + heapPerByte*int64(window) + int64(textCopies+holds)*int64(h.largest)
	}
	if !h.set {
		h.prev, h.set = debug.SetMemoryLimit(limit), true
		return
	}
	debug.SetMemoryLimit(limit)
}

// restore puts back the limit and the growth target there were before.
func (h *heapBound) restore() {
	if h.set {
		debug.SetMemoryLimit(h.prev)
	}
	if h.setGC {
		debug.SetGCPercent(h.prevGC)
	}
}
