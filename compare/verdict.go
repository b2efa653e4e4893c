package compare

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/english"
	"github.com/claimdiff/claimdiff/claims/mention"
	"github.com/claimdiff/claimdiff/claims/rules"
)

// factFrame is the frame a group's claims agree on, for the finding.
func factFrame(g *group, prim []*item, kind string, k *rules.Kind, nm *names) *FactFrame {
	s := g.side
	fr := &FactFrame{Kind: kind, Measured: s.frame.Measured, Head: s.frame.Head, Entity: s.frame.Entity,
		Change: s.frame.Change, Direction: s.frame.Direction, Per: s.frame.Per, Scope: s.frame.Scope,
		Subject: s.subject, Place: s.place, Matched: matched(g.items)}
	for _, it := range g.items {
		if it.c.Victim != "" {
			fr.Victim = it.c.Victim
			break
		}
	}
	if s.date != nil && (len(g.items) == 0 || g.items[0].c.Value != nil) {
		fr.Time = s.date.String()
	}
	agreedOnly(fr, prim, k, nm)
	agreedMeasure(fr, g, prim, k)
	if k != nil && !k.Generic && unitOnly(fr.Measured, nm.frames()) {
		fr.Measured = "" // "50 people were killed": the kind says what the people are counted for
	}
	agreedTime(fr, g, prim)
	fr.Quoting = quotedFrom(prim, nm)
	return fr
}

// quotedFrom is the person every primary claim quotes in his own words
// (a direct quote), or gives, quoted or reported, as what may be (a
// figure in a modal clause: "Lieberman is probably the only person who can
// get 100 votes", "Cornyn speculated that Lieberman could get 100
// confirmation votes"), in the shortest form of the name an outlet
// writes, which every other outlet's holds ("Senate Majority Whip John
// Cornyn" and "John Cornyn": John Cornyn), for a title states only what
// every outlet gives; or "": such a figure is the speaker's claim, and
// its title says so.
func quotedFrom(prim []*item, nm *names) string {
	if len(prim) < 2 {
		return ""
	}
	modal := true // a figure each outlet gives as one person's may-be
	sp := ""
	for _, p := range prim {
		a := p.c.Attribution
		name := a.Speaker
		if a.SpeakerType != claims.SpeakerPerson || name == "" || !nm.same(name, sp) {
			return ""
		}
		modal = modal && (a.Form == claims.FormDirect || a.Form == claims.FormIndirect) && modalFigure(p.c)
		if a.Form != claims.FormDirect && !modal {
			return ""
		}
		if sp == "" || len(strings.Fields(name)) < len(strings.Fields(sp)) {
			sp = name
		}
	}
	return sp
}

// agreedMeasure leaves a fact of several documents its measured phrase
// only as every one of them words it ("the five family members were
// hurt" and "wounding five people, including two bystanders": not five
// family members; "kills 3 bandmates" and "the three dead victims", one
// of them "not in the band"): one outlet's characterization is no fact
// the others state. A typed kind then falls back to its plain measure
// (killed: 3 people); a generic count, whose phrase is its measure, keeps
// the head noun every document writes ("other victims", "victims").
func agreedMeasure(fr *FactFrame, g *group, prim []*item, k *rules.Kind) {
	if fr.Measured == "" || len(prim) < 2 {
		return
	}
	if act := actOf(prim[0].c); act != "" && repetitions(prim[0].c) &&
		!slices.ContainsFunc(prim, func(p *item) bool { return actOf(p.c) != act }) {
		fr.Measured = "times " + act // "times fired": what the outlets count, not a bare "times"
		return
	}
	if wordedByAll(g, prim, func(m string) bool { return strings.EqualFold(m, fr.Measured) }) {
		return
	}
	last := lastWord(fr.Measured)
	fr.Measured = ""
	if k != nil && k.Generic && wordedByAll(g, prim, func(m string) bool { return strings.EqualFold(lastWord(m), last) }) {
		fr.Measured = last
	}
}

// unitOnly reports a measured phrase that is a unit word alone ("people",
// rules frames.unit-heads), which names nothing its kind does not.
func unitOnly(measured string, fr *rules.Frames) bool {
	if measured == "" || fr == nil || strings.Contains(measured, " ") {
		return false
	}
	_, ok := fr.UnitHeads[strings.ToLower(measured)]
	return ok
}

