package compare

import (
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/output"
	"github.com/claimdiff/claimdiff/internal/sortedset"
)

// minStatementWords is the fewest content words a sentence needs to be
// aligned as a statement; shorter ones match by accident.
const minStatementWords = 4

// KindStatement is the kind of the claims compare makes of sentences
// aligned by their words.
const KindStatement = "statement"

// focusFunc is the focus test clustering takes: nil when every document is
// in focus.
func (cmp *comparer) focusFunc() func(doc int) bool {
	if cmp.focus == nil {
		return nil
	}
	return cmp.inFocus
}

// statements aligns sentences across documents by content-word overlap and
// reports attribution gaps between them: the same statement attributed in
// one outlet and bare (or attributed to someone else, or hedged) in another.
// Sentences already compared through typed claims are left out.
//
// Sentences with the same content words are one item; the rest cluster by
// content-word overlap (cluster.go).
func (cmp *comparer) statements(grouped map[[2]int]bool) []Finding {
	st := cmp.statementItems(grouped)
	cl := cmp.clusterStatements(st)
	// one finding per cluster that spans documents with a gap
	var out []Finding
	for _, r := range cl.roots {
		cmp.noneLeftOut(cl.members[r], st.sets)
		if f, ok := cmp.statementGap(st, cl, r); ok {
			out = append(out, f)
		}
	}
	return out
}

// stmtItems are the sentences statements aligns: for each, where it
// stands, its statement words and the words its attribution covers (nil
// for all of them).
type stmtItems struct {
	refs         []ref
	sets, inside []wordSet
	// figures are, per sentence, the distinctive figures its claims state
	// (at least distinctiveFigure), sorted.
	figures [][]float64
}

// statementItems gathers the sentences worth aligning as statements: not
// already grouped through typed claims, not a headline, with enough content
// words, and, with a focus, sharing a few words with a focus sentence.
func (cmp *comparer) statementItems(grouped map[[2]int]bool) stmtItems {
	var st stmtItems
	vocab := cmp.focusVocab()
	for di, res := range cmp.results {
		n := len(st.refs)
		for si := range res.Text.Sentences {
			if grouped[[2]int{di, si}] {
				continue
			}
			if vocab != nil && !cmp.focus[di] && !sharesWords(cmp.sentenceWords(di, si), vocab, minStatementWords/2) {
				continue
			}
			w, in, ok := cmp.statementItem(di, si)
			if !ok {
				continue
			}
			st.refs = append(st.refs, ref{di, si})
			st.sets = append(st.sets, w)
			st.inside = append(st.inside, in)
		}
		st.addFigures(res, len(st.refs)-n)
	}
	return st
}

// statementItem is sentence si of document di as statements aligns it
// (its statement words and the words its attribution covers), or false
// when it aligns no such sentence (alignsSentence).
func (cmp *comparer) statementItem(di, si int) (w, in wordSet, ok bool) {
	if !cmp.alignsSentence(di, si, len(cmp.sentenceWords(di, si)), minSharedWords) {
		return nil, nil, false // its statement words are counted below, once made
	}
	w, in = cmp.statementWords(di, si)
	return w, in, len(w) >= minSharedWords
}

// alignsSentence reports whether statement alignment takes sentence si
// of document di, with nwords content words and nstated statement words:
// not a headline (headlines drop attribution by convention: a bare one
// is no evidence), nor one with too few words. Focus.leaveOut asks it of
// the sentences it may leave out, so both decide alike.
func (cmp *comparer) alignsSentence(di, si, nwords, nstated int) bool {
	return nwords >= minStatementWords && nstated >= minSharedWords && !cmp.headlineSentence(di, si)
}

