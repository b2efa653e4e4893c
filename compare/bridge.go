package compare

import (
	"fmt"
	"math"
	"slices"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/mention"
	"github.com/claimdiff/claimdiff/internal/sortedset"
)

// A figure one outlet alone reports may be another's under another name:
// "a 40,000-strong later-stage trial" counts the trial, "a Phase 3 trial,
// which is expected to have 40,000 volunteers" its volunteers. The aligner
// sets side by side only figures of one unit, so the two never meet, yet
// the sentences say the same: the same distinctive figure, and a word both
// write in lower case. figureBridges reports how the outlets source such a
// fact. A figure of the same unit the aligner kept apart was kept apart
// for a reason (another scope, another time) and is never bridged.

// figureBridges is the attribution gaps between a fact only one document
// reports (a group of one primary claim, stating a distinctive figure)
// and a group of other documents whose claims state the same figure in
// another unit (bridgedBy), in sentences that share a word both write in
// lower case;
// and the ids of the lone claims it bridged (with a gap or sourced alike),
// which are no longer reported as one document's alone.
func (cmp *comparer) figureBridges(groups []*group) ([]Finding, map[string]bool) {
	byFigure := map[float64][]*group{}
	for _, g := range groups {
		if len(g.docs) < 2 || !cmp.groupInFocus(g) {
			continue
		}
		for _, it := range primaries(g) {
			if anchorValue(it.c) && !slices.Contains(byFigure[it.c.Value.Number], g) {
				byFigure[it.c.Value.Number] = append(byFigure[it.c.Value.Number], g)
			}
		}
	}
	var out []Finding
	var bridged map[string]bool
	for _, f := range groups {
		prim := primaries(f)
		if len(f.docs) != 1 || len(prim) != 1 || !anchorValue(prim[0].c) || !cmp.groupInFocus(f) {
			continue
		}
		lone := prim[0]
		for _, g := range byFigure[lone.c.Value.Number] {
			if g.docs[lone.doc] {
				continue
			}
			if other, ok := cmp.bridgedBy(g, f, lone); ok {
				// the lone figure is the others' fact, whether or not they
				// source it otherwise
				if bridged == nil {
					bridged = map[string]bool{}
				}
				bridged[lone.c.ID] = true
				if gap := cmp.bridgeGap(g, lone, other); gap != nil {
					out = append(out, *gap)
				}
				break
			}
		}
	}
	return out, bridged
}

// withoutOnlyIn drops the only-in findings of the claims bridged.
func withoutOnlyIn(findings []Finding, bridged map[string]bool) []Finding {
	if len(bridged) == 0 {
		return findings
	}
	return slices.DeleteFunc(findings, func(f Finding) bool {
		return f.Type == OnlyIn && len(f.Claims) > 0 && bridged[f.Claims[0].ID]
	})
}

// bridgedBy finds the primary claim of group g that states lone's figure
// as a count of the same generic kind in another unit (g's key is not
// lone's: "people" and "persons" are one measure, which the aligner
// compared), in a sentence sharing with lone's a word both write in lower
// case (sharePredicate) that is not all in either sentence's adverbial
// clauses. A figure of another kind ("a $1,000 reward", "1,000 sailors")
// is another fact.
func (cmp *comparer) bridgedBy(g *group, f *group, lone *item) (*item, bool) {
	if k := cmp.al.kindOf(lone); g.key == f.key || k == nil || !k.Generic {
		return nil, false
	}
	a := ref{lone.doc, lone.c.SentenceIndex()}
	var ta string
	var adjA []string
	for _, it := range primaries(g) {
		if it.c.Value == nil || it.c.Value.Number != lone.c.Value.Number || it.c.Kind != lone.c.Kind {
			continue
		}
		var shared []string
		for w := range sortedset.Common(lone.words, it.words) {
			if !figure(w) && !functionWord(w) {
				shared = append(shared, w)
			}
		}
		if len(shared) == 0 {
			continue
		}
		if ta == "" { // the lone sentence read once, for the first candidate
			ta = cmp.sentenceText(a)
			adjA = adjunctWords(ta)
		}
		b := ref{it.doc, it.c.SentenceIndex()}
		tb := cmp.sentenceText(b)
		if cmp.sharePredicate(a, b, shared) && !adjunctOnly(ta, adjA, shared) && !adjunctOnly(tb, adjunctWords(tb), shared) {
			return it, true
		}
	}
	return nil, false
}

// bridgeGap is the attribution gap, if any, between lone's document and
// group g's, the fact named as g names it: g's claims and lone's, judged
// as one group.
func (cmp *comparer) bridgeGap(g *group, lone, other *item) *Finding {
	joined := &group{key: g.key, items: append(append([]*item{}, g.items...), lone), docs: map[int]bool{lone.doc: true}}
	for d := range g.docs {
		joined.docs[d] = true
	}
	kind := cmp.al.kindName(other)
	why := fmt.Sprintf("the same figure (%s) in another unit (%s, %s) and a word both sentences write in lower case",
		mention.Thousands(lone.c.Value.Number), other.c.Value.Unit, lone.c.Value.Unit)
	gap := cmp.attributionGap(joined, kind, why, cmp.sideValues(primaries(joined)))
	if gap != nil {
		gap.Title = fmt.Sprintf("%s: %s", kind, describeFact(other.c))
	}
	return gap
}

// anchorValue reports a claim whose figure names a fact by itself
// (distinctiveValue), a whole number, and no quote.
func anchorValue(c *claims.Claim) bool {
	return c.Kind != claims.KindQuote && distinctiveValue(c.Value) && c.Value.Number == math.Trunc(c.Value.Number)
}
