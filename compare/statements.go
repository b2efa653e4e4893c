package compare

import (
	"fmt"
	"hash/maphash"
	"math"
	"slices"
	"sort"

	"github.com/claimdiff/claimdiff/claims"
)

// minStatementWords is the fewest content words a sentence needs to be
// aligned as a statement; shorter ones match by accident.
const minStatementWords = 4

// maxPosting bounds the posting lists used to find candidate pairs: a word
// in more items than this is too common to say two sentences are alike.
const maxPosting = 100

// statements aligns sentences across documents by content-word overlap and
// reports attribution gaps between them: the same statement attributed in
// one outlet and bare (or attributed to someone else, or hedged) in another.
// Sentences already compared through typed claims are left out.
//
// Identical sentences (the same content words) cluster by hash first, so a
// wire story repeated by a hundred outlets costs one comparison, not ten
// thousand; the remaining representatives are paired through an index of
// their rarest words and joined into clusters.
func (cmp *comparer) statements(grouped map[[2]int]bool) []Finding {
	var refs []ref
	var sets []wordSet
	// With a focus, a sentence elsewhere is worth normalising only if it
	// shares a few words with a focus sentence: a cheap scan of its tokens.
	var vocab map[string]bool
	if cmp.focus != nil {
		vocab = map[string]bool{}
		for di := range cmp.results {
			if !cmp.focus[di] {
				continue
			}
			for si := range cmp.results[di].Text.Sentences {
				for _, w := range cmp.sentenceWords(di, si) {
					vocab[w] = true
				}
			}
		}
	}
	for di, res := range cmp.results {
		for si := range res.Text.Sentences {
			if grouped[[2]int{di, si}] {
				continue
			}
			if vocab != nil && !cmp.focus[di] && !sharesWords(cmp.sentenceWords(di, si), vocab, minStatementWords/2) {
				continue
			}
			w := cmp.sentenceWords(di, si)
			if len(w) < minStatementWords {
				continue
			}
			refs = append(refs, ref{di, si})
			sets = append(sets, w)
		}
	}
	cl := newSetClusters(sets)
	var reps []simItem
	var repOf []int // rep index -> cluster root item
	for _, root := range cl.firsts {
		reps = append(reps, simItem{doc: refs[root].doc, words: cmp.sentenceWords(refs[root].doc, refs[root].sent)})
		repOf = append(repOf, root)
	}
	// with a focus, only clusters holding a focus sentence look for partners
	focusRoot := map[int]bool{}
	for i, rf := range refs {
		if cmp.inFocus(rf.doc) {
			focusRoot[cl.find(i)] = true
		}
	}
	ix := newSimIndex(reps)
	th := cmp.r.Compare.StatementThreshold
	type link struct {
		item int
		sim  float64
	}
	var links []link
	for i := range reps {
		if !focusRoot[repOf[i]] {
			continue
		}
		for _, j := range ix.candidates(i, maxPosting) {
			if j < i && focusRoot[repOf[j]] {
				continue // that pair was tried from j
			}
			if s := jaccard(reps[i].words, reps[j].words); s >= th {
				cl.union(repOf[i], repOf[j])
				links = append(links, link{repOf[i], s})
			}
		}
	}
	minSim := map[int]float64{}
	for _, l := range links {
		r := cl.find(l.item)
		if m, ok := minSim[r]; !ok || l.sim < m {
			minSim[r] = l.sim
		}
	}
	// one finding per cluster that spans documents with a gap
	roots, members := cl.groups(len(refs))
	var out []Finding
	for _, r := range roots {
		if cmp.focus != nil && !hasFocus(members[r], func(i int) int { return refs[i].doc }, cmp.focus) {
			continue
		}
		// one sentence per document; its attribution decides, and claims
		// are built only for clusters with a gap
		var picks []ref
		var attrs []claims.Attribution
		seen := map[int]bool{}
		for _, i := range members[r] {
			if seen[refs[i].doc] {
				continue
			}
			seen[refs[i].doc] = true
			picks = append(picks, refs[i])
			attrs = append(attrs, cmp.results[refs[i].doc].SentenceAttributions[refs[i].sent])
		}
		if len(picks) < 2 {
			continue
		}
		gap := gapKind(attrs)
		if gap == "" {
			continue
		}
		picks = cmp.limitSides(picks, attrs)
		cs := make([]claims.Claim, len(picks))
		for k, p := range picks {
			cs[k] = cmp.statementClaim(p.doc, p.sent)
		}
		sides := make([]SideAttribution, len(cs))
		for k, c := range cs {
			sides[k] = side(c)
		}
		why := "the same content words"
		sim := 1.0
		if m, ok := minSim[r]; ok {
			sim = m
			why = similarWhy(m, len(picks))
		}
		out = append(out, Finding{Type: AttributionGap, Kind: "statement",
			Summary: fmt.Sprintf("%q: %s", shorten(cs[0].Text, 80), describeGap(sides)),
			Why:     why, Claims: cs, Detail: Detail{Gap: gap, Attributions: sides, Similarity: round3(sim)}})
	}
	return out
}

