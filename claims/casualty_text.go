package claims

import (
	"github.com/claimdiff/claimdiff/claims/phrase"
	"github.com/claimdiff/claimdiff/claims/rules"
	"github.com/claimdiff/claimdiff/claims/segment"
)

// casualtyText is what the casualty stages that read a claim's words
// beside it need of a document: its tokens and sentences, and the rules'
// casualty vocabulary. Its methods are plain readings of those, with no
// state of their own.
type casualtyText struct {
	toks  []segment.Token
	sents []segment.Sentence
	voc   *rules.Casualties
	in    *rules.Input // the mentions, by token (Cover)
}

// claimEnd is the token after a claim's last: its words are tokens
// [c.tok, claimEnd(c)), all in its sentence.
func (t casualtyText) claimEnd(c Claim) int {
	last := t.sents[c.sent].Last
	end := c.tok
	for end < last && t.toks[end].Start < c.Span.End {
		end++
	}
	return end
}

// has reports whether a phrase of set stands in tokens [from, to).
func (t casualtyText) has(set *phrase.Set[bool], from, to int) bool {
	for i := from; i < to; i++ {
		if _, n := set.Longest(t.toks, i, to); n > 0 {
			return true
		}
	}
	return false
}

// storyCount reports a casualty count with a value that is the story's
// own figure: no frame scope keeps it apart (a total, "in all", is one).
func storyCount(c Claim) bool {
	return c.Value != nil && (c.Frame == nil || c.Frame.Scope == "" || c.Frame.Scope == "total")
}

// setCause sets an injured count's frame cause, creating its frame.
func setCause(c *Claim, cause string) {
	if c.Frame == nil {
		c.Frame = &Frame{}
	}
	c.Frame.Cause = cause
}
