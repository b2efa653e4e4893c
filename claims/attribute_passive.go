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
