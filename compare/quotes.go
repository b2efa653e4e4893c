package compare

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/sergi/go-diff/diffmatchpatch"

	"github.com/claimdiff/claimdiff/claims"
)

// Quotes align when they share most of their words: the same speaker and
// quoteSameSpeaker of the words, or quoteAnySpeaker whoever is named.
const (
	quoteSameSpeaker = 0.5
	quoteAnySpeaker  = 0.8
	minQuoteWords    = 3
)

// quotes aligns quote claims across documents into clusters of the same
// quote — the same speaker and quoteSameSpeaker of the shorter quote's words
// in the other, or quoteAnySpeaker whoever is named — and judges each
// cluster once: the same words (or a word-for-word excerpt) everywhere is an
// agreement; different wording is a quote variant with a word diff; the
// quote given to different speakers (or to none) is an attribution gap.
// Identical quotes cluster by hash first, so repeated wire copy is cheap.
func (cmp *comparer) quotes() []Finding {
	q := cmp.quoteClaims()
	cl := cmp.clusterQuotes(q)
	var out []Finding
	for _, r := range cl.roots {
		pick := cl.perDocument(r, q.docs)
		if len(pick) < 2 {
			continue
		}
		out = append(out, cmp.judgeQuotes(q, pick, cl.why[r])...)
	}
	return out
}

// quoteItems are the quotes quotes aligns: for each, its claim, its
// document, its words, their set and its hash key (speaker and words).
type quoteItems struct {
	qs    []*claims.Claim
	docs  []int
	words [][]string
	sets  []wordSet
	keys  []string
}

// quoteClaims gathers the quote claims of every document with at least
// minQuoteWords words.
func (cmp *comparer) quoteClaims() quoteItems {
	var q quoteItems
	for di, res := range cmp.results {
		for ci := range res.Claims {
			c := &res.Claims[ci]
			if c.Kind != claims.KindQuote {
				continue
			}
			ws := quoteWords(c.Text)
			if len(ws) < minQuoteWords {
				continue
			}
			q.qs = append(q.qs, c)
			q.docs = append(q.docs, di)
			q.words = append(q.words, ws)
			q.keys = append(q.keys, c.Attribution.Speaker+"\x00"+strings.Join(ws, " "))
		}
	}
	q.sets = make([]wordSet, len(q.words))
	for i, ws := range q.words {
		q.sets[i] = setOf(ws)
	}
	return q
}

// clusterQuotes clusters the quotes that are one quote: identical ones by
// key, the rest by the share of the shorter quote's words in the other
// (quoteSameSpeaker for the same named speaker, else quoteAnySpeaker).
func (cmp *comparer) clusterQuotes(q quoteItems) *clustered {
	return cluster(clusterItems{key: func(i int) []string { return q.keys[i : i+1] }, docs: q.docs,
		words: func(i int) wordSet { return q.sets[i] },
		match: func(i, j int) (bool, float64, string) {
			a, b := q.qs[i], q.qs[j]
			same := a.Attribution.Speaker != "" && a.Attribution.Speaker == b.Attribution.Speaker
			sim := containment(q.sets[i], q.sets[j])
			if !(same && sim >= quoteSameSpeaker) && sim < quoteAnySpeaker {
				return false, sim, ""
			}
			w := fmt.Sprintf("%.0f%% of the shorter quote's words in the other", sim*100)
			if same {
				w = "same speaker " + a.Attribution.Speaker + "; " + w
			}
			return true, sim, w
		}}, cmp.focusFunc())
}

// judgeQuotes judges one cluster's quotes, one per document (pick): an
// agreement or a quote variant, and an attribution gap when the documents
// give the quote to different speakers. why is the cluster's reason, ""
// for identical quotes.
func (cmp *comparer) judgeQuotes(q quoteItems, pick []int, why string) []Finding {
	cs := make([]claims.Claim, len(pick))
	for k, i := range pick {
		cs[k] = *q.qs[i]
	}
	if why == "" {
		why = "the same words"
	}
	out := []Finding{quoteWording(q, pick, cs, why)}
	gs := make([]gapSide, len(pick))
	for k, i := range pick {
		gs[k] = gapSide{a: q.qs[i].Attribution, source: q.qs[i].Source, sentence: q.qs[i].Sentence}
	}
	// a quote's words say whose they are better than a cue nearby:
	// "officials confirmed" a letter's words is no unnamed source
	if gap := cmp.gapKind(gs); gap != "" && gap != GapUnnamedVsNamed {
		sides := claimSides(cs)
		out = append(out, Finding{Type: AttributionGap, Kind: claims.KindQuote, Why: why, Claims: cs,
			Summary: fmt.Sprintf("quote %q: %s", shorten(cs[0].Text, 60), describeGap(sides)),
			Detail:  Detail{Gap: gap, Attributions: sides}})
	}
	return out
}

