package claims

import "github.com/claimdiff/claimdiff/claims/segment"

// tokenSet is a set of folded word forms, each held as the index of a
// token that has it, in an open-addressing table: it holds no pointers,
// so an Extractor keeps its table from one document to the next and the
// collector never scans it (a map[string]bool per document did both).
type tokenSet struct {
	toks  []segment.Token
	slots []int32 // a token's index + 1; 0 for an empty slot
	mask  uint64
}

// newTokenSet returns the set of the folded forms of toks[i] for every i
// in members, its table made in buf's memory when that is large enough.
func newTokenSet(toks []segment.Token, members []int32, buf []int32) (tokenSet, []int32) {
	size := 8
	for size < 2*len(members) {
		size *= 2
	}
	buf = grow(buf, size)
	clear(buf)
	s := tokenSet{toks: toks, slots: buf, mask: uint64(size - 1)}
	for _, i := range members {
		s.add(i)
	}
	return s, buf
}

func (s *tokenSet) add(i int32) {
	w := s.toks[i].Norm
	for h := formHash(w) & s.mask; ; h = (h + 1) & s.mask {
		switch k := s.slots[h]; {
		case k == 0:
			s.slots[h] = i + 1
			return
		case s.toks[k-1].Norm == w:
			return
		}
	}
}

// has reports whether w is in the set.
func (s *tokenSet) has(w string) bool {
	if len(s.slots) == 0 {
		return false
	}
	for h := formHash(w) & s.mask; ; h = (h + 1) & s.mask {
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
