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

// frameWindow bounds how far the frame stage looks from a number, so each
// frame costs O(1): the stage stays linear in the document.
const frameWindow = 8

// frames gives every claim with a value its frame and returns the claims
// to keep: a claim of a generic kind (count, measure) that measures no
// named thing is dropped, one whose head a kind covers becomes that kind,
// and a count that only picks from a group ("one of the people injured")
// counts nothing.
func (b *builder) frames(cs []Claim) []Claim {
	out := cs[:0]
	for i := range cs {
		c := &cs[i]
		if c.Value == nil {
			out = append(out, *c)
			continue
		}
		if c.val < 0 {
			c.Frame = &Frame{} // a rule's constant ("a man was shot dead"): nothing to read
			out = append(out, *c)
			continue
		}
		if !b.frame(c) {
			continue
		}
		out = append(out, *c)
	}
	return out
}

// np is a noun phrase: tokens [first, last), its head at last-1, and
// whether it is a name through and through ("WTI", "FTSE 100").
type np struct{ first, last int }

func (p np) ok() bool { return p.last > p.first }

// frame fills c.Frame and reports whether to keep c. It reads what the
// number measures after it ("14 studio albums") or, failing that, before
// it ("the death toll rose to 18"), then whom it belongs to, and settles a
// generic claim's kind from the head it measures.
func (b *builder) frame(c *Claim) bool {
	mv := b.in.Mentions[c.val]
	s := b.txt.Sentences[c.sent]
	kind := b.rules.Kinds[c.Kind]
	generic := kind != nil && kind.Generic
	f := &Frame{}
	c.Frame = f
	if mv.Type == mention.Duration && b.isOffset(mv, s) {
		return false // "a year earlier", "three days later": when, not how long
	}
	if mv.Type != mention.Date {
		f.Time = b.timeAnchor(mv, s)
	}
	if mv.Type == mention.Age {
		b.ageFrame(c, mv, s)
		return mv.Value.Unit == "years" || b.babyHeld(c, mv, s)
	}
	if generic && mv.Type == mention.Number && b.ageRangeFrame(c, mv, s) {
		return true
	}
	if generic && b.notACount(mv, s) {
		return false
	}
	measured, money, keep := b.measuredAfter(c, mv, s, generic)
	if !keep {
		return false
	}
	subject := false
	if !measured.ok() {
		measured, subject = b.measuredBefore(f, measured, mv, s, generic)
	} else {
		b.changeBefore(f, mv, s)
	}
	b.settleChange(c, mv, s)
	measured = b.owner(c, measured, mv, s, subject, kind)
	f.Scope = b.scope(mv.First, max(mv.Last, measured.last), s)
	if generic {
		return b.settleKind(c, money)
	}
	return true
}

// ageRangeFrame frames a generic number that is an age ("between 15 and
// 17 years old", "aged between 18 and 60") as an age claim, and reports
// whether it did.
func (b *builder) ageRangeFrame(c *Claim, mv mention.Mention, s segment.Sentence) bool {
	if !b.ageNumber(mv, s, true) {
		return false
	}
	k := b.rules.KindForHead("age")
	if k == nil {
		return false
	}
	f := c.Frame
	c.Kind, c.Value.Unit = k.Name, k.Unit
	f.Measured, f.Head = "age", "age"
	if p := b.parenthesisedPerson(mv, s); p != "" {
		f.Entity, c.Subject = p, p
	} else if who := b.ageHolder(mv, s); who != "" {
		f.Entity, c.Subject = who, who
	}
	return true
}

// ageHolder finds whose age an age said after its holder is, within a
// bounded look-back: the subject of a copula ("The child is almost three
// years old", "The shooter, who is believed to be 17 to 20 years old"),
// the noun an age is set beside ("The participants - aged between 18 and
// 60", "her three children, ranging in age from 9 months", "healthy people
// between the age of 18 and 60", "a man aged 30"), or the person a
// sentence opens with when the age follows its verb ("Mark Blum, an actor,
// has died aged 69"). A person's name is resolved as ages' names are; a
// common noun is its head word. "" when nothing holds it: no guess.
func (b *builder) ageHolder(mv mention.Mention, s segment.Sentence) string {
	toks := b.txt.Tokens
	if k := mv.First; (b.norm(k, s) == "aged" || b.norm(k, s) == "ages") && k-1 >= s.First {
		// "a man aged 30" is the man's age; "has died aged 69" the
		// subject's, when the sentence opens with a person
		if w := toks[k-1].Norm; strings.HasSuffix(w, "ed") || english.IsAuxiliary(w) {
			return b.openingPerson(k, s)
		}
		if who := b.holderBefore(k, s); who != "" {
			return who
		}
	}
	for k := mv.First - 1; k >= s.First && mv.First-k <= 2*frameWindow; k-- {
		w := toks[k].Norm
		who := ""
		switch {
		case english.IsBeForm(w):
			j := k
			if j-1 >= s.First && toks[j-1].Norm == "who" {
				j--
				if j-1 >= s.First && toks[j-1].Norm == "," {
					j--
				}
			}
			who = b.holderBefore(j, s)
		case w == "," || w == "-" || w == "–" || w == "—" || w == "(":
			return b.holderBefore(k, s)
		case w == "between" || w == "aged" || w == "ages":
			who = b.holderBefore(k, s)
		case b.in.Cover(k) >= 0 || toks[k].Kind == segment.Number || english.IsAdverb(w) || agePhraseWords[w]:
			// "who is believed to be between 17 to", "ranging in age from
			// 9 months old to"
		default:
			return "" // any other word: the age is not said of what stands before it
		}
		if who != "" {
			return who
		}
	}
	return ""
}

// agePhraseWords are the words an age phrase may hold between its holder
// and its figure: "who is believed to be between 17 to 20 years old",
// "ranging in age from 9 months old to 10 years old". Any other word
// stops ageHolder's look-back.
var agePhraseWords = map[string]bool{
	"who": true, "believed": true, "thought": true, "said": true, "to": true, "be": true, "between": true,
	"from": true, "and": true, "or": true, "ranging": true, "range": true, "in": true, "age": true, "ages": true,
	"aged": true, "of": true, "the": true, "old": true, "year": true, "years": true, "month": true, "months": true,
}

// holderBefore is the person or thing whose age follows token end: a name
// ending there, or the head noun of the noun phrase ending there.
func (b *builder) holderBefore(end int, s segment.Sentence) string {
	toks := b.txt.Tokens
	if end <= s.First {
		return ""
	}
	if start := names.Backward(b.txt, end, s.First, b.in.Free); start < end {
		name := b.names.normalize(b.span(start, end))
		if b.names.kind(name) == SpeakerPerson && !b.rules.Places[name] {
			return b.person(name)
		}
		return ""
	}
	q := b.npBefore(end, s)
	if !q.ok() || q.last != end {
		return ""
	}
	h := toks[q.last-1]
	if h.Kind != segment.Word || h.Cap || english.IsFunctionWord(h.Norm) || !nounLike(h) {
		return ""
	}
	return h.Norm
}

// openingPerson is the person a sentence opens with ("Mark Blum, an actor
// who ..., has died aged 69"), when no other person is named before token
// end; "" otherwise.
func (b *builder) openingPerson(end int, s segment.Sentence) string {
	j := names.Forward(b.txt, s.First, end, b.in.Free)
	if j == s.First {
		return ""
	}
	name := b.names.normalize(b.span(s.First, j))
	if b.names.kind(name) != SpeakerPerson || b.rules.Places[name] {
		return ""
	}
	return b.person(name)
}

