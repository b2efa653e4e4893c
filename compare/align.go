package compare

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"unicode"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/mention"
	"github.com/claimdiff/claimdiff/claims/rules"
)

// group is one fact: claims of one identity with compatible slots, at most
// one primary claim per document.
type group struct {
	key   string
	items []*item
	docs  map[int]bool
	// top is one above the highest document add put in docs, or 0 when
	// docs holds one add did not put there: a document at or above it
	// is not among docs, and the one below it is, without a look-up (has).
	top  int
	side frameSide // the fact's slots and frame, as its claims give them
	why  []string
	// lead marks a fact that is, in each of its documents, the first of
	// its identity and stated in the lede (leadSentences).
	lead bool
	// part marks a fact that counts, in each of its documents, some of a
	// whole its document states (ownPart): no other outlet's whole joins
	// it.
	part bool
	// common is the intersection of the primary values' intervals: a new
	// value agrees with all of them iff it overlaps it (Helly's theorem in
	// one dimension), so the test is O(1) however large the group.
	common    interval
	hasCommon bool
	disjoint  bool // the primary values already disagree among themselves
	// repLo and repHi are the lowest and highest figure the primary values
	// state (representative): a value that agrees only through an open
	// bound ("more than $200,000" and "$5.4 million") is no agreement.
	repLo, repHi float64
	// closed marks a group with a primary value bounded on both sides
	// (an exact figure, an approximate one, a range): bounds on one side
	// each ("up to 17 years", "at least two years") agree with each other
	// only at the figure they both state (valueFits).
	closed bool
}

// identityKind is the kind an identity key (identity's) begins with: the
// claim's kind, or the kind its measure compares it as.
func identityKind(key string) string {
	if i := strings.IndexByte(key, '|'); i >= 0 {
		return key[:i]
	}
	return key
}

// identity is what must be equal for two claims to be about the same fact:
// the kind, the unit (dollars and pounds are not compared), whether the
// figure is a change or a level ("fell 4%" is never compared with "4%"),
// the denominator of a rate ("a day"), the victim of a named killing, and
// the slots and frame fields the kind names as its identity in the rules
// (the person whose age it is, the day of an event). A claim missing one of
// those compares with nothing.
func identity(c *claims.Claim, k *rules.Kind, m *rules.Measure, places map[string]bool) (string, bool) {
	var b strings.Builder
	switch {
	case c.Value != nil && m != nil && m.Kind != "" && k != nil:
		// a count compared as its measure's kind (k): "1,000 people
		// rushed to the hospital" is an injured count
		b.WriteString(m.Kind + "|" + k.Unit)
	case c.Value != nil && m != nil && k != nil && k.Generic:
		// a generic count's unit is its head: "positive tests" and
		// "cases" are one measure
		b.WriteString(c.Kind + "|measure=" + m.Name)
	case c.Value != nil:
		b.WriteString(c.Kind + "|" + c.Value.Unit)
	case c.Date != nil:
		b.WriteString(c.Kind + "|date")
	default:
		b.WriteString(c.Kind)
	}
	if c.Victim != "" {
		if !isName(c.Victim, places) {
			return "", false // "the shooting death of Detroit girl, 3": no victim named Detroit
		}
		b.WriteString("|victim=" + c.Victim)
	}
	if c.Value != nil && k != nil && k.Generic && besidesOthers(c) {
		// "Davis and three other men" counts three besides someone the
		// sentence names; "three men" counts all of them: two measures
		b.WriteString("|others")
	}
	f := frameOf(c)
	fields := k.FrameFieldsOf()
	if f.Change && slices.Contains(fields, fieldChange) {
		b.WriteString("|change")
	}
	if f.Per != "" && slices.Contains(fields, fieldPer) {
		b.WriteString("|per=" + strings.ToLower(f.Per))
	}
	if k == nil {
		return b.String(), true
	}
	for _, slot := range k.Identity {
		switch slot {
		case "subject":
			if !isName(c.Subject, places) || titleCase(c.Sentence) {
				return "", false // "a 7-year-old boy" is not one person across outlets
			}
			b.WriteString("|subject=" + c.Subject)
		case "victim":
			if c.Victim == "" {
				return "", false
			}
		case "date":
			if c.Date == nil {
				return "", false
			}
			// two attacks on two dates are two facts
			b.WriteString("|on=" + monthDay(c.Date.Start))
		default: // a frame field: present, compared by apart
			if frameField(f, slot) == "" {
				return "", false
			}
		}
	}
	return b.String(), true
}

// aligner groups typed claims in two steps. First each document's claims
// fold into its facts: claims of one identity whose values and slots agree
// are the document saying the same thing again. Then the documents' facts
// align across documents.
type aligner struct {
	groups    []*group
	byKey     map[string][]*group
	threshold float64
	tol       func(c *claims.Claim) rules.Tolerance
	kinds     map[string]*rules.Kind
	names     *names
	places    map[string]bool
	rules     *rules.Rules
	// measured holds the kinds as measures read them, by kind and measure
	// name (kindOf).
	measured map[string]*rules.Kind
	// bySentence holds the claims of the document being added, by
	// sentence (statedBeside).
	bySentence map[int][]*item
	// only, when set, lists the identities worth aligning: claims of
	// other identities are left out (see focusKeys).
	only map[string]bool
	// storyDay is the main event's date most documents give it
	// (storyDate), for a document whose lead dates none.
	storyDay *mention.DateValue
}

