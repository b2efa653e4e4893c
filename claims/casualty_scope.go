package claims

import (
	"strings"
	"time"

	"github.com/claimdiff/claimdiff/claims/english"
	"github.com/claimdiff/claimdiff/claims/mention"
	"github.com/claimdiff/claimdiff/claims/segment"
)

// casualtyScope is the scope a casualty count cs[i] takes from its
// sentence, or "" when it counts the story's incident as far as its words
// tell: a count given relative to the story's incident ("the shooting came
// eight months after a bystander was killed") is another incident's; a
// count over a period that runs to now ("150 people have been murdered
// this year", "six kids were wounded over the last 14 months") is a
// tally; a count of some of the victims ("three of the
// victims", "two men and two women were injured", "the three most
// seriously injured") is a part. Only a count
// by number (count) is read for a part: a single victim by rule ("a man
// was killed") may be the whole toll.
func (b *builder) casualtyScope(c *Claim, count bool) string {
	if s := b.relativeIncident(c); s != "" {
		return s
	}
	if b.anotherIncident(c) || b.thatIncident(c) {
		return scopeOther
	}
	if s := b.backgroundDeaths(c); s != "" {
		return s
	}
	if b.pastPeriod(c) {
		return scopeTally
	}
	if count && (b.partOfGroup(c) || b.listedVictim(c) || b.mostHurt(c) || b.othersShot(c) || b.othersBesidePeople(c)) || b.besidesOthers(c) {
		return scopePart
	}
	return ""
}

// relativeIncident reads a count in a clause that places another incident
// relative to the story's: an incident noun (rules.yaml frames.incidents),
// then a span of time and "after" or "before", then the count, in one
// sentence: "The attack came six months after a passer-by
// was killed" (previous), "The incident came hours before three
// police officers were shot dead" (other). "He was arrested a week after
// two people were killed" names no incident before the time: the count is
// the story's.
func (b *builder) relativeIncident(c *Claim) string {
	toks := b.txt.Tokens
	s := b.txt.Sentences[c.sent]
	lo := max(s.First, c.tok-slotWindow)
	for i := c.tok - 1; i > lo; i-- {
		w := toks[i].Norm
		if w != "after" && w != "before" {
			continue
		}
		if !b.spanOfTime(i-1) || !b.incidentBefore(s.First, i-1) {
			return ""
		}
		if w == "after" {
			return scopePrevious
		}
		return scopeOther
	}
	return ""
}

// backgroundDeaths reads a count of deaths by a noun after "the" ("the
// killings of two people": a plural of rules.yaml frames.incidents or
// casualties.deaths) in a phrase that tells of it as background to the
// story: after "since" an incident before the story's ("The neighborhood
// has struggled since the killings of two people at a nearby park":
// previous), after "also" and a verb another the police look into beside
// it ("Police are also investigating the killings of two people in
// Dallas": other). "Police are investigating the killings of two people"
// is the story's own; so is "It's been two months since 11-year-old David
// McIntyre was shot and killed", a clause, not a noun.
func (b *builder) backgroundDeaths(c *Claim) string {
	toks := b.txt.Tokens
	s := b.txt.Sentences[c.sent]
	i := c.tok - 2 // the word before "the"
	if i < s.First || toks[i+1].Norm != "the" || !b.deathNoun(toks[c.tok].Norm) {
		return ""
	}
	if toks[i].Norm == "since" {
		return scopePrevious
	}
	if i > s.First && toks[i-1].Norm == "also" && toks[i].Kind == segment.Word && !english.IsFunctionWordKey(toks[i].Key, toks[i].Norm) {
		return scopeOther
	}
	return ""
}

// deathNoun reports a plural noun of deaths or incidents: "killings",
// "slayings", "murders", "shootings".
func (b *builder) deathNoun(w string) bool {
	if !strings.HasSuffix(w, "s") {
		return false
	}
	w = english.Singular(w)
	return b.rules.Frames.Incidents.HasWord(w) || b.rules.Casualties.Deaths.HasWord(w)
}

// anotherIncident reads a count in a phrase that a preposition opens on
// "another", or an article and a word that marks an incident as another
// (rules.yaml casualties.others), or a phrase of them that needs no
// article ("in last year's shooting"), and an incident noun
// (frames.incidents): "a short drive from another Oak Ridge shooting
// last month that left a 31-year-old father dead", "in another shooting, two men were wounded", "In a separate
// shooting on Friday, two people were shot dead". "Another shooting left
// two dead" opens its sentence on the incident it counts: no preposition,
// the story's own.
func (b *builder) anotherIncident(c *Claim) bool {
	toks := b.txt.Tokens
	s := b.txt.Sentences[c.sent]
	for i := c.tok - 1; i > max(s.First, c.tok-slotWindow); i-- {
		n := b.othersOpen(i, s.First, c.tok)
		if n == 0 {
			continue
		}
		for j := i + n; j < c.tok && j <= i+n-1+anotherReach; j++ {
			if iv := b.rules.Frames.IncidentVerbs; iv.MayStart(&toks[j-1]) {
				if _, n := iv.Longest(toks, j-1, j+1); n == 2 {
					break // "someone in another car opened fire": the verb's object, no incident
				}
			}
			if b.rules.Frames.Incidents.HasWordKey(toks[j].Key, toks[j].Norm) {
				return true
			}
		}
	}
	return false
}

// othersOpen returns the length of a phrase of rules.yaml casualties.others
// at token i, before limit, that a preposition opens, straight before it
// ("in another", "in last week's") or before its article ("in a
// separate"), none before first; 0 when there is none. An ordinal numbers
// the story's own incidents in a series ("In the second shooting in as
// many days, two people were killed", a round-up's "In the second
// shooting, three people were wounded"), and a preposition that places
// the count in time ("Just hours after a separate shooting on Oak Avenue,
// two people were killed") leaves the count the story's own.
func (b *builder) othersOpen(i, first, limit int) int {
	toks := b.txt.Tokens
	_, n := b.rules.Casualties.Others.Longest(toks, i, limit)
	if n == 0 {
		return 0
	}
	if _, ok := english.Ordinal(toks[i].Norm); ok {
		return 0
	}
	p := i - 1
	if toks[i].Norm != "another" && n == 1 {
		if !english.IsArticleKey(toks[p].Key, toks[p].Norm) {
			return 0
		}
		p--
	}
	if p < first || !english.IsPrepositionKey(toks[p].Key, toks[p].Norm) || placesInTime(toks[p].Norm) {
		return 0
	}
	return n
}

