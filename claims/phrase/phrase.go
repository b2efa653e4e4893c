// Package phrase holds Set, a trie of multi-word phrases matched against a
// token stream. Units ("barrels per day"), aliases ("Qasem Soleimani"), cue
// phrases ("according to") and hedges ("without providing evidence") are all
// phrase sets, so each is looked up in time bounded by the phrase length, not
// by the number of phrases.
package phrase

import (
	"strings"

	"github.com/claimdiff/claimdiff/claims/segment"
	"github.com/claimdiff/claimdiff/claims/wordset"
)

// Set maps phrases (sequences of normalised tokens) to a value. The zero
// value is not usable; create one with New.
type Set[V any] struct {
	root *node[V]
	size int
	// first holds each phrase's first word: a token it rules out starts
	// no phrase, and is rejected without hashing it into the map. Most
	// tokens start none, and Longest runs at every one.
	first wordset.Filter
}

type node[V any] struct {
	next wordset.Map[*node[V]]
	// nextBits has bit Key%64 of each word of next, and bit 0 when next
	// holds any (a token's zero Key, not computed, may be any word): a
	// token whose bit is clear continues no phrase here, and is not
	// looked up (mayGo). Most phrases that start at a token end there or
	// a word later.
	nextBits uint64
	val      V
	final    bool
}

// mayGo reports whether the word whose Key is k may continue a phrase
// from n: false for most words, true for every word of n.next, and true
// for the zero Key (a token's Key not computed) whenever n.next holds any
// word.
func (n *node[V]) mayGo(k wordset.Key) bool { return n.nextBits&(1<<(k%64)) != 0 }

// New returns an empty Set.
func New[V any]() *Set[V] { return &Set[V]{root: &node[V]{}} }

// Split breaks a phrase as written in a rules file into the normalised token
// forms the tokeniser would produce for it.
func Split(phrase string) []string {
	var room [phraseRoom]segment.Token
	toks := segment.AppendTokens(room[:0], phrase)
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Norm
	}
	return out
}

// phraseRoom is how many tokens a phrase is split into on the stack
// (Split, Add), without making room for them: the words of a rules
// file's phrases, and more.
const phraseRoom = 16

// Add inserts phrase with value v, replacing any earlier value. It reports
// false when the phrase has no tokens.
func (s *Set[V]) Add(phrase string, v V) bool {
	var room [phraseRoom]segment.Token
	toks := segment.AppendTokens(room[:0], phrase)
	if len(toks) == 0 {
		return false
	}
	s.first.Add(toks[0].Norm)
	n := s.root
	for i := range toks {
		w := toks[i].Norm
		c, _ := n.next.Get(w)
		if c == nil {
			c = &node[V]{}
			n.next.Put(w, c)
			n.nextBits |= 1<<(wordset.KeyOf(w)%64) | 1
		}
		n = c
	}
	if !n.final {
		s.size++
	}
	n.final, n.val = true, v
	return true
}

// Has reports whether phrase is in the set exactly.
func (s *Set[V]) Has(phrase string) bool {
	_, ok := s.Get(phrase)
	return ok
}

// Get returns the value stored for phrase.
func (s *Set[V]) Get(phrase string) (V, bool) {
	n := s.root
	if plainWord(phrase) { // its own single token: no need to tokenise it
		if n, _ = n.next.Get(phrase); n == nil {
			var zero V
			return zero, false
		}
		return n.val, n.final
	}
	if n, ok := s.walkLetters(phrase); ok {
		// words of letters only ("Pentagon", "John Smith"), folded here
		// without tokenising or allocating
		if n == nil {
			var zero V
			return zero, false
		}
		return n.val, n.final
	}
	// its tokens, in room on the stack, looked up by their Keys (Split
	// would make a list of their words)
	var room [phraseRoom]segment.Token
	for _, t := range segment.AppendTokens(room[:0], phrase) {
		if n, _ = n.next.GetKey(t.Key, t.Norm); n == nil {
			var zero V
			return zero, false
		}
	}
	return n.val, n.final
}

// Exact returns the value stored for the phrase that is exactly
// toks[i:j] (their Norms), as Get does for the text those tokens came
// from, without tokenising it again.
func (s *Set[V]) Exact(toks []segment.Token, i, j int) (v V, ok bool) {
	if s == nil || i >= j || !s.MayStart(&toks[i]) {
		return v, false
	}
	n := s.root
	for k := i; k < j; k++ {
		if n, _ = n.next.GetKey(toks[k].Key, toks[k].Norm); n == nil {
			return v, false
		}
	}
	return n.val, n.final
}

// HasWord reports whether the one-token phrase w (a token's Norm) is in
// the set. Unlike Has it does not tokenise w, so it is cheap enough for
// every token of a document.
func (s *Set[V]) HasWord(w string) bool { return s.HasWordKey(wordset.KeyOf(w), w) }

