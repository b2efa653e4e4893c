package report

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/net/html"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/ingest"
	"github.com/claimdiff/claimdiff/claims/output"
	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/compare/check"
	"github.com/claimdiff/claimdiff/internal/rulestest"
)

// FuzzReports writes every report format for a comparison of hostile text
// with an ordinary article, and checks the output: JSON and SARIF parse,
// GitHub annotations stay one line each, the HTML page has no element or
// script but its own, Markdown table rows keep their columns.
func FuzzReports(f *testing.F) {
	for _, s := range []string{
		"Attack kills 16 <script>alert(1)</script>\n16 people were killed, police said. <img src=x onerror=alert(2)>",
		"::error file=x::y\n%0A 16 | people | were killed,\r\nsaid \"the | chief\".",
		"`code` *bold* [link](javascript:alert(1)) 16 people were killed\n\n<!-- claimdiff-ignore -->",
		"\u202e16 people were killed\u200b, ‘quoted’ — “he said”",
	} {
		f.Add(s)
	}
	r := rulestest.Default(f)
	other := claims.Extract(&ingest.Document{ID: "other.md", Path: "other.md", Source: "other", Format: "md",
		Text: "Attack kills 18\n\n18 people were killed, police said.\n"}, r)
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) || strings.ContainsRune(text, 0) {
			t.Skip()
		}
		text = strings.ReplaceAll(text, "\r", "\n")
		hostile := claims.Extract(&ingest.Document{ID: "hostile.md", Path: "hostile.md", Source: "hostile|src", Format: "md", Text: text}, r)
		results := []*claims.Result{hostile, other}
		rep, err := compare.Compare(t.Context(), results, r, compare.Options{})
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if err := WriteJSON(&buf, rep); err != nil || !json.Valid(buf.Bytes()) {
			t.Fatalf("JSON report does not parse (%v)", err)
		}
		buf.Reset()
		arts := []Article{{ID: "hostile.md", Text: text}, {ID: "other.md", Text: other.Doc.Text}}
		if err := WriteHTML(&buf, rep, arts); err != nil {
			t.Fatal(err)
		}
		checkPageIsInert(t, buf.Bytes())
		buf.Reset()
		if err := WriteMarkdown(&buf, rep); err != nil {
			t.Fatal(err)
		}
		checkTableRows(t, buf.String())
		cres, err := check.Check(t.Context(), []*claims.Result{hostile}, []*claims.Result{other}, r,
			check.Options{FailOn: map[compare.Type]bool{compare.Conflict: true}})
		if err != nil {
			t.Fatal(err)
		}
		checkCheckFormats(t, cres)
	})
}

// checkPageIsInert fails unless the HTML page parses with one script (its
// own), no embedded element and no event handler attribute.
func checkPageIsInert(t *testing.T, page []byte) {
	t.Helper()
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	scripts, imgs := 0, 0
	for n := range doc.Descendants() {
		if n.Type != html.ElementNode {
			continue
		}
		switch n.Data {
		case "script":
			scripts++
		case "img", "iframe", "object", "embed":
			imgs++
		}
		for _, a := range n.Attr {
			if strings.HasPrefix(a.Key, "on") {
				t.Fatalf("event handler attribute %s in the page", a.Key)
			}
		}
	}
	if scripts != 1 || imgs != 0 {
		t.Fatalf("page has %d scripts and %d embedded elements", scripts, imgs)
	}
}

// checkTableRows fails when a Markdown table row has more or fewer cells
// than the report's tables.
func checkTableRows(t *testing.T, md string) {
	t.Helper()
	for _, line := range strings.Split(md, "\n") {
		if strings.HasPrefix(line, "| ") && !strings.HasPrefix(line, "|---") {
			if n := unescapedPipes(line); n != 5 && n != 6 {
				t.Fatalf("table row has %d cell separators: %q", n, line)
			}
		}
	}
}

// checkCheckFormats writes a check as SARIF, which must parse, GitHub
// annotations, which must stay one line each, and text.
func checkCheckFormats(t *testing.T, cres *check.Result) {
	t.Helper()
	var buf bytes.Buffer
	id := func(p string) string { return p }
	if err := WriteSARIF(&buf, cres, id, "fuzz"); err != nil || !json.Valid(buf.Bytes()) {
		t.Fatalf("SARIF does not parse (%v)", err)
	}
	buf.Reset()
	if err := WriteGitHub(&buf, cres, id); err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n") {
		if line != "" && !strings.HasPrefix(line, "::") {
			t.Fatalf("annotation split over lines: %q", line)
		}
	}
	buf.Reset()
	if err := WriteCheckText(&buf, cres, id, output.Style{}); err != nil {
		t.Fatal(err)
	}
}

// unescapedPipes counts the | in a Markdown table row that separate cells.
func unescapedPipes(line string) int {
	n := 0
	for i := 0; i < len(line); i++ {
		if line[i] == '\\' {
			i++
			continue
		}
		if line[i] == '|' {
			n++
		}
	}
	return n
}