// measuredAfter reads what the number measures after it: "14 studio
// albums", "40% of voters", "$40m for flood defences", "a 4% rise in
// prices", with the direction and rate on the way. It returns the noun
// phrase (not ok when none), whether the figure is money, and false when
// the claim is to be dropped: a count that only picks from a group ("one
// of the people injured").
func (b *builder) measuredAfter(c *Claim, mv mention.Mention, s segment.Sentence, generic bool) (measured np, money, keep bool) {
	f := c.Frame
	after := mv.Last
	if after < s.Last && b.isDirection(after) {
		f.Change = true
		f.Direction = b.direction(after)
		after++
	}
	perEnd := b.per(f, mv, after, s)
	if perEnd > after {
		after = perEnd
	}
	partitive := false
	money = mv.Type == mention.Money
	if generic && mv.Type == mention.Number && b.norm(after, s) == "of" {
		// "hundreds of thousands of dollars": an amount of money
		if code, ok := b.rules.Currencies.Word(b.norm(after+1, s)); ok {
			money, c.Value.Unit = true, code
			after += 2
		}
	}
	if w := b.norm(after, s); w == "of" || (money && (w == "for" || w == "in" || w == "on")) ||
		(f.Change && w == "in") {
		k := after + 1
		det := b.norm(k, s)
		if english.IsDeterminer(det) || det == "those" {
			partitive = w == "of" && mv.Type == mention.Number && !money
			k++
		}
		measured = b.npAt(k, s)
		if partitive && (measured.ok() || det == "those") && b.participleAt(max(measured.last, k), s) {
			return measured, money, false // "one of the people injured", "two of those killed"
		}
	} else if mv.Type != mention.Percent && mv.Type != mention.Date {
		measured = b.npAt(after, s)
	}
	if generic && partitive {
		if !b.measureCued(max(measured.last, after+1), s) {
			return measured, money, false
		}
		// "over 155 of the crew have tested positive": a count of cases among
		// the crew, the total of the measure its clause names (no scope)
	}
	if measured.ok() && b.norm(measured.last, s) == "'s" {
		// "in Bannon's personal expenses": the owner, then what is measured
		if q := b.npAt(measured.last+1, s); q.ok() {
			measured = q
		}
	}
	if !measured.ok() && mv.Type == mention.Number {
		if q, ok := b.rangeHead(mv, s); ok {
			measured = q
		}
	}
	if measured.ok() {
		measured = b.partitive(measured, s)
		b.per(f, mv, measured.last, s)
	}
	return measured, money, true
}

// measureCued reports whether the predicate from token k names what a
// count counts by a measure's cue (rules frames.measures: "have tested
// positive", "were taken to hospital"), up to the next comma or
// conjunction and within frameWindow tokens: in "three of the men suffered
// injuries and another was taken to the hospital" the cue is another's.
func (b *builder) measureCued(k int, s segment.Sentence) bool {
	var sb strings.Builder
	for i := k; i < min(s.Last, k+frameWindow); i++ {
		w := b.txt.Tokens[i].Norm
		if w == ";" || w == "," || english.IsConjunction(w) {
			break
		}
		sb.WriteString(w)
		sb.WriteByte(' ')
	}
	return b.rules.Frames.MeasureOf("", "", sb.String()) != nil
}

// rangeHead reads the noun after the high end of a range for its low
// end: "eight or nine gunshots", "two to three people".
func (b *builder) rangeHead(mv mention.Mention, s segment.Sentence) (np, bool) {
	if w := b.norm(mv.Last, s); w != "or" && w != "to" && w != "-" && w != "–" {
		return np{}, false
	}
	k := b.in.Cover(mv.Last + 1)
	if k < 0 || mv.Last+1 >= s.Last || b.in.Mentions[k].Type != mv.Type || b.in.Mentions[k].First != mv.Last+1 {
		return np{}, false
	}
	return b.npAt(b.in.Mentions[k].Last, s), true
}

// measuredBefore reads what the number measures before it, when nothing
// after it named it: "a population of 80 million", "the death toll rose
// to 18", "WTI crude, the US benchmark, fell 4.1%". It returns the noun
// phrase (measured unchanged when none) and whether it is the clause's
// subject.
func (b *builder) measuredBefore(f *Frame, measured np, mv mention.Mention, s segment.Sentence, generic bool) (np, bool) {
	end, ok := b.linkBefore(f, mv, s, generic && mv.Type == mention.Number)
	if !ok {
		return measured, false
	}
	measured = b.npBefore(end, s)
	measured = b.ofBefore(measured, s)
	if measured.ok() && !f.Change {
		// "cut spending by 10 percent": the verb before the object
		b.changeBefore(f, mention.Mention{First: measured.first}, s)
	}
	return measured, true
}

// settleChange completes a change's direction and rate from the value:
// a negative change goes down, "from 5 to 8" is a change, and a unit
// "barrels/day" gives the rate.
func (b *builder) settleChange(c *Claim, mv mention.Mention, s segment.Sentence) {
	f := c.Frame
	if f.Change && f.Direction == "" && c.Value.Number < 0 {
		f.Direction = "down"
	}
	if mv.Value != nil && mv.Value.Bound == mention.Range && b.norm(mv.First, s) == "from" {
		f.Change = true
	}
	if i := strings.IndexByte(c.Value.Unit, '/'); i > 0 && f.Per == "" {
		f.Per = c.Value.Unit[i+1:]
	}
}

// owner fills what is measured, its head and the entity it belongs to,
// from the noun phrase measured or, failing it, from the sentence around
// the number. It returns the noun phrase the frame's scope ends with.
func (b *builder) owner(c *Claim, measured np, mv mention.Mention, s segment.Sentence, subject bool, kind *rules.Kind) np {
	f := c.Frame
	if subject && measured.ok() && english.IsBearing(b.norm(mv.Last, s)) && b.rules.Frames.UnitHeads[c.Value.Unit] != "" {
		// "Mead Valley is about 15 miles south of Riverside": a distance
		// from the place, which is what it belongs to
		f.Entity = b.entityOf(measured, mv, s, subject)
		if f.Entity == "" {
			f.Entity = b.span(measured.first, measured.last)
		}
		measured = np{}
	}
	if measured.ok() {
		f.Measured = b.span(measured.first, measured.last)
		f.Head = b.headOf(measured, s)
		f.Entity = b.entityOf(measured, mv, s, subject)
		if f.Entity == "" {
			f.Entity = b.containerAfter(measured.last, s) // "230 sailors aboard the Roosevelt"
		}
	} else if f.Entity == "" {
		f.Entity = b.possessiveBefore(mv.First, s) // "LePage's six years in office"
	}
	if f.Head == "" {
		f.Head = b.rules.Frames.UnitHeads[c.Value.Unit] // "for 42 days": a duration
	}
	if f.Head == "" && mv.Type == mention.Quantity && countedUnit(c.Value.Unit) {
		f.Head = english.Singular(c.Value.Unit) // "two doses": doses are what is counted
	}
	if f.Entity == "" && measured.ok() {
		f.Entity = b.holdingBefore(mv, measured, s) // "a car with four men inside", "his vessel, which has 4,000 crew"
	}
	casualty := kind != nil && kind.Revisable && b.rules.Frames.Incidents.Len() > 0
	if f.Entity == "" && casualty {
		// "three people were shot in the drive-by shooting"; only a
		// casualty count belongs to the incident near it ("300 people
		// attended a vigil for the victims of the shooting" does not)
		f.Entity = b.incident(mv, s)
	}
	people := f.Head == "person" || f.Head == "victim"
	if f.Entity == "" && !subject && !casualty && !people {
		// the agent of a casualty count ("Lopez killed three") is not
		// what the count belongs to
		f.Entity = b.clauseSubject(mv, s)
		if f.Entity == "" {
			f.Entity = b.sentenceSubject(c.sent, s)
		}
	}
	return measured
}

