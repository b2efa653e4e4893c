package main

import (
	"bytes"
	"errors"
	"os"
	"runtime/debug"

	"github.com/urfave/cli/v2"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/ingest"
	"github.com/claimdiff/claimdiff/claims/output"
)

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
		Action: func(c *cli.Context) error {
			format := c.String("format")
			if err := oneOf("format", format, "text", "json", "jsonl"); err != nil {
				return err
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
			if len(paths) == 0 {
				return usageErr("no articles given (see 'claimdiff extract --help')")
			}
			opt, err := ingestOptions(c, e)
			if err != nil {
				return err
			}
			out, err := newSink(e, c.String("out"))
			if err != nil {
				return err
			}
			// Every format streams: each document is written as soon as it
			// and those before it are extracted, and then let go.
			var js *output.JSONWriter
			if format == "json" {
				js = output.NewJSONWriter(out, c.Bool("mentions"))
			}
			n := 0
			var bar *progress
			if isTerminal(e.stderr) {
				m := ingest.Measure(paths)
				total := m.Files
				if m.Records {
					total = 0 // documents are counted as they come
				}
				bar = newProgress(e, total, m.Bytes)
				defer bar.Done()
			}
			emit := func(res *claims.Result) error {
				n++
				bar.Add(int64(len(res.Doc.Text)))
				switch format {
				case "json":
					return js.Write(res)
				case "jsonl":
					return output.WriteJSONL(out, []*claims.Result{res}, c.Bool("mentions"))
				}
				var buf bytes.Buffer
				if n > 1 {
					buf.WriteByte('\n')
				}
				if err := output.WriteText(&buf, []*claims.Result{res}, c.Bool("mentions"), st); err != nil {
					return err
				}
				_, err := out.Write(terminalText(buf.Bytes(), st))
				return err
			}
			var heap heapBound
			defer heap.restore()
			feed := func(yield func(*ingest.Document) error) error {
				return ingest.Walk(c.Context, paths, opt, func(d *ingest.Document) error {
					heap.see(d)
					return yield(d)
				}, func(w *ingest.Error) {
					warn(e, w)
				})
			}
			if err := claims.ExtractStream(c.Context, r, feed, emit); err != nil {
				out.Abort()
				var ie *ingest.Error
				if errors.As(err, &ie) {
					return &exitErr{code: exitError, err: ie}
				}
				return err
			}
			if format == "json" {
				if err := js.Close(); err != nil {
					out.Abort()
					return err
				}
			}
			return out.Commit()
		},
	}
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
)

// heapBound sets the Go runtime's soft memory limit from the largest
// document read so far, so that the collector runs more often before the
// heap outgrows what extracting that document needs; left alone, it lets
// the heap grow to twice what is live. The limit is soft: a document that
// needs more gets it. GOMEMLIMIT, when set, wins.
type heapBound struct {
	largest int
	prev    int64
	set     bool
}

func (h *heapBound) see(d *ingest.Document) {
	if len(d.Text) <= h.largest || os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	h.largest = len(d.Text)
	limit := heapFloor + heapPerByte*int64(h.largest)
	if !h.set {
		h.prev, h.set = debug.SetMemoryLimit(limit), true
		return
	}
	debug.SetMemoryLimit(limit)
}

// restore puts back the limit there was before.
func (h *heapBound) restore() {
	if h.set {
		debug.SetMemoryLimit(h.prev)
	}
}
