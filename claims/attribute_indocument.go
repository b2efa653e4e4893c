package claims

import (
	"github.com/claimdiff/claimdiff/claims/english"
	"github.com/claimdiff/claimdiff/claims/segment"
)

// "In a poll": a sentence's figures given as found in a document that
// attribution.in-documents lists, which sources them as "according to"
// does ("just 18 percent of registered Hispanic voters have a favorable
// view of Trump in a new Washington Post-ABC News poll").

// maxInDocument bounds the tokens from "in" to the document that heads
// its phrase: "in the latest NBC News/Wall Street Journal poll".
const maxInDocument = 12

// inDocumentCue records the document after the "in" at token i of
// sentence si as the source of the sentence's claims, as accordingTo
// does, and returns the tokens the sentence's reading skips (through the
// document), or 0 when no listed document heads the phrase after it or
// the phrase stands inside what a speaker said ("Ruiz said she leads in
// the polls": the guidelines annotate the outermost source only).
func (a *attributor) inDocumentCue(i, si int, sa *sentenceAttr, sal *sentenceSalience) int {
	if a.txt.Tokens[i].Norm != "in" {
		return 0
	}
	s := a.txt.Sentences[si]
	end := a.inDocument(i, s)
	if end < 0 || a.inStatement(i, sa) {
		return 0
	}
	sp := speaker{typ: SpeakerDocument, first: i + 1, last: a.documentTime(end, s.Last)}
	sp.name = a.unnamed(sp.first, sp.last)
	at := a.attr(sp, FormAccordingTo, "in", i, i+1)
	if a.said[sa.according].Form == "" {
		sa.according, sa.accAt = a.keep(at), i
	}
	a.record(at, i)
	sal.remember(sp)
	return end - i
}

// inDocument returns the end of the noun phrase after the "in" at token
// i of sentence s when a document of attribution.in-documents heads it,
// or heads the phrase it is an "of" of ("in the RealClearPolitics
// average of New Hampshire polls"), else -1. The phrase holds names,
// modifiers, determiners, numbers and the slashes and hyphens of pollsters
// ("an NBC News/Wall Street Journal/Marist poll"), no other function word
// and no quote; a document before a noun is that noun's modifier ("in poll
// numbers", "in survey data"), no source.
func (a *attributor) inDocument(i int, s segment.Sentence) int {
	toks := a.txt.Tokens
	if toks[i].Norm != "in" {
		return -1
	}
	docs := a.r.Attribution.InDocuments
	firsts := docs.Firsts()
	of := false
	for k := i + 1; k < s.Last && k <= i+maxInDocument; k++ {
		t := &toks[k]
		if a.inQuote[k] >= 0 {
			return -1
		}
		if t.Kind == segment.Word && firsts.MayKey(t.Key) {
			if _, n := docs.Longest(toks, k, s.Last); n > 0 {
				if a.nounAfter(k+n, s.Last) || !a.namedDocument(i+1, k, k+n) {
					return -1
				}
				return k + n
			}
		}
		switch {
		case t.Kind == segment.Number || t.Norm == "/" || t.Norm == "-" || t.Norm == "'s":
		case t.Kind != segment.Word:
			return -1
		case t.Norm == "of":
			if of || k == i+1 {
				return -1
			}
			of = true // "the average of", "a series of"
		case t.Norm == "and" || t.Norm == "or":
			if k == i+1 {
				return -1
			}
		case english.IsDeterminerKey(t.Key, t.Norm) || english.IsPossessiveKey(t.Key, t.Norm) || english.IsQuantifierKey(t.Key, t.Norm):
			if p := toks[k-1].Norm; k > i+1 && p != "of" && p != "and" && p != "or" && !english.IsDeterminerKey(toks[k-1].Key, p) {
				return -1 // "in a row that the Rasmussen poll": a determiner opens a phrase
			}
		case k+1 < s.Last && toks[k+1].Norm == "'s": // "May's Washington Post-ABC News poll"
		case functionWord(t):
			return -1
		}
	}
	return -1
}

// nounAfter reports a lower-case content word at token k, before sentence
// end last, that the word before it modifies: "poll numbers", "survey
// data"; not a past participle ("a poll released Monday"), a time ("a poll
// last month") or a function word ("in the polls has").
func (a *attributor) nounAfter(k, last int) bool {
	if k >= last {
		return false
	}
	t := &a.txt.Tokens[k]
	return t.Kind == segment.Word && !t.Cap && !functionWord(t) && !english.IsPastFormKey(t.Key, t.Norm) &&
		!english.IsTimeWordKey(t.Key, t.Norm)
}

// documentTime returns where a document's phrase ends that ends at token
// end before sentence end last, with the time after it the phrase gives
// ("a CBS News poll last month", "a poll released Sunday", "the new Morning
// Consult poll, conducted March 11-13,"): the time is read when it follows
// at once or after a past participle, else the phrase ends at end.
func (a *attributor) documentTime(end, last int) int {
	toks := a.txt.Tokens
	k := end
	if k < last && toks[k].Kind == segment.Word && !toks[k].Cap && english.IsPastFormKey(toks[k].Key, toks[k].Norm) {
		k++ // "released", "conducted"
	}
	t := k
	for t < last && t < k+3 && (toks[t].Kind == segment.Number || toks[t].Kind == segment.Word &&
		(english.IsTimeWordKey(toks[t].Key, toks[t].Norm) || toks[t].Norm == "last" || toks[t].Norm == "this")) {
		t++
	}
	if t == k || t == k+1 && (toks[k].Norm == "last" || toks[k].Norm == "this") {
		return end
	}
	return t
}

// namedDocument reports a phrase [f, l) whose document at [h, l) is one
// in particular: singular ("a Fox poll", "the survey"), or plural with a
// name in the phrase ("the RealClearPolitics average of New Hampshire
// polls"). "in the polls" and "in national polls" speak of polls in
// general, mostly as where a candidate stands ("his standing in the
// polls"), no source of the sentence's words.
func (a *attributor) namedDocument(f, h, l int) bool {
	toks := a.txt.Tokens
	if w := toks[l-1].Norm; w[len(w)-1] != 's' {
		return true
	}
	for k := f; k < h; k++ {
		if toks[k].Cap {
			return true
		}
	}
	return false
}