// placesInTime reports a preposition that places a clause in time
// relative to the incident it names: the clause's count is not that
// incident's.
func placesInTime(w string) bool {
	return english.IsTemporalSubordinator(w) || w == "following"
}

// thatIncident reads a count in a sentence that names its incident by
// "that" after a preposition: "One person was killed in that shooting",
// "In that incident, two men were wounded". "That shooting" points back
// at the last incident the document told of: another one when that
// mention marks it as another (rules.yaml casualties.others: "the second
// quadruple shooting", "a separate attack"), or when no incident noun
// is found before it within thatLookBack sentences (an attack told of by
// verbs: "last month a woman was attacked"); the story's own when the
// last one told of is unmarked ("Police are investigating a shooting on
// Elm Street. Two people were killed in that shooting"). After "after",
// "before" or "since" the count is of a third incident placed relative
// to that one, which relativeIncident reads.
func (b *builder) thatIncident(c *Claim) bool {
	toks := b.txt.Tokens
	s := b.txt.Sentences[c.sent]
	end := b.casualtyText().claimEnd(c)
	for i := max(s.First+1, c.tok-slotWindow); i+1 < s.Last && i < end+slotWindow; i++ {
		if toks[i].Norm != "that" || !pointsBack(toks[i-1].Norm) {
			continue
		}
		for j := i + 1; j < s.Last && j <= i+1+thatReach; j++ {
			if b.rules.Frames.Incidents.HasWordKey(toks[j].Key, toks[j].Norm) {
				return b.antecedentOther(c.sent, i-1)
			}
			if english.IsFunctionWordKey(toks[j].Key, toks[j].Norm) {
				break
			}
		}
	}
	return false
}

// antecedentOther reports whether the last incident noun before token
// end (of sentence sent, or of one of the thatLookBack sentences before
// it) tells of another incident than the story's: one of rules.yaml
// casualties.others within othersReach words before it in its sentence
// ("the second quadruple shooting", "in a separate attack"). With no
// incident noun that near, the incident "that" points at was told of by
// verbs, which seldom tell the story's own: another.
func (b *builder) antecedentOther(sent, end int) bool {
	toks := b.txt.Tokens
	for si := sent; si >= 0 && si >= sent-thatLookBack; si-- {
		s := b.txt.Sentences[si]
		last := s.Last
		if si == sent {
			last = end
		}
		for j := last - 1; j >= s.First; j-- {
			if !b.rules.Frames.Incidents.HasWordKey(toks[j].Key, toks[j].Norm) {
				continue
			}
			for k := j - 1; k >= s.First && k >= j-othersReach; k-- {
				if _, n := b.rules.Casualties.Others.Longest(toks, k, j); n > 0 {
					return true
				}
			}
			return false
		}
	}
	return true
}

// thatLookBack bounds how many sentences before a count "that shooting"
// looks back for the incident it points at; othersReach bounds the words
// between a word that marks an incident as another and its noun ("a
// second quadruple shooting").
const (
	thatLookBack = 3
	othersReach  = 3
)

// pointsBack reports a preposition that, before "that" and an incident
// noun, makes the incident one told of before: "in that shooting", "from
// that attack", "the victims of that crash".
func pointsBack(w string) bool {
	switch w {
	case "in", "from", "during", "of":
		return true
	}
	return false
}

// thatReach bounds the words between "that" and its incident noun ("that
// double shooting").
const thatReach = 2

// anotherReach bounds the words between "another" and its incident noun
// ("another Pine Hills shooting").
const anotherReach = 4

// pronounAfter reports a sentence that opens on "he", "she" or "they"
// ("She died the next day.") at most pronounReach sentences after
// sentence other: the person it names is most likely the one other spoke of.
func (b *builder) pronounAfter(sent, other int) bool {
	if other < 0 || sent <= other || sent-other > pronounReach {
		return false
	}
	w := b.txt.Tokens[b.txt.Sentences[sent].First].Norm
	return english.IsSubjectPronoun(w) && (english.PronounGender(w) != 0 || w == "they")
}

// pronounReach bounds how many sentences a pronoun looks back for its
// person (pronounAfter).
const pronounReach = 2

// spanOfTime reports whether token i ends a span of time: a duration
// ("eight months", "a week") or a bare plural unit ("hours", "days").
func (b *builder) spanOfTime(i int) bool {
	if i < 0 {
		return false
	}
	if k := b.in.Cover(i); k >= 0 && b.in.Mentions[k].Type == mention.Duration {
		return true
	}
	return english.IsTimeUnit(english.Singular(b.txt.Tokens[i].Norm)) && strings.HasSuffix(b.txt.Tokens[i].Norm, "s")
}

// incidentBefore reports an incident noun in tokens [first, end).
func (b *builder) incidentBefore(first, end int) bool {
	toks := b.txt.Tokens
	for i := max(first, end-slotWindow); i < end; i++ {
		if b.rules.Frames.Incidents.HasWordKey(toks[i].Key, toks[i].Norm) {
			return true
		}
	}
	return false
}

