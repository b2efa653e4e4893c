package wordset

// Filter is a set of words that answers "no" for most words without
// looking them up: a bit for each word's Key, the hash a Map probes by (its
// length and its first, middle and last bytes, mixed). May
// can answer "yes" for a word never added, never "no" for one that was.
// The zero value is empty. At 8,192 bits (1 KB) a filter of a few
// hundred words turns away nearly all the others; 4,096 bits, and a hash
// of a word's length and ends alone, let through several times more.
// 16,384 bits saved 0.3 % of ExtractMany's instructions more, and cost 4 %
// more first-level cache misses (both measured with the bit of a Key read
// from its top bits, before bit). For a set of thousands of words, see
// WideFilter.
type Filter [filterBits / 64]int64

// filterBits is the number of bits of a Filter; the zero Key's bit
// (bit(0) of word 0) is also set in any filter a word was added to (see
// Key).
const filterBits = 1 << filterLog

// filterLog is log2(filterBits).
const filterLog = 13

// bit is the bit of Key k in its word of a Filter, f[k>>wordShift] (its
// top bits, the best mixed): the one that shifting the word left by k%64
// makes its sign bit, which MayKey tests (k%64 is mixed from the top bits
// too: see hash). The zero Key's bit is word 0's sign bit; the few keys
// that share it any filter holding a word may hold (a false "may", never
// a false "no"). A shift and a mask each, with the word index below the
// filter's length for any Key, they leave MayKey cheap enough that
// Set.HasKey, and the closed-class tests calling it, inline.
func bit(k Key) int64 { return int64(uint64(1<<63) >> (k % 64)) }

// wordShift is the shift that leaves a Key's top bits, the index of its
// word in a Filter.
const wordShift = 32 - filterLog + 6

// Add puts w in the filter.
func (f *Filter) Add(w string) { f.AddKey(KeyOf(w)) }

// AddKey puts the word whose Key is k in the filter, as Add puts the word.
// k must be computed: the zero Key (a token's before the tokeniser sets
// it) sets its own bit alone, and a filter built of such keys turns away every
// word. It takes no word to hash a zero Key with, unlike Map.GetKey, so
// that it inlines in the per-token loops that fill a filter.
func (f *Filter) AddKey(k Key) {
	f[k>>wordShift] |= bit(k)
	f[0] |= bit(0)
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
func (f *Filter) May(w string) bool { return f.MayKey(KeyOf(w)) }

// MayKey reports whether the word whose Key is k may have been added, as
// May does; for the zero Key, whether any word was. Set.HasKey spells
// it out (the cost of this call would keep HasKey from inlining).
func (f *Filter) MayKey(k Key) bool {
	return f[k>>wordShift]<<(k%64) < 0
}

// WideFilter is a Filter of 65,536 bits (8 KB), with the same bit of a
// Key in its word (bit) and the same zero Key, for a set of thousands of
// words: 5,000 words set about a third of a Filter's bits, and a third
// of the other words pass it, but some 5 % of a WideFilter's. The zero
// value is empty.
type WideFilter [1 << wideLog / 64]int64

// wideLog is log2 of the bits of a WideFilter.
const wideLog = 16

// AddKey puts the word whose Key is k in the filter, as Filter.AddKey
// does.
func (f *WideFilter) AddKey(k Key) {
	f[k>>(32-wideLog+6)] |= bit(k)
	f[0] |= bit(0)
}

// MayKey reports whether the word whose Key is k may have been added, as
// Filter.MayKey does.
func (f *WideFilter) MayKey(k Key) bool {
	return f[k>>(32-wideLog+6)]<<(k%64) < 0
}
