package claims

import (
	"strings"

	"github.com/claimdiff/claimdiff/claims/english"
	"github.com/claimdiff/claimdiff/claims/mention"
	"github.com/claimdiff/claimdiff/claims/phrase"
	"github.com/claimdiff/claimdiff/claims/segment"
)

// frames gives every claim with a value its frame and returns the claims
// to keep: a claim of a generic kind (count, measure) that measures no
// named thing is dropped, one whose head a kind covers becomes that kind,
// and a count that only picks from a group ("one of the people injured")
// counts nothing.
func (b *builder) frames(cs []Claim) []Claim {
	valued := 0 // the frames made: one a claim with a value
	for i := range cs {
		if cs[i].Value != nil {
			valued++
		}
	}
	b.frameSlab.reserve(valued)
	out := cs[:0]
	for i := range cs {
		c := &cs[i]
		if c.Value == nil {
			out = keptAt(out, cs, i)
			continue
		}
		if c.val < 0 {
			c.Frame = b.frameSlab.new(Frame{}) // a rule's constant ("a man was shot dead"): nothing to read
			out = keptAt(out, cs, i)
			continue
		}
		if !b.frame(c) {
			continue
		}
		if len(out) > 0 {
			b.converted(c, &out[len(out)-1])
			b.refersBack(c, &out[len(out)-1])
		}
		out = keptAt(out, cs, i)
	}
	return out
}

// keptAt appends cs[i] to out, the claims of cs kept before it, in place
// over cs: where none was dropped before it, it is where it stands, and
// not copied onto itself.
func keptAt(out, cs []Claim, i int) []Claim {
	if len(out) == i {
		return cs[:i+1]
	}
	return append(out, cs[i])
}

// converted gives a figure that converts the one before it, in
// parentheses right after it, that figure's frame: "a US$25 million
// (S$34 million) crowdfunding campaign" is one campaign's figure in two
// currencies, "3km (2 miles)" one radius in two units.
func (b *builder) converted(c, prev *Claim) {
	if prev.val < 0 || prev.Frame == nil {
		return
	}
	toks := b.txt.Tokens
	mv, pv := b.in.Mentions[c.val], b.in.Mentions[prev.val]
	open := pv.Last
	if mv.Type != pv.Type || open >= mv.First || mv.First-open > 2 || toks[open].Norm != "(" ||
		mv.Last >= len(toks) || toks[mv.Last].Norm != ")" {
		return
	}
	if k := open + 1; k < mv.First && toks[k].End != toks[k+1].Start {
		return // only a currency's letters may stand before the figure: "(S$34 million)"
	}
	f := *prev.Frame
	c.Frame = &f
}

// frame fills c.Frame and reports whether to keep c. It reads what the
// number measures after it ("14 studio albums") or, failing that, before
// it ("the death toll rose to 18"), then whom it belongs to, and settles a
// generic claim's kind from the head it measures.
func (b *builder) frame(c *Claim) bool {
	mv := b.in.Mentions[c.val]
	s := b.txt.Sentences[c.sent]
	kind := b.rules.Kinds[c.Kind]
	generic := kind != nil && kind.Generic
	f := b.frameSlab.new(Frame{})
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
	if generic && f.Head == "" && mv.Type == mention.Number && b.peopleSubject(mv, s) {
		f.Head = "person" // "Half a million have been told to leave": people, unnamed
	}
	f.Scope = b.scope(mv.First, max(mv.Last, measured.last), s)
	if generic {
		return b.settleKind(c, money)
	}
	return true
}

// refersBack gives a figure that refers back to the one before it in its
// sentence what it leaves unsaid: "three sailors on the Roosevelt had
// tested positive, and that number had risen to 25" counts sailors too;
// "230 crew members on the carrier tested positive, an increase of 57
// cases", a change set off as an apposition, is the carrier's.
func (b *builder) refersBack(c, prev *Claim) {
	f, pf := c.Frame, prev.Frame
	if prev.val < 0 || pf == nil || f == nil || prev.sent != c.sent || f.Entity != "" {
		return
	}
	mv, pv := b.in.Mentions[c.val], b.in.Mentions[prev.val]
	if mv.Type != pv.Type {
		return
	}
	switch {
	case f.Measured == f.Head && b.rules.Frames.Partitives.HasWord(f.Head) && pf.Head != "":
		// "that number": what the figure before counted
		f.Measured, f.Head, f.Entity = pf.Measured, pf.Head, pf.Entity
	case f.Change && b.appositiveChange(mv, b.txt.Sentences[c.sent]):
		f.Entity = pf.Entity
	}
}

