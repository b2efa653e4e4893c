package compare

import (
	"context"
	"encoding/json"
	"errors"
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
	"github.com/claimdiff/claimdiff/internal/rulestest"
)

// trimAll trims each result by f on goroutines of their own, as the
// workers that decode a baseline trim it (each makes its result's items
// for the comparison, preparedItems), in input order.
func trimAll(f *Focus, res []*claims.Result) []*claims.Result {
	out := make([]*claims.Result, len(res))
	var wg sync.WaitGroup
	for w := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < len(res); i += 4 {
				out[i] = f.Trim(res[i])
			}
		}()
	}
	wg.Wait()
	return out
}

// TestFocusTrimSame compares new articles with a baseline twice, with the
// baseline's whole results and with what Focus.Trim keeps of them, and
// wants the same report. The baseline is the seeds with figures varied
// and, when ../shared/corpus is present, a sample of its articles.
func TestFocusTrimSame(t *testing.T) {
	r := rulestest.Default(t)
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
	// a figure one baseline outlet gives inside a source's account (carried
	// on from the sentence before: a trimmed result must keep that
	// sentence's attribution) and another gives bare
	add("base/navy-carried.txt", "navycarried", "Navy officials said the outbreak was spreading on the ship. Over 155 of the carrier's sailors have tested positive for the virus.")
	add("base/navy-bare.txt", "navybare", "The ship is docked in Guam.\n\nOver 200 of the carrier's sailors have tested positive for the virus.")
	news := []*ingest.Document{{ID: "new/seed.txt", Path: "new/seed.txt", Source: "new", Format: "txt",
		Text: strings.Replace(seeds[1], "5,200", "6,100", 1)},
		{ID: "new/navy.txt", Path: "new/navy.txt", Source: "new", Format: "txt",
			Text: "At least 230 of the carrier's sailors have tested positive for the virus, a US Navy official told CNN."}}
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
	report := func(focus *claims.Result, baseline []*claims.Result, trimmedBy *Focus) string {
		t.Helper()
		rep, err := Compare(ctx, append([]*claims.Result{focus}, baseline...), r, Options{Focus: map[int]bool{0: true}, Trimmed: trimmedBy})
		if err != nil {
			t.Fatal(err)
		}
		b, err := json.MarshalIndent(rep, "", " ")
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	// each new article has a Focus of its own, as check makes for one new
	// article, and each way of trimming another, as what a Focus leaves out
	// of the results it trims is counted in it (leftOut); the whole
	// reports are made first, over results without statement words
	whole := make([]string, len(newRes))
	trimmed := make([][]*claims.Result, len(newRes))
	for k, n := range newRes {
		whole[k] = report(n, baseRes, nil)
		if !strings.Contains(whole[k], `"type": "conflict"`) && n.Doc.ID == "new/seed.txt" {
			t.Errorf("%s: no conflict: the comparison shows little", n.Doc.ID)
		}
		if n.Doc.ID == "new/navy.txt" && (!strings.Contains(whole[k], `stated as fact in navybare`) || strings.Contains(whole[k], `stated as fact in navycarried`)) {
			t.Errorf("%s: want the bare outlet's gap and no side of the carried one", n.Doc.ID)
		}
		f := NewFocus([]*claims.Result{n}, r)
		stubs := 0
		for _, res := range baseRes {
			trimmed[k] = append(trimmed[k], f.Trim(res))
			if trimmed[k][len(trimmed[k])-1].Doc.Text == "" {
				stubs++
			}
		}
		t.Logf("%s: %d baseline documents, %d kept as metadata only", n.Doc.ID, len(baseRes), stubs)
		if got := report(n, trimmed[k], f); got != whole[k] {
			t.Errorf("%s: the report over trimmed results differs:\n%s", n.Doc.ID, firstLineDiff(whole[k], got))
		}
	}
	// the same with Words and Statements filled, as results read from the
	// cache have them (the whole report reads them too, and the reports
	// over trimmed, filled before, read the sentences instead)
	for _, res := range baseRes {
		FillStatements(res, r)
		if res.Words == nil || res.Statements == nil {
			t.Fatalf("%s: FillStatements left the words unset", res.Doc.ID)
		}
	}
	for k, n := range newRes {
		if got := report(n, baseRes, nil); got != whole[k] {
			t.Errorf("%s: the report over results with statement words differs:\n%s", n.Doc.ID, firstLineDiff(whole[k], got))
		}
		fw := NewFocus([]*claims.Result{n}, r)
		trimmedWords := trimAll(fw, baseRes) // on several goroutines, as check's decoding workers trim
		if got := report(n, trimmedWords, fw); got != whole[k] {
			t.Errorf("%s: the report over trimmed results with words differs:\n%s", n.Doc.ID, firstLineDiff(whole[k], got))
		}
		if fw.lo.items == 0 {
			t.Errorf("%s: no sentence left out of the trimmed results", n.Doc.ID)
		}
		// the same decoded from the cache's binary form through Trim's
		// DecodeFilter, which must build what Trim of the whole keeps
		fd, fwant, fagain := NewFocus([]*claims.Result{n}, r), NewFocus([]*claims.Result{n}, r), NewFocus([]*claims.Result{n}, r)
		decoded := make([]*claims.Result, len(baseRes))
		for i, res := range baseRes {
			data := res.AppendBinary(nil)
			all, err := claims.DecodeResult(data, res.Doc, claims.DecodeOptions{ForComparison: true})
			if err != nil {
				t.Fatalf("%s: %v", res.Doc.ID, err)
			}
			filter := fd.DecodeFilter()
			part, err := claims.DecodeResult(data, res.Doc, claims.DecodeOptions{ForComparison: true, Filter: filter})
			if err != nil {
				t.Fatalf("%s: %v", res.Doc.ID, err)
			}
			decoded[i] = filter.Finish(part)
			want := fwant.Trim(all)
			if !reflect.DeepEqual(decoded[i], want) {
				t.Errorf("%s: trimmed while decoded differs from trimmed after", res.Doc.ID)
			}
			part, err = claims.DecodeResult(data, res.Doc, claims.DecodeOptions{ForComparison: true, Filter: fagain.DecodeFilter()})
			if err != nil {
				t.Fatalf("%s: %v", res.Doc.ID, err)
			}
			if again := fagain.Trim(part); !reflect.DeepEqual(again, want) {
				t.Errorf("%s: Trim of a result trimmed while decoded differs from Trim of the whole", res.Doc.ID)
			}
		}
		if fd.lo.items != fw.lo.items || fwant.lo.items != fw.lo.items || fagain.lo.items != fw.lo.items {
			t.Errorf("%s: %d, %d, %d and %d sentences left out: trimmed, decoded, decoded whole, decoded and trimmed", n.Doc.ID,
				fw.lo.items, fd.lo.items, fwant.lo.items, fagain.lo.items)
		}
		t.Logf("%s: %d sentences left out", n.Doc.ID, fw.lo.items)
		if got := report(n, decoded, fd); got != whole[k] {
			t.Errorf("%s: the report over results trimmed while decoded differs:\n%s", n.Doc.ID, firstLineDiff(whole[k], got))
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
// where its statement words can match a focus sentence's (two shared
// words that are neither figures nor closed-class words), it may be an
// unnamed source's summary of a named person's words there or the words
// an unnamed source sums up, or its words are a focus sentence's own.
func TestMayState(t *testing.T) {
	r := rulestest.Default(t)
	focus := claims.Extract(&ingest.Document{ID: "new.txt", Source: "new", Format: "txt",
		Text: "The hurricane flattened homes across southwestern Louisiana on Thursday.\n\nThe mayor said it was over for good now, in the end.\n\n" +
			"\"We were lucky that the levees held,\" said Governor John Bel Edwards."}, r)
	f := NewFocus([]*claims.Result{focus}, r)
	if f.statements != 3 || len(f.bare) != 0 || len(f.summaryOf[summaryNamed]) == 0 {
		t.Fatalf("indexed %d focus statements, %d bare, %d words a named person says; want 3, 0 and some", f.statements, len(f.bare), len(f.summaryOf[summaryNamed]))
	}
	bare := claims.Attribution{SpeakerType: claims.SpeakerNone, Form: claims.FormNone}
	unnamed := claims.Attribution{Speaker: "officials", SpeakerType: claims.SpeakerAnonymous, Form: claims.FormIndirect}
	named := claims.Attribution{Speaker: "Jane Smith", SpeakerType: claims.SpeakerPerson, Form: claims.FormIndirect}
	for _, c := range []struct {
		all  []string
		a    claims.Attribution
		want bool
	}{
		{[]string{"flatten", "hom", "hurrican", "louisiana"}, bare, true},
		{[]string{"flatten", "louisiana", "storm"}, bare, true},
		{[]string{"flatten", "town"}, bare, false},                 // one shared word
		{[]string{"1,500", "flatten", "now", "wind"}, bare, false}, // a figure and a closed-class word do not count
		{[]string{"lev", "lucky", "storm"}, bare, true},            // two of the governor's words
		{[]string{"lucky", "storm"}, unnamed, true},                // an unnamed source's summary of them, maybe
		{[]string{"lucky", "storm"}, named, false},                 // a named person's: no summary of a named one
		{[]string{"lucky", "storm"}, bare, false},
		{[]string{"end", "good", "now", "over"}, bare, true},
		{nil, bare, false},
	} {
		if got := f.mayState(c.all, &c.a); got != c.want {
			t.Errorf("mayState(%q, %s) = %v, want %v (focus words %v)", c.all, c.a.SpeakerType, got, c.want, f.stated)
		}
	}
}

// TestLeftOutAligned: a comparison over results trimmed by a Focus whose
// left-out sentences say what a member of a focus cluster says fails with
// ErrLeftOut (check then reads the baseline again, keeping every
// sentence), and succeeds once the Focus keeps them.
func TestLeftOutAligned(t *testing.T) {
	r := rulestest.Default(t)
	texts := []string{
		"Officials said the bridge over the river was closed to traffic for repairs on Monday.",
		"The bridge over the river was closed to traffic for repairs on Monday.",
	}
	var res []*claims.Result
	for i, text := range texts {
		res = append(res, claims.Extract(&ingest.Document{ID: fmt.Sprintf("d%d.txt", i), Source: fmt.Sprintf("outlet%d", i), Format: "txt", Text: text}, r))
	}
	f := NewFocus(res[:1], r)
	base := []*claims.Result{f.Trim(res[1])}
	opt := Options{Focus: map[int]bool{0: true}, Trimmed: f}
	rep, err := Compare(context.Background(), append([]*claims.Result{res[0]}, base...), r, opt)
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Findings) == 0 || rep.Findings[0].Kind != KindStatement {
		t.Fatalf("want a statement's attribution gap, got %+v", rep.Findings)
	}
	cmp := &comparer{results: res[:1], r: r, words: make([][]wordSet, 1)}
	all, _ := cmp.statementWords(0, 0)
	f.lo.add(nil, [][]string{all}, func(string) bool { return false }, nil)
	if _, err := Compare(context.Background(), append([]*claims.Result{res[0]}, base...), r, opt); !errors.Is(err, ErrLeftOut) {
		t.Fatalf("a left-out sentence like the focus one: got %v, want ErrLeftOut", err)
	}
	// read again keeping every sentence, the baseline gives the whole
	// comparison's report
	keep := f.KeepSentences()
	opt.Trimmed = keep
	again, err := Compare(context.Background(), []*claims.Result{res[0], keep.Trim(res[1])}, r, opt)
	if err != nil {
		t.Fatal(err)
	}
	whole, err := Compare(context.Background(), res, r, Options{Focus: map[int]bool{0: true}})
	if err != nil {
		t.Fatal(err)
	}
	if a, b := reportJSON(t, whole), reportJSON(t, again); a != b {
		t.Errorf("kept every sentence:\n%s\nwhole:\n%s", b, a)
	}
}

// TestTrimKeepsAnchoringFigures: a baseline claim of another identity
// than any new claim's, but stating a new claim's distinctive figure, is
// kept: the figure may anchor its sentence to the new one as a statement
// ("Some 1,500 ... in rescue missions" and "More than 1,500 search and
// rescue personnel"), so the trimmed comparison reports what the whole one
// does.
func TestTrimKeepsAnchoringFigures(t *testing.T) {
	r := rulestest.Default(t)
	res := outletResults(r,
		"Storm\n\nSome 1,500 people are being deployed in rescue missions.",
		"Storm news\n\nMore than 1,500 search and rescue personnel were headed to the coast, the governor said.")
	whole, trimmed := wholeAndTrimmed(t, r, res)
	if a, b := reportJSON(t, whole), reportJSON(t, trimmed); a != b {
		t.Errorf("trimmed:\n%s\nwhole:\n%s", b, a)
	}
	if whole.Summary[AttributionGap] == 0 {
		t.Errorf("no attribution gap in the whole comparison: %+v", whole.Summary)
	}
}

// TestTrimCountsLeftOutQuotes: quotes left out of a trimmed baseline are
// still counted where quote alignment reads their words' frequency, so
// which baseline quote a new quote is paired with does not change. 120
// quotes each naming one of the new quote's rare words are left out (they
// share too few words with it); their counts make those words common, so
// the new quote is looked up by the others and paired with the Mayor's
// words, not the Sheriff's.
func TestTrimCountsLeftOutQuotes(t *testing.T) {
	r := rulestest.Default(t)
	speakers := []string{"Mayor John Smith", "Governor Jane Doe", "Sheriff Tom Brown"}
	rare := []string{"aardvark", "abacus", "abbey"}
	nouns := []string{"lantern", "velvet", "forest", "prairie", "amber", "linen", "marble", "cotton"}
	texts := []string{"Parish news\n\nA report on the parish was released on Friday.\n\n" +
		`"The aardvark abacus abbey gathered beside quartz xylophone zeppelin yodel walrus vortex umbrella today," Mayor John Smith said.`}
	opening := "Parish report %d\n\nA report on the parish was released on Thursday, officials said.\n\n"
	for i := range 130 {
		var quote string
		switch {
		case i < 120:
			quote = fmt.Sprintf("The %s was near the %s and the %s and the %s", rare[i%3], nouns[i%8], nouns[i/3%8], nouns[i/7%8])
		case i < 125:
			quote = "The quartz xylophone zeppelin yodel walrus vortex umbrella stood still"
		default:
			quote = "The aardvark abacus abbey gathered beside quartz mountains"
		}
		texts = append(texts, fmt.Sprintf(opening+"\"%s,\" %s said.\n\nFiled by desk %05d.", i, quote, speakers[i%3], i))
	}
	res := outletResults(r, texts...)
	whole, got := wholeAndTrimmed(t, r, res)
	if reportJSON(t, whole) != reportJSON(t, got) {
		summaries := func(rep *Report) (out []string) {
			for _, f := range rep.Findings {
				out = append(out, f.Summary)
			}
			return out
		}
		t.Errorf("trimmed report differs from the whole:\n%q\nwhole:\n%q", summaries(got), summaries(whole))
	}
	if whole.Summary[QuoteVariant] == 0 {
		t.Errorf("no quote variant in the whole comparison: %+v", whole.Summary)
	}
}

// wholeAndTrimmed compares res (the first the new article) whole, and with
// every baseline result trimmed by the new article's Focus.
func wholeAndTrimmed(t *testing.T, r *rules.Rules, res []*claims.Result) (whole, trimmed *Report) {
	t.Helper()
	opt := Options{Focus: map[int]bool{0: true}}
	whole, err := Compare(context.Background(), res, r, opt)
	if err != nil {
		t.Fatal(err)
	}
	f := NewFocus(res[:1], r)
	opt.Trimmed = f
	cut := []*claims.Result{res[0]}
	for _, b := range res[1:] {
		cut = append(cut, f.Trim(b))
	}
	if trimmed, err = Compare(context.Background(), cut, r, opt); err != nil {
		t.Fatal(err)
	}
	return whole, trimmed
}

// TestMayShareKey checks, over the claims of the seeds and of sentences
// with counts of many kinds, that Focus.mayShareKey turns away no claim
// whose identity a focus claim shares: it is asked before the identity is
// made, so a kind it misreads would drop findings from check alone.
func TestMayShareKey(t *testing.T) {
	r := rulestest.Default(t)
	docs := readDir(t, "../testdata/seeds", time.Time{})
	for i, text := range []string{
		"Crews moved about 1,000 residents out and drove them to the hospital, the governor said. 800 others were taken to hospital.",
		"The company said it would cut 2,000 jobs and close 12 stores. Oil output rose to 9.8 million barrels a day.",
		"At least 40 people died and 120 were injured. The storm destroyed 300 homes and left 2 million without power.",
		"The 42-year-old was sentenced to 12 years on Tuesday. Police arrested 14 people and seized $3 million.",
		"The city counted 500 patients now in hospital. Some 300 workers remain in hospital. 500 people were injured.",
	} {
		docs = append(docs, &ingest.Document{ID: fmt.Sprintf("s%d.txt", i), Path: fmt.Sprintf("s%d.txt", i), Source: fmt.Sprintf("outlet%d", i), Text: text, Format: "txt"})
	}
	res, err := claims.ExtractAll(context.Background(), docs, r, nil)
	if err != nil {
		t.Fatal(err)
	}
	turned, shared := 0, 0
	for _, focus := range res {
		f := NewFocus([]*claims.Result{focus}, r)
		for _, other := range res {
			for i := range other.Claims {
				c := &other.Claims[i]
				if c.Kind == claims.KindQuote {
					continue
				}
				key, ok := f.key(c)
				share := ok && f.keys[key]
				if share {
					shared++
				}
				if !f.mayShareKey(c) {
					turned++
					if share {
						t.Errorf("%s: %q (%s) turned away, but a focus claim of %s has its identity %q", other.Doc.ID, c.Text, c.Kind, focus.Doc.ID, key)
					}
				}
			}
		}
	}
	if turned == 0 || shared == 0 {
		t.Errorf("the test reads little: %d claims turned away, %d sharing an identity", turned, shared)
	}
}