// apart names the first slot or frame field on which an item contradicts
// what a side knows of its fact (the function apart, with the item's
// measure, stage and kind as compared).
func (al *aligner) apart(s *frameSide, it *item) (string, string) {
	return apart(s, it, al.kindOf(it), al.names)
}

// comparedKind is the rules kind a claim's identity is read with: its
// measure's kind where the measure names one (a count of people "rushed
// to the hospital" is an injured count), else its own.
func comparedKind(r *rules.Rules, c *claims.Claim, m *rules.Measure) *rules.Kind {
	if m != nil && m.Kind != "" && r.Kinds[m.Kind] != nil {
		return r.Kinds[m.Kind]
	}
	return r.Kinds[c.Kind]
}

// kindName names the kind an item is compared as (kindOf).
func (al *aligner) kindName(it *item) string {
	if m := it.m; m != nil && m.Kind != "" && al.kinds[m.Kind] != nil {
		return m.Kind
	}
	return it.c.Kind
}

// kind returns the rules' kind of a claim (nil for a kind the rules do not
// define, such as one from a rules file replaced since extraction).
func (al *aligner) kind(c *claims.Claim) *rules.Kind { return al.kinds[c.Kind] }

// kindOf returns the kind an item is compared as: its measure's kind where
// the measure names one, else its rules kind, made revisable or a reported
// count where its measure says so (a generic count of cases is a running
// tally, read as a death toll is).
func (al *aligner) kindOf(it *item) *rules.Kind {
	k := al.kinds[it.c.Kind]
	m := it.m
	if m != nil && m.Kind != "" && al.kinds[m.Kind] != nil {
		return comparedKind(al.rules, it.c, m)
	}
	if k == nil || m == nil || (!m.Revisable || k.Revisable) && (!m.ReportedCount || k.ReportedCount) {
		return k
	}
	key := it.c.Kind + "|" + m.Name
	if ek, ok := al.measured[key]; ok {
		return ek
	}
	ek := *k
	ek.Revisable = k.Revisable || m.Revisable
	ek.ReportedCount = k.ReportedCount || m.ReportedCount
	if al.measured == nil {
		al.measured = map[string]*rules.Kind{}
	}
	al.measured[key] = &ek
	return &ek
}

// addDoc aligns one document's claims (given in text order).
func (al *aligner) addDoc(items []*item) {
	al.listedBefore(items)
	al.bySentence = map[int][]*item{}
	for _, it := range items {
		al.bySentence[it.c.SentenceIndex()] = append(al.bySentence[it.c.SentenceIndex()], it)
	}
	// 1. fold the document's claims into facts
	var facts []*group
	perKey := map[string][]*group{}
	away := awayFromMain(items, al.incidentCount)
	date := mainDate(items, al.incidentCount)
	if date == nil {
		date = al.storyDay
	}
	for _, it := range items {
		if why := otherDated(it, date); why != "" && al.incidentCount(it) && away[it] == "" {
			if away == nil {
				away = map[*item]string{}
			}
			away[it] = why
		}
	}
	for _, it := range items {
		key, ok := identity(it.c, al.kindOf(it), it.m, al.places)
		if !ok || al.only != nil && !al.only[key] {
			continue
		}
		if it.c.Kind == claims.KindEventTime && !it.timed {
			continue // a time that cannot be read ("on Friday" with no date to count from)
		}
		var home *group
		for _, f := range perKey[key] {
			if notHistory(f.items[0].c) != notHistory(it.c) {
				continue // "two teen boys killed in December 2011" is not the story's two said again
			}
			if field, _ := al.apart(&f.side, it); field == "" && (al.fitsDocFact(f, it) || al.refines(f, it)) &&
				!al.otherPerson(f, it) {
				home = f
				break
			}
		}
		if home == nil {
			home = newGroup(key, it, al.interval(it))
			facts = append(facts, home)
			if why := away[it]; why != "" && len(perKey[key]) > 0 && al.incidentCount(it) &&
				notHistory(perKey[key][0].items[0].c) && notHistory(it.c) {
				it.aside = why // another incident's figure beside the document's own, of another person
				continue
			}
			perKey[key] = append(perKey[key], home)
			continue
		}
		if al.refines(home, it) {
			// "around 1,000" says what "hundreds" said, and says it
			// precisely: it is the fact's figure
			*home = *al.refold(key, it, home)
			continue
		}
		if why := away[it]; why != "" && notHistory(home.items[0].c) && notHistory(it.c) &&
			it.c.Sentence != home.items[0].c.Sentence {
			// "Friday's mall shooting left five hurt and one of them
			// dead" in a report of Tuesday's five shot: another
			// incident, not the fact said again
			it.aside = why
			facts = append(facts, newGroup(key, it, al.interval(it)))
			continue
		}
		it.restates = true
		home.add(it, nil)
	}
	// 2. each fact joins the best group of other documents, or starts one
	for _, f := range facts {
		f.lead = perKey[f.key][0] == f && al.leadFact(f)
		f.part = !f.lead && al.ownPart(f, items)
		al.place(f)
	}
}

