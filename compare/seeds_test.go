package compare

import (
	"context"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/ingest"
	"github.com/claimdiff/claimdiff/claims/rules"
)

func compareDir(t *testing.T, dir string, published time.Time) *Report {
	t.Helper()
	r, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	in, err := ingest.Read(context.Background(), []string{dir}, ingest.Options{Published: published})
	if err != nil {
		t.Fatal(err)
	}
	results, err := claims.ExtractAll(context.Background(), in.Documents, r, nil)
	if err != nil {
		t.Fatal(err)
	}
	rep, err := Compare(context.Background(), results, r, Options{})
	if err != nil {
		t.Fatal(err)
	}
	return rep
}

func containsAll(s string, parts []string) bool {
	for _, p := range parts {
		if !strings.Contains(s, p) {
			return false
		}
	}
	return true
}

// find returns the findings of a type whose summary contains every part.
func find(rep *Report, typ Type, parts ...string) []Finding {
	var out []Finding
	for _, f := range rep.Findings {
		if f.Type != typ {
			continue
		}
		ok := true
		for _, p := range parts {
			ok = ok && strings.Contains(f.Summary, p)
		}
		if ok {
			out = append(out, f)
		}
	}
	return out
}

func summaries(rep *Report) string {
	var b strings.Builder
	for _, f := range rep.Findings {
		b.WriteString("\n  " + string(f.Type) + ": " + f.Summary)
	}
	return b.String()
}

// TestSeedComparison checks what issue #4 says must hold on the seed pair.
func TestSeedComparison(t *testing.T) {
	rep := compareDir(t, "../testdata/seeds", time.Date(2020, 1, 3, 12, 0, 0, 0, time.UTC))
	if n := rep.Summary[Conflict]; n != 0 {
		t.Errorf("%d conflicts, want none:%s", n, summaries(rep))
	}
	gap := find(rep, AttributionGap, "State Department has urged all U.S. citizens", "attributed to State Department in 000", "stated as fact in 004")
	if len(gap) != 1 {
		t.Errorf("no attribution gap for the call to leave Iraq:%s", summaries(rep))
	}
	for _, victim := range []string{"Qassem Soleimani", "Abu Mahdi al-Muhandis"} {
		if len(find(rep, Agreement, "killed "+victim+" —", "2 documents agree")) != 1 {
			t.Errorf("no agreement that %s was killed:%s", victim, summaries(rep))
		}
	}
	for _, want := range [][]string{
		{"only 000", "oil-output 2,100,000"}, {"only 000", "oil-output 2,700,000"}, {"only 000", "oil-output 3,700,000"},
		{"only 000", "price-change 4%"}, {"only 000", "population more than 80,000,000"},
		{"only 004", "troops about 5,200"},
		{"only 004", "event-date 2019-11-09"}, {"only 004", "event-date 2019-12-03"},
		{"only 004", "event-date 2019-12-05"}, {"only 004", "event-date 2019-12-09"},
	} {
		if len(find(rep, OnlyIn, want...)) != 1 {
			t.Errorf("no only-in finding %q:%s", want, summaries(rep))
		}
	}
}

// TestFixtureComparison compares the hand-written fixture story in
// testdata/compare and checks its findings against compare.want.txt beside it:
// every line must match one finding, and every finding one line.
func TestFixtureComparison(t *testing.T) {
	rep := compareDir(t, "../testdata/compare", time.Time{})
	data, err := os.ReadFile("../testdata/compare.want.txt")
	if err != nil {
		t.Fatal(err)
	}
	claimed := make([]bool, len(rep.Findings))
	for n, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Split(line, " | ")
		typ, ok := ParseType(fields[0])
		if !ok {
			t.Fatalf("want.txt:%d: unknown finding type %q", n+1, fields[0])
		}
		var hits []int
		for i, f := range rep.Findings {
			if f.Type == typ && !claimed[i] && containsAll(f.Summary, fields[1:]) {
				hits = append(hits, i)
			}
		}
		if len(hits) != 1 {
			t.Errorf("want.txt:%d: %d %s findings with %q, want 1:%s", n+1, len(hits), typ, fields[1:], summaries(rep))
			continue
		}
		claimed[hits[0]] = true
	}
	for i, f := range rep.Findings {
		if !claimed[i] {
			t.Errorf("unexpected finding, not in want.txt: %s | %s", f.Type, f.Summary)
		}
	}
	for _, f := range find(rep, QuoteVariant) {
		var ins, del bool
		for _, op := range f.Detail.Diff {
			ins = ins || op.Op == "insert"
			del = del || op.Op == "delete"
		}
		if !ins || !del {
			t.Errorf("quote variant diff lacks insertions or deletions: %+v", f.Detail.Diff)
		}
	}
}

// TestFingerprints: on the multi-finding fixture story every finding has
// its own id, and the ids survive moving lines (a paragraph added at the
// top of every article).
func TestFingerprints(t *testing.T) {
	r, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	ids := func(shift string) map[string]string {
		in, err := ingest.Read(context.Background(), []string{"../testdata/compare"}, ingest.Options{})
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range in.Documents {
			if i := strings.Index(d.Text, "\n# "); i >= 0 { // after the front matter
				d.Text = d.Text[:i+1] + shift + d.Text[i+1:]
			}
		}
		results, err := claims.ExtractAll(context.Background(), in.Documents, r, nil)
		if err != nil {
			t.Fatal(err)
		}
		rep, err := Compare(context.Background(), results, r, Options{})
		if err != nil {
			t.Fatal(err)
		}
		out := map[string]string{}
		for _, f := range rep.Findings {
			if prev, dup := out[f.ID]; dup {
				t.Errorf("id %s shared by %q and %q", f.ID, prev, f.Summary)
			}
			out[f.ID] = string(f.Type) + ": " + f.Summary
		}
		return out
	}
	before := ids("")
	after := ids("An unrelated paragraph, added later.\n\nAnd another one.\n\n")
	if len(before) < 8 {
		t.Fatalf("only %d findings; the test needs a multi-finding story", len(before))
	}
	for id, s := range before {
		if _, ok := after[id]; !ok {
			t.Errorf("finding %s (%s) changed id when lines moved", id, s)
		}
	}
}

// TestUniqueIDs: two only-in findings on the same words in two sentences
// of one article get two ids, and ids equal by chance are made unique.
func TestUniqueIDs(t *testing.T) {
	f := func(sentence string) Finding {
		return Finding{Type: OnlyIn, Kind: "age", Claims: []claims.Claim{{Doc: "d", Kind: "age", Text: "7-year-old", Sentence: sentence}}}
	}
	a, b := f("A 7-year-old boy was shot."), f("Police said the 7-year-old had a gun.")
	if fingerprint(&a) == fingerprint(&b) {
		t.Errorf("findings on two sentences share fingerprint %s", fingerprint(&a))
	}
	fs := []Finding{{ID: "a"}, {ID: "a"}, {ID: "a"}}
	uniqueIDs(fs)
	if fs[0].ID != "a" || fs[1].ID == fs[0].ID || fs[2].ID == fs[1].ID || fs[2].ID == fs[0].ID {
		t.Errorf("uniqueIDs left duplicates: %+v", fs)
	}
}
