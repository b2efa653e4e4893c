package compare

import (
	"strings"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/english"
)

// modalFigure reports a figure its sentence puts in a modal clause ("the
// only person who can get 100 votes", "could get 100 confirmation votes"):
// a modal verb within a few words before it. Such a figure is what its
// speaker thinks may be, no count anyone has made.
func modalFigure(c *claims.Claim) bool {
	for _, w := range wordsBefore(c, 3) {
		if english.IsModal(strings.Trim(w, `,;:"'“”`)) {
			return true
		}
	}
	return false
}

// wordsBefore is up to n lower-case words of a claim's sentence just
// before its figure, nearest first; nil when the claim does not stand in
// its sentence.
func wordsBefore(c *claims.Claim, n int) []string {
	at := c.Span.Start - c.SentenceSpan.Start
	if at <= 0 || at > len(c.Sentence) {
		return nil
	}
	words := strings.Fields(strings.ToLower(c.Sentence[:at]))
	out := make([]string, 0, n)
	for i := len(words) - 1; i >= 0 && len(out) < n; i-- {
		out = append(out, words[i])
	}
	return out
}
