package output

import (
	"bytes"
	"io"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/ingest"
	"github.com/claimdiff/claimdiff/internal/termsafe"
)

// An ExtractWriter writes extract's output a document at a time, as each
// is extracted, so that memory holds one document, never the whole
// output. Close ends the output.
type ExtractWriter interface {
	Write(r *claims.Result) error
	Close() error
}

// ExtractOptions are what every extract format is given.
type ExtractOptions struct {
	// Mentions lists every mention of each document too.
	Mentions bool
	// Style decorates the text format.
	Style Style
	// Width is the columns the text format fits its lines to (a row too
	// long takes two lines, its quotation cut to fit); 0 for no limit.
	Width int
	// Window is the size, in bytes, above which a document comes a window
	// of its claims at a time (claims.ExtractWindows); 0 when none does,
	// as with Mentions, which need the whole document. JSON and JSONL
	// write such a document as they would whole; text aligns its columns
	// a window at a time and counts the claims after them (textWriter).
	Window int
}

// ExtractFormat is one output format of extract.
type ExtractFormat struct {
	Name string
	New  func(w io.Writer, o ExtractOptions) ExtractWriter
	// Holds is about how many bytes the writer holds, per byte of a
	// document written in windows, until the document ends: JSON's
	// buffers and the indexes of the document's sentence and attribution
	// tables, which come before its claims (the tables' entries and the
	// claims themselves are encoded as they come, past a few megabytes
	// into temporary files, and the indexes forget what no later window
	// gives).
	Holds int
}

// extractFormats are extract's formats, the first the default.
var extractFormats = []ExtractFormat{
	{Name: "text", New: newTextWriter},
	{Name: "json", New: func(w io.Writer, o ExtractOptions) ExtractWriter { return NewJSONWriter(w, o.Mentions) },
		Holds: 1},
	{Name: "jsonl", New: func(w io.Writer, o ExtractOptions) ExtractWriter { return &jsonlWriter{w, o.Mentions} }},
}

// ExtractFormatNamed returns the extract format called name.
func ExtractFormatNamed(name string) (ExtractFormat, bool) {
	for _, f := range extractFormats {
		if f.Name == name {
			return f, true
		}
	}
	return ExtractFormat{}, false
}

// ExtractFormatNames lists extract's formats, the default first.
func ExtractFormatNames() []string {
	out := make([]string, len(extractFormats))
	for i, f := range extractFormats {
		out[i] = f.Name
	}
	return out
}

// jsonlWriter writes a claim a line (WriteJSONL), a document at a time.
type jsonlWriter struct {
	w        io.Writer
	mentions bool
}

func (j *jsonlWriter) Write(r *claims.Result) error {
	return WriteJSONL(j.w, []*claims.Result{r}, j.mentions)
}

func (j *jsonlWriter) Close() error { return nil }

// textWriter writes each document's claims as WriteText does, a blank line
// between documents, with every control character from the articles shown
// rather than obeyed (the style's colours excepted): text is for a
// terminal. A document longer than the window (ExtractOptions.Window)
// comes in windows and is written as they come, so that nothing of it is
// held: its heading without the count, each window's claims in columns
// aligned across that window, and, after its last claim, the count on a
// line of its own.
type textWriter struct {
	w    io.Writer
	o    ExtractOptions
	buf  bytes.Buffer
	docs int
	// cur is the document in windows being written, nil when none is;
	// n counts its claims so far.
	cur *ingest.Document
	n   int
}

func newTextWriter(w io.Writer, o ExtractOptions) ExtractWriter { return &textWriter{w: w, o: o} }

// windowed reports whether d is written in windows.
func (t *textWriter) windowed(d *ingest.Document) bool {
	return t.o.Window > 0 && len(d.Text) > t.o.Window
}

func (t *textWriter) Write(r *claims.Result) error {
	t.buf.Reset()
	if t.cur != nil && t.cur != r.Doc {
		t.count()
	}
	switch {
	case t.cur == r.Doc: // the next window
		if err := writeClaimRows(&t.buf, r.Claims, t.o); err != nil {
			return err
		}
		t.n += len(r.Claims)
	default:
		if t.docs > 0 {
			t.buf.WriteByte('\n')
		}
		t.docs++
		if !t.windowed(r.Doc) {
			if err := WriteText(&t.buf, []*claims.Result{r}, t.o); err != nil {
				return err
			}
			break
		}
		t.cur, t.n = r.Doc, len(r.Claims)
		writeHeading(&t.buf, textHead(r.Doc), "", t.o)
		if err := writeClaimRows(&t.buf, r.Claims, t.o); err != nil {
			return err
		}
	}
	return t.flush()
}

// count ends the document in windows being written: its claim count.
func (t *textWriter) count() {
	t.buf.WriteString(t.o.Style.Dim(claimCount(t.n)))
	t.buf.WriteByte('\n')
	t.cur, t.n = nil, 0
}

// flush writes the buffer, escaped, and empties it.
func (t *textWriter) flush() error {
	_, err := t.w.Write(termsafe.Escape(t.buf.Bytes(), t.o.Style.Sequences()...))
	t.buf.Reset()
	return err
}

func (t *textWriter) Close() error {
	if t.cur == nil {
		return nil
	}
	t.buf.Reset()
	t.count()
	return t.flush()
}
