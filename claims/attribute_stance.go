package claims

import (
	"strings"

	"github.com/claimdiff/claimdiff/claims/english"
	"github.com/claimdiff/claimdiff/claims/segment"
)

// Stances before "to": "a spokesman declined to say whether", "refused to
// confirm that". The stance and its cue are one attribution, the
// stance's subject the cue's speaker (stanceBeforeTo); read by the cue
// reading (attribute_cues.go) and the speaker's (speaker_cue.go) alike.

// maxSharedSubject bounds the words of a shared-subject phrase
// (attribution.shared-subject: "went on", "took to social media") and
// the adverbs between "to" and its cue ("to publicly say").
const maxSharedSubject = 4

// stanceBeforeTo finds the stance verb (attribution.stance-cues: "declined",
// "refused", "wants", "vowed to") that stands right before "to" and a cue
// at tokens [i, i+n) whose object is a clause or a question ("declined to
// say whether", "refused to publicly confirm that"), not in the passive
// ("is expected to announce"): where it starts, or -1. The
// speech it leads to has not taken place: the stance's subject is the
// cue's speaker, its claims hedged.
func (a *attributor) stanceBeforeTo(i, n int, s segment.Sentence) int {
	toks := a.txt.Tokens
	if !a.clauseObject(i+n, s.Last) {
		return -1 // "wanted to say thanks": no statement at stake
	}
	p := i - 1
	for p > s.First && p > i-1-maxSharedSubject && (a.mannerAdverb(p) || a.adverbAt(p)) {
		p-- // "to publicly say"
	}
	if p <= s.First || toks[p].Norm != "to" || a.inQuote[p-1] >= 0 {
		return -1
	}
	c, set := p-1, a.r.Attribution.StanceCues
	if c > s.First && (toks[c-1].Norm == "not" || negatedAux(toks[c-1].Norm)) && set.Has("not "+toks[c].Norm) {
		c-- // "were not willing to say", "weren't prepared to say"
	} else if w := toks[c].Norm; w == "yet" && c > s.First && (toks[c-1].Norm == "has" || toks[c-1].Norm == "have" || toks[c-1].Norm == "had") {
		c-- // "have yet to say": not said so far
	} else if _, n := set.Longest(toks, c, p); n == 0 {
		if _, n := set.Longest(toks, c, p+1); n != 2 { // "vowed to"
			return -1
		}
	}
	if toks[c].Cap || a.passiveStance(c, s) {
		return -1 // "is expected to", "he's expected to"
	}
	return c
}

// maxClauseObject bounds the words between a cue and the "that",
// "whether" or question word opening its object (an addressee: "to tell
// reporters that").
const maxClauseObject = 3

// clauseObject reports a clause or question opening within
// maxClauseObject words from token k, before any punctuation: "that",
// "whether", "if" or a question word.
func (a *attributor) clauseObject(k, last int) bool {
	toks := a.txt.Tokens
	for j := k; j < last && j <= k+maxClauseObject; j++ {
		if toks[j].Kind != segment.Word || a.inQuote[j] >= 0 {
			return false
		}
		switch toks[j].Norm {
		case "that", "whether", "if", "how", "who", "what", "when", "where", "why", "which":
			return true
		}
	}
	return false
}

// passiveStance reports the stance verb at token c a past participle
// after a form of "be", over adverbs: "is expected", "he's widely
// expected".
func (a *attributor) passiveStance(c int, s segment.Sentence) bool {
	toks := a.txt.Tokens
	if !english.IsPastFormKey(toks[c].Key, toks[c].Norm) {
		return false
	}
	k := c - 1
	for k > s.First && (a.mannerAdverb(k) || a.adverbAt(k)) {
		k--
	}
	if k < s.First {
		return false
	}
	w := toks[k].Norm
	return english.IsBeFormKey(toks[k].Key, w) || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") ||
		strings.HasSuffix(w, "'re") || strings.HasSuffix(w, "’re")
}

// negatedAux reports a negated auxiliary written as one word: "weren't",
// "isn't", "can't".
func negatedAux(w string) bool {
	return len(w) > 3 && strings.HasSuffix(w, "n't") || len(w) > 3 && strings.HasSuffix(w, "n’t")
}

// sharedPhraseBefore returns where the phrase of
// attribution.shared-subject that ends right before token p ("continued"
// of "continued to", "went on" of "went on to") starts, or -1.
func (a *attributor) sharedPhraseBefore(p int, s segment.Sentence) int {
	for c := p - 1; c >= s.First && c >= p-maxSharedSubject; c-- {
		if _, ok := a.r.Attribution.SharedSubject.Exact(a.txt.Tokens, c, p); ok {
			return c
		}
	}
	return -1
}
