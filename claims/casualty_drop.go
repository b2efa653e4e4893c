package claims

import (
	"strings"

	"github.com/claimdiff/claimdiff/claims/english"
	"github.com/claimdiff/claimdiff/claims/mention"
	"github.com/claimdiff/claimdiff/claims/names"
	"github.com/claimdiff/claimdiff/claims/phrase"
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
func (b *builder) dropReason(c *Claim, ru *rules.Rule) string {
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
func (b *builder) notCount(c *Claim) string {
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
	case b.objectNotPeople(c):
		return "an object of no people" // "wounded all four tires"
	}
	return ""
}

// notHit tells why a count above zero is of no victim of the story's, or
// "".
func (b *builder) notHit(c *Claim, ru *rules.Rule) string {
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
	case ru.Value != nil && *ru.Value == 1 && b.pairedAfter(c):
		return "one of several" // "wounding a woman and a man"
	case ru.Value != nil && *ru.Value == 1 && ru.Perpetrator == "" && b.perpetratorNamed(c):
		return "the perpetrator" // "The female suspect was wounded by a deputy"
	}
	return ""
}

// perpetratorNamed reports a single victim by rule whose victim noun is
// an adjective of a noun of rules.yaml casualties.perpetrators ("The
// female suspect was wounded by a deputy", "the teen gunman"), or whose
// noun phrase stands in apposition after one ("The suspect, a male, was
// pronounced dead"): the one counted is the perpetrator, which
// killed-perpetrator-one reads when he died. "A male nurse was wounded"
// is a victim.
func (b *builder) perpetratorNamed(c *Claim) bool {
	toks := b.txt.Tokens
	s := b.txt.Sentences[c.sent]
	perps := b.rules.Casualties.Perpetrators
	if c.tok-2 >= s.First && toks[c.tok-1].Norm == "," && perps.HasWordKey(toks[c.tok-2].Key, toks[c.tok-2].Norm) {
		return true
	}
	for i, end := c.tok, b.casualtyText().claimEnd(c); i+1 < end; i++ {
		if b.victimNoun(toks[i].Norm) && perps.HasWordKey(toks[i+1].Key, toks[i+1].Norm) {
			return true
		}
	}
	return false
}

// pairedAfterReach bounds the words between "and" and the noun of the
// victim listed after a single victim by rule ("and her two children").
const pairedAfterReach = 4

// pairedAfter reports a single victim by rule whose noun phrase "and", a
// determiner or possessive and a noun that may name a victim follow, the
// list ending there (a punctuation mark, a preposition, "and" or the
// sentence's end): "wounding a woman and a man", "critically wounding a
// boy and his mother", "injuring a woman and her two children" tell of
// more victims than one. "killed a man and a woman was wounded" joins two
// clauses.
func (b *builder) pairedAfter(c *Claim) bool {
	toks := b.txt.Tokens
	s := b.txt.Sentences[c.sent]
	and := b.casualtyText().claimEnd(c)
	if and+2 >= s.Last || toks[and].Norm != "and" || !determiner(toks[and+1].Norm) {
		return false
	}
	for j := and + 2; j < s.Last && j <= and+1+pairedAfterReach; j++ {
		if b.victimNoun(toks[j].Norm) {
			return j+1 == s.Last || listEnds(toks[j+1])
		}
	}
	return false
}

// listEnds reports a token that ends a list of victims: a punctuation
// mark, a preposition or "and".
func listEnds(t segment.Token) bool {
	return t.Kind == segment.Punct || t.Norm == "and" || english.IsPrepositionKey(t.Key, t.Norm)
}

