package claims

import (
	"github.com/claimdiff/claimdiff/claims/ingest"
	"github.com/claimdiff/claimdiff/claims/rules"
)

// Explanation is what the rules debugger shows for a text: the extraction
// result, every raw pattern match (claimed or not), and the near misses —
// patterns whose anchor word was there but which failed around it.
type Explanation struct {
	*Result
	Matches []rules.Match
	Misses  []rules.Miss
}

// Explain extracts doc with tracing on. It is slower than Extract and
// meant for one text at a time.
func Explain(doc *ingest.Document, r *rules.Rules) *Explanation {
	res := Extract(doc, r)
	in := rules.NewInput(res.Text, res.Mentions)
	matches, misses := r.Trace(in)
	return &Explanation{Result: res, Matches: matches, Misses: misses}
}
