package claims

import (
	"strings"

	"github.com/claimdiff/claimdiff/claims/english"
	"github.com/claimdiff/claimdiff/claims/segment"
)

// passiveCue reports a cue at token i in the passive: after a form of
// "be", over adverbs ("are typically reported"); or reduced, a past
// participle opening its sentence or clause ("When asked by a reporter",
// "Asked by Ingraham", "was nominated and confirmed by the Senate", "as
// first reported by Reuters"), which is passive only when "by" follows
// it. before is the token before the participle and its adverbs ("as",
// "was"), or -1.
func (a *attributor) passiveCue(i int, s segment.Sentence) (passive, reduced bool, before int) {
	toks := a.txt.Tokens
	if strings.HasSuffix(toks[i].Norm, "ing") || i == s.First && !strings.HasSuffix(toks[i].Norm, "ed") && toks[i].Norm != "told" {
		return false, false, -1
	}
	if i == s.First {
		return false, true, -1
	}
	j := i - 1
	for j > s.First && (a.mannerAdverb(j) || a.adverbAt(j) || toks[j].Norm == "first") {
		j-- // "was first reported by MSNBC"
	}
	if english.IsBeFormKey(toks[j].Key, toks[j].Norm) || itIs(toks, j, s.First) {
		return true, false, j
	}
	if !strings.HasSuffix(toks[i].Norm, "ed") && toks[i].Norm != "told" {
		return false, false, j
	}
	switch toks[j].Norm {
	case "when", "if", "once", "as", "and", ",", "(":
		return false, true, j
	}
	return false, false, j
}

// itIs reports the "'s" of "it's" at token j, after the sentence's token
// first: "it is", as in "It's reported that", not the "has" of "he's
// said".
func itIs(toks []segment.Token, j, first int) bool {
	return j > first && (toks[j].Norm == "'s" || toks[j].Norm == "’s") && toks[j-1].Norm == "it"
}

// reducedRelative reports a cue at tokens [i, i+n) of sentence s that is
// a past participle right after a noun and before "by" and its agent,
// passiveCue having read it in no passive (asPassive false): a reduced
// relative clause ("a sentiment endorsed by the 10,000 people", "the
// report released by the FBI"), whose noun is what the agent did
// something to, never who did it. The word before is no closed-class word
// (an auxiliary, "be", an adverb of the closed class: function words) nor
// an adverb in -ly.
func (a *attributor) reducedRelative(i, n int, s segment.Sentence, asPassive bool) bool {
	toks := a.txt.Tokens
	if asPassive || i <= s.First || !strings.HasSuffix(toks[i].Norm, "ed") || !a.agentBy(i+n, s) {
		return false
	}
	p := &toks[i-1]
	return p.Kind == segment.Word && !english.IsFunctionWordKey(p.Key, p.Norm) && !strings.HasSuffix(p.Norm, "ly")
}