// leadFact reports whether a document's first fact of its identity is
// the document's figure of it, which each outlet's reports of a story
// share: a fact stated in the top sentences (leadFigure; "hospitalizes
// hundreds" in the headline, refined to "around 1,000" further down), or
// a running tally that is not the story's subject (a revisable measure of
// rules frames.measures: the cases aboard a ship whose captain's firing is
// the story), wherever it first stands.
func (al *aligner) leadFact(f *group) bool {
	p := f.items[0]
	if describedCount(al.rules, p.c) {
		return false
	}
	if al.tally(p) && notHistory(p.c) {
		return true
	}
	for _, it := range f.items {
		if leadFigure(it.c) {
			return true
		}
	}
	return false
}

// refines reports a precise figure that says what a document's vague
// fact said: "hundreds more have been hospitalized" and, further down,
// "around 1,000 people ... rushed to the hospital" are one count, the
// second its figure. The vague range and the precise value need only
// overlap: "hundreds" has no representative figure to hold. Only a kind
// that says what befell the people counted (injured), or a running tally,
// is one count so: a generic count of people ("hundreds of people fleeing",
// "almost 1,000 people were exposed") names many.
func (al *aligner) refines(f *group, it *item) bool {
	p := f.items[0]
	if p.c.Value == nil || !p.c.Value.Vague || it.c.Value == nil || it.c.Value.Vague || !f.hasCommon || f.disjoint {
		return false
	}
	if k := al.kindOf(it); k == nil || k.Generic && !al.tally(it) {
		return false
	}
	return f.common.overlaps(*al.interval(it))
}

// listedBefore sets each item's widen: a count of a kind that includes
// another (rules frames.includes: shot includes killed) listed before a
// count of that kind in its sentence ("4 Shot, 1 Killed") may be the total
// or the rest, so it is read as up to the other count more.
func (al *aligner) listedBefore(items []*item) {
	inc := al.names.frames().Includes
	if len(inc) == 0 {
		return
	}
	for _, it := range items {
		kinds := inc[al.kindName(it)]
		if len(kinds) == 0 || it.c.Value == nil {
			continue
		}
		for _, o := range items {
			if o.c.SentenceIndex() == it.c.SentenceIndex() && o.c.Span.Start > it.c.Span.Start && o.c.Value != nil &&
				slices.Contains(kinds, al.kindName(o)) {
				it.widen += o.c.Value.Number
			}
		}
	}
}

// statedBeside reports whether the claim's sentence also states, in
// another figure of people, a value the group agrees on: a headline of
// five shot dead, four at a diner and a woman at home, gives
// the other outlets' four as a part of its five, so its five is a total of
// more than their fact, not a rival figure for it.
func (al *aligner) statedBeside(g *group, it *item) bool {
	if !g.hasCommon || g.disjoint {
		return false
	}
	for _, o := range al.bySentence[it.c.SentenceIndex()] {
		if o == it || o.c.Value == nil || o.c.Value.Unit != it.c.Value.Unit && !al.names.frames().IsPart(frameOf(o.c).Head) {
			continue
		}
		if v := o.c.Value.Number; v != it.c.Value.Number && g.common.holds(v) {
			return true
		}
	}
	return false
}

// refold rebuilds a document's fact with it as its primary claim and the
// fact's claims as restatements of it.
func (al *aligner) refold(key string, it *item, f *group) *group {
	g := newGroup(key, it, al.interval(it))
	for _, o := range f.items {
		o.restates = true
		g.add(o, nil)
	}
	return g
}

// place puts one document fact into the best matching group. A fact fits a
// group of its identity whose slots it does not contradict and that has no
// fact of its document yet. It is preferred where its value agrees and a
// slot or its sentence's words show it is the same fact. A fact whose value
// disagrees joins only with such evidence, or when it is its document's
// lead figure of a revisable kind and there is exactly one lead group it
// could join: in a comparison of one story, "the" death toll of each report.
func (al *aligner) place(f *group) {
	lead := f.items[0]
	if len(al.byKey[f.key]) == 0 {
		al.addGroup(f) // the first of its identity: nothing to read of lead for
		return
	}
	// what the tests below read of lead alone, made once for all the
	// groups of its identity
	k, iv := al.kindOf(lead), al.interval(lead)
	// the open groups are read only for a lead figure of a revisable kind
	// that no group scored for (leadGroup)
	mayLead := lead.aside == "" && k != nil && k.Revisable && f.lead
	var best *group
	bestScore, bestWhy := 0, ""
	var open []*group
	for _, g := range al.byKey[f.key] {
		if bestScore == 4 {
			break // no later group can score higher (open is read only when none scored)
		}
		if g.has(lead.doc) {
			continue
		}
		if g.part != f.part && (g.lead || f.lead) {
			continue // some of one outlet's victims ("two victims at the scene") are not another's whole ("Two people were shot")
		}
		if field, _ := apart(&g.side, lead, k, al.names); field != "" {
			continue
		}
		valueOK := al.valueFitsAt(g, lead, iv)
		sameEvent := false
		if lead.c.Kind == claims.KindEventTime {
			sameEvent, valueOK = al.eventFits(g, lead)
			if !sameEvent {
				continue // times on different axes ("in August", "next week") say nothing of each other
			}
		}
		if !valueOK && al.partOfWhole(g.side.frame.Head, frameOf(lead.c).Head) {
			continue // "eight adults were wounded" is a part of "ten people injured", not a rival count
		}
		if !valueOK && al.statedBeside(g, lead) {
			continue // "Five Shot Dead ...: 4 Men At Restaurant, ...": the sentence gives the group's 4 too
		}
		if mayLead {
			open = append(open, g)
		}
		if !valueOK && bestScore >= 2 {
			continue // at most 2 without the value: evidence cannot make it the best
		}
		score, why := al.score(g, lead, valueOK, sameEvent)
		if score < 4 && g.items[0].aside != "" {
			continue // another incident's figure is joined only on its value and evidence of one fact
		}
		if score > bestScore {
			best, bestScore, bestWhy = g, score, why
		}
	}
	if lead.aside != "" && bestScore < 4 {
		best = nil // another incident's figure joins only on its value and evidence of one fact
	} else if best == nil && mayLead {
		best, bestWhy = al.leadGroup(lead, open)
	}
	if best == nil {
		al.addGroup(f)
		return
	}
	al.join(best, f, bestWhy)
}

