package rules

import (
	"slices"
	"strings"

	"github.com/claimdiff/claimdiff/claims/english"
	"github.com/claimdiff/claimdiff/claims/mention"
	"github.com/claimdiff/claimdiff/claims/names"
	"github.com/claimdiff/claimdiff/claims/segment"
	"github.com/claimdiff/claimdiff/claims/wordset"
)

// Input is a segmented article with its mentions, indexed for matching.
// Matching keeps its scratch room in the Input, so one goroutine at a time
// matches an Input (Match, AppendMatches, Trace); an Extractor holds one.
type Input struct {
	Text     *segment.Text
	Mentions []mention.Mention
	// startAt[i] / endAt[i] is the mention starting / ending (last token) at
	// token i, or -1; cover[i] is the mention covering token i, or -1.
	// index holds the three, one after the other.
	startAt, endAt, cover []int32
	index                 []int32
	// room is the matcher's, kept with the tables from one document to
	// the next (it holds no pointers); so an Input is matched by one
	// goroutine at a time.
	room matchRoom
}

// NewInput indexes the mentions of txt for matching, in one pass.
func NewInput(txt *segment.Text, ms []mention.Mention) *Input {
	return new(Input).Index(txt, ms)
}

// Index indexes the mentions of txt for matching, in one pass, into in,
// whose tables are reused (they hold no pointers): an extractor indexes
// one document after another in one Input. It returns in.
func (in *Input) Index(txt *segment.Text, ms []mention.Mention) *Input {
	n := len(txt.Tokens)
	index := in.index // the three tables are one allocation
	if cap(index) < 3*n {
		index = make([]int32, 3*n)
	}
	index = index[:3*n]
	if len(index) > 0 {
		// every entry -1: by doubling copies, which move memory in
		// blocks, not an entry at a time
		index[0] = -1
		for k := 1; k < len(index); k *= 2 {
			copy(index[k:], index[:k])
		}
	}
	*in = Input{Text: txt, Mentions: ms, startAt: index[:n:n], endAt: index[n : 2*n : 2*n], cover: index[2*n:], index: index, room: in.room}
	for k, m := range ms {
		in.startAt[m.First] = int32(k)
		in.endAt[m.Last-1] = int32(k)
		for i := m.First; i < m.Last; i++ {
			in.cover[i] = int32(k)
		}
	}
	return in
}

// Cover returns the index of the mention covering token i, or -1; a token
// outside the text (before its first, past its last) is covered by none,
// so a reader looking one token around a mention need not guard the ends.
func (in *Input) Cover(i int) int {
	if i < 0 || i >= len(in.cover) {
		return -1
	}
	return int(in.cover[i])
}

// Free reports a token no mention covers: a name never runs into a number
// or a date.
func (in *Input) Free(i int) bool { return in.cover[i] < 0 }

// Match is one pattern match in a sentence.
type Match struct {
	Rule     *Rule
	Pattern  int
	Sentence int
	// First and Last are the token range the match covers.
	First, Last int
	// Value is the index of the first value mention the pattern matched
	// (-1 for none); Date that of the first {date} (-1 for none).
	Value, Date int
	// Slots are the token ranges captured with as=.
	Slots Captures
	// Negative is set when one of the rule's negative words is in the match.
	Negative bool
}

// Captures are a match's captured token ranges by name (as=): a pattern
// has few, so a list, not a map.
type Captures []Capture

// Capture is one captured token range [Span[0], Span[1]).
type Capture struct {
	Name string
	Span [2]int
}

// Get returns the range captured as name, and whether one was.
func (s Captures) Get(name string) ([2]int, bool) {
	for _, sl := range s {
		if sl.Name == name {
			return sl.Span, true
		}
	}
	return [2]int{}, false
}

// put records the range captured as name, the last one put winning.
func (s Captures) put(name string, span [2]int) Captures {
	for i := range s {
		if s[i].Name == name {
			s[i].Span = span
			return s
		}
	}
	return append(s, Capture{name, span})
}

