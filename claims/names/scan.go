// Package names is the one model of a name in claimdiff: where a name
// starts and ends in a token stream (initials, particles, "Jr."), how a
// person's name splits into given names, surname and suffix, and how a
// surname-only back-reference ("Lopez", "Mr Lopez") finds the full name
// given earlier. Every stage that reads names (rule slots, subjects, ages,
// speakers, story features) uses it, so a name is the same name everywhere.
package names

import (
	"maps"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/claims/english"
	"github.com/claimdiff/claimdiff/claims/segment"
	"github.com/claimdiff/claimdiff/claims/wordset"
)

// MaxTokens bounds a name, initials and particles included: "Abu Mahdi
// al-Muhandis", "Ivan A. Lopez", "Louisiana Governor John Bel Edwards".
const MaxTokens = 7

// Scanner finds names with the name vocabulary a newsroom extends (the
// rules file's names: section): the lower-case particles that join a name
// ("bin", "de", "van") and the generational suffixes that follow a surname
// ("Jr.", "III"). It is immutable once built; a nil Scanner knows no
// particles or suffixes.
type Scanner struct {
	particles, suffixes *wordset.Set
}

// NewScanner returns a Scanner knowing the particles and suffixes given
// (any case; a suffix's period is dropped: "Jr." is "jr").
func NewScanner(particles, suffixes []string) *Scanner {
	var s *Scanner
	return s.With(particles, suffixes)
}

// With returns a new Scanner that knows s's words and the particles and
// suffixes given; s is unchanged.
func (s *Scanner) With(particles, suffixes []string) *Scanner {
	out := &Scanner{particles: wordset.New(), suffixes: wordset.New()}
	if s != nil {
		out.particles, out.suffixes = wordset.Union(s.particles), wordset.Union(s.suffixes)
	}
	for _, w := range particles {
		out.particles.Add(strings.ToLower(w))
	}
	for _, w := range suffixes {
		out.suffixes.Add(strings.ToLower(strings.TrimSuffix(w, ".")))
	}
	return out
}

// notNames are capitalised only because they start a sentence, or are
// honorifics that stand before a name: they never start or join one.
// These are the ones claims/english does not class as function words
// (functionWords adds those).
var notNames = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`according prior meanwhile however why how all both few several
		besides given regarding considering concerning except amongst
		mr mrs ms dr two three four five six seven eight nine ten`) {
		m[w] = true
	}
	return m
}()

// alsoNames are closed-class words that are names when capitalised
// mid-sentence: "US", "Theresa May", "Will Smith".
var alsoNames = map[string]bool{"us": true, "may": true, "will": true, "can": true, "might": true,
	"must": true, "shall": true, "should": true, "would": true, "could": true, "like": true}

// IsFunctionWord reports whether a capitalised norm is a function word
// (or a weekday, month or number word) rather than part of a name.
func IsFunctionWord(norm string) bool { return functionWords.Has(norm) }

// IsFunctionWordKey is IsFunctionWord for a word whose Key is k (a
// token's Key and Norm), which it does not hash again.
func IsFunctionWordKey(k wordset.Key, norm string) bool { return functionWords.HasKey(k, norm) }

// functionWords joins notNames, the closed classes of English and the
// calendar words, less alsoNames: one look-up a token, and for most words
// none (english.WordSet).
var functionWords = func() *english.WordSet {
	m := map[string]bool{}
	for w := range notNames {
		m[w] = true
	}
	for _, w := range english.FunctionWords() {
		m[w] = true
	}
	for _, w := range english.CalendarWords() {
		m[w] = true
	}
	for w := range alsoNames {
		delete(m, w)
	}
	return english.NewWordSet(slices.Collect(maps.Keys(m))...)
}()

// IsParticle reports a lower-case word that joins a name: "bin", "de".
func (s *Scanner) IsParticle(norm string) bool { return s != nil && s.particles.Has(norm) }

// IsParticleKey is IsParticle for a word whose Key is k.
func (s *Scanner) IsParticleKey(k wordset.Key, norm string) bool {
	return s != nil && s.particles.HasKey(k, norm)
}

// IsSuffix reports a generational suffix: "Jr", "Sr", "III".
func (s *Scanner) IsSuffix(norm string) bool { return s != nil && s.suffixes.Has(norm) }