// settleKind decides a generic claim (count, measure) by the head it
// measures: dropped when it measures no named thing, otherwise given the
// kind covering the head (money amounts their own) or the head as its
// unit ("14 albums").
func (b *builder) settleKind(c *Claim, money bool) bool {
	f := c.Frame
	if f.Head == "" || b.rules.Frames.NotCounted.HasWord(f.Head) {
		return false // a number that measures no named thing is no claim
	}
	k := b.rules.KindForHead(f.Head)
	if money {
		k = b.rules.KindForHead("amount") // the kind of money amounts
	}
	if k != nil {
		c.Kind = k.Name
		if k.Unit != "" && c.Value.Unit == "" {
			c.Value.Unit = k.Unit
		}
	} else if c.Value.Unit == "" {
		c.Value.Unit = f.Head // a count's unit is what it counts: 14 albums
	}
	return true
}

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
	if mv.Value.Number <= 1 || mv.Last-mv.First != 1 || !english.IsArticle(b.norm(mv.First-1, s)) {
		return false
	}
	if mv.Last >= s.Last {
		return false
	}
	toks := b.txt.Tokens
	t := toks[mv.Last]
	if toks[mv.First].Kind != segment.Number || t.Kind != segment.Word || t.Cap || english.IsFunctionWord(t.Norm) ||
		english.Singular(t.Norm) != t.Norm || strings.HasSuffix(t.Norm, "s") {
		return false
	}
	// the singular is the phrase's head, not a modifier of one after it
	// ("the 12 guilty verdicts" counts)
	n := mv.Last + 1
	return n >= s.Last || toks[n].Kind != segment.Word || english.IsFunctionWord(toks[n].Norm) || toks[n].Cap
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
		return k == s.Last || toks[k].Kind != segment.Word || english.IsFunctionWord(toks[k].Norm)
	}
	return false
}

// isName reports a capitalised token that reads as (part of) a name: not
// a sentence's first word unless it is in capitals ("WTI"), an alias, or
// followed by another capitalised word.
func (b *builder) isName(i int, s segment.Sentence) bool {
	toks := b.txt.Tokens
	t := toks[i]
	if !t.Cap || names.IsFunctionWord(t.Norm) {
		return false
	}
	if !names.Opens(toks, i, s.First, s.Last) {
		return true
	}
	src := b.txt.Src[t.Start:t.End]
	if strings.ToUpper(src) == src && len(src) > 1 {
		return true
	}
	_, ok := b.rules.Aliases.Canonical(src)
	return ok
}

func (b *builder) norm(i int, s segment.Sentence) string {
	if i < s.First || i >= s.Last {
		return ""
	}
	return b.txt.Tokens[i].Norm
}

// endsAt reports whether a phrase of set ends at token i (inclusive) and
// returns where it starts.
func (b *builder) endsAt(set *phrase.Set[bool], i, lo int) (int, bool) {
	for k := max(lo, i-3); k <= i; k++ {
		if _, n := set.Longest(b.txt.Tokens, k, i+1); n == i+1-k {
			return k, true
		}
	}
	return 0, false
}

func (b *builder) isDirection(i int) bool {
	fr := b.rules.Frames
	if b.in.Cover(i) >= 0 || !fr.Up.HasWord(b.txt.Tokens[i].Norm) && !fr.Down.HasWord(b.txt.Tokens[i].Norm) {
		return false
	}
	_, thing := b.endsAt(fr.NotChanges, i, max(0, i-3)) // "storm surge": a thing, not a move
	return !thing
}

func (b *builder) direction(i int) string {
	if b.rules.Frames.Up.HasWord(b.txt.Tokens[i].Norm) {
		return "up"
	}
	return "down"
}

// per reads a denominator at token i: "$61.20 a barrel", "per day", "per
// 100,000 people". It returns the token after it (i when there is none).
func (b *builder) per(f *Frame, mv mention.Mention, i int, s segment.Sentence) int {
	if f.Per != "" || i >= s.Last || b.in.Cover(i) >= 0 {
		return i
	}
	_, n := b.rules.Frames.Per.Longest(b.txt.Tokens, i, s.Last)
	if n == 0 {
		return i
	}
	j := i + n
	if j >= s.Last {
		return i
	}
	if k := b.in.Cover(j); k >= 0 {
		if w := b.txt.Tokens[i].Norm; w != "per" && w != "every" {
			return i
		}
		m := b.in.Mentions[k]
		if m.Type != mention.Number {
			return i
		}
		f.Per = b.span(m.First, m.Last)
		end := m.Last
		if p := b.npAt(m.Last, s); p.ok() {
			f.Per += " " + b.span(p.first, p.last)
			end = p.last
		}
		return end
	}
	t := b.txt.Tokens[j]
	if t.Kind != segment.Word || english.IsFunctionWord(t.Norm) || t.Cap {
		return i
	}
	switch b.norm(j+1, s) {
	case "ago", "earlier", "later", "before", "after", "old", "long":
		return i // "a year ago" is a time, not a rate
	}
	f.Per = english.Singular(t.Norm)
	return j + 1
}

// participleAt reports a participle standing right after a group: "the
// people injured", "those killed" (but not "two of the victims dead").
func (b *builder) participleAt(i int, s segment.Sentence) bool {
	w := b.norm(i, s)
	return len(w) > 4 && strings.HasSuffix(w, "ed")
}