func (r *Rules) buildIndex() {
	idx := anchorIndex{mentions: map[mention.Type][]anchorRef{}}
	var refs []anchorRef // every rule's patterns, in order
	var pats []*Pattern  // refs[i]'s pattern is pats[i]
	for _, ru := range r.Rules {
		for pi, p := range ru.Patterns {
			refs = append(refs, anchorRef{rule: ru, pattern: pi, pat: p})
			pats = append(pats, p)
		}
	}
	var needs []groupSet
	idx.needs, needs = newNeedIndex(pats)
	for i := range refs {
		refs[i].needs = needs[i]
	}
	for _, ref := range refs {
		e := ref.pat.elems[ref.pat.anchor]
		switch {
		case e.kind == elemLiteral:
			seen := map[string]bool{}
			exact := !slices.ContainsFunc(e.alts, func(alt []litWord) bool { return alt[0].prefix })
			for _, alt := range e.alts {
				w := alt[0]
				if seen[w.word] {
					continue
				}
				seen[w.word] = true
				if w.prefix {
					idx.prefixes = append(idx.prefixes, prefixRef{w.word, ref})
				} else {
					wref := ref
					if exact {
						wref.alts = startingWith(e.alts, w.word)
					}
					same, _ := idx.words.Get(w.word)
					idx.words.Put(w.word, append(same, wref))
				}
			}
		case e.value:
			idx.values = append(idx.values, ref)
		default:
			idx.mentions[e.mtype] = append(idx.mentions[e.mtype], ref)
		}
	}
	for w := range idx.words.All() {
		idx.wordBits.Add(w)
	}
	for _, pr := range idx.prefixes {
		if pr.prefix == "" {
			for c := range idx.prefixStart {
				idx.prefixStart[c] = true
			}
		} else {
			idx.prefixStart[pr.prefix[0]] = true
		}
	}
	r.index = idx
	r.byID = make(map[string]*Rule, len(r.Rules))
	r.priority = make(map[*Rule]int, len(r.Rules))
	for i, ru := range r.Rules {
		r.byID[ru.ID] = ru
		r.priority[ru] = i
	}
}

// startingWith returns the indexes of the alternatives whose first word
// is w, in their order.
func startingWith(alts [][]litWord, w string) []int32 {
	var out []int32
	for k, alt := range alts {
		if alt[0].word == w {
			out = append(out, int32(k))
		}
	}
	return out
}

// Priority is a rule's place in the file: where two rules claim one
// quantity, the earlier wins.
func (r *Rules) Priority(ru *Rule) int { return r.priority[ru] }

// Miss is a pattern tried at an anchor that did not match: the rules
// debugger shows it as a near miss.
type Miss struct {
	Rule    *Rule
	Pattern int
	// Anchor is the token the pattern was tried at.
	Anchor int
	// Element is the source of the pattern element that failed, and Side
	// says where: "anchor", "left" (before the anchor) or "right".
	Element string
	Side    string
}

// Match runs every rule over in and returns the raw matches in text order
// (rule priority and overlaps are resolved by the caller). Each token is
// visited once; at each, only the patterns anchored on it are tried.
func (r *Rules) Match(in *Input) []Match {
	out, _ := r.match(in, nil, false)
	return out
}

// AppendMatches is Match appending the matches to dst, whose room an
// extractor reuses from one document to the next.
func (r *Rules) AppendMatches(dst []Match, in *Input) []Match {
	out, _ := r.match(in, dst, false)
	return out
}

// Trace is Match that also returns the near misses: patterns whose anchor
// was found but that failed around it.
func (r *Rules) Trace(in *Input) ([]Match, []Miss) {
	return r.match(in, nil, true)
}