// addFigures gives the last n sentences gathered, all of result res, the
// distinctive figures of the claims res states in them ("hundreds of
// thousands" names no fact).
func (st *stmtItems) addFigures(res *claims.Result, n int) {
	from := len(st.refs) - n
	st.figures = append(st.figures, make([][]float64, n)...)
	var at map[int]int // sentence -> item, once a claim states a distinctive figure
	for ci := range res.Claims {
		c := &res.Claims[ci]
		if n == 0 || c.Kind == claims.KindQuote || !distinctiveValue(c.Value) {
			continue
		}
		if at == nil {
			at = make(map[int]int, n)
			for i := from; i < len(st.refs); i++ {
				at[st.refs[i].sent] = i
			}
		}
		i, ok := at[c.SentenceIndex()]
		if !ok {
			continue
		}
		if !slices.Contains(st.figures[i], c.Value.Number) {
			st.figures[i] = append(st.figures[i], c.Value.Number)
			slices.Sort(st.figures[i])
		}
	}
}

// focusVocab is the content words of the focus documents' sentences, nil
// without a focus. A sentence elsewhere is worth normalising only if it
// shares a few of them: a cheap scan of its tokens.
func (cmp *comparer) focusVocab() map[string]bool {
	if cmp.focus == nil {
		return nil
	}
	vocab := map[string]bool{}
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
	return vocab
}

// clusterStatements clusters the sentences that state the same thing:
// enough rare content words in common (weights.match), a shared word
// that is not a name (sharePredicate), in neither sentence all of them in
// its adverbial clauses (adjunctOnly), and not two stages of the story
// (twoStages).
func (cmp *comparer) clusterStatements(st stmtItems) *clustered {
	refs, sets := st.refs, st.sets
	docs := make([]int, len(refs))
	for i, rf := range refs {
		docs[i] = rf.doc
	}
	w := newWeights(sets, docs, cmp.leftOut.weigher(sets, docs, func(d int) *claims.Result { return cmp.results[d] }))
	mass := make([]float64, len(sets)) // each sentence's weight, once
	for i, set := range sets {
		mass[i] = w.of(set)
	}
	n := len(refs)
	stageAt := memo(n, func(i int) int { return sentenceStage(cmp.stages(), cmp.statedPart(refs[i])).n })
	adjAt := memo(n, func(i int) []string { return adjunctWords(cmp.sentenceText(refs[i])) })
	adjunctOnlyAt := func(i int, shared []string) bool { return adjunctOnly(cmp.sentenceText(refs[i]), adjAt(i), shared) }
	sa := stmtAligner{cmp: cmp, st: st, coreAt: memo(n, func(i int) core { return cmp.coreOf(refs[i], sets[i]) }),
		once: func(x string) bool { return w.perDoc[x] == 1 }}
	return cluster(clusterItems{key: func(i int) []string { return sets[i] }, docs: docs,
		words: func(i int) wordSet { return sets[i] }, pinned: anchorFigure,
		match: func(a, b int) (bool, float64, string) {
			m := w.match(sets[a], sets[b], min(mass[a], mass[b]))
			shared, why := sa.how(a, b, m)
			if why == "" || !cmp.sharePredicate(refs[a], refs[b], shared) ||
				(adjunctOnlyAt(a, shared) || adjunctOnlyAt(b, shared)) || twoStages(stageAt(a), stageAt(b)) {
				return false, m.share, ""
			}
			return true, m.share, why
		}, more: cmp.leftOut.statementPostings()}, cmp.focusFunc())
}

// stmtAligner reads how two statement items (st) may align, past their
// words' weights: each sentence's core clause (coreAt, once asked for) and
// the words no document uses in more than one of them (once).
type stmtAligner struct {
	cmp    *comparer
	st     stmtItems
	coreAt func(int) core
	once   func(string) bool
}