// score rates how well lead fits open group g, given whether its value
// fits (valueOK) and whether it times the same event: 4 when the value
// agrees and evidence shows the same fact, 3 for the value alone, 2 for
// evidence alone (a disagreeing value needs the stronger evidence of a
// similar sentence), 0 for neither; with the evidence's reason.
func (al *aligner) score(g *group, lead *item, valueOK, sameEvent bool) (int, string) {
	simNeeded := al.threshold * 0.6
	if !valueOK {
		simNeeded = al.threshold
	}
	evidence, why := al.evidence(g, lead, simNeeded)
	if k := al.kind(lead.c); !valueOK && k != nil && k.Generic {
		// a generic figure of a shared entity or place is one of its
		// many: only a similar sentence, or the same moment, says it
		// is the same figure
		evidence, why = al.similar(g, lead, simNeeded)
		if !evidence {
			evidence, why = sameMoment(g.side.frame.Time, anchorOf(lead.c), al.names.zones())
		}
	}
	if !valueOK && !evidence {
		evidence, why = oppositeBounds(g, lead)
	}
	if !valueOK && sameEvent {
		// an event's time is the fact itself: two outlets that give
		// the event different times disagree on it
		evidence, why = true, "the same event ("+frameOf(lead.c).Head+") with its time on one axis"
	}
	switch {
	case valueOK && evidence:
		return 4, why
	case valueOK && al.byChance(lead):
		// "one man ... dodged death" and "one man who committed suicide":
		// a generic count of one or two agrees with any other by chance;
		// only evidence says it is the same fact
		return 0, ""
	case valueOK && partByChance(g, lead):
		// "the two dead bandmates" and "two people on the first floor":
		// two parts of one toll are as likely other people as the same
		return 0, ""
	case valueOK && al.unifiedHeads(g, lead):
		// "the two named victims" and "another two people were brought to
		// the hospital": one measure (people), but an equal small number
		// of differently named people is no evidence of one fact
		return 0, ""
	case valueOK:
		return 3, why
	case evidence:
		return 2, why
	}
	return 0, why
}

// byChance reports a value its kind shares with other claims by chance
// (rules kinds' chance): "one man", "two people", "about an hour" —
// figures every story holds many of; and any count of how many times an
// act was done (repetitions), which two people's acts share by chance.
func (al *aligner) byChance(it *item) bool {
	k := al.kind(it.c)
	if k != nil && k.Generic && repetitions(it.c) {
		return true
	}

	return k != nil && k.Chance > 0 && it.c.Value != nil && it.c.Value.Number <= k.Chance
}

// partByChance reports a count of some of the victims (frame scope part)
// beside a group's that names them no more precisely than "people" or
// "victims" on either side: only "six grandchildren" and "six
// grandchildren" name one part; equal parts otherwise agree by chance.
func partByChance(g *group, it *item) bool {
	if frameOf(it.c).Scope != claims.ScopePart && g.side.frame.Scope != claims.ScopePart {
		return false
	}
	h := frameOf(it.c).Head
	return h == "" || h != g.side.frame.Head || h == personHead || h == victimHead
}

// unifiedHeads reports a generic count whose head differs from its
// group's, the two one fact only because a measure (rules
// frames.measures) names both heads: "victims" and "people".
func (al *aligner) unifiedHeads(g *group, it *item) bool {
	k := al.kind(it.c)
	h := frameOf(it.c).Head
	return k != nil && k.Generic && it.m != nil && h != "" && g.side.frame.Head != "" && h != g.side.frame.Head
}

