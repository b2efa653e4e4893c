package rules

import (
	"maps"
	"slices"
	"strings"

	"github.com/claimdiff/claimdiff/claims/english"
	"github.com/claimdiff/claimdiff/claims/phrase"
	"gopkg.in/yaml.v3"
)

// Frames is the vocabulary that tells what a number measures: the words
// that make it a change ("fell 4.1%") rather than a level ("at $58.24"),
// the words that set its scope ("so far", "now"), the verbs that link a
// measured thing to its figure ("the toll reached 18") and the words that
// end a counted noun phrase ("16 people dead").
type Frames struct {
	// Up and Down are direction words, verbs and nouns: "rose", "up",
	// "increase"; "fell", "down", "cut".
	Up, Down *phrase.Set[bool]
	// Levels stand before a figure that is a level after a change: "at",
	// "to" in "fell 4% to $61.20".
	Levels *phrase.Set[bool]
	// Links are verbs between a measured thing and its figure: "reached",
	// "stood at", "totalled".
	Links *phrase.Set[bool]
	// Per introduces a rate's denominator: "per", "a", "each".
	Per *phrase.Set[bool]
	// Current, Total and Previous scope a count: "now", "so far", "a year
	// earlier".
	Current, Total, Previous *phrase.Set[bool]
	// Predicates end a counted noun phrase: "dead", "missing", "alive".
	Predicates *phrase.Set[bool]
	// NotCounted are heads a generic count never takes: "block" (an
	// address), "a.m.".
	NotCounted *phrase.Set[bool]
	// Incidents are the events a casualty count can belong to: "shooting",
	// "attack", "leak".
	Incidents *phrase.Set[bool]
	// IncidentVerbs are verb phrases whose object is an incident's word
	// and that name no incident: "open fire" ("someone in another car
	// opened fire" is no other incident's shooting), each verb in every
	// form.
	IncidentVerbs *phrase.Set[bool]
	// Events are the nouns of events whose time outlets report and may
	// disagree on: "landfall", "trial", "vaccination". Each with a time
	// beside it in its sentence is an event-time claim.
	Events *phrase.Set[bool]
	// StartedEvents are the nouns that name an event with a time only
	// beside a word of EventStarts: "trial" is a court's or a drug's, and
	// "the trial found him guilty in 2018" dates no start, while "the trial
	// launched last week" does.
	StartedEvents *phrase.Set[bool]
	// EventStarts are the words that start an event: "begin", "launched".
	EventStarts *phrase.Set[bool]
	// Schedules are the words that make an event's time a plan that is
	// set and moved ("scheduled", "tentative", "postponed"): no event-time
	// claim is read from them.
	Schedules *phrase.Set[bool]
	// NotChanges are phrases ending in a word of Up or Down that name a
	// thing, not a move: "storm surge" (its height is a level).
	NotChanges *phrase.Set[bool]
	// Partitives are nouns that count what their "of" names: "three counts
	// of child abuse" counts abuse charges, "two pairs of shoes" shoes.
	Partitives *phrase.Set[bool]
	// Owners are the verbs whose subject owns the figure after them:
	// what it has, gets, gives, spends or faces ("The authorities made 47
	// arrests", "Tarrant admitted to 51 charges"), in every form; not
	// the verbs of acting on others ("Police are searching for two
	// gunmen").
	Owners *phrase.Set[bool]
	// PeopleVerbs are the verbs only people are the subject of, in every
	// form: a bare count before one counts people ("Half a million have
	// been told to leave").
	PeopleVerbs *phrase.Set[bool]
	// AudienceVerbs are the verbs of speech whose object is an audience
	// ("tell", "address"): a count right after one counts whom its subject
	// spoke to ("Clinton told about 600 supporters"), though the verb is an
	// attribution cue. Inflected on load.
	AudienceVerbs *phrase.Set[bool]
	// Catenatives are the verbs and adjectives a "to" infinitive hangs on
	// in a verb group ("seems to have provided", "was able to pay"), which
	// leave the clause's subject the infinitive's. Verbs inflected on load.
	Catenatives *phrase.Set[bool]
	// Namings are the words that give a thing its name after it: "a
	// yacht called the Lady May", "a campaign named We Build The Wall".
	// The name is then what the thing's figure belongs to.
	Namings *phrase.Set[bool]
	// Witnesses are the verbs of perceiving, in every form: their subject
	// does not own the figure after them ("Residents heard five gunshots").
	Witnesses *phrase.Set[bool]
	// Displaced are the words that say people were moved or left by an
	// event ("were evacuated", "ordered to leave", "without power"): a
	// count of people they follow or precede belongs to the incident its
	// sentence names, as a casualty count does.
	Displaced *phrase.Set[bool]
	// Enrolments are the words that put people in a body or an event
	// ("recruited for", "signed up to participate in", "took part in"): a
	// count of people they follow is the one the noun phrase after them
	// names ("3,000 people had been recruited for the large-scale trial").
	Enrolments *phrase.Set[bool]
	// Holders are the words after a counted group that say what holds it
	// or what it was taken from ("were in", "evacuated from", "stolen
	// from"): the group or things belong to the thing named after them
	// ("five people were in the house", "1,000 sailors have been evacuated
	// from the ship").
	Holders *phrase.Set[bool]
	// NotHolders are the nouns after a holder word that name where a group
	// is, not what holds it ("evacuated from the area", "were in the
	// hospital").
	NotHolders *phrase.Set[bool]
	// Acts are the nouns of acts a casualty count may count ("47
	// arrests"): such a count is its agent's ("The authorities made 47
	// arrests"), where the people a count counts are no agent's.
	Acts *phrase.Set[bool]
	// Harms are the verbs of harm: whom an agent harms is not its own
	// ("The gunman tried to shoot 2 officers"). Inflected on load.
	Harms *phrase.Set[bool]
	// Countries are place names the frame filler reads as places beside
	// rules.yaml places ("In Cuba, authorities have evacuated ...", "were
	// in the Netherlands"), kept apart from places, which also make a name
	// an organisation speaker and part compare's facts: "Ireland" is a
	// surname too.
	Countries *phrase.Set[bool]
	// Portions are the nouns of the parts a thing comes in ("administered
	// in two doses"): a count of them after a passive is its subject's.
	Portions *phrase.Set[bool]
	// Identifyings are the participles that name a person after them
	// ("a man later identified as 20-year-old ...").
	Identifyings *phrase.Set[bool]
	// PartCounts are the nouns a hyphenated figure counts as parts of the
	// thing it modifies: "a 12-nation trade deal" counts nations (of the
	// deal), "a four-door Mazda" doors; "a 74-page manifesto" measures the
	// manifesto.
	PartCounts *phrase.Set[bool]
	// UnitHeads name what a figure measures when the text names nothing
	// but its unit: unit -> head ("km" -> "distance", "day" ->
	// "duration", "people" -> "person").
	UnitHeads map[string]string
	// AfterHeads name what a duration or an amount with no noun of its own
	// measures, by the phrase right after it: phrase -> head ("six years
	// in office": "tenure", "one year in prison": "prison").
	AfterHeads *phrase.Set[string]
	// VerbHeads name what such an amount is by the verb right before it,
	// in every form: verb -> head ("would cost about $8 billion": "cost",
	// "spent $1 million": "spending").
	VerbHeads *phrase.Set[string]
	// Measures are the things outlets count or measure in their own
	// words: "positive tests", "known cases" and "cases" are one tally.
	// Compare puts figures of one measure in one frame.
	Measures []*Measure
	// Parts are partitions of the people a count can count: in each, head
	// -> the part it names ("man" -> "adults", "boy" -> "children"). Two
	// counts whose heads name different parts of one partition ("four
	// adults shot", "1 child shot") count different people.
	Parts []map[string]string
	// Includes maps a kind to the kinds its count includes: "shot"
	// counts the dead and the wounded together, so "4 Shot, 1 Killed" may
	// be four in all or four besides the one killed.
	Includes map[string][]string
}