// quoteWording compares the wording of one quote's versions cs (the
// quotes pick): the same words or word-for-word excerpts of the first
// everywhere is an agreement, else the first version worded differently
// is a quote variant, with a word diff against the first.
func quoteWording(q quoteItems, pick []int, cs []claims.Claim, why string) Finding {
	speaker := ""
	for _, c := range cs {
		if c.Attribution.Speaker != "" {
			speaker = c.Attribution.Speaker
			break
		}
	}
	// the first version that is neither the same words nor an excerpt
	variant := -1
	for k := 1; k < len(pick); k++ {
		if !excerpt(q.words[pick[0]], q.words[pick[k]]) {
			variant = k
			break
		}
	}
	if variant < 0 {
		return Finding{Type: Agreement, Kind: claims.KindQuote, Why: why, Claims: cs,
			Summary: fmt.Sprintf("quote %q — same words in %s", shorten(cs[0].Text, 80), sourceList(cs)),
			Detail:  Detail{Speaker: speaker}}
	}
	a, b := cs[0], cs[variant]
	return Finding{Type: QuoteVariant, Kind: claims.KindQuote, Why: why, Claims: cs,
		Summary: fmt.Sprintf("quote by %s worded differently in %s and %s", orUnknown(speaker), a.Source, b.Source),
		Detail:  Detail{Speaker: speaker, Similarity: round3(containment(q.sets[pick[0]], q.sets[pick[variant]])), Diff: wordDiff(a.Text, b.Text)}}
}

// sourceList names the outlets of claims: "A and B", "A, B and C".
func sourceList(cs []claims.Claim) string {
	var names []string
	seen := map[string]bool{}
	for _, c := range cs {
		if !seen[c.Source] {
			seen[c.Source] = true
			names = append(names, c.Source)
		}
	}
	if len(names) > 5 {
		return fmt.Sprintf("%s and %d more", strings.Join(names[:5], ", "), len(names)-5)
	}
	if len(names) == 1 {
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

func orUnknown(s string) string {
	if s == "" {
		return "an unnamed speaker"
	}
	return s
}

// quoteWords splits a quote into lower-case words without punctuation.
func quoteWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '-')
	})
}

// excerpt reports whether the shorter word list stands, word for word,
// inside the longer one.
func excerpt(a, b []string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	return strings.Contains(" "+strings.Join(b, " ")+" ", " "+strings.Join(a, " ")+" ")
}

// wordDiff diffs two texts word by word with go-diff: each word is mapped
// to one rune, the rune strings are diffed, and the runes mapped back.
func wordDiff(a, b string) []DiffOp {
	ids := map[string]rune{}
	var vocab []string
	encode := func(s string) []rune {
		var out []rune
		for _, w := range strings.Fields(s) {
			id, ok := ids[w]
			if !ok {
				id = rune(len(vocab) + 0xE000) // private-use runes, never in text
				ids[w] = id
				vocab = append(vocab, w)
			}
			out = append(out, id)
		}
		return out
	}
	ra, rb := encode(a), encode(b)
	dmp := diffmatchpatch.New()
	diffs := dmp.DiffMainRunes(ra, rb, false)
	var out []DiffOp
	for _, d := range diffs {
		var ws []string
		for _, r := range d.Text {
			ws = append(ws, vocab[r-0xE000])
		}
		op := "equal"
		switch d.Type {
		case diffmatchpatch.DiffInsert:
			op = "insert"
		case diffmatchpatch.DiffDelete:
			op = "delete"
		}
		out = append(out, DiffOp{Op: op, Text: strings.Join(ws, " ")})
	}
	return out
}

// shorten cuts s to n characters with an ellipsis.
func shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