// how says how items a and b align, their words matched as m: the words
// they share as the alignment reads them and why it aligns them ("" when
// it does not): not when their core clauses say two things (cores), else
// by their words' weights, by a distinctive figure and a shared word, by
// their core clauses, or as an unnamed source's summary of a named
// person's words.
func (sa stmtAligner) how(a, b int, m stmtMatch) ([]string, string) {
	refs, sets := sa.st.refs, sa.st.sets
	verdict := coresSilent
	if m.plain >= minCoreWords {
		verdict = sa.cmp.cores(refs[a], refs[b], sa.coreAt(a), sa.coreAt(b))
	}
	switch {
	case verdict == coresDiffer:
		return nil, "" // however many words they share: "The bar owner's brother was shot in the leg"
	case m.same():
		return m.shared, m.why()
	case m.plain > 0 && sharesFigure(sa.st.figures[a], sa.st.figures[b]):
		return m.shared, m.whyAnchored()
	case verdict == coresSame:
		short := a
		if len(sa.coreAt(b).words) < len(sa.coreAt(a).words) {
			short = b // the shorter core's words, as its sentence writes them
		}
		return m.shared, coreWhy(sa.coreAt(short).words, sa.cmp.sentenceText(refs[short]))
	}
	swap, ok := sa.cmp.summaryPair(refs[a], refs[b])
	if !ok {
		return nil, ""
	}
	un, named := a, b
	if swap {
		un, named = b, a
	}
	key := sa.cmp.summaryKey(refs[un], refs[named], sa.coreAt(un).words, sets[a], sets[b], sa.once)
	if key == "" {
		return nil, ""
	}
	return []string{key}, fmt.Sprintf("an unnamed source's short statement and a named person's share %q, a word neither document writes in another sentence", lowerWord(key, textWords(sa.cmp.sentenceText(refs[a]))))
}

// noneLeftOut marks the comparison wrong (leftOutAligned) when a member
// of a focus cluster (statement words sets) says what a sentence left out
// of a trimmed result says: that one would have joined the cluster.
func (cmp *comparer) noneLeftOut(members []int, sets []wordSet) {
	for _, i := range members {
		if cmp.leftOut != nil && cmp.leftOut.has(sets[i]) {
			cmp.leftOutAligned = true
		}
	}
}

// statedPart is the part of a sentence its attribution covers (all of a
// bare one): "jurors said Ortiz was not guilty of that count" of
// "Prosecutors had charged Ortiz with murder, but jurors said ...".
func (cmp *comparer) statedPart(rf ref) string {
	res := cmp.results[rf.doc]
	s := res.Text.Sentences[rf.sent]
	lo, hi := attributedPart(res.Text.Src, s.Start, s.End, res.SentenceAttribution(rf.sent))
	return res.Text.Src[lo:hi]
}

// twoStages reports two sentences that name different stages of the
// story (rules compare.stages): "charged with three counts of attempted
// murder" and "the jury said he was not guilty of three counts of
// attempted murder" are two statements.
func twoStages(a, b int) bool { return a != 0 && b != 0 && a != b }

// statementGap is the attribution-gap finding of cluster r, if its
// documents attribute the statement differently: one sentence per
// document, a bare one where the document has one (it states the fact as
// its own somewhere); claims are built only for clusters with a gap.
func (cmp *comparer) statementGap(st stmtItems, cl *clustered, r int) (Finding, bool) {
	members, attrs := cmp.statementMembers(st, cl.members[r])
	items, iattrs := statementSides(members, st.refs, attrs)
	picks, pattrs := directSides(cl, st.refs, items, iattrs)
	if len(picks) < 2 {
		return Finding{}, false
	}
	later := statementSourcedLater(members, st.refs, attrs)
	gs := make([]gapSide, len(picks))
	for k, p := range picks {
		gs[k] = gapSide{a: pattrs[k], source: cmp.results[p.doc].Doc.Source, sentence: cmp.sentenceText(p), docWords: cmp.documentWords(p.doc),
			sourcedLater: pattrs[k].Form == claims.FormNone && later[p.doc], carried: pattrs[k].Form == claims.FormNone && cmp.carried(p.doc, p.sent)}
	}
	gap := cmp.gapKind(gs)
	if gap == "" || gap == GapDifferentSpeakers && allDirect(gs) {
		return Finding{}, false
	}
	picks = uncarried(gs, picks)
	gs = uncarried(gs, gs)
	kept := cmp.limitSides(picks, gs)
	picks, gs = pick(picks, kept), pick(gs, kept)
	cs := make([]claims.Claim, len(picks))
	for k, p := range picks {
		cs[k] = cmp.statementClaim(p.doc, p.sent, gs[k].a)
	}
	sides := claimSides(cs)
	cmp.giveRoles(sides, gap, func(k int) int { return picks[k].doc })
	cmp.markOwnReporters(sides, gs)
	why := "the same content words, the attribution aside"
	sim := 1.0
	if m, ok := cl.minSim[r]; ok {
		sim = m
		why = cl.why[r]
	}
	return Finding{Type: AttributionGap, Kind: KindStatement,
		Summary: fmt.Sprintf("%q: %s", shorten(cs[0].Text, 80), describeGap(sides, gap)),
		Why:     why, Claims: cs, Detail: Detail{Gap: gap, Attributions: sides, Similarity: round3(sim)}}, true
}

