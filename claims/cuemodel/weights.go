package cuemodel

import "math/bits"

// Bits is the size of the feature hash space, in bits.
const Bits = 19

// weights holds a model's non-zero weights by feature hash, in the fixed
// point they are stored in (weightScale). A trained model sets some
// 75,000 of its 1<<Bits hashes, so it keeps a bit for each hash, set for
// those with a weight, and the weights in order of hash: about a quarter
// of a megabyte where a table of every hash took two (float32) or one
// (int16). A look-up is a bit test and, for a hash with a weight, a count
// of the bits before it in its word: no search.
type weights struct {
	set   []uint64 // bit h%64 of set[h/64] for hash h; nil for no weights
	ranks []uint32 // ranks[i] counts the weights of the words before set[i]
	vals  []int16  // the weights, in order of hash
	// last is the hash put last, while the weights are put (put)
	last int64
}

// newWeights returns empty weights with room for n, to be put in
// ascending order of hash and then finished.
func newWeights(n int) weights {
	return weights{set: make([]uint64, 1<<Bits/64), vals: make([]int16, 0, n), last: -1}
}

// put sets the weight of hash h, which is at least every hash put before
// (the same hash again replaces its weight).
func (w *weights) put(h uint32, q int16) {
	if int64(h) == w.last {
		w.vals[len(w.vals)-1] = q
		return
	}
	w.last = int64(h)
	w.set[h>>6] |= 1 << (h & 63)
	w.vals = append(w.vals, q)
}

// finish counts the weights before each word of set.
func (w *weights) finish() {
	w.ranks = make([]uint32, len(w.set))
	n := 0
	for i, x := range w.set {
		w.ranks[i] = uint32(n)
		n += bits.OnesCount64(x)
	}
}

// at returns the weight of hash h (below 1<<Bits), 0 for none.
func (w *weights) at(h uint32) int16 {
	x, bit := w.set[h>>6], uint64(1)<<(h&63)
	if x&bit == 0 {
		return 0
	}
	return w.vals[int(w.ranks[h>>6])+bits.OnesCount64(x&(bit-1))]
}

// each calls f with every hash and its weight, in ascending order of hash.
func (w *weights) each(f func(h uint32, q int16)) {
	k := 0
	for i, x := range w.set {
		for x != 0 {
			f(uint32(i)<<6|uint32(bits.TrailingZeros64(x)), w.vals[k])
			x &= x - 1
			k++
		}
	}
}
