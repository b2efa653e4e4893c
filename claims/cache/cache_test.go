package cache

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/ingest"
	"github.com/claimdiff/claimdiff/claims/rules"
	"github.com/claimdiff/claimdiff/claims/segment"
	"github.com/claimdiff/claimdiff/internal/rulestest"
)

func seeds(t *testing.T) ([]*ingest.Document, *rules.Rules) {
	t.Helper()
	r := rulestest.Default(t)
	paths, _ := filepath.Glob("../../testdata/seeds/*.txt")
	md, _ := filepath.Glob("../../testdata/compare/*.md")
	in, err := ingest.Read(context.Background(), append(paths, md...),
		ingest.Options{Published: time.Date(2020, 1, 3, 12, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	return in.Documents, r
}

// forComparison makes an extracted result what one read back for
// comparison is: no mentions, no tokens, its line index built when a
// position is first asked.
func forComparison(res *claims.Result) {
	res.Mentions, res.Text.Tokens = nil, nil
	res.Text.Lines = segment.LazyLines(res.Text.Src)
}

// extract extracts docs without the cache, with their Words.
func extract(t *testing.T, docs []*ingest.Document, r *rules.Rules) []*claims.Result {
	t.Helper()
	out, err := claims.ExtractAll(context.Background(), docs, r, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, res := range out {
		res.FillWords(r)
	}
	return out
}

// extractLean extracts docs without the cache as results read for
// comparison come: with their Words, without tokens or mentions.
func extractLean(t *testing.T, docs []*ingest.Document, r *rules.Rules) []*claims.Result {
	t.Helper()
	out := extract(t, docs, r)
	for _, res := range out {
		forComparison(res)
	}
	return out
}

func entries(t *testing.T, dir string) []string {
	t.Helper()
	fs, err := files(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, f := range fs {
		out = append(out, f.path)
	}
	return out
}

// TestExtractAll wants the same results from a cold cache, a warm one and
// no cache, and each document stored once.
func TestExtractAll(t *testing.T) {
	docs, r := seeds(t)
	want := extract(t, docs, r)
	dir := t.TempDir()
	for run := range 2 {
		c, err := Open(dir, r, nil)
		if err != nil {
			t.Fatal(err)
		}
		got, err := c.ExtractAll(context.Background(), docs, r, false, nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("run %d: results differ from extraction", run)
		}
		if wrote := c.Written(); (run == 0) != (wrote == len(docs)) || run == 1 && wrote != 0 {
			t.Fatalf("run %d wrote %d entries for %d documents", run, wrote, len(docs))
		}
	}
	if n := len(entries(t, dir)); n != len(docs) {
		t.Fatalf("%d entries for %d documents", n, len(docs))
	}
}

// TestForComparison wants results without tokens or mentions, and
// otherwise the same, from a cold cache and a warm one.
func TestForComparison(t *testing.T) {
	docs, r := seeds(t)
	want := extractLean(t, docs, r)
	dir := t.TempDir()
	for run := range 2 {
		c, _ := Open(dir, r, nil)
		got, err := c.ExtractAll(context.Background(), docs, r, true, nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("run %d: results differ", run)
		}
	}
}

// fillStatements is a cache fill that gives each result statement words
// of every kind the binary form stores: the same as the sentence's words,
// a part of them, words of their own; and an attributed part of none, all,
// a part, or words of its own.
func fillStatements(res *claims.Result) {
	res.Statements = make([]claims.StatementWords, len(res.Words))
	for i, ws := range res.Words {
		st := &res.Statements[i]
		switch i % 4 {
		case 0:
			st.All = append([]string{}, ws...)
		case 1:
			st.All = append([]string{}, ws[len(ws)/2:]...)
			st.Inside = st.All
		case 2:
			st.All = []string{"reopen", "statement"}
			st.Inside = []string{"reopen"}
		case 3:
			st.All = append([]string{}, ws...)
			st.Inside = []string{"elsewhere"}
		}
	}
}

// TestFill wants what the cache's fill adds to a result stored with it
// and read back, from a cold cache and a warm one, whole and for
// comparison.
func TestFill(t *testing.T) {
	docs, r := seeds(t)
	fill := fillStatements
	want := extract(t, docs, r)
	for _, res := range want {
		fill(res)
	}
	dir := t.TempDir()
	for run := range 2 {
		for _, lean := range []bool{false, true} {
			c, _ := Open(dir, r, fill)
			got, err := c.ExtractAll(context.Background(), docs, r, lean, nil, nil)
			if err != nil {
				t.Fatal(err)
			}
			for i := range got {
				if !reflect.DeepEqual(got[i].Statements, want[i].Statements) {
					t.Fatalf("run %d (lean %v), %s: statement words differ", run, lean, docs[i].ID)
				}
			}
		}
	}
}

// TestKey wants a different key for anything extraction depends on, and
// the same key for what it does not (the document's name and outlet, which
// are taken from the document when an entry is read).
func TestKey(t *testing.T) {
	docs, r := seeds(t)
	c, err := Open(t.TempDir(), r, nil)
	if err != nil {
		t.Fatal(err)
	}
	d := *docs[0]
	k := c.Key(&d)
	same := d
	same.ID, same.Source, same.Path = "other", "other", "other"
	if c.Key(&same) != k {
		t.Error("the name changed the key")
	}
	for name, change := range map[string]func(*ingest.Document){
		"text":      func(d *ingest.Document) { d.Text += " " },
		"format":    func(d *ingest.Document) { d.Format = "md" },
		"published": func(d *ingest.Document) { d.Published = d.Published.Add(time.Hour) },
	} {
		o := d
		change(&o)
		if c.Key(&o) == k {
			t.Errorf("%s did not change the key", name)
		}
	}
	other := *r
	other.Fingerprint += "x"
	c2, err := Open(t.TempDir(), &other, nil)
	if err != nil {
		t.Fatal(err)
	}
	if c2.Key(&d) == k {
		t.Error("the rules did not change the key")
	}
}

// TestBadEntries damages, truncates and replaces entries: each is
// extracted again (the results stay right) and rewritten.
func TestBadEntries(t *testing.T) {
	docs, r := seeds(t)
	want := extract(t, docs, r)
	for _, res := range want {
		fillStatements(res)
	}
	damage := map[string]func([]byte) []byte{
		"flipped byte": func(b []byte) []byte { b[len(b)/2] ^= 1; return b },
		"truncated":    func(b []byte) []byte { return b[:len(b)/2] },
		"empty":        func(b []byte) []byte { return nil },
		"foreign": func(b []byte) []byte {
			return []byte("not a cache entry at all, but long enough to hold a header .....")
		},
		"other version": func(b []byte) []byte {
			b[len(magic)]++
			return b
		},
	}
	for name, bad := range damage {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			c, _ := Open(dir, r, fillStatements)
			if _, err := c.ExtractAll(context.Background(), docs, r, false, nil, nil); err != nil {
				t.Fatal(err)
			}
			for _, p := range entries(t, dir) {
				data, _ := os.ReadFile(p)
				os.WriteFile(p, bad(data), 0o644)
			}
			c, _ = Open(dir, r, fillStatements)
			got, err := c.ExtractAll(context.Background(), docs, r, false, nil, nil)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, want) {
				t.Fatal("a bad entry was trusted")
			}
			if c.Written() != len(docs) {
				t.Fatalf("rewrote %d of %d bad entries", c.Written(), len(docs))
			}
		})
	}
}

// TestConcurrent runs several extractions into one empty cache at once:
// every one gets right results, and the cache ends with one good entry per
// document and no temporary files.
func TestConcurrent(t *testing.T) {
	docs, r := seeds(t)
	want := extract(t, docs, r)
	dir := t.TempDir()
	var wg sync.WaitGroup
	errs := make(chan string, 8)
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c, _ := Open(dir, r, nil)
			got, err := c.ExtractAll(context.Background(), docs, r, false, nil, nil)
			if err != nil || !reflect.DeepEqual(got, want) || c.Err() != nil {
				errs <- "a concurrent run went wrong"
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Fatal(e)
	}
	if n := len(entries(t, dir)); n != len(docs) {
		t.Fatalf("%d files for %d documents", n, len(docs))
	}
	c, _ := Open(dir, r, nil)
	for _, d := range docs {
		if _, ok := c.Get(d, claims.DecodeOptions{}); !ok {
			t.Fatalf("%s: no good entry", d.ID)
		}
	}
}

// TestTrimAndClear: trimming removes the oldest entries first and keeps
// files the cache does not own; clearing removes every entry and nothing
// else.
func TestTrimAndClear(t *testing.T) {
	docs, r := seeds(t)
	dir := t.TempDir()
	c, _ := Open(dir, r, nil)
	if _, err := c.ExtractAll(context.Background(), docs, r, false, nil, nil); err != nil {
		t.Fatal(err)
	}
	mine := filepath.Join(dir, "notes.txt")
	os.WriteFile(mine, []byte("keep me"), 0o644)
	fs, _ := files(dir)
	var total int64
	old := time.Now().Add(-48 * time.Hour)
	for i, f := range fs {
		total += f.size
		os.Chtimes(f.path, old.Add(time.Duration(i)*time.Minute), old.Add(time.Duration(i)*time.Minute))
	}
	newest := fs[len(fs)-1].path
	if n, err := Trim(dir, total); err != nil || n.Entries != 0 {
		t.Fatalf("trim at the limit removed %v (%v)", n, err)
	}
	if n, err := Trim(dir, fs[len(fs)-1].size*10/9+10); err != nil || n.Entries != len(fs)-1 {
		t.Fatalf("trim removed %v of %d (%v)", n, len(fs), err)
	}
	if _, err := os.Stat(newest); err != nil {
		t.Fatal("trim removed the newest entry")
	}
	if n, err := Clear(dir); err != nil || n.Entries != 1 {
		t.Fatalf("clear removed %v (%v)", n, err)
	}
	if _, err := os.Stat(mine); err != nil {
		t.Fatal("clear removed a file that is not the cache's")
	}
	if m, _ := filepath.Glob(filepath.Join(dir, "v*")); len(m) != 0 {
		t.Fatalf("clear left %v", m)
	}
}

// filled is a new cache in a temporary directory holding docs' results
// (for comparison or not), with the size of its files.
func filled(t *testing.T, docs []*ingest.Document, r *rules.Rules, forComparison bool) (string, *Cache, int64) {
	t.Helper()
	dir := t.TempDir()
	c, _ := Open(dir, r, nil)
	if _, err := c.ExtractAll(context.Background(), docs, r, forComparison, nil, nil); err != nil {
		t.Fatal(err)
	}
	fs, _ := files(dir)
	var total int64
	for _, f := range fs {
		total += f.size
	}
	return dir, c, total
}

// TestTrimIfDue: a run that writes to the cache walks it only when the
// ledger cannot tell that the cache is within its limit — no ledger, a
// damaged one, one too old, or a size that with the run's bytes is over
// the limit — and otherwise adds the run's bytes to the ledger.
func TestTrimIfDue(t *testing.T) {
	docs, r := seeds(t)
	dir, c, total := filled(t, docs, r, false)
	if c.BytesWritten() != total {
		t.Fatalf("BytesWritten = %d after writing %d entries into an empty cache of %d bytes", c.BytesWritten(), c.Written(), total)
	}
	// a list of articles for comparison is also kept as a pack: its bytes,
	// footer and all, count too
	many := make([]*ingest.Document, 0, 120)
	for i := range cap(many) {
		d := *docs[i%len(docs)]
		d.ID, d.Text = fmt.Sprintf("%s-%d", d.ID, i), d.Text+fmt.Sprintf("\n\nFiled by desk %d.\n", i)
		many = append(many, &d)
	}
	_, pc, packTotal := filled(t, many, r, true)
	if pc.PacksWritten() != 1 || pc.BytesWritten() != packTotal {
		t.Fatalf("BytesWritten = %d after writing %d entries and %d packs into an empty cache of %d bytes", pc.BytesWritten(), pc.Written(), pc.PacksWritten(), packTotal)
	}
	ledgerFile := filepath.Join(dir, ledgerName)
	steps := []struct {
		name    string
		prepare func()
		max     int64
		written int64
		walked  bool
		size    int64 // the ledger's size after the step
	}{
		{"no ledger", func() {}, 1 << 30, 100, true, total},
		{"a fresh ledger", func() {}, 1 << 30, 100, false, total + 100},
		{"another run", func() {}, 1 << 30, 50, false, total + 150},
		{"over the limit with this run", func() {}, total + 200, 100, true, total},
		{"a damaged ledger", func() { os.WriteFile(ledgerFile, []byte("12x 4\n"), 0o644) }, 1 << 30, 100, true, total},
		{"an old ledger", func() {
			writeLedger(dir, ledger{at: time.Now().Add(-2 * trimInterval), size: 7})
		}, 1 << 30, 100, true, total},
		{"a ledger from the future", func() {
			writeLedger(dir, ledger{at: time.Now().Add(time.Hour), size: 7})
		}, 1 << 30, 100, true, total},
	}
	for _, st := range steps {
		st.prepare()
		_, walked, err := TrimIfDue(dir, st.max, st.written)
		if err != nil || walked != st.walked {
			t.Fatalf("%s: walked %v (%v), want %v", st.name, walked, err, st.walked)
		}
		l, ok := readLedger(dir)
		if !ok || l.size != st.size {
			t.Fatalf("%s: ledger %+v (%v), want size %d", st.name, l, ok, st.size)
		}
	}
	if _, err := Clear(dir); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(dir); !os.IsNotExist(err) {
		t.Fatalf("clear left the cache directory (or its ledger): %v", err)
	}
}

func TestParseSize(t *testing.T) {
	for in, want := range map[string]int64{"0": 0, "1000": 1000, "500M": 500 << 20, "2GiB": 2 << 30, "64kb": 64 << 10, " 3 G ": 3 << 30} {
		if got, err := ParseSize(in); err != nil || got != want {
			t.Errorf("ParseSize(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	for _, in := range []string{"", "-1", "lots", "1T"} {
		if _, err := ParseSize(in); err == nil {
			t.Errorf("ParseSize(%q) gave no error", in)
		}
	}
}

// TestTrimTemp wants temporary files to count toward the limit, a fresh
// one kept (it is being written) and an abandoned one removed, and packs
// counted as packs.
func TestTrimTemp(t *testing.T) {
	docs, r := seeds(t)
	dir, c, total := filled(t, docs, r, false)
	entries := c.Written()
	packs := filepath.Join(dir, fmt.Sprintf("v%d", formatVersion), packDir)
	os.MkdirAll(packs, 0o755)
	fresh := filepath.Join(packs, ".tmp-1")
	os.WriteFile(fresh, make([]byte, total), 0o644)
	abandoned := filepath.Join(packs, ".tmp-2")
	os.WriteFile(abandoned, make([]byte, 10), 0o644)
	old := time.Now().Add(-2 * tmpAge)
	os.Chtimes(abandoned, old, old)
	pack := filepath.Join(packs, strings.Repeat("ab", 32))
	os.WriteFile(pack, make([]byte, 10), 0o644)
	os.Chtimes(pack, old, old)

	n, err := Trim(dir, total+10)
	if err != nil {
		t.Fatal(err)
	}
	if want := (Removed{Entries: entries, Packs: 1, Temp: 1}); n != want {
		t.Errorf("trim with a fresh temporary file as big as the entries removed %+v, want %+v", n, want)
	}
	if _, err := os.Stat(fresh); err != nil {
		t.Error("trim removed the temporary file being written")
	}
	if got := n.String(); got != fmt.Sprintf("%d entries, 1 pack and 1 temporary file", entries) {
		t.Errorf("Removed.String() = %q", got)
	}
}

// TestDirIsFile wants a cache directory that is a file reported, never
// used nor removed: ExtractAll records why (Err), Trim and Clear fail.
func TestDirIsFile(t *testing.T) {
	docs, r := seeds(t)
	dir := filepath.Join(t.TempDir(), "cache")
	os.WriteFile(dir, []byte("mine"), 0o644)
	c, _ := Open(dir, r, nil)
	if _, err := c.ExtractAll(context.Background(), docs, r, false, nil, nil); err != nil {
		t.Fatal(err)
	}
	if c.Err() == nil {
		t.Error("a cache directory that is a file: no error recorded")
	}
	if _, err := Trim(dir, 0); err == nil {
		t.Error("Trim of a cache directory that is a file: no error")
	}
	if _, err := Clear(dir); err == nil {
		t.Error("Clear of a cache directory that is a file: no error")
	}
	if b, err := os.ReadFile(dir); err != nil || string(b) != "mine" {
		t.Error("the file was removed or changed")
	}
}
