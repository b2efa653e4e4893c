package claims

import (
	"github.com/claimdiff/claimdiff/claims/english"
	"github.com/claimdiff/claimdiff/claims/mention"
)

// initialWindow is how many tokens before a count a word of rules.yaml
// casualties.initial may stand ("Originally, reports said that eight
// teens were injured").
const initialWindow = 12

// laterDeaths reads the victims counted among the wounded who died later,
// over a document's casualty claims in text order (derived ones after):
// a death count that says so (rules.yaml casualties.later-deaths) and
// counts some of the wounded ("one of them later died", "two more people
// have since died", "one of five people hurt ... has died") leaves the
// wounded count before it (in its sentence or the followWindow before) as
// first reported (scope revised) and adds the standing figures at the
// death's place: the wounded minus those who died, and, when a death
// toll came with the wounded, that toll plus them (it too is then the
// first report). Deaths "more" than some told before ("two more have
// since died") revise nothing unless that toll came with the wounded:
// the standing figures are unknown. Deaths of a shot total they name
// ("one of five people shot Sunday has died") leave every wounded count
// of the whole total, anywhere in the document, first reported
// (woundedBeforeDeaths). Each kind's figure is derived once. It then
// marks the first reports the document names as such (initialReports),
// takes back (correctedReports), or says the figure has risen from
// (risenTolls).
func (t casualtyText) laterDeaths(cs []Claim) []Claim {
	n := len(cs)
	derived := map[string]bool{}
	for k := 0; k < n; k++ {
		if cs[k].Kind != kindKilled {
			continue // read before the claim is copied: most are no deaths
		}
		d := cs[k]
		if d.Value == nil || d.Value.Bound != mention.Exact || d.Value.Number <= 0 ||
			d.Frame != nil && d.Frame.Scope != "" && d.Frame.Scope != scopePart || !t.diedLater(&d) {
			continue
		}
		if m, ok := t.shotOf(&d); ok {
			if !derived[kindInjured] { // the deaths name the total they are of
				derived[kindInjured] = true
				cs = append(cs, standing(d, d, kindShot, m), standing(d, d, kindInjured, m-d.Value.Number))
				woundedBeforeDeaths(cs[:n], m)
			}
			continue
		}
		w, j := t.woundedBefore(cs[:n], k), -1
		if w >= 0 {
			j = tollWith(cs[:n], w, k)
		} else {
			w, j = t.afterShotDeaths(cs[:n], k)
		}
		if w < 0 || derived[kindInjured] {
			continue
		}
		if j < 0 && t.toks[d.tok+1].Norm == "more" {
			continue // "two more have since died" after deaths not counted with the wounded: the toll is unknown
		}
		derived[kindInjured] = true
		cs = append(cs, standing(d, cs[w], kindInjured, cs[w].Value.Number-d.Value.Number))
		setScope(&cs[w], scopeRevised)
		if j >= 0 && !derived[kindKilled] {
			derived[kindKilled] = true
			cs = append(cs, standing(d, cs[j], kindKilled, cs[j].Value.Number+d.Value.Number))
			setScope(&cs[j], scopeRevised)
			setScope(&cs[k], scopePart) // some of the standing toll, not another figure of it
		}
	}
	t.initialReports(cs)
	t.correctedReports(cs)
	t.risenTolls(cs)
	return cs
}

// correctedReports gives the revised scope to a story's count that the
// document takes back right after it: a word of rules.yaml
// casualties.corrections after the count in its sentence or in the next,
// at most correctionReach tokens on ("Officers said early on that the boy
// was dead. Later that day the account was corrected to say he
// survived."). It was reported, and is not the standing figure.
func (t casualtyText) correctedReports(cs []Claim) {
	for i := range cs {
		c := &cs[i]
		if !isCasualty(c.Kind) || !storyCount(c) {
			continue
		}
		to := t.sents[c.sent].Last
		if c.sent+1 < len(t.sents) {
			to = t.sents[c.sent+1].Last
		}
		from := t.claimEnd(c)
		if t.correction(c.sent, from, min(to, from+correctionReach)) {
			setScope(c, scopeRevised)
		}
	}
}

// correction reports a correction of a report in tokens [from, to) of
// sentence sent and the next: a
// word of rules.yaml casualties.corrections that a word of
// casualties.reports stands in or at most correctionSubject tokens
// before, in its sentence ("That figure was incorrect", "the report was
// corrected", "reported in error"), or straight after a pronoun and its
// auxiliaries ("It was later corrected"). "The landlord's claim that the
// smoke detectors worked was incorrect" corrects no report of a count.
func (t casualtyText) correction(sent, from, to int) bool {
	for i := from; i < to; i++ {
		_, n := t.voc.Corrections.Longest(t.toks, i, to)
		if n == 0 {
			continue
		}
		first := t.sents[sent].First
		if sent+1 < len(t.sents) && i >= t.sents[sent+1].First {
			first = t.sents[sent+1].First
		}
		if t.has(t.voc.Reports, max(first, i-correctionSubject), i+n) {
			return true
		}
		j := i - 1
		for j > first && (english.IsAuxiliaryKey(t.toks[j].Key, t.toks[j].Norm) || english.IsAdverbKey(t.toks[j].Key, t.toks[j].Norm)) {
			j--
		}
		if j >= first && j < i && (english.IsPronounKey(t.toks[j].Key, t.toks[j].Norm) || english.IsDeterminerKey(t.toks[j].Key, t.toks[j].Norm)) {
			return true
		}
	}
	return false
}