func (r *Rules) match(in *Input, out []Match, trace bool) ([]Match, []Miss) {
	var misses *[]Miss
	if trace {
		misses = &[]Miss{}
	}
	prefixMemo := map[string][]anchorRef{}
	toks := in.Text.Tokens
	m := &matcher{in: in, names: r.Names, needs: r.index.needs, misses: misses, matchRoom: in.room}
	defer func() { in.room = m.matchRoom }()
	for si, s := range in.Text.Sentences {
		m.lo, m.hi, m.sentence = s.First, s.Last, si
		m.filtered = false
		// the tokens that may anchor a pattern, a few of the sentence's,
		// each found by a loop of its own (mayAnchorAt)
		for p := r.index.mayAnchorAt(in, s.First, s.Last); p < s.Last; p = r.index.mayAnchorAt(in, p+1, s.Last) {
			if in.cover[p] >= 0 {
				// a mention's first token (mayAnchorAt returns no other
				// of its tokens): only mention patterns
				out = r.tryMention(m, in.Mentions[in.startAt[p]].Type, p, out)
				continue
			}
			t := &toks[p]
			w := t.Norm
			if r.index.mayAnchor(t.Key) {
				refs, _ := r.index.words.GetKey(t.Key, w)
				out = m.tryAll(refs, p, out)
			}
			if r.index.mayPrefix(t) {
				refs, ok := prefixMemo[w]
				if !ok {
					for _, pr := range r.index.prefixes {
						if strings.HasPrefix(w, pr.prefix) {
							refs = append(refs, pr.ref)
						}
					}
					prefixMemo[w] = refs
				}
				out = m.tryAll(refs, p, out)
			}
		}
	}
	if misses == nil {
		return out, nil
	}
	return out, *misses
}

// mayAnchorAt returns the first token from p before hi at which a
// pattern may be anchored, hi for none: the first token of a mention, a
// word the filter of anchor words lets through (mayAnchor), or a word
// starting with a prefix's first byte. match tries the patterns at each
// token it returns, and passes over the others (most tokens) in this
// loop, which keeps what it reads in registers. A new kind of anchor
// match tries must be let through here too.
func (idx *anchorIndex) mayAnchorAt(in *Input, p, hi int) int {
	toks, cover, startAt := in.Text.Tokens[:hi], in.cover[:hi], in.startAt[:hi]
	for ; p < hi; p++ {
		if cover[p] >= 0 {
			if startAt[p] >= 0 {
				return p
			}
			continue
		}
		t := &toks[p]
		if idx.mayAnchor(t.Key) || idx.mayPrefix(t) {
			return p
		}
	}
	return hi
}

// mayPrefix reports whether word token t may start with one of the
// prefixes patterns are anchored on ("wound*"): its first byte starts one.
func (idx *anchorIndex) mayPrefix(t *segment.Token) bool {
	return len(idx.prefixes) > 0 && t.Kind == segment.Word && t.Norm != "" && idx.prefixStart[t.Norm[0]]
}

// tryMention tries the patterns anchored on a mention of type mt that
// starts at token p: those of its type and, unless it is a date, those
// anchored on {value}.
func (r *Rules) tryMention(m *matcher, mt mention.Type, p int, out []Match) []Match {
	out = m.tryAll(r.index.mentions[mt], p, out)
	if mt != mention.Date {
		out = m.tryAll(r.index.values, p, out)
	}
	return out
}

// matcher matches patterns inside one sentence [lo, hi). Its scratch
// buffers are reused from one try to the next, so that matching allocates
// only the matches it returns.
type matcher struct {
	in       *Input
	names    *names.Scanner
	needs    *needIndex
	lo, hi   int
	sentence int
	misses   *[]Miss // nil unless tracing
	matchRoom
	filtered bool // held and kinds are the sentence's (mayHold)
	// captured is the room the matches' captures are made in (captures),
	// a chunk at a time: the matches of one Match call share it, and keep
	// it, so it is never reused.
	captured []Capture
}

// capturesChunk is the room for captures made at a time: a document's
// matches' captures, mostly.
const capturesChunk = 32

// captures returns empty Captures with room for n, in m's chunk: one
// allocation for many matches, not one each.
func (m *matcher) captures(n int) Captures {
	if cap(m.captured)-len(m.captured) < n {
		m.captured = make([]Capture, 0, max(n, capturesChunk))
	}
	k := len(m.captured)
	m.captured = m.captured[:k+n]
	return Captures(m.captured[k : k : k+n]) // capped: put never runs into the next match's
}

// matchRoom is a matcher's scratch buffers.
type matchRoom struct {
	anchorEnds     []int
	nodes          []node // run's levels, one after the other
	levelAt        []int  // where each level starts in nodes
	cur, next, buf []int
	// seen[q] is stamp when position q is in run's level being laid
	// out: a look-up, not a scan of the level, for each position reached
	seen               []uint32
	stamp              uint32
	right, left, spans []step
	held               groupSet // the groups of needed words a sentence may hold (needIndex)
	kinds              kindSet  // the kinds of the mentions in a sentence
}