// conjoined reports a single victim by rule whose noun phrase is the
// second of a subject of two, with no singular verb in the claim's words:
// after "and" and a capitalised word that opens the sentence
// ("Rodriguez and the baby remained hospitalized"), or after "and" (and a
// determiner or possessive in the claim's words) and a noun that may name
// a victim ("Both the driver and a rider had minor injuries", "A
// young mother and her toddler were shot"): the two are
// the victims, not one. "Police arrested Rodriguez and the baby was taken
// to a hospital" joins two clauses, and so does "Elijah Jones was killed
// and a woman was wounded".
func (b *builder) conjoined(c *Claim) bool {
	toks := b.txt.Tokens
	s := b.txt.Sentences[c.sent]
	and := c.tok - 1
	stepped := and > s.First && determiner(toks[and].Norm)
	if stepped {
		and-- // "and her three-year-old son", the claim opening on the noun
	}
	if and <= s.First || toks[and].Norm != "and" {
		return false
	}
	for i, end := c.tok, b.casualtyText().claimEnd(c); i < end; i++ {
		switch toks[i].Norm {
		case "was", "is", "has": // singular only: english.IsBeForm holds "were" too
			return false
		}
	}
	if and-1 == s.First && toks[s.First].Cap {
		return true // "Rodriguez and the baby"
	}
	// The noun before "and" joins the claim's victim only when the claim
	// opens on a noun phrase: "wounded a woman and killed a man" joins
	// two verb phrases, the woman the first verb's object.
	opens := stepped || determiner(toks[c.tok].Norm) || b.victimNoun(toks[c.tok].Norm)
	return opens && b.victimNoun(toks[and-1].Norm)
}

// determiner reports an article or a possessive, the words that open a
// noun phrase naming a victim ("a passenger", "her son").
func determiner(w string) bool {
	return english.IsArticle(w) || english.IsPossessive(w)
}

// rangeEnd reports a number straight after "and" or "to" that follows
// another number which a word that opens a range stands at most
// rangeReach words before ("between", "from", "ages", "aged": "five
// pupils between the ages of 11 and 15 treated", "from 3 to 5"):
// the upper end of a range, not a count of its own. "A gunman opened fire
// on Highway 17 and 3 people were injured" is a count.
func (b *builder) rangeEnd(c *Claim) bool {
	if c.val < 0 {
		return false
	}
	toks := b.txt.Tokens
	s := b.txt.Sentences[c.sent]
	i := b.in.Mentions[c.val].First
	if i-2 < s.First || toks[i-2].Kind != segment.Number {
		return false
	}
	if w := toks[i-1].Norm; w != "and" && w != "to" {
		return false
	}
	for j := i - 3; j >= s.First && j >= i-2-rangeReach; j-- {
		switch toks[j].Norm {
		case "between", "from", "ages", "aged":
			return true
		}
	}
	return false
}

// rangeReach bounds the words between a word that opens a range and the
// range's lower number ("between the ages of 11").
const rangeReach = 4

// says reports whether one of the phrases of set stands in a claim's
// words.
func (b *builder) says(c *Claim, set *phrase.Set[bool]) bool {
	t := b.casualtyText()
	return t.has(set, c.tok, t.claimEnd(c))
}

// unhurt reports an injured or shot claim whose victims the text says
// were not hit: "shot at" as firing at someone, at its sentence's end or
// before "by", "but", a comma, a quantifier or a pronoun ("A deputy was
// shot at several times", "shot at by police"; not "shot at a party",
// "shot at approximately 1 a.m.", "shot at least twice"), or a word of rules.yaml casualties.unhurt in the
// claim or at most unhurtReach tokens after it in its sentence ("... but
// survived without injury", "escaped unharmed").
func (b *builder) unhurt(c *Claim) bool {
	if c.Kind != kindInjured && c.Kind != kindShot {
		return false
	}
	toks := b.txt.Tokens
	s := b.txt.Sentences[c.sent]
	end := b.casualtyText().claimEnd(c)
	for i := c.tok; i+1 < s.Last && i < end; i++ {
		if toks[i].Norm != "shot" || toks[i+1].Norm != "at" {
			continue
		}
		if i+2 >= s.Last {
			return true
		}
		switch n := toks[i+2].Norm; {
		case n == "by" || n == "but" || n == ",":
			return true // "shot at by police", "shot at but missed"
		case n != "least" && (english.IsQuantifier(n) || english.IsPronoun(n)):
			return true // "shot at several times", "shot at him"; not "shot at least twice"
		}
	}
	return b.casualtyText().has(b.rules.Casualties.Unhurt, c.tok, min(s.Last, end+unhurtReach))
}