// wordedByAll reports whether each primary claim's document has a claim in
// the group whose measured phrase is as ok says.
func wordedByAll(g *group, prim []*item, ok func(measured string) bool) bool {
	for _, p := range prim {
		if !slices.ContainsFunc(g.items, func(it *item) bool { return it.doc == p.doc && ok(frameOf(it.c).Measured) }) {
			return false
		}
	}
	return true
}

// lastWord is the last word of a phrase.
func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// agreedTime leaves a fact of several documents a time only two of them
// give: one document's date is often another event's of its story ("taken
// into custody Monday, Jan. 9, and charged with murder": the arrest,
// not the killing), and a title that dated the fact by it would put that
// date in every outlet's mouth.
func agreedTime(fr *FactFrame, g *group, prim []*item) {
	if fr.Time == "" || len(prim) < 2 || g.side.date == nil {
		return
	}
	n := 0
	for _, p := range prim {
		if slices.ContainsFunc(g.items, func(it *item) bool {
			return it.doc == p.doc && it.c.Date != nil && datesOverlap(it.c.Date, g.side.date)
		}) {
			n++
		}
	}
	if n < 2 {
		fr.Time = ""
	}
}

// agreedOnly leaves a fact of several documents stating only the subject
// and entity that two of its documents' claims give: as their own subject
// or entity (the same name by the names model: "US" and "United States"),
// or in their sentence's words. A subject or entity one claim alone reads
// is that claim's reading, often of a nearby name ("Seattle Fire is
// reporting that four people were shot": not Seattle Fire's people), and
// a title that states it would put the reading in every outlet's mouth. A
// fact of one document keeps what its one claim gives.
func agreedOnly(fr *FactFrame, prim []*item, k *rules.Kind, nm *names) {
	if len(prim) < 2 {
		return
	}
	if !givenByTwo(fr.Subject, prim, nm, func(it *item) string { return it.subject }) || speakerAsSubject(fr.Subject, prim, k, nm) ||
		ofObjectEverywhere(fr.Subject, prim, k, nm) || openingOnly(fr.Subject, prim) {
		fr.Subject = ""
	}
	if !givenByTwo(fr.Entity, prim, nm, func(it *item) string { return frameOf(it.c).Entity }) ||
		openingOnly(lastWord(fr.Entity), prim) && !slices.ContainsFunc(prim, func(p *item) bool { return strings.Contains(p.c.Sentence, fr.Entity) }) {
		fr.Entity = "" // "Officers were able to rescue 30 hostages": not the hostages of "SWAT Officers"
	}
}

// speakerAsSubject reports a subject that is who a claim quotes, not what
// its figure is of ("Worthy said eight children have been shot in the
// past 17 months": not Worthy's 17 months), unless the kind's figures
// are their subject's own (an age).
func speakerAsSubject(subject string, prim []*item, k *rules.Kind, nm *names) bool {
	if subject == "" || k != nil && slices.Contains(k.Identity, fieldSubject) {
		return false
	}
	for _, it := range prim {
		if sp := it.c.Attribution.Speaker; sp != "" && nm.same(subject, sp) {
			return true
		}
	}
	return false
}

// openingOnly reports a one-word subject that each claim's sentence
// holds only as its first word, where every word is capitalised: no sign
// of a name ("Preliminary it appears that two students were in
// possession of a pistol", "Officers were able to rescue 30 hostages").
func openingOnly(subject string, prim []*item) bool {
	if subject == "" || strings.Contains(subject, " ") {
		return false
	}
	for _, p := range prim {
		words := strings.Fields(p.c.Sentence)
		n := 0
		for i, w := range words {
			if strings.Trim(w, "\"'“‘(,.:;") == subject {
				if i != 0 {
					return false
				}
				n++
			}
		}
		if n == 0 {
			return false
		}
	}
	return true
}

// ofObjectEverywhere reports a subject each claim's sentence names only
// as the object of "of" ("a citizen of the United States for 85 years":
// the citizenship's years, not the country's), unless the kind's figures
// are their subject's own (an age).
func ofObjectEverywhere(subject string, prim []*item, k *rules.Kind, nm *names) bool {
	want := nm.words(subject)
	if len(want) == 0 || k != nil && slices.Contains(k.Identity, fieldSubject) {
		return false
	}
	for _, p := range prim {
		if !onlyAfterOf(p.c.Sentence, want) {
			return false
		}
	}
	return true
}

