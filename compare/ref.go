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

// textWords splits text into its words as written: runs of letters,
// digits and hyphens.
func textWords(text string) []string {
	return strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' })
}

// lowerIn reports whether words (textWords) write a word starting with
// stem in lower case (hyphens folded, as statement words are).
func lowerIn(stem string, words []string) bool { return lowerWord(stem, words) != "" }

// lowerWord is the first of words (textWords) written in lower case that
// starts with stem (hyphens folded), as written ("negligence" for
// "negligenc"), or "".
func lowerWord(stem string, words []string) string {
	for _, t := range words {
		if r, _ := utf8.DecodeRuneInString(t); unicode.IsLower(r) && strings.HasPrefix(strings.ReplaceAll(t, "-", ""), stem) {
			return t
		}
	}
	return ""
}

// asWritten is the first of words (textWords) that starts with stem,
// whatever its case, as written ("styrene" for "styren"), else stem.
func asWritten(stem string, words []string) string {
	for _, t := range words {
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

// bgWord is a word of a sentence as background reads it: lower-cased and
// trimmed, whether the text writes it capitalised, and whether
// punctuation closes it.
type bgWord struct {
	w                       string
	upper, closes, compound bool
}

// bgWords tokenises text as clauses are read (backgroundSplit, coreMarks,
// partIn).
func bgWords(text string) []bgWord {
	var out []bgWord
	for _, f := range strings.Fields(text) {
		w := strings.Trim(f, ".,;:!?\"'“”‘’()[]")
		if w == "" {
			if len(out) > 0 {
				out[len(out)-1].closes = true // a lone dash
			}
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		last := f[len(f)-1:]
		out = append(out, bgWord{w: strings.ReplaceAll(strings.ToLower(w), "-", ""), upper: unicode.IsUpper(r),
			closes: strings.ContainsAny(last, ",;:") || f == "--" || f == "—" || f == "–", compound: strings.Contains(w, "-")})
	}
	return out
}
