package claims

import (
	"encoding/json"
	"fmt"
	"github.com/claimdiff/claimdiff/internal/rulestest"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/claims/ingest"
)

func TestWindows(t *testing.T) {
	text := "a b\nc d\n\ne f\n  \ng h\ni\n"
	for _, tc := range []struct {
		size int
		soft bool
		want []window
	}{
		// a line break is a boundary in plain text: each window ends at
		// the first after its size
		{4, false, []window{{0, 0, 8, 22}, {0, 8, 13, 22}, {0, 13, 20, 22}, {0, 20, 22, 22}}},
		// only a blank line in Markdown (white space on it allowed)
		{4, true, []window{{0, 0, 9, 22}, {0, 9, 16, 22}, {0, 16, 22, 22}}},
		{100, false, []window{{0, 0, 22, 22}}},
	} {
		got := windows(text, tc.size, windowBefore, windowAfter, tc.soft)
		if fmt.Sprint(got) != fmt.Sprint(tc.want) {
			t.Errorf("windows(%d, soft %v) = %v, want %v", tc.size, tc.soft, got, tc.want)
		}
	}
	// a long text: the windows tile it, each cut at a line's start, with
	// at least the context asked for where the text has it
	long := strings.Repeat("A sentence of some length.\n", 5000)
	ws := windows(long, 10000, windowBefore, windowAfter, false)
	for i, w := range ws {
		if i > 0 && w.from != ws[i-1].to || w.from >= w.to || w.from > 0 && long[w.from-1] != '\n' {
			t.Fatalf("window %d %v does not follow %v at a line's start", i, w, ws[i-1])
		}
		if w.from-w.ctxFrom < min(w.from, windowBefore) || w.ctxTo-w.to < min(len(long)-w.to, windowAfter) {
			t.Fatalf("window %d %v: too little context", i, w)
		}
	}
	if ws[len(ws)-1].to != len(long) {
		t.Fatalf("windows end at %d of %d", ws[len(ws)-1].to, len(long))
	}
}

// windowArticles are real articles long enough to cut: the seeds, and,
// when the corpus is beside the repo, every article of it over 3,000
// bytes.
// TestLaterWindowsFrom: once a window has given a claim at any byte of
// it, no later window's text starts before LaterWindowsFrom, in plain text
// and Markdown (paragraphs of several lines).
func TestLaterWindowsFrom(t *testing.T) {
	for _, format := range []string{"txt", "md"} {
		var b strings.Builder
		for i := range 6000 {
			fmt.Fprintf(&b, "Line %d of a paragraph,\nand its second line.\n", i)
			if i%3 == 2 {
				b.WriteString("\n")
			}
		}
		doc := &ingest.Document{Text: b.String(), Format: format}
		ws := windows(doc.Text, 40000, windowBefore, windowAfter, format == "md")
		if len(ws) < 5 {
			t.Fatalf("%s: %d windows", format, len(ws))
		}
		least := 0 // the least ctxFrom of windows after k
		for k := len(ws) - 2; k >= 0; k-- {
			least = ws[k+1].ctxFrom
			for _, at := range []int{ws[k].from, (ws[k].from + ws[k].to) / 2, ws[k].to - 1} {
				if got := LaterWindowsFrom(doc, at); got > least {
					t.Errorf("%s: window %d, claim at %d: later windows from %d, want at most %d", format, k, at, got, least)
				}
			}
		}
		if got := LaterWindowsFrom(doc, ws[len(ws)-2].to-1); got < ws[len(ws)-2].from {
			t.Errorf("%s: later windows from %d, before the window (%d): nothing forgotten", format, got, ws[len(ws)-2].from)
		}
	}
}

func windowArticles(t *testing.T) map[string]string {
	files, _ := filepath.Glob("../testdata/seeds/*.txt")
	more, _ := filepath.Glob("../../shared/corpus/*/*/*.txt")
	if testing.Short() {
		more, _ = filepath.Glob("../../shared/corpus/events/*/*.txt")
	}
	out := map[string]string{}
	for _, f := range append(files, more...) {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if len(b) > 3000 {
			out[f] = strings.ReplaceAll(string(b), "\r\n", "\n")
		}
	}
	return out
}

// windowed is a claim as extract writes it, with its indexes.
func windowed(c Claim) string {
	b, err := json.Marshal(c)
	if err != nil {
		panic(err)
	}
	return fmt.Sprintf("%s sent=%d tok=%d val=%d", b, c.sent, c.tok, c.val)
}

// TestExtractWindowsSame extracts real articles in windows of 1 KB, far
// smaller than extract's (1 MiB), with extract's context, and wants the
// claims of the whole document: the same claims, ids, spans, lines,
// sentences, values, attributions, frames and indexes. (With 1 KB of
// context before and 512 bytes after, a multi-paragraph quote is cut short
// and a surname is not resolved to a name given further back: what looks
// back or ahead across paragraphs needs the context. Beyond 16 KB, what
// the document's whole name index and casualty tally read can differ from
// a window's; see ExtractWindows.)
func TestExtractWindowsSame(t *testing.T) {
	r := rulestest.Default(t)
	articles := windowArticles(t)
	names := make([]string, 0, len(articles))
	for name := range articles {
		names = append(names, name)
	}
	sort.Strings(names)
	total, parted, cut := 0, 0, 0
	for _, name := range names {
		doc := &ingest.Document{ID: "d", Source: "s", Text: articles[name], Format: "txt"}
		whole := Extract(doc, r)
		var got []Claim
		parts := 0
		err := NewExtractor(r).extractWindows(doc, 1<<10, windowBefore, windowAfter, func(res *Result) error {
			parts++
			if res.Doc != doc || res.Text != nil {
				t.Fatalf("%s: a window's result has doc %p and text %v", name, res.Doc, res.Text != nil)
			}
			got = append(got, res.Claims...)
			if len(res.Claims) > 0 && res.Claims[0].Span.Start > windowBefore {
				cut++ // its text did not start at the document's
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if parts < 2 {
			continue // one long line
		}
		parted++
		if len(got) != len(whole.Claims) {
			t.Errorf("%s: %d claims in windows, %d whole", name, len(got), len(whole.Claims))
			continue
		}
		total += len(got)
		for i := range got {
			if g, w := windowed(got[i]), windowed(whole.Claims[i]); g != w {
				t.Errorf("%s, claim %d:\n got %s\nwant %s", name, i, g, w)
			}
		}
	}
	t.Logf("%d articles, %d claims, %d windows read from inside the text", parted, total, cut)
	if parted == 0 || total == 0 {
		t.Fatal("no article cut into windows")
	}
	if cut == 0 && !testing.Short() && len(articles) > 100 {
		t.Fatal("no window read from inside the text: the corpus has articles longer than the context")
	}
}
