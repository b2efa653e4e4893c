package compare

import "math/bits"

// A signature is a word set's 64-bit fingerprint — each word sets one bit,
// chosen by its hash — with the bit of each word, so that how many words
// two sets can share is bounded without comparing a word: a word of one
// set can be in the other only if its bit is set in the other's mask.
// Against a large baseline, alignment tests the sentences of many claims
// pairwise; the bound rejects most pairs that are far from alike.
type signature struct {
	mask uint64
	bits []uint8 // per word, in set order
}

// signatureOf is the signature of ws.
func signatureOf(ws wordSet) signature {
	s := signature{bits: make([]uint8, len(ws))}
	for i, w := range ws {
		b := wordBit(w)
		s.bits[i] = b
		s.mask |= 1 << b
	}
	return s
}

// wordBit is w's bit: FNV-1a of its bytes, folded to 0..63.
func wordBit(w string) uint8 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(w); i++ {
		h ^= uint64(w[i])
		h *= 1099511628211
	}
	return uint8((h ^ h>>32 ^ h>>48) & 63)
}

// sharedAtMost bounds how many words the sets of a and b share: those of
// the smaller whose bits are set in the other's mask (equal words have
// equal bits). It is never below the true count.
func sharedAtMost(a, b signature) int {
	if len(a.bits) > len(b.bits) {
		a, b = b, a
	}
	if a.mask&b.mask == 0 {
		return 0
	}
	if bits.OnesCount64(a.mask&b.mask) == bits.OnesCount64(a.mask) {
		return len(a.bits) // every bit of a in b: no better bound from bits
	}
	n := 0
	for _, x := range a.bits {
		n += int(b.mask >> x & 1)
	}
	return n
}

// signaturesCanReach reports whether the jaccard index of two word sets
// can be t or more, from their signatures: it is at most what the most
// words they can share would give, so the test never rejects a pair
// jaccard would accept.
func signaturesCanReach(a, b signature, t float64) bool {
	if len(a.bits) == 0 || len(b.bits) == 0 {
		return true // jaccard decides
	}
	return jaccardOf(sharedAtMost(a, b), len(a.bits), len(b.bits)) >= t
}
