package claims

import (
	"strings"

	"github.com/claimdiff/claimdiff/claims/english"
	"github.com/claimdiff/claimdiff/claims/mention"
	"github.com/claimdiff/claimdiff/claims/names"
	"github.com/claimdiff/claimdiff/claims/phrase"
	"github.com/claimdiff/claimdiff/claims/segment"
)

// partsWindow is how many sentences after a "shot" total its parts may
// stand ("Four people were shot. Two of them died.").
const partsWindow = 1

// casualties finishes the casualty claims of one document, in text order,
// after the rules have made them one by one:
//
//   - a count that is a number in a name ("NewsChannel 15") or of a
//     person's kin ("Father of 5 killed") is dropped, and a zero of some
//     severity ("no one was seriously hurt": some may be, lightly), and
//     so is a count of no people ("shot three times", "2 dogs"), a
//     count the text denies ("two other children were not injured")
//     and "one shot", a gunshot ("fired one shot which struck his wife"),
//     and a count of two outcomes ("eight were injured or killed"), and a
//     number before an incident's relative clause ("charge two in a
//     shooting that injured six");
//   - a rule's perpetrator flag goes into the claim's frame, and a count
//     dated well before the latest dated count (the story's own event)
//     takes the previous scope: another, earlier event's; a count over
//     several incidents ("in separate shootings") takes the tally scope;
//   - a claim whose rule follows other kinds is dropped unless one of them
//     was claimed in the sentence or the two before it;
//   - a single victim ("a man was shot dead", value 1 by rule, or "one
//     person was shot in the head", a count of one) is dropped when the
//     document counts more of the same kind ("two people were killed"), or for one shot more dead or wounded, for one wounded more
//     shot: he is one of them, not the total;
//   - a zero with "other", "else" ("no one else was hurt") is dropped when
//     the document has counted some already: it says none beyond those;
//   - totals and parts: "four people were shot, two of them fatally" gives
//     shot 4 and killed 2, and here injured 2 (shot minus killed); a
//     document that reports no death at all makes every "shot" a wounded
//     ("Five teens were shot" is five injured).
//
// Each step looks at a bounded window of claims; the whole is linear in the
// number of claims.
func (b *builder) casualties(cs []Claim) []Claim {
	sortClaims(cs)
	b.casualtyText().setEnds(cs)
	b.casualtyText().reportsNotPrevious(cs)
	named, t := b.markCasualties(cs)
	out := b.listedTotals(b.keepCasualties(cs, named, &t))
	text := b.casualtyText()
	text.causes(out)
	out = b.deriveWounded(out, &t)
	text.careParts(out)
	out = text.laterDeaths(out)
	for i := range out {
		out[i].end = 0 // the stage's own reading: a claim leaves it as it came
	}
	return out
}

// casualtyTally is what the first pass over a document's casualty claims
// learns of the whole document.
type casualtyTally struct {
	counted  map[string]bool // kinds with a count above one
	deaths   bool            // any killed claim, a named victim or a count above zero
	injuries bool            // an injured count (a number) above zero
	read     bool            // whether the text was read for a death told in words (tellsDeath)
	told     bool            // a death told in words, once read
	hurtAt   int             // 1 + the first token of a word of casualties.outcomes, once sought; 0 before
}

