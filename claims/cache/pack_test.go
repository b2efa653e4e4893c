package cache

import (
	"bytes"
	"context"
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/ingest"
	"github.com/claimdiff/claimdiff/claims/rules"
)

// TestPack reads a list of documents for comparison through its pack and
// wants the results extraction gives, whatever happens to the pack: read
// whole (no entry left beside it), a record damaged (that document read
// again, the pack removed and written again by the next run), the footer
// damaged or the file cut (the pack written again by the same run), an
// abandoned temporary file beside it.
func TestPack(t *testing.T) {
	seedDocs, r := seeds(t)
	docs := deskCopies(seedDocs, MinPack)
	want := extractLean(t, docs, r)
	dir := t.TempDir()
	packs := func() []string { return packsIn(t, dir) }
	dropEntries := func() { dropEntriesIn(t, dir) }
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
// Each runs with the entries removed, so that only a pack could serve it.
func TestPackOther(t *testing.T) {
	seedDocs, r := seeds(t)
	other, err := rules.LoadFile("other.yaml", []byte("extends: default\n"))
	if err != nil {
		t.Fatal(err)
	}
	if other.Fingerprint == r.Fingerprint {
		t.Fatal("other rules with the same fingerprint")
	}
	docs := deskCopies(seedDocs, MinPack+1)
	want := extractLean(t, docs, r)
	dir := t.TempDir()
	c, _ := Open(dir, r, nil)
	keys := c.keys(docs[:MinPack])
	a := c.packKey(keys)
	if _, err := c.ExtractAll(context.Background(), docs[:MinPack], r, true, nil, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := c.openPack(a, keys); err != nil {
		t.Fatalf("the pack of the list: %v", err)
	}
	if _, err := c.openPack(a, c.keys(docs[1:])); err == nil {
		t.Error("a pack opened for another number of documents")
	}
	dropEntries := func() { dropEntriesIn(t, dir) }

	// other rules: no pack shares a document, every entry is written again
	dropEntries()
	co, _ := Open(dir, other, nil)
	if _, err := co.ExtractAll(context.Background(), docs[:MinPack], other, true, nil, nil); err != nil {
		t.Fatal(err)
	}
	if co.Written() != MinPack || co.PacksWritten() != 1 {
		t.Errorf("other rules: %d entries and %d packs written, want %d and 1", co.Written(), co.PacksWritten(), MinPack)
	}

	// another order: its own pack written, each result its own document's
	reversed := append([]*ingest.Document(nil), docs[:MinPack]...)
	wantRev := append([]*claims.Result(nil), want[:MinPack]...)
	for i, j := 0, len(reversed)-1; i < j; i, j = i+1, j-1 {
		reversed[i], reversed[j] = reversed[j], reversed[i]
		wantRev[i], wantRev[j] = wantRev[j], wantRev[i]
	}
	dropEntries()
	c, _ = Open(dir, r, nil)
	got, err := c.ExtractAll(context.Background(), reversed, r, true, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, wantRev) {
		t.Error("another order: results differ from extraction")
	}
	if c.PacksWritten() != 1 {
		t.Errorf("another order: %d packs written, want its own", c.PacksWritten())
	}
	if k := c.packKey(c.keys(reversed)); k == a {
		t.Error("another order: the same pack key")
	}
}

// TestPackKeys wants a pack whose footer names other documents than the
// list's refused, though its header names the list's pack.
func TestPackKeys(t *testing.T) {
	seedDocs, r := seeds(t)
	docs := deskCopies(seedDocs, MinPack)
	dir := t.TempDir()
	c, _ := Open(dir, r, nil)
	if _, err := c.ExtractAll(context.Background(), docs, r, true, nil, nil); err != nil {
		t.Fatal(err)
	}
	keys := c.keys(docs)
	pk := c.packKey(keys)
	name := c.packPath(pk)
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	// the first record's key in the footer, changed, and the footer's
	// checksum made right again
	at := int64(binary.LittleEndian.Uint64(b[len(b)-packTrailer:]))
	footer := b[at : len(b)-packTrailer]
	i := bytes.Index(footer, keys[0][:])
	if i < 0 {
		t.Fatal("the first key is not in the footer")
	}
	footer[i] ^= 1
	binary.LittleEndian.PutUint32(b[len(b)-packTrailer+8:], crc32.Checksum(footer, crcTable))
	os.WriteFile(name, b, 0o644)
	if _, err := c.openPack(pk, keys); err == nil {
		t.Error("a pack whose footer names another document was opened")
	}
}

// TestPackGrows: a list with no pack takes the records of the documents
// it shares with the kept pack sharing the most with it (a baseline grown
// by a few articles), checked first, and only the maxPacks packs used
// last are kept.
func TestPackGrows(t *testing.T) {
	seedDocs, r := seeds(t)
	docs := deskCopies(seedDocs, MinPack+10)
	want := extractLean(t, docs, r)
	dir := t.TempDir()
	dropEntries := func() { dropEntriesIn(t, dir) }
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

	packOf := func(from, to int) string {
		c, _ := Open(dir, r, nil)
		return c.packPath(c.packKey(c.keys(docs[from:to])))
	}
	// a list sharing part of the last one: its pack's table holds the
	// strings its records use, as one written from the entries alone does
	tableOf := func() int {
		t.Helper()
		c, _ := Open(dir, r, nil)
		p, err := c.openPackFile(packOf(8, MinPack+10), nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		defer p.close()
		return len(p.table)
	}
	run("a list sharing part of the last", 8, MinPack+10, 0)
	taken := tableOf()
	os.RemoveAll(filepath.Join(dir, fmt.Sprintf("v%d", formatVersion), packDir))
	run("the same list, its pack written from the entries", 8, MinPack+10, -1)
	if fresh := tableOf(); taken != fresh {
		t.Errorf("a pack taking records from another has %d strings, written from the entries %d", taken, fresh)
	}

	// packs are kept by when they were used last: list 0's, used again
	// after lists 1 to 3 were written, outlives list 1's
	os.RemoveAll(filepath.Join(dir, fmt.Sprintf("v%d", formatVersion), packDir))
	list := func(i int) (int, int) { return i + 1, MinPack + i + 1 }
	for i := range maxPacks {
		from, to := list(i)
		run(fmt.Sprintf("list %d", i), from, to, -1)
		at := time.Now().Add(time.Duration(i-maxPacks) * time.Hour)
		os.Chtimes(packOf(from, to), at, at)
	}
	dropEntries()
	from, to := list(0)
	run("list 0 again, from its pack", from, to, 0)
	from, to = list(maxPacks)
	run("a new list", from, to, -1)
	var kept []string
	for i := range maxPacks + 1 {
		if _, err := os.Stat(packOf(list(i))); err == nil {
			kept = append(kept, fmt.Sprint(i))
		}
	}
	if got, want := strings.Join(kept, " "), "0 2 3 4"; got != want {
		t.Errorf("packs kept of lists %s, want %s", got, want)
	}

	// a list takes records from the pack sharing the most with it, not
	// from the one written last (another story's)
	var others []*ingest.Document
	for i := range MinPack {
		d := *seedDocs[i%len(seedDocs)]
		d.ID, d.Path = fmt.Sprintf("other%03d", i), fmt.Sprintf("other%03d", i)
		d.Text += fmt.Sprintf("\nFiled by bureau %03d.\n", i)
		others = append(others, &d)
	}
	c, _ = Open(dir, r, nil)
	if _, err := c.ExtractAll(context.Background(), others, r, true, nil, nil); err != nil {
		t.Fatal(err)
	}
	dropEntries()
	from, to = list(0)
	run("list 0 grown by one, another story's pack written last", from, to+1, 1)
}

// deskCopies is n articles made of the seeds, docNNN each with a line of
// its own, so each is an entry of its own.
func deskCopies(seedDocs []*ingest.Document, n int) []*ingest.Document {
	docs := make([]*ingest.Document, n)
	for i := range docs {
		d := *seedDocs[i%len(seedDocs)]
		d.ID, d.Path = fmt.Sprintf("doc%03d", i), fmt.Sprintf("doc%03d", i)
		d.Text += fmt.Sprintf("\nFiled by desk %03d.\n", i)
		docs[i] = &d
	}
	return docs
}

// packsIn lists the packs in the cache directory dir, not their
// temporary files.
func packsIn(t *testing.T, dir string) []string {
	t.Helper()
	var out []string
	for _, p := range entries(t, dir) {
		if strings.Contains(filepath.ToSlash(p), "/packs/") && !strings.Contains(p, ".tmp-") {
			out = append(out, p)
		}
	}
	return out
}

// dropEntriesIn removes every entry of the cache directory dir, leaving
// its packs.
func dropEntriesIn(t *testing.T, dir string) {
	t.Helper()
	for _, p := range entries(t, dir) {
		if !strings.Contains(filepath.ToSlash(p), "/packs/") {
			os.Remove(p)
		}
	}
}
