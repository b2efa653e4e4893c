package output

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/ingest"
	"github.com/claimdiff/claimdiff/internal/rulestest"
)

// TestWindowsWriteTheSame writes two real articles, Markdown between
// them whose sentences wrap (as the document has them, not folded), and a
// short article under the window, each extracted whole and in windows of
// 1 KB: JSON and JSONL write the same bytes both ways, a document's
// windows coming as several Results in a row; text writes the same claims
// (textSame).
func TestWindowsWriteTheSame(t *testing.T) {
	r := rulestest.Default(t)
	docs := windowTestDocs(t)
	for _, f := range extractFormats {
		o := ExtractOptions{}
		var whole, windowed bytes.Buffer
		ww := f.New(&whole, o)
		o.Window = 1 << 10
		wp := f.New(&windowed, o)
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
		if f.Name == "text" {
			textSame(t, whole.String(), windowed.String())
			continue
		}
		if !bytes.Equal(whole.Bytes(), windowed.Bytes()) || whole.Len() < 1000 {
			t.Errorf("%s: %d bytes in windows, %d whole", f.Name, windowed.Len(), whole.Len())
		}
	}
}

// textSame checks the text format of documents in windows against the
// same documents whole: a document under the window is written the same;
// one over it has its heading without the claim count, the same claims
// (columns aligned a window at a time, so spaces aside), and the count
// after them.
func textSame(t *testing.T, whole, windowed string) {
	t.Helper()
	wholeDocs, windowDocs := strings.Split(whole, "\n\n"), strings.Split(windowed, "\n\n")
	if len(wholeDocs) != len(windowDocs) || len(wholeDocs) < 2 {
		t.Fatalf("text: %d documents in windows, %d whole", len(windowDocs), len(wholeDocs))
	}
	count := regexp.MustCompile(`  (\(\d+ claims\))\n`)
	spaces := regexp.MustCompile(` +`)
	windows := 0
	for i, w := range wholeDocs {
		p := windowDocs[i]
		if w == p {
			continue
		}
		windows++
		// the whole's count moves from its heading to its end
		m := count.FindStringSubmatchIndex(w)
		if m == nil || strings.Count(w, "\n") < 10 {
			t.Fatalf("text: document %d: no count or too few claims:\n%s", i, w)
		}
		moved := w[:m[0]] + "\n" + strings.TrimSuffix(w[m[1]:], "\n") + "\n" + w[m[2]:m[3]]
		p = strings.TrimSuffix(p, "\n")
		if spaces.ReplaceAllString(moved, " ") != spaces.ReplaceAllString(p, " ") {
			t.Errorf("text: document %d in windows:\n%s\nwhole:\n%s", i, p, w)
		}
		if moved == p {
			t.Errorf("text: document %d in windows aligned as whole", i)
		}
	}
	if windows != len(wholeDocs)-1 {
		t.Errorf("text: %d of %d documents written in windows, want all but the short one", windows, len(wholeDocs))
	}
}

// windowTestDocs are the documents TestWindowsWriteTheSame writes.
func windowTestDocs(t *testing.T) []*ingest.Document {
	t.Helper()
	var docs []*ingest.Document
	for _, name := range []string{"000_9657c7c9ccc2eae3.txt", "wrapped.md", "short.txt", "004_036ee2da981d46e5.txt"} {
		var md strings.Builder
		for i := range 40 {
			fmt.Fprintf(&md, "Police said %d people\nwere killed in the attack on the town.\n\n", i+2)
		}
		text, format := md.String(), "md"
		if name == "short.txt" {
			text, format = "Police said 3 people were killed on Monday.\n", "txt"
		} else if name != "wrapped.md" {
			format = "txt"
			data, err := os.ReadFile("../../testdata/seeds/" + name)
			if err != nil {
				t.Fatal(err)
			}
			text = string(data)
		}
		docs = append(docs, &ingest.Document{ID: name, Source: "s", Path: name, Text: text, Format: format})
	}
	return docs
}

// TestJSONTablesTaken writes the documents of TestWindowsWriteTheSame,
// and the first two of them ten times over as one, whole, and in windows
// of 1 KB with their tables taken out as they grow, the indexes of the
// tables forgetting what no later window gives, and every buffer spilled
// to a temporary file at once: the same bytes.
func TestJSONTablesTaken(t *testing.T) {
	r := rulestest.Default(t)
	var whole, windowed bytes.Buffer
	ww, wp := NewJSONWriter(&whole, false), NewJSONWriter(&windowed, false)
	wp.tableSpill, wp.spillAt = 1, 64
	docs := windowTestDocs(t)
	long := strings.Repeat(docs[0].Text+"\n\n"+docs[1].Text+"\n\n", 10)
	docs = append(docs, &ingest.Document{ID: "long", Source: "s", Path: "long.txt", Text: long, Format: "txt"})
	for _, d := range docs {
		if err := ww.Write(claims.Extract(d, r)); err != nil {
			t.Fatal(err)
		}
		if err := claims.ExtractWindows(d, r, 1<<10, wp.Write); err != nil {
			t.Fatal(err)
		}
		if wp.cur != nil && !wp.cur.tablesTaken() {
			t.Errorf("%s: tables not taken", d.Path)
		}
		if p := wp.cur; d.ID == "long" && len(p.b.sentenceAt) >= p.sentences.n/2 {
			t.Errorf("%s: %d of %d sentences indexed at the end", d.Path, len(p.b.sentenceAt), p.sentences.n)
		}
		if p := wp.cur; d.ID == "long" && (p.claims.file == nil || p.sentences.file == nil) {
			t.Errorf("%s: claims or sentences not spilled to a file past %d bytes", d.Path, wp.spillAt)
		}
	}
	if err := ww.Close(); err != nil {
		t.Fatal(err)
	}
	if err := wp.Close(); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(whole.Bytes(), windowed.Bytes()) || !strings.Contains(whole.String(), `"attributions":[`) {
		t.Errorf("%d bytes with tables taken, %d whole:\n%s", windowed.Len(), whole.Len(), windowed.String())
	}
}

// TestJSONSpillFails: when no temporary file can be made, a document's
// records stay in memory, the output is whole, and no later record tries
// to make the file again.
func TestJSONSpillFails(t *testing.T) {
	t.Setenv("TMPDIR", filepath.Join(t.TempDir(), "missing"))
	r := rulestest.Default(t)
	var whole, spilt bytes.Buffer
	ww, wp := NewJSONWriter(&whole, false), NewJSONWriter(&spilt, false)
	wp.tableSpill, wp.spillAt = 1, 64
	docs := windowTestDocs(t)
	long := &ingest.Document{ID: "long", Source: "s", Path: "long.txt", Text: strings.Repeat(docs[0].Text+"\n\n", 10), Format: "txt"}
	if err := ww.Write(claims.Extract(long, r)); err != nil {
		t.Fatal(err)
	}
	if err := claims.ExtractWindows(long, r, 1<<10, wp.Write); err != nil {
		t.Fatal(err)
	}
	if p := wp.cur; p == nil || !p.claims.inMemory || p.claims.file != nil {
		t.Fatalf("claims not kept in memory after a failed spill")
	}
	if err := ww.Close(); err != nil {
		t.Fatal(err)
	}
	if err := wp.Close(); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(whole.Bytes(), spilt.Bytes()) {
		t.Errorf("%d bytes kept in memory, %d whole", spilt.Len(), whole.Len())
	}
}