// IsToken reports whether token i can be part of a name that starts at
// token start (pass -1 when unknown): a capitalised word that is not a
// function word, an initial's or abbreviated title's period ("Ivan A.
// Lopez", "Gen. Soleimani", "Jr."), or a particle inside a name.
func (s *Scanner) IsToken(toks []segment.Token, i, start int) bool {
	t := &toks[i]
	if t.Norm == "." && i > 0 && i != start && toks[i-1].End == t.Start && toks[i-1].Cap {
		p := &toks[i-1]
		return segment.IsAbbreviationToken(p) || p.End-p.Start == 1 // "Gen.", "A."
	}
	if t.Kind != segment.Word {
		return false
	}
	if t.Cap {
		if t.End-t.Start == 1 && i+1 < len(toks) && toks[i+1].Norm == "." && toks[i+1].Start == t.End {
			return true // an initial: "A."
		}
		return !IsFunctionWordKey(t.Key, t.Norm)
	}
	if i == start {
		return false
	}
	k := strings.IndexByte(t.Norm, '-')
	return s.IsParticleKey(t.Key, t.Norm) || k > 0 && s.IsParticle(t.Norm[:k]) // "bin", "al-Muhandis"
}

// CanEnd reports whether token i can end a name: a capitalised word, a
// particle compound whose second part is capitalised ("al-Muhandis"), or
// the period of "Jr.".
func (s *Scanner) CanEnd(txt *segment.Text, i int) bool {
	t := &txt.Tokens[i]
	if t.Cap {
		return true
	}
	if t.Norm == "." {
		return i > 0 && s.IsSuffix(txt.Tokens[i-1].Norm) && txt.Tokens[i-1].End == t.Start
	}
	if t.Kind != segment.Word {
		return false
	}
	src := txt.Src[t.Start:t.End]
	if k := strings.IndexByte(src, '-'); k > 0 && k+1 < len(src) && s.IsParticle(strings.ToLower(src[:k])) {
		r, _ := utf8.DecodeRuneInString(src[k+1:])
		return unicode.IsUpper(r)
	}
	return false
}

// Opens reports a capitalised word at token i whose capital may be only
// its place's: the first word of a sentence (starting at token first) or
// of a line, with no capitalised word after it before limit ("Gunman kills
// 16", "Investigators said"). Such a word is a name only when something
// else says so (an alias, capitals throughout).
func Opens(toks []segment.Token, i, first, limit int) bool {
	return (i == first || toks[i].Newlines > 0) && (i+1 >= limit || !toks[i+1].Cap || toks[i+1].Kind != segment.Word)
}

// Forward returns the end (exclusive) of the name that starts at token i
// and stops before limit, or i when none does. free reports whether a
// token may be used (not inside a number or date); nil allows all.
func (s *Scanner) Forward(txt *segment.Text, i, limit int, free func(int) bool) int {
	toks := txt.Tokens
	if i >= limit || !toks[i].Cap {
		return i // a name starts with a capital: read no further
	}
	j := i
	for j < limit && j-i < MaxTokens {
		// most words of a name are capitalised words of two letters or
		// more, which IsToken takes unless they are function words: read
		// in line, they spare the call
		if t := &toks[j]; t.Cap && t.Kind == segment.Word && t.End-t.Start > 1 {
			if IsFunctionWordKey(t.Key, t.Norm) {
				break
			}
		} else if !s.IsToken(toks, j, i) {
			break
		}
		if free != nil && !free(j) {
			break
		}
		if j > i && toks[j].Newlines > 0 {
			break // a name does not run across a line break
		}
		j++
	}
	// a capitalised word can end a name (CanEnd's first test, inlined)
	for j > i && !toks[j-1].Cap && !s.CanEnd(txt, j-1) {
		j--
	}
	return j
}

// Backward returns the start of the name that ends just before token end
// and starts no earlier than lo, or end when none does.
func (s *Scanner) Backward(txt *segment.Text, end, lo int, free func(int) bool) int {
	toks := txt.Tokens
	if end <= lo || !s.CanEnd(txt, end-1) {
		return end
	}
	q := end
	for q > lo && end-q < MaxTokens && s.IsToken(toks, q-1, -1) && (free == nil || free(q-1)) {
		q--
		if q < end-1 && toks[q+1].Newlines > 0 {
			q++
			break
		}
	}
	for q < end && !toks[q].Cap {
		q++
	}
	return q
}
