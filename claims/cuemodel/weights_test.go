package cuemodel

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestWeights wants the weights to answer as a table of every
// hash does: each hash put, replaced, absent, at a word's edges and in
// empty words, and each to yield them all in order.
func TestWeights(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	dense := make([]int16, 1<<Bits)
	w := newWeights(0)
	hashes := []int{0, 63, 64, 1<<Bits - 1} // a word's edges, the last hash
	for h := 1; h < 1<<Bits; h += 1 + rng.IntN(40) {
		hashes = append(hashes, h)
	}
	slices.Sort(hashes)
	for _, h := range slices.Compact(hashes) {
		q := int16(rng.IntN(1<<16) - 1<<15)
		if q == 0 {
			q = 1
		}
		if h%7 == 0 {
			w.put(uint32(h), -q) // replaced by the next put
		}
		w.put(uint32(h), q)
		dense[h] = q
	}
	w.finish()
	n := 0
	for h, q := range dense {
		if got := w.at(uint32(h)); got != q {
			t.Fatalf("at(%d) = %d, want %d", h, got, q)
		}
		if q != 0 {
			n++
		}
	}
	prev, seen := -1, 0
	w.each(func(h uint32, q int16) {
		if int(h) <= prev || dense[h] != q {
			t.Fatalf("each gave %d (%d) after %d", h, q, prev)
		}
		prev, seen = int(h), seen+1
	})
	if seen != n {
		t.Errorf("each gave %d weights, want %d", seen, n)
	}
}
