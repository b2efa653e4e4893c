package compare

import (
	"fmt"
	"math"

	"github.com/claimdiff/claimdiff/claims"
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

// maxPosting bounds the posting lists used to find candidate pairs: a word
// in more items than this is too common to say two sentences are alike.
const maxPosting = 100

// statements aligns sentences across documents by content-word overlap and
// reports attribution gaps between them: the same statement attributed in
// one outlet and bare (or attributed to someone else, or hedged) in another.
// Sentences already compared through typed claims are left out.
//
// Sentences with the same content words are one item; the rest cluster by
// content-word overlap (cluster.go).
func (cmp *comparer) statements(grouped map[[2]int]bool) []Finding {
	var refs []ref
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
		}
	}
	docs := make([]int, len(refs))
	for i, rf := range refs {
		docs[i] = rf.doc
	}
	th := cmp.r.Compare.StatementThreshold
	words := func(i int) wordSet { return cmp.sentenceWords(refs[i].doc, refs[i].sent) }
	cl := cluster(clusterItems{key: func(i int) []string { return words(i) }, docs: docs, words: words,
		match: func(a, b int) (bool, float64, string) {
			s := jaccard(cmp.sentenceWords(refs[a].doc, refs[a].sent), cmp.sentenceWords(refs[b].doc, refs[b].sent))
			return s >= th, s, ""
		}}, cmp.focusFunc())
	// one finding per cluster that spans documents with a gap
	var out []Finding
	for _, r := range cl.roots {
		// one sentence per document; its attribution decides, and claims
		// are built only for clusters with a gap
		var picks []ref
		var attrs []claims.Attribution
		for _, i := range cl.perDocument(r, docs) {
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
		if m, ok := cl.minSim[r]; ok {
			sim = m
			why = similarWhy(m, len(picks))
		}
		out = append(out, Finding{Type: AttributionGap, Kind: KindStatement,
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
		Kind: KindStatement, Rule: KindStatement, Text: text, Sentence: text, Span: sp, SentenceSpan: sp,
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
