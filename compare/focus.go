package compare

import (
	"slices"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/ingest"
	"github.com/claimdiff/claimdiff/claims/rules"
	"github.com/claimdiff/claimdiff/claims/segment"
)

// Focus says what of a baseline document a comparison focused on some
// documents (Options.Focus: check's new articles) can ever read, so that a
// large baseline is held in a fraction of the memory. Trim keeps of a
// baseline result
//
//   - its typed claims whose identity a focus document's claims share:
//     a fact joins only groups of its identity (focusKeys), so no other
//     claim can reach a finding about a focus document;
//   - its quotes that share a word with a focus document's quote
//     (mayQuote);
//   - the content words of the sentences that hold a kept claim or share
//     with the focus documents enough words to be aligned as statements
//     (statements leaves out any other sentence before looking at it);
//   - its text and sentences, and the attributions of the sentences that
//     can join a focus sentence's statement (mayState), with the words
//     each attribution covers (StatementWords.Inside): statement alignment
//     reads them of a cluster's members alone. With one focus document,
//     the sentences it would align that cannot are left out, and counted
//     (leaveOut); with more, or KeepSentences, every sentence whose words
//     are kept keeps its attribution.
//
// A baseline document with none of these is kept as its metadata alone:
// its outlet still counts among those missing a fact. Compare of the focus
// documents with trimmed baseline results reports exactly what it reports
// with the whole results (TestFocusTrimSame).
type Focus struct {
	r    *rules.Rules
	keys map[string]bool // identities of the focus documents' typed claims
	// kinds holds the kind each of keys begins with (identityKind), so
	// that a baseline claim of another kind is turned away before its
	// identity is made (mayShareKey)
	kinds map[string]bool
	// figures are the distinctive values of the focus documents' typed
	// claims: a baseline claim stating one anchors its sentence to a focus
	// sentence as a statement (addFigures), whatever its identity
	figures map[float64]bool
	vocab   map[string]bool // content words of the focus documents' sentences
	quoted  map[string]bool // words of the focus documents' quotes
	// stated holds, per word of a focus sentence's statement words that is
	// neither a figure nor a closed-class word, the numbers of the focus
	// sentences (of statements counts) that hold it; bare are the
	// statement words of the focus sentences with fewer than
	// minSharedWords such words.
	stated     map[string][]int
	statements int
	bare       [][]string
	// summaryOf holds, per side of an unnamed source's summary (see
	// summaryKey), the words a summary's key may be of the focus sentences
	// on that side: summaryOf[summaryUnnamed] those of the sentences an
	// unnamed source is said to state, summaryOf[summaryNamed] those of
	// the sentences a person named in full is.
	summaryOf [2]map[string]bool
	// passages indexes the focus documents' quoted passages as stated
	// indexes their sentences (for mayMatchQuote), with every word of them
	// in passageWords.
	passages     map[string][]int
	nPassages    int
	barePassages [][]string
	passageWords map[string]bool
	// said holds every statement word of the focus sentences; lo counts
	// the sentences Trim leaves out (nil: it leaves none out, as with more
	// than one focus document: see leaveOut).
	said map[string]bool
	lo   *leftOut
	// items are the items of the results trimmed, made as each is
	// trimmed, for the comparison to take (nil: none are made).
	items *preparedItems
}