// correctionSubject bounds how many tokens before a correction the report
// it corrects may be named ("the initial death toll was incorrect").
const correctionSubject = 3

// correctionReach bounds how many tokens after a count a correction may
// stand.
const correctionReach = 3 * slotWindow

// diedLater reports a death count that says its victims died after being
// counted wounded and counts some of a group: its number then "of" or
// "more" ("one of them later died", "two more have since died").
func (t casualtyText) diedLater(d *Claim) bool {
	s := t.sents[d.sent]
	if d.tok+1 >= s.Last {
		return false
	}
	if w := t.toks[d.tok+1].Norm; w != "of" && w != "more" {
		return false
	}
	return t.has(t.voc.LaterDeaths, d.tok, min(s.Last, t.claimEnd(d)+causeWindow))
}

// woundedBefore finds the wounded count the deaths cs[k] come from: the
// nearest exact count of the wounded, the story's own and of no other
// cause, above the deaths, inside the death count's words ("one of five
// people hurt ... has died") or before it, in its sentence or the
// followWindow before; -1 when there is none.
func (t casualtyText) woundedBefore(cs []Claim, k int) int {
	d := &cs[k]
	ok := func(c *Claim) bool {
		return woundedCount(c) && c.Value.Bound == mention.Exact && c.Value.Number > d.Value.Number
	}
	end := t.claimEnd(d)
	for j := k + 1; j < len(cs) && j <= k+claimWindow && cs[j].tok >= d.tok && cs[j].tok < end; j++ {
		if ok(&cs[j]) {
			return j
		}
	}
	for j := k - 1; j >= 0 && j >= k-claimWindow && cs[j].sent >= d.sent-followWindow; j-- {
		if ok(&cs[j]) {
			return j
		}
	}
	return -1
}

// woundedBeforeDeaths gives the revised scope to the story's exact
// injured counts of all those shot, m, when some of them died later ("One
// of five people shot Sunday has died ... Five people taken to hospital
// after shooting"): the five were all hurt before one died, a first
// report of the wounded.
func woundedBeforeDeaths(cs []Claim, m float64) {
	for i := range cs {
		c := &cs[i]
		if c.Kind == kindInjured && storyCount(c) && c.Value.Bound == mention.Exact && c.Value.Number == m {
			setScope(c, scopeRevised)
		}
	}
}

// shotOf reads the shot total the later deaths d name in their own words
// ("one of five people shot Sunday ... has died"): the exact number after
// "of" (or "of the"), larger than the deaths, when "shot" follows it in
// d's words, or "hit" or "struck" and gunfire (rules.yaml
// casualties.gunfire: "hit by gunfire"). The total is then shot, and the
// wounded it leaves injured.
func (t casualtyText) shotOf(d *Claim) (float64, bool) {
	k, end := d.tok+2, t.claimEnd(d)
	if k < end && t.toks[k].Norm == "the" {
		k++
	}
	m := t.in.Cover(k)
	if k >= end || m < 0 || t.in.Mentions[m].First != k {
		return 0, false
	}
	v := t.in.Mentions[m].Value
	if v == nil || v.Bound != mention.Exact || v.Number <= d.Value.Number {
		return 0, false
	}
	for i := t.in.Mentions[m].Last; i < end; i++ {
		switch t.toks[i].Norm {
		case "shot":
			return v.Number, true
		case "hit", "struck":
			// "one of three people hit by gunfire": struck by a bullet
			if _, n := t.voc.Gunfire.Longest(t.toks, i+1, end); n > 0 {
				return v.Number, true
			}
		}
	}
	return 0, false
}

// afterShotDeaths finds, for the later deaths cs[k], the wounded count
// derived from a shot total before them (appended after the claims it was
// derived from: index above k, text before) when that count already left
// out other deaths, a death toll by number between the total and cs[k] ("Five
// people were shot, one fatally. One of the wounded later died": the
// wounded 4 then lose one more). It returns the wounded count and that
// toll, or -1, -1: a wounded count the deaths themselves were taken from
// ("Three people were shot. One of them died at the hospital": the
// wounded 2) is no first report.
func (t casualtyText) afterShotDeaths(cs []Claim, k int) (w, toll int) {
	d := &cs[k]
	for j := k + 1; j < len(cs) && j <= k+claimWindow; j++ {
		c := &cs[j]
		if c.Kind != kindInjured || c.tok >= d.tok || c.sent < d.sent-followWindow || !storyCount(c) ||
			c.Value.Bound != mention.Exact || c.Value.Number <= d.Value.Number {
			continue
		}
		for m := k - 1; m >= 0 && m >= k-claimWindow && cs[m].tok >= c.tok; m-- {
			if o := &cs[m]; o.Kind == kindKilled && o.val >= 0 && storyCount(o) && o.Value.Bound == mention.Exact && o.Value.Number > 0 {
				return j, m
			}
		}
		return -1, -1
	}
	return -1, -1
}