// markCasualties is the first pass over the casualty claims, sorted: it
// marks the counts to drop (numbers in names, denied counts, single shots,
// either-or counts), sets the perpetrator flag and the scopes (scopeOf; an
// undated count after another incident's in its sentence is that
// incident's too), and tallies what the document counts.
func (b *builder) markCasualties(cs []Claim) (named []bool, t casualtyTally) {
	t.counted = map[string]bool{}
	named = make([]bool, len(cs)) // counts that are numbers in names, or denied
	story := storyDate(cs, b.doc.Published)
	counts := b.countMentions(cs)
	series := roundups{}
	people := describedPeople(cs)
	// the last count of another incident: its sentence and scope
	other := struct {
		sent  int
		scope string
	}{sent: -1}
	for i := range cs {
		c := &cs[i]
		ru := b.rules.Rule(c.Rule)
		if ru == nil || !isCasualty(c.Kind) {
			continue
		}
		if c.Value != nil && ru.Value != nil && *ru.Value == 2 {
			b.listedOn(c) // "killed a 17-year-old, a 19-year-old and a 22-year-old": three
		}
		if c.Value != nil && b.dropReason(*c, ru) != "" {
			named[i] = true
			continue
		}
		if ru.Perpetrator != "" {
			setPerpetrator(c, ru.Perpetrator)
		}
		if ru.Value != nil && *ru.Value == 1 {
			b.objectVictim(c)          // "grandson fatally shot his brother": the brother's
			b.pronounVictim(c, people) // "He later died": the man named before
		}
		if storyCount(*c) {
			// "so far in 2017, 150 people have been murdered": a total
			// over a period is a tally
			scope := b.scopeOf(cs, i, ru.Value == nil, story, counts)
			if scope == "" && c.Date == nil && other.scope != "" && (other.sent == c.sent || ru.Value != nil && b.pronounAfter(c.sent, other.sent)) {
				// "On Nov. 5, 2009, he opened fire, killing 12 and
				// wounding 29": the undated count is the dated one's
				// event's; so is "She died the next day" shortly after
				// "another shooting ... that resulted in the death of a
				// 27-year-old mother"
				scope = other.scope
			}
			if scope == "" && b.afterRoundup(*c, series) {
				scope = scopeOther
			}
			setScope(c, scope)
			if scope == scopePart && ru.Value != nil && *ru.Value == 1 && c.Value != nil {
				// "the family friend was also shot": one victim of
				// more, so a single victim of the kind is no toll
				t.counted[c.Kind] = true
			}
			if scope == scopePrevious || scope == scopeOther {
				other.sent, other.scope = c.sent, scope
			}
		}
		if c.Value == nil {
			t.deaths = t.deaths || c.Kind == kindKilled
			continue
		}
		if ru.Value == nil && c.Value.Number > 1 && !apart(*c) {
			t.counted[c.Kind] = true // a tally's or another incident's count holds no single victim of the story's
		}
		t.deaths = t.deaths || c.Kind == kindKilled && c.Value.Number > 0
		t.injuries = t.injuries || c.Kind == kindInjured && ru.Value == nil && c.Value.Number > 0
	}
	restateTallies(cs, named)
	b.bothOfMore(cs, named)
	b.quotedOfMore(cs, named)
	b.perpetratorAmongDead(cs, named)
	return named, t
}

// keepCasualties is the second pass: it keeps the claims in order (in
// place, over cs), dropping the marked counts, a single victim the
// document counts among more, a claim whose rule follows kinds not
// claimed near it, and a "no one else" zero after counts; the wounded of
// headline lists ("1 dead, 3 shot") come last.
func (b *builder) keepCasualties(cs []Claim, named []bool, t *casualtyTally) []Claim {
	counted := t.counted
	out := cs[:0]
	seen := map[string]bool{} // kinds counted above zero so far
	var listed []Claim        // shot totals of headline lists ("1 dead, 3 shot": 4)
	for i := range cs {
		c := cs[i]
		ru := b.rules.Rule(c.Rule)
		if ru != nil && isCasualty(c.Kind) && c.Value != nil {
			if named[i] || b.unrealised(c) {
				continue
			}
			if c.Kind == kindShot {
				d, keep, list := b.listedShot(cs, i, &c)
				if !keep {
					continue
				}
				if list {
					listed = append(listed, d)
				}
			}
			// one victim, by rule ("a man was shot dead") or by number
			// ("one person was shot in the head")
			single := ru.Value != nil && *ru.Value == 1 || ru.Value == nil && c.Value.Bound == mention.Exact && c.Value.Number == 1
			// one listed after others ("4 adults, 1 child shot") is a
			// part already, and the list's total needs it
			listed := c.Frame != nil && c.Frame.Scope == scopePart
			if single && !listed && (counted[c.Kind] || within(c.Kind, counted) || overlaps(out, c)) {
				continue
			}
			if len(ru.Follows) > 0 && !follows(out, c, ru.Follows) {
				continue
			}
			if c.Value.Number == 0 && beyond(c.Text) && (seen[c.Kind] || c.Kind == kindInjured && seen[kindShot] && !seen[kindKilled] || b.woundedUncounted(c, t)) {
				continue
			}
			if c.Value.Number > 0 {
				seen[c.Kind] = true
			}
		}
		out = append(out, c)
	}
	return append(out, listed...)
}