// diedOtherwise reports a killed claim whose death the text puts down to
// another cause than the violence it tells of: a word of rules.yaml
// casualties.natural-deaths in the claim or at most unhurtReach tokens
// after it in its sentence ("Man shot in 2016 robbery dies of cancer at
// 71"): he was shot, and died years later, no casualty of it.
func (b *builder) diedOtherwise(c *Claim) bool {
	if c.Kind != kindKilled {
		return false
	}
	s := b.txt.Sentences[c.sent]
	t := b.casualtyText()
	return t.has(b.rules.Casualties.NaturalDeaths, c.tok, min(s.Last, t.claimEnd(c)+unhurtReach))
}

// animalVictim reports a claim by rule whose victim is an animal: a
// noun of rules.yaml casualties.not-people at most animalReach words
// into it, after an article or possessive ("fatally shot his dog and then turned the gun on himself",
// "killed a deer before shooting himself").
func (b *builder) animalVictim(c *Claim) bool {
	toks := b.txt.Tokens
	end := min(b.casualtyText().claimEnd(c), c.tok+animalReach)
	for k := c.tok + 1; k < end; k++ {
		if _, n := b.rules.Casualties.NotPeople.Longest(toks, k, end); n == 0 || english.IsQuantifierKey(toks[k-1].Key, toks[k-1].Norm) {
			continue // "shot multiple times" is how often
		}
		for j := k - 1; j > c.tok && j >= k-3; j-- {
			if w := toks[j].Norm; determiner(w) || w == "'s" {
				return true // "his dog", "a deer", "his neighbor's dog"
			}
		}
	}
	return false
}

// agentOf reports a single victim by rule, headline style ("Deputy
// fatally shot"), whose verb, with no form of "be" before it, has an
// object straight after it that says the noun is who shot, in the active
// voice: an animal (an article, a possessive or a number and a noun of
// rules.yaml casualties.not-people: "The deputy fatally shot 2 dogs"), or
// a person named by an object pronoun ("police say 23-year-old Denzell
// Braud shot them", "the 34-year-old shot and killed his wife"). "her"
// is left to objectVictim: it is a possessive too ("shot her son").
func (b *builder) agentOf(c *Claim) bool {
	s := b.txt.Sentences[c.sent]
	_, end, ok := b.activeObject(c)
	if !ok {
		return false
	}
	toks := b.txt.Tokens
	w := toks[end].Norm
	switch {
	case w == "him" || w == "them":
		return true
	case w == "and" && end+2 < s.Last && (toks[end+1].Norm == "killed" || toks[end+1].Norm == "wounded" || toks[end+1].Norm == "injured"):
		// "shot and killed his wife": who shot, as a shot count
		n := &toks[end+2]
		return n.Norm == "him" || n.Norm == "them" || c.Kind == kindShot && (english.IsArticleKey(n.Key, n.Norm) || english.IsPossessiveKey(n.Key, n.Norm))
	}
	k := b.in.Cover(end)
	if !english.IsArticle(w) && !english.IsPossessive(w) && (k < 0 || b.in.Mentions[k].Type == mention.Date || b.in.Mentions[k].Type == mention.Duration || b.in.Mentions[k].Value == nil) {
		return false
	}
	// the object an animal: "The deputy fatally shot 2 dogs". A person
	// object ("the grandson fatally shot his brother") is objectVictim's.
	return b.casualtyText().has(b.rules.Casualties.NotPeople, end, min(s.Last, end+agentReach))
}

// agentReach bounds the words of the object after a verb read for an
// animal ("2 stray pit bulls").
const agentReach = 4

