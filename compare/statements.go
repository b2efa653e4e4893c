package compare

import (
	"fmt"

	"github.com/claimdiff/claimdiff/claims"
)

// minStatementWords is the fewest content words a sentence needs to be
// aligned as a statement; shorter ones match by accident.
const minStatementWords = 4

// maxPosting bounds the posting lists used to find candidate pairs: a word
// in more items than this is too common to say two sentences are alike.
const maxPosting = 200

// statements aligns sentences across documents by content-word overlap and
// reports attribution gaps between them: the same statement attributed in
// one outlet and bare (or attributed to someone else, or hedged) in another.
// Sentences already compared through typed claims are left out.
func (cmp *comparer) statements(grouped map[[2]int]bool) []Finding {
	type ref struct{ doc, sent int }
	var refs []ref
	var items []simItem
	for di, res := range cmp.results {
		for si := range res.Text.Sentences {
			if grouped[[2]int{di, si}] {
				continue
			}
			w := cmp.sentenceWords(di, si)
			if len(w) < minStatementWords {
				continue
			}
			refs = append(refs, ref{di, si})
			items = append(items, simItem{doc: di, words: w})
		}
	}
	ix := newSimIndex(items)
	th := cmp.r.Compare.StatementThreshold
	// best match of each sentence in each other document
	best := map[[2]int]struct {
		j   int
		sim float64
	}{}
	for i := range items {
		for _, j := range ix.candidates(i, maxPosting) {
			s := jaccard(items[i].words, items[j].words)
			if s < th {
				continue
			}
			k := [2]int{i, items[j].doc}
			if b, ok := best[k]; !ok || s > b.sim || (s == b.sim && j < b.j) {
				best[k] = struct {
					j   int
					sim float64
				}{j, s}
			}
		}
	}
	var out []Finding
	for i := range items {
		for dj := range cmp.results {
			b, ok := best[[2]int{i, dj}]
			if !ok || dj <= items[i].doc {
				continue
			}
			// mutual best only, each pair once
			if back, ok := best[[2]int{b.j, items[i].doc}]; !ok || back.j != i {
				continue
			}
			a, c := cmp.statementClaim(refs[i].doc, refs[i].sent), cmp.statementClaim(refs[b.j].doc, refs[b.j].sent)
			gap := gapKind([]claims.Attribution{a.Attribution, c.Attribution})
			if gap == "" {
				continue
			}
			sides := []SideAttribution{side(a), side(c)}
			out = append(out, Finding{Type: AttributionGap, Kind: "statement",
				Summary: fmt.Sprintf("%q: %s", shorten(a.Text, 80), describeGap(sides)),
				Why:     fmt.Sprintf("similar sentences (%.0f%% of content words shared)", b.sim*100),
				Claims:  []claims.Claim{a, c}, Detail: Detail{Gap: gap, Attributions: sides, Similarity: round3(b.sim)}})
		}
	}
	return out
}

// statementClaim presents a sentence as a claim of kind "statement".
func (cmp *comparer) statementClaim(doc, sent int) claims.Claim {
	res := cmp.results[doc]
	s := res.Text.Sentences[sent]
	text := oneLine(res.Text.Src[s.Start:s.End])
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