// IsPart reports whether a head names a part of one of the rules'
// partitions ("adults", "boys"), not a whole ("people", "victims").
func (f *Frames) IsPart(head string) bool {
	for _, p := range f.Parts {
		if _, ok := p[head]; ok {
			return true
		}
	}
	return false
}

// DifferentParts reports whether two heads name different parts of one of
// the rules' partitions, and names them ("adults vs children").
func (f *Frames) DifferentParts(a, b string) (string, bool) {
	if a == "" || b == "" || a == b {
		return "", false
	}
	for _, p := range f.Parts {
		pa, okA := p[a]
		pb, okB := p[b]
		if okA && okB && pa != pb {
			return pa + " vs " + pb, true
		}
	}
	return "", false
}

// Measure is one measured thing and the words outlets name it by.
type Measure struct {
	// Name is the measure's name in the rules and in findings ("cases").
	Name string
	// Heads are the measured phrases that name it, lower case with the
	// last word singular as frame heads are ("case", "positive test").
	// A figure's measured phrase names the measure when its last words
	// are one of them.
	Heads [][]string
	// Cues are words in the figure's clause after it that make a count
	// of people this measure: "100 people aboard have been infected".
	Cues []string
	// Revisable marks a running tally that grows as a story develops:
	// a later report with another figure is an update.
	Revisable bool
	// ReportedCount reads "at least N" as the reporter's count N, as
	// casualty counts are read.
	ReportedCount bool
	// Kind, when set, is the rules kind a count of this measure is
	// compared as: a count of people "rushed to the hospital" is an
	// injured count, beside the casualty rules' "taken to hospital".
	Kind string
}