// pastPeriod reports a count over a period that runs to now, said in its
// sentence before or after it: a phrase of rules.yaml casualties.periods
// that ends in a unit of time ("this year", "so far this month"), or one
// that a span of time or a month or year follows ("in the past 17
// months", "in the past year", "so far in 2017"). A month or a year
// alone ("in July", "in 2015") dates an incident, not a period, and so
// does "earlier this month".
func (b *builder) pastPeriod(c *Claim) bool {
	toks := b.txt.Tokens
	s := b.txt.Sentences[c.sent]
	end := b.casualtyText().claimEnd(c)
	for i := max(s.First, c.tok-slotWindow); i < s.Last && i < end+slotWindow; i++ {
		if i == c.tok {
			i = end
		}
		_, n := b.rules.Casualties.Periods.Longest(toks, i, s.Last)
		if n == 0 || i > s.First && datesWithin(toks[i-1].Norm) {
			continue // "earlier this month" dates an incident
		}
		if english.IsTimeUnitKey(toks[i+n-1].Key, toks[i+n-1].Norm) {
			return true
		}
		if k := i + n; k < s.Last && english.IsTimeUnitKey(toks[k].Key, toks[k].Norm) && (k+1 >= s.Last || toks[k+1].Norm != "of") {
			return true // "in the past year"; not "in the last week of June"
		}
		for j := i + n; j < s.Last && j <= i+n+2; j++ {
			if b.spanOfTime(j) || b.periodDate(j) {
				return true
			}
		}
	}
	return false
}

// datesWithin reports a word that makes a period after it a time within
// it: "earlier this month", "late last year".
func datesWithin(w string) bool {
	switch w {
	case "earlier", "later", "early", "late":
		return true
	}
	return false
}

// periodDate reports a month or a year at token i: "2017", "March 2017".
func (b *builder) periodDate(i int) bool {
	k := b.in.Cover(i)
	if k < 0 || b.in.Mentions[k].Type != mention.Date || b.in.Mentions[k].Date == nil {
		return false
	}
	p := b.in.Mentions[k].Date.Precision
	return p == "month" || p == "year"
}

// partOfGroup reports a count of some of a group its "of" names: "three of
// the victims are in stable condition", "four of the victims were rushed
// to hospital" (some of those shot, hurt or not), "killed two of his
// cousins" (some of a family). "Two of them fatally", a death toll among
// those shot, is the toll: a killed count is a part only of a group named
// by a possessive.
func (b *builder) partOfGroup(c *Claim) bool {
	if c.val < 0 || c.Kind == kindShot {
		return false
	}
	toks := b.txt.Tokens
	last := b.in.Mentions[c.val].Last
	if last+1 >= len(toks) || toks[last].Norm != "of" {
		return false
	}
	switch toks[last+1].Norm {
	case "his", "her", "their", "its", "our":
		return true
	case "the", "them", "those", "these", "whom":
		return c.Kind == kindInjured
	}
	return false
}

// mostHurt reports a count of the worst hurt, its number followed by
// "most" and a word of rules.yaml casualties.severities: "the three most
// seriously injured victims" are some of the wounded.
func (b *builder) mostHurt(c *Claim) bool {
	if c.val < 0 {
		return false
	}
	toks := b.txt.Tokens
	last := b.in.Mentions[c.val].Last
	return last+1 < len(toks) && toks[last].Norm == "most" && b.rules.Casualties.Severities.HasWordKey(toks[last+1].Key, toks[last+1].Norm)
}

// ordinalVictim reports a victim counted on by an ordinal past the first
// at the head of the claim's words ("a third person who was wounded", "a
// second victim died at the hospital") when no count of another kind
// before it (at most claimWindow claims back) reaches the victims before
// the ordinal: there were others like this one before, and the one is some
// of the victims, not the toll. After "three people were killed", "a
// fourth person was injured" counts on from the dead: the one wounded.
func (b *builder) ordinalVictim(cs []Claim, i int) bool {
	c := &cs[i]
	toks := b.txt.Tokens
	end := b.casualtyText().claimEnd(c)
	for j := c.tok + 1; j+1 < end && j <= c.tok+2; j++ {
		n, ok := english.Ordinal(toks[j].Norm)
		if !ok || n < 2 || !english.IsArticleKey(toks[j-1].Key, toks[j-1].Norm) || toks[j+1].Norm != "victim" && !b.personNoun(toks[j+1].Norm) {
			continue
		}
		for k := i - 1; k >= 0 && k >= i-claimWindow; k-- {
			if isCasualty(cs[k].Kind) && cs[k].Kind != c.Kind && cs[k].Value != nil && cs[k].Value.Number >= float64(n-1) {
				return false
			}
		}
		return true
	}
	return false
}

// othersShot reports a count of people shot that says they are others:
// "three other men who were also shot", "two others were shot". They are
// the others beside a victim already told of ("the teen who was
// killed"), not the number shot.
func (b *builder) othersShot(c *Claim) bool {
	return c.Kind == kindShot && b.saysOthers(c)
}

// listedVictim reports a count listed after other victims, its number
// joined by "and" or a comma to a noun of people (rules.yaml
// casualties.people) before it: "Two men and two women were injured",
// "2 adults, six children dead", "his wife and their two daughters died".
// It counts some of the victims; "three people were killed and 11 others
// were wounded" joins two counts, not two groups of victims, and "a boy,
// one of three people hit" names one victim twice.
func (b *builder) listedVictim(c *Claim) bool {
	if c.val < 0 {
		return false
	}
	toks := b.txt.Tokens
	s := b.txt.Sentences[c.sent]
	i := b.in.Mentions[c.val].First - 1
	if i > s.First && english.IsPossessiveKey(toks[i].Key, toks[i].Norm) {
		i-- // "their two daughters"
	}
	joined, comma := false, false
	for n := 0; n < 2 && i > s.First && isListJoiner(toks[i].Norm); n++ {
		joined = true
		comma = comma || toks[i].Norm == ","
		i--
	}
	if !joined || i < s.First || !b.personNoun(toks[i].Norm) {
		return false
	}
	if last := b.in.Mentions[c.val].Last; comma && last < s.Last && toks[last].Norm == "of" {
		// "A teenage girl, one of three people struck, has died": an
		// apposition that places the girl among the three, no
		// second group
		return false
	}
	// "six killed, including two cousins, and one hurt" lists
	// outcomes, not victims: no outcome word stands before the people
	for j := i - 1; j >= s.First && j >= i-slotWindow; j-- {
		if b.rules.Casualties.Outcomes.HasWordKey(toks[j].Key, toks[j].Norm) {
			return false
		}
	}
	return true
}

