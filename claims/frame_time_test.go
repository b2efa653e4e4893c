package claims

import (
	"slices"
	"testing"
	"time"

	"github.com/claimdiff/claimdiff/claims/ingest"
	"github.com/claimdiff/claimdiff/claims/mention"
	"github.com/claimdiff/claimdiff/claims/phrase"
	"github.com/claimdiff/claimdiff/claims/rules"
	"github.com/claimdiff/claimdiff/claims/segment"
	"github.com/claimdiff/claimdiff/internal/rulestest"
)

// TestMayStartPart wants anchorAt's first test, mayStartPart, to pass
// every token at which anchorPartAt reads a part, whatever the figure:
// dates, durations, relative phrases and clock times in a window.
func TestMayStartPart(t *testing.T) {
	r := rulestest.Default(t)
	pub := time.Date(2020, 8, 27, 12, 0, 0, 0, time.UTC)
	src := "As of 4 p.m. CT Thursday, 14 people had died, up from 6 the previous night. " +
		"At noon on Monday, 3 more were found; by midnight the toll was 20, two days later 25, and at midday 26. " +
		"The 2100 GMT update, a year earlier, counted 10:30 a.m. arrivals and 5 people killed at 21:00 local time. " +
		"Police said 2 officers were hurt three weeks ago, and 4 in 2019."
	txt := segment.Segment(src, segment.Options{})
	in := rules.NewInput(txt, mention.Recognise(txt, r.Lexicon(), mention.Options{Published: pub}))
	b := &builder{doc: &ingest.Document{ID: "t", Published: pub}, txt: txt, in: in, rules: r}
	var rel *phrase.Set[rules.Offset]
	if r.Time != nil {
		rel = r.Time.Relative
	}
	parts := 0
	for _, mv := range in.Mentions {
		s := txt.Sentences[sentenceOf(txt, mv.First)]
		lo, hi := max(s.First, mv.First-timeWindow), min(s.Last, mv.Last+timeWindow)
		own := b.coverOf(mv)
		for i := lo; i < hi; i++ {
			var p anchorPart
			if !b.anchorPartAt(&p, i, hi, &mv, own) {
				continue
			}
			parts++
			if !b.mayStartPart(rel, &txt.Tokens[i], i) {
				t.Errorf("token %d (%q) starts a part for the mention at %d, and mayStartPart says none", i, txt.Tokens[i].Norm, mv.First)
			}
		}
	}
	if parts == 0 {
		t.Fatal("no anchor part read: the test reads nothing")
	}
}

// sentenceOf is the index of the sentence of txt holding token i.
func sentenceOf(txt *segment.Text, i int) int {
	for si, s := range txt.Sentences {
		if i < s.Last {
			return si
		}
	}
	return len(txt.Sentences) - 1
}

// TestClockAt wants the clock time read at a sentence's token, in
// minutes after midnight, and the tokens it takes.
func TestClockAt(t *testing.T) {
	r := rulestest.Default(t)
	for _, c := range []struct {
		src, at string
		min, n  int
	}{
		{"It ended at noon.", "noon", 12 * 60, 1},
		{"It ended at midday.", "midday", 12 * 60, 1},
		{"It ended at midnight.", "midnight", 0, 1},
		{"It ended at 4pm.", "4pm", 16 * 60, 1},
		{"It ended at the school.", "the", 0, 0},
	} {
		txt := segment.Segment(c.src, segment.Options{})
		in := rules.NewInput(txt, mention.Recognise(txt, r.Lexicon(), mention.Options{}))
		b := &builder{doc: &ingest.Document{ID: "t"}, txt: txt, in: in, rules: r}
		i := slices.IndexFunc(txt.Tokens, func(tk segment.Token) bool { return tk.Norm == c.at })
		if i < 0 {
			t.Fatalf("%q: no token %q", c.src, c.at)
		}
		if m, n := b.clockAt(i, len(txt.Tokens)); m != c.min || n != c.n {
			t.Errorf("%q at %q: %d minutes, %d tokens; want %d, %d", c.src, c.at, m, n, c.min, c.n)
		}
	}
}
