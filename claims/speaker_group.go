package claims

import (
	"strings"

	"github.com/claimdiff/claimdiff/claims/english"
	"github.com/claimdiff/claimdiff/claims/segment"
)

// The subject of a listed speech cue that no list names: a group of
// people not named ("But hacking specialists say"), or one of them
// ("Another said").

// maxGroupWords bounds the lower-case words of a group subject.
const maxGroupWords = 3

// groupSubject reads the subject of the listed speech cue at token i
// when no list names it whole: lower-case nouns opening their clause,
// right before the cue's verb group, headed by the plural of a listed
// role or group ("But hacking specialists say", "security specialists
// say", "forecasters say"), a group of people not named; or a
// demonstrative and nouns that agree with the cue, headed by a listed
// role or group ("That official said", "these supporters acknowledge";
// not "That impact suggests"). A participle's subject is read elsewhere
// (", adding"), and a singular head is otherwise left alone: "the storm
// said" is no group.
func (a *attributor) groupSubject(i, si int) speaker {
	s := a.txt.Sentences[si]
	toks := a.txt.Tokens
	w := toks[i].Norm
	if strings.HasSuffix(w, "ing") || i+1 < s.Last && toks[i+1].Norm == "by" {
		// ", adding", "call sheets maintained by her aides"
		return speaker{}
	}
	k, l := a.beforeVerbGroup(i, s)
	if k >= s.First && l-1 == k && a.oneOfThem(k, s) {
		return speaker{name: a.unnamed(k, l), typ: SpeakerAnonymous, first: k, last: l}
	}
	if k < s.First || a.inQuote[k] >= 0 {
		return speaker{}
	}
	f := l
	for f > s.First && l-f < maxGroupWords && a.groupWord(f-1, s) {
		f--
	}
	if f == l {
		return speaker{}
	}
	if d := f - 1; d >= s.First && english.IsDemonstrative(toks[d].Norm) && a.opensClause(d, s) && a.agrees(d, l, i) && a.listedHead(l-1) {
		// "That official said", "these supporters acknowledge": someone
		// just named, not named here
		return speaker{name: a.unnamed(d, l), typ: SpeakerAnonymous, first: d, last: l}
	}
	if !pluralNoun(toks[l-1].Norm) || l == i && pluralNoun(w) || !a.opensClause(f, s) || !a.listedHead(l-1) {
		// a plural subject takes no verb in -s: "news reports", "top
		// news tweets" are nouns; and people head it, a role or group
		// the rules list ("security specialists", "cops"), not "home
		// prices" or "state laws"
		return speaker{}
	}
	return speaker{name: a.unnamed(f, l), typ: SpeakerAnonymous, first: f, last: l}
}

// oneOfThem reports a subject at token k of sentence s that stands for
// one of those just named, nobody in particular: "Another said", "One
// says ..., while another says", "Yet another said"; not "No one said",
// "Hardly one said".
func (a *attributor) oneOfThem(k int, s segment.Sentence) bool {
	toks := a.txt.Tokens
	if a.inQuote[k] >= 0 || !standsForOne(toks[k].Norm) {
		return false
	}
	if a.opensClause(k, s) {
		return true
	}
	p := k - 1 // "Yet another": an opening adverb
	return p == a.datelineEnd(s) && english.IsDiscourseAdverbKey(toks[p].Key, toks[p].Norm) &&
		!english.IsDeterminerKey(toks[p].Key, toks[p].Norm) && !negating(toks[p].Norm)
}

// agrees reports a demonstrative at token d that agrees with the head
// before token l and the cue at token i: "that person says", "those
// officials say"; not "those reports" (a noun).
func (a *attributor) agrees(d, l, i int) bool {
	toks := a.txt.Tokens
	if w := toks[d].Norm; w == "this" || w == "that" {
		return !pluralNoun(toks[l-1].Norm)
	}
	return pluralNoun(toks[l-1].Norm) && !(l == i && pluralNoun(toks[i].Norm))
}

// groupWord reports a lower-case plain noun or modifier at token k of a
// group subject (capitalised only because it opens sentence s).
func (a *attributor) groupWord(k int, s segment.Sentence) bool {
	t := a.txt.Tokens[k]
	if t.Cap && !a.opensSentence(k) {
		return false
	}
	return t.Kind == segment.Word && !functionLike(t.Key, t.Norm) && !verbGroup(t.Key, t.Norm) && pronounType(t.Norm) == "" && a.inQuote[k] < 0 &&
		!strings.HasSuffix(t.Norm, "ed") && !strings.HasSuffix(t.Norm, "ly") && !strings.ContainsAny(t.Norm, "'’")
}

// opensClause reports a phrase from token f that opens its clause: at
// the start of sentence s (past a dateline or an opening phrase's comma)
// or after a comma, "but", "than", an adverbial subordinator ("while",
// "because", "when") or a coordinator after a comma (", and").
func (a *attributor) opensClause(f int, s segment.Sentence) bool {
	if f <= a.datelineEnd(s) {
		return true
	}
	switch w := a.txt.Tokens[f-1].Norm; {
	case w == "," || w == "but" || w == "than" || english.IsAdverbialSubordinator(w):
		return true
	case english.IsCoordinator(w):
		// ", and analysts say"; not "her calendar and call sheets"
		return f-2 > s.First && a.txt.Tokens[f-2].Norm == ","
	}
	return false
}

// standsForOne reports a word that stands for one or more of a group
// named before it: "another", "one", "others".
func standsForOne(w string) bool { return w == "another" || w == "one" || w == "others" }

// negating reports an adverb that denies what it opens: "hardly",
// "scarcely", "barely" ("Hardly one said": no one).
func negating(w string) bool { return w == "hardly" || w == "scarcely" || w == "barely" }
