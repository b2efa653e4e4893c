package output

import (
	"bytes"
	"io"

	"github.com/claimdiff/claimdiff/claims"
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
}

// ExtractFormat is one output format of extract.
type ExtractFormat struct {
	Name string
	New  func(w io.Writer, o ExtractOptions) ExtractWriter
	// Windows says the format takes a large document a window of its
	// claims at a time (claims.ExtractWindows) and writes the same as for
	// the document whole; mentions, and the text format's aligned columns
	// and claim count, need the whole.
	Windows func(o ExtractOptions) bool
	// Holds is about how many bytes the writer holds, per byte of a
	// document written in windows, until the document ends: JSON's
	// tables of the document's sentences and attributions, which come
	// before its claims (the claims themselves go to a temporary file).
	Holds int
}

// extractFormats are extract's formats, the first the default.
var extractFormats = []ExtractFormat{
	{Name: "text", New: newTextWriter, Windows: func(ExtractOptions) bool { return false }},
	{Name: "json", New: func(w io.Writer, o ExtractOptions) ExtractWriter { return NewJSONWriter(w, o.Mentions) },
		Windows: func(o ExtractOptions) bool { return !o.Mentions }, Holds: 12},
	{Name: "jsonl", New: func(w io.Writer, o ExtractOptions) ExtractWriter { return &jsonlWriter{w, o.Mentions} },
		Windows: func(o ExtractOptions) bool { return !o.Mentions }},
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
// terminal.
type textWriter struct {
	w    io.Writer
	o    ExtractOptions
	buf  bytes.Buffer
	docs int
}

func newTextWriter(w io.Writer, o ExtractOptions) ExtractWriter { return &textWriter{w: w, o: o} }

func (t *textWriter) Write(r *claims.Result) error {
	t.buf.Reset()
	if t.docs > 0 {
		t.buf.WriteByte('\n')
	}
	t.docs++
	if err := WriteText(&t.buf, []*claims.Result{r}, t.o.Mentions, t.o.Style); err != nil {
		return err
	}
	_, err := t.w.Write(termsafe.Escape(t.buf.Bytes(), t.o.Style.Sequences()...))
	return err
}

func (t *textWriter) Close() error { return nil }
