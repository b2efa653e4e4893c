package compare

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/english"
)

// partyTag is a lawmaker's party and state as news writes them after the
// name ("John Cornyn, R-Texas, said"; "Sen. John Cornyn (R-Texas)"): no
// name of its own.
var partyTag = regexp.MustCompile(`^[RDI]-[A-Z][A-Za-z.]*( [A-Z][A-Za-z.]*)?$`)

// speakerOf is the person a claim's attribution names: the speaker, or,
// when the attribution names only a party tag, the name the sentence
// writes before it ("Senate Majority Whip John Cornyn, R-Texas, said":
// John Cornyn).
func speakerOf(c *claims.Claim) string {
	a := c.Attribution
	if !partyTag.MatchString(a.Speaker) || a.Span == nil {
		return a.Speaker
	}
	at := a.Span.Start - c.SentenceSpan.Start
	if at <= 0 || at > len(c.Sentence) {
		return a.Speaker
	}
	words := strings.Fields(strings.TrimRight(c.Sentence[:at], " ,("))
	i := len(words)
	for i > 0 && len(words)-i < 3 && startsUpper(words[i-1]) && !strings.HasSuffix(words[i-1], ".") {
		i--
	}
	if len(words)-i < 2 {
		return a.Speaker // no name of two words before the tag
	}
	return strings.Join(words[i:], " ")
}

func startsUpper(w string) bool {
	r := []rune(w)
	return len(r) > 0 && unicode.IsUpper(r[0])
}

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