// animalReach bounds the words of a claim read for its victim: a verb, a
// determiner and two words ("fatally shot his neighbor's dog").
const animalReach = 6

// unhurtReach bounds how many tokens after a claim a word that says its
// victim was not hurt may stand.
const unhurtReach = 6

// unrealised reports a casualty claim whose words open with a verb in its
// base form after "to" or a modal ("threatening to kill one of them",
// "could kill thousands", "would wound 20"): a threat, a purpose or a
// forecast, no one's toll; so is one in a condition (conditional).
func (b *builder) unrealised(c *Claim) bool {
	toks := b.txt.Tokens
	s := b.txt.Sentences[c.sent]
	i := c.tok
	if i <= s.First || i >= s.Last || toks[i].Kind != segment.Word {
		return false
	}
	if b.conditional(c) {
		return true
	}
	prev := toks[i-1].Norm
	if prev != "to" && !english.IsModal(prev) {
		return false
	}
	// a verb before its count ("kill one", "wound 20"), in its base form
	// ("farewell to toddler killed" opens with no verb)
	if c.val < 0 || b.in.Mentions[c.val].First != i+1 {
		return false
	}
	return english.VerbForms(toks[i].Norm) != nil
}

// conditional reports a claim inside a clause opened by "if" or "unless"
// (no comma between): a condition, no one's toll ("If the officer had
// fatally shot two people, the review board would have acted"); or a
// death told with no figure after "whether", an open question ("Police
// are investigating whether the woman took her own life"). A count after
// "whether" is a fact the question presumes ("Police did not say whether
// the three people who were wounded knew each other").
func (b *builder) conditional(c *Claim) bool {
	toks := b.txt.Tokens
	s := b.txt.Sentences[c.sent]
	for i := c.tok - 1; i >= s.First && i >= c.tok-slotWindow; i-- {
		switch toks[i].Norm {
		case "if", "unless":
			return true
		case "whether":
			return c.val < 0
		case ",", ";", ":":
			return false
		}
	}
	return false
}

// inName reports whether the count a claim was read from is written in
// digits right after a capitalised word, "#" or "No." inside a sentence: a
// number that is part of a name or a label ("told NewsChannel 15 that a
// child was shot", "Route 9", "Garden Way #9"),
// not a count; unless the words go on capitalised, as in a headline
// ("Police Say 3 Dead").
func (b *builder) inName(c *Claim) bool {
	toks := b.txt.Tokens
	s := b.txt.Sentences[c.sent]
	for i := c.tok; i < s.Last && i < c.tok+slotWindow; i++ {
		k := b.in.Cover(i)
		if k < 0 {
			continue
		}
		first := b.in.Mentions[k].First
		if first <= s.First || toks[first].Kind != segment.Number {
			return false
		}
		p := toks[first-1]
		if p.Norm == "#" || p.Norm == "no." {
			return true // "Garden Way #9", "No. 5": a label, not a count
		}
		next := b.in.Mentions[k].Last
		titleCase := next < s.Last && toks[next].Cap // "Police Say 3 Dead"
		return p.Kind == segment.Word && p.Cap && p.Newlines == 0 && !names.IsFunctionWord(p.Norm) && !titleCase
	}
	return false
}

// either reports a count of two outcomes joined by "or": "eight youths
// have been injured or killed", "killed or wounded 20 people". It counts
// the victims of both, and is no figure of either kind.
func (b *builder) either(c *Claim) bool {
	toks := b.txt.Tokens
	out := b.rules.Casualties.Outcomes
	end := b.casualtyText().claimEnd(c)
	if end > c.tok && out.HasWordKey(toks[end-1].Key, toks[end-1].Norm) && end+1 < len(toks) && toks[end].Norm == "or" && out.HasWordKey(toks[end+1].Key, toks[end+1].Norm) {
		return true
	}
	return c.tok >= 2 && toks[c.tok-1].Norm == "or" && out.HasWordKey(toks[c.tok-2].Key, toks[c.tok-2].Norm) && out.HasWordKey(toks[c.tok].Key, toks[c.tok].Norm)
}

