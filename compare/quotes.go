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

// quotes aligns quote claims across documents and reports quote variants
// (the same quote worded differently, with a word diff), quotes given to
// different speakers, and identical quotes as agreements. An excerpt of a
// longer quote, word for word, agrees with it.
func (cmp *comparer) quotes() []Finding {
	var qs []*claims.Claim
	var items []simItem
	var words [][]string
	for di, res := range cmp.results {
		for ci := range res.Claims {
			c := &res.Claims[ci]
			if c.Kind != "quote" {
				continue
			}
			ws := quoteWords(c.Text)
			if len(ws) < minQuoteWords {
				continue
			}
			set := wordSet{}
			for _, w := range ws {
				set[w] = true
			}
			qs = append(qs, c)
			items = append(items, simItem{doc: di, words: set})
			words = append(words, ws)
		}
	}
	ix := newSimIndex(items)
	var out []Finding
	done := map[[2]int]bool{}
	for i := range items {
		for _, j := range ix.candidates(i, maxPosting) {
			if j < i || done[[2]int{i, j}] {
				continue
			}
			a, b := qs[i], qs[j]
			same := a.Attribution.Speaker != "" && a.Attribution.Speaker == b.Attribution.Speaker
			sim := containment(items[i].words, items[j].words)
			if !(same && sim >= quoteSameSpeaker) && sim < quoteAnySpeaker {
				continue
			}
			done[[2]int{i, j}] = true
			why := fmt.Sprintf("%.0f%% of the shorter quote's words in the other", sim*100)
			if same {
				why = "same speaker " + a.Attribution.Speaker + "; " + why
			}
			pair := []claims.Claim{*a, *b}
			if excerpt(words[i], words[j]) {
				out = append(out, Finding{Type: Agreement, Kind: "quote", Why: why, Claims: pair,
					Summary: fmt.Sprintf("quote %q — same words in %s and %s", shorten(shorter(a.Text, b.Text), 80), a.Source, b.Source),
					Detail:  Detail{Speaker: a.Attribution.Speaker, Similarity: round3(sim)}})
			} else {
				out = append(out, Finding{Type: QuoteVariant, Kind: "quote", Why: why, Claims: pair,
					Summary: fmt.Sprintf("quote by %s worded differently in %s and %s", orUnknown(a.Attribution.Speaker), a.Source, b.Source),
					Detail:  Detail{Speaker: a.Attribution.Speaker, Similarity: round3(sim), Diff: wordDiff(a.Text, b.Text)}})
			}
			if gap := gapKind([]claims.Attribution{a.Attribution, b.Attribution}); gap != "" {
				sides := []SideAttribution{side(*a), side(*b)}
				out = append(out, Finding{Type: AttributionGap, Kind: "quote", Why: why, Claims: pair,
					Summary: fmt.Sprintf("quote %q: %s", shorten(a.Text, 60), describeGap(sides)),
					Detail:  Detail{Gap: gap, Attributions: sides}})
			}
		}
	}
	return out
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

func shorter(a, b string) string {
	if len(a) <= len(b) {
		return a
	}
	return b
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