// step is one way an element can match: it covers tokens [from, to).
type step struct{ from, to int }

// forward returns where one occurrence of e starting at p can end.
func (m *matcher) forward(e *elem, p int, buf []int) []int {
	in := m.in
	toks := in.Text.Tokens
	if p >= m.hi {
		return buf
	}
	switch e.kind {
	case elemLiteral:
		if e.edges != nil {
			if in.cover[p] >= 0 {
				return buf // no literal word is inside a mention
			}
			// the look-up matched each alternative's first word
			ks, _ := e.edges.first.GetKey(toks[p].Key, toks[p].Norm)
			for _, k := range ks {
				if alt := e.alts[k]; len(alt) == 1 || p+len(alt) <= m.hi && m.litAt(alt[1:], p+1) {
					buf = append(buf, p+len(alt))
				}
			}
			return buf
		}
		for _, alt := range e.alts {
			if q := p + len(alt); q <= m.hi && m.litAt(alt, p) {
				buf = append(buf, q)
			}
		}
	case elemMention:
		if k := in.startAt[p]; k >= 0 && m.mentionOK(e, int(k)) {
			buf = append(buf, in.Mentions[k].Last)
		}
	case elemName:
		if q := m.names.Forward(in.Text, p, m.hi, in.Free); q > p {
			buf = append(buf, q)
		}
	case elemWord: // a {word} gap does not cross a coordination ("wounded 12 people and killed three")
		if in.cover[p] < 0 && toks[p].Kind == segment.Word && !english.IsCoordinatorKey(toks[p].Key, toks[p].Norm) {
			buf = append(buf, p+1)
		}
	case elemAny:
		if k := in.cover[p]; k >= 0 {
			if in.startAt[p] >= 0 {
				buf = append(buf, in.Mentions[k].Last)
			}
		} else {
			buf = append(buf, p+1)
		}
	}
	return buf
}

// backward returns where one occurrence of e ending at p (exclusive) can start.
func (m *matcher) backward(e *elem, p int, buf []int) []int {
	in := m.in
	toks := in.Text.Tokens
	if p <= m.lo {
		return buf
	}
	switch e.kind {
	case elemLiteral:
		if e.edges != nil {
			if in.cover[p-1] >= 0 {
				return buf // no literal word is inside a mention
			}
			// the look-up matched each alternative's last word
			ks, _ := e.edges.last.GetKey(toks[p-1].Key, toks[p-1].Norm)
			for _, k := range ks {
				if alt := e.alts[k]; len(alt) == 1 || p-len(alt) >= m.lo && m.litAt(alt[:len(alt)-1], p-len(alt)) {
					buf = append(buf, p-len(alt))
				}
			}
			return buf
		}
		for _, alt := range e.alts {
			if q := p - len(alt); q >= m.lo && m.litAt(alt, q) {
				buf = append(buf, q)
			}
		}
	case elemMention:
		if k := in.endAt[p-1]; k >= 0 && m.mentionOK(e, int(k)) {
			buf = append(buf, in.Mentions[k].First)
		}
	case elemName:
		if q := m.names.Backward(in.Text, p, m.lo, in.Free); q < p {
			buf = append(buf, q)
		}
	case elemWord:
		if in.cover[p-1] < 0 && toks[p-1].Kind == segment.Word && !english.IsCoordinatorKey(toks[p-1].Key, toks[p-1].Norm) {
			buf = append(buf, p-1)
		}
	case elemAny:
		if k := in.cover[p-1]; k >= 0 {
			if in.endAt[p-1] >= 0 {
				buf = append(buf, in.Mentions[k].First)
			}
		} else {
			buf = append(buf, p-1)
		}
	}
	return buf
}

func (m *matcher) litAt(alt []litWord, p int) bool {
	toks := m.in.Text.Tokens
	for j, w := range alt {
		t := p + j
		if t >= m.hi || m.in.cover[t] >= 0 {
			return false
		}
		if w.prefix {
			if !strings.HasPrefix(toks[t].Norm, w.word) {
				return false
			}
		} else if toks[t].Norm != w.word {
			return false
		}
	}
	return true
}