// onlyAfterOf reports whether a sentence holds the words want, and each
// time right after "of" or "of the".
func onlyAfterOf(sentence string, want []string) bool {
	words := sentenceNameWords(sentence)
	found := false
	for i := 0; i+len(want) <= len(words); i++ {
		if !slices.Equal(words[i:i+len(want)], want) {
			continue
		}
		found = true
		j := i - 1
		if j >= 0 && words[j] == "the" {
			j--
		}
		if j < 0 || words[j] != "of" {
			return false
		}
	}
	return found
}

// givenByTwo reports whether at least two of the claims give v: as their
// own field (get), the same name by the names model, or, when they own
// no other name, as whole words of their sentence ("US" is not in "the
// business").
func givenByTwo(v string, prim []*item, nm *names, get func(*item) string) bool {
	want := nm.words(v)
	if len(want) == 0 {
		return false
	}
	n := 0
	for _, it := range prim {
		if f := get(it); f != "" && nm.same(v, f) || ownsNone(it, v, nm) && holdsWords(it.c.Sentence, want) {
			n++
		}
	}
	return n >= 2
}

// ownsNone reports a claim whose own subject and entity name no one but v:
// its sentence's other names then say nothing of its figure's owner
// ("arrested on a 150-foot yacht ... by agents from the US Postal
// Inspection Service" is Bannon's yacht, the claim's entity).
func ownsNone(it *item, v string, nm *names) bool {
	for _, f := range []string{it.subject, frameOf(it.c).Entity} {
		if f != "" && !nm.same(v, f) {
			return false
		}
	}
	return true
}

// holdsWords reports whether a sentence holds the words want in a row,
// its words read as names.words reads a name's (nameWord).
func holdsWords(sentence string, want []string) bool {
	return hasWords(sentenceNameWords(sentence), want)
}

// sentenceNameWords are a sentence's words read as names.words reads a
// name's (nameWord).
func sentenceNameWords(sentence string) []string {
	words := strings.Fields(strings.ToLower(sentence))
	for i := range words {
		words[i] = nameWord(words[i])
	}
	return words
}

// Describe renders the frame as a title: what is measured, of what, when
// and where — "Hurricane Laura sustained winds, 2020-08-27, Louisiana".
func (fr *FactFrame) Describe() string {
	what := fr.Measured
	if what == "" {
		what = fr.Kind
		if fr.Victim != "" {
			what = fr.Victim + " " + fr.Kind
		}
	}
	if fr.Change {
		what += " change"
	}
	if fr.Per != "" {
		what += " per " + fr.Per
	}
	switch {
	case fr.Part != "":
		what += " (" + fr.Part + ")"
	case fr.Scope != "" && fr.Scope != "total":
		what += " (" + fr.Scope + ")"
	}
	// a named entity leads ("Hurricane Laura sustained winds"); a
	// description ("drive-by shooting", "the authorities", "a gray
	// Chrysler sedan") follows what it counts
	of, described := fr.Entity, describes(fr.Entity)
	if of == "" || described != "" {
		of = fr.Subject
		if described != "" && strings.Contains(strings.ToLower(described), strings.ToLower(of)) {
			of = "" // "age (the boy's sister)", not "The boy's sister age (...)"
		}
	}
	if opensWith(what, of) {
		of = "" // "F.B.I. agents" of the F.B.I. need not say so twice
	}
	head := strings.TrimSpace(of + " " + what)
	if described != "" {
		head += " (" + described + ")"
	}
	parts := []string{head}
	if fr.Time != "" {
		parts = append(parts, fr.Time)
	}
	if fr.Place != "" && !strings.Contains(of, fr.Place) {
		parts = append(parts, fr.Place)
	}
	if fr.Quoting != "" {
		parts = append(parts, "as "+fr.Quoting+" said")
	}
	return strings.Join(parts, ", ")
}

// describes returns an entity that is a description rather than a name, as
// a title writes it after what is measured: one with no capital letter
// ("drive-by shooting"), or one opening with a determiner, which a
// sentence's start may have capitalised ("The authorities" gives "the
// authorities", "a gray Chrysler sedan" stays). It returns "" for a name
// ("Hurricane Laura", "WTI crude") or no entity.
func describes(entity string) string {
	if entity == "" {
		return ""
	}
	first, _, _ := strings.Cut(entity, " ")
	if english.IsDeterminer(strings.ToLower(first)) {
		return strings.ToLower(first[:1]) + entity[1:]
	}
	if strings.IndexFunc(entity, unicode.IsUpper) < 0 {
		return entity
	}
	return ""
}