// NewFocus prepares trimming baseline results for a comparison focused on
// docs (each compared on its own, or together: the union is kept).
func NewFocus(docs []*claims.Result, r *rules.Rules) *Focus {
	f := &Focus{r: r, keys: map[string]bool{}, kinds: map[string]bool{}, vocab: map[string]bool{}, quoted: map[string]bool{}, said: map[string]bool{},
		passages: map[string][]int{}, passageWords: map[string]bool{}, items: newPreparedItems(r)}
	if len(docs) == 1 { // what is left out is counted for one focus document's vocabulary
		f.lo = newLeftOut()
	}
	for _, res := range docs {
		for ci := range res.Claims {
			c := &res.Claims[ci]
			if key, ok := f.key(c); ok {
				f.keys[key] = true
				f.kinds[identityKind(key)] = true
			}
			if c.Kind != claims.KindQuote && distinctiveValue(c.Value) {
				if f.figures == nil {
					f.figures = map[float64]bool{}
				}
				f.figures[c.Value.Number] = true
			}
			if c.Kind == claims.KindQuote {
				for _, w := range quoteWords(c.Text) {
					f.quoted[w] = true
				}
				f.addPassages(res.Text.Src, c)
			}
		}
		for si := range res.Text.Sentences {
			for _, w := range sentenceWordsOf(res, si, r) {
				f.vocab[w] = true
			}
		}
		f.addStatements(res)
	}
	return f
}

// addStatements indexes the statement words of a focus document's
// sentences that statement alignment may align (minStatementWords content
// words or more), as mayState reads them.
func (f *Focus) addStatements(res *claims.Result) {
	if f.stated == nil {
		f.stated = map[string][]int{}
	}
	cmp := &comparer{results: []*claims.Result{res}, r: f.r, words: make([][]wordSet, 1)}
	for si := range res.Text.Sentences {
		if len(sentenceWordsOf(res, si, f.r)) < minStatementWords {
			continue
		}
		all, _ := cmp.statementWords(0, si)
		sa := res.SentenceAttribution(si)
		side, summed := summarySide(&sa)
		plain := 0
		for _, w := range all {
			f.said[w] = true
			if !figure(w) && !functionWord(w) {
				f.stated[w] = append(f.stated[w], f.statements)
				plain++
			}
			if summed && summaryWord(w) {
				if f.summaryOf[side] == nil {
					f.summaryOf[side] = map[string]bool{}
				}
				f.summaryOf[side][w] = true
			}
		}
		if plain < minCoreWords {
			f.bare = append(f.bare, all)
		}
		f.statements++
	}
}

// addPassages indexes the passages of a focus document's quote claim c
// (src is the document's text), as mayMatchQuote reads them.
func (f *Focus) addPassages(src string, c *claims.Claim) {
	for _, p := range passages(src, c) {
		ws := quoteWords(p)
		plain := 0
		for _, w := range setOf(ws) {
			f.passageWords[w] = true
			if !functionWord(w) {
				f.passages[w] = append(f.passages[w], f.nPassages)
				plain++
			}
		}
		if plain < minQuoteShared {
			f.barePassages = append(f.barePassages, ws)
		}
		f.nPassages++
	}
}

// mayMatchQuote reports whether a baseline quoted passage whose words are
// ws may be one passage with a focus document's: it shares with one
// minQuoteShared words that are not closed-class words (as a match needs,
// quoteItems.match), or it has one's very words (its copies cluster by
// key). A quote claim with no such passage can never join a cluster that
// holds a focus passage. The passage is made a set only when enough of
// its words are in a focus passage at all: most of a baseline's are not.
func (f *Focus) mayMatchQuote(ws []string) bool {
	in := 0
	for _, w := range ws {
		if len(f.passages[w]) > 0 {
			in++
		}
	}
	if in >= minQuoteShared && sharesWithOne(setOf(ws), f.passages, f.nPassages, minQuoteShared) {
		return true
	}
	for _, b := range f.barePassages {
		if slices.Equal(b, ws) {
			return true
		}
	}
	return false
}

