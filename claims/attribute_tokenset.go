package claims

import (
	"math/bits"

	"github.com/claimdiff/claimdiff/claims/segment"
	"github.com/claimdiff/claimdiff/claims/wordset"
)

// tokenSet is a set of folded word forms, each held as the index of a
// token that has it, in an open-addressing table: it holds no pointers,
// so each extraction worker keeps its table from one document to the next and the
// collector never scans it (a map[string]bool per document did both).
// A form's slot is told by its wordset.Key, which the tokeniser has set
// on the token (formKey): the form is not hashed again.
type tokenSet struct {
	toks  []segment.Token
	slots []int32 // a token's index + 1, 0 for an empty slot; a power of two long
	shift int     // 32 - log2(len(slots)): a Key's top bits are its first slot
	n     int     // forms in the set
}

// Tables start with minTokenSet slots; each extraction worker keeps tables of up to
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
	s.shift = slotShift(len(s.slots))
	clear(s.slots)
}

// slotShift is the shift that takes a Key to a slot of a table of n
// slots, n a power of two: the Key's top bits, the best mixed
// (wordset.KeyOf multiplies).
func slotShift(n int) int { return 32 - bits.TrailingZeros(uint(n)) }

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
		s.shift = slotShift(len(s.slots))
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
	t := &s.toks[i]
	w := t.Norm
	mask := uint32(len(s.slots) - 1)
	for h := s.start(formKey(t)); ; h = (h + 1) & mask {
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
	mask := uint32(len(s.slots) - 1)
	for h := s.start(wordset.KeyOf(w)); ; h = (h + 1) & mask {
		switch k := s.slots[h]; {
		case k == 0:
			return false
		case s.toks[k-1].Norm == w:
			return true
		}
	}
}

// start is the first slot a form of Key k may stand in.
func (s *tokenSet) start(k wordset.Key) uint32 { return uint32(k) >> (s.shift & 31) }

// formKey is the Key of token t's form: the one the tokeniser set, or for
// a token built without one, its form's.
func formKey(t *segment.Token) wordset.Key {
	if t.Key != 0 {
		return t.Key
	}
	return wordset.KeyOf(t.Norm)
}
