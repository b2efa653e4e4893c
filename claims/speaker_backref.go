package claims

import (
	"strings"
	"unicode"

	"github.com/claimdiff/claimdiff/claims/english"
	"github.com/claimdiff/claimdiff/claims/segment"
)

// Back-references: pronouns resolved against the speakers and subjects of
// a bounded window of earlier sentences, so resolution is O(1) per claim.

// pronoun resolves he/she/they/it at token i of sentence sent to the most
// salient compatible speaker: a speaker or the subject earlier in this
// sentence, the subject of a time clause opening it, the previous
// sentence's
// speaker or subject, then earlier speakers.
func (a *attributor) pronoun(typ SpeakerType, i, sent int) speaker {
	g := english.PronounGender(a.txt.Tokens[i].Norm)
	it := a.txt.Tokens[i].Norm == "it" || a.txt.Tokens[i].Norm == "its"
	// genderFits: "she" is not Mr. Trump; a name of unknown sex fits either
	// and "he" or "she" is one person, not "Edmonson and Harrison"
	genderFits := func(s speaker) bool {
		return g == 0 || (a.gender[s.name] == 0 || a.gender[s.name] == g) && !strings.Contains(s.name, " and ")
	}
	// he or she is a person: a referent with no capital in its name must
	// be headed by a word of the rules' people ("the spokesman", "a
	// source"), not "the book" or "the remarks" that a cue made a subject;
	// a name must not end in a place's word ("the Aral Sea")
	person := func(s speaker) bool {
		if g == 0 {
			return true
		}
		if strings.IndexFunc(s.name, unicode.IsUpper) < 0 {
			return a.personHead(s.name)
		}
		last, more := lastWord(s.name)
		var buf [32]byte
		return !more || !a.r.Attribution.PlaceHeads.HasWord(string(segment.AppendLower(buf[:0], last)))
	}
	// kind: the referent is of the pronoun's kind, its sex and person
	// asked apart (fits), once a candidate
	kind := func(s speaker) bool {
		if typ == SpeakerPerson {
			// a one-word "person" never named in full ("UPDATE", "Ahead",
			// "Trumps") is too weak to stand behind a pronoun
			// ("Mr. Carter" is strong: the title says a person)
			return s.typ == SpeakerPerson && (strings.Contains(s.name, " ") || !a.txt.Tokens[s.first].Cap || a.gender[s.name] != 0)
		}
		if it && s.typ == SpeakerAnonymous && pluralNoun(headWord(s.name)) {
			return false // "Low-income families got a credit ... it expects": "it" is one
		}
		return s.typ == SpeakerOrganisation || s.typ == SpeakerAnonymous || s.typ == SpeakerMedia
	}
	want := func(s speaker) bool { return genderFits(s) && person(s) && kind(s) }
	// a one-word name that spoke ("..., Lisa said") is strong enough
	wantSpeaker := func(s speaker) bool {
		return genderFits(s) && person(s) && (kind(s) || typ == SpeakerPerson && s.typ == SpeakerPerson)
	}
	pick := func(s speaker) speaker {
		return speaker{name: s.name, typ: s.typ, first: i, last: i + 1}
	}
	if cur := a.salienceOf(sent); cur != nil {
		for k := len(cur.speakers) - 1; k >= 0; k-- {
			if wantSpeaker(cur.speakers[k]) && cur.speakers[k].first < i {
				return pick(cur.speakers[k])
			}
		}
		if want(cur.subject) && cur.subject.first < i {
			return pick(cur.subject)
		}
		// "When Ervin Clinton called 911, he told dispatchers": the
		// subject of the time clause that opens the sentence ("If
		// Clinton is elected, he said" is someone else's)
		first := a.txt.Sentences[sent].First
		for _, p := range cur.persons {
			if p.first == first+1 && p.last <= i && english.IsTemporalSubordinator(a.txt.Tokens[first].Norm) && want(p) {
				return pick(p)
			}
		}
		// "the decision by Mr. Ruiz to give $75,000, for which he
		// apologized": a document's author named before it in this
		// sentence
		for k := len(cur.authors) - 1; k >= 0; k-- {
			if p := cur.authors[k]; p.last <= i && want(p) {
				return pick(p)
			}
		}
	}
	for s := sent - 1; s >= sent-lookbackSentences && s >= 0; s-- {
		ss := a.salienceOf(s)
		if ss == nil {
			continue
		}
		for k := len(ss.speakers) - 1; k >= 0; k-- {
			if wantSpeaker(ss.speakers[k]) {
				return pick(ss.speakers[k])
			}
		}
		if want(ss.subject) {
			return pick(ss.subject)
		}
	}
	for s := sent - 1; s >= sent-lookbackSentences && s >= 0; s-- {
		if ss := a.salienceOf(s); ss != nil {
			for k := len(ss.persons) - 1; k >= 0; k-- {
				if want(ss.persons[k]) {
					return pick(ss.persons[k])
				}
			}
		}
	}
	return speaker{}
}

// headWord returns the head noun of a speaker's name: its last word
// before "of" ("coalition" of "a coalition of aid groups"), else its
// last word.
func headWord(name string) string {
	if i := strings.Index(name, " of "); i >= 0 {
		name = name[:i]
	}
	last, _ := lastWord(name)
	return last
}

// personHead reports a speaker named in lower case (name has no capital)
// whose head word is one of the rules' roles or anonymous sources, in the
// singular or the plural: "the spokesman", "a senior official", "the
// victim's mother".
func (a *attributor) personHead(name string) bool {
	at := a.r.Attribution
	h := headWord(name)
	return at.Roles.HasWord(h) || at.Anonymous.HasWord(h) || singularIn(at.Roles, h) || singularIn(at.Anonymous, h)
}