// ofPerson reports a number that counts a person's kin, after "of" and a
// noun of people (rules.yaml casualties.people): "Father of 5 killed" is
// one victim, a father of five.
func (b *builder) ofPerson(c *Claim) bool {
	if c.val < 0 {
		return false
	}
	toks := b.txt.Tokens
	s := b.txt.Sentences[c.sent]
	i := b.in.Mentions[c.val].First
	return i-2 >= s.First && toks[i-1].Norm == "of" && b.rules.Casualties.People.HasWordKey(toks[i-2].Key, toks[i-2].Norm)
}

// ofCount reports a death toll's number that is the group some are
// counted of: after a number and "of", the verb straight after it ("one
// of the six died", "one of 5 has died"): the six are those hurt, not the
// dead. With a noun after it the group is the dead ("two of the three
// people who died").
func (b *builder) ofCount(c *Claim) bool {
	if c.val < 0 || c.Kind != kindKilled {
		return false
	}
	toks := b.txt.Tokens
	s := b.txt.Sentences[c.sent]
	if j := b.in.Mentions[c.val].Last; j >= s.Last || !english.IsAuxiliaryKey(toks[j].Key, toks[j].Norm) && !english.IsAdverbKey(toks[j].Key, toks[j].Norm) && !b.rules.Casualties.Deaths.HasWordKey(toks[j].Key, toks[j].Norm) {
		return false
	}
	i := b.in.Mentions[c.val].First - 1
	if i > s.First && (toks[i].Norm == "the" || toks[i].Norm == "those") {
		i--
	}
	if i-1 < s.First || toks[i].Norm != "of" {
		return false
	}
	m := b.in.Cover(i - 1)
	return m >= 0 && b.in.Mentions[m].Value != nil
}

// otherClause reports a number whose casualty words belong to a relative
// clause of an incident named after it: "police charge two in Norfolk
// shooting that injured six" counts the charged, not the injured.
func (b *builder) otherClause(c *Claim) bool {
	toks := b.txt.Tokens
	for i := c.tok + 1; i+1 < len(toks) && toks[i+1].Start < c.Span.End; i++ {
		if b.rules.Frames.Incidents.HasWordKey(toks[i].Key, toks[i].Norm) && (toks[i+1].Norm == "that" || toks[i+1].Norm == "which") {
			return true
		}
	}
	return false
}

// agent reports a count in an agent phrase, its outcome word an adjective
// before the noun: "The first 911 call was placed by two wounded
// soldiers" tells who called, and counts the incident's wounded no more
// than "two soldiers" would.
func (b *builder) agent(c *Claim) bool {
	if c.val < 0 {
		return false
	}
	toks := b.txt.Tokens
	s := b.txt.Sentences[c.sent]
	first := b.in.Mentions[c.val].First
	if first <= s.First || toks[first-1].Norm != "by" {
		return false
	}
	end := b.casualtyText().claimEnd(c)
	if end <= first || end >= s.Last || !b.rules.Casualties.Outcomes.HasWordKey(toks[end-1].Key, toks[end-1].Norm) {
		return false
	}
	next := toks[end]
	return next.Kind == segment.Word && !english.IsFunctionWordKey(next.Key, next.Norm) && !b.rules.Casualties.Outcomes.HasWordKey(next.Key, next.Norm)
}

// decadeSpan reports a number that is a span of ages or years, not a count:
// "in their 20's with gun shot wounds", "in his 30s", "the 1990s". A
// round number written with "s" or "'s" straight after it (no space) is
// one.
func (b *builder) decadeSpan(c *Claim) bool {
	if c.val < 0 {
		return false
	}
	toks := b.txt.Tokens
	m := b.in.Mentions[c.val]
	i := m.Last - 1
	if i < m.First || toks[i].Kind != segment.Number {
		return false
	}
	w := toks[i].Norm
	if n, ok := strings.CutSuffix(w, "s"); ok && roundNumber(n) {
		return true // "20s"
	}
	if !roundNumber(w) || i+1 >= len(toks) || toks[i+1].Start != toks[i].End {
		return false
	}
	switch toks[i+1].Norm {
	case "'s", "’s", "s":
		return true // "20's"
	}
	return false
}

