package compare

import (
	"slices"
	"strings"
	"unicode"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/english"
	"github.com/claimdiff/claimdiff/claims/phrase"
)

// deathsBeside are the people whose own death a claim's sentence reports
// beside the claim's ("Dale Hurst of Lingle died the day after his son
// died": Hurst, beside the son's death): a name of two capitalised
// words or more that a word of death (deaths: the casualties.deaths list)
// follows within a few words, outside the claim's text. Each is given by
// its last word. The claim's person is none of them.
func deathsBeside(c *claims.Claim, deaths *phrase.Set[bool]) []string {
	if deaths == nil {
		return nil
	}
	start := c.Span.Start - c.SentenceSpan.Start
	end := c.Span.End - c.SentenceSpan.Start
	if start < 0 || end > len(c.Sentence) || start > end {
		return nil
	}
	var out []string
	for _, around := range []string{c.Sentence[:start], c.Sentence[end:]} {
		words := strings.Fields(around)
		for k, w := range words {
			if !deaths.Has(strings.ToLower(strings.Trim(w, ",.;:"))) {
				continue
			}
			if name := nameBefore(words[max(0, k-5):k]); name != "" && !slices.Contains(out, name) {
				out = append(out, name)
			}
		}
	}
	return out
}

// nameBefore is the last word of the first run of two capitalised words
// or more in words, a run after "of", "in", "at" or "from" (where
// someone is from) left out; "" when there is none.
func nameBefore(words []string) string {
	run := 0
	for i, w := range words {
		w = strings.Trim(w, ",;:")
		if w != "" && unicode.IsUpper([]rune(w)[0]) && (i == 0 || run > 0 || !placeWord(words[i-1])) {
			run++
			if run >= 2 && (i+1 == len(words) || !startsCapital(words[i+1])) {
				return strings.Trim(w, ",;:.'’s")
			}
			continue
		}
		run = 0
	}
	return ""
}

// placeWord reports a preposition a town's name follows: a place
// preposition ("in Lingle", english.IsPlacePreposition), or "of" and
// "from", which say where someone is from ("a man of Lingle").
func placeWord(w string) bool {
	w = strings.ToLower(w)
	return english.IsPlacePreposition(w) || w == "of" || w == "from"
}

// pronounDeath reports a claim of one death told by a pronoun alone ("he
// died", "She died"): its person is whoever its sentence calls by name.
func pronounDeath(it *item) bool {
	return slices.Contains(it.persons, "male") || slices.Contains(it.persons, "female")
}

// diedApart reports two single-person claims of which one's sentence
// reports the death of someone else beside its own (diedBeside) and the
// other describes that person: its victim, or a pronoun in a sentence that
// calls them by name ("Hurst was flown to a regional hospital ...,
// where he died" is the father's death, not the son's).
func diedApart(a, b *item) bool {
	for _, name := range a.diedBeside {
		if b.c.Victim != "" && strings.Contains(b.c.Victim, name) ||
			pronounDeath(b) && slices.Contains(strings.FieldsFunc(b.c.Sentence, func(r rune) bool { return !unicode.IsLetter(r) }), name) {
			return true
		}
	}
	return false
}

// perpetratorApart reports two single deaths of which one is the
// perpetrator's own (its rule says so: "The suspect was found dead",
// frame perpetrator included) and the other a victim's its words describe
// ("A 4-year-old girl was shot and killed"): two persons, never one
// document's fact.
func perpetratorApart(a, b *item) bool {
	one := func(it *item) bool { return it.c.Value != nil && it.c.Value.Number == 1 }
	if !one(a) || !one(b) {
		return false
	}
	pa, pb := frameOf(a.c).Perpetrator, frameOf(b.c).Perpetrator
	return pa == perpIncluded && pb == "" && len(b.persons) > 0 || pb == perpIncluded && pa == "" && len(a.persons) > 0
}
