package compare

import (
	"strings"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/rules"
	"github.com/claimdiff/claimdiff/claims/segment"
)

// wordSet is the normalised content words of a sentence or quote.
type wordSet map[string]bool

// contentWords normalises the tokens [first, last) of a document: names go
// through the aliases ("Americans" and "U.S." both become "united states"),
// case is folded, stop words and punctuation are dropped, and a light stemmer
// folds inflections ("urged"/"urges" -> "urg").
func contentWords(res *claims.Result, first, last int, r *rules.Rules) wordSet {
	toks := res.Text.Tokens
	out := wordSet{}
	for i := first; i < last; {
		if c, n := r.Aliases.Lookup(res.Text, i, last); n > 0 {
			out[strings.ToLower(c)] = true
			i += n
			continue
		}
		t := toks[i]
		i++
		if t.Kind == segment.Punct || t.Kind == segment.Symbol || r.Compare.StopWords[t.Norm] || t.Norm == "'s" {
			continue
		}
		out[stem(t.Norm)] = true
	}
	return out
}

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

// intersect counts the words two sets share.
func intersect(a, b wordSet) int {
	if len(a) > len(b) {
		a, b = b, a
	}
	n := 0
	for w := range a {
		if b[w] {
			n++
		}
	}
	return n
}

// jaccard is |a ∩ b| / |a ∪ b|.
func jaccard(a, b wordSet) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	inter := intersect(a, b)
	return float64(inter) / float64(len(a)+len(b)-inter)
}

// containment is |a ∩ b| / min(|a|, |b|): how much of the shorter is in the longer.
func containment(a, b wordSet) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	return float64(intersect(a, b)) / float64(min(len(a), len(b)))
}