// leaveOutQuotes leaves out of res, a trimmed result, the quote claims
// none of whose passages may match a focus passage (mayMatchQuote),
// counting the passages quote alignment would align (f.lo); it returns
// res with the claims it keeps.
func (f *Focus) leaveOutQuotes(res *claims.Result) *claims.Result {
	if len(res.Passages) != len(res.Claims) {
		res.Passages = nil // not one a claim: worked out again (passagesOf)
	}
	defer func() { res.Passages = nil }() // read here alone
	if f.lo == nil {
		return res
	}
	var left []quotedLeft
	var keep []bool // per claim, once one is left out
	kept := 0
	for ci := range res.Claims {
		c := &res.Claims[ci]
		ok := c.Kind != claims.KindQuote
		var qs []quotedLeft
		if !ok {
			for _, ws := range passagesOf(res, ci) {
				ok = f.mayMatchQuote(ws)
				qs = append(qs, quotedLeft{speaker: c.Attribution.Speaker, words: ws})
				if ok {
					break
				}
			}
		}
		if !ok {
			if keep == nil {
				keep = make([]bool, len(res.Claims))
				for k := range ci {
					keep[k] = true
				}
			}
			left = append(left, qs...)
			continue
		}
		if keep != nil {
			keep[ci] = true
		}
		kept++
	}
	if keep == nil {
		return res
	}
	f.lo.addQuoted(left, func(w string) bool { return f.passageWords[w] })
	cs := make([]claims.Claim, 0, kept) // of their number: most are left out of a baseline result
	for ci, k := range keep {
		if k {
			cs = append(cs, res.Claims[ci])
		}
	}
	res.Claims = cs
	return res
}

// mayState reports whether a baseline sentence whose statement words are
// all, attributed as a, may be aligned with a focus sentence as one
// statement: it shares with one of them minCoreWords words that are
// neither figures nor closed-class words (what a match needs, by their
// weights, stmtMatch.same, or by their core clauses, sameCore); it may
// be an unnamed source's summary of what a person named in full says in
// a focus sentence, or the person's words an unnamed source sums up there
// (a word a summary's key may be, on the other side: summaryKey); or it
// says exactly what one says (their copies cluster by key). Only such a
// sentence, or one with a claim Trim keeps (whose figure may anchor a
// match), can join a cluster that holds a focus sentence, and statement
// alignment reads a sentence's attribution, and the words it covers, of
// a cluster's members alone.
func (f *Focus) mayState(all []string, a *claims.Attribution) bool {
	if sharesWithOne(all, f.stated, f.statements, minCoreWords) {
		return true
	}
	if side, ok := summarySide(a); ok {
		other := f.summaryOf[1-side]
		for _, w := range all {
			if other[w] {
				return true
			}
		}
	}
	for _, b := range f.bare {
		if slices.Equal(b, all) {
			return true
		}
	}
	return false
}

// sharesWithOne reports whether words holds need words of one of the n
// items that index lists, by word, the numbers of (each word of words
// counted once: words is a set). The counts are kept on the stack for up
// to 512 items; a count stops at need.
func sharesWithOne(words []string, index map[string][]int, n, need int) bool {
	var buf [512]uint8
	var shared []uint8
	if n <= len(buf) {
		shared = buf[:n]
	} else {
		shared = make([]uint8, n)
	}
	for _, w := range words {
		for _, k := range index[w] {
			if shared[k]++; int(shared[k]) >= need {
				return true
			}
		}
	}
	return false
}

// key is the identity a typed claim is aligned by, or false for a claim
// alignment leaves out (a quote, a derived figure, an incomplete identity).
func (f *Focus) key(c *claims.Claim) (string, bool) {
	if c.Kind == claims.KindQuote || derived(c, f.r) {
		return "", false
	}
	m := measureOf(f.r, c)
	return identity(c, comparedKind(f.r, c, m), m, f.r.Places)
}