// npAt reads the noun phrase that starts at token i: content words, up to
// five, not crossing a mention, a function word, a predicate ("16 people
// dead") or punctuation; it ends on a noun, not on a participle.
func (b *builder) npAt(i int, s segment.Sentence) np {
	toks := b.txt.Tokens
	fr := b.rules.Frames
	for k := 0; k < 2 && i < s.Last; k++ {
		switch w := toks[i].Norm; {
		case w == "other" || w == "more" || w == "additional" || w == "further" || w == "young":
			i++ // "19 other states", "four young men"
		case k == 0 && (w == "\"" || w == "“") && i+1 < s.Last && toks[i+1].Kind == segment.Word:
			i++ // a 74-page "manifesto"
		case b.in.Cover(i) >= 0 && b.in.Mentions[b.in.Cover(i)].Type == mention.Age && b.in.Mentions[b.in.Cover(i)].First == i:
			i = b.in.Mentions[b.in.Cover(i)].Last // "two 13-year-old choir boys"
		case b.modifierAt(i, s):
			k = 2 // "74 percent of promised benefits", "5,000 reported cases": the participle is part of the phrase
		case w == "(":
			// a parenthesis between the figure and its noun: "US$2.2
			// trillion ($3.1 trillion) relief package"
			j := i + 1
			for j < s.Last && j-i < frameWindow && toks[j].Norm != ")" {
				j++
			}
			if j < s.Last && toks[j].Norm == ")" {
				i = j + 1
			}
		}
	}
	j := i
	for j < s.Last && j-i < 5 {
		t := toks[j]
		if t.Kind != segment.Word || b.in.Cover(j) >= 0 {
			if t.Kind == segment.Number && j > i && toks[j-1].Cap && b.in.Cover(j) >= 0 && b.in.Mentions[b.in.Cover(j)].Last == j+1 {
				j++ // "FTSE 100"
				continue
			}
			break
		}
		if english.IsFunctionWord(t.Norm) && !(t.Cap && !names.IsFunctionWord(t.Norm)) {
			break
		}
		if (fr.Predicates.HasWord(t.Norm) || b.rules.Attribution.Cues.HasWord(t.Norm) || fr.Links.HasWord(t.Norm) ||
			(j > i && english.IsIrregularPast(t.Norm))) && !(j == i && b.modifierAt(j, s)) {
			break
		}
		if j > i && b.isDirection(j) && !strings.HasSuffix(t.Norm, "s") {
			break // "prices fell"; but "spending cuts" is a noun
		}
		if j > i && !t.Cap && strings.HasSuffix(t.Norm, "ed") && len(t.Norm) > 3 && nounLike(toks[j-1]) && !toks[j-1].Cap {
			break // "35 million seniors received benefits": the verb after the counted noun
		}
		if j > i && t.Cap && !toks[j-1].Cap {
			// "three term Texas Governor Rick Perry": a name after the
			// counted noun is not part of it; one before a noun modifies
			// it ("two extreme U.S. hawks")
			e := names.Forward(b.txt, j, s.Last, b.in.Free)
			if e == j || e >= s.Last || toks[e].Kind != segment.Word || toks[e].Cap || english.IsFunctionWord(toks[e].Norm) {
				break
			}
		}
		j++
	}
	for j > i && !nounLike(toks[j-1]) {
		if w := toks[j-1].Norm; strings.HasSuffix(w, "ing") && !verbING[w] &&
			(j-1 == i || english.IsPreposition(b.norm(i-1, s)) && english.Singular(toks[j-2].Norm) == toks[j-2].Norm) {
			break // "one building", "days of public mourning": a gerund heading the phrase is a noun
		}
		j--
	}
	return np{i, j}
}

// countedUnit reports a unit that is a plain noun ("doses", "barrels"),
// so a quantity in it counts that noun; "mph", "km" and "barrels/day" are
// measures, named by rules.yaml frames.unit-heads.
func countedUnit(u string) bool {
	if len(u) < 4 {
		return false
	}
	for i := 0; i < len(u); i++ {
		if u[i] < 'a' || u[i] > 'z' {
			return false
		}
	}
	return true
}

// containerAfter reads what holds a counted group, after it: "aboard
// the Roosevelt", "on board the vessel".
func (b *builder) containerAfter(i int, s segment.Sentence) string {
	switch b.norm(i, s) {
	case "aboard", "onboard":
		i++
	case "on":
		if b.norm(i+1, s) != "board" {
			return ""
		}
		i += 2
	default:
		return ""
	}
	first := i
	if english.IsDeterminer(b.norm(i, s)) {
		i++
	}
	if _, n := b.entityAt(i, s.Last); n > 0 {
		return b.span(first, i+n)
	}
	if p := b.npAt(i, s); p.ok() {
		return b.span(first, p.last)
	}
	return ""
}

// holdingBefore reads what holds a counted group named before the count:
// "a car with four young men inside", "a Jeep with two people inside"
// (the group ends in "inside" or "aboard"), or the noun a relative clause
// says has it: "his vessel, which has more than 4,000 crew". It returns
// the noun phrase with its determiner, or "".
func (b *builder) holdingBefore(mv mention.Mention, measured np, s segment.Sentence) string {
	toks := b.txt.Tokens
	k := mv.First - 1
	switch {
	case b.norm(k, s) == "with" && (b.norm(measured.last, s) == "inside" || b.norm(measured.last, s) == "aboard"):
	case (b.norm(k, s) == "has" || b.norm(k, s) == "had" || b.norm(k, s) == "have") && b.norm(k-1, s) == "which" && b.norm(k-2, s) == ",":
		k -= 2
	default:
		return ""
	}
	if b.norm(k-1, s) == "," {
		k-- // "a car, with seven people inside"
	}
	p := b.npBefore(k, s)
	if !p.ok() || p.last != k {
		return ""
	}
	det := p.first > s.First && english.IsDeterminer(toks[p.first-1].Norm)
	if toks[p.last-1].Cap && !(det && english.IsArticle(toks[p.first-1].Norm) && toks[p.first-1].Norm != "the") {
		return "" // a name holds only as a common noun: "a Jeep", not "the Roosevelt" (aboard is containerAfter's)
	}
	if det {
		p.first--
	}
	return b.span(p.first, p.last)
}

