package claims

import (
	"strings"

	"github.com/claimdiff/claimdiff/claims/english"
	"github.com/claimdiff/claimdiff/claims/segment"
)

// maxNounSubject bounds the words of a plain noun-phrase subject.
const maxNounSubject = 5

// nounSubject reads the subject of the cue at token i when no list names
// it: a noun phrase opening its clause right before the cue's verb
// ("some analyses suggest", "The online retail giant reported",
// "newspaper editorials railed against it"), its head a noun the cue
// agrees with. Not a time ("Last week proved"), a passive ("was
// retweeted"), nor a noun compound the cue ends ("a news report").
func (a *attributor) nounSubject(class cueClass, i, si int) speaker {
	s := a.txt.Sentences[si]
	toks := a.txt.Tokens
	w := toks[i].Norm
	if strings.HasSuffix(w, "ing") || i > s.First && toks[i-1].Norm == "to" {
		return speaker{}
	}
	if passive, reduced, _ := a.passiveCue(i, s); passive || reduced {
		return speaker{}
	}
	_, l := a.beforeVerbGroup(i, s)
	h := l - 1
	if h < s.First || !a.nounWord(h) || a.timeAdjunct(h, s.First) >= 0 || english.IsTimeWordKey(toks[h].Key, toks[h].Norm) {
		return speaker{}
	}
	if (class == speechCue || class == evidenceCue) && !a.listedHead(h) {
		// a speech cue's subject sources the sentence's claims: people
		// or a group the rules list ("his advisers say"), not "state
		// laws say", "aerial photos suggest"
		return speaker{}
	}
	head := toks[h].Norm
	sing := false // a verb in -s, which a singular head takes
	plural := pluralNoun(head) && head != "news"
	switch {
	case l < i || strings.HasSuffix(w, "ed"):
		// "may say", "reported": no agreement to see
	case english.IsIrregularPastKey(toks[i].Key, w):
		if l-h == 1 && h > s.First && !english.IsArticleKey(toks[h-1].Key, toks[h-1].Norm) && !english.IsPossessiveKey(toks[h-1].Key, toks[h-1].Norm) &&
			!english.IsQuantifierKey(toks[h-1].Key, toks[h-1].Norm) && !plural {
			// "after great thought", "conservative thought leaders": a
			// bare singular before a past that is a noun as often
			return speaker{}
		}
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		if plural {
			return speaker{}
		}
		sing = true
	case !plural:
		return speaker{} // "a news report": a compound, no subject and verb
	}
	f := h
	for f > s.First && h-f < maxNounSubject {
		t := &toks[f-1]
		if a.inQuote[f-1] >= 0 {
			break
		}
		if english.IsArticleKey(t.Key, t.Norm) || english.IsPossessiveKey(t.Key, t.Norm) && t.Norm != "whose" || english.IsQuantifierKey(t.Key, t.Norm) ||
			a.nounWord(f-1) || t.Cap && !functionLike(t.Key, t.Norm) {
			f--
			continue
		}
		break
	}
	if t := &toks[f]; sing && !english.IsArticleKey(t.Key, t.Norm) && !english.IsPossessiveKey(t.Key, t.Norm) && !english.IsDemonstrative(t.Norm) {
		// "its new operator says", "the oil industry says"; not "much
		// higher estimates", a plural noun after an adjective
		return speaker{}
	}
	if !a.opensClause(f, s) && (f == s.First || toks[f-1].Norm != ";" && toks[f-1].Norm != ":") {
		return speaker{}
	}
	if sp := a.resolve(f, l, si); sp.named() {
		return sp // typed as the phrase reads: "its new operator" a person
	}
	return speaker{name: a.unnamed(f, l), typ: SpeakerAnonymous, first: f, last: l}
}

// nounWord reports a word at token k that may be a noun of a subject: a
// plain lower-case word, or a capitalised one opening its sentence that
// is no function word ("Analysts say").
func (a *attributor) nounWord(k int) bool {
	t := &a.txt.Tokens[k]
	if t.Cap {
		return t.Kind == segment.Word && a.opensSentence(k) && !functionLike(t.Key, t.Norm) && pronounType(t.Norm) == "" &&
			!strings.HasSuffix(t.Norm, "ing") && !strings.HasSuffix(t.Norm, "ly") && !strings.HasSuffix(t.Norm, "ed") && !strings.ContainsAny(t.Norm, "'’") && a.inQuote[k] < 0
	}
	return a.plainNouns(k, k+1) && pronounType(t.Norm) == "" && !strings.ContainsAny(t.Norm, "'’")
}
