package claims

import (
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/claims/ingest"
	"github.com/claimdiff/claimdiff/claims/rules"
	"github.com/claimdiff/claimdiff/claims/segment"
	"github.com/claimdiff/claimdiff/internal/seedstest"
)

// checkSpan verifies a span lies inside text, on rune boundaries, with the
// line and column of its start.
func checkSpan(t *testing.T, what string, text string, sp Span) {
	t.Helper()
	if sp.Start < 0 || sp.End < sp.Start || sp.End > len(text) {
		t.Fatalf("%s span [%d,%d) outside the text (len %d)", what, sp.Start, sp.End, len(text))
	}
	if (sp.Start < len(text) && !utf8.RuneStart(text[sp.Start])) || (sp.End < len(text) && !utf8.RuneStart(text[sp.End])) {
		t.Fatalf("%s span [%d,%d) not on rune boundaries", what, sp.Start, sp.End)
	}
	line, col := segment.NewLines(text).Pos(sp.Start)
	if sp.Line != line || sp.Col != col {
		t.Fatalf("%s span at %d says %d:%d, the text says %d:%d", what, sp.Start, sp.Line, sp.Col, line, col)
	}
}

// FuzzExtract runs the whole extraction — recognisers, rules, quote
// pairing, attribution — on any text and checks its output's invariants.
func FuzzExtract(f *testing.F) {
	for _, dir := range []string{"../testdata/seeds", "../testdata/compare"} {
		files, _ := filepath.Glob(filepath.Join(dir, "*"))
		for _, p := range files {
			if b, err := os.ReadFile(p); err == nil {
				f.Add(string(b))
			}
		}
	}
	for _, s := range []string{`"unclosed quote`, `He said: "a “b ‘c” d`, `“”“”“”`, "more than 50 and at least 63 between 50 and 60 people were killed",
		"about 5,200 troops; $1.5 billion; 4% rise; 62-year-old; February 30; 1e400; 9,99,999; 1.2.3", "'s 's 's", "Mr. He said. They said: \"\n\"x\"",
		// each panicked once: a look one token before or after a mention at
		// the text's very start or end
		"24 years old man and two women were injured.", "Aged 24 man and two women were injured.",
		"- 4 in 10 voters back the plan.", "Prices rose from 12 to", "3.2ft Secretary of",
		// a stance cue as the text's first word read the token before it
		"support grew.", "backed", "favor",
		// a sentence all dateline, to the reader of datelines
		")--"} {
		f.Add(s)
	}
	r, err := rules.Default()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			t.Skip()
		}
		doc := &ingest.Document{ID: "fuzz", Source: "fuzz", Text: text, Format: "txt", Published: time.Date(2020, 1, 3, 0, 0, 0, 0, time.UTC)}
		res := Extract(doc, r)
		for _, c := range res.Claims {
			checkSpan(t, c.Kind, text, c.Span)
			checkSpan(t, c.Kind+" sentence", text, c.SentenceSpan)
			if c.Attribution.Span != nil {
				checkSpan(t, "speaker", text, *c.Attribution.Span)
			}
			if v := c.Value; v != nil {
				if v.Low != nil && *v.Low > v.Number || v.High != nil && *v.High < v.Number {
					t.Fatalf("%s value %v outside its bounds", c.Kind, v)
				}
			}
			if d := c.Date; d != nil && d.Start != "" && d.Start[0] != '-' && d.End < d.Start {
				t.Fatalf("%s date ends before it starts: %v", c.Kind, d)
			}
		}
		for _, a := range res.Attributions {
			if a.Span != nil {
				checkSpan(t, "attribution", text, *a.Span)
			}
			if a.CueSpan != nil {
				checkSpan(t, "cue", text, *a.CueSpan)
			}
		}
	})
}

// FuzzExtractFresh extracts text with an Extractor that has just
// extracted prev, its buffers, interned forms and reading memos in use,
// and with a new Extractor that reads every speaker afresh (no memos),
// and wants the same claims, mentions and attributions: what one document
// leaves in the buffers, and what a memo remembers within one, must never
// change what is read. The seeds are the attribution tables' cases, two
// by two, and the seed articles.
func FuzzExtractFresh(f *testing.F) {
	paras := slices.Concat(attributionCases(f)...)
	for i := 0; i+3 < len(paras); i += 4 {
		f.Add(paras[i]+"\n\n"+paras[i+1], "Title\n\n"+paras[i+2]+"\n\n"+paras[i+3]+"\n")
	}
	seeds := seedstest.Texts(f)
	for i := range seeds {
		f.Add(seeds[i], seeds[(i+1)%len(seeds)])
	}
	r, err := rules.Default()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, prev, text string) {
		if !utf8.ValidString(prev) || !utf8.ValidString(text) {
			t.Skip()
		}
		used, fresh := NewExtractor(r), NewExtractor(r)
		fresh.attrBuf.fresh = true
		used.Extract(&ingest.Document{ID: "prev", Source: "p", Text: prev, Format: "txt"})
		doc := &ingest.Document{ID: "fuzz", Source: "fuzz", Text: text, Format: "txt", Published: time.Date(2020, 1, 3, 0, 0, 0, 0, time.UTC)}
		got, want := used.Extract(doc), fresh.Extract(doc)
		if !reflect.DeepEqual(got.Claims, want.Claims) {
			t.Errorf("claims differ after another document, with memos:\n got %+v\nwant %+v", got.Claims, want.Claims)
		}
		if !reflect.DeepEqual(got.Mentions, want.Mentions) {
			t.Errorf("mentions differ after another document, with memos")
		}
		if !reflect.DeepEqual(got.Attributions, want.Attributions) || !reflect.DeepEqual(got.SentenceAttributions, want.SentenceAttributions) {
			t.Errorf("attributions differ after another document, with memos:\n got %+v\nwant %+v", got.SentenceAttributions, want.SentenceAttributions)
		}
	})
}
