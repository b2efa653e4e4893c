package claims

import "github.com/claimdiff/claimdiff/claims/segment"

// tokenSet is a set of folded word forms, each held as the index of a
// token that has it, in an open-addressing table: it holds no pointers,
// so an Extractor keeps its table from one document to the next and the
// collector never scans it (a map[string]bool per document did both).
type tokenSet struct {
	toks  []segment.Token
	slots []int32 // a token's index + 1, 0 for an empty slot; a power of two long
	n     int     // forms in the set
}

// Tables start with minTokenSet slots; an Extractor keeps tables of up to
// maxKeptTokenSet slots for the next document.
const (
	minTokenSet     = 64
	maxKeptTokenSet = 1 << 14
)

// reset empties s to hold forms of toks, in buf's memory when it has
// some (buf's capacity is a power of two, as tables' are).
func (s *tokenSet) reset(toks []segment.Token, buf []int32) {
	if cap(buf) < minTokenSet {
		buf = make([]int32, minTokenSet)
	}
	s.toks, s.slots, s.n = toks, buf[:cap(buf)], 0
	clear(s.slots)
}

// kept returns the table for the next document to reuse, or nil when it
// is too large to keep.
func (s *tokenSet) kept() []int32 {
	if len(s.slots) > maxKeptTokenSet {
		return nil
	}
	return s.slots
}

// add adds the form of token i.
func (s *tokenSet) add(i int32) {
	if 2*(s.n+1) > len(s.slots) {
		old := s.slots
		s.slots = make([]int32, 2*len(old))
		for _, k := range old {
			if k != 0 {
				s.insert(k - 1)
			}
		}
	}
	if s.insert(i) {
		s.n++
	}
}

// insert puts the form of token i in the table, reporting whether it was
// not there yet; the table has room.
func (s *tokenSet) insert(i int32) bool {
	w := s.toks[i].Norm
	mask := uint64(len(s.slots) - 1)
	for h := formHash(w) & mask; ; h = (h + 1) & mask {
		switch k := s.slots[h]; {
		case k == 0:
			s.slots[h] = i + 1
			return true
		case s.toks[k-1].Norm == w:
			return false
		}
	}
}

// has reports whether w is in the set.
func (s *tokenSet) has(w string) bool {
	if len(s.slots) == 0 {
		return false
	}
	mask := uint64(len(s.slots) - 1)
	for h := formHash(w) & mask; ; h = (h + 1) & mask {
		switch k := s.slots[h]; {
		case k == 0:
			return false
		case s.toks[k-1].Norm == w:
			return true
		}
	}
}

// formHash is FNV-1a over w's bytes.
func formHash(w string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(w); i++ {
		h ^= uint64(w[i])
		h *= 1099511628211
	}
	return h
}
