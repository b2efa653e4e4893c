package claims

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/claims/segment"
)

// The text a claim carries: its sentence folded to one line, cut to a
// window around the claim when very long.

// maxSentence bounds the sentence text a claim carries: a 1 MB "sentence"
// (a page with no full stops) would otherwise be copied into every claim in
// it. Longer sentences are cut to a window around the claim.
const maxSentence = 600

// sentenceAround returns the sentence, or a window of it around the claim
// at [start, end) with ellipses, on rune boundaries, one line.
func sentenceAround(s string, start, end int) string {
	if len(s) <= maxSentence {
		return oneLine(s)
	}
	lo := max(0, start-maxSentence/2)
	hi := min(len(s), max(end, lo+maxSentence))
	for lo > 0 && !utf8.RuneStart(s[lo]) {
		lo--
	}
	for hi < len(s) && !utf8.RuneStart(s[hi]) {
		hi++
	}
	out := oneLine(s[lo:hi])
	if lo > 0 {
		out = "…" + out
	}
	if hi < len(s) {
		out += "…"
	}
	return out
}

// asWritten reports whether sentence s of txt reads as written on one
// line: its tokens one space apart, so its source text needs no folding
// (oneLine). A sentence starts at its first token and ends at its last
// (segment.Segment).
func asWritten(txt *segment.Text, s segment.Sentence) bool {
	return txt.SpacedOnce(s.First, s.Last)
}

// oneLine folds runs of white space (line breaks included) to one space,
// and drops it at both ends, as strings.Join(strings.Fields(s), " ") does,
// in one allocation.
func oneLine(s string) string {
	if !needsFolding(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		if unicode.IsSpace(r) {
			space = b.Len() > 0
		} else {
			if space {
				b.WriteByte(' ')
				space = false
			}
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

// needsFolding reports whether s holds a line break, a tab or a carriage
// return, or two spaces in a row: what oneLine changes in a sentence,
// whose ends are words. Each is a vectorised byte search, several times
// faster than one pass testing every byte against the set.
func needsFolding(s string) bool {
	return strings.IndexByte(s, '\n') >= 0 || strings.IndexByte(s, '\t') >= 0 ||
		strings.IndexByte(s, '\r') >= 0 || strings.Contains(s, "  ")
}
