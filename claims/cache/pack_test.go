package cache

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/claims/ingest"
)

// TestPack reads a list of documents for comparison through its pack and
// wants the results extraction gives, whatever happens to the pack: read
// whole (no entry left beside it), a record damaged (that document read
// again, the pack removed and written again by the next run), the footer
// damaged or the file cut (the pack written again by the same run), an
// abandoned temporary file beside it.
func TestPack(t *testing.T) {
	seedDocs, r := seeds(t)
	var docs []*ingest.Document
	for i := range MinPack {
		d := *seedDocs[i%len(seedDocs)]
		d.ID, d.Path = fmt.Sprintf("doc%03d", i), fmt.Sprintf("doc%03d", i)
		d.Text += fmt.Sprintf("\nFiled by desk %03d.\n", i)
		docs = append(docs, &d)
	}
	want := extract(t, docs, r)
	for _, res := range want {
		res.Mentions, res.Text.Tokens = nil, nil
	}
	dir := t.TempDir()
	packs := func() []string {
		t.Helper()
		var out []string
		for _, p := range entries(t, dir) {
			if strings.Contains(filepath.ToSlash(p), "/packs/") && !strings.Contains(p, ".tmp-") {
				out = append(out, p)
			}
		}
		return out
	}
	dropEntries := func() {
		t.Helper()
		for _, p := range entries(t, dir) {
			if !strings.Contains(filepath.ToSlash(p), "/packs/") {
				os.Remove(p)
			}
		}
	}
	run := func(what string, written int) {
		t.Helper()
		c, err := Open(dir, r, nil)
		if err != nil {
			t.Fatal(err)
		}
		got, err := c.ExtractAll(context.Background(), docs, r, true, nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%s: results differ from extraction", what)
		}
		if written >= 0 && c.Written() != written {
			t.Errorf("%s: %d entries written, want %d", what, c.Written(), written)
		}
	}
	run("cold", len(docs))
	if len(packs()) != 1 {
		t.Fatalf("after a cold run: packs %v, want one", packs())
	}
	pack := packs()[0]
	dropEntries()
	run("from the pack alone", 0)

	good, err := os.ReadFile(pack)
	if err != nil {
		t.Fatal(err)
	}
	bad := append([]byte(nil), good...)
	bad[packHeader+len(good)/3] ^= 0x40 // inside a record
	os.WriteFile(pack, bad, 0o644)
	run("a record damaged", 1)
	if len(packs()) != 0 {
		t.Fatal("a pack with a damaged record was kept")
	}
	run("after a damaged record", -1) // the entries were dropped: extracted again
	dropEntries()
	run("the pack written again", 0)

	for name, damage := range map[string]func([]byte) []byte{
		"footer damaged":  func(b []byte) []byte { b[len(b)-packTrailer-3] ^= 0x40; return b },
		"trailer damaged": func(b []byte) []byte { b[len(b)-2] ^= 0x40; return b },
		"header damaged":  func(b []byte) []byte { b[3] ^= 0x40; return b },
		"cut":             func(b []byte) []byte { return b[:len(b)/2] },
		"empty":           func(b []byte) []byte { return nil },
	} {
		os.WriteFile(pack, damage(append([]byte(nil), good...)), 0o644)
		run(name, -1)
		dropEntries()
		run(name+", then from the pack written again", 0)
	}
	os.WriteFile(filepath.Join(filepath.Dir(pack), ".tmp-77"), good[:len(good)/2], 0o644)
	run("beside an abandoned temporary file", 0)
}

