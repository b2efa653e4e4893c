package claims

import (
	"github.com/claimdiff/claimdiff/claims/english"
	"github.com/claimdiff/claimdiff/claims/segment"
)

// Anonymous sources named by why they know: "Two people familiar with the
// talks said", "officials briefed on the plan say", "a senior official,
// who spoke on condition of anonymity, said". The whole phrase is the
// speaker, someone the story does not name (attribution
// anonymous-modifiers), and a cue word inside it ("briefed") is none.

// maxAnonymousPhrase bounds the tokens of an anonymous source's phrase
// before its cue: "two senior administration officials familiar with the
// president's thinking on trade".
const maxAnonymousPhrase = 16

// anonymousSource reads the speaker of the cue at token i of sentence si
// from an anonymous source's phrase that ends right before the cue's verb
// group: a head (anonymousHead), a phrase of attribution
// anonymous-modifiers, and what that phrase is about, opening its clause.
// Nobody otherwise.
func (a *attributor) anonymousSource(i, si int) speaker {
	s := a.txt.Sentences[si]
	toks := a.txt.Tokens
	k, subjEnd := a.beforeVerbGroup(i, s)
	if k <= s.First || subjEnd != k+1 || toks[k].Norm == "to" {
		return speaker{} // "who spoke on condition of anonymity to discuss": the modifier's own
	}
	if toks[k].Norm == "," {
		k-- // "..., who spoke on condition of anonymity, said"
	}
	mods := a.r.Attribution.AnonymousModifiers
	for m := k; m > s.First && m >= k-maxAnonymousPhrase; m-- {
		t := &toks[m]
		if a.inQuote[m] >= 0 || t.Kind == segment.Punct && t.Norm != "," && t.Norm != "'s" && t.Norm != "’s" && t.Norm != "'" {
			return speaker{}
		}
		if !mods.MayStart(t) {
			continue
		}
		_, n := mods.Longest(toks, m, k+1)
		if n == 0 || !a.plainObject(m+n, k+1) {
			continue
		}
		h := m - 1
		if h > s.First && toks[h].Norm == "," {
			h-- // "a senior official, who spoke on condition of anonymity"
		}
		f := a.anonymousHead(h, s)
		if f < 0 {
			return speaker{}
		}
		return speaker{name: a.unnamed(f, k+1), typ: SpeakerAnonymous, first: f, last: k + 1}
	}
	return speaker{}
}

// plainObject reports tokens [f, l) that name what an anonymous source
// knows of, without a verb of their own: "the matter", "the president's
// thinking on trade"; nothing at all after "who spoke on condition of
// anonymity".
func (a *attributor) plainObject(f, l int) bool {
	for k := f; k < l; k++ {
		t := &a.txt.Tokens[k]
		if t.Kind == segment.Word && !t.Cap && (verbGroup(t.Key, t.Norm) || english.IsSubjectPronounKey(t.Key, t.Norm)) {
			return false
		}
		if t.Norm == "," && k != l-1 {
			return false
		}
	}
	return true
}

// anonymousHead returns where the phrase whose head stands at token h of
// sentence s starts, when the head names people the story does not name
// (attribution.anonymous: "officials", "sources"; "person" and "people";
// a role in the plural: "aides", "diplomats") and the phrase opens its
// clause, past its quantity and modifiers ("two senior administration
// officials"); -1 otherwise.
func (a *attributor) anonymousHead(h int, s segment.Sentence) int {
	toks := a.txt.Tokens
	if h < s.First || toks[h].Kind != segment.Word {
		return -1
	}
	t := &toks[h]
	at := a.r.Attribution
	if !at.Anonymous.HasWordKey(t.Key, t.Norm) && t.Norm != "person" && !(pluralNoun(t.Norm) && a.listedHead(h)) {
		return -1
	}
	f := h
	for f > s.First && h-f < 4 {
		p := &toks[f-1]
		lower := !p.Cap || f-1 == a.datelineEnd(s) && (functionLike(p.Key, p.Norm) || a.in.Cover(f-1) >= 0) // "A person", "Two people"
		if p.Kind == segment.Number || p.Kind == segment.Word && lower && !verbGroup(p.Key, p.Norm) && !english.IsPrepositionKey(p.Key, p.Norm) &&
			(!functionLike(p.Key, p.Norm) || english.IsArticleKey(p.Key, p.Norm) || english.IsQuantifierKey(p.Key, p.Norm)) {
			f--
			continue
		}
		break
	}
	if !a.opensClause(f, s) {
		return -1
	}
	return f
}

// inAnonymousModifier reports a cue word at token i of sentence s that
// opens a phrase of attribution.anonymous-modifiers after an anonymous
// source's head: "officials briefed on the plan said", whose cue is
// "said".
func (a *attributor) inAnonymousModifier(i int, s segment.Sentence) bool {
	mods := a.r.Attribution.AnonymousModifiers
	if i <= s.First || !mods.MayStart(&a.txt.Tokens[i]) {
		return false
	}
	if _, n := mods.Longest(a.txt.Tokens, i, s.Last); n == 0 {
		return false
	}
	return a.anonymousHead(i-1, s) >= 0
}