// listedShot reads a "shot" count cs[i] (copied in c) listed beside a
// death toll, headline style. It reports whether to keep c and, when c
// counts the others after the dead ("1 dead, 3 shot": three more,
// wounded), turns c into an injured count and returns the shot total to
// add (list true).
func (b *builder) listedShot(cs []Claim, i int, c *Claim) (total Claim, keep, list bool) {
	j := b.listedBeside(cs, i)
	if j < 0 {
		return Claim{}, true, false
	}
	switch {
	case !b.adjacent(*c, cs[j]) && !b.adjacent(cs[j], *c):
		return Claim{}, false, false // not a list: no figure to set against another
	case cs[j].tok > c.tok:
		// "4 shot, 1 killed": the total first, then
		// its part; the wounded are derived below
	case b.adjacent(cs[j], *c):
		// "1 dead, 3 shot": three more, wounded
		d, ok := besides(cs[j], *c)
		if !ok {
			return Claim{}, false, false
		}
		c.Kind = kindInjured
		return d, true, true
	}
	return Claim{}, true, false
}

// toldDeath reports a death told in words (tellsDeath), reading the text
// for one at most once per document.
func (t *casualtyTally) toldDeath(b *builder) bool {
	if !t.read {
		t.told, t.read = b.tellsDeath(), true
	}
	return t.told
}

// tellsDeath reports whether the document tells of a death in words that
// make no count: "a 16-year-old and a woman were slain", "they died early
// Monday" (rules.yaml casualties.deaths), outside a denial ("no one
// died"). Those shot are then not all wounded.
func (b *builder) tellsDeath() bool {
	text := b.casualtyText()
	for _, s := range b.txt.Sentences {
		if text.tellsDeathIn(s) {
			return true
		}
	}
	return false
}

// deriveWounded adds, for each exact "shot" total, the wounded it implies
// (shot minus killed: "four people were shot, two of them fatally" gives
// injured 2), each figure once. When the tally counted no death, the text
// is read for one (t.toldDeath) only once a shot total asks, and at most
// once per document.
func (b *builder) deriveWounded(out []Claim, t *casualtyTally) []Claim {
	n := len(out)
	var derived map[float64]bool // a figure derived once is not derived again
	for i := 0; i < n; i++ {
		if out[i].Kind != kindShot || out[i].Value == nil || out[i].Value.Bound != mention.Exact {
			continue
		}
		deaths := t.deaths || t.toldDeath(b)
		if d, ok := b.wounded(out[:n], i, deaths, t.injuries); ok && !derived[d.Value.Number] {
			if derived == nil {
				derived = map[float64]bool{}
			}
			derived[d.Value.Number] = true
			out = append(out, d)
		}
	}
	return out
}

// listedBeside finds the death toll a bare "N shot" is listed beside in
// one sentence, headline style: "1 dead, 3 shot", "4 Shot, 1 Killed"; -1
// when there is none. The list's order tells how the figures relate: a
// total first is followed by its part ("5 shot, 1 killed": five hit, one
// of them dead), and after the dead come the others ("1 dead, 3 shot":
// three more, wounded). A toll that says it is a part (rules.yaml
// casualties.parts: "two of them fatally") and a full clause ("five
// people were shot") are no such list.
func (b *builder) listedBeside(cs []Claim, i int) int {
	shot := cs[i]
	if clause(shot.Text) {
		return -1
	}
	for j := max(0, i-claimWindow); j < len(cs) && j <= i+claimWindow; j++ {
		c := cs[j]
		if j == i || c.sent != shot.sent || c.Kind != kindKilled || c.Value == nil {
			continue
		}
		if !b.says(c, b.rules.Casualties.Parts) {
			return j
		}
	}
	return -1
}

// adjacent reports whether claim b follows claim a in a list: only a
// comma, a semicolon or "and" between them ("1 dead, 3 shot", "5 shot
// and 1 killed").
func (b *builder) adjacent(a, c Claim) bool {
	toks := b.txt.Tokens
	i := a.tok
	for i < len(toks) && toks[i].Start < a.Span.End {
		i++
	}
	if i > c.tok || c.tok-i > 2 {
		return false
	}
	for ; i < c.tok; i++ {
		switch toks[i].Norm {
		case ",", ";", "and", "&":
		default:
			return false
		}
	}
	return true
}

