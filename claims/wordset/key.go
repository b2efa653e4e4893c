package wordset

// Key is a word's hash as a Map hashes it (odd, so never 0): the
// tokeniser computes it once a token (segment.Token.Key), so the many
// filters and tables a token meets read it, not the word: a filter tests
// the bit of its top bits, the best mixed (keyBit), a table starts its
// probe at it (Map.GetKey). The zero Key means "not computed" (a token
// built or decoded without one): its bit, 0, is set in every filter that
// holds a word, so such a token may be in any of them, and a table hashes
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
// Fibonacci multiply, made odd: no loop over the word, and for the short
// words of these tables few collisions, which the probe resolves. w is not
// empty.
func hash(w string) uint32 {
	n := len(w)
	x := uint32(n) | uint32(w[0])<<8 | uint32(w[n>>1])<<16 | uint32(w[n-1])<<24
	return x*0x9E3779B1 | 1
}
