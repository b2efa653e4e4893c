package wordset

import (
	"iter"
	"math/bits"
)

// Map maps words to values in an open-addressed table hashed by a few of their bytes:
// for the short keys a token gives, a look-up costs a third of a Go
// map's. It suits tables built once and read at every token (a phrase
// trie's branches, a closed class). The zero value is empty and ready to
// use; it is safe for concurrent readers once built. The empty word is
// never a key.
type Map[V any] struct {
	// keys holds the words at their hash, "" where none is, and vals
	// their values; the length is a power of two at least twice the
	// words', so probes are short.
	keys  []string
	vals  []V
	size  int
	shift uint32 // 32 - log2(len(keys))
}

// hash mixes a word's length and its first, middle and last bytes by a
// Fibonacci multiply: no loop over the word, and for the short words of
// these tables few collisions, which the probe resolves. w is not empty.
func hash(w string) uint32 {
	n := len(w)
	x := uint32(n) | uint32(w[0])<<8 | uint32(w[n>>1])<<16 | uint32(w[n-1])<<24
	return x * 0x9E3779B1
}

// slot is the table index hash h starts probing at: its top bits, the
// best mixed.
func (m *Map[V]) slot(h uint32) uint32 { return h >> m.shift }

// Get returns the value of w, and whether w is a key.
func (m *Map[V]) Get(w string) (v V, ok bool) {
	if m.size == 0 || w == "" {
		return v, false
	}
	mask := uint32(len(m.keys) - 1)
	for i := m.slot(hash(w)); ; i = (i + 1) & mask {
		switch m.keys[i] {
		case w:
			return m.vals[i], true
		case "":
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
		mask := uint32(len(m.keys) - 1)
		for i := m.slot(hash(w)); m.keys[i] != ""; i = (i + 1) & mask {
			if m.keys[i] == w {
				m.vals[i] = v
				return
			}
		}
	}
	if 2*(m.size+1) > len(m.keys) {
		m.grow()
	}
	m.place(w, v)
	m.size++
}

// place puts w and v in the first free slot from w's hash.
func (m *Map[V]) place(w string, v V) {
	mask := uint32(len(m.keys) - 1)
	i := m.slot(hash(w))
	for m.keys[i] != "" {
		i = (i + 1) & mask
	}
	m.keys[i], m.vals[i] = w, v
}

// grow doubles the table (to 8 slots at first) and places the words again.
func (m *Map[V]) grow() {
	keys, vals := m.keys, m.vals
	n := max(8, 2*len(keys))
	m.keys, m.vals = make([]string, n), make([]V, n)
	m.shift = uint32(32 - bits.TrailingZeros(uint(n)))
	for i, w := range keys {
		if w != "" {
			m.place(w, vals[i])
		}
	}
}

// Len is the number of keys.
func (m *Map[V]) Len() int { return m.size }

// All yields every key and its value, in no set order.
func (m *Map[V]) All() iter.Seq2[string, V] {
	return func(yield func(string, V) bool) {
		for i, w := range m.keys {
			if w != "" && !yield(w, m.vals[i]) {
				return
			}
		}
	}
}
