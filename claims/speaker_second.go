package claims

import (
	"strings"

	"github.com/claimdiff/claimdiff/claims/english"
	"github.com/claimdiff/claimdiff/claims/segment"
)

// A second cue joined to the sentence's first by "and" or "but", with no
// subject of its own, is the first cue's speaker's, over what may stand
// between the conjunction and the verb: adverbs, a negation, an auxiliary,
// a time, or a prepositional phrase right after the conjunction ("The
// clerk first said ..., but in a later interview said ...", "The
// affidavit cited ... and said", `Ruiz said "CNN" five times, and
// specifically mentioned`). Not "..., but aerial photos suggest": a
// noun there is a subject of its own. Where the first cue's content is a
// clause with a subject and verb of its own, the second verb may be that
// clause's ("The complaint said Smith stole $40,000 and later admitted"):
// only a comma before the conjunction joins it to the first cue.

// maxSecondCueGap bounds the tokens between the conjunction and the
// second cue: "but in a later interview on Tuesday".
const maxSecondCueGap = 7

// secondCueSpeaker returns the speaker of the sentence's first cue for a
// cue at token i of sentence si joined to it (see above); ok is false
// when the cue is not so joined or the first cue's speaker is unknown.
func (a *attributor) secondCueSpeaker(i, si int, sa *sentenceAttr) (speaker, bool) {
	s := a.txt.Sentences[si]
	if sa.cueAt < 0 || sa.cueAt >= i || sa.spFirst < 0 || sa.spLast > sa.cueAt || strings.HasSuffix(a.txt.Tokens[sa.cueAt].Norm, "ing") {
		// the first cue's subject before it, no participle's: not
		// "vented about Ruiz vowing to fight on and said"
		return speaker{}, false
	}
	first := &a.said[sa.indirect]
	if first.Speaker == "" || first.SpeakerType == SpeakerUnknown {
		return speaker{}, false
	}
	and := a.conjunctionBefore(i, s)
	if and <= sa.cueAt || and-sa.cueAt > maxFirstContent {
		// past the first cue's content as far as it is read: a bounded
		// look-back, for every later cue of a sentence asks
		return speaker{}, false
	}
	// nothing between the first cue and the conjunction may open a clause
	// of its own that the verb could share a subject with: a relative or
	// a subordinate clause, a semicolon or a quote's speaker
	toks := a.txt.Tokens
	clause := false // the first cue's content has a verb of its own
	for k := sa.cueAt + 1; k < and; k++ {
		if a.inQuote[k] >= 0 {
			continue
		}
		switch n := toks[k].Norm; {
		case n == ";" || n == ":" || n == "who" || n == "which" || n == "while" || n == "whereas":
			return speaker{}, false
		case english.IsSubordinatorKey(toks[k].Key, n) && n != "that" && n != "as":
			return speaker{}, false
		case toks[k].Kind == segment.Word && !toks[k].Cap && (a.verbLike(k) || english.IsAuxiliaryKey(toks[k].Key, n)):
			clause = true
		}
	}
	if clause && toks[and-1].Norm != "," {
		return speaker{}, false
	}
	return speaker{name: first.Speaker, typ: first.SpeakerType, first: sa.spFirst, last: sa.spLast}, true
}

// maxFirstContent bounds the tokens between a sentence's first cue and the
// conjunction before a second cue that shares its speaker.
const maxFirstContent = 40

// conjunctionBefore returns the "and" or "but" that the cue at token i of
// sentence s follows, over adverbs, a negation, an auxiliary, a time, and
// a prepositional phrase that opens right after the conjunction, or -1.
func (a *attributor) conjunctionBefore(i int, s segment.Sentence) int {
	toks := a.txt.Tokens
	other := -1 // the last token nearest the conjunction that is none of those
	for k := i - 1; k > s.First && k >= i-maxSecondCueGap; k-- {
		t := &toks[k]
		switch {
		case t.Norm == "and" || t.Norm == "but":
			if other < 0 || a.shortPhrase(k+1, i) {
				// the words between are the verb group's, or a phrase
				// the preposition after the conjunction opens
				return k
			}
			return -1
		case a.inQuote[k] >= 0 || t.Kind == segment.Number || t.Kind == segment.Punct && t.Norm != ",":
			return -1
		case t.Kind == segment.Word && !t.Cap && a.verbLike(k):
			return -1 // a verb of its own between: "and the company said"
		case t.Cap && !english.IsCalendarWordKey(t.Key, t.Norm):
			return -1 // a name between is a subject: "and Ruiz said"
		case english.IsSubjectPronounKey(t.Key, t.Norm) || t.Norm == "who" || t.Norm == "that":
			return -1
		case t.Norm == "," || a.inVerbGroup(k) || len(t.Norm) > 4 && strings.HasSuffix(t.Norm, "ly") ||
			english.IsNegator(t.Norm) || english.IsTimeWordKey(t.Key, t.Norm) || english.IsCalendarWordKey(t.Key, t.Norm):
			// the verb group's words, adverbs and a time: "and later
			// said", "but did not say", "and specifically mentioned"
		default:
			other = k
		}
	}
	return -1
}

// maxPhraseBetween bounds a prepositional phrase between a conjunction
// and its cue: "in a later interview".
const maxPhraseBetween = 4

// shortPhrase reports tokens [f, i) as one prepositional phrase of at most
// maxPhraseBetween words, one article at most: "in a later interview",
// "on Tuesday"; not "in a later audit the comptroller", whose second
// article opens a subject of its own.
func (a *attributor) shortPhrase(f, i int) bool {
	toks := a.txt.Tokens
	if i-f > maxPhraseBetween || !english.IsCommonPrepositionKey(toks[f].Key, toks[f].Norm) || toks[f].Norm == "to" {
		return false
	}
	articles := 0
	for k := f + 1; k < i; k++ {
		if english.IsArticleKey(toks[k].Key, toks[k].Norm) {
			articles++
		}
	}
	return articles <= 1
}

// verbLike reports a lower-case word at token k that may be a verb of a
// clause of its own: a past form, not an auxiliary or adverb of the cue's
// verb group ("did not", "would", "has", "later").
func (a *attributor) verbLike(k int) bool {
	t := &a.txt.Tokens[k]
	if a.inVerbGroup(k) || english.IsNegator(t.Norm) || english.IsFunctionWordKey(t.Key, t.Norm) {
		return false
	}
	return len(t.Norm) > 3 && english.IsPastFormKey(t.Key, t.Norm)
}