// tollWith finds a death toll given with the wounded count cs[w], before
// it in its sentence ("three were killed and four hurt"),
// other than the later deaths cs[k]; -1 when there is none.
func tollWith(cs []Claim, w, k int) int {
	for j := w - 1; j >= 0 && j >= w-claimWindow && cs[j].sent == cs[w].sent; j-- {
		c := &cs[j]
		if j != k && c.Kind == kindKilled && storyCount(c) && c.Value.Bound == mention.Exact {
			return j
		}
	}
	return -1
}

// standing is a standing figure of kind derived at the later deaths d: n
// people, in the frame of the count it revises (was), the story's own, as
// of the deaths' time when they give one ("have since died, police said
// Monday").
func standing(d, was Claim, kind string, n float64) Claim {
	s := d
	s.Kind = kind
	s.Value = &mention.Value{Number: n, Bound: mention.Exact, Unit: was.Value.Unit}
	s.Frame = nil
	if was.Frame != nil {
		f := *was.Frame
		f.Scope = ""
		s.Frame = &f
	}
	if d.Frame != nil && d.Frame.Time != nil {
		frameFor(&s).Time = d.Frame.Time
	}
	return s
}

// reportsNotPrevious takes back the previous scope the frames gave a
// casualty count (rules.yaml frames.previous) when every word of that
// list near it (initialWindow tokens either side, in its sentence) is
// one of casualties.initial: "at first, officers said three
// were killed" is the story's first report, not another
// incident ("Officers responding to initial reports of a shooting found
// three people wounded" is the story's count). initialReports then tells
// which are first reports.
func (t casualtyText) reportsNotPrevious(cs []Claim) {
	for i := range cs {
		c := &cs[i]
		if !isCasualty(c.Kind) || c.Frame == nil || c.Frame.Scope != scopePrevious {
			continue
		}
		s := t.sents[c.sent]
		lo, hi := max(s.First, c.tok-initialWindow), min(s.Last, t.claimEnd(c)+initialWindow)
		initial, other := false, false
		for k := lo; k < hi; k++ {
			if _, n := t.prev.Longest(t.toks, k, hi); n > 0 {
				_, m := t.voc.Initial.Longest(t.toks, k, hi)
				initial = initial || m > 0
				other = other || m == 0
			}
		}
		if initial && !other {
			c.Frame.Scope = ""
		}
	}
}

// initialReports gives the initial scope to a count the document names a
// first report (a word of rules.yaml casualties.initial before it in its
// sentence: "Originally, six students were said to be hurt")
// when it gives another figure of the kind, the one that revised it, or
// its sentence goes on to deaths since ("At first, officers said three
// were killed and four hurt, but another two have since died"): the report is revised as a whole.
func (t casualtyText) initialReports(cs []Claim) {
	since := map[int]bool{} // sentences that tell of deaths after the first report
	for i := range cs {
		if c := &cs[i]; c.Kind == kindKilled && c.Value != nil && t.diedLater(c) {
			since[c.sent] = true
		}
	}
	figures := map[string]map[float64]bool{}
	for i := range cs {
		if c := &cs[i]; isCasualty(c.Kind) && storyCount(c) {
			if figures[c.Kind] == nil {
				figures[c.Kind] = map[float64]bool{}
			}
			figures[c.Kind][c.Value.Number] = true
		}
	}
	for i := range cs {
		c := &cs[i]
		if !isCasualty(c.Kind) || !storyCount(c) || len(figures[c.Kind]) < 2 && !since[c.sent] {
			continue
		}
		s := t.sents[c.sent]
		if t.firstReport(max(s.First, c.tok-initialWindow), c.tok) {
			setScope(c, scopeRevised)
		}
	}
}

// firstReport reports a word of casualties.initial in tokens [from, to)
// that calls a figure a first report: not one of reports of an event
// ("initial reports of a shooting").
func (t casualtyText) firstReport(from, to int) bool {
	for i := from; i < to; i++ {
		if _, n := t.voc.Initial.Longest(t.toks, i, to); n > 0 && (i+n >= to || t.toks[i+n].Norm != "of") {
			return true
		}
	}
	return false
}

// takenBack reports a story's count the document calls a first report
// (firstReport, at most initialWindow tokens before it) or corrects
// between its end and token to, in its sentence or the next, at most
// correctionReach tokens on, as laterDeaths reads corrections ("Initial
// reports said 10 people were injured"): not the standing figure, so no
// larger count that others after it are some of. The reach keeps a
// document of many counts in one long sentence linear.
func (t casualtyText) takenBack(o *Claim, to int) bool {
	s := t.sents[o.sent]
	if o.sent+1 < len(t.sents) {
		to = min(to, t.sents[o.sent+1].Last)
	}
	end := t.claimEnd(o)
	return t.firstReport(max(s.First, o.tok-initialWindow), o.tok) || t.correction(o.sent, end, min(to, end+correctionReach))
}