// notPeople reports a number that counts no people: one a noun of
// rules.yaml casualties.not-people or repeats follows, straight after it or after
// one word ("fatally shot three times" is how often, not how many; "the
// deputy fatally shot 2 dogs", "two stray pit bulls": animals are no
// casualties).
func (b *builder) notPeople(c *Claim) bool {
	if c.val < 0 {
		return false
	}
	toks := b.txt.Tokens
	s := b.txt.Sentences[c.sent]
	j := b.in.Mentions[c.val].Last
	for k := j; k < s.Last && k <= j+1; k++ {
		if _, n := b.rules.Casualties.NotPeople.Longest(toks, k, s.Last); n > 0 {
			return true
		}
		if _, n := b.rules.Casualties.Repeats.Longest(toks, k, s.Last); n > 0 {
			return true
		}
	}
	return false
}

// objectNotPeople reports an injured count after its verb that a plural
// noun straight after it tells counts no people: one neither of
// rules.yaml casualties.people-plural nor a plural of a noun of people
// ("The gunman wounded all four tires of the patrol car", "The ruling
// injures 2 companies"). "wounding 16 others", "injured three young men"
// and "wounding 16 before taking his own life" count people.
func (b *builder) objectNotPeople(c *Claim) bool {
	if c.val < 0 || c.Kind != kindInjured {
		return false
	}
	toks := b.txt.Tokens
	s := b.txt.Sentences[c.sent]
	mv := b.in.Mentions[c.val]
	j := mv.Last
	if mv.First <= c.tok || j >= s.Last {
		return false // the count before its verb: "Two people were injured"
	}
	t := toks[j]
	if t.Kind != segment.Word || t.Cap || !strings.HasSuffix(t.Norm, "s") || english.IsFunctionWordKey(t.Key, t.Norm) || english.IsAdverbKey(t.Key, t.Norm) {
		return false
	}
	if _, n := b.rules.Casualties.PeoplePlural.Longest(toks, j, s.Last); n > 0 {
		return false
	}
	return !b.victimNoun(t.Norm)
}

// roundNumber reports digits that end in 0 ("20", "1990"): a decade.
func roundNumber(w string) bool {
	if len(w) < 2 || w[len(w)-1] != '0' {
		return false
	}
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// oneShot reports a shot count that is the noun: "fired one shot".
func oneShot(c *Claim) bool {
	if c.Kind != kindShot || c.Value.Number != 1 {
		return false
	}
	f := strings.Fields(strings.ToLower(c.Text))
	return len(f) == 2 && f[1] == "shot"
}

// negated reports whether the words of a claim deny it: "two other
// children were not injured" counts nobody injured, and so does "no"
// straight after a verb ("A 39-year-old man and a 26-year-old man
// suffered no gunshot wounds"); "a man with no identification was
// wounded" is no denial.
func (b *builder) negated(c *Claim) bool {
	toks := b.txt.Tokens
	for i, end := c.tok, b.casualtyText().claimEnd(c); i < end; i++ {
		switch toks[i].Norm {
		case "not", "n't", "never":
			return true
		case "no":
			if i > c.tok && toks[i-1].Kind == segment.Word && !english.IsFunctionWordKey(toks[i-1].Key, toks[i-1].Norm) {
				return true
			}
		}
	}
	return false
}

// clause reports a casualty phrase with a verb: "were shot", "has been
// shot", not a headline's bare "3 shot".
func clause(text string) bool {
	for _, w := range strings.Fields(strings.ToLower(text)) {
		if english.IsAuxiliary(w) {
			return true
		}
	}
	return false
}
