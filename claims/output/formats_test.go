package output

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/ingest"
	"github.com/claimdiff/claimdiff/internal/rulestest"
)

// TestWindowsWriteTheSame writes two real articles, and Markdown between
// them whose sentences wrap (as the document has them, not folded), each
// extracted whole and in windows of 1 KB: every format
// that takes windows writes the same bytes both ways, a document's windows
// coming as several Results in a row.
func TestWindowsWriteTheSame(t *testing.T) {
	r := rulestest.Default(t)
	var docs []*ingest.Document
	for _, name := range []string{"000_9657c7c9ccc2eae3.txt", "wrapped.md", "004_036ee2da981d46e5.txt"} {
		var md strings.Builder
		for i := range 40 {
			fmt.Fprintf(&md, "Police said %d people\nwere killed in the attack on the town.\n\n", i+2)
		}
		text, format := md.String(), "md"
		if name != "wrapped.md" {
			format = "txt"
			data, err := os.ReadFile("../../testdata/seeds/" + name)
			if err != nil {
				t.Fatal(err)
			}
			text = string(data)
		}
		docs = append(docs, &ingest.Document{ID: name, Source: "s", Path: name, Text: text, Format: format})
	}
	for _, f := range extractFormats {
		o := ExtractOptions{}
		if !f.Windows(o) {
			continue
		}
		var whole, windowed bytes.Buffer
		ww, wp := f.New(&whole, o), f.New(&windowed, o)
		parts := 0
		for _, d := range docs {
			if err := ww.Write(claims.Extract(d, r)); err != nil {
				t.Fatal(err)
			}
			err := claims.ExtractWindows(d, r, 1<<10, func(res *claims.Result) error {
				parts++
				return wp.Write(res)
			})
			if err != nil {
				t.Fatal(err)
			}
		}
		if err := ww.Close(); err != nil {
			t.Fatal(err)
		}
		if err := wp.Close(); err != nil {
			t.Fatal(err)
		}
		if parts <= len(docs) {
			t.Fatalf("%s: %d windows for %d documents", f.Name, parts, len(docs))
		}
		if !bytes.Equal(whole.Bytes(), windowed.Bytes()) || whole.Len() < 1000 {
			t.Errorf("%s: %d bytes in windows, %d whole", f.Name, windowed.Len(), whole.Len())
		}
	}
}