// TestPackOther wants a pack used only for its own documents: another
// list, the same list in another order, or other rules find none to read.
func TestPackOther(t *testing.T) {
	seedDocs, r := seeds(t)
	var docs []*ingest.Document
	for i := range MinPack + 1 {
		d := *seedDocs[i%len(seedDocs)]
		d.ID = fmt.Sprintf("doc%03d", i)
		d.Text += fmt.Sprintf("\nFiled by desk %03d.\n", i)
		docs = append(docs, &d)
	}
	dir := t.TempDir()
	c, _ := Open(dir, r, nil)
	a := c.packKey(c.keys(docs[:MinPack]))
	if _, err := c.ExtractAll(context.Background(), docs[:MinPack], r, true, nil, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := c.openPack(a, MinPack); err != nil {
		t.Fatalf("the pack of the list: %v", err)
	}
	reversed := append([]*ingest.Document(nil), docs[:MinPack]...)
	for i, j := 0, len(reversed)-1; i < j; i, j = i+1, j-1 {
		reversed[i], reversed[j] = reversed[j], reversed[i]
	}
	for name, list := range map[string][]*ingest.Document{"another list": docs[1:], "another order": reversed} {
		if k := c.packKey(c.keys(list)); k == a {
			t.Errorf("%s: the same pack key", name)
		}
	}
	if _, err := c.openPack(a, MinPack+1); err == nil {
		t.Error("a pack opened for another number of documents")
	}
}

// TestPackGrows: a list with no pack takes the records of the documents
// it shares with the pack used last (a baseline grown by a few articles),
// checked first, and only maxPacks packs are kept.
func TestPackGrows(t *testing.T) {
	seedDocs, r := seeds(t)
	var docs []*ingest.Document
	for i := range MinPack + 10 {
		d := *seedDocs[i%len(seedDocs)]
		d.ID, d.Path = fmt.Sprintf("doc%03d", i), fmt.Sprintf("doc%03d", i)
		d.Text += fmt.Sprintf("\nFiled by desk %03d.\n", i)
		docs = append(docs, &d)
	}
	want := extract(t, docs, r)
	for _, res := range want {
		res.Mentions, res.Text.Tokens = nil, nil
	}
	dir := t.TempDir()
	dropEntries := func() {
		t.Helper()
		for _, p := range entries(t, dir) {
			if !strings.Contains(filepath.ToSlash(p), "/packs/") {
				os.Remove(p)
			}
		}
	}
	run := func(what string, from, to, written int) {
		t.Helper()
		c, err := Open(dir, r, nil)
		if err != nil {
			t.Fatal(err)
		}
		got, err := c.ExtractAll(context.Background(), docs[from:to], r, true, nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want[from:to]) {
			t.Fatalf("%s: results differ from extraction", what)
		}
		if written >= 0 && c.Written() != written {
			t.Errorf("%s: %d entries written, want %d", what, c.Written(), written)
		}
	}
	run("the first list", 0, MinPack, MinPack)
	dropEntries()
	run("grown by 5, from the first list's pack", 0, MinPack+5, 5)
	dropEntries()
	run("grown by 5, from its own pack", 0, MinPack+5, 0)

	c, _ := Open(dir, r, nil)
	last := c.packFiles()[0].path
	b, _ := os.ReadFile(last)
	b[packHeader+10] ^= 0x40 // the first record
	os.WriteFile(last, b, 0o644)
	dropEntries()
	run("grown by 10, one record of the pack used last damaged", 0, MinPack+10, 6)
	dropEntries()
	run("grown by 10, from its own pack", 0, MinPack+10, 0)

	// a list sharing part of the last one: its pack's table holds the
	// strings its records use, as one written from the entries alone does
	tableOf := func() int {
		t.Helper()
		c, _ := Open(dir, r, nil)
		p, err := c.openPackFile(c.packFiles()[0].path, nil, -1)
		if err != nil {
			t.Fatal(err)
		}
		defer p.close()
		return len(p.table)
	}
	run("a list sharing part of the last", 8, MinPack+10, 0)
	taken := tableOf()
	os.RemoveAll(filepath.Join(dir, "v4", packDir))
	run("the same list, its pack written from the entries", 8, MinPack+10, -1)
	if fresh := tableOf(); taken != fresh {
		t.Errorf("a pack taking records from another has %d strings, written from the entries %d", taken, fresh)
	}

	for i := range maxPacks + 2 {
		run(fmt.Sprintf("list %d", i), i+1, MinPack+i+1, -1)
	}
	if n := len(c.packFiles()); n != maxPacks {
		t.Errorf("%d packs kept, want %d", n, maxPacks)
	}
}
