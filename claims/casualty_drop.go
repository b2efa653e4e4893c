package claims

import (
	"github.com/claimdiff/claimdiff/claims/rules"
	"github.com/claimdiff/claimdiff/claims/segment"
)

// dropReason tells why a casualty claim with a value, made by rule ru,
// counts none of the story's victims, or "" when it may: a count by
// number may be a number in a name, a gunshot, a bound of a range, a
// number of kin or of another group, or count no people; a count above
// zero may be denied, unrealised, of people not hit, of a death of
// another cause, or (by rule, one victim) of an animal, by its agent or
// one of a pair; a
// zero of some severity says nothing of lighter injuries; a count of two
// outcomes joined by "or" is no figure of either. Each reason is one
// reading of the claim's words, tried in turn until one holds.
func (b *builder) dropReason(c Claim, ru *rules.Rule) string {
	if b.either(c) {
		return "two outcomes" // "eight were injured or killed"
	}
	if ru.Value == nil {
		if r := b.notCount(c); r != "" {
			return r
		}
	}
	if c.Value.Number > 0 {
		if r := b.notHit(c, ru); r != "" {
			return r
		}
	}
	if c.Value.Number == 0 && b.says(c, b.rules.Casualties.Severities) {
		return "a zero of some severity" // "no one was seriously hurt"
	}
	return ""
}

// notCount tells why the number of a count by number counts no victims,
// or "".
func (b *builder) notCount(c Claim) string {
	switch {
	case b.inName(c):
		return "a number in a name" // "told NewsChannel 15"
	case oneShot(c):
		return "a gunshot" // "fired one shot"
	case b.rangeEnd(c):
		return "the end of a range" // "between the ages of 11 and 15"
	case b.otherClause(c):
		return "another clause's number" // "charge two in a shooting that injured six"
	case b.ofPerson(c):
		return "a person's kin" // "Father of 5 killed"
	case b.ofCount(c):
		return "the group some are of" // "one of the six died"
	case b.decadeSpan(c):
		return "a span of ages or years" // "in their 20s"
	case b.agent(c):
		return "an agent phrase" // "by two wounded soldiers"
	case b.notPeople(c):
		return "no people" // "shot three times", "2 dogs"
	}
	return ""
}

// notHit tells why a count above zero is of no victim of the story's, or
// "".
func (b *builder) notHit(c Claim, ru *rules.Rule) string {
	switch {
	case b.negated(c):
		return "denied" // "two other children were not injured"
	case b.unrealised(c):
		return "unrealised" // "threatening to kill one of them"
	case b.unhurt(c):
		return "not hit" // "shot at but escaped unharmed"
	case b.diedOtherwise(c):
		return "another cause of death" // "dies of cancer"
	case ru.Value != nil && b.animalVictim(c):
		return "an animal" // "fatally shot his dog"
	case ru.Value != nil && b.agentOf(c):
		return "the agent" // "Deputy fatally shot 2 dogs"
	case ru.Value != nil && *ru.Value == 1 && b.conjoined(c):
		return "one of a pair" // "Rodriguez and the baby remained hospitalized"
	}
	return ""
}

// conjoined reports a single victim by rule whose noun phrase is the
// second of a subject of two, after "and" and a capitalised word that
// opens the sentence, with no singular verb in the claim's words
// ("Rodriguez and the baby remained hospitalized"): the two are the
// victims, not one. "Police arrested Rodriguez and the baby was taken to
// a hospital" joins two clauses.
func (b *builder) conjoined(c Claim) bool {
	toks := b.txt.Tokens
	s := b.txt.Sentences[c.sent]
	if c.tok-2 != s.First || !isListJoiner(toks[c.tok-1].Norm) || toks[c.tok-1].Norm == "," || !toks[s.First].Cap {
		return false
	}
	for i, end := c.tok, b.casualtyText().claimEnd(c); i < end; i++ {
		switch toks[i].Norm {
		case "was", "is", "has":
			return false
		}
	}
	return true
}

// rangeEnd reports a number straight after "and" or "to" that follows
// another number in digits: the upper end of a range or the last of a list of
// numbers ("five children between the ages of 11 and 15 hospitalized",
// "from 3 to 5"), not a count of its own.
func (b *builder) rangeEnd(c Claim) bool {
	if c.val < 0 {
		return false
	}
	toks := b.txt.Tokens
	s := b.txt.Sentences[c.sent]
	i := b.in.Mentions[c.val].First
	if i-2 < s.First {
		return false
	}
	w := toks[i-1].Norm
	return (w == "and" || w == "to") && toks[i-2].Kind == segment.Number && allDigits(toks[i-2].Norm)
}

// allDigits reports a word of digits alone: "11", not "3-year-old".
func allDigits(w string) bool {
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return w != ""
}