// MeasureOf returns the measure a figure's frame names: by the measured
// phrase's last words (head the singular last word), or by a cue in the
// text that follows the figure in its clause (lower case). Nil for none.
func (f *Frames) MeasureOf(measured, head, after string) *Measure {
	words := strings.Fields(strings.ToLower(measured))
	if head != "" {
		if len(words) == 0 {
			words = []string{head}
		} else {
			words[len(words)-1] = head
		}
	}
	var best *Measure
	bestLen := 0
	for _, m := range f.Measures {
		for _, h := range m.Heads {
			if len(h) > bestLen && len(h) <= len(words) && slices.Equal(h, words[len(words)-len(h):]) {
				best, bestLen = m, len(h)
			}
		}
	}
	for _, m := range f.Measures {
		for _, cue := range m.Cues {
			if hasPhrase(after, cue) {
				return m
			}
		}
	}
	return best
}

// hasPhrase reports whether text holds phrase as whole words.
func hasPhrase(text, phrase string) bool {
	for i := 0; ; {
		k := strings.Index(text[i:], phrase)
		if k < 0 {
			return false
		}
		start, end := i+k, i+k+len(phrase)
		if (start == 0 || !isWordByte(text[start-1])) && (end == len(text) || !isWordByte(text[end])) {
			return true
		}
		i = start + 1
	}
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '-' || b >= 0x80
}

var frameFields = []string{"up", "down", "levels", "links", "per", "current", "total", "previous", "predicates", "not-counted", "incidents", "incident-verbs", "events", "started-events", "event-starts", "schedules", "partitives", "not-changes", "owner-verbs", "people-verbs", "audience-verbs", "catenatives", "namings", "witness-verbs", "displaced", "enrolments", "holders", "not-holders", "acts", "harm-verbs", "countries", "portions", "identifyings", "part-counts", "unit-heads", "after-heads", "verb-heads", "measures", "parts", "includes"}

func newFrames() *Frames {
	return &Frames{Up: phrase.New[bool](), Down: phrase.New[bool](), Levels: phrase.New[bool](),
		Links: phrase.New[bool](), Per: phrase.New[bool](), Current: phrase.New[bool](),
		Total: phrase.New[bool](), Previous: phrase.New[bool](), Predicates: phrase.New[bool](), NotCounted: phrase.New[bool](), Incidents: phrase.New[bool](), IncidentVerbs: phrase.New[bool](), Events: phrase.New[bool](), StartedEvents: phrase.New[bool](), EventStarts: phrase.New[bool](), Schedules: phrase.New[bool](), Partitives: phrase.New[bool](), NotChanges: phrase.New[bool](), Owners: phrase.New[bool](), PeopleVerbs: phrase.New[bool](), AudienceVerbs: phrase.New[bool](), Catenatives: phrase.New[bool](), Namings: phrase.New[bool](), Witnesses: phrase.New[bool](), Displaced: phrase.New[bool](), Enrolments: phrase.New[bool](), Holders: phrase.New[bool](), NotHolders: phrase.New[bool](), Acts: phrase.New[bool](), Harms: phrase.New[bool](), Countries: phrase.New[bool](), Portions: phrase.New[bool](), Identifyings: phrase.New[bool](), PartCounts: phrase.New[bool](), UnitHeads: map[string]string{},
		AfterHeads: phrase.New[string](), VerbHeads: phrase.New[string]()}
}

