package claims

import (
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"testing"

	"github.com/claimdiff/claimdiff/claims/ingest"
	"github.com/claimdiff/claimdiff/claims/wordset"

	"github.com/claimdiff/claimdiff/claims/mention"
	"github.com/claimdiff/claimdiff/claims/rules"
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

// TestQuoteWordsCounted checks that the quotes newAttributor finds, by
// the Punct tokens and the words' prefix counts indexSentences lists, are
// findQuotes', which lists them over all the tokens, and that each quote's
// words are those its tokens hold, over texts whose quotes open, close,
// double and run to a paragraph's end, and the seeds, one set of buffers
// reused across them all (a list or count left from a longer text must not
// be read). The attributor's lists cover a paragraph's tokens only where
// sentences tile the tokens, which the test asks of segment.Segment too.
func TestQuoteWordsCounted(t *testing.T) {
	r := rulestest.Default(t)
	texts := append([]string{
		"",
		"\n\n  \n",
		"Title\n\n\"Two people were hurt, the sheriff said. Nobody else was there.\n\n\"The road is closed,\" he added. 'Short one' here.\n",
		"Title\n\nShe said \"\"We have learned a great deal from this,\" and left. \"Yes,\" he said, \"it was a very long night for all of us.\"\n",
		"Title\n\n\"He told me 'we will rebuild the school,' and I believed him,\" the mayor said. ''Yes,'' he said.\n",
		"  Lead words \"open at the end 42\n\nNext paragraph \"",
		"Title\n\nHe said \"we will rebuild the school",
	}, seedstest.Texts(t)...)
	buf := &attrBuffers{}
	for _, order := range [][]string{texts, reversed(texts)} {
		for ti, text := range order {
			txt := segment.Segment(text, segment.Options{})
			last := 0
			for si, s := range txt.Sentences {
				if s.First != last {
					t.Errorf("text %d: sentence %d starts at token %d, the one before ends at %d", ti, si, s.First, last)
				}
				last = s.Last
			}
			if last != len(txt.Tokens) {
				t.Errorf("text %d: the sentences end at token %d of %d", ti, last, len(txt.Tokens))
			}
			in := rules.NewInput(txt, mention.Recognise(txt, r.Lexicon(), mention.Options{}))
			a := newAttributor(txt, r, in, newNameCache(r), buf)
			if want := findQuotes(txt); !reflect.DeepEqual(a.quotes, want) && len(want)+len(a.quotes) > 0 {
				t.Errorf("text %d: quotes\n%+v\nwant\n%+v", ti, a.quotes, want)
			}
			for qi, q := range a.quotes {
				if want := countWords(txt, q.first, q.last); q.words != want {
					t.Errorf("text %d: quote %d has %d words, want %d", ti, qi, q.words, want)
				}
			}
		}
	}
}

// reversed returns a copy of ss in the reverse order.
func reversed(ss []string) []string {
	out := slices.Clone(ss)
	slices.Reverse(out)
	return out
}
