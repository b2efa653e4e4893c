package compare

import (
	"errors"
	"hash/maphash"
	"slices"
	"strings"
	"sync"

	"github.com/claimdiff/claimdiff/claims"
)

// ErrLeftOut is Compare's error when a sentence Focus.Trim left out of a
// baseline result (leftOut) would have been aligned after all: the copy of
// a statement that joined a focus sentence's cluster through the figure
// of its claim. The comparison is then run again over results trimmed
// without leaving sentences out (Focus.KeepSentences); check does so.
var ErrLeftOut = errors.New("compare: a sentence left out of a baseline result is aligned after all")

// leftOut is what statement alignment needs of the baseline sentences a
// Focus leaves out of the results it trims: those it would align as
// statements (statementItems) but that can never join a cluster that holds
// a focus sentence, as they share too little with every focus sentence
// (Focus.mayState) and hold no claim Trim keeps. Such a sentence still
// weighs in the alignment of the others: it counts in its words' document
// frequencies (weights), in how many sentences of its document use a word
// (weights.rare), and, through its words, in the posting counts that
// choose the words a focus sentence is looked up by (simIndex). leftOut
// keeps those counts, for the words they can matter for, instead of the
// sentences. Its methods are safe for concurrent use.
type leftOut struct {
	mu sync.Mutex
	// items counts the sentences left out; df counts, per word, those
	// that hold it.
	items int
	df    map[string]int
	// most holds, per focus word, the most sentences left out of one
	// result that use it, up to maxPerDoc; inDoc holds, per result kept
	// with sentences aligned (Trim's result), how many sentences left out
	// of it use a focus word that one of its kept sentences uses too (the
	// kept ones add to the document's count).
	most  map[string]int
	inDoc map[*claims.Result]map[string]int
	// stated and quoted count, per focus word, the distinct statements
	// and quoted passages left out that use it (their keys as clustering
	// tells them apart).
	stated, quoted distinct
	// hashes holds the hash of every left-out sentence's statement words:
	// one that a cluster of a focus sentence holds is ErrLeftOut.
	seed   maphash.Seed
	hashes map[uint64]bool
}

// maxPerDoc bounds the counts of a word's sentences in one document
// that leftOut keeps: what is read of them is whether a word is in one
// sentence of each document (summaryKey's once) or in at most rarePerDoc
// (weights.rare).
const maxPerDoc = rarePerDoc + 1

func newLeftOut() *leftOut {
	return &leftOut{df: map[string]int{}, most: map[string]int{}, inDoc: map[*claims.Result]map[string]int{},
		stated: newDistinct(), quoted: newDistinct(), seed: maphash.MakeSeed(), hashes: map[uint64]bool{}}
}

// add counts the sentences left out of one baseline result, whose
// statement words are sets, for the result kept (nil when it keeps no
// sentence to align). focusWord tells the focus sentences' statement
// words; keptWord, those of the sentences kept (asked of focus words
// only).
func (lo *leftOut) add(kept *claims.Result, sets [][]string, focusWord, keptWord func(string) bool) {
	if len(sets) == 0 {
		return
	}
	type use struct {
		w   string
		set int
	}
	var buf [256]use
	uses := buf[:0] // the focus words of the sets, with the set of each
	var hbuf [64]uint64
	hashes := hbuf[:0]
	for i, set := range sets {
		hashes = append(hashes, hashKey(lo.seed, set))
		for _, w := range set {
			if focusWord(w) {
				uses = append(uses, use{w, i})
			}
		}
	}
	// how many sets use each focus word: uses sorted by word, in runs
	type wordUses struct {
		w    string
		n    int
		kept bool
	}
	slices.SortFunc(uses, func(a, b use) int { return strings.Compare(a.w, b.w) })
	var usesBuf [128]wordUses
	counts := usesBuf[:0]
	for i, u := range uses {
		if i > 0 && uses[i-1].w == u.w {
			counts[len(counts)-1].n++
			continue
		}
		counts = append(counts, wordUses{w: u.w, n: 1, kept: kept != nil && keptWord(u.w)})
	}
	lo.mu.Lock()
	defer lo.mu.Unlock()
	lo.items += len(sets)
	for i, set := range sets {
		lo.hashes[hashes[i]] = true
		for _, w := range set {
			lo.df[w]++
		}
	}
	for _, u := range uses {
		lo.stated.add(u.w, hashes[u.set])
	}
	for _, c := range counts {
		lo.most[c.w] = max(lo.most[c.w], min(c.n, maxPerDoc))
		if c.kept {
			if lo.inDoc[kept] == nil {
				lo.inDoc[kept] = map[string]int{}
			}
			lo.inDoc[kept][c.w] = min(c.n, maxPerDoc)
		}
	}
}

// quotedLeft is a quoted passage left out of a trimmed result: its
// speaker and its words in order.
type quotedLeft struct {
	speaker string
	words   []string
}