// appositiveChange reports a change figure set off by a comma as an
// apposition to what comes before it: ", an increase of 57 cases", ", a
// rise of 4%".
func (b *builder) appositiveChange(mv mention.Mention, s segment.Sentence) bool {
	k := mv.First - 1
	return b.norm(k, s) == "of" && b.isDirection(k-1) && english.IsArticleKey(b.word(k-2, s)) && b.norm(k-3, s) == ","
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
	if money && b.norm(after, s) == "worth" && b.norm(after+1, s) == "of" {
		after++ // "$35,000 worth of food": the food
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
	measured = b.beforePlace(measured, end, s)
	object := false
	if measured.ok() && !f.Change {
		// "cut spending by 10 percent": the verb before the object, whose
		// subject is then the clause's
		b.changeBefore(f, mention.Mention{First: measured.first}, s)
		object = f.Change
	}
	return measured, measured.ok() && !object
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

// linkBefore walks back from the number over the words that tie it to a
// measured thing before it ("of", "reached", "rose to", "fell 4.1% to",
// "is now") and returns where that thing ends. It notes a change on the
// way: a direction word makes one, unless another figure took it ("fell
// 4.1% to $61.20": $61.20 is the level) or the figure is the level the move
// reached ("rose to 140 mph": a level, direction up).
//
// For a bare count of a generic kind, a preposition is no link: "a father
// of three", "from 8 at night to 4"; nor for the second of two figures
// set side by side (sideBySide).
func (b *builder) linkBefore(f *Frame, mv mention.Mention, s segment.Sentence, bare bool) (int, bool) {
	if b.sideBySide(mv, s) {
		return 0, false
	}
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
		if k, ok := b.endsAt(fr.Links, i, s.First); ok && !(bare && k == i && b.placingPreposition(w, i, s)) {
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
		if w == "with" && !linked && b.rankedWith(i, mv, s) {
			// "the highest number of known cases in the world with more
			// than 82,000, according to ...": the figure the number is
			linked, reached = true, true
			i--
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
// measured thing follows it: "cut 300 jobs", "added 2,000 workers", "an
// increase of 57 cases".
func (b *builder) changeBefore(f *Frame, mv mention.Mention, s segment.Sentence) {
	for i := mv.First - 1; i >= s.First && mv.First-i <= 2; i-- {
		if b.in.Cover(i) >= 0 {
			return
		}
		if b.isDirection(i) {
			f.Change, f.Direction = true, b.direction(i)
			return
		}
		if w := b.txt.Tokens[i].Norm; w != "by" && !(w == "of" && i == mv.First-1) && !english.IsAdverb(w) && !english.IsDeterminer(w) {
			return // "an increase of 57 cases" is a change
		}
	}
}

// scope reads the period a count covers from the words around it.
func (b *builder) scope(first, last int, s segment.Sentence) string {
	fr := b.rules.Frames
	lo, hi := max(s.First, first-frameWindow), min(s.Last, last+frameWindow)
	found := ""
	toks := b.txt.Tokens
	for i := lo; i < hi; i++ {
		if t := &toks[i]; !fr.Total.MayStart(t) && !fr.Current.MayStart(t) && !fr.Previous.MayStart(t) {
			continue // most words start no phrase of the three: their filters, inlined, spare the calls
		}
		if b.in.Cover(i) >= 0 && i >= first && i < last {
			continue
		}
		switch {
		case inSet(fr.Total, toks, i, hi):
			return "total"
		case inSet(fr.Current, toks, i, hi):
			if found == "" {
				found = "current"
			}
		case inSet(fr.Previous, toks, i, hi):
			if found == "" {
				found = "previous"
			}
		}
	}
	return found
}

func inSet(set *phrase.Set[bool], toks []segment.Token, i, limit int) bool {
	if i >= limit || !set.MayStart(&toks[i]) { // most tokens: the call spared
		return false
	}
	_, n := set.Longest(toks, i, limit)
	return n > 0
}

// peopleSubject reports a bare count that is the subject of a verb only
// people are the subject of (rules.yaml frames.people-verbs): "Half a
// million have been told to leave", "Two are expected to be transported",
// "tens of thousands 'liked' photos". The count opens its clause (the
// sentence, or after a comma or conjunction), and the verb follows within
// its auxiliaries and adverbs (up to five words, quotation marks aside).
func (b *builder) peopleSubject(mv mention.Mention, s segment.Sentence) bool {
	if p := b.norm(mv.First-1, s); mv.First > s.First && p != "," && p != "and" && p != "but" && p != "while" ||
		mv.First-2 >= s.First && b.in.Cover(mv.First-2) >= 0 {
		return false // "the ages of 11 and 15 hospitalized": the end of a range
	}
	for k := mv.Last; k < min(s.Last, mv.Last+5); k++ {
		w := b.txt.Tokens[k].Norm
		if _, n := b.rules.Frames.PeopleVerbs.Longest(b.txt.Tokens, k, s.Last); n > 0 {
			return true
		}
		if !english.IsAuxiliary(w) && !english.IsAdverb(w) && w != "\"" && w != "“" && w != "”" && w != "to" &&
			(k == mv.Last || !strings.HasSuffix(w, "ed")) {
			return false
		}
	}
	return false
}
