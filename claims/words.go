package claims

import (
	"slices"
	"strings"

	"github.com/claimdiff/claimdiff/claims/rules"
	"github.com/claimdiff/claimdiff/claims/segment"
)

// ContentWords returns the normalised content words of tokens [first,
// last) of txt, sorted and each once, as comparison matches sentences:
// names go through the aliases ("Americans" and "U.S." both become "united
// states"), case is folded, stop words and punctuation are dropped, and a
// light stemmer folds inflections ("urged"/"urges" -> "urg").
func ContentWords(txt *segment.Text, first, last int, r *rules.Rules) []string {
	toks := txt.Tokens
	var out []string
	for i := first; i < last; {
		if c, n := r.Aliases.Lookup(txt, i, last); n > 0 {
			out = append(out, strings.ToLower(c))
			i += n
			continue
		}
		t := toks[i]
		i++
		if t.Kind == segment.Punct || t.Kind == segment.Symbol || r.Compare.StopWords[t.Norm] || t.Norm == "'s" {
			continue
		}
		out = append(out, stem(t.Norm))
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// FillWords sets res.Words, each sentence's content words (ContentWords),
// unless they are set already.
func (res *Result) FillWords(r *rules.Rules) {
	if res.Words != nil || res.Text == nil {
		return
	}
	res.Words = make([][]string, len(res.Text.Sentences))
	for i, s := range res.Text.Sentences {
		res.Words[i] = ContentWords(res.Text, s.First, s.Last, r)
	}
}

// Stem is the key ContentWords gives a lower-case word.
func Stem(w string) string { return stem(w) }

// stem strips common English inflections; it only needs to map a word's
// forms to one key, not to a real root.
func stem(w string) string {
	if len(w) <= 4 {
		return w
	}
	for _, suf := range []string{"ingly", "edly", "ing", "ed", "ly", "es", "s"} {
		if strings.HasSuffix(w, suf) && len(w)-len(suf) >= 3 {
			w = strings.TrimSuffix(w, suf)
			break
		}
	}
	return strings.TrimSuffix(w, "e")
}
