package compare

import (
	"cmp"
	"hash/maphash"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/claims/english"
	"github.com/claimdiff/claimdiff/claims/mention"
	"github.com/claimdiff/claimdiff/internal/sortedset"
)

// wordSet is the normalised content words of a sentence or quote, sorted
// and each once (see claims.ContentWords).
type wordSet []string

// hashKey hashes a key's strings (a set's words), each ended by a zero
// byte.
func hashKey(seed maphash.Seed, k []string) uint64 {
	var h maphash.Hash
	h.SetSeed(seed)
	for _, s := range k {
		h.WriteString(s)
		h.WriteByte(0)
	}
	return h.Sum64()
}

// setOf makes a wordSet of words.
func setOf(ws []string) wordSet {
	s := slices.Clone(ws)
	slices.Sort(s)
	return slices.Compact(s)
}

// intersect counts the words two sets share.
func intersect(a, b wordSet) int { return sortedset.Count(a, b) }

// jaccard is |a ∩ b| / |a ∪ b|.
func jaccard(a, b wordSet) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	return jaccardOf(intersect(a, b), len(a), len(b))
}

// jaccardOf is the Jaccard index of two non-empty sets of na and nb words
// that share inter.
func jaccardOf(inter, na, nb int) float64 {
	return float64(inter) / float64(na+nb-inter)
}

// containment is |a ∩ b| / min(|a|, |b|): how much of the shorter is in the longer.
func containment(a, b wordSet) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	return float64(intersect(a, b)) / float64(min(len(a), len(b)))
}

// jaccardCanReach reports whether jaccard(a, b) can be t or more, from the
// sizes alone: the two sets share at most the smaller one's words, so the
// index is at most min/max (computed as jaccard computes it, so the test
// never rejects a pair jaccard would accept). It spares the word-by-word
// comparison of sentences of very different lengths.
func jaccardCanReach(a, b wordSet, t float64) bool {
	lo, hi := len(a), len(b)
	if lo > hi {
		lo, hi = hi, lo
	}
	if lo == 0 {
		return t <= 0 // jaccard is 0
	}
	return float64(lo)/float64(hi) >= t
}

// weights are the words' inverse document frequencies over the sentences
// being aligned: a word few sentences use (a name, a rare noun, a figure)
// says more about two sentences sharing it than one every sentence uses.
type weights struct {
	idf map[string]float64
	// perDoc is, for each word, the most sentences of one document that
	// use it: a word no document repeats more than rarePerDoc times is
	// rare, however many documents state the fact.
	perDoc map[string]int
}

// rarePerDoc is how many sentences of one document a rare word stands in
// at most.
const rarePerDoc = 2

// newWeights counts, for each word, the sets that hold it, and the most
// of one document's sets that do (docs[i] is set i's document). It visits
// the sets document by document (statements gives them so; others are
// ordered first), so a word's count in the current document restarts when
// the document changes: one map look-up a word, which against a large
// baseline is most of the cost of weighing. more, when not nil, adds to
// the counts of the sets' words (their document frequencies df, and
// perDoc) those of sets not given, and returns how many those are.
func newWeights(sets []wordSet, docs []int, more func(df, perDoc map[string]int) int) *weights {
	order := make([]int, len(sets))
	for i := range order {
		order[i] = i
	}
	if !slices.IsSorted(docs) {
		slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(docs[a], docs[b]) })
	}
	type stat struct{ df, perDoc, doc, inDoc int }
	at := map[string]int{}
	var stats []stat
	for _, i := range order {
		d := docs[i]
		for _, x := range sets[i] {
			k, ok := at[x]
			if !ok {
				k = len(stats)
				at[x] = k
				stats = append(stats, stat{doc: d})
			}
			st := &stats[k]
			st.df++
			if st.doc != d {
				st.doc, st.inDoc = d, 0
			}
			st.inDoc++
			st.perDoc = max(st.perDoc, st.inDoc)
		}
	}
	w := &weights{perDoc: make(map[string]int, len(at))}
	df := make(map[string]int, len(at))
	for x, k := range at {
		df[x], w.perDoc[x] = stats[k].df, stats[k].perDoc
	}
	n := len(sets)
	if more != nil {
		n += more(df, w.perDoc)
	}
	w.idf = idfOf(df, n)
	return w
}

