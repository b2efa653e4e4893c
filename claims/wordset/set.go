package wordset

import "slices"

// Set is a set of words, looked up at every token of a text. Most words a
// text gives are in none of the sets, so Has turns most of them away by a
// Filter, and looks the rest up in a Map of its own. The zero value is
// empty; Add makes it hold words. It is safe for concurrent readers once
// built.
type Set struct {
	filter Filter
	words  Map[struct{}]
}

// New returns the set of words. The empty word is never held.
func New(words ...string) *Set {
	s := &Set{}
	for _, w := range words {
		s.Add(w)
	}
	return s
}

// Union returns a new set of the words of every set.
func Union(sets ...*Set) *Set {
	u := &Set{}
	for _, s := range sets {
		for w := range s.words.All() {
			u.Add(w)
		}
	}
	return u
}

// Add puts w in the set; the empty word is ignored.
func (s *Set) Add(w string) {
	if w == "" {
		return
	}
	s.words.Put(w, struct{}{})
	s.filter.Add(w)
}

// May reports whether w may be in the set: false for most words that are
// not, without hashing them; never false for one that is.
func (s *Set) May(w string) bool { return s.filter.May(w) }

// Has reports whether w is in the set: HasKey, inlined, with w hashed
// once for the filter and the table.
func (s *Set) Has(w string) bool { return s.HasKey(KeyOf(w), w) }

// HasKey is Has for a word whose Key is k (a token's: segment.Token.Key),
// which it does not hash again. It spells out Filter.MayKey, at a cost
// (75) that leaves a one-line test calling it (english.IsArticleKey)
// within the inliner's budget (80), so such tests inline with their
// filter test at every caller.
func (s *Set) HasKey(k Key, w string) bool {
	return s.filter[k>>wordShift]<<(k%64) < 0 && s.hasKey(k, w)
}

// hasKey is HasKey past the filter, apart so that HasKey inlines.
//
//go:noinline
func (s *Set) hasKey(k Key, w string) bool {
	_, ok := s.words.GetKey(k, w)
	return ok
}

// Filter returns the set's filter, to be joined with others' (Filter.Join)
// where a token is tested against several sets.
func (s *Set) Filter() *Filter { return &s.filter }

// Len is the number of words in the set.
func (s *Set) Len() int { return s.words.Len() }

// Words returns the set's words, sorted.
func (s *Set) Words() []string {
	out := make([]string, 0, s.words.Len())
	for w := range s.words.All() {
		out = append(out, w)
	}
	slices.Sort(out)
	return out
}
