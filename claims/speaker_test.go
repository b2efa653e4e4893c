package claims

import (
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/claims/ingest"
	"github.com/claimdiff/claimdiff/internal/rulestest"
	"github.com/claimdiff/claimdiff/internal/seedstest"
)

// TestResolveMemoStale wants a resolution remembered to give way to what
// the document teaches later: a role given a name ("the governor" then
// reads as John Bel Edwards), and a pronoun read again once a speaker
// stands before it (a pronoun's reading is never remembered), and a
// transcript's "I" read again once its turn's speaker is known.
func TestResolveMemoStale(t *testing.T) {
	r := rulestest.Default(t)
	a := testAttributor(t, r, "Title\n\nThe governor said the plan works.\n")
	f := tokenAt(t, a, "the")
	si := int(a.sentOf[f])
	before := a.resolve(f, f+2, si)
	a.setRole("governor", "John Bel Edwards")
	if got := a.resolve(f, f+2, si); got.name != "John Bel Edwards" || got.name == before.name {
		t.Errorf("the governor: %q, then %q once the role is named; want John Bel Edwards", before.name, got.name)
	}

	a = testAttributor(t, r, "Title\n\nJohn Smith spoke on Monday. He said the plan works.\n")
	he := tokenAt(t, a, "he")
	si = int(a.sentOf[he])
	if got := a.resolve(he, he+1, si); got.name != "" {
		t.Fatalf("he, with nobody before it: %q", got.name)
	}
	john := tokenAt(t, a, "john")
	a.salience(si - 1).remember(speaker{name: "John Smith", typ: SpeakerPerson, first: john, last: john + 2})
	if got := a.resolve(he, he+1, si); got.name != "John Smith" {
		t.Errorf("he, after John Smith spoke: %q, want John Smith", got.name)
	}

	// a transcript's "I" is its turn's speaker, once the turn has one
	a = testAttributor(t, r, "Title\n\nTAPPER: I think the plan works.\n")
	i := tokenAt(t, a, "i")
	si = int(a.sentOf[i])
	a.turns = make([]string, len(a.txt.Paragraphs))
	a.turnAt = make([]int32, len(a.turns))
	p := a.txt.Sentences[si].Para
	a.turns[p] = "JAKE TAPPER"
	before = a.resolve(i, i+1, si)
	a.turnAt[p] = a.keep(Attribution{Speaker: "Jake Tapper", SpeakerType: SpeakerPerson})
	if got := a.resolve(i, i+1, si); got.name != "Jake Tapper" {
		t.Errorf("I: %q, then %q once the turn is Jake Tapper's; want Jake Tapper", before.name, got.name)
	}
}

// attributionCases is, per attribution table of testdata (attribution,
// -all, -hedges, -spans: tsvCases with each one's columns), the text of
// each of its cases: the texts whole documents made of them are
// extracted from.
func attributionCases(tb testing.TB) [][]string {
	tb.Helper()
	var out [][]string
	for _, table := range []struct {
		name    string
		columns int
	}{{"attribution", 3}, {"attribution-all", 2}, {"attribution-hedges", 4}, {"attribution-spans", 3}} {
		var texts []string
		for _, c := range tsvCases(tb, filepath.Join("testdata", table.name+".tsv"), table.columns) {
			texts = append(texts, c.fields[0])
		}
		out = append(out, texts)
	}
	return out
}

// TestMemosFresh wants the memos of entity, resolve and cueSpeaker to
// answer as fresh readings do: every document extracted with them and
// again with every reading made afresh (attrBuffers.fresh) gives the
// same claims and attributions. The documents are the seeds, the
// attribution cases' texts run together six to a document (so that what
// one teaches of names and speakers meets the next), and, where
// ../shared/corpus is present, the events' articles and PolNeAR texts.
func TestMemosFresh(t *testing.T) {
	r := rulestest.Default(t)
	texts := seedstest.Texts(t)
	for _, paras := range attributionCases(t) {
		for i := 0; i < len(paras); i += 6 {
			texts = append(texts, "Title\n\n"+strings.Join(paras[i:min(i+6, len(paras))], "\n\n")+"\n")
		}
	}
	corpus, _ := filepath.Glob(filepath.Join(corpusDir, "events", "*", "*.txt"))
	polnear, _ := filepath.Glob(filepath.Join(corpusDir, "polnear-train", "text", "*.txt"))
	slices.Sort(polnear)
	for _, p := range append(corpus, polnear[:min(len(polnear), 200)]...) {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(data))
	}
	memo, fresh := NewExtractor(r), NewExtractor(r)
	fresh.attrBuf.fresh = true
	for i, text := range texts {
		doc := &ingest.Document{ID: strconv.Itoa(i), Source: "s", Text: text, Format: "txt"}
		a, b := memo.Extract(doc), fresh.Extract(doc)
		if !reflect.DeepEqual(a.Claims, b.Claims) || !reflect.DeepEqual(a.Attributions, b.Attributions) ||
			!reflect.DeepEqual(a.SentenceAttributions, b.SentenceAttributions) {
			t.Errorf("document %d (%.60q...): the memos' extraction differs from fresh readings'", i, text)
		}
	}
}