// statementMembers are the members of a cluster that state its
// statement, with their attributions as far as it goes (coverage): not an
// attributed sentence that only mentions what the bare ones state, in its
// background ("Police think several suspects took part in the attack on
// a girl who was walking home from church" does not credit the police
// with the girl's trip home).
func (cmp *comparer) statementMembers(st stmtItems, members []int) ([]int, []claims.Attribution) {
	dw := docsWith(members, st.refs, st.sets)
	attrs := make([]claims.Attribution, len(members))
	bare := map[string]map[int]bool{} // word -> the documents whose bare members use it
	for k, i := range members {
		attrs[k] = cmp.coverage(i, st.refs, st.sets, st.inside, dw)
		if attrs[k].Form != claims.FormNone {
			continue
		}
		for _, w := range st.sets[i] {
			if bare[w] == nil {
				bare[w] = map[int]bool{}
			}
			bare[w][st.refs[i].doc] = true
		}
	}
	var kept []int
	var kattrs []claims.Attribution
	for k, i := range members {
		if attrs[k].Form != claims.FormNone && len(bare) > 0 {
			shared := sharedWithOthers(st.sets[i], st.refs[i].doc, bare)
			if statedInBackground(cmp.statedPart(st.refs[i]), shared) {
				continue
			}
			if st.inside[i] != nil && !mostlyInside(shared, st.inside[i]) {
				// "Mr. Fox fired back with a Twitter post, reminding Mr.
				// Trump that ...": what it shares with the bare sentences
				// ("fired back on Twitter") is the outlet's own
				attrs[k] = claims.Attribution{SpeakerType: claims.SpeakerNone, Form: claims.FormNone}
			}
		}
		kept, kattrs = append(kept, i), append(kattrs, attrs[k])
	}
	return kept, kattrs
}

// sharedWithOthers are the content words of set (a sentence of document
// doc) that another document's sentences in docs use, figures and
// closed-class words aside.
func sharedWithOthers(set wordSet, doc int, docs map[string]map[int]bool) []string {
	var out []string
	for _, w := range set {
		if figure(w) || functionWord(w) {
			continue
		}
		if n := len(docs[w]); n > 1 || n == 1 && !docs[w][doc] {
			out = append(out, w)
		}
	}
	return out
}

// coverage is how member i of a cluster is attributed as far as the
// cluster's statement goes: its sentence's attribution when the words it
// shares with the other documents' sentences stand mostly in the part the
// attribution covers, else none ("Pell did not take the stand, but his
// lawyer told the court ..." states the first clause bare). docsWith
// counts, per word, the documents of the cluster that use it.
func (cmp *comparer) coverage(i int, refs []ref, sets, inside []wordSet, docsWith map[string]int) claims.Attribution {
	rf := refs[i]
	a := cmp.results[rf.doc].SentenceAttribution(rf.sent)
	if inside[i] == nil {
		return a
	}
	if !mostlyInside(sharedWords(sets[i], docsWith), inside[i]) {
		return claims.Attribution{SpeakerType: claims.SpeakerNone, Form: claims.FormNone}
	}
	return a
}

// mostlyInside reports whether at least half of words stand in inside,
// the words an attribution covers (sorted).
func mostlyInside(words []string, inside wordSet) bool {
	in := 0
	for _, w := range words {
		if _, ok := slices.BinarySearch(inside, w); ok {
			in++
		}
	}
	return 2*in >= len(words)
}

// sharedWords are the content words of set that other documents of a
// cluster use too (docsWith), figures and closed-class words aside.
func sharedWords(set wordSet, docsWith map[string]int) []string {
	var out []string
	for _, w := range set {
		if !figure(w) && !functionWord(w) && docsWith[w] >= 2 {
			out = append(out, w)
		}
	}
	return out
}

