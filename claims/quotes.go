package claims

import (
	"strings"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/claims/segment"
)

// quote is one quoted passage: content tokens [first, last), between the
// mark tokens open and close (close is -1 when the paragraph ended with the
// quote still open). A quote that runs over several paragraphs is one
// quote per paragraph, the later ones marked cont.
type quote struct {
	open, close int
	first, last int
	para        int
	cont        bool // continues the previous paragraph's open quote
	openAtEnd   bool // the paragraph ended with this quote still open
	words       int
}

// minQuoteWords is the fewest words a quote needs to be a quote claim;
// shorter ones ("imminent") are scare quotes.
const minQuoteWords = 2

// markKind classifies a quote-mark token from its source character.
type markKind uint8

const (
	notMark markKind = iota
	doubleOpen
	doubleClose
	doubleStraight
	singleOpen
	singleClose
)

// markOf classifies token i of txt as a quote mark, notMark when it is
// none. It inlines where it is called, so a word or a number, most tokens,
// is answered without a call.
func markOf(txt *segment.Text, i int) markKind {
	if txt.Tokens[i].Kind != segment.Punct {
		return notMark
	}
	return punctMark(txt, i)
}

// punctMark is markOf of a Punct token, kept out of line so that markOf
// stays small enough to inline.
//
//go:noinline
func punctMark(txt *segment.Text, i int) markKind {
	t := &txt.Tokens[i]
	r, _ := utf8.DecodeRuneInString(txt.Src[t.Start:])
	switch r {
	case '“', '„', '«':
		return doubleOpen
	case '”', '»':
		return doubleClose
	case '"':
		return doubleStraight
	case '‘':
		return singleOpen
	case '’':
		return singleClose
	case '\'':
		// two apostrophes stand for a double mark (''Yes,'' he said): the
		// first is the mark, the second goes with it
		toks := txt.Tokens
		if i+1 < len(toks) && toks[i+1].Start == t.End && txt.Src[toks[i+1].Start:toks[i+1].End] == "'" &&
			(i == 0 || toks[i-1].End != t.Start || txt.Src[toks[i-1].Start:toks[i-1].End] != "'") {
			return doubleStraight
		}
		// a single straight mark as British copy quotes ('He was just a
		// child,' said Guidry): opening before a word after a space,
		// closing after a sentence's punctuation before a space
		spaceBefore := i == 0 || toks[i-1].End < t.Start || toks[i-1].Norm == ":"
		spaceAfter := i+1 == len(toks) || toks[i+1].Start > t.End
		switch {
		case spaceBefore && !spaceAfter && toks[i+1].Kind != segment.Punct:
			return singleOpen
		case !spaceBefore && spaceAfter && strings.Contains(",.?!", toks[i-1].Norm) && toks[i-1].Norm != "":
			return singleClose
		}
	}
	return notMark
}

// pairedApostrophe reports the second apostrophe of a ” mark at token i.
func pairedApostrophe(txt *segment.Text, i int) bool {
	return i > 0 && i < len(txt.Tokens) && markOf(txt, i-1) == doubleStraight && txt.Src[txt.Tokens[i].Start:txt.Tokens[i].End] == "'"
}

// findQuotes pairs quote marks paragraph by paragraph in one pass. Double
// quotes may contain single ones; an unbalanced mark closes at the end of
// its paragraph; a paragraph that ends inside a quote continues into the
// next paragraph when that one opens with a quote mark. It lists the
// Punct tokens and counts the words for appendQuotes itself, over all the
// tokens (an attributor has indexSentences list them).
func findQuotes(txt *segment.Text) []quote {
	wordsIn := make([]int32, len(txt.Tokens)+1)
	var puncts []int32
	n := int32(0)
	for i := range txt.Tokens {
		wordsIn[i] = n
		switch txt.Tokens[i].Kind {
		case segment.Word, segment.Number:
			n++
		case segment.Punct:
			puncts = append(puncts, int32(i))
		}
	}
	wordsIn[len(txt.Tokens)] = n
	return appendQuotes(nil, txt, wordsIn, puncts)
}