func (m *matcher) mentionOK(e *elem, k int) bool {
	mt := &m.in.Mentions[k]
	if e.value {
		if kindOf(mt)&valueKind == 0 { // one home for what {value} takes
			return false
		}
	} else if mt.Type != e.mtype {
		return false
	}
	return e.unit == "" || (mt.Value != nil && mt.Value.Unit == e.unit)
}

// tryAll tries the patterns refs anchored at token p (try), those the
// sentence may hold (mayHold) only, asked before the call: about half
// are turned away so. When tracing, every try runs in full, so its near
// miss is reported.
func (m *matcher) tryAll(refs []anchorRef, p int, out []Match) []Match {
	for k := range refs {
		if m.misses != nil || m.mayHold(&refs[k]) {
			out = m.try(&refs[k], p, out)
		}
	}
	return out
}

// try matches pattern ref anchored at token p and appends any match.
func (m *matcher) try(ref *anchorRef, p int, out []Match) []Match {
	pat := ref.pat
	a := pat.anchor
	if ref.alts != nil {
		m.anchorEnds = m.anchorAlts(&pat.elems[a], ref.alts, p, m.anchorEnds[:0])
	} else {
		m.anchorEnds = m.forward(&pat.elems[a], p, m.anchorEnds[:0])
	}
	anchorEnds := m.anchorEnds
	miss := func(side string, k int) {
		if m.misses != nil {
			*m.misses = append(*m.misses, Miss{Rule: ref.rule, Pattern: ref.pattern, Anchor: p, Element: pat.elems[k].src, Side: side})
		}
	}
	if len(anchorEnds) == 0 {
		miss("anchor", a)
	}
	for ei := 0; ei < len(anchorEnds); ei++ {
		end := anchorEnds[ei]
		right, ok := m.run(pat.elems[a+1:], end, true, m.right[:0])
		m.right = right
		if !ok {
			if ei == len(anchorEnds)-1 && m.misses != nil {
				miss("right", a+1+m.failedAt(pat.elems[a+1:], end, true))
			}
			continue
		}
		left, ok := m.run(pat.left, p, false, m.left[:0])
		m.left = left
		if !ok {
			if ei == len(anchorEnds)-1 && m.misses != nil { // failedAt re-runs the pattern: only when tracing
				miss("left", a-1-m.failedAt(pat.left, p, false))
			}
			continue
		}
		spans := m.spans[:0]
		for i := len(left) - 1; i >= 0; i-- {
			spans = append(spans, step{left[i].to, left[i].from})
		}
		spans = append(spans, step{p, end})
		spans = append(spans, right...)
		m.spans = spans
		return append(out, m.build(*ref, pat, spans))
	}
	return out
}

// anchorAlts is forward for the literal anchor e at token p, found by
// its word (anchorIndex.words): ks are the alternatives that start with
// it, whose other words alone are compared.
func (m *matcher) anchorAlts(e *elem, ks []int32, p int, buf []int) []int {
	for _, k := range ks {
		if alt := e.alts[k]; len(alt) == 1 || p+len(alt) <= m.hi && m.litAt(alt[1:], p+1) {
			buf = append(buf, p+len(alt))
		}
	}
	return buf
}

// mayHold reports whether the sentence may hold a match of ref's
// pattern: whether it may hold a word of each group of required words
// the pattern needs (Pattern.needs, anchorRef.needs), and a mention of
// each kind it needs (Pattern.mentionNeeds), both read at the
// sentence's first try (readSentence). About half the tries are turned
// away so, before their levels are laid out.
func (m *matcher) mayHold(ref *anchorRef) bool {
	pat := ref.pat
	if ref.needs == (groupSet{}) && pat.mentionNeeds == 0 {
		return true
	}
	if !m.filtered {
		m.readSentence()
	}
	if m.kinds&pat.mentionNeeds != pat.mentionNeeds {
		return false
	}
	return m.held.holds(&ref.needs)
}

// readSentence reads what mayHold asks of the sentence [lo, hi): the
// groups of needed words its words may be in (needIndex), and the kinds
// of the mentions on its tokens.
func (m *matcher) readSentence() {
	m.kinds = 0
	var held groupSet
	in := m.in
	toks := in.Text.Tokens
	for i := m.lo; i < m.hi; i++ {
		if c := in.cover[i]; c >= 0 {
			m.kinds |= kindOf(&in.Mentions[c]) // once per token of a mention: or-ing it again changes nothing
		}
		k := toks[i].Key
		if k == 0 { // not computed (see wordset.Key)
			k = wordset.KeyOf(toks[i].Norm)
		}
		m.needs.add(&held, k)
	}
	m.held = held
	m.filtered = true
}