// leadGroup finds the group a revisable kind's lead figure joins when no
// group scored: the story's figure (a death toll) is a revisable kind's
// first in each document's top paragraphs, so the one lead group among
// the open ones, if it is near, with the reason; nil when there is none
// or more than one.
func (al *aligner) leadGroup(lead *item, open []*group) (*group, string) {
	var leads []*group
	for _, g := range open {
		if g.lead {
			leads = append(leads, g)
		}
	}
	if len(leads) != 1 || !al.near(leads[0], lead) {
		return nil, ""
	}
	what := lead.c.Kind
	if lead.m != nil {
		what = lead.m.Name
	}
	if al.tally(lead) {
		return leads[0], "the first " + what + " figure of each document (a running tally)"
	}
	return leads[0], "the first " + what + " figure in the top of each document"
}

// addGroup makes document fact f a group of its own.
func (al *aligner) addGroup(f *group) {
	al.groups = append(al.groups, f)
	al.byKey[f.key] = append(al.byKey[f.key], f)
}

// join adds document fact f to group best, for the reason why: its
// restatements without an interval of their own.
func (al *aligner) join(best, f *group, why string) {
	best.lead = best.lead && f.lead
	best.part = best.part && f.part
	for _, it := range f.items {
		if it.restates {
			best.add(it, nil)
		} else {
			best.add(it, al.interval(it))
		}
	}
	if why != "" {
		best.why = appendUnique(best.why, why)
	}
}

// partOfWhole reports two heads of which one names a part of the people
// counted (rules frames.parts: "adults") and the other does not ("people"):
// a part may agree with its whole when it is all of it, but a different
// figure is no disagreement.
func (al *aligner) partOfWhole(a, b string) bool {
	if a == "" || b == "" || a == b {
		return false
	}
	fr := al.names.frames()
	return fr.IsPart(a) != fr.IsPart(b)
}

// leadRatio bounds how far apart two lead figures may be and still be
// taken for one toll without other evidence: "at least 13" and "at least
// 11" are one toll reported twice; 4 and 24 are two tolls (a storm's in
// Louisiana and in the Caribbean).
const leadRatio = 2.0

// near reports whether the claim's number is within leadRatio of the
// nearest of the group's primary values: a running tally's reports each
// stand near the one before (100, 155, 230 cases over five days), however
// far the first is from the last.
func (al *aligner) near(g *group, it *item) bool {
	if it.c.Value == nil {
		return false
	}
	x := math.Abs(it.c.Value.Number)
	for _, o := range g.items {
		if o.restates || o.c.Value == nil {
			continue
		}
		if y := math.Abs(o.c.Value.Number); x <= leadRatio*y && y <= leadRatio*x {
			return true
		}
	}
	return false
}

// leadSentences is how many sentences from the top (headline and lede)
// hold a document's lead figure.
const leadSentences = 6

// leadFigure reports whether a claim can be its document's lead figure of
// its kind: it stands in the top sentences and is not history (a figure
// dated by a whole year or month, "in 1984", "January 2009").
func leadFigure(c *claims.Claim) bool {
	return c.SentenceIndex() < leadSentences && notHistory(c)
}

// tally reports a generic figure of a revisable measure (rules
// frames.measures: cases), a running tally.
func (al *aligner) tally(it *item) bool {
	k := al.kind(it.c)
	return it.m != nil && it.m.Revisable && k != nil && k.Generic
}

// notHistory reports a figure not dated by a whole year or month ("in
// 1984", "January 2009"): one that can be a story's current figure.
func notHistory(c *claims.Claim) bool {
	return c.Date == nil || (c.Date.Precision != "year" && c.Date.Precision != "month")
}

