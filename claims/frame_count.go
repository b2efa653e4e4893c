package claims

import (
	"strings"

	"github.com/claimdiff/claimdiff/claims/english"
	"github.com/claimdiff/claimdiff/claims/mention"
	"github.com/claimdiff/claimdiff/claims/names"
	"github.com/claimdiff/claimdiff/claims/segment"
)

// notACount reports numbers a generic kind must not claim: a number that
// is part of a name ("FTSE 100", "Boeing 737"), a denominator ("per
// 100,000"), or a lone "one", which is far more often a pronoun or an
// article ("one of them", "one day") than a count.
func (b *builder) notACount(mv mention.Mention, s segment.Sentence) bool {
	toks := b.txt.Tokens
	if mv.Type != mention.Number {
		return false
	}
	if b.inClock(mv, s) {
		return true // "14:00 local time", "at 6:30": a clock, not a count
	}
	if b.norm(mv.First-1, s) == "of" && mv.First-2 >= s.First {
		// "Hide Caption 4 of 43 Photos", "Image 4 of 8", "Game 3 of 7": a
		// place in a series after its label, not a count ("one of 43
		// firearms stolen" is one)
		if k := b.in.Cover(mv.First - 2); k >= 0 && b.in.Mentions[k].Type == mention.Number && b.in.Mentions[k].Last == mv.First-1 {
			n := b.in.Mentions[k]
			if l := n.First - 1; l >= s.First && toks[n.First].Kind == segment.Number && toks[l].Cap &&
				toks[l].Kind == segment.Word && !names.IsFunctionWord(toks[l].Norm) {
				return true
			}
		}
	}
	if mv.Value.Number == 1 && mv.Value.Bound == mention.Exact {
		// "one statement" counts; "one of them", "no one", "the one" do not
		switch b.norm(mv.First-1, s) {
		case "no", "the", "any", "every", "each", "that", "this", "which", "someone", "anyone":
			return true
		}
		return !b.npAt(mv.Last, s).ok()
	}
	if p := mv.First - 1; p >= s.First {
		if toks[p].Norm == "per" || toks[p].Norm == "no" || toks[p].Norm == "no." || toks[p].Norm == "#" {
			return true
		}
		if b.numberModifier(mv, s) {
			return true
		}
	}
	return b.nameNumber(mv, s)
}

// numberModifier reports a number in digits of more than one between an
// article and a singular noun that heads its phrase ("a 911 call", "the
// 737 jet"): it names the thing
// the noun is, it counts nothing (a count of more than one is of a
// plural: "the 12 victims").
func (b *builder) numberModifier(mv mention.Mention, s segment.Sentence) bool {
	if mv.Value.Number <= 1 || mv.Last-mv.First != 1 || !english.IsArticleKey(b.word(mv.First-1, s)) {
		return false
	}
	if mention.IsStrength(b.txt.Tokens[mv.First].Norm) {
		return false // "a 3,000-strong force" counts the force's members
	}
	if mv.Last >= s.Last {
		return false
	}
	toks := b.txt.Tokens
	t := toks[mv.Last]
	if toks[mv.First].Kind != segment.Number || t.Kind != segment.Word || t.Cap || english.IsFunctionWordKey(t.Key, t.Norm) ||
		english.Singular(t.Norm) != t.Norm || strings.HasSuffix(t.Norm, "s") {
		return false
	}
	// the singular is the phrase's head, not a modifier of one after it
	// ("the 12 guilty verdicts" counts)
	n := mv.Last + 1
	return n >= s.Last || toks[n].Kind != segment.Word || english.IsFunctionWordKey(toks[n].Key, toks[n].Norm) || toks[n].Cap
}

// nameNumber reports a number that is part of a name: "FTSE 100", "Flight
// 370", "Boeing 737".
//
// A singular noun written with a capital after a number that a
// lower-case word of prose comes before ("near 8 Mile and Dequindre", "at
// 10 Downing Street") is a name too: prose writes the noun a count counts
// in lower case, but for proper names ("3 Americans"), which are plural
// after a number above one; a headline, capitalised throughout, is left
// alone.
func (b *builder) nameNumber(mv mention.Mention, s segment.Sentence) bool {
	toks := b.txt.Tokens
	p := mv.First - 1
	if mv.Type != mention.Number || p < s.First || mv.Last-mv.First != 1 {
		return false
	}
	if t := toks[mv.First]; t.Kind == segment.Word {
		// a number in words with a capital, between a lower-case word of
		// prose and another capital: "in Albuquerque's Four Hills
		// neighborhood" (a title-case headline, "Shooting Leaves Four
		// Dead", has capitals before it too)
		u := mv.Last
		return t.Cap && toks[p].Kind == segment.Word && !toks[p].Cap &&
			u < s.Last && toks[u].Kind == segment.Word && toks[u].Cap
	}
	if toks[mv.First].Kind != segment.Number {
		return false
	}
	if toks[p].Cap && toks[p].Kind == segment.Word && !names.IsFunctionWord(toks[p].Norm) && b.isName(p, s) {
		return true
	}
	if u := mv.Last; u < s.Last && toks[u].Cap && toks[u].Kind == segment.Word && toks[p].Kind == segment.Word && !toks[p].Cap {
		// a count of more than one is of a plural: a singular with a capital
		// after it is a name ("8 Mile", "10 Downing Street"), where "3
		// Americans" counts
		w := toks[u].Norm
		if mv.Value.Number <= 1 || english.Singular(w) != w || strings.HasSuffix(w, "s") {
			return false
		}
		// the capitals modify no noun after them ("12 Russian intelligence
		// officers", "11 Pacific Rim nations" count)
		k := u
		for k < s.Last && k < u+4 && toks[k].Cap && toks[k].Kind == segment.Word {
			k++
		}
		return k == s.Last || toks[k].Kind != segment.Word || english.IsFunctionWordKey(toks[k].Key, toks[k].Norm)
	}
	return false
}

// inClock reports a number that is part of a clock time: "14:00",
// "6:30 p.m.", "4 p.m.".
func (b *builder) inClock(mv mention.Mention, s segment.Sentence) bool {
	for i := max(s.First, mv.First-2); i <= mv.First; i++ {
		if _, n := b.clockAt(i, s.Last); n > 0 && i+n > mv.First {
			return true
		}
	}
	// HH:MM wherever it stands: "at around 03:00", "21:30"
	toks := b.txt.Tokens
	colon := func(i int) bool {
		return i > s.First && i+1 < s.Last && toks[i].Norm == ":" && toks[i-1].Kind == segment.Number &&
			toks[i+1].Kind == segment.Number && len(toks[i-1].Norm) <= 2 && len(toks[i+1].Norm) == 2
	}
	return colon(mv.First-1) || colon(mv.Last)
}