// opensWith reports whether phrase opens with the words of name, in any case:
// "Social Security retirement benefits" with "Social Security".
func opensWith(phrase, name string) bool {
	p, n := strings.Fields(strings.ToLower(phrase)), strings.Fields(strings.ToLower(name))
	return len(n) > 0 && len(n) <= len(p) && slices.Equal(p[:len(n)], n)
}

// findingTitle is a finding's headline: its frame, then the values side by side as
// the outlets give them, "Hurricane Laura sustained winds: 50 mph (bbc) vs
// 80 mph (cnn)".
func findingTitle(fr *FactFrame, values []SideValue, sep string) string {
	var order []string
	srcs := map[string][]string{}
	seen := map[[2]string]bool{} // (value, source): a fact of thousands of outlets is not quadratic
	for _, v := range values {
		if _, ok := srcs[v.Value]; !ok {
			order = append(order, v.Value)
		}
		if k := [2]string{v.Value, v.Source}; !seen[k] {
			seen[k] = true
			srcs[v.Value] = append(srcs[v.Value], v.Source)
		}
	}
	parts := make([]string, len(order))
	for i, v := range order {
		parts[i] = v + " (" + strings.Join(srcs[v], ", ") + ")"
	}
	if sep == ", " {
		sep = "; "
	}
	return fr.Describe() + ": " + strings.Join(parts, sep)
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// describeAgreement renders an agreed fact with the slots its frame
// states (those every outlet gives: agreedOnly, agreedTime), what it is
// some of, and whom it quotes; when the outlets write the value
// differently ("16 people", "at least 16 people"), each is named.
func describeAgreement(c *claims.Claim, values []SideValue, fr *FactFrame) string {
	s := factHead(c)
	if distinctValues(values) != nil {
		var parts []string
		seen := map[string]bool{}
		for _, v := range values {
			if !seen[v.Value] {
				seen[v.Value] = true
				parts = append(parts, v.Value+" ("+v.Source+")")
			}
		}
		s = c.Kind + " " + strings.Join(parts, ", ")
	}
	var more []string
	if fr.Part != "" {
		more = append(more, fr.Part)
	}
	if fr.Quoting != "" {
		more = append(more, "as "+fr.Quoting+" said")
	}
	return withSlots(s, c, fr.Subject, fr.Place, fr.Time, more...)
}

var aboutReading = fmt.Sprintf(`"about N" allows at least %.0f%% either side`, aboutWidth*100)

// complementary reports two shares of one whole that make 100 % between
// them ("a 23 percent cut" and "pay 77 percent"): parts of one figure, not
// rival values of it. It returns the note that says so, or "".
func complementary(prim []*item) string {
	if len(prim) != 2 {
		return ""
	}
	a, b := prim[0].c, prim[1].c
	if a.Value == nil || b.Value == nil || a.Value.Unit != "%" || b.Value.Unit != "%" {
		return ""
	}
	if frameOf(a).Change || frameOf(b).Change {
		return ""
	}
	x, y := a.Value.Number, b.Value.Number
	if x == y || x <= 0 || y <= 0 || math.Abs(x+y-100) > 0.5 {
		return ""
	}
	return fmt.Sprintf("not compared: %s (%s) and %s (%s) are complementary shares of one whole (%s + %s = 100%%)",
		a.Value.Human(), a.Source, b.Value.Human(), b.Source,
		mention.Thousands(x), mention.Thousands(y))
}

// notOneFact returns why a group's figures are not one fact compared
// (complementary shares, ranges touching at a bound of different
// subjects), or "".
func notOneFact(prim []*item) string {
	if note := complementary(prim); note != "" {
		return note
	}
	return touchingRanges(prim)
}

// touchingRanges reports two ranges of a group that only touch at a bound
// ("20 to 42 years" and "nine to 20 years") told of subjects that differ:
// two outlets' ranges of one fact are the same or overlap, so these are
// likely two facts (two defendants' terms), not one agreed on. It returns
// the note that says so, or "".
func touchingRanges(prim []*item) string {
	for i, a := range prim {
		for _, b := range prim[i+1:] {
			if a.subject == b.subject || !touching(a.c.Value, b.c.Value) {
				continue
			}
			return fmt.Sprintf("not compared: %s (%s) and %s (%s) only touch at a bound and are told of different subjects",
				a.c.Value.Human(), a.c.Source, b.c.Value.Human(), b.c.Source)
		}
	}
	return ""
}

// touching reports two ranges whose only shared value is a bound: one's
// high end is the other's low end.
func touching(a, b *mention.Value) bool {
	if a == nil || b == nil || a.Bound != mention.Range || b.Bound != mention.Range || a.Low == nil || a.High == nil || b.Low == nil || b.High == nil {
		return false
	}
	return *a.High == *b.Low && *a.Low < *b.Low || *b.High == *a.Low && *b.Low < *a.Low
}

// perpetratorShift reports a casualty group in which one count includes the
// perpetrator and another does not: "three dead, including the gunman" and
// "two others dead" are one total, so counts without him are compared as
// one more.
func perpetratorShift(items []*item) bool {
	inc, exc := false, false
	for _, it := range items {
		switch frameOf(it.c).Perpetrator {
		case perpIncluded:
			inc = true
		case perpExcluded:
			exc = true
		}
	}
	return inc && exc
}

// includesPerpetrator reports a casualty group in which a count says it
// includes the perpetrator ("three dead, including the gunman"): a count
// that does not say may or may not count him ("two others dead"), so it
// agrees with that total or one less.
func includesPerpetrator(items []*item) bool {
	for _, it := range items {
		if frameOf(it.c).Perpetrator == perpIncluded {
			return true
		}
	}
	return false
}

// perpetratorNote explains the reading perpetratorShift or
// includesPerpetrator makes, or "".
func perpetratorNote(items []*item) string {
	by := map[string][]string{} // perpetrator flag -> "value (source)"
	for _, it := range items {
		p := frameOf(it.c).Perpetrator
		by[p] = append(by[p], it.c.Value.Human()+" ("+it.c.Source+")")
	}
	inc := strings.Join(by[perpIncluded], ", ")
	switch {
	case inc == "":
		return ""
	case len(by[perpExcluded]) > 0:
		return fmt.Sprintf("%s includes the perpetrator and %s does not: compared with one added to the count without him",
			inc, strings.Join(by[perpExcluded], ", "))
	case len(by[""]) > 0:
		return fmt.Sprintf("%s includes the perpetrator and %s does not say: read as with or without him",
			inc, strings.Join(by[""], ", "))
	}
	return ""
}

// timeSummary is the summary of two event times that cannot both hold:
// "event-time landfall: "landfall shortly after midnight local time" (bbc)
// vs "landfall around 1 a.m." (cnn)".
func timeSummary(kind string, fr *FactFrame, lo, hi *item) string {
	what := kind
	if fr != nil && fr.Head != "" {
		what += " " + fr.Head
	}
	return fmt.Sprintf("%s: %q (%s) vs %q (%s)", what, lo.c.Text, lo.c.Source, hi.c.Text, hi.c.Source)
}

// timeKeys is when each item's figure holds (timeKey), comparable across
// the items: when some are known to the day only, instants are cut to
// their day, so that a figure "on Thursday" and one "at 4 p.m. Thursday"
// are one time, never an earlier and a later one.
func timeKeys(items []*item, pub map[string]string) []string {
	keys := make([]string, len(items))
	short := false
	for i, it := range items {
		keys[i] = timeKey(it, pub)
		short = short || keys[i] != "" && len(keys[i]) <= len("2006-01-02")
	}
	if short {
		for i, k := range keys {
			if len(k) > len("2006-01-02") {
				keys[i] = k[:len("2006-01-02")]
			}
		}
	}
	return keys
}

// timeOrder sorts the primary items that have a value by when they hold
// (timeKeys; pub maps a document to its publication time), earliest first,
// and gives each its time and each document its rank in that order, for an
// update's summary and claim order.
func timeOrder(prim []*item, pub map[string]string) ([]*item, map[*item]string, map[string]int) {
	var withValue []*item
	for _, it := range prim {
		if it.c.Value != nil {
			withValue = append(withValue, it)
		}
	}
	ks := timeKeys(withValue, pub)
	keys := map[*item]string{}
	for i, it := range withValue {
		keys[it] = ks[i]
	}
	order := slices.Clone(withValue)
	sort.SliceStable(order, func(i, j int) bool { return keys[order[i]] < keys[order[j]] })
	rank := map[string]int{}
	for i, it := range order {
		if _, ok := rank[it.c.Doc]; !ok {
			rank[it.c.Doc] = i
		}
	}
	return order, keys, rank
}

// timeKey is when a figure holds, for ordering an update: its anchor's
// instant or day, else its document's publication time (pub); "" when
// unknown.
func timeKey(it *item, pub map[string]string) string {
	if a := anchorOf(it.c); a != nil {
		switch {
		case a.Instant != "":
			return a.Instant
		case a.Precision == "day" && !strings.HasPrefix(a.Start, "--"):
			return a.Start
		}
	}
	return pub[it.c.Doc]
}

// agreeTimes reports whether event times can all hold at once; if not, it
// names two that cannot (the earlier first) and a note with their
// readings.
func agreeTimes(items []*item) (*item, *item, string, bool) {
	for i := range items {
		for j := i + 1; j < len(items); j++ {
			a, b := items[i].span, items[j].span
			if !items[i].timed || !items[j].timed || a.axis != b.axis || overlaps(a, b) {
				continue
			}
			x, y := items[i], items[j]
			if b.hi < a.lo {
				x, y, a, b = y, x, b, a
			}
			return x, y, fmt.Sprintf("read as %s (%s) and %s (%s): they do not overlap", a.read, x.c.Source, b.read, y.c.Source), false
		}
	}
	return nil, nil, "", true
}

// matched lists the fields at least two of the items give alike: what the
// finding's claims were seen to share.
func matched(items []*item) []string {
	var out []string
	count := func(get func(it *item) string) bool {
		seen := map[string]int{}
		for _, it := range items {
			if it.restates {
				continue
			}
			if v := strings.ToLower(get(it)); v != "" {
				seen[v]++
				if seen[v] > 1 {
					return true
				}
			}
		}
		return false
	}
	for _, f := range []struct {
		name string
		get  func(it *item) string
	}{
		{fieldSubject, func(it *item) string { return it.subject }},
		{fieldVictim, func(it *item) string { return it.c.Victim }},
		{fieldHead, func(it *item) string { return frameOf(it.c).Head }},
		{fieldEntity, func(it *item) string { return frameOf(it.c).Entity }},
		{fieldChange, func(it *item) string { return frameField(frameOf(it.c), fieldChange) }},
		{fieldPer, func(it *item) string { return frameOf(it.c).Per }},
		{fieldScope, func(it *item) string { return frameOf(it.c).Scope }},
		{fieldTime, func(it *item) string {
			if it.c.Date == nil {
				return ""
			}
			return it.c.Date.Start
		}},
		{fieldPlace, func(it *item) string { return it.place }},
	} {
		if count(f.get) {
			out = append(out, f.name)
		}
	}
	return out
}

// distinctValues maps each document to its value when the documents'
// values are not all written alike; nil when they are.
func distinctValues(values []SideValue) map[string]string {
	out := map[string]string{}
	differ := false
	for _, v := range values {
		out[v.Doc] = v.Value
		differ = differ || v.Value != values[0].Value
	}
	if !differ {
		return nil
	}
	return out
}

// describeFact renders a claim's fact: "troops about 5,200 troops
// (subject United States, place Iraq)".
func describeFact(c *claims.Claim) string {
	when := ""
	if c.Date != nil {
		when = c.Date.String()
	}
	return withSlots(factHead(c), c, c.Subject, c.Place, when)
}

// factHead is a fact's kind and value: "killed 13 people", or for a
// killing of someone named without a figure, its victim ("killed Qassem
// Soleimani", the kind said once).
func factHead(c *claims.Claim) string {
	if c.Value == nil && c.Date == nil && c.Victim != "" {
		return c.Kind + " " + c.Victim
	}
	return c.Kind + " " + valueText(c)
}

// withSlots adds to a fact's head, in parentheses, the slots given: its
// subject (none for a quote, whose subject is its speaker), place, time
// (only of a figure) and more.
func withSlots(head string, c *claims.Claim, subject, place, time string, more ...string) string {
	var slots []string
	if subject != "" && c.Kind != claims.KindQuote {
		slots = append(slots, "subject "+subject)
	}
	if place != "" {
		slots = append(slots, "place "+place)
	}
	if time != "" && c.Value != nil {
		slots = append(slots, "time "+time)
	}
	slots = append(slots, more...)
	if len(slots) == 0 {
		return head
	}
	return head + " (" + strings.Join(slots, ", ") + ")"
}