// moreVictimsWindow is how many sentences after a count moreVictims reads.
const moreVictimsWindow = 2

// moreVictims reports a count cs[i] that the next sentences show to be
// some of the victims: they tell of a victim by an ordinal past the count,
// who fared alike ("Three men were taken to Mercy
// General. The fourth man was treated at St. Luke's";
// "Three others were taken to hospitals. A fifth victim was found at an
// area hospital"). "Another
// victim" and "the other three" may count on from a part just named ("One
// of the victims died. Another victim ..."), and a sentence with a
// casualty count of another kind tells of other people ("Two people were
// killed. A third man was wounded.").
func (b *builder) moreVictims(cs []Claim, i int) bool {
	c := &cs[i]
	toks := b.txt.Tokens
	last := min(len(b.txt.Sentences)-1, c.sent+moreVictimsWindow)
	for si := c.sent + 1; si <= last; si++ {
		if b.otherKindIn(cs, i, si) {
			continue
		}
		s := b.txt.Sentences[si]
		for j := s.First + 1; j+1 < s.Last && j < s.First+3*slotWindow; j++ {
			n, ok := english.Ordinal(toks[j].Norm)
			if !ok || float64(n) <= c.Value.Number || !english.IsArticleKey(toks[j-1].Key, toks[j-1].Norm) {
				continue
			}
			// "a fifth victim", "the fourth male victim", not "the third
			// floor"; of the count's outcome: a death for the dead, none
			// for the wounded ("Three men were taken to the hospital.
			// The fourth victim, a woman, died.")
			if w := toks[j+1].Norm; w != "victim" && !b.personNoun(w) {
				continue
			}
			switch dead := b.casualtyText().tellsDeathIn(s); c.Kind {
			case kindKilled:
				return dead
			case kindInjured:
				return !dead
			}
			return true
		}
	}
	return false
}

// otherKindIn reports a casualty count of another kind than cs[i]'s in
// sentence si, looking at most claimWindow claims on.
func (b *builder) otherKindIn(cs []Claim, i, si int) bool {
	for j := i + 1; j < len(cs) && j <= i+claimWindow && cs[j].sent <= si; j++ {
		if cs[j].sent == si && isCasualty(cs[j].Kind) && cs[j].Kind != cs[i].Kind {
			return true
		}
	}
	return false
}

// moreOf reports a count of victims beyond an earlier count of its kind,
// in its sentence or the followWindow before: "three were killed and four
// hurt, but another two have since died", "one child was
// found dead in the house while the other two died". It counts the ones
// added, not the total. "1 dead, 3 more shot" and "One of them died. The
// remaining three have minor injuries" count others of
// another kind: the wounded.
func (b *builder) moreOf(cs []Claim, i int) bool {
	c := &cs[i]
	if c.val < 0 {
		return false
	}
	toks := b.txt.Tokens
	first, last := b.in.Mentions[c.val].First, b.in.Mentions[c.val].Last
	more := last < len(toks) && toks[last].Norm == "more"
	rest := first >= 2 && toks[first-1].Norm == "other" && toks[first-2].Norm == "the"
	if !more && !rest {
		return false
	}
	for j := i - 1; j >= 0 && j >= i-claimWindow && cs[j].sent >= c.sent-followWindow; j-- {
		if cs[j].Kind == c.Kind && cs[j].Value != nil && cs[j].Value.Number > 0 {
			return true
		}
	}
	return false
}

// splitByOthers reports a count of its kind that a count of "others" of
// the same kind splits from the rest of the victims, each group a part:
// the wounded in one sentence split by how badly they are hurt, the first
// group with a word of rules.yaml casualties.severities ("two critically
// injured and 22 others injured"), or those shot in one sentence or the
// next ("Deputies found two people shot there. Three more
// with gunshot wounds reached another hospital").
// "One person was killed and three others were injured" counts two kinds,
// each whole; "20 were hurt, 16 of them by gunfire and four
// others ..." splits the wounded by cause (causes).
func (b *builder) splitByOthers(cs []Claim, i int) bool {
	c := &cs[i]
	t := b.casualtyText()
	for j := max(0, i-claimWindow); j < len(cs) && j <= i+claimWindow; j++ {
		o := &cs[j]
		if j == i || o.Kind != c.Kind || o.val == c.val || o.Value == nil || o.Value.Number == 0 {
			continue
		}
		first, rest := c, o
		if j < i {
			first, rest = o, c
		}
		if !b.saysOthers(rest) || b.saysOthers(first) {
			continue
		}
		switch {
		case c.Kind == kindShot && (rest.sent == first.sent || rest.sent == first.sent+1):
			return true
		case o.sent == c.sent && t.has(b.rules.Casualties.Severities, first.tok, t.claimEnd(first)):
			return true
		}
	}
	return false
}

// splitByPlace reports a count its sentence goes on to split by where the
// victims were: "and" then a number that counts no casualties of its own
// (counts: the mentions casualty counts were read from) and a preposition
// of place ("He killed two people in the kitchen and one in the
// garage").
// Each number is some of the victims. "Two people were killed and three
// others injured" joins a count of its own, and "two were killed and one
// in critical condition" one of another outcome (rules.yaml
// casualties.care or severities after the preposition).
func (b *builder) splitByPlace(c *Claim, counts map[int]bool) bool {
	toks := b.txt.Tokens
	s := b.txt.Sentences[c.sent]
	end := b.casualtyText().claimEnd(c)
	for i := end; i+2 < s.Last && i < end+slotWindow; i++ {
		if toks[i].Norm != "and" {
			continue
		}
		k := b.in.Cover(i + 1)
		if k < 0 || counts[k] || b.in.Mentions[k].Value == nil || b.in.Mentions[k].Type == mention.Date {
			continue
		}
		last := b.in.Mentions[k].Last
		if last >= s.Last || !placePreposition(toks[last].Norm) {
			continue
		}
		// "and one in critical condition", "and two in the hospital":
		// a split by how the victims fared, the others of another outcome
		t, to := b.casualtyText(), min(last+1+conditionReach, s.Last)
		if t.has(b.rules.Casualties.Care, last+1, to) || t.has(b.rules.Casualties.Severities, last+1, to) {
			continue
		}
		return true
	}
	return false
}

