package compare

import (
	"slices"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/rules"
)

// FillStatements sets res.Statements, each sentence's words as statement
// alignment reads them, and res.Words, unless they are set already. They
// depend on the result and the rules alone, so the extraction cache keeps
// them with the result (cache.Open's fill): a comparison of results read
// from it does not read their sentences again.
func FillStatements(res *claims.Result, r *rules.Rules) {
	if res.Statements != nil || res.Text == nil {
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
