package claims

import (
	"strings"
	"time"

	"github.com/claimdiff/claimdiff/claims/english"
	"github.com/claimdiff/claimdiff/claims/mention"
	"github.com/claimdiff/claimdiff/claims/segment"
)

// The scopes a casualty count takes beyond the frames' own (current,
// total, previous): what the count covers when it is not the story's
// incident's figure. Compare keeps a scoped count apart from the story's
// counts (a figure with no scope is a running total).
const (
	scopePrevious = "previous" // another, earlier incident's ("eight months after a bystander was killed")
	scopeTally    = "tally"    // several incidents' ("in separate shootings", "this year")
	scopeOther    = "other"    // another, later incident's ("hours before three officers were shot dead")
	scopePart     = ScopePart  // some of the victims ("two of the victims", "two men and two women")
)

// casualtyScope is the scope a casualty count cs[i] takes from its
// sentence, or "" when it counts the story's incident as far as its words
// tell: a count given relative to the story's incident ("the shooting came
// eight months after a bystander was killed") is another incident's; a
// count over a period that runs to now ("150 people have been murdered
// this year", "eight children have been shot in the past 17 months") is a
// tally; a count of some of the victims ("three of the
// victims", "two men and two women were injured") is a part. Only a count
// by number (count) is read for a part: a single victim by rule ("a man
// was killed") may be the whole toll.
func (b *builder) casualtyScope(c Claim, story time.Time, count bool) string {
	if s := b.relativeIncident(c); s != "" {
		return s
	}
	if b.pastPeriod(c) {
		return scopeTally
	}
	if count && (b.partOfGroup(c) || b.listedVictim(c)) || b.besidesOthers(c) {
		return scopePart
	}
	return ""
}

// relativeIncident reads a count in a clause that places another incident
// relative to the story's: an incident noun (rules.yaml frames.incidents),
// then a span of time and "after" or "before", then the count, in one
// sentence: "The shooting occurred eight months after an innocent
// bystander was killed" (previous), "The incident came hours before three
// police officers were shot dead" (other). "He was arrested a week after
// two people were killed" names no incident before the time: the count is
// the story's.
func (b *builder) relativeIncident(c Claim) string {
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
		if b.rules.Frames.Incidents.HasWord(toks[i].Norm) {
			return true
		}
	}
	return false
}