// conditionReach bounds the words after a preposition that may tell a
// victim's condition rather than a place ("in stable but critical
// condition").
const conditionReach = 4

// placePreposition reports a preposition of place: "one on the third
// floor", "one inside the car". "Four from gunshots and one from flying
// glass" splits by cause (causes), not by place.
func placePreposition(w string) bool {
	switch w {
	case "on", "in", "at", "inside", "outside", "near":
		return true
	}
	return false
}

// othersBesidePeople reports a count of "others" joined by "and" to people
// its sentence names before it with no outcome of their own (no word of
// rules.yaml casualties.outcomes between): "the three victims identified
// Saturday and four others were killed", "Smith and two others were
// wounded". It counts those besides them, some of the victims. "A man was
// killed and two others were wounded" counts the others of another
// outcome, the whole; "the gunman and two others were killed" is a count
// that leaves him out (its perpetrator flag), not a part.
func (b *builder) othersBesidePeople(c *Claim) bool {
	if !b.saysOthers(c) || c.Frame != nil && c.Frame.Perpetrator != "" {
		return false
	}
	toks := b.txt.Tokens
	s := b.txt.Sentences[c.sent]
	i := b.in.Mentions[c.val].First - 1
	if i <= s.First || toks[i].Norm != "and" {
		return false
	}
	for j := i - 1; j >= s.First && j >= i-slotWindow; j-- {
		if b.rules.Casualties.Outcomes.HasWordKey(toks[j].Key, toks[j].Norm) {
			return false
		}
	}
	return true
}

// saysOthers reports a count whose number "other" or "others" follows
// (isOther): "22 others injured", "three other men".
func (b *builder) saysOthers(c *Claim) bool {
	if c.val < 0 {
		return false
	}
	toks := b.txt.Tokens
	last := b.in.Mentions[c.val].Last
	return last < len(toks) && isOther(toks[last].Norm)
}

// includedWindow is how many tokens before a count "including" may stand
// and make it one of a group ("including Jaden Cole, a 5-year-old").
const includedWindow = 5

// besidesOthers reports a count, or a single victim, that "including"
// just before it makes one of a group: "hitting four people - among them
// Jaden Cole, a 5-year-old who was badly hurt". It is some of
// the victims, not the toll. "Six killed, including two cousins, and
// one hurt" joins a count of its own.
func (b *builder) besidesOthers(c *Claim) bool {
	toks := b.txt.Tokens
	s := b.txt.Sentences[c.sent]
	for i := c.tok - 1; i >= s.First && i >= c.tok-includedWindow; i-- {
		switch w := toks[i].Norm; {
		case w == "including":
			return true
		case w == "and" || b.rules.Casualties.Outcomes.HasWord(w):
			return false
		}
	}
	return false
}

// alsoOthers reports a count cs[i] whose words say "also" after a count of
// victims who fared alike, in its sentence or the followWindow before ("Two
// people were shot on Main Street. Two teenagers were also shot."): some
// more of the victims, not the toll. After a count of another outcome the
// "also" adds another kind ("One man was killed. Three others were also
// injured": the wounded).
func (b *builder) alsoOthers(cs []Claim, i int) bool {
	c := &cs[i]
	if !b.saysAlso(c) {
		return false
	}
	alike := func(k string) bool {
		return k == c.Kind || k == kindShot && c.Kind == kindInjured || k == kindInjured && c.Kind == kindShot
	}
	if b.alikeBefore(c) {
		return true
	}
	for j := i - 1; j >= 0 && j >= i-claimWindow && cs[j].sent >= c.sent-followWindow; j-- {
		if cs[j].Value != nil && cs[j].Value.Number > 0 && cs[j].Span.End <= c.Span.Start && alike(cs[j].Kind) {
			return true
		}
	}
	return false
}

// alikeBefore reports a word of an outcome like a claim's before it in its
// sentence (rules.yaml casualties.outcomes; for the dead, one of
// casualties.deaths): "Jamia Barnes was shot in the wrist, and a
// 40-year-old woman was also wounded" tells of one wounded beside
// another. "A man was killed and a woman was also wounded" adds a victim
// of another kind.
func (b *builder) alikeBefore(c *Claim) bool {
	toks := b.txt.Tokens
	s := b.txt.Sentences[c.sent]
	voc := b.rules.Casualties
	for j := max(s.First, c.tok-slotWindow); j < c.tok; j++ {
		w := toks[j].Norm
		if dead := voc.Deaths.HasWord(w); dead && c.Kind == kindKilled || !dead && c.Kind != kindKilled && voc.Outcomes.HasWord(w) {
			return true
		}
	}
	return false
}

// oneOfMore reports a single victim by rule, cs[i], given the part
// scope, who makes the document count more than one of its kind, so that
// a single victim of the kind is no toll: one "including" names or an
// ordinal counts, and one "also" hit who is someone the story has not
// counted (newVictim).
func (b *builder) oneOfMore(cs []Claim, i int) bool {
	return !b.saysAlso(&cs[i]) || b.newVictim(cs, i)
}

// saysAlso reports "also" among a claim's words.
func (b *builder) saysAlso(c *Claim) bool {
	toks := b.txt.Tokens
	for j, end := c.tok, b.casualtyText().claimEnd(c); j < end; j++ {
		if toks[j].Norm == "also" {
			return true
		}
	}
	return false
}