// failedAt returns the index in es of the first element run cannot get past.
func (m *matcher) failedAt(es []elem, p int, fwd bool) int {
	for k := len(es) - 1; k >= 0; k-- {
		if _, ok := m.run(es[:k], p, fwd, nil); ok {
			return k
		}
	}
	return 0
}

// run matches the element sequence es from position p, forward or
// backward, and appends each element's span (for backward, from > to) to
// dst. It keeps the set of reachable positions after each element with one
// back-pointer each, so it never backtracks: the cost is bounded by the
// number of elements times the pattern's width. The shortest match wins.
func (m *matcher) run(es []elem, p int, fwd bool, dst []step) ([]step, bool) {
	if len(es) == 0 {
		return dst, true
	}
	if m.cannotStart(&es[0], p, fwd) {
		return dst, false // most tries end here, before the levels are laid out
	}
	// Level k is nodes[levelAt[k]:levelAt[k+1]]: the positions reachable
	// after k elements.
	nodes := append(m.nodes[:0], node{p, -1})
	levelAt := append(m.levelAt[:0], 0, 1)
	defer func() { m.nodes, m.levelAt = nodes, levelAt }()
	cur, next := m.cur[:0], m.next[:0]
	defer func() { m.cur, m.next = cur, next }()
	if n := len(m.in.Text.Tokens) + 1; len(m.seen) < n {
		m.seen = make([]uint32, n)
		m.stamp = 0
	}
	for k := range es {
		e := &es[k]
		prevLo, prevHi := levelAt[k], levelAt[k+1]
		lo := len(nodes)
		m.newLevel()
		for oi := prevLo; oi < prevHi; oi++ {
			if e.kind != elemLiteral {
				// one position at most after each repetition: followed
				// without the rooms of a literal's alternatives
				nodes = m.chain(e, nodes, oi, prevLo, fwd)
				continue
			}
			if e.max <= 1 { // most literals: one repetition, its positions added as they are reached
				nodes = m.once(e, nodes, oi, prevLo, fwd)
				continue
			}
			// positions after r repetitions, r = 0..max
			cur = append(cur[:0], nodes[oi].pos)
			for r := 0; r <= e.max; r++ {
				if r >= e.min {
					for _, q := range cur {
						if m.seen[q] != m.stamp {
							m.seen[q] = m.stamp
							nodes = append(nodes, node{q, oi - prevLo})
						}
					}
				}
				if r == e.max {
					break
				}
				// forward and backward append the positions they reach
				next = next[:0]
				for _, q := range cur {
					if fwd {
						next = m.forward(e, q, next)
					} else {
						next = m.backward(e, q, next)
					}
				}
				if len(next) == 0 {
					break
				}
				cur, next = dedupe(next), cur // the rooms trade places
			}
		}
		if len(nodes) == lo {
			return dst, false
		}
		levelAt = append(levelAt, len(nodes))
	}
	// choose the closest end
	n := len(es)
	last := nodes[levelAt[n]:levelAt[n+1]]
	best := 0
	for i, nd := range last {
		if (fwd && nd.pos < last[best].pos) || (!fwd && nd.pos > last[best].pos) {
			best = i
		}
	}
	base := len(dst)
	for range es {
		dst = append(dst, step{})
	}
	idx := best
	for k := n; k > 0; k-- {
		nd := nodes[levelAt[k]+idx]
		prev := nodes[levelAt[k-1]+nd.prev]
		dst[base+k-1] = step{prev.pos, nd.pos}
		idx = nd.prev
	}
	return dst, true
}

// newLevel starts a level of run: no position is in it yet (m.seen).
func (m *matcher) newLevel() {
	m.stamp++
	if m.stamp == 0 { // wrapped: the stamps of old levels would return
		clear(m.seen)
		m.stamp = 1
	}
}

