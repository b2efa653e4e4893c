package wordset

import (
	"iter"
	"math/bits"
)

// Map maps words to values in an open-addressed table hashed by a few of
// their bytes: for the short keys a token gives, a look-up costs about
// half a Go map's. It suits tables built once and read at every token (a
// phrase trie's branches, a closed class), from words a rules file or this
// program gives: its hash is not seeded, so it is no table for words a
// document chooses. The zero value is empty and ready to use; it is safe
// for concurrent readers once built. The empty word is never a key.
type Map[V any] struct {
	// tags holds each slot's word's hash (never 0), 0 where
	// no word is; slots the words and their values, side by side (apart
	// from the tags, which would pad each to 8 bytes more). Their length
	// is a power of two at least twice the words', so probes are short,
	// and a probe reads a word only when its hash is the one sought.
	tags  []uint32
	slots []slot[V]
	size  int
	shift uint32 // 32 - log2(len(tags))
}

// slot is the word and the value of one place of a Map's table; the
// value first, since a last field of no size (a Set's struct{}) would be
// padded.
type slot[V any] struct {
	val V
	key string
}

// start is the table index hash h starts probing at: its top bits, the
// best mixed. The shift is below 32 (a table has at least 8 slots), which
// the mask tells the compiler, so it tests for no larger one.
func (m *Map[V]) start(h uint32) uint32 { return h >> (m.shift & 31) }

// find returns the slot of w, or of the free slot where it would go, and
// whether w is there. The table is not empty, nor w. GetKey probes the
// same way in a copy of this loop (a call less at every token): a change
// to how the table is probed changes both (TestMap holds them together).
func (m *Map[V]) find(w string) (uint32, bool) {
	h := hash(w)
	mask := uint32(len(m.tags) - 1)
	for i := m.start(h); ; i = (i + 1) & mask {
		switch m.tags[i] {
		case h:
			if m.slots[i].key == w {
				return i, true
			}
		case 0:
			return i, false
		}
	}
}

// Get returns the value of w, and whether w is a key (GetKey, which
// probes as find does, in place: the look-up at every token, one call,
// not two).
func (m *Map[V]) Get(w string) (v V, ok bool) { return m.GetKey(0, w) }

// GetKey is Get for a word whose Key is k (segment.Token.Key, its hash),
// which it does not hash again; for the zero Key it hashes w. The empty
// word, never a key, is not found: its Key's slots hold no word of its.
func (m *Map[V]) GetKey(k Key, w string) (v V, ok bool) {
	if m.size == 0 {
		return v, false
	}
	h := uint32(k)
	if h == 0 {
		if w == "" {
			return v, false
		}
		h = hash(w)
	}
	tags, slots := m.tags, m.slots
	mask := uint32(len(tags) - 1)
	n := len(w)
	for i := m.start(h); ; i = (i + 1) & mask {
		switch tags[i] {
		case h:
			// The word of the same Key is mostly w, so every byte
			// is compared: a word of 2 to 8 bytes as two pieces of 2
			// or 4 bytes, its first and its last, which
			// overlap where it is shorter than both; a longer one 8
			// bytes a step, then its last 8. In place, not by a == w
			// (a call to the runtime's memequal) or a function of its
			// own (too large to be inlined): GetKey, at most tokens,
			// then makes no call at all, and needs no stack check.
			s := &slots[i]
			a := s.key
			if len(a) != n {
				continue
			}
			switch {
			case n > 8:
				j := 0
				for ; j < n-8 && load8(a, j) == load8(w, j); j += 8 {
				}
				if j < n-8 || load8(a, n-8) != load8(w, n-8) {
					continue
				}
			case n >= 4:
				if load4(a, 0) != load4(w, 0) || load4(a, n-4) != load4(w, n-4) {
					continue
				}
			case n >= 2:
				if load2(a, 0) != load2(w, 0) || load2(a, n-2) != load2(w, n-2) {
					continue
				}
			default:
				if n == 0 || a[0] != w[0] { // no key is empty
					continue
				}
			}
			return s.val, true
		case 0:
			return v, false
		}
	}
}

// Put sets the value of w; the empty word is ignored.
func (m *Map[V]) Put(w string, v V) {
	if w == "" {
		return
	}
	if m.size > 0 {
		if i, ok := m.find(w); ok {
			m.slots[i].val = v
			return
		}
	}
	if 2*(m.size+1) > len(m.tags) {
		m.grow()
	}
	i, _ := m.find(w)
	m.tags[i], m.slots[i] = hash(w), slot[V]{v, w}
	m.size++
}

// Reserve makes room for n keys in all, so that putting up to n keys
// into an empty table does not grow it again and again.
func (m *Map[V]) Reserve(n int) {
	if n <= 0 {
		return
	}
	size := 8
	for size < 2*n {
		size *= 2
	}
	if size > len(m.tags) {
		m.resize(size)
	}
}

// grow doubles the table (to 8 slots at first) and places the words again.
func (m *Map[V]) grow() { m.resize(max(8, 2*len(m.tags))) }

// resize makes the table n slots (a power of two, at least twice the
// words) and places the words again.
func (m *Map[V]) resize(n int) {
	tags, slots := m.tags, m.slots
	m.tags, m.slots = make([]uint32, n), make([]slot[V], n)
	m.shift = uint32(32 - bits.TrailingZeros(uint(n)))
	for i, h := range tags {
		if h != 0 {
			j, _ := m.find(slots[i].key)
			m.tags[j], m.slots[j] = h, slots[i]
		}
	}
}

// Len is the number of keys.
func (m *Map[V]) Len() int { return m.size }

// All yields every key and its value, in no set order.
func (m *Map[V]) All() iter.Seq2[string, V] {
	return func(yield func(string, V) bool) {
		for i, h := range m.tags {
			if h != 0 && !yield(m.slots[i].key, m.slots[i].val) {
				return
			}
		}
	}
}

// load8 is the 8 bytes of s from i, as one number (the compiler reads
// them in one load).
func load8(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// load4 is the 4 bytes of s from i, as one number.
func load4(s string, i int) uint32 {
	s = s[i : i+4]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

// load2 is the 2 bytes of s from i, as one number.
func load2(s string, i int) uint16 {
	s = s[i : i+2]
	return uint16(s[0]) | uint16(s[1])<<8
}