// newVictim reports a single victim "also" hit, cs[i], who is someone the
// story has not counted, hit in its incident: the claim opens on "a",
// "an" or "another" ("A family friend was also shot"), or on "the" and a
// noun no casualty claim before it has ("Lucius said the family friend
// was also shot", after "the little girl had been shot"); it carries no
// date, and its sentence dates nothing, names no earlier time (rules.yaml
// frames.previous) and marks no incident as another (casualties.others
// before an incident noun: "In a similar shooting on the block two years
// ago, a teenager was also shot"). "A 19-year-old man was shot ... The
// man was also shot in the leg" tells more of one victim; "In March, a
// teenager was also shot" of another incident's.
func (b *builder) newVictim(cs []Claim, i int) bool {
	c := cs[i]
	toks := b.txt.Tokens
	w := toks[c.tok].Norm
	if c.Date != nil || w != "a" && w != "an" && w != "another" && (w != "the" || b.namedVictim(cs, i)) {
		return false
	}
	s := b.txt.Sentences[c.sent]
	t := b.casualtyText()
	if t.has(t.prev, s.First, s.Last) {
		return false
	}
	for j := s.First; j < s.Last; j++ {
		if k := b.in.Cover(j); k >= 0 && b.in.Mentions[k].Type == mention.Date {
			return false
		}
		if !b.rules.Frames.Incidents.HasWordKey(toks[j].Key, toks[j].Norm) {
			continue
		}
		for k := j - 1; k >= s.First && k >= j-othersReach; k-- {
			if _, n := b.rules.Casualties.Others.Longest(toks, k, j); n > 0 {
				return false
			}
		}
	}
	return true
}

// namedVictim reports a claim cs[i] opening on "the" whose noun (the last
// word before a form of "be" or "have", at most slotWindow words on) a
// casualty claim of the claimWindow before it has among its words: "The
// man was also shot" after "A 19-year-old man was shot" is that man.
func (b *builder) namedVictim(cs []Claim, i int) bool {
	c := cs[i]
	toks := b.txt.Tokens
	t := b.casualtyText()
	end := min(t.claimEnd(&c), c.tok+1+slotWindow)
	noun := ""
	for j := c.tok + 1; j < end && !english.IsBeFormKey(toks[j].Key, toks[j].Norm) && !english.IsAuxiliaryKey(toks[j].Key, toks[j].Norm); j++ {
		noun = toks[j].Norm
	}
	if noun == "" {
		return false
	}
	generic := b.rules.Casualties.VictimNouns.HasWord(noun) // "the victim": whoever was told of
	for j := i - 1; j >= 0 && j >= i-claimWindow; j-- {
		o := cs[j]
		if !isCasualty(o.Kind) || o.Value == nil {
			continue
		}
		if generic {
			return true
		}
		for k := o.tok; k < t.claimEnd(&o); k++ {
			if toks[k].Norm == noun {
				return true
			}
		}
	}
	return false
}

// partsOfMore gives the part scope to each story count cs[i], kept and
// of no scope but a total (storyCount), that part reports to be some of a
// larger count of the story's: most holds, per kind, the largest story
// count of the document that own accepts. Two passes, one to find the
// largest counts, one to mark; bothOfMore, othersOfMore and quotedOfMore
// are its readings of "some of more".
func partsOfMore(cs []Claim, dropped []bool, own func(i int) bool, part func(i int, most casualtyMax) bool) {
	most := mostOf(cs, dropped, own)
	var parts []int
	for i := range cs {
		if readsOfMore(cs, dropped, i) && part(i, most) {
			parts = append(parts, i) // marked after: a part read never changes another's reading
		}
	}
	for _, i := range parts {
		setScope(&cs[i], scopePart)
	}
}

// mostOf holds, per kind, the largest count partsOfMore reads that own
// accepts (every one, for own nil).
func mostOf(cs []Claim, dropped []bool, own func(i int) bool) casualtyMax {
	var most casualtyMax
	for i := range cs {
		if readsOfMore(cs, dropped, i) && (own == nil || own(i)) {
			most.raise(cs[i].Kind, cs[i].Value.Number)
		}
	}
	return most
}

// readsOfMore reports a count partsOfMore reads: cs[i], kept, a story
// count of a casualty kind.
func readsOfMore(cs []Claim, dropped []bool, i int) bool {
	return !dropped[i] && isCasualty(cs[i].Kind) && storyCount(&cs[i])
}

// casualtyMax holds a number per casualty kind (isCasualty), the largest
// raised, 0 for a kind never raised (and any other kind): a map of four
// keys, in place.
type casualtyMax [4]float64

// casualtyIndex is kind's place in a casualtyMax, -1 for no casualty kind.
func casualtyIndex(kind string) int {
	switch kind {
	case kindKilled:
		return 0
	case kindInjured:
		return 1
	case kindShot:
		return 2
	case "missing":
		return 3
	}
	return -1
}

// get returns kind's number.
func (m casualtyMax) get(kind string) float64 {
	if k := casualtyIndex(kind); k >= 0 {
		return m[k]
	}
	return 0
}

// raise makes kind's number v where v is larger; a kind that is no
// casualty kind is not kept.
func (m *casualtyMax) raise(kind string, v float64) {
	if k := casualtyIndex(kind); k >= 0 {
		m[k] = max(m[k], v)
	}
}

// bothOfMore gives the part scope to a "both" count ("Both passengers were
// injured", "both were fatally shot") in a document that counts more of
// its kind: the two are some of them.
func (b *builder) bothOfMore(cs []Claim, dropped []bool) {
	partsOfMore(cs, dropped, func(int) bool { return true }, func(i int, most casualtyMax) bool {
		c := cs[i]
		return c.Value.Number == 2 && b.txt.Tokens[c.tok].Norm == "both" && most.get(c.Kind) > 2
	})
}

// othersOfMore gives the part scope to a count of "others" ("Niland says
// seven others were treated for injuries") smaller than a count of its
// kind the story gives ("10 injured in Tennessee National Guard Armory
// shooting"): the others are the rest of some of those, not the toll. A
// count of others with no larger one of its kind ("One man was killed and
// three others were wounded") is the toll, and so is one beside a larger
// count the document takes back (takenBack: "Initial reports said 10
// people were injured ... Police later said one man was killed and three
// others were injured").
func (b *builder) othersOfMore(cs []Claim, dropped []bool) {
	t := b.casualtyText()
	partsOfMore(cs, dropped, func(i int) bool { return !t.takenBack(&cs[i], len(t.toks)) }, func(i int, most casualtyMax) bool {
		c := cs[i]
		ru := b.rules.Rule(c.Rule)
		return ru != nil && ru.Value == nil && c.Value.Bound == mention.Exact && c.Value.Number < most.get(c.Kind) && b.saysOthers(&c)
	})
}

