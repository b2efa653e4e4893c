package compare

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// ref names a sentence of a document.
type ref struct{ doc, sent int }

// sentenceText is the text of sentence rf.
func (cmp *comparer) sentenceText(rf ref) string {
	res := cmp.results[rf.doc]
	s := res.Text.Sentences[rf.sent]
	return res.Text.Src[s.Start:s.End]
}

// lowerIn reports whether text writes a word starting with stem in lower
// case (hyphens folded, as statement words are).
func lowerIn(stem, text string) bool {
	for _, t := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' }) {
		if r, _ := utf8.DecodeRuneInString(t); unicode.IsLower(r) && strings.HasPrefix(strings.ReplaceAll(t, "-", ""), stem) {
			return true
		}
	}
	return false
}
