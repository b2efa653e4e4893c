package claims

import (
	"strings"

	"github.com/claimdiff/claimdiff/claims/english"
	"github.com/claimdiff/claimdiff/claims/segment"
)

// A second cue joined to the sentence's first by "and" or "but", with no
// subject of its own, is the first cue's speaker's, whatever stands
// between the conjunction and the verb: an adverb, a negation, a time or
// a short prepositional phrase ("The clerk first said ..., but in a later
// interview said ...", "The affidavit cited ... and said",
// `Ruiz said "CNN" five times, and specifically mentioned`).

// maxSecondCueGap bounds the tokens between the conjunction and the
// second cue: "but in a later interview on Tuesday".
const maxSecondCueGap = 7

// secondCueSpeaker returns the speaker of the sentence's first cue for a
// cue at token i of sentence si joined to it (see above); ok is false
// when the cue is not so joined or the first cue's speaker is unknown.
func (a *attributor) secondCueSpeaker(i, si int, sa *sentenceAttr) (speaker, bool) {
	s := a.txt.Sentences[si]
	first := &a.said[sa.indirect]
	if sa.cueAt < 0 || sa.cueAt >= i || first.Speaker == "" || first.SpeakerType == SpeakerUnknown || sa.spFirst < 0 || sa.spLast > sa.cueAt ||
		strings.HasSuffix(a.txt.Tokens[sa.cueAt].Norm, "ing") {
		// the first cue's subject before it, no participle's: not
		// "vented about Ruiz vowing to fight on and said"
		return speaker{}, false
	}
	and := a.conjunctionBefore(i, s)
	if and <= sa.cueAt {
		return speaker{}, false
	}
	// nothing between the first cue and the conjunction may open a clause
	// of its own that the verb could share a subject with: a relative or
	// a subordinate clause, a semicolon or a quote's speaker
	toks := a.txt.Tokens
	for k := sa.cueAt + 1; k < and; k++ {
		if a.inQuote[k] >= 0 {
			continue
		}
		switch n := toks[k].Norm; {
		case n == ";" || n == ":" || n == "who" || n == "which" || n == "while" || n == "whereas":
			return speaker{}, false
		case english.IsSubordinatorKey(toks[k].Key, n) && n != "that" && n != "as":
			return speaker{}, false
		}
	}
	return speaker{name: first.Speaker, typ: first.SpeakerType, first: sa.spFirst, last: sa.spLast}, true
}

// conjunctionBefore returns the "and" or "but" that the cue at token i of
// sentence s follows, over adverbs, a negation, a time and a short
// prepositional phrase, or -1.
func (a *attributor) conjunctionBefore(i int, s segment.Sentence) int {
	toks := a.txt.Tokens
	for k := i - 1; k > s.First && k >= i-maxSecondCueGap; k-- {
		t := &toks[k]
		switch {
		case t.Norm == "and" || t.Norm == "but":
			return k
		case a.inQuote[k] >= 0 || t.Kind == segment.Number || t.Kind == segment.Punct && t.Norm != ",":
			return -1
		case t.Kind == segment.Word && !t.Cap && a.verbLike(k):
			return -1 // a verb of its own between: "and the company said"
		case t.Cap && !english.IsCalendarWordKey(t.Key, t.Norm):
			return -1 // a name between is a subject: "and Ruiz said"
		case english.IsSubjectPronounKey(t.Key, t.Norm) || t.Norm == "who" || t.Norm == "that":
			return -1
		}
	}
	return -1
}

// verbLike reports a lower-case word at token k that may be a verb of a
// clause of its own: a past form, not an auxiliary or adverb of the cue's
// verb group ("did not", "would", "has", "later").
func (a *attributor) verbLike(k int) bool {
	t := &a.txt.Tokens[k]
	if a.inVerbGroup(k) || english.IsNegator(t.Norm) || english.IsFunctionWordKey(t.Key, t.Norm) {
		return false
	}
	return len(t.Norm) > 3 && (strings.HasSuffix(t.Norm, "ed") || english.IsIrregularPastKey(t.Key, t.Norm))
}