// isName reports whether a subject is a name ("Daniel Reyes", "Reyes")
// rather than a description ("boy", "the gunman", "Boy" at a sentence's
// start: notNames), a place the rules know ("Detroit") or a headline in
// capitals: only a name tells that two outlets' figures are about one
// person.
func isName(s string, places map[string]bool) bool {
	if places[s] {
		return false
	}
	for _, w := range strings.Fields(s) {
		rs := []rune(w)
		if unicode.IsUpper(rs[0]) && strings.ToUpper(w) != w && !places[w] && !places[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

// notNames is what a capitalised subject may be without being a name: the
// places the rules know ("Detroit"), and, lower case, the words that
// describe a person in the rules' partitions and measures ("Boy, 15,
// accused of role in deadly shooting" and "Boy, 15, dies in shooting" are
// two boys).
func notNames(r *rules.Rules) map[string]bool {
	out := make(map[string]bool, len(r.Places))
	for p := range r.Places {
		out[p] = true
	}
	if r.Frames == nil {
		return out
	}
	for _, p := range r.Frames.Parts {
		for h := range p {
			out[h] = true
		}
	}
	for _, m := range r.Frames.Measures {
		for _, h := range m.Heads {
			if len(h) == 1 {
				out[h[0]] = true
			}
		}
	}
	return out
}

// oppositeBounds says whether the claim states the same figure as a
// primary claim of the group, qualified in the opposite direction: "almost
// 90" and "more than 90" are one count written by two outlets that
// disagree on which side of 90 it lies. Both must qualify it: an exact
// figure beside a bound is often a different count.
func oppositeBounds(g *group, it *item) (bool, string) {
	v := it.c.Value
	if v == nil {
		return false, ""
	}
	dir := boundSide(v)
	if dir == 0 {
		return false, ""
	}
	for k, o := range g.items {
		if k >= maxEvidence {
			break
		}
		w := o.c.Value
		if o.restates || w == nil || w.Number != v.Number {
			continue
		}
		if d := boundSide(w); d == -dir {
			return true, fmt.Sprintf("the same figure, %s, qualified in opposite directions (%q, %q)",
				mention.Thousands(v.Number), o.c.Text, it.c.Text)
		}
	}
	return false, ""
}

// boundSide says on which side of its number a value puts the figure: -1
// below ("almost 90", "fewer than 90", "up to 90"), +1 above ("more than
// 90", "at least 90"), 0 neither or both.
func boundSide(v *mention.Value) int {
	switch v.Bound {
	case mention.AtMost, mention.LessThan:
		return -1
	case mention.MoreThan, mention.AtLeast:
		return 1
	case mention.About:
		if v.High != nil && *v.High == v.Number && v.Low == nil {
			return -1 // "almost", "nearly"
		}
	}
	return 0
}

// maxEvidence bounds how many of a group's claims a sentence is compared
// with for evidence, keeping placement O(1).
const maxEvidence = 8

func newGroup(key string, it *item, iv *interval) *group {
	g := &group{key: key, docs: map[int]bool{}}
	g.side.withDead = it.withDead
	g.add(it, iv)
	return g
}

// interval is the claim's value as compared (valueInterval), or nil.
func (al *aligner) interval(it *item) *interval {
	if it.c.Value == nil {
		return nil
	}
	iv := claimInterval(it.c, al.tol(it.c), al.kindOf(it), describedCount(al.rules, it.c))
	iv.hi += it.widen
	return &iv
}

// add puts an item in the group, narrows the common interval by iv (nil
// for a restatement or a claim without a value) and fills missing slots.
func (g *group) add(it *item, iv *interval) {
	if iv != nil {
		r := representative(it.c)
		g.closed = g.closed || !iv.oneSided()
		if !g.hasCommon {
			g.common, g.hasCommon = *iv, true
			g.repLo, g.repHi = r, r
		} else if !g.disjoint {
			g.repLo, g.repHi = math.Min(g.repLo, r), math.Max(g.repHi, r)
			if !g.common.overlaps(*iv) {
				g.disjoint = true
			} else {
				g.common = g.common.intersect(*iv)
			}
		}
	}
	g.items = append(g.items, it)
	if g.top > 0 || len(g.docs) == 0 {
		g.top = max(g.top, it.doc+1)
	}
	g.docs[it.doc] = true
	g.side.fill(it)
	if g.side.stage.n == 0 {
		g.side.stage = it.stage
	}
	if g.side.measure == nil {
		g.side.measure = it.m
	}
}

// has reports whether the group holds a claim of document doc: placing
// the facts of each document in turn asks it of every group of their
// identity, and top answers for all but the groups of earlier documents.
func (g *group) has(doc int) bool {
	if g.top > 0 {
		if doc >= g.top {
			return false
		}
		if doc == g.top-1 {
			return true
		}
	}
	return g.docs[doc]
}

// fitsDocFact reports whether a claim says a document's fact again: its
// value agrees (valueFits), or for an event time, its time overlaps the
// fact's on one axis.
func (al *aligner) fitsDocFact(f *group, it *item) bool {
	if it.c.Kind == claims.KindEventTime {
		_, fits := al.eventFits(f, it)
		return fits
	}
	return al.valueFits(f, it)
}

// otherPerson reports a victim described alone ("He died", "a 4-year-old
// girl died": one person each, by rule) whose description names another
// part of the people (rules frames.parts) than one of the document's fact
// does: "The boy died at a children's hospital in May 2014" in a
// report of a girl's death is another death, not the girl's said again;
// so is the perpetrator's own death beside a victim's (perpetratorApart)
// and a death its sentence gives to someone else (diedApart).
func (al *aligner) otherPerson(f *group, it *item) bool {
	if slices.ContainsFunc(f.items, func(o *item) bool { return perpetratorApart(o, it) }) {
		return true
	}
	if len(it.persons) == 0 {
		return false
	}
	fr := al.names.frames()
	for _, o := range f.items {
		if diedApart(o, it) || diedApart(it, o) {
			return true
		}
		for _, a := range o.persons {
			for _, b := range it.persons {
				if _, ok := fr.DifferentParts(a, b); ok {
					return true
				}
			}
		}
	}
	return false
}

// valueFits reports whether the claim's value agrees with every primary
// value in the group.
func (al *aligner) valueFits(g *group, it *item) bool {
	return al.valueFitsAt(g, it, al.interval(it))
}

// valueFitsAt is valueFits given the claim's value as compared
// (al.interval(it), nil without a value), for a caller that tests one
// claim against many groups.
func (al *aligner) valueFitsAt(g *group, it *item, at *interval) bool {
	if it.c.Value == nil || !g.hasCommon {
		return true
	}
	if g.disjoint {
		return false
	}
	iv := *at
	r := representative(it.c)
	if !g.closed && iv.oneSided() {
		// "up to 17 years" and "at least two years" allow a common figure
		// but state none: only the same figure, qualified each its own
		// way ("at least $10,000", "more than $10,000"), is one fact
		at := valueInterval(&mention.Value{Number: r, Unit: it.c.Value.Unit}, al.tol(it.c))
		if !at.holds(g.repLo) || !at.holds(g.repHi) {
			return false
		}
	}
	return g.common.overlaps(iv) && g.common.holds(r) && iv.holds(g.repLo) && iv.holds(g.repHi)
}

// representative is the figure a value states: its number (signed for a
// fall), or the middle of a range.
func representative(c *claims.Claim) float64 {
	v := c.Value
	n := v.Number
	if v.Bound == mention.Range && v.Low != nil && v.High != nil {
		n = (*v.Low + *v.High) / 2
	}
	if f := c.Frame; f != nil && f.Change && f.Direction == "down" && n > 0 {
		n = -n
	}
	return n
}

// evidence says why a claim is the group's fact beyond its identity: a
// shared slot, a shared named entity or a similar sentence.
func (al *aligner) evidence(g *group, it *item, simNeeded float64) (bool, string) {
	c := it.c
	switch {
	case c.Victim != "":
		return true, "same victim " + c.Victim
	case keyedByDate(al.kind(c)):
		return true, "same date " + monthDay(c.Date.Start)
	case it.subject != "" && it.subject == g.side.subject:
		return true, "same subject " + c.Subject
	case it.entityNamed && g.side.entityNamed &&
		al.names.same(frameOf(c).Entity, g.side.frame.Entity):
		// only names: "the shooting" is in every outlet's report of any shooting
		return true, "same entity " + g.side.frame.Entity
	case it.place != "" && it.place == g.side.place:
		return true, "same place " + c.Place
	case c.Date != nil && g.side.date != nil && c.Date.Start == g.side.date.Start:
		return true, "same time " + c.Date.Start
	}
	if ok, why := sameMoment(g.side.frame.Time, anchorOf(c), al.names.zones()); ok {
		return true, why
	}
	return al.similar(g, it, simNeeded)
}

// similar says whether the claim's sentence shares simNeeded of its content
// words with a sentence of the group (up to maxEvidence of them).
func (al *aligner) similar(g *group, it *item, simNeeded float64) (bool, string) {
	for k, o := range g.items {
		if k >= maxEvidence {
			break
		}
		if !jaccardCanReach(o.words, it.words, simNeeded) || !signaturesCanReach(o.signature(), it.signature(), simNeeded) {
			continue
		}
		if s := jaccard(o.words, it.words); s >= simNeeded {
			return true, fmt.Sprintf("similar sentences (%.0f%% of content words shared)", s*100)
		}
	}
	return false, ""
}

func appendUnique(xs []string, x string) []string {
	for _, y := range xs {
		if y == x {
			return xs
		}
	}
	return append(xs, x)
}

// eventFits says how an event time sits with a group's: whether a primary
// claim of the group gives its time on the same axis (the same event's
// time, comparable), and whether all those times overlap it.
func (al *aligner) eventFits(g *group, it *item) (comparable, fits bool) {
	if !it.timed {
		return false, false
	}
	a := it.span
	fits = true
	for _, o := range g.items {
		if o.restates || !o.timed || a.axis != o.span.axis {
			continue
		}
		b := o.span
		comparable = true
		fits = fits && overlaps(a, b)
	}
	return comparable, comparable && fits
}

// incidentCount reports a claim of a revisable kind (a death toll): a
// count of one incident, which a story's other incidents also have.
func (al *aligner) incidentCount(it *item) bool {
	k := al.kindOf(it)
	return k != nil && k.Revisable
}

// dayOf is the day a claim's sentence dates it to: its time anchor when
// that names a weekday or a date, else the weekday its sentence names ("A
// youth died Saturday night when shots came from a passing car", the
// anchor left to another figure); nil when it names none.
func dayOf(c *claims.Claim) *claims.TimeAnchor {
	if a := anchorOf(c); a != nil && (weekday(a) != "" || a.Precision == "day") {
		return a
	}
	if w := weekday(&claims.TimeAnchor{Text: c.Sentence}); w != "" {
		return &claims.TimeAnchor{Text: w}
	}
	return nil
}

// mainTime is the day of a document's main event: the day (dayOf) of its
// first incident count (incident) in its lead sentences that dates one,
// else of its first claim, in text order, that dates one; a claim that
// counts a tally, an earlier or another incident (notWhole) or is history
// dates no main event, nor does any claim of a sentence that holds one
// ("Five people were killed ... since Friday evening, including eight shot
// within the first 30 minutes of June"). Nil when none does.
func mainTime(items []*item, incident func(*item) bool) *claims.TimeAnchor {
	apart := map[int]bool{} // sentences of a tally, an earlier or another incident, or history
	for _, it := range items {
		if !notHistory(it.c) || slices.Contains(notWhole, frameOf(it.c).Scope) {
			apart[it.c.SentenceIndex()] = true
		}
	}
	var first *claims.TimeAnchor
	for _, it := range items {
		if apart[it.c.SentenceIndex()] {
			continue
		}
		d := dayOf(it.c)
		if d == nil {
			continue
		}
		if incident(it) && leadFigure(it.c) {
			return d
		}
		if first == nil {
			first = d
		}
	}
	return first
}

// awayFromMain says, per claim below a document's lead sentences, why it
// may belong to another incident than the document's main event (main,
// from mainTime): its sentence names a day the main event cannot fall on
// ("Friday" in a report of "Tuesday's incident"), or it names no day and
// follows a claim of another day or of history ("Tuesday's incident was
// much like a double killing of January 2009 ... Two men died";
// "killed ... Saturday night" in a round-up of a Sunday shooting, then
// "he was pronounced dead"). Claims absent from the map may be the main
// event's.
func awayFromMain(items []*item, incident func(*item) bool) map[*item]string {
	main := mainTime(items, incident)
	if main == nil {
		return nil
	}
	away := map[*item]string{}
	var prev *item // the claim before, and why it was another time's
	prevWhy := ""
	for _, it := range items {
		why := ""
		if d := dayOf(it.c); d != nil {
			if !daysMayMatch(main, d) {
				why = fmt.Sprintf("dated %q, not %q, the day of its document's main event: kept apart as another incident's figure", d.Text, main.Text)
			}
		} else if prev != nil && prevWhy != "" {
			why = "follows a figure of another time (" + strings.TrimSuffix(prev.c.Text, ".") + "): kept apart as another incident's figure"
		}
		if why != "" && !leadFigure(it.c) {
			away[it] = why
		}
		prev, prevWhy = it, why
		if !notHistory(it.c) {
			prevWhy = "history"
		}
	}
	return away
}

// ownPart reports a document's fact of people that counts some of a whole
// its document states of the incident: its words make it a part (partSign:
// "three of the victims", "two other men") or it counts victims ("Officers
// saw two shot victims on arrival" below "Five people
// were shot"), and the document gives a larger count of its kind (or, for
// a generic count of victims, of any kind of what befell them). Another
// outlet's whole is no restatement of it: "Two people were shot" is the
// other outlet's count of all the shot, at odds with the five.
func (al *aligner) ownPart(f *group, items []*item) bool {
	p := f.items[0]
	if p.c.Value == nil || p.c.Value.Vague || !notHistory(p.c) {
		return false
	}
	kind := al.kindName(p)
	heads := []string{frameOf(p.c).Head}
	wholes := wholeKinds(kind, heads, al.rules)
	if len(wholes) == 0 || wholes[0] == kind && !slices.ContainsFunc(f.items, partSign) && !allVictims(heads) {
		return false
	}
	for _, o := range items {
		if o.aside == "" && notHistory(o.c) && wholeAbove(o.c, wholes, p.c.Value.Number, p.c.Date) {
			return true
		}
	}
	return false
}

// eventDateKind is the kind of a claim that dates an incident by its
// noun ("the March 27 shooting", "the attack on December 27th").
const eventDateKind = "event-date"

// mainDate is the date a document gives its main event by its own dated
// statements of it: the date of its first incident count in the lead
// sentences that carries one ("killed on March 27"), else the date of its
// first event date there ("the March 27 shooting of A'Naiya Montgomery"),
// a day each. A statement of history, a tally or another incident dates
// no main event. Nil when the lead dates none.
func mainDate(items []*item, incident func(*item) bool) *mention.DateValue {
	var event *mention.DateValue
	for _, it := range items {
		c := it.c
		if !leadFigure(c) || c.Date == nil || c.Date.Precision != "day" || slices.Contains(notWhole, frameOf(c).Scope) {
			continue
		}
		if incident(it) {
			return c.Date
		}
		if event == nil && c.Kind == eventDateKind {
			event = c.Date
		}
	}
	return event
}

// storyDate is the main event's date most of a story's documents give it
// (mainDate), for a document whose lead dates none: nil when no date is
// given by two documents or more, or two dates are given by as many.
func storyDate(docs [][]*item, incident func(*item) bool) *mention.DateValue {
	count := map[string]int{}
	byKey := map[string]*mention.DateValue{}
	for _, items := range docs {
		if d := mainDate(items, incident); d != nil {
			k := monthDay(d.Start) + "/" + monthDay(d.End)
			count[k]++
			byKey[k] = d
		}
	}
	var best *mention.DateValue
	n, tie := 0, false
	for k, c := range count {
		switch {
		case c > n:
			best, n, tie = byKey[k], c, false
		case c == n:
			tie = true
		}
	}
	if n < 2 || tie {
		return nil
	}
	return best
}

// otherDated says why an incident count below the lead is another
// incident's: its own date cannot overlap main, the date its document (or
// its story) gives the main event, and its sentence says it is another
// ("On April 16, another child was shot to death"). "" when it may be the
// main event's. (A killing of another named victim is another fact by its
// identity already.)
func otherDated(it *item, main *mention.DateValue) string {
	c := it.c
	if main == nil || leadFigure(c) || c.Date == nil || c.Date.Precision != "day" || datesOverlap(main, c.Date) || !saysAnother(c.Sentence) {
		return ""
	}
	return fmt.Sprintf(`dated %s, which cannot be %s, the date of its document's main event, and says "another": kept apart as another incident's figure`,
		monthDay(c.Date.Start), monthDay(main.Start))
}

// saysAnother reports a sentence that holds the word "another".
func saysAnother(sentence string) bool {
	for _, w := range strings.Fields(strings.ToLower(sentence)) {
		if strings.Trim(w, `,;:."'“”‘’()`) == "another" {
			return true
		}
	}
	return false
}
