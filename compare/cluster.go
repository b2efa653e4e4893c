package compare

import (
	"hash/maphash"
	"slices"
	"sort"
)

// Sentences and quotes are aligned the same way: items of several
// documents (one per sentence, one per quote) cluster when they say the
// same thing. Identical items (the same key) cluster by hash first, so a
// wire story repeated by a hundred outlets costs one comparison, not ten
// thousand; the distinct ones are paired through an index of their rarest
// words (simIndex), never all pairs, and joined when the caller's test says
// they match.

// clusterItems is what clustering needs to know of the items.
type clusterItems struct {
	// key is a canonical form of item i: items with equal keys are one
	// item said again. Keys are told apart by a hash, then word by word,
	// never joined into strings (a large baseline has millions of words).
	key   func(i int) []string
	docs  []int               // the document of each item
	words func(i int) wordSet // the words item i is indexed by
	// pinned, when not nil, marks the words an item is always looked up
	// by, however common (a distinctive figure), besides its rarest ones.
	pinned func(w string) bool
	// match tests two distinct items (by index): whether they say the same
	// thing, their similarity, and why.
	match func(a, b int) (bool, float64, string)
	// more, when not nil, counts the items left out of in that use a word,
	// given the keys of those in in that do (simIndex.more).
	more func(w string, held [][]string) int
}

// clustered is the result: the clusters' roots in ascending order, each
// root's members in item order, and per root the lowest similarity of the
// pairs that joined it and the reason of the first of them (none for a
// cluster of identical items).
type clustered struct {
	roots   []int
	members map[int][]int
	minSim  map[int]float64
	why     map[int]string
	// same is, per item, the first item with its key; matched holds,
	// per such first item, those the caller's test matched it with: a
	// cluster is a chain, and "the chairman asked Clinton to appear" may
	// join "Clinton is not the only official to use a private email"
	// through a third sentence without matching it.
	same    []int
	matched map[int][]int
}

// cluster groups the items. inFocus, when not nil, limits the pairing to
// clusters holding an item of a focus document (check compares one new
// article with a large baseline); clusters without one are not reported.
func cluster(in clusterItems, inFocus func(doc int) bool) *clustered {
	cl := newClusters(len(in.docs), in.key)
	same := slices.Clone(cl.parent) // before any union: each item's first of its key
	reps := make([]simItem, len(cl.firsts))
	for i, root := range cl.firsts {
		reps[i] = simItem{doc: in.docs[root], words: in.words(root)}
	}
	focusRoot := map[int]bool{}
	for i, d := range in.docs {
		if inFocus == nil || inFocus(d) {
			focusRoot[cl.find(i)] = true
		}
	}
	type link struct {
		item, with int
		sim        float64
		why        string
	}
	var links []link
	// with a focus, only the focus representatives look for candidates,
	// and only through their own words: postings of any other word are
	// never read, so they are not built (against a large baseline, most
	// words are in no focus sentence)
	var only map[string]bool
	if inFocus != nil {
		only = map[string]bool{}
		for i, root := range cl.firsts {
			if focusRoot[root] {
				for _, w := range reps[i].words {
					only[w] = true
				}
			}
		}
	}
	ix := newSimIndex(reps, only)
	ix.more, ix.keyOf = in.more, func(j int) []string { return in.key(cl.firsts[j]) }
	for i := range reps {
		a := cl.firsts[i]
		if !focusRoot[a] {
			continue
		}
		for _, j := range ix.candidates(i, in.pinned) {
			b := cl.firsts[j]
			if j < i && focusRoot[b] {
				continue // that pair was tried from j
			}
			if ok, sim, why := in.match(a, b); ok {
				cl.union(a, b)
				links = append(links, link{a, b, sim, why})
			}
		}
	}
	out := &clustered{minSim: map[int]float64{}, why: map[int]string{}, same: same, matched: map[int][]int{}}
	for _, l := range links {
		out.matched[l.item] = append(out.matched[l.item], l.with) // each pair is tried once
		out.matched[l.with] = append(out.matched[l.with], l.item)
		r := cl.find(l.item)
		if m, ok := out.minSim[r]; !ok || l.sim < m {
			out.minSim[r] = l.sim
		}
		if _, ok := out.why[r]; !ok {
			out.why[r] = l.why
		}
	}
	roots, members := cl.groups(len(in.docs))
	for _, r := range roots {
		if inFocus != nil && !hasFocus(members[r], func(i int) int { return in.docs[i] }, inFocus) {
			continue
		}
		out.roots = append(out.roots, r)
	}
	out.members = members
	return out
}

// perDocument returns the first member of each document in a cluster, in
// member order.
func (c *clustered) perDocument(r int, docs []int) []int {
	var pick []int
	seen := map[int]bool{}
	for _, i := range c.members[r] {
		if !seen[docs[i]] {
			seen[docs[i]] = true
			pick = append(pick, i)
		}
	}
	return pick
}

// hasFocus reports whether any member belongs to a focus document.
func hasFocus(members []int, docOf func(int) int, inFocus func(doc int) bool) bool {
	for _, i := range members {
		if inFocus(docOf(i)) {
			return true
		}
	}
	return false
}

// clusters is a union-find over items, seeded with exact duplicates.
type clusters struct {
	parent []int
	firsts []int // the first item of each distinct key, in order
}

// newClusters starts the union-find over n items, each item joined to the
// first item with an equal key.
func newClusters(n int, key func(i int) []string) *clusters {
	c := &clusters{parent: make([]int, n)}
	seed := maphash.MakeSeed()
	first := map[uint64]int{}  // key hash -> the first item with it
	more := map[uint64][]int{} // further first items of colliding hashes
	for i := range n {
		k := key(i)
		h := hashKey(seed, k)
		f, ok := first[h]
		if ok && !slices.Equal(key(f), k) {
			ok = false
			for _, g := range more[h] {
				if slices.Equal(key(g), k) {
					f, ok = g, true
					break
				}
			}
			if !ok {
				more[h] = append(more[h], i)
			}
		} else if !ok {
			first[h] = i
		}
		if ok {
			c.parent[i] = f
			continue
		}
		c.parent[i] = i
		c.firsts = append(c.firsts, i)
	}
	return c
}

// groups lists the clusters of items 0..n-1: their roots in ascending
// order, and each root's members in item order.
func (c *clusters) groups(n int) ([]int, map[int][]int) {
	members := map[int][]int{}
	var roots []int
	for i := 0; i < n; i++ {
		r := c.find(i)
		if _, ok := members[r]; !ok {
			roots = append(roots, r)
		}
		members[r] = append(members[r], i)
	}
	sort.Ints(roots)
	return roots, members
}

func (c *clusters) find(i int) int {
	for c.parent[i] != i {
		c.parent[i] = c.parent[c.parent[i]]
		i = c.parent[i]
	}
	return i
}

// union joins two clusters under the smaller root, so results do not
// depend on map order.
func (c *clusters) union(a, b int) {
	a, b = c.find(a), c.find(b)
	if a == b {
		return
	}
	if b < a {
		a, b = b, a
	}
	c.parent[b] = a
}
