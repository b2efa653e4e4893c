package claims

import (
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/claims/ingest"
	"github.com/claimdiff/claimdiff/claims/rules"
)

// checkOpenings extracts text, after a title line, and calls check with
// the result and each sentence that opens with a key of want: its index,
// its text and that key's value. It fails t unless every key opens a
// sentence.
func checkOpenings[W any](t *testing.T, r *rules.Rules, text string, want map[string]W, check func(res *Result, si int, sentence string, w W)) {
	t.Helper()
	res := Extract(&ingest.Document{ID: "case", Source: "case", Text: "Title\n\n" + text}, r)
	txt := res.Text
	seen := 0
	for si, s := range txt.Sentences {
		sentence := txt.Src[s.Start:s.End]
		for opening, w := range want {
			if strings.HasPrefix(sentence, opening) {
				seen++
				check(res, si, sentence, w)
			}
		}
	}
	if seen != len(want) {
		t.Errorf("found %d of the %d sentences the case names", seen, len(want))
	}
}