// chain adds to nodes the positions element e, which is not a literal,
// reaches from node oi of the level before (prevLo its first) after min
// to max repetitions: forward and backward give such an element one
// position at most, so the repetitions are a chain, not a set. The
// positions are added in the order run's loop over sets adds them.
func (m *matcher) chain(e *elem, nodes []node, oi, prevLo int, fwd bool) []node {
	q := nodes[oi].pos
	for r := 0; ; r++ {
		if r >= e.min && m.seen[q] != m.stamp {
			m.seen[q] = m.stamp
			nodes = append(nodes, node{q, oi - prevLo})
		}
		if r == e.max {
			return nodes
		}
		if fwd {
			m.buf = m.forward(e, q, m.buf[:0])
		} else {
			m.buf = m.backward(e, q, m.buf[:0])
		}
		if len(m.buf) == 0 {
			return nodes
		}
		q = m.buf[0]
	}
}

// once adds to nodes the positions literal e, of one repetition at most,
// reaches from node oi of the level before (prevLo its first), in the
// order run's loop over sets adds them.
func (m *matcher) once(e *elem, nodes []node, oi, prevLo int, fwd bool) []node {
	q := nodes[oi].pos
	if e.min == 0 && m.seen[q] != m.stamp {
		m.seen[q] = m.stamp
		nodes = append(nodes, node{q, oi - prevLo})
	}
	if e.max == 0 {
		return nodes
	}
	if fwd {
		m.buf = m.forward(e, q, m.buf[:0])
	} else {
		m.buf = m.backward(e, q, m.buf[:0])
	}
	for _, q := range m.buf {
		if m.seen[q] != m.stamp {
			m.seen[q] = m.stamp
			nodes = append(nodes, node{q, oi - prevLo})
		}
	}
	return nodes
}

// cannotStart reports a required word or mention e that does not occur
// at p (forward, or ending at p backward): run fails at its first element.
func (m *matcher) cannotStart(e *elem, p int, fwd bool) bool {
	if e.min == 0 || e.kind != elemLiteral && e.kind != elemMention {
		return false
	}
	if fwd {
		m.buf = m.forward(e, p, m.buf[:0])
	} else {
		m.buf = m.backward(e, p, m.buf[:0])
	}
	return len(m.buf) == 0
}

// node is a reachable position in run, with the index of the position in
// the previous level it was reached from.
type node struct{ pos, prev int }

func dedupe(xs []int) []int {
	out := xs[:0]
	for i, x := range xs {
		dup := false
		for _, y := range xs[:i] {
			if x == y {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, x)
		}
	}
	return out
}

// captured bounds the captures build records for spans: the named
// elements that took tokens.
func captured(pat *Pattern, spans []step) int {
	n := 0
	for i := range pat.elems {
		if pat.elems[i].as != "" && spans[i].from != spans[i].to {
			n++
		}
	}
	return n
}

// build turns element spans into a Match.
func (m *matcher) build(ref anchorRef, pat *Pattern, spans []step) Match {
	mt := Match{Rule: ref.rule, Pattern: ref.pattern, Sentence: m.sentence,
		First: spans[0].from, Last: spans[len(spans)-1].to, Value: -1, Date: -1}
	if n := captured(pat, spans); n > 0 {
		mt.Slots = m.captures(n) // room for all: never grown as it fills
	}
	for i, e := range pat.elems {
		sp := spans[i]
		if sp.from == sp.to {
			continue
		}
		if e.kind == elemMention {
			k := int(m.in.startAt[sp.from])
			if k >= 0 {
				if e.mtype == mention.Date && mt.Date < 0 {
					mt.Date = k
				} else if e.mtype != mention.Date && mt.Value < 0 {
					mt.Value = k
				}
			}
		}
		if e.as != "" {
			mt.Slots = mt.Slots.put(e.as, [2]int{sp.from, sp.to})
		}
	}
	// Backward-matched zero-width spans can leave First > Last ordering
	// issues; normalise.
	if mt.First > mt.Last {
		mt.First, mt.Last = mt.Last, mt.First
	}
	if neg := ref.rule.Negative; neg != nil && neg.Len() > 0 {
		toks := m.in.Text.Tokens
		for i := mt.First; i < mt.Last; i++ {
			if _, n := neg.Longest(toks, i, mt.Last); n > 0 {
				mt.Negative = true
				break
			}
		}
	}
	return mt
}