// idfOf is each word's inverse document frequency among n sets.
func idfOf(df map[string]int, sets int) map[string]float64 {
	n := float64(sets) + 1
	idf := make(map[string]float64, len(df))
	for k, d := range df {
		idf[k] = math.Log(n / float64(d))
	}
	return idf
}

// rare reports a word no document uses in more than rarePerDoc sentences.
func (w *weights) rare(x string) bool { return w.perDoc[x] <= rarePerDoc }

// of is the weight of a set: the sum of its words' weights.
func (w *weights) of(s wordSet) float64 {
	t := 0.0
	for _, x := range s {
		t += w.idf[x]
	}
	return t
}

// distinctiveFigure is the least figure that names a fact by itself: small
// counts recur in a story in many statements ("one man", "two dead"),
// figures like "3.3 million Americans" do not.
const distinctiveFigure = 100

// distinctiveValue reports a claim's value that names a fact by itself:
// at least distinctiveFigure and not vague ("thousands" is in every
// report). A value is a quantity, never a year: a year is a date.
func distinctiveValue(v *mention.Value) bool {
	return v != nil && !v.Vague && v.Number >= distinctiveFigure
}

// minAnchoredWords is the fewest words two sentences share to be weighed:
// a distinctive figure and one rare word.
const minAnchoredWords = 2

// anchorFigure reports a figure that names a fact by itself: a number of
// at least distinctiveFigure that is not a year ("1,500", "3.3 million"
// comes as "3.3" and is not one; "2018" is not one: a year is a time, not
// a fact).
func anchorFigure(w string) bool {
	if !figure(w) {
		return false
	}
	n, digits, comma := 0.0, 0, false
	for _, r := range w {
		if r == ',' {
			comma = true
			continue
		}
		if r < '0' || r > '9' {
			break // "150foot": the number before its unit
		}
		n = n*10 + float64(r-'0')
		digits++
	}
	year := digits == 4 && !comma && n >= 1800 && n <= 2100
	return n >= distinctiveFigure && !year
}

// figure reports a word that is a number ("1,500", "29yearold").
func figure(w string) bool { return w != "" && w[0] >= '0' && w[0] <= '9' }

// shorten cuts s to n characters with an ellipsis.
func shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// oneLine folds a text's white space to single spaces.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// round3 rounds x to three decimals.
func round3(x float64) float64 { return float64(int(x*1000+0.5)) / 1000 }

// lowerWords splits text into lower-case words of letters and digits.
func lowerWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' && r != '.' && r != ','
	})
}

// stemOfAny reports whether a content word is one of words or the stem of
// one (content words are stemmed: "identifi" for "identified").
func stemOfAny(w string, words []string) bool {
	for _, x := range words {
		x = strings.Trim(x, ".,")
		if x == w || strings.HasPrefix(x, w) {
			return true
		}
	}
	return false
}

// functionWord reports a closed-class word, also in the stemmed form
// content words take ("ther" for "there").
func functionWord(w string) bool { return english.IsFunctionWord(w) || english.IsFunctionWord(w+"e") }

// shorterWithin reports whether every word of the shorter of a and b is in
// the other: "Edwards" within "John Bel Edwards".
func shorterWithin(a, b []string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	for _, w := range a {
		if !slices.Contains(b, w) {
			return false
		}
	}
	return true
}

// startsCapital reports a word that opens with an upper-case letter, past
// a comma, semicolon or colon stuck to it.
func startsCapital(w string) bool {
	r, _ := utf8.DecodeRuneInString(strings.Trim(w, ",;:"))
	return unicode.IsUpper(r)
}

// holdsPhrase reports whether text holds a phrase of set, of up to
// maxPhraseWords words, compared word by word in lower case, punctuation
// and quotation marks aside.
func holdsPhrase(set interface{ Has(string) bool }, text string) bool {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return strings.ContainsRune(" \n\t,.;:!?()\"'“”‘’", r)
	})
	for i := range words {
		for n := 1; n <= maxPhraseWords && i+n <= len(words); n++ {
			if set.Has(strings.Join(words[i:i+n], " ")) {
				return true
			}
		}
	}
	return false
}

// maxPhraseWords is the most words of a phrase holdsPhrase looks for.
const maxPhraseWords = 4
