package ingest

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"
)

func checkDocs(t *testing.T, docs []*Document) {
	t.Helper()
	for _, d := range docs {
		if !utf8.ValidString(d.Text) || strings.ContainsRune(d.Text, '\r') || strings.ContainsRune(d.Text, 0) {
			t.Fatalf("document text not clean UTF-8 with LF line ends: %q", d.Text)
		}
	}
}

// FuzzMarkdown reads arbitrary bytes as a Markdown article with front matter.
func FuzzMarkdown(f *testing.F) {
	f.Add([]byte("---\nsource: A\npublished: 2024-01-02\n---\n# T\nBody"))
	f.Add([]byte("---\n- a\n---\nx"))
	f.Add([]byte("---\nsource: [\n"))
	f.Add([]byte("\xEF\xBB\xBF---\r\ntitle: x\r\n---\r\nBody\r"))
	f.Fuzz(func(t *testing.T, b []byte) {
		docs, _, err := parseFile("f.md", "md", b, Options{}, true)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "f.md") {
				t.Fatalf("error does not name the file: %v", err)
			}
			return
		}
		checkDocs(t, docs)
	})
}

// FuzzJSONL reads arbitrary bytes as JSON Lines.
func FuzzJSONL(f *testing.F) {
	f.Add([]byte("{\"id\":\"a\",\"text\":\"One.\"}\n{\"id\":\"b\",\"text\":\"Two.\",\"published\":\"2020-01-03\"}\n"))
	f.Add([]byte("{\"text\": oops}\n"))
	f.Add([]byte("{\"text\":\"\\u0000\"}\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		docs, _, err := readJSONL("f.jsonl", bytes.NewReader(b), Options{MaxBytes: 1 << 20})
		if err != nil {
			if !strings.HasPrefix(err.Error(), "f.jsonl") {
				t.Fatalf("error does not name the file: %v", err)
			}
			return
		}
		checkDocs(t, docs)
	})
}

// FuzzHTML extracts the main text of arbitrary markup.
func FuzzHTML(f *testing.F) {
	f.Add("<html><head><title>T</title></head><body><article><p>16 people were killed.</p></article></body></html>")
	f.Add("<div><div><div><p>x</p>")
	f.Add("<script>alert(1)</script><p>text</p>")
	f.Fuzz(func(t *testing.T, page string) {
		if !utf8.ValidString(page) {
			t.Skip()
		}
		d := &Document{Path: "f.html"}
		if err := fromHTML(d, page); err != nil {
			return
		}
		if !utf8.ValidString(d.Text) {
			t.Fatalf("extracted text is not UTF-8")
		}
	})
}