// HasWordKey is HasWord for word w whose Key is k (a token's Key and
// Norm), which it does not hash again; a zero k is looked up by w.
func (s *Set[V]) HasWordKey(k wordset.Key, w string) bool {
	if s == nil || !s.first.MayKey(k) {
		return false
	}
	n, _ := s.root.next.GetKey(k, w)
	return n != nil && n.final
}

// Firsts returns the filter of the phrases' first words, to be joined
// with others' (wordset.Filter.Join) where a token is tested against
// several sets; nil for a nil set, which starts no phrase.
func (s *Set[V]) Firsts() *wordset.Filter {
	if s == nil {
		return nil
	}
	return &s.first
}

// Starts reports whether some phrase in the set begins with word.
func (s *Set[V]) Starts(word string) bool { return s.StartsKey(wordset.KeyOf(word), word) }

// StartsKey is Starts for word w whose Key is k (a token's Key and Norm),
// which it does not hash again; a zero k is looked up by w.
func (s *Set[V]) StartsKey(k wordset.Key, w string) bool {
	if s == nil || !s.first.MayKey(k) {
		return false
	}
	_, ok := s.root.next.GetKey(k, w)
	return ok
}

// plainWord reports whether w is lower-case ASCII letters only: a word the
// tokeniser leaves as it is, as one token.
func plainWord(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// walkLetters follows phrase down the trie when it is words of ASCII
// letters (each of at most 32) apart by spaces, as the tokeniser would
// give them: one token a word, folded to lower case. It returns the node
// reached (nil when the phrase leaves the trie) and true, or false when
// the phrase is not such words and must be tokenised.
func (s *Set[V]) walkLetters(phrase string) (*node[V], bool) {
	n := s.root
	var buf [32]byte
	words := 0
	for len(phrase) > 0 {
		if phrase[0] == ' ' {
			phrase = phrase[1:]
			continue
		}
		end := strings.IndexByte(phrase, ' ')
		if end < 0 {
			end = len(phrase)
		}
		w, ok := lowerWord(phrase[:end], buf[:0])
		if !ok {
			return nil, false
		}
		words++
		if n, _ = n.next.Get(string(w)); n == nil {
			return nil, true // the words before, tokenised, would leave it too
		}
		phrase = phrase[end:]
	}
	return n, words > 0
}

// lowerWord appends w in lower case to buf when w is ASCII letters only
// (so one token, folded to lower case), of at most cap(buf) letters.
func lowerWord(w string, buf []byte) ([]byte, bool) {
	if w == "" || len(w) > cap(buf) {
		return nil, false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case 'a' <= c && c <= 'z':
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		default:
			return nil, false
		}
		buf = append(buf, c)
	}
	return buf, true
}

// Len is the number of phrases in the set: 0 for a nil set, which, like an
// empty one, holds nothing.
func (s *Set[V]) Len() int {
	if s == nil {
		return 0
	}
	return s.size
}

// MayStart reports whether a phrase of s may start at token t: false for
// most tokens, which start none, by the filter of first words alone, in
// a test small enough to be inlined where it is asked (Longest's own is
// behind a call). A nil set starts no phrase.
//
// The readers that ask a set at every token write
// `s.MayStart(t) && s.Longest(...)` (or HasWordKey): Longest and
// HasWordKey test the same filter first, so the guard changes no answer,
// but they are over the inliner's budget and the guard spares most
// tokens the call. It is not redundant; keep it where a set is asked at
// every token.
func (s *Set[V]) MayStart(t *segment.Token) bool { return s != nil && s.first.MayKey(t.Key) }

// Longest returns the value and length (in tokens) of the longest phrase that
// starts at toks[i] and ends before toks[limit]. n is 0 when none does.
func (s *Set[V]) Longest(toks []segment.Token, i, limit int) (v V, n int) {
	if s == nil {
		return v, 0
	}
	if i >= limit || !s.MayStart(&toks[i]) {
		return v, 0
	}
	cur := s.root
	for j := i; j < limit && cur.mayGo(toks[j].Key); j++ {
		cur, _ = cur.next.GetKey(toks[j].Key, toks[j].Norm) // hashed by the tokeniser
		if cur == nil {
			break
		}
		if cur.final {
			v, n = cur.val, j-i+1
		}
	}
	return v, n
}

// Words returns every phrase in the set joined with single spaces, for
// diagnostics; order is unspecified.
func (s *Set[V]) Words() []string {
	var out []string
	var walk func(n *node[V], prefix []string)
	walk = func(n *node[V], prefix []string) {
		if n.final {
			out = append(out, strings.Join(prefix, " "))
		}
		for w, c := range n.next.All() {
			walk(c, append(prefix, w))
		}
	}
	walk(s.root, nil)
	return out
}