// Trim returns what a focused comparison reads of res, a baseline result
// (res itself is not changed). The result has Words and needs no tokens.
// Trim of a result decoded through DecodeFilter, and the filter's Finish
// of it, give what Trim of the whole result gives.
func (f *Focus) Trim(res *claims.Result) *claims.Result {
	keep := make([]bool, len(res.Claims))
	kept := 0
	choose := trimFilter{f: f} // the choice a filtered decoding makes, made here on the whole
	for ci := range res.Claims {
		if keep[ci] = choose.Claim(&res.Claims[ci]); keep[ci] {
			kept++
		}
	}
	cs, ps := res.Claims, res.Passages // all kept: shared, not copied
	if len(ps) != len(cs) {
		ps = nil
	}
	if kept < len(res.Claims) {
		cs = make([]claims.Claim, 0, kept)
		var kps [][][]string
		if ps != nil {
			kps = make([][][]string, 0, kept)
		}
		for ci := range res.Claims {
			if keep[ci] {
				cs = append(cs, res.Claims[ci])
				if ps != nil {
					kps = append(kps, ps[ci])
				}
			}
		}
		ps = kps
	}
	n := len(res.Text.Sentences)
	words := make([][]string, n)
	var stmts []claims.StatementWords // of the kept sentences, when res has them
	if res.Statements != nil {
		stmts = make([]claims.StatementWords, n)
	}
	sourced := make([]bool, n) // the sentences whose attributions are kept
	sentences, unsourced := 0, 0
	for si := range n {
		w := sentenceWordsOf(res, si, f.r)
		if !choose.Words(si, w) {
			continue
		}
		words[si], sourced[si] = w, true
		sentences++
		if stmts == nil || len(w) == 0 {
			continue
		}
		st := res.Statements[si]         // as a filtered decoding keeps them
		a := res.SentenceAttribution(si) // none, in a result trimmed before that kept none of it
		if sourced[si] = choose.Source(si, st.All, &a); !sourced[si] {
			st.Inside = nil
			unsourced++
		}
		stmts[si] = st
	}
	if kept == 0 && sentences == 0 {
		return Metadata(res.Doc)
	}
	t := trimmed(res, cs, words, stmts, res.KeepAttributions(sourced))
	t.Passages = ps
	if f.leaveOut(t, choose.unstated) == 0 && sentences == n && unsourced == 0 && res.Words != nil {
		t.Words, t.Statements = res.Words, res.Statements
	}
	t = f.leaveOutQuotes(t)
	f.items.add(t)
	return t
}

// KeepSentences is f trimming as it does but leaving no sentence out
// (leaveOut): for a comparison Compare found wrong with them left out
// (ErrLeftOut).
func (f *Focus) KeepSentences() *Focus {
	g := *f
	g.lo, g.items = nil, nil // it makes no items: the comparison after ErrLeftOut makes its own
	return &g
}

// takeItems are the items made of res as f trimmed it, as those of
// document di (preparedItems.take); false when none were.
func (f *Focus) takeItems(res *claims.Result, di int) ([]*item, bool) {
	if f == nil {
		return nil, false
	}
	return f.items.take(res, di)
}

// leftOuts is what f left out of the results it trimmed; nil for none.
func (f *Focus) leftOuts() *leftOut {
	if f == nil {
		return nil
	}
	return f.lo
}

// leaveOut leaves out of res, a trimmed result with statement words, the
// sentences whose words Trim keeps but whose attributions it does not
// (unstated: they hold no claim it keeps and can never join a cluster of
// a focus sentence, see mayState): their words are dropped (most of what
// a large baseline holds), and those statement alignment would align
// (alignsSentence) are counted (f.lo). It returns how many it drops.
func (f *Focus) leaveOut(res *claims.Result, unstated marks) int {
	if f.lo == nil || res.Statements == nil || unstated.none() {
		return 0
	}
	cmp := &comparer{results: []*claims.Result{res}, r: f.r}
	var left [][]string
	dropped := 0
	for si, ws := range res.Words {
		if ws == nil || !unstated.has(si) {
			continue
		}
		// words kept, attribution not: statement alignment must not see
		// the sentence, and counts it if it would align it
		all := res.Statements[si].All
		if cmp.alignsSentence(0, si, len(ws), len(all)) {
			left = append(left, all)
		}
		res.Words[si], res.Statements[si] = nil, claims.StatementWords{}
		dropped++
	}
	if len(left) > 0 {
		// the sentences kept are those with words left
		f.lo.add(res, left, func(w string) bool { return f.said[w] }, keptUses(res))
	}
	return dropped
}

