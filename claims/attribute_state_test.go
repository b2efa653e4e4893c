package claims

import (
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"testing"

	"github.com/claimdiff/claimdiff/claims/ingest"
	"github.com/claimdiff/claimdiff/claims/wordset"

	"github.com/claimdiff/claimdiff/claims/segment"
	"github.com/claimdiff/claimdiff/internal/rulestest"
	"github.com/claimdiff/claimdiff/internal/seedstest"
)

// TestFill checks fill at lengths around its doubling runs' edges.
func TestFill(t *testing.T) {
	for _, n := range []int{0, 1, 2, 3, 4, 5, 7, 8, 9, 100, 1025} {
		s := make([]int, n)
		for i := range s {
			s[i] = i + 1
		}
		fill(s, -1)
		if i := slices.IndexFunc(s, func(v int) bool { return v != -1 }); i >= 0 {
			t.Errorf("fill of %d: element %d is %d, want -1", n, i, s[i])
		}
	}
}

// TestStartFilters checks that each of the sentence stage's start filters
// lets through every word its lists' own filters do (and the phrases'
// "in"), over the seeds' tokens: a word one turns away is one hedgeAt,
// cue, phrasesAt or any list would turn away.
func TestStartFilters(t *testing.T) {
	r := rulestest.Default(t)
	at := r.Attribution
	f := (&attrBuffers{}).startsOf(at)
	for _, text := range seedstest.Texts(t) {
		for _, tok := range segment.Tokenize(text) {
			hedge := at.Hedges.MayStart(&tok) || at.NegatedHedges.MayStart(&tok) || at.AttributiveHedges.MayStart(&tok)
			cue := at.Cues.MayStart(&tok) || at.StanceCues.MayStart(&tok) || at.EvidenceCues.MayStart(&tok)
			phrase := at.AccordingTo.MayStart(&tok) || at.Documents.MayStart(&tok) || at.QuoteCues.MayStart(&tok) ||
				at.Idioms.MayStart(&tok) || at.UnnamedCues.MayStart(&tok) || tok.Norm == "in" // inDocumentCue's
			other := at.ViewCues.MayStart(&tok)
			if hedge && !f.hedges.MayKey(tok.Key) || cue && !f.lists.MayStartCue(tok.Key) || phrase && !f.phrases.MayKey(tok.Key) ||
				(hedge || cue || phrase || other) && !f.any.MayKey(tok.Key) {
				t.Errorf("%q: a start filter turns away a word its lists may start with", tok.Norm)
			}
		}
	}
}

// TestStartFiltersExact wants the sentence stage's start filters to change
// no attribution: the seeds and, when the corpus is present, the events'
// articles extract the same with every start filter open (each word asked
// of every list), as the code did before the filters were split.
func TestStartFiltersExact(t *testing.T) {
	r := rulestest.Default(t)
	texts := seedstest.Texts(t)
	paths, _ := filepath.Glob(filepath.Join(corpusDir, "events", "*", "*.txt"))
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(data))
	}
	filtered, open := NewExtractor(r), NewExtractor(r)
	f := open.attrBuf.startsOf(r.Attribution)
	for _, all := range []*wordset.Filter{&f.any, &f.hedges, &f.phrases} {
		for i := range all {
			all[i] = -1 // every bit: every word may start every list
		}
	}
	for i, text := range texts {
		doc := &ingest.Document{ID: "d", Source: "s", Text: text, Format: "txt"}
		want, got := open.Extract(doc), filtered.Extract(doc)
		if !reflect.DeepEqual(got.Claims, want.Claims) || !reflect.DeepEqual(got.Attributions, want.Attributions) ||
			!reflect.DeepEqual(got.SentenceAttributions, want.SentenceAttributions) {
			t.Errorf("text %d: the start filters change its attributions", i)
		}
	}
}
