package wordset

// Key is a word's hash as a Map hashes it (never 0): the
// tokeniser computes it once a token (segment.Token.Key), so the many
// filters and tables a token meets read it, not the word: a filter tests
// a bit in the word of its top bits, the best mixed (bit), a table starts its
// probe at it (Map.GetKey). The zero Key means "not computed" (a token
// built or decoded without one): its bit, word 0's sign bit, is set in
// every filter that holds a word, so such a token may be in any of them, and a table hashes
// its word.
type Key uint32

// KeyOf returns the Key of w; the empty word, which no table holds, has
// Key 1.
func KeyOf(w string) Key {
	if w == "" {
		return 1
	}
	return Key(hash(w))
}

// hash mixes a word's length and its first, middle and last bytes by a
// Fibonacci multiply: no loop over the word, and for the short words of
// these tables few collisions, which the probe resolves. The product's
// top bits, the best mixed, are xored into its low ones, which alone
// would be mixed from x's low bits only (the length), so that a Filter
// reads its bit in a word from the low bits (bit); the top ones, which a
// Map's probe and a Filter's word are read from, are the product's. It is
// never 0: x is not (w is not empty), the multiplier is odd, so neither is
// the product, and the xor keeps its highest bit set. w is not empty.
func hash(w string) uint32 {
	n := len(w)
	x := uint32(n) | uint32(w[0])<<8 | uint32(w[n>>1])<<16 | uint32(w[n-1])<<24
	p := x * 0x9E3779B1
	return p ^ p>>(32-filterLog)
}