// appendQuotes appends the quotes of txt to out, as findQuotes finds them.
// puncts lists the indices of txt's Punct tokens in order, the marks
// among them; wordsIn counts per token (and one past the last) the words
// and numbers before it, as attributor.wordsIn does, and a quote's words
// are its two counts' difference. The attributor's lists cover only the
// tokens of sentences, all of a paragraph's where the sentences tile the
// tokens, as segment.Segment's do (TestQuoteWordsCounted).
func appendQuotes(out []quote, txt *segment.Text, wordsIn, puncts []int32) []quote {
	pendingCont := false
	k := 0 // the next of puncts
	for pi, p := range txt.Paragraphs {
		first := txt.Sentences[p.First].First
		last := txt.Sentences[p.Last-1].Last
		open, sopen := -1, -1
		cont := false
		for k < len(puncts) && int(puncts[k]) < first {
			k++ // none while paragraphs tile the tokens: a guard
		}
		for ; k < len(puncts) && int(puncts[k]) < last; k++ {
			i := int(puncts[k])
			mk := punctMark(txt, i)
			if mk == notMark {
				continue
			}
			if open >= 0 {
				switch {
				case i == open+1 && txt.Tokens[open].End == txt.Tokens[i].Start && mk == markOf(txt, open):
					// a doubled mark (""We have learned ...") opens once
				case mk == doubleClose || mk == doubleStraight:
					out = append(out, newQuote(txt, wordsIn, open, i, pi, cont))
					open, cont = -1, false
				case mk == doubleOpen:
					// a stray opening mark inside a quote: close what was open
					out = append(out, newQuote(txt, wordsIn, open, i, pi, cont))
					open, cont = i, false
				}
				continue
			}
			switch mk {
			case doubleOpen, doubleStraight:
				if sopen >= 0 {
					sopen = -1 // an unclosed single quote gives way
				}
				open = i
				cont = pendingCont && i == first
			case singleOpen:
				sopen = i
			case singleClose:
				if sopen >= 0 {
					out = append(out, newQuote(txt, wordsIn, sopen, i, pi, false))
					sopen = -1
				}
			}
		}
		pendingCont = false
		if open >= 0 {
			q := newQuote(txt, wordsIn, open, -1, pi, cont)
			q.last = last
			q.words = quoteWords(wordsIn, q.first, q.last)
			q.openAtEnd = true
			out = append(out, q)
			// The quote goes on if the next paragraph opens with a mark.
			if pi+1 < len(txt.Paragraphs) {
				next := txt.Sentences[txt.Paragraphs[pi+1].First].First
				mk := markOf(txt, next)
				pendingCont = mk == doubleOpen || mk == doubleStraight
			}
		}
	}
	return out
}

// newQuote is the quote between the marks at tokens open and close (-1
// for none) of paragraph para; wordsIn is appendQuotes'.
func newQuote(txt *segment.Text, wordsIn []int32, open, close, para int, cont bool) quote {
	q := quote{open: open, close: close, first: open + 1, last: close, para: para, cont: cont}
	if pairedApostrophe(txt, q.first) {
		q.first++
	}
	if close < 0 {
		q.last = q.first
	}
	q.words = quoteWords(wordsIn, q.first, q.last)
	return q
}

// quoteWords counts the words and numbers among tokens [first, last) of
// one paragraph by the counts wordsIn holds, as findQuotes and the
// attributor (wordsBetween) make them.
func quoteWords(wordsIn []int32, first, last int) int {
	if first >= last {
		return 0
	}
	return int(wordsIn[last] - wordsIn[first])
}

// countWords counts the words and numbers among tokens [first, last).
func countWords(txt *segment.Text, first, last int) int {
	n := 0
	for i := first; i < last; i++ {
		if k := txt.Tokens[i].Kind; k == segment.Word || k == segment.Number {
			n++
		}
	}
	return n
}