// pastPeriod reports a count over a period that runs to now, said in its
// sentence before or after it: a phrase of rules.yaml casualties.periods
// that ends in a unit of time ("this year", "so far this month"), or one
// that a span of time or a month or year follows ("in the past 17
// months", "over the last year", "so far in 2017"). A month or a year
// alone ("in July", "in 2015") dates an incident, not a period.
func (b *builder) pastPeriod(c Claim) bool {
	toks := b.txt.Tokens
	s := b.txt.Sentences[c.sent]
	end := c.tok
	for end < s.Last && toks[end].Start < c.Span.End {
		end++
	}
	for i := max(s.First, c.tok-slotWindow); i < s.Last && i < end+slotWindow; i++ {
		if i == c.tok {
			i = end
		}
		_, n := b.rules.Casualties.Periods.Longest(toks, i, s.Last)
		if n == 0 {
			continue
		}
		if english.IsTimeUnit(toks[i+n-1].Norm) {
			return true
		}
		for j := i + n; j < s.Last && j <= i+n+2; j++ {
			if b.spanOfTime(j) || b.periodDate(j) {
				return true
			}
		}
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
func (b *builder) partOfGroup(c Claim) bool {
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

// listedVictim reports a count listed after other victims, its number
// joined by "and" or a comma to a noun of people (rules.yaml
// casualties.people) before it: "Two men and two women were injured",
// "2 adults, six children dead", "his wife and their two daughters died".
// It counts some of the victims; "three people were killed and 11 others
// were wounded" joins two counts, not two groups of victims.
func (b *builder) listedVictim(c Claim) bool {
	if c.val < 0 {
		return false
	}
	toks := b.txt.Tokens
	s := b.txt.Sentences[c.sent]
	i := b.in.Mentions[c.val].First - 1
	if i > s.First && english.IsPossessive(toks[i].Norm) {
		i-- // "their two daughters"
	}
	joined := false
	for n := 0; n < 2 && i > s.First && (toks[i].Norm == "and" || toks[i].Norm == "&" || toks[i].Norm == ","); n++ {
		joined = true
		i--
	}
	if !joined || i < s.First || !b.personNoun(toks[i].Norm) {
		return false
	}
	// "seven dead, including some relatives, and one wounded" lists
	// outcomes, not victims: no outcome word stands before the people
	for j := i - 1; j >= s.First && j >= i-slotWindow; j-- {
		if b.rules.Casualties.Outcomes.HasWord(toks[j].Norm) {
			return false
		}
	}
	return true
}

// personNoun reports a noun of people (rules.yaml casualties.people), plural
// or singular, or an age used as one: "3-year-old".
func (b *builder) personNoun(w string) bool {
	return b.rules.Casualties.People.HasWord(english.Singular(w)) || strings.HasSuffix(w, "-old") || strings.HasSuffix(w, "-olds")
}

// moreVictimsWindow is how many sentences after a count moreVictims reads.
const moreVictimsWindow = 2

// moreVictims reports a count cs[i] that the next sentences show to be
// some of the victims: they tell of a victim by an ordinal past the count,
// who fared alike ("Three male victims were transported to University
// Hospital. Police say the fourth male victim was treated at Baptist";
// "Three others were taken to hospitals. A fifth victim was found at an
// area hospital"). "Another
// victim" and "the other three" may count on from a part just named ("One
// of the victims died. Another victim ..."), and a sentence with a
// casualty count of another kind tells of other people ("Two people were
// killed. A third man was wounded.").
func (b *builder) moreVictims(cs []Claim, i int) bool {
	c := cs[i]
	toks := b.txt.Tokens
	last := min(len(b.txt.Sentences)-1, c.sent+moreVictimsWindow)
	for si := c.sent + 1; si <= last; si++ {
		if b.otherKindIn(cs, i, si) {
			continue
		}
		s := b.txt.Sentences[si]
		for j := s.First + 1; j+1 < s.Last && j < s.First+3*slotWindow; j++ {
			n, ok := english.Ordinal(toks[j].Norm)
			if !ok || float64(n) <= c.Value.Number || !english.IsArticle(toks[j-1].Norm) {
				continue
			}
			// "a fifth victim", "the fourth male victim", not "the third
			// floor"; of the count's outcome: a death for the dead, none
			// for the wounded ("Three men were taken to the hospital.
			// The fourth victim, a woman, died.")
			if w := toks[j+1].Norm; w != "victim" && !b.personNoun(w) {
				continue
			}
			switch dead := b.tellsDeathIn(s); c.Kind {
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

// tellsDeathIn reports a word of rules.yaml casualties.deaths in sentence
// s.
func (b *builder) tellsDeathIn(s segment.Sentence) bool {
	for i := s.First; i < s.Last; i++ {
		if b.rules.Casualties.Deaths.HasWord(b.txt.Tokens[i].Norm) {
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
// in its sentence or the followWindow before: "two people had been killed
// and five wounded, but two more people have since died", "one man died
// at the scene and two more at the hospital". It counts the ones added,
// not the total. "1 dead, 3 more shot" counts others of another kind: the
// wounded.
func (b *builder) moreOf(cs []Claim, i int) bool {
	c := cs[i]
	if c.val < 0 {
		return false
	}
	toks := b.txt.Tokens
	last := b.in.Mentions[c.val].Last
	if last >= len(toks) || toks[last].Norm != "more" {
		return false
	}
	for j := i - 1; j >= 0 && j >= i-claimWindow && cs[j].sent >= c.sent-followWindow; j-- {
		if cs[j].Kind == c.Kind && cs[j].Value != nil && cs[j].Value.Number > 0 {
			return true
		}
	}
	return false
}

// includedWindow is how many tokens before a count "including" may stand
// and make it one of a group ("including Mahaj Brown, a 6-year-old boy").
const includedWindow = 5

// besidesOthers reports a count, or a single victim, that "including"
// just before it makes one of a group: "striking four people - including
// Mahaj Brown, a 6-year-old boy who was critically wounded". It is some of
// the victims, not the toll. "Seven dead, including some relatives, and
// one wounded" joins a count of its own.
func (b *builder) besidesOthers(c Claim) bool {
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
	c := cs[i]
	toks := b.txt.Tokens
	also := false
	for j := c.tok; j < len(toks) && toks[j].Start < c.Span.End; j++ {
		also = also || toks[j].Norm == "also"
	}
	if !also {
		return false
	}
	alike := func(k string) bool {
		return k == c.Kind || k == kindShot && c.Kind == kindInjured || k == kindInjured && c.Kind == kindShot
	}
	for j := i - 1; j >= 0 && j >= i-claimWindow && cs[j].sent >= c.sent-followWindow; j-- {
		if cs[j].Value != nil && cs[j].Value.Number > 0 && cs[j].Span.End <= c.Span.Start && alike(cs[j].Kind) {
			return true
		}
	}
	return false
}