// keptUses returns whether a sentence of res, a trimmed result, whose
// words are kept has the statement word w: a baseline result keeps few
// such sentences, gathered at the first call, each with its statement
// words sorted, so each is searched.
func keptUses(res *claims.Result) func(w string) bool {
	var kept [][]string
	gathered := false
	return func(w string) bool {
		if !gathered {
			gathered = true
			for si, ws := range res.Words {
				if ws != nil && si < len(res.Statements) && len(res.Statements[si].All) > 0 {
					kept = append(kept, res.Statements[si].All)
				}
			}
		}
		for _, all := range kept {
			if _, ok := slices.BinarySearch(all, w); ok {
				return true
			}
		}
		return false
	}
}

// trimmed is res with only the claims cs, the sentences' words words,
// statement words stmts and sentence attributions attrs, and none of what
// comparison does not read.
func trimmed(res *claims.Result, cs []claims.Claim, words [][]string, stmts []claims.StatementWords, attrs *claims.KeptAttributions) *claims.Result {
	t := *res.Text
	t.Tokens, t.Paragraphs = nil, nil // comparison reads neither
	return &claims.Result{Doc: res.Doc, Text: &t, Claims: cs, Words: words, Statements: stmts,
		KeptAttributions: attrs}
}

// claimKept reports whether Trim keeps claim c of a baseline result, and
// whether the words of its sentence are kept with it: a typed claim whose
// identity a focus document's claims share (and its sentence), or a quote
// that may cluster with a focus quote.
func (f *Focus) claimKept(c *claims.Claim) (keep, sentence bool) {
	if c.Kind == claims.KindQuote {
		return f.mayQuote(c), false
	}
	if f.mayShareKey(c) {
		if key, ok := f.key(c); ok && f.keys[key] {
			return true, true
		}
	}
	if distinctiveValue(c.Value) && f.figures[c.Value.Number] {
		return true, true // its figure may anchor its sentence to a focus one
	}
	return false, false
}

// mayShareKey reports whether typed claim c may have the identity of a
// focus document's claim, asked before its identity is made (most of a
// baseline's claims are of kinds the focus documents do not state): a
// claim that takes no measure (takesMeasure) is identified by its kind
// first (identity), which must then begin a focus identity.
func (f *Focus) mayShareKey(c *claims.Claim) bool {
	if takesMeasure(f.r, c.Kind) {
		return true
	}
	return f.kinds[identityKind(c.Kind)]
}

// wordsKept reports whether Trim keeps a sentence's words: it holds a
// kept claim, or shares with the focus documents enough words to be
// aligned as a statement (statements leaves out any other).
func (f *Focus) wordsKept(words []string, claimSentence bool) bool {
	return claimSentence || sharesWords(words, f.vocab, minStatementWords/2)
}

// DecodeFilter returns a filter that decodes a cached baseline result as
// Trim keeps it, so what Trim drops is never built (claims.Trimmer).
func (f *Focus) DecodeFilter() claims.DecodeFilter { return &trimFilter{f: f} }

// trimFilter is Trim's choice made while one result is decoded: the
// claims come first, and mark the sentences whose words go with them.
type trimFilter struct {
	f         *Focus
	claimSent marks
	// unstated marks the sentences Source found to share too little with
	// the focus sentences to state what one states (not mayState).
	unstated marks
}

func (t *trimFilter) Claim(c *claims.Claim) bool {
	keep, sent := t.f.claimKept(c)
	if sent {
		t.claimSent.set(c.SentenceIndex())
	}
	return keep
}

func (t *trimFilter) Words(sentence int, words []string) bool {
	return t.f.wordsKept(words, t.claimSent.has(sentence))
}

