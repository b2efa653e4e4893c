package compare

import "sort"

// simIndex finds, for each item, the items of other documents that share
// its rarest words: candidate pairs for a similarity test, found without
// comparing all pairs. Words in more than maxPosting items are too common
// to index.
type simIndex struct {
	postings map[string][]int
	items    []simItem
}

type simItem struct {
	doc   int
	words wordSet
}

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
// rarest indexed words, each once, in index order.
func (ix *simIndex) candidates(i int, maxPosting int) []int {
	it := ix.items[i]
	words := make([]string, 0, len(it.words))
	for _, w := range it.words {
		if n := len(ix.postings[w]); n > 1 && n <= maxPosting {
			words = append(words, w)
		}
	}
	sort.Slice(words, func(a, b int) bool {
		na, nb := len(ix.postings[words[a]]), len(ix.postings[words[b]])
		if na != nb {
			return na < nb
		}
		return words[a] < words[b]
	})
	if len(words) > rareWords {
		words = words[:rareWords]
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
