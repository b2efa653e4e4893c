package stories

import (
	"context"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/rules"
)

// Fill sets res.StoryTerms, the terms Mates compares it by (those
// grouping compares an article by: Extract's), from its text. It needs
// the text's tokens, so it is called on a fresh extraction (the
// extraction cache's fill), and does nothing to a result that has its
// terms already or no tokens.
func Fill(res *claims.Result, r *rules.Rules) {
	if res.StoryTerms != nil || res.Text == nil || res.Text.Tokens == nil {
		return
	}
	res.StoryTerms = FromTextAt(res.Text, r, res.Doc.Published).Terms()
}

// Mates returns, for each new article (its terms, as Features.Terms gives
// them), the baseline articles that report its story, in baseline order: those whose similarity to it (the cosine
// of their weighted terms, as grouping measures it, the weights taken
// over the baseline and that new article) reaches opt.Threshold, with at
// least minShared terms in common. Each new article's mates are its own:
// they do not depend on the other new articles checked with it. Unlike
// grouping it pairs the new article with each baseline article alone,
// never through a third, and ignores the time window: a follow-up months
// later still reports the story, and may update its figures.
//
// A check against an archive of many stories compares each new article
// with its mates only: the figures of other stories, set beside its own,
// would be conflicts and attribution gaps between different events.
func Mates(ctx context.Context, news, base [][]string, opt Options) ([][]int, error) {
	var ts termSets
	for _, terms := range base {
		ts.add(terms)
	}
	n := len(base) // the new article's place in ts
	out := make([][]int, len(news))
	for i, terms := range news {
		undo := ts.push(terms)
		err := ts.matesOf(ctx, n, out, i, opt)
		undo()
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

// matesOf puts into out[i] the mates of article n, the last of ts, among
// those before it, with the weights over all of them.
func (ts *termSets) matesOf(ctx context.Context, n int, out [][]int, i int, opt Options) error {
	w := ts.weights()
	ni := ts.norm(n, w)
	if ni == 0 {
		return nil
	}
	for j := range n {
		if j%1024 == 0 && ctx.Err() != nil {
			return ctx.Err()
		}
		d, shared := ts.dot(n, j, w)
		if shared < minShared {
			continue // no mate, whatever its length: its norm is not needed
		}
		if nj := ts.norm(j, w); nj > 0 && d/(ni*nj) >= opt.Threshold {
			out[i] = append(out[i], j)
		}
	}
	return nil
}
