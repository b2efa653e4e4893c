package claims

import (
	"strings"

	"github.com/claimdiff/claimdiff/claims/mention"
	"github.com/claimdiff/claimdiff/claims/rules"
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
	sortClaims(cs, &b.buffers().sortIdx)
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
	deaths   bool            // any killed claim of the story's, a named victim or a count above zero
	apartAt  map[int]bool    // sentences with a death count of another incident or of several (apart)
	injuries bool            // an injured count (a number) above zero
	wounded  bool            // an injured claim of the story's above zero, a count or a victim (none of another incident)
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
	storySent := -1 // the sentence of the story's first count of its own
	for i := range cs {
		c := &cs[i]
		ru := b.rules.Rule(c.Rule)
		if ru == nil || !isCasualty(c.Kind) {
			continue
		}
		if c.Value != nil && ru.Value != nil && *ru.Value == 2 {
			b.listedOn(c) // "killed a 17-year-old, a 19-year-old and a 22-year-old": three
		}
		if c.Value != nil && b.dropReason(c, ru) != "" {
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
		if storyCount(c) {
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
			if scope == "" && b.afterRoundup(cs, i, series, storySent) {
				scope = scopeOther
			}
			setScope(c, scope)
			if scope == "" && c.Value != nil && storySent < 0 {
				storySent = c.sent
			}
			if scope == scopePart && ru.Value != nil && *ru.Value == 1 && c.Value != nil && b.oneOfMore(cs, i) {
				// "a family friend was also shot": one victim of
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
		t.count(c, ru)
	}
	restateTallies(cs, named)
	b.bothOfMore(cs, named)
	b.othersOfMore(cs, named)
	b.woundedWhoDied(cs, named)
	b.quotedOfMore(cs, named)
	b.perpetratorAmongDead(cs, named)
	return named, t
}

// count tallies a casualty count c, read by rule ru: a count above one
// of the story's marks its kind counted (a tally's or another incident's
// holds no single victim of the story's), a death of the story's or an
// injured count by number what the document tells. A death count of
// another incident or of several ("two people were shot dead" in another
// shooting the day before) is no death of the story's: its sentence is
// kept, for tellsDeath to pass over.
func (t *casualtyTally) count(c *Claim, ru *rules.Rule) {
	if ru.Value == nil && c.Value.Number > 1 && !apart(c) {
		t.counted[c.Kind] = true
	}
	if c.Kind == kindKilled && c.Value.Number > 0 && apart(c) {
		if t.apartAt == nil {
			t.apartAt = map[int]bool{}
		}
		t.apartAt[c.sent] = true
		return
	}
	t.deaths = t.deaths || c.Kind == kindKilled && c.Value.Number > 0
	t.injuries = t.injuries || c.Kind == kindInjured && ru.Value == nil && c.Value.Number > 0
	t.wounded = t.wounded || c.Kind == kindInjured && c.Value.Number > 0 && !apart(c)
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
			if named[i] || b.unrealised(&c) {
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
			if single && !listed && (counted[c.Kind] || within(c.Kind, counted) || overlaps(out, &c)) {
				continue
			}
			if single && !listed && c.Kind == kindShot && t.wounded && shotDead(cs, i) {
				// "A boy was shot and killed ...; a girl was wounded": the
				// one shot is the dead boy, of two shot, not their total
				continue
			}
			if len(ru.Follows) > 0 && !follows(out, &c, ru.Follows) {
				continue
			}
			if c.Value.Number == 0 && beyond(c.Text) && (seen[c.Kind] || c.Kind == kindInjured && seen[kindShot] && !seen[kindKilled] || b.woundedUncounted(&c, t)) {
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
	case !b.adjacent(c, &cs[j]) && !b.adjacent(&cs[j], c):
		return Claim{}, false, false // not a list: no figure to set against another
	case cs[j].tok > c.tok:
		// "4 shot, 1 killed": the total first, then
		// its part; the wounded are derived below
	case b.adjacent(&cs[j], c):
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
		t.told, t.read = b.tellsDeath(t.apartAt), true
	}
	return t.told
}

// tellsDeath reports whether the document tells of a death in words that
// make no count: "a 16-year-old and a woman were slain", "they died early
// Monday" (rules.yaml casualties.deaths), outside a denial ("no one
// died"). Those shot are then not all wounded. The sentences apart hold
// a death count of another incident or of several, whose words tell of
// those deaths, not the story's.
func (b *builder) tellsDeath(apart map[int]bool) bool {
	text := b.casualtyText()
	for si, s := range b.txt.Sentences {
		if !apart[si] && text.tellsDeathIn(s) {
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
// people were shot", or its verb before the number: "shot four men") are
// no such list.
func (b *builder) listedBeside(cs []Claim, i int) int {
	shot := &cs[i]
	if clause(shot.Text) || shot.val >= 0 && b.in.Mentions[shot.val].First > shot.tok {
		return -1
	}
	for j := max(0, i-claimWindow); j < len(cs) && j <= i+claimWindow; j++ {
		c := &cs[j]
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
func (b *builder) adjacent(a, c *Claim) bool {
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
func (b *builder) saysShot(c *Claim) bool {
	toks := b.txt.Tokens
	for i, end := c.tok, b.casualtyText().claimEnd(c); i < end; i++ {
		if toks[i].Norm == kindShot || toks[i].Norm == "gunned" {
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
func follows(prev []Claim, c *Claim, kinds []string) bool {
	for j := len(prev) - 1; j >= 0 && j >= len(prev)-claimWindow && prev[j].sent >= c.sent-followWindow; j-- {
		for _, k := range kinds {
			if prev[j].Kind == k {
				return true
			}
		}
	}
	return false
}

// apart reports a count of another incident or of several (scope
// previous, other or tally).
func apart(c *Claim) bool {
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
func overlaps(prev []Claim, c *Claim) bool {
	for j := len(prev) - 1; j >= 0 && j >= len(prev)-claimWindow && prev[j].sent == c.sent; j-- {
		if prev[j].Kind == c.Kind && prev[j].Span.End > c.Span.Start {
			return true
		}
	}
	return false
}

// shotDead reports a shot claim cs[i] whose words a death claim of its
// sentence shares ("A boy was shot and killed"): the victim who died.
func shotDead(cs []Claim, i int) bool {
	c := &cs[i]
	for j := max(i-claimWindow, 0); j < len(cs) && j <= i+claimWindow; j++ {
		d := &cs[j]
		if j != i && d.Kind == kindKilled && d.sent == c.sent && d.Span.Start < c.Span.End && c.Span.Start < d.Span.End {
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
func (b *builder) woundedUncounted(c *Claim, t *casualtyTally) bool {
	if c.Kind != kindInjured || t.deaths {
		return false
	}
	if t.toldDeath(b) {
		return false
	}
	if t.hurtAt == 0 {
		t.hurtAt = len(b.txt.Tokens) + 1 // none
		for i, tok := range b.txt.Tokens {
			if b.rules.Casualties.Outcomes.HasWordKey(tok.Key, tok.Norm) {
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
	shot := &cs[i]
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
		c := &cs[j]
		if j == i || c.Value == nil || apart(c) {
			continue // "In a separate shooting, two people were shot dead": no part of this total
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
	d := *shot
	d.Kind = kindInjured
	v := mention.Value{Number: shot.Value.Number - killed, Bound: mention.Exact, Unit: shot.Value.Unit}
	d.Value = &v
	if shot.Frame != nil {
		f := *shot.Frame
		d.Frame = &f
	}
	return d, true
}
