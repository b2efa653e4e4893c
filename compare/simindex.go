package compare

import "sort"

// simIndex finds, for each item, the items of other documents that share
// its rarest words: candidate pairs for a similarity test, found without
// comparing all pairs. Words in more than maxPosting items are too common
// to look up.
type simIndex struct {
	postings map[string][]int
	items    []simItem
	// more, when set, counts the items that use word w and are not
	// indexed (left out of trimmed results), given the keys of those
	// indexed that do (keyOf): a word's posting count is theirs and these
	// (counted, once asked for, in extra).
	more  func(w string, held [][]string) int
	keyOf func(item int) []string
	extra map[string]int
}

type simItem struct {
	doc   int
	words wordSet
}

// maxPosting bounds the posting lists used to find candidate pairs: a word
// in more items than this is too common to say two items are alike.
const maxPosting = 100

// rareWords is how many of an item's rarest words it is looked up by.
const rareWords = 5

// newSimIndex indexes the items by their words; only, when not nil,
// limits the postings to its words (candidates may then be asked for only
// of items whose words are all in it).
func newSimIndex(items []simItem, only map[string]bool) *simIndex {
	ix := &simIndex{postings: map[string][]int{}, items: items}
	for i, it := range items {
		for _, w := range it.words {
			if only == nil || only[w] {
				ix.postings[w] = append(ix.postings[w], i)
			}
		}
	}
	return ix
}

// candidates returns the items of other documents sharing one of item i's
// rarest indexed words, or one of its words pinned says to look up
// whatever their rank (nil: none), each once, in index order.
func (ix *simIndex) candidates(i int, pinned func(w string) bool) []int {
	it := ix.items[i]
	words := make([]string, 0, len(it.words))
	var pins []string
	for _, w := range it.words {
		if n := ix.count(w); n > 1 && n <= maxPosting {
			words = append(words, w)
			if pinned != nil && pinned(w) {
				pins = append(pins, w)
			}
		}
	}
	sort.Slice(words, func(a, b int) bool {
		na, nb := ix.count(words[a]), ix.count(words[b])
		if na != nb {
			return na < nb
		}
		return words[a] < words[b]
	})
	if len(words) > rareWords {
		words = append(words[:rareWords], pins...)
	}
	seen := map[int]bool{}
	var out []int
	for _, w := range words {
		for _, j := range ix.postings[w] {
			if j != i && ix.items[j].doc != it.doc && !seen[j] {
				seen[j] = true
				out = append(out, j)
			}
		}
	}
	sort.Ints(out)
	return out
}

// count is how many items use word w: those indexed, and those more
// counts.
func (ix *simIndex) count(w string) int {
	n := len(ix.postings[w])
	if ix.more == nil || n > maxPosting {
		return n
	}
	e, ok := ix.extra[w]
	if !ok {
		held := make([][]string, len(ix.postings[w]))
		for k, j := range ix.postings[w] {
			held[k] = ix.keyOf(j)
		}
		e = ix.more(w, held)
		if ix.extra == nil {
			ix.extra = map[string]int{}
		}
		ix.extra[w] = e
	}
	return n + e
}
