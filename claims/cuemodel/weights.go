package cuemodel

// Bits is the size of the feature hash space, in bits.
const Bits = 19

// lowBits is how many of a feature hash's low bits an entry of weights
// keeps (the rest name its bucket): one byte.
const lowBits = 8

// weights holds a model's non-zero weights by feature hash, in the fixed
// point they are stored in (weightScale): a trained model sets a few
// tens of thousands of its 1<<Bits hashes, so they are kept as sorted
// entries in buckets by the hash's top bits, about a quarter of a
// megabyte where a table of every hash took two (float32) or one (int16).
// A look-up reads one bucket of a few dozen entries; Score, which asks,
// runs only at a word whose stem the model knows.
type weights struct {
	// starts[b] is where bucket b's entries begin in lows and vals, and
	// starts[b+1] where they end; nil for a model without weights
	starts []uint32
	lows   []uint8 // each entry's low bits, ascending in its bucket
	vals   []int16
	// last is the hash put last, while the weights are put (put)
	last int64
}

// newWeights returns empty weights with room for n entries, to be put in
// ascending order of hash and then finished.
func newWeights(n int) weights {
	return weights{starts: make([]uint32, 1<<(Bits-lowBits)+1), lows: make([]uint8, 0, n), vals: make([]int16, 0, n), last: -1}
}

// put sets the weight of hash h, which is at least every hash put before
// (the same hash again replaces its weight).
func (w *weights) put(h uint32, q int16) {
	if int64(h) == w.last {
		w.vals[len(w.vals)-1] = q
		return
	}
	w.last = int64(h)
	w.starts[h>>lowBits+1]++
	w.lows = append(w.lows, uint8(h))
	w.vals = append(w.vals, q)
}

// finish turns the buckets' counts into where each begins.
func (w *weights) finish() {
	for b := 1; b < len(w.starts); b++ {
		w.starts[b] += w.starts[b-1]
	}
}

// at returns the weight of hash h (below 1<<Bits), 0 for none.
func (w *weights) at(h uint32) int16 {
	b := h >> lowBits
	lows := w.lows[w.starts[b]:w.starts[b+1]]
	lo, hi, want := 0, len(lows), uint8(h)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if lows[mid] < want {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo < len(lows) && lows[lo] == want {
		return w.vals[int(w.starts[b])+lo]
	}
	return 0
}

// each calls f with every hash and its weight, in ascending order of hash.
func (w *weights) each(f func(h uint32, q int16)) {
	for b := 0; b+1 < len(w.starts); b++ {
		for i := w.starts[b]; i < w.starts[b+1]; i++ {
			f(uint32(b)<<lowBits|uint32(w.lows[i]), w.vals[i])
		}
	}
}
