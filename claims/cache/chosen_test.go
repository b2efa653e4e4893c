package cache

import (
	"context"
	"fmt"
	"os"
	"reflect"
	"slices"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/ingest"
)

// TestExtractChosen reads a list for comparison keeping the documents
// chosen by their story terms, the terms the fill stored. A cold run
// (over entries and a pack without terms, as a fill that sets none
// stores them: extracted again), a run from the entries alone (none
// extracted, a pack written from them) and a run from that pack alone
// (the terms from its footer, the other records never decoded: one of
// them damaged goes unnoticed, and no entry is needed) all choose from
// the same terms and give the chosen documents' results, the others nil.
// A list too short for a pack is chosen from its entries.
func TestExtractChosen(t *testing.T) {
	seedDocs, r := seeds(t)
	docs := deskCopies(seedDocs, MinPack)
	// made-up terms: one of three stories, and the document's own
	fill := func(res *claims.Result) {
		n := 0
		fmt.Sscanf(res.Doc.ID, "doc%d", &n)
		res.StoryTerms = []string{fmt.Sprintf("story%d", n%3), res.Doc.ID}
	}
	want := extractLean(t, docs, r)
	for i, res := range want {
		fill(res)
		if i%3 != 1 {
			want[i] = nil
		}
	}
	dir := t.TempDir()
	run := func(what string, list []int) (written int) {
		t.Helper()
		c, err := Open(dir, r, fill)
		if err != nil {
			t.Fatal(err)
		}
		in := make([]*ingest.Document, len(list))
		wanted := make([]*claims.Result, len(list))
		for k, i := range list {
			in[k], wanted[k] = docs[i], want[i]
		}
		asked := 0
		got, err := c.ExtractChosen(context.Background(), in, r, nil, func(terms [][]string) ([]bool, error) {
			asked++
			chosen := make([]bool, len(terms))
			for i, ts := range terms {
				if !slices.Equal(ts, []string{fmt.Sprintf("story%d", list[i]%3), in[i].ID}) {
					t.Errorf("%s: document %d's terms %q", what, i, ts)
				}
				chosen[i] = slices.Contains(ts, "story1")
			}
			return chosen, nil
		}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if asked != 1 {
			t.Errorf("%s: choose asked %d times", what, asked)
		}
		if !reflect.DeepEqual(got, wanted) {
			t.Errorf("%s: results differ from extraction", what)
		}
		return c.Written()
	}
	packs := func() []string { return packsIn(t, dir) }
	all := make([]int, MinPack)
	for i := range all {
		all[i] = i
	}
	// entries and a pack stored by a cache whose fill sets no terms: read
	// as missing, extracted and stored again
	plain, err := Open(dir, r, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := plain.ExtractAll(context.Background(), docs, r, true, nil, nil); err != nil || len(packs()) != 1 {
		t.Fatalf("a pack without terms: %v, packs %v", err, packs())
	}
	if n := run("cold: entries and a pack without terms", all); n != len(all) {
		t.Errorf("cold: %d entries written, want %d", n, len(all))
	}
	if len(packs()) != 1 {
		t.Fatalf("packs %v after a cold run, want one", packs())
	}
	// the entries alone, the cold run's (with terms): none extracted, a
	// pack written from them
	for _, p := range packs() {
		os.Remove(p)
	}
	if n := run("from the entries", all); n != 0 {
		t.Errorf("from the entries: %d entries written, want none", n)
	}
	if len(packs()) != 1 {
		t.Fatalf("packs %v after a run from the entries, want one", packs())
	}
	// the pack alone, written from the entries, with the record of
	// document 0, never chosen, damaged: every term from its footer
	c, err := Open(dir, r, fill)
	if err != nil {
		t.Fatal(err)
	}
	p, err := c.openPackFile(packs()[0], nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	at := p.recs[0].off + p.recs[0].n/2
	p.f.Close()
	b, err := os.ReadFile(packs()[0])
	if err != nil {
		t.Fatal(err)
	}
	b[at] ^= 0xff
	if err := os.WriteFile(packs()[0], b, 0o600); err != nil {
		t.Fatal(err)
	}
	dropEntriesIn(t, dir)
	if n := run("from the pack", all); n != 0 {
		t.Errorf("from the pack: %d entries written, want none", n)
	}
	if len(packs()) != 1 {
		t.Fatalf("a record never chosen was decoded: the pack was removed")
	}
	run("a short list", all[:MinPack-1])
}