// perpetratorAmongDead gives the part scope to the perpetrator's death
// alone (a rule's count of one that includes him: "the gunman killed
// himself", "Man Suspected of Shooting 4-Month-Old Dies") in a document
// that counts deaths that cannot all be his: a count that leaves him out
// ("killed a baby before turning the gun on himself") or one of several
// ("a rampage that left seven people dead"). He is one of the dead, not
// the toll. Alone ("the suspect is now dead") his death is the toll, and
// so it is beside a single death or a named one ("Bernie Porche, 37,
// died"), which may be his.
func (b *builder) perpetratorAmongDead(cs []Claim, dropped []bool) {
	alone := func(c Claim) bool {
		ru := b.rules.Rule(c.Rule)
		return ru != nil && ru.Value != nil && *ru.Value == 1 && ru.Perpetrator == perpIncluded
	}
	others := false
	for i := range cs {
		c := &cs[i]
		if dropped[i] || c.Kind != kindKilled || c.Value == nil || alone(*c) || c.Frame != nil && c.Frame.Scope != "" {
			continue
		}
		p := ""
		if c.Frame != nil {
			p = c.Frame.Perpetrator
		}
		if p == perpExcluded && c.Value.Number > 0 || p == "" && c.Value.Number >= 2 {
			others = true
			break
		}
	}
	if !others {
		return
	}
	for i := range cs {
		if !dropped[i] && cs[i].Kind == kindKilled && alone(cs[i]) {
			setScope(&cs[i], scopePart)
		}
	}
}

// The perpetrator flags of rules.yaml: a count that includes him, or
// leaves him out.
const (
	perpIncluded = "included"
	perpExcluded = "excluded"
)

// restateTallies gives the tally scope to a count that repeats a tally's
// figure of its kind elsewhere in the document, as a headline repeats its
// lede ("3 dead, 11 wounded" over "Three people were killed and 11 others
// wounded in Monday shootings"). Only figures above one are matched; a
// single victim is as likely the story's own.
func restateTallies(cs []Claim, dropped []bool) {
	type figure struct {
		kind string
		n    float64
	}
	tallies := map[figure]bool{}
	for i := range cs {
		c := &cs[i]
		if !dropped[i] && isCasualty(c.Kind) && c.Value != nil && c.Value.Number > 1 && c.Frame != nil && c.Frame.Scope == scopeTally {
			tallies[figure{c.Kind, c.Value.Number}] = true
		}
	}
	if len(tallies) == 0 {
		return
	}
	for i := range cs {
		c := &cs[i]
		if !dropped[i] && c.Value != nil && tallies[figure{c.Kind, c.Value.Number}] && (c.Frame == nil || c.Frame.Scope == "") {
			setScope(c, scopeTally)
		}
	}
}

// earlierBy is how long before the story's own event a casualty count
// must be dated to be another, earlier event's: follow-up reports and
// roundups of days and weeks stay the story's.
const earlierBy = 60 * 24 * time.Hour

// storyDate is the date of the event a document reports: the latest date
// its casualty counts are given (a story recalls earlier events, it does
// not report later ones), no later than its publication when that is
// known; zero when no count is dated. Where the first count is undated
// and none is dated to a day, the story is the day's news and the dated
// counts are background ("In February, three girls were shot" in a
// report published in June): its date is the publication's.
func storyDate(cs []Claim, published time.Time) time.Time {
	var latest time.Time
	seen, firstUndated, byDay := false, false, false
	for i := range cs {
		if !isCasualty(cs[i].Kind) {
			continue // the date of no casualty count is not read
		}
		d, ok := dateEnd(&cs[i])
		if cs[i].Value != nil && !seen {
			seen, firstUndated = true, !ok
		}
		if ok && d.After(latest) {
			latest = d
		}
		byDay = byDay || ok && cs[i].Date.Precision == "day"
	}
	if !published.IsZero() && (latest.After(published) || !latest.IsZero() && firstUndated && !byDay) {
		return published
	}
	return latest
}

// dateEnd is the last day of a claim's date, when it has a full one.
func dateEnd(c *Claim) (time.Time, bool) {
	if c.Date == nil {
		return time.Time{}, false
	}
	if e := c.Date.End; len(e) != len("2006-01-02") || e[0] == '-' {
		// "--11-05", a day with no year: no date to parse, and no error
		// to make
		return time.Time{}, false
	}
	t, err := time.Parse("2006-01-02", c.Date.End)
	return t, err == nil
}

// earlier reports a count dated well before the story's own event ("On
// Nov. 5, 2009, Hasan opened fire, killing 12" in a report of a shooting
// in 2014). It takes the frame's previous scope, which keeps it apart from
// the story's counts.
func earlier(c *Claim, story time.Time) bool {
	end, ok := dateEnd(c)
	return ok && !story.IsZero() && end.Add(earlierBy).Before(story)
}

// tally reports a count over several incidents: after it in its sentence,
// with no number between but other casualty counts (counts, mention
// indices: "5 dead, 17 wounded in weekend shootings"), stands a plural
// incident noun (rules.yaml frames.incidents) after a number above one or
// a word of casualties.tallies, at most three words before it: "five
// people were killed in separate shootings across the city", "7 killed in
// 3 shootings", "1 dead, 4 wounded in pair of shootings"; or one with no
// determiner after "in" ("wounded in shootings across the city", "in
// Monday shootings"); or the count stands in a relative clause of such a
// noun before it ("a pair of shootings that have left one dead"). "The
// Orlando shootings" is one event, and no tally; nor is a single victim
// ("a girl was injured in overnight shootings": one of them).
func (b *builder) tally(c *Claim, counts map[int]bool) bool {
	toks := b.txt.Tokens
	s := b.txt.Sentences[c.sent]
	end := b.casualtyText().claimEnd(c)
	for i := end; i < s.Last && i < end+3*slotWindow; i++ {
		if k := b.in.Cover(i); k >= 0 && b.in.Mentions[k].First == i && b.in.Mentions[k].Value != nil && !counts[k] {
			m := b.in.Mentions[k]
			// "in 12 shootings"; any other number is of something else
			return m.Type != mention.Date && m.Value.Number > 1 && b.pluralIncidentAfter(m.Last, s)
		}
		if _, n := b.rules.Casualties.Tallies.Longest(toks, i, s.Last); n > 0 && b.pluralIncidentAfter(i+n, s) {
			return true
		}
		if toks[i].Norm == "in" && b.barePlural(i+1, s) {
			return true
		}
	}
	return b.tallyClause(c, s)
}

