package wordset

import "slices"

// Set is a set of words, looked up at every token of a text. Most words a
// text gives are in none of the sets, so Has turns most of them away by a
// Filter, and looks the rest up in an open-addressed table of its own,
// hashed by FNV-1a: for the short words these sets hold that costs a few
// nanoseconds, a third of a Go map's look-up. The zero value is empty;
// Add makes it hold words. It is safe for concurrent readers once built.
type Set struct {
	filter Filter
	// slots holds the words at their hash, "" where none is; its length is
	// a power of two at least twice the words', so probes are short.
	slots []string
	size  int
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
		for _, w := range s.slots {
			if w != "" {
				u.Add(w)
			}
		}
	}
	return u
}

// hash is the 32-bit FNV-1a hash of w.
func hash(w string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		h ^= uint32(w[i])
		h *= 16777619
	}
	return h
}

// Add puts w in the set; the empty word is ignored.
func (s *Set) Add(w string) {
	if w == "" || s.Has(w) {
		return
	}
	if 2*(s.size+1) > len(s.slots) {
		s.grow()
	}
	s.place(w)
	s.size++
	s.filter.Add(w)
}

// place puts w in the first free slot from its hash.
func (s *Set) place(w string) {
	mask := uint32(len(s.slots) - 1)
	for i := hash(w) & mask; ; i = (i + 1) & mask {
		if s.slots[i] == "" {
			s.slots[i] = w
			return
		}
	}
}

// grow doubles the table (to 16 slots at first) and places the words
// again.
func (s *Set) grow() {
	old := s.slots
	s.slots = make([]string, max(16, 2*len(old)))
	for _, w := range old {
		if w != "" {
			s.place(w)
		}
	}
}

// May reports whether w may be in the set: false for most words that are
// not, without hashing them; never false for one that is.
func (s *Set) May(w string) bool { return s.filter.May(w) }

// Has reports whether w is in the set.
func (s *Set) Has(w string) bool {
	if s.size == 0 || w == "" || !s.filter.May(w) {
		return false
	}
	mask := uint32(len(s.slots) - 1)
	for i := hash(w) & mask; ; i = (i + 1) & mask {
		switch s.slots[i] {
		case w:
			return true
		case "":
			return false
		}
	}
}

// Len is the number of words in the set.
func (s *Set) Len() int { return s.size }

// Words returns the set's words, sorted.
func (s *Set) Words() []string {
	out := make([]string, 0, s.size)
	for _, w := range s.slots {
		if w != "" {
			out = append(out, w)
		}
	}
	slices.Sort(out)
	return out
}