func (t *trimFilter) Source(sentence int, all []string, a *claims.Attribution) bool {
	if t.claimSent.has(sentence) || t.f.lo == nil {
		return true // without counting what is left out, no copy of one aligned would be noticed (ErrLeftOut)
	}
	may := t.f.mayState(all, a)
	if !may {
		t.unstated.set(sentence)
	}
	if side, ok := summarySide(a); ok && side == summaryNamed {
		// an attribution naming a person in full is kept, its sentence
		// left out or not: the role an unnamed-vs-named gap gives the
		// person is read from it, in any sentence (speakerRole)
		return true
	}
	return may
}

// Finish is Trim of a result decoded through t, without choosing again:
// every claim decoded is kept, and so is every sentence's words decoded
// but those Trim leaves out (leaveOut). Only a result with neither (a kept
// claim keeps its sentence) is kept as its metadata.
func (t *trimFilter) Finish(res *claims.Result) *claims.Result {
	kept := len(res.Claims) > 0
	for si := range res.Words {
		kept = kept || res.Words[si] != nil
	}
	if !kept {
		return Metadata(res.Doc)
	}
	out := trimmed(res, res.Claims, res.Words, res.Statements, res.KeptAttributions)
	out.Passages = res.Passages
	t.f.leaveOut(out, t.unstated)
	out = t.f.leaveOutQuotes(out)
	t.f.items.add(out)
	return out
}

// mayQuote reports whether a baseline quote shares a word with a focus
// document's quote. One that shares none can never cluster with one
// (quotes match on shared words), nor count in the postings of a focus
// quote's words, which are all quote clustering looks up: leaving it out
// changes nothing reported.
//
// An ASCII quote (most) is read word by word in place, folded into a
// small buffer for the look-up, not split into new strings: a baseline
// has tens of thousands of quotes, and most share no word.
func (f *Focus) mayQuote(c *claims.Claim) bool {
	if !isASCII(c.Text) {
		for _, w := range quoteWords(c.Text) {
			if f.quoted[w] {
				return true
			}
		}
		return false
	}
	var buf [64]byte
	found := false
	asciiQuoteSpans(c.Text, func(i, j int) bool {
		b := buf[:0]
		for k := i; k < j; k++ {
			b = append(b, foldQuoteByte(c.Text[k]))
		}
		found = f.quoted[string(b)]
		return !found
	})
	return found
}

// sentenceWordsOf is a sentence's content words as comparison reads them:
// the result's Words, else computed from its tokens.
func sentenceWordsOf(res *claims.Result, si int, r *rules.Rules) []string {
	if res.Words != nil {
		return res.Words[si]
	}
	s := res.Text.Sentences[si]
	return claims.ContentWords(res.Text, s.First, s.Last, r)
}

// Metadata is a document as Trim keeps one that nothing concerns: its
// name, outlet, title and dates, without its text.
func Metadata(doc *ingest.Document) *claims.Result {
	d := *doc
	d.Text = ""
	return &claims.Result{Doc: &d, Text: &segment.Text{}, Words: [][]string{}}
}

// focusKeys lists the identities of the focus documents' typed claims. A
// fact joins only groups of its own identity, and how a group forms
// depends only on the claims of that identity (addDoc folds and place
// chooses among groups of one key), so with a focus only these identities
// can make a group that involves a focus document: claims of any other
// identity are left out of alignment without changing a reported finding.
// Against a large baseline this skips most of the alignment work.
func (cmp *comparer) focusKeys() map[string]bool {
	keys := map[string]bool{}
	f := &Focus{r: cmp.r} // one reading of a claim's key, Trim's too
	for di, res := range cmp.results {
		if !cmp.focus[di] {
			continue
		}
		for ci := range res.Claims {
			if key, ok := f.key(&res.Claims[ci]); ok {
				keys[key] = true
			}
		}
	}
	return keys
}
