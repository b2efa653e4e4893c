package wordset

// Filter is a set of words that answers "no" for most words without
// hashing them: a bit for each word's cheap hash (its length and its first
// and last bytes). May can answer "yes" for a word never added, never "no"
// for one that was. The zero value is empty.
type Filter [filterBits / 64]uint64

// filterBits is the size of a Filter.
const filterBits = 4096

// filterBit is a Filter's hash of a word.
func filterBit(w string) uint {
	if w == "" {
		return 0
	}
	return (uint(len(w))*131 + uint(w[0])*31 + uint(w[len(w)-1])) % filterBits
}

// Add puts w in the filter.
func (f *Filter) Add(w string) {
	b := filterBit(w)
	f[b/64] |= 1 << (b % 64)
}

// Join adds the words of g to f: f then may hold what either held. A nil
// g holds no word.
func (f *Filter) Join(g *Filter) {
	if g == nil {
		return
	}
	for i := range f {
		f[i] |= g[i]
	}
}

// May reports whether w may have been added.
func (f *Filter) May(w string) bool {
	b := filterBit(w)
	return f[b/64]&(1<<(b%64)) != 0
}

// Key is a word's bit in every Filter, plus one: the tokeniser computes
// it once a token (segment.Token.Key), so the many filters a token meets
// test a bit without reading its word again. The zero Key means "not
// computed": a token built or decoded without one.
type Key uint16

// KeyOf returns the Key of w.
func KeyOf(w string) Key { return Key(filterBit(w) + 1) }

// MayKey reports whether w, whose Key is k, may have been added, as May
// does; a zero k is computed from w.
func (f *Filter) MayKey(k Key, w string) bool {
	b := uint(k-1) % filterBits
	if k == 0 {
		b = filterBit(w)
	}
	return f[b/64]&(1<<(b%64)) != 0
}