// modifierAt reports a participle that modifies the noun after it at the
// start of a counted phrase ("promised benefits", "reported cases",
// "confirmed deaths"), rather than ending the phrase ("two said").
func (b *builder) modifierAt(i int, s segment.Sentence) bool {
	toks := b.txt.Tokens
	if i+1 >= s.Last || !strings.HasSuffix(toks[i].Norm, "ed") || toks[i].Cap {
		return false
	}
	n := toks[i+1]
	return n.Kind == segment.Word && !n.Cap && b.in.Cover(i+1) < 0 && !english.IsFunctionWord(n.Norm) &&
		!strings.HasSuffix(n.Norm, "ed") && !strings.HasSuffix(n.Norm, "ly") && nounLike(n) &&
		!b.rules.Frames.Predicates.HasWord(n.Norm) && english.Singular(n.Norm) != n.Norm
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

// verbING are -ing forms that are verbs or prepositions, never the head of
// a counted phrase.
var verbING = map[string]bool{"going": true, "being": true, "having": true, "doing": true, "saying": true,
	"leaving": true, "including": true, "following": true, "according": true, "making": true, "getting": true,
	"taking": true, "coming": true, "trying": true, "using": true, "living": true, "working": true}

// nounLike reports a token that can head a noun phrase: not a participle,
// gerund or adverb ("killed", "living", "nearly").
func nounLike(t segment.Token) bool {
	if t.Cap || t.Kind == segment.Number {
		return true
	}
	w := t.Norm
	return !(strings.HasSuffix(w, "ed") && len(w) > 3 || strings.HasSuffix(w, "ing") && len(w) > 4 ||
		strings.HasSuffix(w, "ly") && len(w) > 4)
}

// npBefore reads the noun phrase that ends just before token end: back
// over content words and a determiner; over an apposition set off by
// commas ("WTI crude, the US benchmark, fell").
func (b *builder) npBefore(end int, s segment.Sentence) np {
	toks := b.txt.Tokens
	if end-1 >= s.First && toks[end-1].Norm == "," {
		// an apposition: back to the comma before it
		k := end - 2
		for k > s.First && end-k < frameWindow+2 && toks[k].Norm != "," {
			k--
		}
		if k > s.First && toks[k].Norm == "," {
			if p := b.npBefore(k, s); p.ok() {
				return p
			}
		}
		return np{}
	}
	j := end
	for j > s.First && end-j < 5 {
		t := toks[j-1]
		if t.Kind != segment.Word && !(t.Kind == segment.Number && j-2 >= s.First && toks[j-2].Cap) {
			break
		}
		if english.IsFunctionWord(t.Norm) && !(t.Cap && !names.IsFunctionWord(t.Norm)) {
			break
		}
		if b.in.Cover(j-1) >= 0 && t.Kind != segment.Number {
			break
		}
		if fr := b.rules.Frames; j < end && (b.isDirection(j-1) || fr.Links.HasWord(t.Norm) ||
			!nounLike(t) || english.IsIrregularPast(t.Norm)) {
			break // "the council cut spending", "has caused oil prices": the verb ends the phrase
		}
		j--
	}
	p := np{j, end}
	if p.ok() && !nounLike(toks[end-1]) && !strings.HasSuffix(toks[end-1].Norm, "ing") {
		return np{} // the word before the verb is no noun
	}
	return p
}

// linkBefore walks back from the number over the words that tie it to a
// measured thing before it ("of", "reached", "rose to", "fell 4.1% to",
// "is now") and returns where that thing ends. It notes a change on the
// way: a direction word makes one, unless another figure took it ("fell
// 4.1% to $61.20": $61.20 is the level) or the figure is the level the move
// reached ("rose to 140 mph": a level, direction up).
//
// For a bare count of a generic kind, a preposition is no link: "a father
// of three", "from 8 at night to 4".
func (b *builder) linkBefore(f *Frame, mv mention.Mention, s segment.Sentence, bare bool) (int, bool) {
	fr := b.rules.Frames
	toks := b.txt.Tokens
	i := mv.First - 1
	linked, otherFigure := false, false
	// reached is set when the figure follows a level word ("to", "at"): the
	// level a move reached is a level with a direction, not a change ("the
	// toll rose to 18" compares with "18 were killed").
	reached := false
	// listed counts the tokens of a list the figure ends ("the ages of the
	// victims are 17, 23 and 55"): they share the first item's link, and
	// do not use up the window
	listed := 0
	for i >= s.First && mv.First-i-listed <= frameWindow {
		if j, ok := b.listItemBefore(i, mv, s); ok && !linked && listed+i-j <= 4*frameWindow {
			listed += i - j // bounded: a long run of figures is read a window at a time
			i = j
			continue
		}
		if i == mv.First-1 && toks[i].Norm == "," && (b.norm(mv.Last, s) == "," || b.norm(mv.Last, s) == ")") {
			// an apposition: "His age, 75, could be a problem"
			linked = true
			i--
			continue
		}
		if k := b.in.Cover(i); k >= 0 {
			m := b.in.Mentions[k]
			if m.Type == mention.Date || !linked || b.nameNumber(m, s) {
				break
			}
			otherFigure = true
			i = m.First - 1
			continue
		}
		w := toks[i].Norm
		if b.isDirection(i) {
			if !otherFigure && !f.Change && f.Direction == "" {
				f.Direction = b.direction(i)
				f.Change = !reached
			}
			linked = true
			i--
			continue
		}
		if k, ok := b.endsAt(fr.Links, i, s.First); ok && !(bare && k == i && english.IsPreposition(w)) {
			if _, n := fr.Levels.Longest(toks, i, i+1); n == 1 && !otherFigure {
				reached = true // "rose to 18", "rises to 18": the level reached
			}
			for j := k; j <= i && !otherFigure && !f.Change && f.Direction == ""; j++ {
				if b.isDirection(j) {
					f.Direction = b.direction(j)
					f.Change = !reached
				}
			}
			linked = true
			i = k - 1
			continue
		}
		if english.IsAdverb(w) || english.IsAuxiliary(w) || w == "by" || w == "as" || w == "much" {
			i--
			continue
		}
		break
	}
	if !linked || i < s.First {
		return 0, false
	}
	return i + 1, true
}

// ageNumber reports a bare number that is an age: the low end of an age
// range ("between 15 and 17 years old", "ages 3 to 10-year-old"), or a
// number after "aged", "ages" or "the age of" ("aged between 18 and 60"),
// and, when more is set, the high end of such a range.
func (b *builder) ageNumber(mv mention.Mention, s segment.Sentence, more bool) bool {
	rangeWord := func(w string) bool { return w == "and" || w == "to" || w == "-" || w == "–" || w == "or" }
	if rangeWord(b.norm(mv.Last, s)) && mv.Last+1 < s.Last {
		if k := b.in.Cover(mv.Last + 1); k >= 0 && b.in.Mentions[k].Type == mention.Age && b.in.Mentions[k].First == mv.Last+1 {
			return true
		}
	}
	if v := mv.Value; v == nil || v.Number < 0 || v.Number > 120 || v.Number != float64(int(v.Number)) {
		return false
	}
	if !b.npAt(mv.Last, s).ok() {
		// "a fifth individual, who was 17 at the time"
		if w := b.norm(mv.First-1, s); (w == "was" || w == "is") && b.norm(mv.First-2, s) == "who" {
			return true
		}
		// "Gary Jones (32) was hurt"
		if b.parenthesisedPerson(mv, s) != "" {
			return true
		}
	}
	i := mv.First - 1
	if w := b.norm(i, s); w == "between" || w == "from" {
		i--
	}
	switch b.norm(i, s) {
	case "aged", "ages":
		return true
	case "of":
		if b.norm(i-1, s) == "age" {
			return true
		}
	}
	if more && rangeWord(b.norm(mv.First-1, s)) {
		if k := b.in.Cover(mv.First - 2); k >= 0 && b.in.Mentions[k].Type == mention.Number {
			return b.ageNumber(b.in.Mentions[k], s, false)
		}
	}
	return false
}

// parenthesisedPerson is the person a figure in parentheses right after
// a name is the age of: "Gary Jones (32)", "Jones (32)" after "Gary
// Jones" — a full name, so that "Labour (32)" is no one's age.
func (b *builder) parenthesisedPerson(mv mention.Mention, s segment.Sentence) string {
	k := mv.First - 1
	if b.norm(k, s) != "(" || b.norm(mv.Last, s) != ")" {
		return ""
	}
	start := names.Backward(b.txt, k, s.First, b.in.Free)
	if start >= k {
		return ""
	}
	name := b.names.normalize(b.span(start, k))
	if b.names.kind(name) != SpeakerPerson || b.rules.Places[name] {
		return ""
	}
	if p := b.person(name); len(strings.Fields(p)) >= 2 {
		return p
	}
	return ""
}

// listItemBefore reads back over one item of a list the figure mv ends:
// at token i a separator (",", "and", "or", ", and") after a figure of
// mv's type, it returns the token before that figure.
func (b *builder) listItemBefore(i int, mv mention.Mention, s segment.Sentence) (int, bool) {
	j := i
	for j >= s.First && j > i-2 {
		w := b.txt.Tokens[j].Norm
		if w != "," && w != "and" && w != "or" {
			break
		}
		j--
	}
	if j == i || j < s.First {
		return 0, false
	}
	k := b.in.Cover(j)
	if k < 0 || b.in.Mentions[k].Type != mv.Type || b.in.Mentions[k].Last != j+1 || b.nameNumber(b.in.Mentions[k], s) {
		return 0, false
	}
	return b.in.Mentions[k].First - 1, true
}

// changeBefore notes a direction word just before the number when the
// measured thing follows it: "cut 300 jobs", "added 2,000 workers".
func (b *builder) changeBefore(f *Frame, mv mention.Mention, s segment.Sentence) {
	for i := mv.First - 1; i >= s.First && mv.First-i <= 2; i-- {
		if b.in.Cover(i) >= 0 {
			return
		}
		if b.isDirection(i) {
			f.Change, f.Direction = true, b.direction(i)
			return
		}
		if w := b.txt.Tokens[i].Norm; w != "by" && !english.IsAdverb(w) && !english.IsDeterminer(w) {
			return
		}
	}
}

// ofBefore widens a measured thing that is the object of "of" to the
// noun phrase "of" hangs from: "the ages of the victims are 17" measures
// ages, not victims; "the number of victims" stays with victims when the
// noun before "of" is a partitive.
func (b *builder) ofBefore(p np, s segment.Sentence) np {
	k := p.first
	if k-1 >= s.First && english.IsDeterminer(b.txt.Tokens[k-1].Norm) {
		k--
	}
	if !p.ok() || b.norm(k-1, s) != "of" {
		return p
	}
	q := b.npBefore(k-1, s)
	if !q.ok() || b.rules.Frames.Partitives.HasWord(b.txt.Tokens[q.last-1].Norm) {
		return p
	}
	return np{q.first, p.last}
}

// ofIn is the index of an "of" inside a noun phrase ofBefore widened, or -1.
func (b *builder) ofIn(p np) int {
	for i := p.first; i < p.last; i++ {
		if b.txt.Tokens[i].Norm == "of" {
			return i
		}
	}
	return -1
}

// detAt is 1 when token i (before limit) is a determiner, else 0.
func (b *builder) detAt(i, limit int) int {
	if i < limit && english.IsDeterminer(b.txt.Tokens[i].Norm) {
		return 1
	}
	return 0
}

// partitive reads through a noun that counts what its "of" names: in
// "three counts of child abuse" the measured thing is "child abuse", so it
// is not compared with "one count of manslaughter".
func (b *builder) partitive(p np, s segment.Sentence) np {
	if p.last-p.first != 1 || !b.rules.Frames.Partitives.HasWord(b.txt.Tokens[p.first].Norm) || b.norm(p.last, s) != "of" {
		return p
	}
	k := p.last + 1
	if english.IsDeterminer(b.norm(k, s)) {
		k++
	}
	if q := b.npAt(k, s); q.ok() {
		return q
	}
	return p
}

// headOf is a noun phrase's head: its last word, lower case and singular;
// the whole phrase for a name ("ftse 100").
func (b *builder) headOf(p np, s segment.Sentence) string {
	toks := b.txt.Tokens
	if o := b.ofIn(p); o > p.first {
		p.last = o // "ages of the victims": ages
	}
	last := toks[p.last-1]
	if last.Kind == segment.Number {
		k := p.last - 1
		for k > p.first && (b.isName(k-1, s) || toks[k-1].Kind == segment.Number) {
			k--
		}
		return strings.ToLower(b.span(k, p.last))
	}
	w := strings.TrimSuffix(last.Norm, "'s")
	if i := strings.LastIndexByte(w, '-'); i > 0 && i+1 < len(w) && !english.IsBoundPrefix(w[:i]) {
		w = w[i+1:] // "flood-defence" -> "defence"; but "non-citizens" stays
	}
	return english.Singular(w)
}

// entityOf finds what a measured thing belongs to: a possessive before it
// ("the band's 14 albums", "Iran's population"), a name inside it
// ("American soldiers", "WTI crude"), or "of <entity>" after it ("the
// population of Iran").
func (b *builder) entityOf(p np, mv mention.Mention, s segment.Sentence, subject bool) string {
	toks := b.txt.Tokens
	if o := b.ofIn(p); o > p.first {
		// "the ages of the victims": the victims'
		if e, n := b.entityAt(o+1+b.detAt(o+1, p.last), p.last); n > 0 {
			return e
		}
		return b.span(o+1, p.last)
	}
	// possessive before the phrase or before the number
	for _, at := range []int{p.first, mv.First} {
		if e := b.possessiveBefore(at, s); e != "" {
			return e
		}
	}
	// a name the phrase is ("WTI crude fell"); a name that only modifies
	// a counted noun ("12 Russian intelligence officers", "60 House
	// Democrats") is not what the count belongs to
	for i := p.first; i < p.last && subject; i++ {
		if !b.isName(i, s) {
			continue
		}
		j := i
		for j < p.last && (b.isName(j, s) || toks[j].Kind == segment.Number) {
			j++
		}
		name := b.names.normalize(b.span(i, j))
		if subject && j == p.last-1 || j == p.last {
			if _, alias := b.rules.Aliases.Canonical(b.span(i, j)); !alias {
				return b.span(i, p.last) // "WTI crude", "FTSE 100"
			}
		}
		return name
	}
	// "of <entity>" after the phrase
	if b.norm(p.last, s) == "of" {
		k := p.last + 1
		if english.IsDeterminer(b.norm(k, s)) {
			k++
		}
		if e, n := b.entityAt(k, s.Last); n > 0 {
			return e
		}
	}
	return ""
}

// possessiveBefore reads the owner in a possessive just before token at,
// over determiners and figures: "the band's 14 albums", "Iran's
// population"; "his"/"her" is the last person named before it in the
// sentence.
func (b *builder) possessiveBefore(at int, s segment.Sentence) string {
	toks := b.txt.Tokens
	k := at - 1
	for k >= s.First && at-k < 4 {
		w := toks[k].Norm
		if w == "his" || w == "her" {
			return b.personBefore(k, s, false)
		}
		if !(english.IsDeterminer(w) && w != "'s" || b.in.Cover(k) >= 0) {
			break
		}
		k--
	}
	if k > s.First && toks[k].Norm == "'s" {
		return b.ownerBefore(k, s)
	}
	return ""
}

// personBefore is the person a pronoun at token k stands for: the last
// person named in full before it in its sentence (within a bounded
// look-back); a pronoun with no such name stays unresolved, as the person
// it stands for is then a guess.
//
// A possessive ("Lopez shot his 16 victims") is bound by its clause's
// subject and takes a name of unknown sex, though not one whose title
// tells another. A subject pronoun opens a clause of its own, where
// another person is as likely ("Trump said she deleted 30,000 emails"):
// when strict, a name is taken only when its courtesy title tells the
// pronoun's sex ("Mrs. Clinton said she ..."), else none.
func (b *builder) personBefore(k int, s segment.Sentence, strict bool) string {
	toks := b.txt.Tokens
	g := english.PronounGender(toks[k].Norm)
	if toks[k].Norm == "his" {
		g = 'm'
	}
	fits := func(i int) bool {
		t := b.titledGender(i, s)
		return t == g || !strict && t == 0
	}
	last := ""
	for i := max(s.First, k-3*frameWindow); i < k; i++ {
		if !toks[i].Cap || b.in.Cover(i) >= 0 {
			continue
		}
		j := names.Forward(b.txt, i, k, b.in.Free)
		if j == i {
			continue
		}
		if i-2 >= s.First && toks[i-1].Norm == "of" && toks[i-2].Cap {
			i = j - 1 // "Department of Public Safety": part of an organisation's name
			continue
		}
		name := b.names.normalize(b.span(i, j))
		if b.names.kind(name) == SpeakerPerson && !b.rules.Places[name] && fits(i) {
			if p := b.person(name); len(strings.Fields(p)) >= 2 {
				last = p
			}
		}
		i = j - 1
	}
	return last
}

// titledGender is the sex a courtesy title just before token i tells of
// the name at i ("Mrs. Clinton", "Mr Lopez"), else 0.
func (b *builder) titledGender(i int, s segment.Sentence) byte {
	toks := b.txt.Tokens
	k := i - 1
	if k >= s.First && toks[k].Norm == "." {
		k--
	}
	if k < s.First {
		return 0
	}
	return english.TitleGender(toks[k].Norm)
}

// ownerBefore reads the owner before a possessive "'s" at token k: a name
// or a noun phrase ("the band").
func (b *builder) ownerBefore(k int, s segment.Sentence) string {
	toks := b.txt.Tokens
	if start := names.Backward(b.txt, k, s.First, b.in.Free); start < k {
		return b.person(b.names.normalize(b.span(start, k)))
	}
	j := k
	for j > s.First && k-j < 3 && toks[j-1].Kind == segment.Word && !english.IsFunctionWord(toks[j-1].Norm) {
		j--
	}
	if j == k {
		return ""
	}
	if j > s.First && english.IsDeterminer(toks[j-1].Norm) {
		j--
	}
	return b.span(j, k)
}

// clauseSubject is the subject of the clause a number is the object of:
// "The band released 14 studio albums", "Iran produced 2.1 million bpd".
func (b *builder) clauseSubject(mv mention.Mention, s segment.Sentence) string {
	toks := b.txt.Tokens
	i := mv.First - 1
	// the verb group: one verb and its auxiliaries and adverbs
	verbs := 0
	for i >= s.First && mv.First-i <= 4 {
		w := toks[i].Norm
		if toks[i].Kind != segment.Word || b.in.Cover(i) >= 0 {
			return ""
		}
		switch {
		case verbs == 0 && i == mv.First-1 && (w == "has" || w == "have" || w == "had"):
			verbs++ // "the state had 4,000 ventilators": have is the verb
		case verbs == 1 && (w == "or" || w == "and") && i-1 >= s.First && !toks[i-1].Cap &&
			(strings.HasSuffix(toks[i-1].Norm, "ed") || english.IsIrregularPast(toks[i-1].Norm)):
			i-- // "she sent or received 60,000 emails": two verbs, one object
		case english.IsAuxiliary(w) || english.IsAdverb(w):
		case verbs == 0 && !toks[i].Cap && !english.IsFunctionWord(w):
			if b.rules.Attribution.Cues.HasWord(w) {
				return "" // "officials said three people": the source, not the owner
			}
			verbs++
		default:
			if verbs == 0 {
				return ""
			}
			goto subject
		}
		i--
	}
subject:
	if verbs == 0 || i < s.First {
		return ""
	}
	if w := toks[i].Norm; w == "he" || w == "she" {
		// "Clinton acknowledged that she sent 60,000 emails": the person
		// named before it in the sentence, if any
		return b.personBefore(i, s, true)
	}
	if start := names.Backward(b.txt, i+1, s.First, b.in.Free); start <= i {
		if start == s.First && i == start && toks[start].Newlines == 0 && names.IsFunctionWord(toks[start].Norm) {
			return ""
		}
		return b.person(b.names.normalize(b.span(start, i+1)))
	}
	p := b.npBefore(i+1, s)
	if !p.ok() {
		return ""
	}
	if p.first-1 > s.First && toks[p.first-1].Norm == "'s" {
		// "Brewer's office had received 10,000 calls": the owner's
		if owner := b.ownerBefore(p.first-1, s); owner != "" {
			return owner + "'s " + b.span(p.first, p.last)
		}
	}
	if p.first > s.First && english.IsDeterminer(toks[p.first-1].Norm) {
		p.first--
	}
	return b.span(p.first, p.last)
}

// scope reads the period a count covers from the words around it.
func (b *builder) scope(first, last int, s segment.Sentence) string {
	fr := b.rules.Frames
	lo, hi := max(s.First, first-frameWindow), min(s.Last, last+frameWindow)
	found := ""
	for i := lo; i < hi; i++ {
		if b.in.Cover(i) >= 0 && i >= first && i < last {
			continue
		}
		switch {
		case inSet(fr.Total, b.txt.Tokens, i, hi):
			return "total"
		case inSet(fr.Current, b.txt.Tokens, i, hi):
			if found == "" {
				found = "current"
			}
		case inSet(fr.Previous, b.txt.Tokens, i, hi):
			if found == "" {
				found = "previous"
			}
		}
	}
	return found
}

func inSet(set *phrase.Set[bool], toks []segment.Token, i, limit int) bool {
	_, n := set.Longest(toks, i, limit)
	return n > 0
}

// ageFrame frames an age: the person's age, the person named beside it
// or, when no name is given, the noun the age describes ("a 7-year-old
// boy").
// babyHeld reports an age in months, weeks or days held by a person — a
// name, or a noun of people ("an 18-month-old boy") — since the things
// such an age is said of are as often not ("the 30-day-old ceasefire",
// "the strike, now 40 days old"): those are no one's age.
func (b *builder) babyHeld(c *Claim, mv mention.Mention, s segment.Sentence) bool {
	if mv.Person[0] >= 0 {
		return true
	}
	if strings.HasSuffix(b.txt.Tokens[mv.Last-1].Norm, "-old") && !b.npAt(mv.Last, s).ok() {
		return true // "the 18-month-old was wounded": the age word is the child
	}
	who := c.Frame.Entity
	if who == "" {
		return false
	}
	if b.names.kind(who) == SpeakerPerson && who != strings.ToLower(who) {
		return true
	}
	words := strings.Fields(who)
	return b.personNoun(strings.ToLower(words[len(words)-1]))
}

func (b *builder) ageFrame(c *Claim, mv mention.Mention, s segment.Sentence) {
	f := c.Frame
	f.Measured, f.Head = "age", "age"
	if c.Subject != "" {
		c.Subject = b.person(c.Subject)
		f.Entity = c.Subject
		return
	}
	p := b.npAt(mv.Last, s)
	if w := b.norm(mv.First, s); !p.ok() || w == "aged" || w == "ages" || mention.IsAgeUnit(b.norm(p.first, s)) {
		// "The child is three years old", "The participants - aged 18 to
		// 60 -": the holder is before the age; "a 16-year-old who was
		// robbed": no noun, no guess
		if who := b.ageHolder(mv, s); who != "" {
			f.Entity, c.Subject = who, who
		}
		return
	}
	// "Mr Elayyan, a 33-year-old goalkeeper": the name the phrase is set beside
	k := mv.First - 1
	if k >= s.First && (b.norm(k, s) == "a" || b.norm(k, s) == "an" || b.norm(k, s) == "the") {
		k--
	}
	if k > s.First && b.norm(k, s) == "," {
		if start := names.Backward(b.txt, k, s.First, b.in.Free); start < k {
			f.Entity = b.person(b.names.normalize(b.span(start, k)))
			c.Subject = f.Entity
			return
		}
	}
	// "Lopez was a 34-year-old Army specialist", "One suspect is a
	// 26-year-old man": the subject the phrase says something of
	if w := b.norm(k, s); (w == "is" || w == "was") && k > s.First && b.norm(mv.First-1, s) != "the" {
		if start := names.Backward(b.txt, k, s.First, b.in.Free); start < k && b.names.kind(b.names.normalize(b.span(start, k))) == SpeakerPerson {
			f.Entity = b.person(b.names.normalize(b.span(start, k)))
			c.Subject = f.Entity
			return
		}
		if q := b.npBefore(k, s); q.ok() && q.last-q.first == 1 && !b.txt.Tokens[q.first].Cap && b.txt.Tokens[q.first].Kind == segment.Word {
			f.Entity = b.txt.Tokens[q.first].Norm
			c.Subject = f.Entity
			return
		}
	}
	// "his 16-year-old brother, C.J.": a name set beside the phrase
	if b.norm(p.last, s) == "," {
		if end := names.Forward(b.txt, p.last+1, s.Last, b.in.Free); end > p.last+1 {
			f.Entity = b.person(b.names.normalize(b.span(p.last+1, end)))
			c.Subject = f.Entity
			return
		}
	}
	if end := names.Forward(b.txt, p.first, p.last, b.in.Free); end == p.last {
		f.Entity = b.person(b.names.normalize(b.span(p.first, end))) // "the 25-year-old Smith"
	} else {
		f.Entity = b.txt.Tokens[p.last-1].Norm // "a 13-year-old Erie County boy" -> boy
		if b.people != nil && b.norm(mv.First-1, s) == "the" {
			if who := b.people.ByTitle(f.Entity); who != "" {
				f.Entity = who // "the 78-year-old cardinal": Cardinal George Pell
			}
		}
		k := mv.First - 1
		for k >= s.First && english.IsDeterminer(b.txt.Tokens[k].Norm) {
			k--
		}
		if k > s.First && b.txt.Tokens[k].Norm == "'s" {
			if owner := b.ownerBefore(k, s); owner != "" {
				f.Entity = owner + "'s " + f.Entity // "Sylvester's 33-year-old wife"
			}
		}
	}
	c.Subject = f.Entity
}

// person resolves a surname-only back-reference to the full name the
// document gave: "Lopez" after "Ivan A. Lopez".
func (b *builder) person(name string) string {
	if strings.IndexByte(name, ' ') >= 0 {
		name = b.untitled(name)
	}
	if b.people == nil {
		return name
	}
	return b.people.Resolve(name)
}

// titleIn finds the last title in a name over the document's tokens [i,
// j): where the name starts after it, and where the title starts (both i
// when none).
func (b *builder) titleIn(i, j int) (cut, title int) {
	return lastTitle(b.rules.Titles, b.txt.Tokens, i, j)
}

// lastTitle is the one rule for "cut a name at its last title": over
// tokens [i, j), the longest title at each token that leaves words after
// it, the last one found. It returns where the name starts after it and
// where the title starts (both i when none).
func lastTitle(titles *phrase.Set[bool], toks []segment.Token, i, j int) (cut, title int) {
	cut, title = i, i
	for k := i; k < j; k++ {
		if _, n := titles.Longest(toks, k, j); n > 0 && k+n < j {
			cut, title = k+n, k
		}
	}
	return cut, title
}

// untitled strips the words up to the last title in a name: "Democratic
// Attorney General Richard Blumenthal" is "Richard Blumenthal", "Louisiana
// Governor John Bel Edwards" "John Bel Edwards". A name that is all title
// stays as it is.
func (b *builder) untitled(name string) string {
	toks := segment.Tokenize(name)
	cut, _ := lastTitle(b.rules.Titles, toks, 0, len(toks))
	if cut == 0 {
		return name
	}
	return name[toks[cut].Start:]
}

// incident finds the event a casualty count belongs to in its sentence:
// an incident noun from rules.yaml with the words before it, the nearest
// named one ("Clewiston shooting", "the 2014 post shooting", "the Orlando
// night club shooting": one of the words a name or a date) or, when none
// is named, the nearest description ("the drive-by shooting", "a
// late-night shooting"). Compare keeps figures apart only by named
// entities, so a description ties a count to its event without parting it
// from another outlet's words for the same event.
func (b *builder) incident(mv mention.Mention, s segment.Sentence) string {
	toks := b.txt.Tokens
	inc := b.rules.Frames.Incidents
	best, bestDist := "", 1<<30
	described, describedDist := "", 1<<30
	for i := max(s.First, mv.First-3*frameWindow); i < min(s.Last, mv.Last+3*frameWindow); i++ {
		if b.in.Cover(i) >= 0 || !inc.HasWord(toks[i].Norm) {
			continue
		}
		if n := toks[min(i+1, s.Last-1)]; i+1 < s.Last && n.Kind == segment.Word && !n.Cap && !english.IsFunctionWord(n.Norm) && nounLike(n) {
			continue // "shooting victims": a modifier, not the event
		}
		j := i
		for j > s.First && i-j < 4 && b.in.Cover(j-1) < 0 && toks[j-1].Kind == segment.Word &&
			!english.IsFunctionWord(toks[j-1].Norm) && !b.rules.Attribution.Cues.HasWord(toks[j-1].Norm) &&
			(nounLike(toks[j-1]) || strings.Contains(toks[j-1].Norm, "-")) {
			j--
		}
		if j > s.First && b.in.Cover(j-1) >= 0 && b.in.Mentions[b.in.Cover(j-1)].Type == mention.Date && b.in.Mentions[b.in.Cover(j-1)].Last == j {
			j = b.in.Mentions[b.in.Cover(j-1)].First // "the 2014 post shooting"
		}
		named := false
		for k := j; k < i; k++ {
			named = named || b.isName(k, s) || b.in.Cover(k) >= 0
		}
		d := i - mv.Last
		if i < mv.First {
			d = mv.First - i
		}
		switch {
		case named && d < bestDist:
			best, bestDist = b.span(j, i+1), d
		case !named && d < describedDist && !b.verbObject(j, s):
			// in lower case: a capital here is only the sentence's
			// ("Toxic gas leak kills 11"), and must not read as a name
			described, describedDist = strings.ToLower(b.span(j, i+1)), d
		}
	}
	if best == "" {
		return described
	}
	return best
}

// verbObject reports a phrase starting at token j that is the object of
// the word before it, not an event of its own: "opened fire", "set fire".
// A description of an event follows a determiner, a preposition, a
// possessive or punctuation ("after a shooting", "the gang's attack").
func (b *builder) verbObject(j int, s segment.Sentence) bool {
	if j <= s.First {
		return false
	}
	t := b.txt.Tokens[j-1]
	return t.Kind == segment.Word && !english.IsFunctionWord(t.Norm) && t.Norm != "'s" && b.in.Cover(j-1) < 0
}

// sentenceSubject is the person a sentence is about when it opens with
// one: "Holder made the comments during a meeting with about 50 community
// leaders", "Authorities say Joseph Jesse Aldridge, 36, traveled to four
// homes"; "He" at the start is the last person named before.
func (b *builder) sentenceSubject(si int, s segment.Sentence) string {
	toks := b.txt.Tokens
	i := s.First
	if i >= s.Last {
		return ""
	}
	switch toks[i].Norm {
	case "he", "she":
		if si < len(b.lastPerson) {
			return b.lastPerson[si]
		}
		return ""
	}
	for k := 0; k < 2; k++ {
		if english.IsDeterminer(b.norm(i, s)) || b.rules.Titles.Starts(b.norm(i, s)) && !toks[i].Cap {
			i++
		}
	}
	j := names.Forward(b.txt, i, s.Last, b.in.Free)
	if j == i {
		return ""
	}
	name := b.names.normalize(b.span(i, j))
	if b.rules.Attribution.Cues.HasWord(b.norm(j, s)) {
		// "Authorities say Joseph Jesse Aldridge ...": the subject after the cue
		k := j + 1
		if e := names.Forward(b.txt, k, s.Last, b.in.Free); e > k {
			name = b.names.normalize(b.span(k, e))
			j = e
		} else {
			return ""
		}
	}
	if b.names.kind(name) != SpeakerPerson || b.rules.Places[name] {
		return ""
	}
	if len(strings.Fields(name)) < 2 && b.person(name) == name {
		// a lone capitalised word opening a sentence ("Investigators",
		// "Seconds", "MELBOURNE") is a person only as the surname of one
		// the document names in full
		return ""
	}
	for k := j; k < min(s.Last, j+3*frameWindow); k++ {
		if b.rules.Attribution.Cues.HasWord(toks[k].Norm) {
			return "" // "Carl Bildt, the former prime minister, tweeted": a speaker, not the owner
		}
	}
	return b.person(name)
}
