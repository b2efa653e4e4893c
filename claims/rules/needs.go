package rules

import (
	"fmt"
	"slices"

	"github.com/claimdiff/claimdiff/claims/wordset"
)

// needLog is log2 of the buckets a needIndex sorts keys into.
const needLog = 13

// needIndex says which of the rules' groups of needed words (a
// Pattern.needs entry: the first words of a required literal element's
// alternatives) a sentence may hold a word of, from its tokens' keys, so
// that a sentence is read once and a pattern's needs are then a few
// words of bits compared (matcher.mayHold), not each of their words
// looked for. A key falls in a bucket, its top needLog bits (bucket); a
// bucket that holds a needed word's key has a row, the groups with a
// word in it. A bucket stands for every key in it: a sentence may be
// taken to hold a group it does not (a try that fails), never to lack
// one it holds.
type needIndex struct {
	// slot[b] is 1 + the row of bucket b, 0 for a bucket that holds no
	// needed word (most): a look-up, not a search, for each token
	slot []uint16
	rows []groupSet
}

// groupSet is a set of groups of needed words, a bit each, as a
// needIndex numbers them, modulo maxGroups: past maxGroups groups (a
// rules file that adds many) two share a bit, and a sentence holding
// either is taken to hold both (a try that fails), never the reverse.
type groupSet [4]uint64

// maxGroups is the number of groups a groupSet has a bit for.
const maxGroups = len(groupSet{}) * 64

// join adds the groups of g to s.
func (s *groupSet) join(g *groupSet) {
	s[0] |= g[0]
	s[1] |= g[1]
	s[2] |= g[2]
	s[3] |= g[3]
}

// holds reports whether s holds all the groups of g.
func (s *groupSet) holds(g *groupSet) bool {
	return s[0]&g[0] == g[0] && s[1]&g[1] == g[1] && s[2]&g[2] == g[2] && s[3]&g[3] == g[3]
}

// add adds group id to s: its bit, id modulo maxGroups.
func (s *groupSet) add(id int) {
	id %= maxGroups
	s[id/64] |= 1 << (id % 64)
}

// bucket is the bucket of key k: its top bits, the best mixed
// (wordset.Key).
func bucket(k wordset.Key) uint32 { return uint32(k) >> (32 - needLog) }

// newNeedIndex indexes the groups of needed words of pats, each group
// once however many patterns need it, and returns with the index the
// groups each pattern needs, in the order of pats.
func newNeedIndex(pats []*Pattern) (*needIndex, []groupSet) {
	x := &needIndex{slot: make([]uint16, 1<<needLog)}
	ids := map[string]int{} // a group's number by its keys, sorted
	var members [][]wordset.Key
	need := make([]groupSet, len(pats))
	for i, p := range pats {
		for _, keys := range p.needs {
			name := fmt.Sprint(slices.Sorted(slices.Values(keys)))
			id, ok := ids[name]
			if !ok {
				id = len(members)
				ids[name] = id
				members = append(members, keys)
			}
			need[i].add(id)
		}
	}
	for id, keys := range members {
		for _, k := range keys {
			b := bucket(k)
			if x.slot[b] == 0 {
				x.rows = append(x.rows, groupSet{})
				x.slot[b] = uint16(len(x.rows)) // a row a bucket at most: it fits
			}
			x.rows[x.slot[b]-1].add(id)
		}
	}
	return x, need
}

// add adds to held the groups with a word whose key is in the bucket of
// key k: for most keys, none, found by one look-up (it inlines in
// matcher.readSentence's loop over the tokens).
func (x *needIndex) add(held *groupSet, k wordset.Key) {
	if r := x.slot[bucket(k)]; r != 0 {
		held.join(&x.rows[r-1])
	}
}