// besides makes the shot total of a headline list that names the dead
// first: the dead and the wounded listed after them ("1 dead, 3 shot" is
// 4 shot), at the wounded figure's place. Only exact figures add up.
func besides(killed, wounded Claim) (Claim, bool) {
	if killed.Value.Bound != mention.Exact || wounded.Value.Bound != mention.Exact {
		return Claim{}, false
	}
	d := wounded
	v := *wounded.Value
	v.Number += killed.Value.Number
	d.Value = &v
	if wounded.Frame != nil {
		f := *wounded.Frame
		d.Frame = &f
	}
	return d, true
}

// saysShot reports whether a claim's words say its victims were shot:
// "shot" or "gunned" among them ("was shot and killed", "shot dead").
func (b *builder) saysShot(c Claim) bool {
	toks := b.txt.Tokens
	for i, end := c.tok, b.casualtyText().claimEnd(c); i < end; i++ {
		if toks[i].Norm == kindShot || toks[i].Norm == "gunned" {
			return true
		}
	}
	return false
}

// says reports whether one of the phrases of set stands in a claim's
// words.
func (b *builder) says(c Claim, set *phrase.Set[bool]) bool {
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
func (b *builder) unhurt(c Claim) bool {
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
func (b *builder) diedOtherwise(c Claim) bool {
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
func (b *builder) animalVictim(c Claim) bool {
	toks := b.txt.Tokens
	end := min(b.casualtyText().claimEnd(c), c.tok+animalReach)
	for k := c.tok + 1; k < end; k++ {
		if _, n := b.rules.Casualties.NotPeople.Longest(toks, k, end); n == 0 || english.IsQuantifier(toks[k-1].Norm) {
			continue // "shot multiple times" is how often
		}
		for j := k - 1; j > c.tok && j >= k-3; j-- {
			if w := toks[j].Norm; english.IsArticle(w) || english.IsPossessive(w) || w == "'s" {
				return true // "his dog", "a deer", "his neighbor's dog"
			}
		}
	}
	return false
}

// agentOf reports a single victim by rule, headline style ("Deputy
// fatally shot"), that an animal object follows straight after its verb:
// an article, a possessive or a number and a noun of rules.yaml
// casualties.not-people, with no form of "be" before the verb ("The
// deputy fatally shot 2 dogs"): the noun is who shot, in the active
// voice, and no person died.
func (b *builder) agentOf(c Claim) bool {
	toks := b.txt.Tokens
	s := b.txt.Sentences[c.sent]
	end := b.casualtyText().claimEnd(c)
	if end >= s.Last || end == c.tok || c.Kind != kindKilled && c.Kind != kindShot {
		return false
	}
	if w := toks[end-1].Norm; w != "shot" && w != "killed" && w != "shoots" && w != "kills" {
		return false
	}
	for i := c.tok; i < end; i++ {
		if english.IsBeForm(toks[i].Norm) {
			return false // "was fatally shot three times": passive
		}
	}
	w := toks[end].Norm
	k := b.in.Cover(end)
	if !english.IsArticle(w) && !english.IsPossessive(w) && (k < 0 || b.in.Mentions[k].Type == mention.Date || b.in.Mentions[k].Type == mention.Duration || b.in.Mentions[k].Value == nil) {
		return false
	}
	// the object an animal: "The deputy fatally shot 2 dogs". (With a
	// person object, "the grandson fatally shot his brother", the victim
	// count is still one; that reading is left as it was.)
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
func (b *builder) unrealised(c Claim) bool {
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

// conditional reports a claim inside a clause opened by "if" or
// "unless" (no comma between): a condition, no one's toll ("If the
// officer had fatally shot two people, the review board would have
// acted").
func (b *builder) conditional(c Claim) bool {
	toks := b.txt.Tokens
	s := b.txt.Sentences[c.sent]
	for i := c.tok - 1; i >= s.First && i >= c.tok-slotWindow; i-- {
		switch toks[i].Norm {
		case "if", "unless":
			return true
		case ",", ";", ":":
			return false
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

// setPerpetrator records whether a casualty count includes the
// perpetrator, creating the claim's frame when it has none.
func setPerpetrator(c *Claim, p string) { frameFor(c).Perpetrator = p }

// follows reports whether a claim of one of kinds stands before c in its
// sentence or in the followWindow sentences before; prev are the claims
// kept so far, in text order.
func follows(prev []Claim, c Claim, kinds []string) bool {
	for j := len(prev) - 1; j >= 0 && j >= len(prev)-claimWindow && prev[j].sent >= c.sent-followWindow; j-- {
		for _, k := range kinds {
			if prev[j].Kind == k {
				return true
			}
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
func (b *builder) inName(c Claim) bool {
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
func (b *builder) either(c Claim) bool {
	toks := b.txt.Tokens
	out := b.rules.Casualties.Outcomes
	end := b.casualtyText().claimEnd(c)
	if end > c.tok && out.HasWord(toks[end-1].Norm) && end+1 < len(toks) && toks[end].Norm == "or" && out.HasWord(toks[end+1].Norm) {
		return true
	}
	return c.tok >= 2 && toks[c.tok-1].Norm == "or" && out.HasWord(toks[c.tok-2].Norm) && out.HasWord(toks[c.tok].Norm)
}

// ofPerson reports a number that counts a person's kin, after "of" and a
// noun of people (rules.yaml casualties.people): "Father of 5 killed" is
// one victim, a father of five.
func (b *builder) ofPerson(c Claim) bool {
	if c.val < 0 {
		return false
	}
	toks := b.txt.Tokens
	s := b.txt.Sentences[c.sent]
	i := b.in.Mentions[c.val].First
	return i-2 >= s.First && toks[i-1].Norm == "of" && b.rules.Casualties.People.HasWord(toks[i-2].Norm)
}

// ofCount reports a death toll's number that is the group some are
// counted of: after a number and "of", the verb straight after it ("one
// of the six died", "one of 5 has died"): the six are those hurt, not the
// dead. With a noun after it the group is the dead ("two of the three
// people who died").
func (b *builder) ofCount(c Claim) bool {
	if c.val < 0 || c.Kind != kindKilled {
		return false
	}
	toks := b.txt.Tokens
	s := b.txt.Sentences[c.sent]
	if j := b.in.Mentions[c.val].Last; j >= s.Last || !english.IsAuxiliary(toks[j].Norm) && !english.IsAdverb(toks[j].Norm) && !b.rules.Casualties.Deaths.HasWord(toks[j].Norm) {
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
func (b *builder) otherClause(c Claim) bool {
	toks := b.txt.Tokens
	for i := c.tok + 1; i+1 < len(toks) && toks[i+1].Start < c.Span.End; i++ {
		if b.rules.Frames.Incidents.HasWord(toks[i].Norm) && (toks[i+1].Norm == "that" || toks[i+1].Norm == "which") {
			return true
		}
	}
	return false
}

// agent reports a count in an agent phrase, its outcome word an adjective
// before the noun: "The first 911 call was placed by two wounded
// soldiers" tells who called, and counts the incident's wounded no more
// than "two soldiers" would.
func (b *builder) agent(c Claim) bool {
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
	if end <= first || end >= s.Last || !b.rules.Casualties.Outcomes.HasWord(toks[end-1].Norm) {
		return false
	}
	next := toks[end]
	return next.Kind == segment.Word && !english.IsFunctionWord(next.Norm) && !b.rules.Casualties.Outcomes.HasWord(next.Norm)
}

// decadeSpan reports a number that is a span of ages or years, not a count:
// "in their 20's with gun shot wounds", "in his 30s", "the 1990s". A
// round number written with "s" or "'s" straight after it (no space) is
// one.
func (b *builder) decadeSpan(c Claim) bool {
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
func (b *builder) notPeople(c Claim) bool {
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
func oneShot(c Claim) bool {
	if c.Kind != kindShot || c.Value.Number != 1 {
		return false
	}
	f := strings.Fields(strings.ToLower(c.Text))
	return len(f) == 2 && f[1] == "shot"
}

// negated reports whether the words of a claim deny it: "two other
// children were not injured" counts nobody injured.
func (b *builder) negated(c Claim) bool {
	toks := b.txt.Tokens
	for i, end := c.tok, b.casualtyText().claimEnd(c); i < end; i++ {
		switch toks[i].Norm {
		case "not", "n't", "never":
			return true
		}
	}
	return false
}

// apart reports a count of another incident or of several (scope
// previous, other or tally).
func apart(c Claim) bool {
	if c.Frame == nil {
		return false
	}
	switch c.Frame.Scope {
	case scopePrevious, scopeOther, scopeTally:
		return true
	}
	return false
}

// within reports whether a single victim of kind is one of a count of
// another kind: one shot among the dead or wounded, one wounded among
// those shot.
func within(kind string, counted map[string]bool) bool {
	switch kind {
	case kindShot:
		return counted[kindKilled] || counted[kindInjured]
	case kindInjured:
		return counted[kindShot]
	}
	return false
}

// overlaps reports whether c stands inside a claim of its kind already
// kept ("One man died" and its "man died").
func overlaps(prev []Claim, c Claim) bool {
	for j := len(prev) - 1; j >= 0 && j >= len(prev)-claimWindow && prev[j].sent == c.sent; j-- {
		if prev[j].Kind == c.Kind && prev[j].Span.End > c.Span.Start {
			return true
		}
	}
	return false
}

// woundedUncounted reports an injured zero "beyond" those told of ("No
// other injuries were reported") in a document that tells of no death, in
// a count or in words (tellsDeath, read once and kept in t), and tells of
// someone hurt in words before the zero's sentence (a word of rules.yaml
// casualties.outcomes): the others are wounded it told of without a count
// ("A 7-year-old child was flown to hospital after being shot"), so the
// zero is none besides them, not the wounded count. After a death, "no
// one else was hurt" says no one was wounded.
func (b *builder) woundedUncounted(c Claim, t *casualtyTally) bool {
	if c.Kind != kindInjured || t.deaths {
		return false
	}
	if t.toldDeath(b) {
		return false
	}
	if t.hurtAt == 0 {
		t.hurtAt = len(b.txt.Tokens) + 1 // none
		for i, tok := range b.txt.Tokens {
			if b.rules.Casualties.Outcomes.HasWord(tok.Norm) {
				t.hurtAt = i + 1
				break
			}
		}
	}
	return t.hurtAt-1 < b.txt.Sentences[c.sent].First
}

// beyond reports whether a zero count says "none beyond those counted":
// "no one else", "no other injuries", "no further casualties".
func beyond(text string) bool {
	for _, w := range strings.Fields(strings.ToLower(text)) {
		if additive(strings.Trim(w, ".,;:")) {
			return true
		}
	}
	return false
}

// wounded derives the injured count from the shot total cs[i]: the total
// minus a killed count (a number, or none) given with it (in its sentence
// or the next) when no
// injured count is and some are left, or the whole total when the document reports no death
// and no injury at all.
func (b *builder) wounded(cs []Claim, i int, deaths, injuries bool) (Claim, bool) {
	shot := cs[i]
	killed := -1.0
	shotDead := 0 // single victims by rule whose words say they were shot
	lo, hi := i, i+1
	for lo > 0 && i-lo < claimWindow && cs[lo-1].sent == shot.sent {
		lo--
	}
	for hi < len(cs) && hi-i < claimWindow && cs[hi].sent <= shot.sent+partsWindow {
		hi++
	}
	for j := lo; j < hi; j++ {
		c := cs[j]
		if j == i || c.Value == nil {
			continue
		}
		switch c.Kind {
		case kindInjured:
			return Claim{}, false // the parts are given
		case kindKilled:
			// a single victim by rule ("a man was found dead") may or may
			// not be one of those shot: only a count or a zero is a part,
			// or one victim the rule's words say was shot ("the
			// 17-year-old was shot multiple times and died")
			single := false
			if ru := b.rules.Rule(c.Rule); ru != nil && ru.Value != nil && *ru.Value > 0 {
				single = true
				if b.saysShot(c) {
					shotDead++
				}
			}
			if c.Value.Bound == mention.Exact && killed < 0 && !single {
				killed = c.Value.Number
			}
		}
	}
	if killed < 0 && shotDead == 1 {
		killed = 1
	}
	switch {
	case killed >= 0 && killed < shot.Value.Number:
	case killed < 0 && !deaths && !injuries:
		killed = 0
	default:
		return Claim{}, false
	}
	d := shot
	d.Kind = kindInjured
	v := mention.Value{Number: shot.Value.Number - killed, Bound: mention.Exact, Unit: shot.Value.Unit}
	d.Value = &v
	if shot.Frame != nil {
		f := *shot.Frame
		d.Frame = &f
	}
	return d, true
}