func (f *Frames) sets() map[string]*phrase.Set[bool] {
	return map[string]*phrase.Set[bool]{"up": f.Up, "down": f.Down, "levels": f.Levels, "links": f.Links,
		"per": f.Per, "current": f.Current, "total": f.Total, "previous": f.Previous,
		"predicates": f.Predicates, "not-counted": f.NotCounted, "incidents": f.Incidents, "incident-verbs": f.IncidentVerbs, "events": f.Events, "started-events": f.StartedEvents, "event-starts": f.EventStarts, "schedules": f.Schedules, "partitives": f.Partitives, "not-changes": f.NotChanges, "owner-verbs": f.Owners, "people-verbs": f.PeopleVerbs, "audience-verbs": f.AudienceVerbs, "catenatives": f.Catenatives, "namings": f.Namings, "witness-verbs": f.Witnesses, "displaced": f.Displaced, "enrolments": f.Enrolments, "holders": f.Holders, "not-holders": f.NotHolders, "acts": f.Acts, "harm-verbs": f.Harms, "countries": f.Countries, "portions": f.Portions, "identifyings": f.Identifyings, "part-counts": f.PartCounts}
}

func (f *Frames) clone() *Frames {
	c := newFrames()
	dst := c.sets()
	for k, s := range f.sets() {
		for _, w := range s.Words() {
			dst[k].Add(w, true)
		}
	}
	for k, v := range f.UnitHeads {
		c.UnitHeads[k] = v
	}
	for _, set := range [][2]*phrase.Set[string]{{f.AfterHeads, c.AfterHeads}, {f.VerbHeads, c.VerbHeads}} {
		for _, w := range set[0].Words() {
			v, _ := set[0].Get(w)
			set[1].Add(w, v)
		}
	}
	for _, p := range f.Parts {
		c.Parts = append(c.Parts, maps.Clone(p))
	}
	if f.Includes != nil {
		c.Includes = map[string][]string{}
		for k, v := range f.Includes {
			c.Includes[k] = slices.Clone(v)
		}
	}
	for _, m := range f.Measures {
		cm := *m
		cm.Heads = slices.Clone(m.Heads)
		cm.Cues = slices.Clone(m.Cues)
		c.Measures = append(c.Measures, &cm)
	}
	return c
}

func (l *loader) frames(n *yaml.Node, fr *Frames) {
	f, _ := l.fields(n, "frames", frameFields...)
	sets := fr.sets()
	if v := f["unit-heads"]; v != nil {
		hf, order := l.fields(v, "frames.unit-heads")
		for _, head := range order {
			for _, u := range l.strs(hf[head], "unit-heads of "+head) {
				fr.UnitHeads[u] = head
			}
		}
	}
	l.namedHeads(f["after-heads"], "frames.after-heads", fr.AfterHeads, false)
	l.namedHeads(f["verb-heads"], "frames.verb-heads", fr.VerbHeads, true)
	if v := f["measures"]; v != nil {
		l.measureKinds = append(l.measureKinds, l.measures(v, fr)...)
	}
	if v := f["parts"]; v != nil {
		l.parts(v, fr)
	}
	if v := f["includes"]; v != nil {
		inc, order := l.fields(v, "frames.includes")
		if fr.Includes == nil {
			fr.Includes = map[string][]string{}
		}
		for _, k := range order {
			fr.Includes[k] = append(fr.Includes[k], l.strs(inc[k], "frames.includes."+k)...)
		}
	}
	for _, key := range frameFields {
		if sets[key] == nil {
			continue
		}
		if v := f[key]; v != nil {
			for _, s := range l.strs(v, "frames."+key) {
				if key == "owner-verbs" || key == "people-verbs" || key == "witness-verbs" || key == "audience-verbs" || key == "catenatives" || key == "harm-verbs" || key == "incident-verbs" {
					// a verb in every form: "admit to" is "admitted to"
					addForms(sets[key], s, listed, nil)
				} else {
					sets[key].Add(strings.ToLower(s), true)
				}
			}
		}
	}
}

