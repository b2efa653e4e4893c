package compare

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/ingest"
	"github.com/claimdiff/claimdiff/claims/rules"
)

// TestFocusTrimSame compares new articles with a baseline twice, with the
// baseline's whole results and with what Focus.Trim keeps of them, and
// wants the same report. The baseline is the seeds with figures varied
// and, when ../shared/corpus is present, a sample of its articles.
func TestFocusTrimSame(t *testing.T) {
	r, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	var seeds []string
	for _, name := range []string{"000_9657c7c9ccc2eae3.txt", "004_036ee2da981d46e5.txt"} {
		b, err := os.ReadFile("../testdata/seeds/" + name)
		if err != nil {
			t.Fatal(err)
		}
		seeds = append(seeds, string(b))
	}
	var base []*ingest.Document
	add := func(id, source, text string) {
		base = append(base, &ingest.Document{ID: id, Path: id, Source: source, Text: text, Format: "txt"})
	}
	for i := range 12 {
		text := strings.Replace(seeds[i%2], "5,200", fmt.Sprint(5000+i%3*100), 1)
		add(fmt.Sprintf("base/seed%02d.txt", i), fmt.Sprintf("outlet%d", i%5), text)
	}
	// paraphrases: sentences that share only part of their words with the
	// new article's, and attribute them
	for i := range 3 {
		var lines []string
		for _, line := range strings.Split(seeds[1], "\n") {
			var sents []string
			for _, sent := range strings.Split(line, ". ") {
				var kept []string
				for k, w := range strings.Fields(sent) {
					if k%(4+i) != 3 {
						kept = append(kept, w)
					}
				}
				if len(kept) > 6 {
					kept = append([]string{"Officials", "said"}, kept...)
				}
				sents = append(sents, strings.Join(kept, " "))
			}
			lines = append(lines, strings.Join(sents, ". "))
		}
		add(fmt.Sprintf("base/paraphrase%d.txt", i), fmt.Sprintf("rewrite%d", i), strings.Join(lines, "\n"))
	}
	// no figure and no quote, only words shared with the new article: kept
	// for its sentences alone
	add("base/words-only.txt", "wordsonly", "Tehran and its allies vow revenge for the airstrike on the Iranian general in Baghdad.\n"+
		"The president and his top diplomat gave no detail for the claim about American lives.")
	news := []*ingest.Document{{ID: "new/seed.txt", Path: "new/seed.txt", Source: "new", Format: "txt",
		Text: strings.Replace(seeds[1], "5,200", "6,100", 1)}}
	corpus, _ := filepath.Glob("../../shared/corpus/*/*/*.txt")
	for i, name := range corpus {
		if i%4 != 0 && i != len(corpus)/2+1 {
			continue
		}
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		parts := strings.Split(filepath.ToSlash(name), "/")
		add("base/"+strings.Join(parts[len(parts)-3:], "-"), parts[len(parts)-1], string(b))
		if i == len(corpus)/2+1 {
			news = append(news, &ingest.Document{ID: "new/corpus.txt", Path: "new/corpus.txt", Source: "new", Format: "txt",
				Text: strings.Replace(strings.Replace(string(b), "two", "three", 1), "four", "five", 1)})
		}
	}
	if len(corpus) == 0 {
		t.Log("corpus not present at ../shared/corpus: the seeds only")
	}
	ctx := context.Background()
	newRes, err := claims.ExtractAll(ctx, news, r, nil)
	if err != nil {
		t.Fatal(err)
	}
	baseRes, err := claims.ExtractAll(ctx, base, r, nil)
	if err != nil {
		t.Fatal(err)
	}
	report := func(focus *claims.Result, baseline []*claims.Result) string {
		t.Helper()
		rep, err := Compare(ctx, append([]*claims.Result{focus}, baseline...), r, Options{Focus: map[int]bool{0: true}})
		if err != nil {
			t.Fatal(err)
		}
		b, err := json.MarshalIndent(rep, "", " ")
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	f := NewFocus(newRes, r)
	trimmed := make([]*claims.Result, len(baseRes))
	stubs := 0
	for i, res := range baseRes {
		trimmed[i] = f.Trim(res)
		if trimmed[i].Doc.Text == "" {
			stubs++
		}
	}
	// the same with Words and Statements filled, as results read from the
	// cache have them (the whole report below reads them too, and the
	// reports over trimmed, filled before, read the sentences instead)
	for _, res := range baseRes {
		FillStatements(res, r)
		if res.Words == nil || res.Statements == nil {
			t.Fatalf("%s: FillStatements left the words unset", res.Doc.ID)
		}
	}
	trimmedWords := make([]*claims.Result, len(baseRes))
	for i, res := range baseRes {
		trimmedWords[i] = f.Trim(res)
	}
	// the same decoded from the cache's binary form through Trim's
	// DecodeFilter, which must build what Trim of the whole keeps
	decoded := make([]*claims.Result, len(baseRes))
	for i, res := range baseRes {
		data := res.AppendBinary(nil)
		whole, err := claims.DecodeResult(data, res.Doc, claims.DecodeOptions{ForComparison: true})
		if err != nil {
			t.Fatalf("%s: %v", res.Doc.ID, err)
		}
		filter := f.DecodeFilter()
		part, err := claims.DecodeResult(data, res.Doc, claims.DecodeOptions{ForComparison: true, Filter: filter})
		if err != nil {
			t.Fatalf("%s: %v", res.Doc.ID, err)
		}
		decoded[i] = filter.Finish(part)
		want := f.Trim(whole)
		if !reflect.DeepEqual(decoded[i], want) {
			t.Errorf("%s: trimmed while decoded differs from trimmed after", res.Doc.ID)
		}
		if again := f.Trim(part); !reflect.DeepEqual(again, want) {
			t.Errorf("%s: Trim of a result trimmed while decoded differs from Trim of the whole", res.Doc.ID)
		}
	}
	t.Logf("%d baseline documents, %d kept as metadata only", len(baseRes), stubs)
	for _, n := range newRes {
		whole := report(n, baseRes)
		if !strings.Contains(whole, `"type": "conflict"`) && n.Doc.ID == "new/seed.txt" {
			t.Errorf("%s: no conflict: the comparison shows little", n.Doc.ID)
		}
		if got := report(n, trimmed); got != whole {
			t.Errorf("%s: the report over trimmed results differs:\n%s", n.Doc.ID, firstLineDiff(whole, got))
		}
		if got := report(n, trimmedWords); got != whole {
			t.Errorf("%s: the report over trimmed results with words differs:\n%s", n.Doc.ID, firstLineDiff(whole, got))
		}
		if got := report(n, decoded); got != whole {
			t.Errorf("%s: the report over results trimmed while decoded differs:\n%s", n.Doc.ID, firstLineDiff(whole, got))
		}
	}
}

func firstLineDiff(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(wl) && i < len(gl); i++ {
		if wl[i] != gl[i] {
			return fmt.Sprintf("line %d:\n  want: %s\n  got:  %s", i+1, wl[i], gl[i])
		}
	}
	return fmt.Sprintf("%d lines, want %d", len(gl), len(wl))
}

// TestMayState: Trim keeps the attribution of a baseline sentence only
// where its statement words can match a focus sentence's (three shared
// words that are neither figures nor closed-class words) or are a focus
// sentence's own.
func TestMayState(t *testing.T) {
	r, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	focus := claims.Extract(&ingest.Document{ID: "new.txt", Source: "new", Format: "txt",
		Text: "The hurricane flattened homes across southwestern Louisiana on Thursday.\n\nThe mayor said it was over for good now, in the end."}, r)
	f := NewFocus([]*claims.Result{focus}, r)
	if f.statements != 2 || len(f.bare) != 1 {
		t.Fatalf("indexed %d focus statements, %d bare; want 2 and 1", f.statements, len(f.bare))
	}
	for _, c := range []struct {
		all  []string
		want bool
	}{
		{[]string{"flatten", "hom", "hurrican", "louisiana"}, true},
		{[]string{"acros", "flatten", "louisiana", "storm"}, true},
		{[]string{"flatten", "hom", "town"}, false},                 // two shared words
		{[]string{"1,500", "flatten", "hom", "now", "wind"}, false}, // a figure and a closed-class word do not count
		{[]string{"end", "good", "now"}, false},                     // most of the bare one, not all
		{slices.Clone(f.bare[0]), true},                             // a copy of a focus sentence
		{nil, false},
	} {
		if got := f.mayState(c.all); got != c.want {
			t.Errorf("mayState(%q) = %v, want %v (focus words %v)", c.all, got, c.want, f.stated)
		}
	}
}