// docsWith counts, per word of a cluster's members, the documents that
// use it.
func docsWith(members []int, refs []ref, sets []wordSet) map[string]int {
	type wordDoc struct {
		w string
		d int
	}
	seen := map[wordDoc]bool{}
	n := map[string]int{}
	for _, i := range members {
		for _, w := range sets[i] {
			if k := (wordDoc{w, refs[i].doc}); !seen[k] {
				seen[k] = true
				n[w]++
			}
		}
	}
	return n
}

// statementSides picks one sentence per document from a cluster's members,
// with its attribution: the document's first, as docAttributions takes a
// document's first mention of a fact.
func statementSides(members []int, refs []ref, attrs []claims.Attribution) ([]int, []claims.Attribution) {
	var picks []int
	var pattrs []claims.Attribution
	at := map[int]int{} // document -> index in picks
	for k, i := range members {
		rf := refs[i]
		p, seen := at[rf.doc]
		if !seen {
			at[rf.doc] = len(picks)
			picks = append(picks, i)
			pattrs = append(pattrs, attrs[k])
			continue
		}
		if rf.sent < refs[picks[p]].sent {
			picks[p], pattrs[p] = i, attrs[k]
		}
	}
	return picks, pattrs
}

// statementSourcedLater marks the documents with a member of the cluster
// that names a source (attrs, as far as the statement goes): a document
// that states the statement bare first and then quotes or cites someone
// for it ("Pizarro was targeted for filing a police report", then his
// sister: "He filed a police report right there") is no evidence that
// the outlet states it as its own, as for a typed fact (sourcedLater).
func statementSourcedLater(members []int, refs []ref, attrs []claims.Attribution) map[int]bool {
	out := map[int]bool{}
	for k, i := range members {
		if attrs[k].Form != claims.FormNone && attrs[k].Speaker != "" {
			out[refs[i].doc] = true
		}
	}
	return out
}

// directSides keeps the sides (items picked, attributed as pattrs) that
// say the same as a side sourced otherwise, by themselves, not through a
// chain of others: said alike (the same key) or matched by the test
// (clustered.matched), and not both stated plainly (bare and unhedged). A
// sentence that joined the cluster only through another bare one is no
// evidence that the attributed one's statement is stated bare. The sides
// are tallied per key, so a cluster of P sides costs P plus its matches,
// not P² pairs.
func directSides(cl *clustered, refs []ref, picks []int, pattrs []claims.Attribution) ([]ref, []claims.Attribution) {
	plain := func(a claims.Attribution) bool { return a.Form == claims.FormNone && !a.Hedged }
	type tally struct{ sides, sourced int } // per key: the sides said so, those sourced otherwise
	at := map[int]tally{}
	for k, i := range picks {
		t := at[cl.same[i]]
		t.sides++
		if !plain(pattrs[k]) {
			t.sourced++
		}
		at[cl.same[i]] = t
	}
	// reaches reports, per key and for a plain side or not, whether a
	// side matched to it directly may stand against it, once asked
	type ask struct {
		key   int
		plain bool
	}
	reached := map[ask]bool{}
	reaches := func(q ask) bool {
		ok, seen := reached[q]
		if seen {
			return ok
		}
		for _, o := range cl.matched[q.key] {
			if t := at[o]; t.sourced > 0 || !q.plain && t.sides > 0 {
				ok = true
				break
			}
		}
		reached[q] = ok
		return ok
	}
	var out []ref
	var oattrs []claims.Attribution
	for k, i := range picks {
		q := ask{cl.same[i], plain(pattrs[k])}
		t := at[q.key]
		if q.plain && t.sourced > 0 || !q.plain && t.sides > 1 || reaches(q) {
			out, oattrs = append(out, refs[i]), append(oattrs, pattrs[k])
		}
	}
	return out, oattrs
}