// addQuoted counts quoted passages left out of trimmed results, each by
// its key (quoteKey), hashed only when one of its words needs counting
// (a word said twice is counted once: distinct.add holds keys).
func (lo *leftOut) addQuoted(left []quotedLeft, focusWord func(string) bool) {
	lo.mu.Lock()
	defer lo.mu.Unlock()
	for _, q := range left {
		h := uint64(0)
		for _, w := range q.words {
			if !focusWord(w) || lo.quoted.over[w] {
				continue
			}
			if h == 0 {
				h = hashQuoteKey(lo.seed, q.speaker, q.words)
			}
			lo.quoted.add(w, h)
		}
	}
}

// hashQuoteKey is hashKey of the one key quoteKey makes of a passage of
// words ws said by speaker, written into the hash as quoteKey would join
// it, not joined.
func hashQuoteKey(seed maphash.Seed, speaker string, ws []string) uint64 {
	var h maphash.Hash
	h.SetSeed(seed)
	h.WriteString(speaker)
	h.WriteByte(0)
	for i, w := range ws {
		if i > 0 {
			h.WriteByte(' ')
		}
		h.WriteString(w)
	}
	h.WriteByte(0)
	return h.Sum64()
}

// distinct counts, per word, distinct keys, up to maxPosting+1: a word
// in more is never looked up (simIndex). A key is held as its hash
// (hashKey, 64 bits: as the sentences left out are, in hashes). Two keys
// sharing a hash would count one too few for a word, which matters only
// where that moves the word past the cap or among the rarest a sentence
// is looked up by; with at most maxPosting+1 keys a word and a seed no
// article can choose, that is about 101²/2⁶⁵ (3e-16) a focus word, so
// it is not checked.
type distinct struct {
	withWord map[string]map[uint64]bool
	over     map[string]bool
}

func newDistinct() distinct {
	return distinct{withWord: map[string]map[uint64]bool{}, over: map[string]bool{}}
}

// add records that an item whose key hashes to h uses word w.
func (d *distinct) add(w string, h uint64) {
	if d.over[w] {
		return
	}
	ks := d.withWord[w]
	if ks == nil {
		ks = map[uint64]bool{}
		d.withWord[w] = ks
	}
	ks[h] = true
	if len(ks) > maxPosting {
		d.over[w], d.withWord[w] = true, nil
	}
}

// count is how many distinct keys use word w besides those of held (the
// keys of the items that do and are counted already), hashed with seed;
// more than maxPosting is reported as maxPosting+1.
func (d *distinct) count(seed maphash.Seed, w string, held [][]string) int {
	if d.over[w] {
		return maxPosting + 1
	}
	n := len(d.withWord[w])
	for _, k := range held {
		if n == 0 {
			break
		}
		if d.withWord[w][hashKey(seed, k)] {
			n--
		}
	}
	return n
}

// statementPostings and quotePostings are what simIndex adds to a statement's or a
// quote's posting count for word w (distinct.count); nil when lo is.
func (lo *leftOut) statementPostings() func(w string, held [][]string) int {
	if lo == nil {
		return nil
	}
	return func(w string, held [][]string) int { return lo.stated.count(lo.seed, w, held) }
}

func (lo *leftOut) quotePostings() func(w string, held [][]string) int {
	if lo == nil {
		return nil
	}
	return func(w string, held [][]string) int { return lo.quoted.count(lo.seed, w, held) }
}

// has reports whether a sentence left out has the statement words set.
func (lo *leftOut) has(set []string) bool { return lo.hashes[hashKey(lo.seed, set)] }

// weigher is what newWeights adds for the sentences lo counts, to the
// counts of the statement sets sets of the documents docs (result names
// each document's result); nil when lo is.
func (lo *leftOut) weigher(sets []wordSet, docs []int, result func(doc int) *claims.Result) func(df, perDoc map[string]int) int {
	if lo == nil {
		return nil
	}
	return func(df, perDoc map[string]int) int {
		for x := range df {
			df[x] += lo.df[x]
			perDoc[x] = max(perDoc[x], lo.most[x])
		}
		lo.addInDoc(perDoc, sets, docs, result)
		return lo.items
	}
}

// addInDoc raises perDoc, per word, to the count of the sentences of a
// document that use it, those kept (sets of docs) and those left out,
// where the kept ones may make it more than rarePerDoc.
func (lo *leftOut) addInDoc(perDoc map[string]int, sets []wordSet, docs []int, result func(doc int) *claims.Result) {
	if len(lo.inDoc) == 0 {
		return
	}
	byDoc := map[int][]int{} // the sets of each document with sentences left out
	for i, d := range docs {
		if lo.inDoc[result(d)] != nil {
			byDoc[d] = append(byDoc[d], i)
		}
	}
	for d, is := range byDoc {
		for x, left := range lo.inDoc[result(d)] {
			if _, ok := perDoc[x]; !ok {
				continue
			}
			n := left
			for _, i := range is {
				if _, ok := slices.BinarySearch(sets[i], x); ok {
					n++
				}
			}
			perDoc[x] = max(perDoc[x], n)
		}
	}
}
