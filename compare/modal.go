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
	at := c.Span.Start - c.SentenceSpan.Start
	if at <= 0 || at > len(c.Sentence) {
		return false
	}
	words := strings.Fields(strings.ToLower(c.Sentence[:at]))
	for i := len(words) - 1; i >= 0 && i >= len(words)-3; i-- {
		if english.IsModal(strings.Trim(words[i], `,;:"'“”`)) {
			return true
		}
	}
	return false
}