// allDirect reports sides that are all quotations: two people quoted
// saying much the same thing ("No punishment will bring our loved ones
// back") are two statements, not one fact sourced differently; a quote
// given to two people is the quotes' concern (quotes.go).
func allDirect(gs []gapSide) bool {
	for _, s := range gs {
		if s.a.Form != claims.FormDirect {
			return false
		}
	}
	return true
}

// maxSides bounds the documents a focused finding lists besides the focus
// documents: a new article checked against 10,000 archived ones names a
// few of them, those that differ first.
const maxSides = 20

// limitSides returns the indexes of the sides (picks, and gs, the gap
// sides of the same indexes) to keep: in focus mode the focus documents'
// and up to maxSides others, preferring those attributed differently from
// the first focus side; otherwise all of them.
func (cmp *comparer) limitSides(picks []ref, gs []gapSide) []int {
	all := make([]int, len(picks))
	for k := range all {
		all[k] = k
	}
	if cmp.focus == nil || len(picks) <= maxSides+1 {
		return all
	}
	focusSide := -1
	for k, p := range picks {
		if cmp.focus[p.doc] {
			focusSide = k
			break
		}
	}
	var keep, same []int
	for k, p := range picks {
		switch {
		case cmp.focus[p.doc]:
			keep = append(keep, k)
		case len(keep) < maxSides && focusSide >= 0 && cmp.gapKind([]gapSide{gs[focusSide], gs[k]}) != "":
			keep = append(keep, k)
		default:
			same = append(same, k)
		}
	}
	for _, k := range same {
		if len(keep) > maxSides {
			break
		}
		keep = append(keep, k)
	}
	return keep
}

// pick returns the elements of xs at the indexes ks, in their order.
func pick[T any](xs []T, ks []int) []T {
	out := make([]T, len(ks))
	for i, k := range ks {
		out[i] = xs[k]
	}
	return out
}

// sharesWords reports whether at least n of a sentence's content words are
// in vocab.
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

// statementClaim presents a sentence as a claim of kind "statement",
// attributed as a.
func (cmp *comparer) statementClaim(doc, sent int, a claims.Attribution) claims.Claim {
	res := cmp.results[doc]
	s := res.Text.Sentences[sent]
	text := oneLine(res.Text.Src[s.Start:s.End])
	if len(text) > 2000 {
		text = shorten(text, 2000)
	}
	line, col := res.Text.Lines.Pos(s.Start)
	sp := claims.Span{Start: s.Start, End: s.End, Line: line, Col: col}
	return claims.Claim{ID: fmt.Sprintf("%s#s%d", res.Doc.ID, sent+1), Doc: res.Doc.ID, Source: res.Doc.Source,
		Kind: KindStatement, Rule: KindStatement, Text: text, Sentence: text, Span: sp, SentenceSpan: sp,
		Attribution: a}
}

