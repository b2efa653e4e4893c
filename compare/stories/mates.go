package stories

import (
	"context"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/rules"
)

// Fill sets res.StoryTerms, the terms Mates and grouping compare it by,
// from its text; it needs the text's tokens, so it is called on a fresh
// extraction (the extraction cache's fill), and does nothing to a result
// that has its terms already or no tokens.
func Fill(res *claims.Result, r *rules.Rules) {
	if res.StoryTerms != nil || res.Text == nil || res.Text.Tokens == nil {
		return
	}
	res.StoryTerms = FromTextAt(res.Text, r, res.Doc.Published).Terms()
}

// Mates returns, for each new article, the baseline articles that report
// its story, in baseline order: those whose similarity to it (the cosine
// of their weighted terms, as grouping measures it, the weights taken
// over the baseline and the new articles together) reaches opt.Threshold,
// with at least minShared terms in common. Unlike grouping it pairs the
// new article with each baseline article alone, never through a third,
// and ignores the time window: a follow-up months later still reports
// the story, and may update its figures.
//
// A check against an archive of many stories compares each new article
// with its mates only: the figures of other stories, set beside its own,
// would be conflicts and attribution gaps between different events.
func Mates(ctx context.Context, news, base []Item, opt Options) ([][]int, error) {
	var ts termSets
	for _, it := range base {
		ts.add(it.Terms)
	}
	for _, it := range news {
		ts.add(it.Terms)
	}
	w := ts.weights()
	norms := make([]float64, len(base))
	for j := range base {
		norms[j] = ts.norm(j, w)
	}
	out := make([][]int, len(news))
	for i := range news {
		n := len(base) + i
		ni := ts.norm(n, w)
		if ni == 0 {
			continue
		}
		for j := range base {
			if j%1024 == 0 && ctx.Err() != nil {
				return nil, ctx.Err()
			}
			if norms[j] == 0 {
				continue
			}
			if d, shared := ts.dot(n, j, w); shared >= minShared && d/(ni*norms[j]) >= opt.Threshold {
				out[i] = append(out[i], j)
			}
		}
	}
	return out, nil
}
