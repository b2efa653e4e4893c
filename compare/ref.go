package compare

import (
	"slices"
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
func lowerIn(stem, text string) bool { return lowerWord(stem, text) != "" }

// lowerWord is the first word text writes in lower case that starts with
// stem (hyphens folded), as written ("negligence" for "negligenc"), or "".
func lowerWord(stem, text string) string {
	for _, t := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' }) {
		if r, _ := utf8.DecodeRuneInString(t); unicode.IsLower(r) && strings.HasPrefix(strings.ReplaceAll(t, "-", ""), stem) {
			return t
		}
	}
	return ""
}

// writesWord reports whether text writes word, in lower case, as a word of
// its own.
func writesWord(text, word string) bool {
	for _, t := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' }) {
		if t == word {
			return true
		}
	}
	return false
}

// asWritten is the first word of text that starts with stem, whatever its
// case, as written ("styrene" for "styren"), else stem.
func asWritten(stem, text string) string {
	for _, t := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' }) {
		if strings.HasPrefix(strings.ToLower(strings.ReplaceAll(t, "-", "")), stem) {
			return t
		}
	}
	return stem
}

// writesStem reports whether document doc writes a word that starts with
// stem (a statement word: lower case, hyphens folded), whatever its case.
func (cmp *comparer) writesStem(doc int, stem string) bool {
	if cmp.docStems == nil {
		cmp.docStems = make([][]string, len(cmp.results))
	}
	if cmp.docStems[doc] == nil {
		words := []string{""} // read once, even when it writes nothing
		for _, w := range lowerWords(cmp.results[doc].Text.Src) {
			if w = strings.ReplaceAll(strings.Trim(w, ".,"), "-", ""); w != "" {
				words = append(words, w)
			}
		}
		slices.Sort(words)
		cmp.docStems[doc] = slices.Compact(words)
	}
	words := cmp.docStems[doc]
	i, _ := slices.BinarySearch(words, stem)
	return i < len(words) && strings.HasPrefix(words[i], stem)
}