// statementWords is a sentence's words as statements are aligned by:
// the content words of what the sentence states (for an attributed
// sentence, the part its source is said to have said: "Pell did not take
// the stand, but his lawyer told the court the claims were implausible"
// attributes only the claims), without the words of the attribution itself
// (the speaker's name and description, the cue, the hedge; all the words
// of an attribution that closes the sentence), which differ between
// outlets by the nature of a gap, and with hyphens folded ("re-opened", "reopened").
func (cmp *comparer) statementWords(doc, sent int) (all, inside wordSet) {
	res := cmp.results[doc]
	if res.Statements != nil && res.Statements[sent].All != nil { // read with the result (FillStatements)
		s := res.Statements[sent]
		return s.All, s.Inside
	}
	ws := cmp.sentenceWords(doc, sent)
	a := res.SentenceAttribution(sent)
	drop := attributionWords(a)
	var region, tail, appos, rest []string
	s := res.Text.Sentences[sent]
	src := res.Text.Src
	if lo, hi := attributedPart(src, s.Start, s.End, a); lo > s.Start || hi < s.End {
		region = lowerWords(src[lo:hi])
		inside = wordSet{}
		if lo == s.Start {
			// the attribution closes the sentence: its words ("...,
			// according to a manager at the restaurant", "..., police
			// said on Monday") are the source's, not the statement's
			tail = lowerWords(src[hi:s.End])
		}
	}
	if sp := a.Span; sp != nil && sp.Start >= s.Start && sp.End <= s.End {
		drop = append(drop, lowerWords(src[sp.Start:sp.End])...) // the speaker as the text names and describes them
	}
	if sp, cue := a.Span, a.CueSpan; sp != nil && cue != nil && sp.Start >= s.Start && sp.End <= cue.Start && cue.End <= s.End && appositive(src[sp.End:cue.Start]) {
		// "Ana Ruiz, associate head of a vaccine research unit,
		// said": the speaker's description is attribution
		appos = lowerWords(src[sp.End:cue.Start])
		rest = lowerWords(src[s.Start:sp.Start] + " " + src[cue.Start:s.End])
	}
	all = make(wordSet, 0, len(ws))
	syn := cmp.synonyms()
	var intransitive map[string]bool
	read := false
	for _, w := range ws {
		if dropped(w, drop) || appos != nil && stemOfAny(w, appos) && !stemOfAny(w, rest) || tail != nil && stemOfAny(w, tail) && !stemOfAny(w, region) {
			continue
		}
		plain := strings.ReplaceAll(w, "-", "")
		f := syn.of(plain)
		if f != plain {
			if !read {
				intransitive, read = syn.prepositional(src[s.Start:s.End]), true
			}
			if intransitive[plain] {
				f = plain
			}
		}
		all = append(all, f)
		if region != nil && (strings.Contains(w, " ") || stemOfAny(w, region)) {
			inside = append(inside, f)
		}
	}
	if inside != nil {
		inside = setOf(inside)
	}
	return setOf(all), inside
}

// appositive reports the words between a speaker and its cue that describe
// the speaker, set off as an apposition is (", associate head of a
// vaccine research unit,", " (a spokesman) ", " -- who
// served on the ship -- "); not a clause of the sentence ("He first
// pledged to send donations ..., but then said").
func appositive(between string) bool {
	b := strings.TrimSpace(between)
	if b == "" {
		return false
	}
	open, close := strings.IndexAny(b, ",(-–—") == 0, strings.LastIndexAny(b, ",)-–—") == len(b)-1
	return open && close
}

// attributionWords are the lower-case words of an attribution's speaker
// and hedge. The cue stays: it is often the statement's own verb ("the
// State Department has urged citizens to leave", "citizens have been urged
// to leave").
func attributionWords(a claims.Attribution) []string {
	if a.Form == claims.FormNone && !a.Hedged {
		return nil
	}
	return strings.FieldsFunc(strings.ToLower(a.Speaker+" "+a.Hedge), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-'
	})
}

// dropped reports a content word that is one of words, or the stem of one
// ("official" for "officials", "accord" for "according").
func dropped(w string, words []string) bool {
	for _, x := range words {
		if x == w || len(w) >= 3 && strings.HasPrefix(x, w) && len(x)-len(w) <= 5 {
			return true
		}
	}
	return false
}

// stmtMatch is what two sentences have in common, weighed by how rare
// each shared word is among the sentences compared.
type stmtMatch struct {
	shared []string // the content words both hold
	// rare counts the shared words that are neither figures nor function
	// words and that few sentences use (a name, a rare noun); plain
	// counts those that are neither figures nor function words.
	rare, plain int
	share       float64 // the shared words' weight over the lighter sentence's
}

// Two sentences state the same thing when their claims state the same
// distinctive figure and they share a content word (clusterStatements);
// or when they share at least
// minSharedWords words that are not figures, minRareWords of them rare,
// carrying minShare of the lighter sentence's weight; or, with one rare
// word, manySharedWords shared words carrying mostShare of it. A long
// sentence that shares a few rare words with another but says more besides
// is another statement ("the legislature passed a new version at the
// governor's request" is not "the governor urged lawmakers to change the
// bill").
const (
	minSharedWords  = 3
	minRareWords    = 2
	minShare        = 0.4
	manySharedWords = 4
	mostShare       = 0.6
)