// pluralIncident reports a plural incident noun at token i: "shootings".
func (b *builder) pluralIncident(i int) bool {
	inc := b.rules.Frames.Incidents
	w := b.txt.Tokens[i].Norm
	return strings.HasSuffix(w, "s") && inc.HasWord(w) && inc.HasWord(strings.TrimSuffix(w, "s"))
}

// pluralIncidentAfter reports a plural incident noun at most three tokens
// after i in sentence s: "separate shootings", "3 deadly shootings".
func (b *builder) pluralIncidentAfter(i int, s segment.Sentence) bool {
	for j := i; j < s.Last && j <= i+3; j++ {
		if b.pluralIncident(j) {
			return true
		}
	}
	return false
}

// barePlural reports a plural incident noun at token i or after at most
// two lower-case words or time words, none a determiner: "shootings
// across the city", "Monday shootings", "gang-related shootings", not
// "the shootings" or "Orlando shootings".
func (b *builder) barePlural(i int, s segment.Sentence) bool {
	toks := b.txt.Tokens
	for j := i; j < s.Last && j <= i+2; j++ {
		if b.pluralIncident(j) {
			return true
		}
		w := toks[j].Norm
		if toks[j].Kind != segment.Word || english.IsFunctionWord(w) || toks[j].Cap && !english.IsTimeWord(w) {
			return false
		}
	}
	return false
}

// tallyClause reports a count in a relative clause of a plural incident
// noun a tally word or a number stands before, earlier in its sentence:
// "detectives are looking into a pair of shootings that left one man
// dead and four people hurt".
func (b *builder) tallyClause(c *Claim, s segment.Sentence) bool {
	toks := b.txt.Tokens
	for i := c.tok - 1; i > s.First && i >= c.tok-slotWindow; i-- {
		if toks[i].Norm != "that" && toks[i].Norm != "which" || !b.pluralIncident(i-1) {
			continue
		}
		for j := max(s.First, i-5); j < i-1; j++ {
			if _, n := b.rules.Casualties.Tallies.Longest(toks, j, i-1); n > 0 {
				return true
			}
			if k := b.in.Cover(j); k >= 0 && b.in.Mentions[k].Value != nil && b.in.Mentions[k].Type != mention.Date && b.in.Mentions[k].Value.Number > 1 {
				return true
			}
		}
		return false
	}
	return false
}

// countMentions is the set of mentions (indices) casualty counts were
// read from.
func (b *builder) countMentions(cs []Claim) map[int]bool {
	toks := b.txt.Tokens
	out := map[int]bool{}
	for i := range cs {
		c := &cs[i]
		if !isCasualty(c.Kind) || c.Value == nil {
			continue
		}
		for i := c.tok; i < len(toks) && i < c.tok+slotWindow && toks[i].Start < c.Span.End; i++ {
			if k := b.in.Cover(i); k >= 0 {
				out[k] = true
				break
			}
		}
	}
	return out
}

// scopeOf is the scope a casualty count takes, or "": previous when it
// is dated well before the story's own event, tally when it counts
// several incidents, else what its sentence tells (casualtyScope). A count
// (by number, not by rule: count) may also be a tally of incidents named
// after it, or a part of the victims (casualtyScope, moreVictims).
func (b *builder) scopeOf(cs []Claim, i int, count bool, story time.Time, counts map[int]bool) string {
	c := cs[i]
	if earlier(&c, story) {
		return scopePrevious
	}
	if count && b.tally(&c, counts) {
		return scopeTally
	}
	if s := b.casualtyScope(&c, count); s != "" {
		return s
	}
	if count && (b.moreVictims(cs, i) || b.moreOf(cs, i) || b.splitByOthers(cs, i) || b.splitByPlace(&c, counts) || b.partOfWhole(cs, i)) || b.alsoOthers(cs, i) || b.ordinalVictim(cs, i) {
		return scopePart
	}
	return ""
}

// partOfWhole reports an exact count of two or more that a larger count
// of its kind, the story's own, given in one of the wholeWindow sentences
// before it, holds: "Five people were shot late Friday outside a
// bar. Deputies found two of them there with gunshot wounds" counts two of the five, not another figure of the toll. A
// later figure is some of the victims the document has counted whole; a
// larger one after a smaller is left alone (an update, or a total after
// its parts), and so is one after a whole the document takes back
// ("Police initially said four people died ... three people died"). One
// victim is a single victim, which the document's larger count drops.
func (b *builder) partOfWhole(cs []Claim, i int) bool {
	c := cs[i]
	if c.Value == nil || c.Value.Bound != mention.Exact || c.Value.Number < 2 {
		return false
	}
	t := b.casualtyText()
	for j := i - 1; j >= 0 && j >= i-claimWindow && cs[j].sent >= c.sent-wholeWindow; j-- {
		o := cs[j]
		if o.Kind != c.Kind || o.sent == c.sent || o.Value == nil || !storyCount(&o) || o.Value.Number <= c.Value.Number {
			continue
		}
		if o.Value.Bound != mention.Exact {
			continue // "at least 22 were injured ... 20 were hurt": a closer figure, not a part
		}
		if t.takenBack(&o, c.tok) {
			continue
		}
		return true
	}
	return false
}

// wholeWindow is how many sentences before a count the whole it is a
// part of may stand (partOfWhole).
const wholeWindow = 3
