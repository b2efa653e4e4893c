package compare

import (
	"slices"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/rules"
)

// FillStatements sets res.Statements, each sentence's words as statement
// alignment reads them, res.Words, and res.Passages, the words of the
// quoted passages quote alignment takes (takenPassages), unless they are
// set already. They depend on the result and the rules alone, so the
// extraction cache keeps them with the result (cache.Open's fill): a
// comparison of results read from it does not read their sentences
// again, nor trimming them their quotes.
func FillStatements(res *claims.Result, r *rules.Rules) {
	if res.Text == nil {
		return
	}
	if res.Passages == nil {
		res.Passages = make([][][]string, len(res.Claims))
		for ci := range res.Claims {
			if c := &res.Claims[ci]; c.Kind == claims.KindQuote {
				res.Passages[ci] = takenPassages(res.Text.Src, c)
			}
		}
	}
	if res.Statements != nil {
		return
	}
	res.FillWords(r)
	cmp := &comparer{results: []*claims.Result{res}, r: r, words: make([][]wordSet, 1)}
	st := make([]claims.StatementWords, len(res.Text.Sentences))
	for si := range st {
		if len(res.Words[si]) < minStatementWords {
			continue // never aligned as a statement (statementItems); worked out if asked
		}
		all, inside := cmp.statementWords(0, si)
		if slices.Equal(all, res.Words[si]) {
			all = res.Words[si] // most sentences: held once, as a decoded entry holds them
		}
		st[si] = claims.StatementWords{All: all, Inside: inside}
	}
	res.Statements = st
}

// takenPassages are the words (quoteWords) of each passage of quote
// claim c, src its document's text, that quote alignment takes.
func takenPassages(src string, c *claims.Claim) [][]string {
	var out [][]string
	for _, ws := range alignedPassages(src, c) {
		out = append(out, ws)
	}
	return out
}

// passagesOf is what takenPassages gives of claim ci of res, a result
// whose Passages, when set, are one a claim.
func passagesOf(res *claims.Result, ci int) [][]string {
	if res.Passages != nil {
		return res.Passages[ci]
	}
	return takenPassages(res.Text.Src, &res.Claims[ci])
}
