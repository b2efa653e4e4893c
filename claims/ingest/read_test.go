package ingest

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"
)

func write(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func utf16le(s string) []byte {
	out := []byte{0xFF, 0xFE}
	for _, u := range utf16.Encode([]rune(s)) {
		out = append(out, byte(u), byte(u>>8))
	}
	return out
}

func TestRead(t *testing.T) {
	tests := []struct {
		name, file string
		data       []byte
		check      func(t *testing.T, ds []*Document)
		err        string // substring of the error, "" for none
	}{
		{"txt headline and stem source", "cnn.txt", []byte("Headline here\n\nBody text."), func(t *testing.T, ds []*Document) {
			if ds[0].Title != "Headline here" || ds[0].Source != "cnn" || ds[0].Format != "txt" {
				t.Errorf("%+v", ds[0])
			}
		}, ""},
		{"crlf and bom recovered", "a.txt", []byte("\xEF\xBB\xBFTitle\r\nLine two\rLine three"), func(t *testing.T, ds []*Document) {
			if ds[0].Text != "Title\nLine two\nLine three" {
				t.Errorf("text %q", ds[0].Text)
			}
		}, ""},
		{"utf-16 with bom decoded", "u.txt", utf16le("Caf\u00e9 story\nBody"), func(t *testing.T, ds []*Document) {
			if ds[0].Text != "Café story\nBody" {
				t.Errorf("text %q", ds[0].Text)
			}
		}, ""},
		{"markdown front matter keeps line numbers", "s.md", []byte("---\nsource: Planet\npublished: 2021-03-04\n---\n# T\nBody"), func(t *testing.T, ds []*Document) {
			d := ds[0]
			if d.Source != "Planet" || d.PublishedString() != "2021-03-04" || !strings.HasPrefix(d.Text, "\n\n\n\n# T") {
				t.Errorf("%+v %q", d, d.Text)
			}
		}, ""},
		{"json array", "a.json", []byte(`[{"id":"x","source":"S","text":"One."},{"id":"y","text":"Two."}]`), func(t *testing.T, ds []*Document) {
			if len(ds) != 2 || ds[0].ID != "x" || ds[1].Source != "a" {
				t.Errorf("%+v", ds)
			}
		}, ""},
		{"jsonl records", "a.jsonl", []byte("{\"id\":\"x\",\"text\":\"One.\"}\n\n{\"id\":\"y\",\"text\":\"Two.\",\"published\":\"2020-01-03\"}\n"), func(t *testing.T, ds []*Document) {
			if len(ds) != 2 || ds[1].Line != 3 || ds[1].PublishedString() != "2020-01-03" {
				t.Errorf("%+v", ds[1])
			}
		}, ""},
		{"nul byte", "b.txt", []byte("ab\x00c"), nil, "b.txt:1:3: binary file"},
		{"invalid utf-8", "l.txt", []byte("x\nab\xffc"), nil, "l.txt:2:3: not valid UTF-8"},
		{"front matter not closed", "f.md", []byte("---\na: b\n"), nil, "f.md:1:1: front matter opened with --- is never closed"},
		{"front matter not a map", "m.md", []byte("---\n- a\n- b\n---\nBody"), nil, "front matter must be a mapping"},
		{"bad published", "p.md", []byte("---\npublished: soon\n---\nBody"), nil, `published "soon" is not a date`},
		{"broken jsonl line", "j.jsonl", []byte("{\"text\":\"a\"}\n{\"text\": oops}\n"), nil, "j.jsonl:2:"},
		{"duplicate ids", "d.jsonl", []byte("{\"id\":\"x\",\"text\":\"a\"}\n{\"id\":\"x\",\"text\":\"b\"}\n"), nil, `duplicate document id "x"`},
		{"json record without text", "n.json", []byte(`{"id":"x"}`), nil, `record has no "text" field`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			p := write(t, dir, tc.file, tc.data)
			res, err := Read(context.Background(), []string{p}, Options{})
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("error %v, want one containing %q", err, tc.err)
				}
				if !strings.Contains(err.Error(), tc.file) {
					t.Errorf("error %q does not name the file", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			tc.check(t, res.Documents)
		})
	}
}

func TestReadWarningsAndLimits(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "empty.txt", []byte(" \n\t\n"))
	write(t, dir, "ok.txt", []byte("Title\nBody."))
	write(t, dir, "gold.json", []byte(`{"num_killed": 4}`))
	write(t, dir, "notes.csv", []byte("a,b"))
	res, err := Read(context.Background(), []string{dir}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Documents) != 1 || len(res.Warnings) != 2 {
		t.Fatalf("documents %d warnings %d, want 1 and 2", len(res.Documents), len(res.Warnings))
	}
	_, err = Read(context.Background(), []string{filepath.Join(dir, "ok.txt")}, Options{MaxBytes: 5})
	if err == nil || !strings.Contains(err.Error(), "larger than --max-bytes") {
		t.Errorf("size limit: %v", err)
	}
	_, err = Read(context.Background(), []string{filepath.Join(dir, "missing.txt")}, Options{})
	if err == nil || !strings.Contains(err.Error(), "no such file or directory") {
		t.Errorf("missing: %v", err)
	}
}
