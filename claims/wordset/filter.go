package wordset

// Filter is a set of words that answers "no" for most words without
// looking them up: a bit for each word's cheap hash (its length and its
// first, middle and last bytes, mixed as a Map hashes them), its Key. May
// can answer "yes" for a word never added, never "no" for one that was.
// The zero value is empty. At 16,384 bits (2 KB) a filter of a few
// hundred words turns away nearly all the others; 4,096 bits, and a hash
// of a word's length and ends alone, let through several times more
// (ExtractMany took 1.035x the instructions).
type Filter [filterBits/64 + 1]uint64

// filterBits is the number of word bits of a Filter; bit 0 is apart, set
// in any filter a word was added to (see Key).
const filterBits = 1 << filterLog

// filterLog is log2(filterBits).
const filterLog = 14

// filterBit is a Filter's hash of a word: the top bits of its Map hash
// (mix), the best mixed, so that a set's words spread over all the
// filter's bits.
func filterBit(w string) uint {
	if w == "" {
		return 0
	}
	return uint(mix(w) >> (32 - filterLog))
}

// Key is a word's bit in every Filter, 1 to filterBits: the tokeniser
// computes it once a token (segment.Token.Key), so the many filters a token
// meets test a bit without reading its word again. The zero Key means "not
// computed" (a token built or decoded without one): its bit, 0, is set in
// every filter that holds a word, so such a token may be in any of them,
// and is looked up.
type Key uint16

// KeyOf returns the Key of w.
func KeyOf(w string) Key { return Key(filterBit(w) + 1) }

// Add puts w in the filter.
func (f *Filter) Add(w string) {
	f.set(uint(KeyOf(w)))
	f.set(0)
}

// AddKey puts the word whose Key is k in the filter, as Add puts the word.
func (f *Filter) AddKey(k Key) {
	f.set(uint(k))
	f.set(0)
}

// set sets bit b.
func (f *Filter) set(b uint) { f[b/64] |= 1 << (b % 64) }

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
	b := filterBit(w) + 1 // KeyOf(w), known to be at most filterBits: no bounds check
	return f[b/64]&(1<<(b%64)) != 0
}

// MayKey reports whether the word whose Key is k may have been added, as
// May does; for the zero Key, whether any word was.
func (f *Filter) MayKey(k Key) bool { return f[k/64]&(1<<(k%64)) != 0 }
