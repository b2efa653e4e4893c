package rules

import "github.com/claimdiff/claimdiff/claims/wordset"

// altIndex finds a literal element's alternatives by the word a token
// gives: those that start with it (matching forward) and those that end
// with it (matching backward), each list in the alternatives' order, so
// the matcher compares only the alternatives that can match there, not
// all of them at every token ("{person-nouns}" has dozens).
type altIndex struct {
	first, last wordset.Map[[]int32]
}

// minIndexedAlts is the fewest alternatives an element is indexed for:
// with fewer, comparing each is as quick as the look-up.
const minIndexedAlts = 3

// newAltIndex indexes alts, or returns nil when they are too few or one
// of them has a prefix word ("kill*"), which a look-up by the whole word
// cannot find.
func newAltIndex(alts [][]litWord) *altIndex {
	if len(alts) < minIndexedAlts {
		return nil
	}
	for _, alt := range alts {
		for _, w := range alt {
			if w.prefix {
				return nil
			}
		}
	}
	x := &altIndex{}
	for k, alt := range alts {
		addAlt(&x.first, alt[0].word, int32(k))
		addAlt(&x.last, alt[len(alt)-1].word, int32(k))
	}
	return x
}

// addAlt appends alternative k to the list of word w.
func addAlt(m *wordset.Map[[]int32], w string, k int32) {
	l, _ := m.Get(w)
	m.Put(w, append(l, k))
}
