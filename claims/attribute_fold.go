package claims

import (
	"strings"

	"github.com/claimdiff/claimdiff/claims/segment"
)

// A quote claim's and a sentence's text as a claim carries it: curly marks
// made straight, and folded to one line (oneLine) where the tokens show it
// is needed: most text is words one space apart, which
// oneLine would return unchanged, and telling so from the tokens' offsets
// costs a test per token where searching the text for two spaces in a row
// costs a test per space.

// quoteText is the text of the quoted tokens [first, last), normalised as
// a quote claim carries it: curly marks made straight, white space folded,
// ellipses kept, trailing spaces and commas dropped.
func (a *attributor) quoteText(first, last int) string {
	s := straightenQuotes(a.text(first, last))
	if !a.txt.SpacedOnce(first, last) {
		s = oneLine(s)
	}
	return strings.TrimRight(s, " ,")
}

// sentenceText is sentence s as a claim at byte start of the document
// carries it (sentenceAround): the sentence itself where it is short
// enough and its words are one space apart.
func (a *attributor) sentenceText(s segment.Sentence, start int) string {
	if s.End-s.Start <= maxSentence && asWritten(a.txt, s) {
		return a.txt.Src[s.Start:s.End]
	}
	return sentenceAround(a.txt.Src[s.Start:s.End], start-s.Start, start-s.Start)
}

// straightenQuotes writes the curly quote marks “ ” ‘ ’ straight, in one
// pass that copies s only when it holds one. The pass goes from one lead
// byte 0xE2 to the next by a vectorised byte search, not byte by byte.
func straightenQuotes(s string) string {
	var b []byte
	done := 0 // s[:done] is in b
	for i := 0; i+2 < len(s); i++ {
		k := strings.IndexByte(s[i:len(s)-2], 0xE2)
		if k < 0 {
			break
		}
		if i += k; s[i+1] != 0x80 {
			continue
		}
		var mark byte
		switch s[i+2] {
		case 0x9C, 0x9D: // “ ”
			mark = '"'
		case 0x98, 0x99: // ‘ ’
			mark = '\''
		default:
			continue
		}
		if b == nil {
			b = make([]byte, 0, len(s))
		}
		b = append(append(b, s[done:i]...), mark)
		done = i + 3
		i += 2
	}
	if b == nil {
		return s
	}
	return string(append(b, s[done:]...))
}