// namedHeads reads a map head -> phrases into set (phrase -> head), each
// verb in every form when verbs is set ("serve": "served", "serving").
func (l *loader) namedHeads(n *yaml.Node, what string, set *phrase.Set[string], verbs bool) {
	if n == nil {
		return
	}
	hf, order := l.fields(n, what)
	for _, head := range order {
		for _, w := range l.strs(hf[head], what+"."+head) {
			if verbs {
				addForms(set, w, func(string) string { return head }, nil)
			} else {
				set.Add(strings.ToLower(w), head)
			}
		}
	}
}

// measures reads frames.measures: name -> {heads, cues, revisable,
// reported-count, kind}. It returns the kind: nodes. A measure named again (in a file that extends another)
// gains the heads and cues and takes the flags given.
func (l *loader) measures(n *yaml.Node, fr *Frames) []*yaml.Node {
	var kinds []*yaml.Node // the kind: nodes, checked once the kinds are read
	mf, order := l.fields(n, "frames.measures")
	for _, name := range order {
		what := "frames.measures." + name
		f, _ := l.fields(mf[name], what, "heads", "cues", "revisable", "reported-count", "kind")
		if f == nil {
			continue
		}
		var m *Measure
		for _, old := range fr.Measures {
			if old.Name == name {
				m = old
			}
		}
		if m == nil {
			m = &Measure{Name: name}
			fr.Measures = append(fr.Measures, m)
		}
		if v := f["heads"]; v != nil {
			for _, h := range l.strs(v, what+".heads") {
				m.Heads = append(m.Heads, strings.Fields(strings.ToLower(h)))
			}
		}
		if v := f["cues"]; v != nil {
			for _, c := range l.strs(v, what+".cues") {
				m.Cues = append(m.Cues, lowerPhrase(c))
			}
		}
		if v := f["revisable"]; v != nil {
			m.Revisable = l.boolean(v, what+".revisable")
		}
		if v := f["reported-count"]; v != nil {
			m.ReportedCount = l.boolean(v, what+".reported-count")
		}
		if v := f["kind"]; v != nil {
			m.Kind, _ = l.str(v, what+".kind")
			kinds = append(kinds, v)
		}
		if len(m.Heads) == 0 && len(m.Cues) == 0 {
			l.errf(mf[name], "%s names no heads and no cues", what)
		}
	}
	return kinds
}

// parts reads frames.parts: a list of partitions, each part name -> heads.
func (l *loader) parts(n *yaml.Node, fr *Frames) {
	items, ok := l.list(n, "frames.parts", "a list of partitions (part -> heads)")
	if !ok {
		return
	}
	for _, pn := range items {
		pf, order := l.fields(pn, "frames.parts entry")
		if len(order) < 2 {
			l.errf(pn, "a partition in frames.parts needs at least two parts")
			continue
		}
		p := map[string]string{}
		for _, part := range order {
			for _, h := range l.strs(pf[part], "frames.parts "+part) {
				h = strings.ToLower(h)
				if other, dup := p[h]; dup && other != part {
					l.errf(pf[part], "head %q is in two parts of one partition (%s, %s)", h, other, part)
				}
				p[h] = part
			}
		}
		fr.Parts = append(fr.Parts, p)
	}
}

// addForms adds phrase s to set, lower case, and when it opens with a
// base verb its inflections too ("point out": "points out", "pointed
// out", "pointing out"), each with the value val gives for it; a form
// take refuses stays out (nil takes them all). The loader's one way to
// read a verb listed by its base form.
func addForms[V any](set *phrase.Set[V], s string, val func(form string) V, take func(form string) bool) {
	s = strings.ToLower(s)
	set.Add(s, val(s))
	for _, form := range verbPhraseForms(s) {
		if take == nil || take(form) {
			set.Add(form, val(form))
		}
	}
}

// listed is the value of a phrase in a set of phrases: it is listed.
func listed(string) bool { return true }

// verbPhraseForms are a verb phrase's forms, its first word in each form
// of the verb (english.VerbForms) and the rest as written, lower case:
// "admit to" gives "admits to", "admitted to", "admitting to".
func verbPhraseForms(phrase string) []string {
	first, rest, _ := strings.Cut(strings.ToLower(phrase), " ")
	if rest != "" {
		rest = " " + rest
	}
	forms := english.VerbForms(first)
	out := make([]string, len(forms))
	for i, f := range forms {
		out[i] = f + rest
	}
	return out
}