// match measures what a and b share; lighter is the lesser of their
// weights.
func (w *weights) match(a, b wordSet, lighter float64) stmtMatch {
	var m stmtMatch
	if intersect(a, b) < minAnchoredWords {
		return m // most candidate pairs: no need to weigh them
	}
	m.shared = slices.AppendSeq(m.shared, sortedset.Common(a, b))
	for _, x := range m.shared {
		if figure(x) || functionWord(x) {
			continue
		}
		m.plain++
		if w.rare(x) {
			m.rare++
		}
	}
	if lighter > 0 {
		m.share = w.of(m.shared) / lighter
	}
	return m
}

// same reports whether the match is strong enough: shared rare content,
// never figures or common words alone ("half a million told to leave" and
// "power cuts to half a million homes" are two facts).
func (m stmtMatch) same() bool {
	switch {
	case m.plain < minSharedWords || m.rare == 0:
		return false
	case m.rare < minRareWords:
		return m.plain >= manySharedWords && m.share >= mostShare
	}
	return m.share >= minShare
}

// whyAnchored is why two sentences that state the same distinctive
// figure and share a word both write in lower case state one fact ("Some
// 1,500 people ... are being deployed in rescue missions" and "More than
// 1,500 search and rescue personnel ... were headed"): the figure names
// it, the word says what of it.
func (m stmtMatch) whyAnchored() string {
	return "the same figure and " + output.Count(m.plain, "content word", "content words") + " shared"
}

// sharesFigure reports two sorted lists of figures with one in common.
func sharesFigure(a, b []float64) bool {
	for _, x := range a {
		if _, ok := slices.BinarySearch(b, x); ok {
			return true
		}
	}
	return false
}

func (m stmtMatch) why() string {
	return fmt.Sprintf("similar statements (%s shared, %d of them rare in these articles; %.0f%% of the lighter sentence's weight)",
		output.Count(m.plain, "content word", "content words"), m.rare, m.share*100)
}

// sharePredicate reports whether two sentences share a word that is not a
// name: one both write in lower case, as verbs and common nouns are
// written. Sentences sharing only names, places and figures ("Sanford
// Medical Center in Fargo") say different things about the same people.
func (cmp *comparer) sharePredicate(a, b ref, shared []string) bool {
	ta, tb := textWords(cmp.sentenceText(a)), textWords(cmp.sentenceText(b))
	syn, setting := cmp.synonyms(), cmp.settingWords()
	for _, w := range shared {
		if !figure(w) && !functionWord(w) && !strings.Contains(w, " ") && !setting[w] && lowerInGroup(syn, w, ta) && lowerInGroup(syn, w, tb) {
			return true
		}
	}
	return false
}

// adjunctOnly reports a sentence (text, and its adjunctWords adj) whose
// shared words that it writes in lower case all stand in its adverbial
// clauses: "He had refrained from stripping Pell of his titles while all
// legal avenues had not been exhausted" and "The Pope would only comment
// after Pell exhausted all avenues of appeal" share the circumstance, not
// the statement. One such sentence is enough to tell two statements
// apart: "Records show Boyd left parole after past convictions for
// assault and armed felony" mentions as background what "Boyd is charged
// with felony firearm" states.
func adjunctOnly(text string, adj, shared []string) bool {
	n, written := 0, textWords(text)
	for _, w := range shared {
		if figure(w) || functionWord(w) || strings.Contains(w, " ") || !lowerIn(w, written) {
			continue
		}
		if n++; !stemOfAny(w, adj) {
			return false
		}
	}
	return n > 0
}

// adjunctWords are the lower-case words of a sentence's adverbial
// clauses and phrases: from a subordinator that opens one ("while",
// "once", "after") to the next comma, semicolon, colon or dash, or the
// sentence's end (adverbialClauses).
func adjunctWords(text string) []string {
	ws := bgWords(text)
	in := make([]bool, len(ws))
	adverbialClauses(in, ws, true)
	var out []string
	for i, x := range ws {
		if in[i] {
			out = append(out, x.w)
		}
	}
	return out
}

// lowerInGroup reports whether words (textWords) write, in lower case, a
// word that starts with stem or with a stem of its synonyms' group.
func lowerInGroup(syn *synonyms, stem string, words []string) bool {
	for _, st := range syn.group(stem) {
		if lowerIn(st, words) {
			return true
		}
	}
	return false
}