// ref names a sentence of a document.
type ref struct{ doc, sent int }

// maxSides bounds the documents a focused finding lists besides the focus
// documents: a new article checked against 10,000 archived ones names a
// few of them, those that differ first.
const maxSides = 20

// limitSides keeps, in focus mode, the focus documents' entries and up to
// maxSides others, preferring those attributed differently from the first
// focus entry.
func (cmp *comparer) limitSides(picks []ref, attrs []claims.Attribution) []ref {
	if cmp.focus == nil || len(picks) <= maxSides+1 {
		return picks
	}
	var focusAttr *claims.Attribution
	for k, p := range picks {
		if cmp.focus[p.doc] {
			focusAttr = &attrs[k]
			break
		}
	}
	var keep, same []ref
	for k, p := range picks {
		switch {
		case cmp.focus[p.doc]:
			keep = append(keep, p)
		case len(keep) < maxSides && focusAttr != nil && gapKind([]claims.Attribution{*focusAttr, attrs[k]}) != "":
			keep = append(keep, p)
		default:
			same = append(same, p)
		}
	}
	for _, p := range same {
		if len(keep) > maxSides {
			break
		}
		keep = append(keep, p)
	}
	return keep
}

// sharesWords reports whether at least n of words are in vocab.
func sharesWords(words wordSet, vocab map[string]bool, n int) bool {
	k := 0
	for _, w := range words {
		if vocab[w] {
			if k++; k >= n {
				return true
			}
		}
	}
	return false
}

// hasFocus reports whether any member belongs to a focus document.
func hasFocus(members []int, docOf func(int) int, focus map[int]bool) bool {
	for _, i := range members {
		if focus[docOf(i)] {
			return true
		}
	}
	return false
}

// newSetClusters is newClusters for word sets: equal sets start in one
// cluster. Sets are bucketed by a hash and compared, not joined into keys,
// so a hundred thousand sentences cost no key strings.
func newSetClusters(sets []wordSet) *clusters {
	c := &clusters{parent: make([]int, len(sets))}
	seed := maphash.MakeSeed()
	firsts := map[uint64][]int{} // hash -> first item of each distinct set
	for i, w := range sets {
		var h maphash.Hash
		h.SetSeed(seed)
		for _, x := range w {
			h.WriteString(x)
			h.WriteByte(0)
		}
		k := h.Sum64()
		c.parent[i] = i
		for _, f := range firsts[k] {
			if slices.Equal(sets[f], w) {
				c.parent[i] = f
				break
			}
		}
		if c.parent[i] == i {
			firsts[k] = append(firsts[k], i)
			c.firsts = append(c.firsts, i)
		}
	}
	return c
}

// clusters is a union-find over items, seeded with exact duplicates.
type clusters struct {
	parent []int
	firsts []int // the first item of each distinct key, in order
}

func newClusters(keys []string) *clusters {
	c := &clusters{parent: make([]int, len(keys))}
	first := map[string]int{}
	for i, k := range keys {
		if f, ok := first[k]; ok {
			c.parent[i] = f
			continue
		}
		first[k] = i
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

// statementClaim presents a sentence as a claim of kind "statement".
func (cmp *comparer) statementClaim(doc, sent int) claims.Claim {
	res := cmp.results[doc]
	s := res.Text.Sentences[sent]
	text := oneLine(res.Text.Src[s.Start:s.End])
	if len(text) > 2000 {
		text = shorten(text, 2000)
	}
	line, col := res.Text.Lines.Pos(s.Start)
	sp := claims.Span{Start: s.Start, End: s.End, Line: line, Col: col}
	return claims.Claim{ID: fmt.Sprintf("%s#s%d", res.Doc.ID, sent+1), Doc: res.Doc.ID, Source: res.Doc.Source,
		Kind: "statement", Rule: "statement", Text: text, Sentence: text, Span: sp, SentenceSpan: sp,
		Attribution: res.SentenceAttributions[sent]}
}

func side(c claims.Claim) SideAttribution {
	a := c.Attribution
	return SideAttribution{Doc: c.Doc, Source: c.Source, Speaker: a.Speaker, Form: string(a.Form), Hedged: a.Hedged, Hedge: a.Hedge}
}

func round3(x float64) float64 { return float64(int(x*1000+0.5)) / 1000 }

// similarWhy explains a match of similar sentences: the share of content
// words two sentences have in common, rounded; with more than two, the
// least share of any two, rounded down so "at least" stays true.
func similarWhy(sim float64, sides int) string {
	if sides > 2 {
		return fmt.Sprintf("similar sentences (at least %d%% of content words shared by any two)", int(math.Floor(sim*100+1e-9)))
	}
	return fmt.Sprintf("similar sentences (%.0f%% of content words shared)", sim*100)
}
