package rules

import (
	"slices"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/claimdiff/claimdiff/claims/mention"
	"github.com/claimdiff/claimdiff/claims/phrase"
)

// The sections of a rules file: the top-level walk and the vocabulary
// sections (aliases, units, attribution, compare, kinds).

var topFields = []string{"version", "extends", "disable", "aliases", "places", "titles", "names", "units", "currencies", "frames", "time", "attribution", "compare", "stories", "casualties", "asides", "kinds", "rules"}

// rules walks the top-level mapping.
func (l *loader) rules(doc *yaml.Node, base func() (*Rules, error)) *Rules {
	f, _ := l.fields(doc, "the rules file", topFields...)
	if f == nil {
		return nil
	}
	r := l.start(doc, f, base)
	if n := f["aliases"]; n != nil {
		l.aliases(n, r)
	}
	if n := f["places"]; n != nil {
		for _, p := range l.strs(n, "places") {
			r.Places[r.Normalize(p)] = true
		}
	}
	if n := f["titles"]; n != nil {
		for _, t := range l.strs(n, "titles") {
			r.Titles.Add(t, true)
		}
	}
	if n := f["names"]; n != nil {
		l.nameWords(n, r)
	}
	if n := f["units"]; n != nil {
		l.units(n, r)
	}
	if n := f["currencies"]; n != nil {
		l.currencies(n, r.Currencies)
	}
	if n := f["frames"]; n != nil {
		l.frames(n, r.Frames)
	}
	if n := f["time"]; n != nil {
		l.time(n, r.Time)
	}
	if n := f["attribution"]; n != nil {
		l.attribution(n, r.Attribution)
	}
	if n := f["compare"]; n != nil {
		l.compare(n, &r.Compare)
	}
	if n := f["stories"]; n != nil {
		l.stories(n, &r.Stories)
	}
	if n := f["casualties"]; n != nil {
		l.casualties(n, r.Casualties)
	}
	if n := f["asides"]; n != nil {
		l.asides(n, r.Asides)
	}
	if n := f["kinds"]; n != nil {
		l.kinds(n, r)
	}
	if n := f["disable"]; n != nil {
		l.disable(n, r)
	}
	if n := f["rules"]; n != nil {
		l.ruleList(n, r)
	}
	r.Rules = fallbackLast(r.Rules)
	l.checkExampleUnits(r)
	l.checkMeasureKinds(r)
	r.buildIndex()
	r.buildHeads()
	return r
}

// writesVocabulary reports whether a file of the top-level fields f
// writes to the vocabulary: any section but the version, what it
// extends, its kinds and its rules (and those it disables).
func writesVocabulary(f map[string]*yaml.Node) bool {
	for k := range f {
		switch k {
		case "version", "extends", "kinds", "rules", "disable":
		default:
			return true
		}
	}
	return false
}

// start returns the rules a file begins from: a copy of the defaults for
// `extends: default`, else empty rules; and checks the version.
func (l *loader) start(doc *yaml.Node, f map[string]*yaml.Node, base func() (*Rules, error)) *Rules {
	r := &Rules{File: l.file, Version: LanguageVersion, Kinds: map[string]*Kind{}}
	if n := f["extends"]; n != nil {
		s, _ := l.str(n, "extends")
		switch {
		case s != "default":
			l.errf(n, "extends: only \"default\" (the built-in rules) can be extended, got %q", s)
		case base == nil:
			l.errf(n, "extends: default is not available here")
		default:
			b, err := base()
			if err != nil {
				l.errf(n, "extends: default rules do not load: %v", err)
			} else {
				r = b.clone(l.file)
				if writesVocabulary(f) {
					r.ownVocabulary()
				}
			}
		}
	}
	if r.Aliases == nil {
		r.Aliases = NewAliases()
		r.Titles = phrase.New[bool]()
		r.Units = phrase.New[string]()
		r.Currencies = &mention.Currencies{}
		r.Places = map[string]bool{}
		r.Names = newNames()
		r.Attribution = newAttribution()
		r.Frames = newFrames()
		r.Time = newTime()
		r.Compare = CompareSettings{StatementThreshold: 0.5, StopWords: map[string]bool{}}
		r.Stories = StoriesSettings{BoilerplateWords: map[string]bool{}}
		r.Casualties = newCasualties()
		r.Asides = newAsides()
	}
	if n := f["version"]; n != nil {
		if v, ok := l.float(n, "version"); ok {
			if v != LanguageVersion {
				l.errf(n, "version %v is not supported: this claimdiff reads rules language version %d", v, LanguageVersion)
			}
		}
	} else if f["extends"] == nil {
		l.errf(doc, "missing field \"version\": start the file with `version: %d`", LanguageVersion)
	}
	return r
}

// disable removes the rules that disable: names.
func (l *loader) disable(n *yaml.Node, r *Rules) {
	for _, e := range l.entries(n, "disable") {
		if r.Rule(e.s) == nil {
			l.errf(e.n, "disable: no rule with id %q", e.s)
			continue
		}
		r.remove(e.s)
	}
}

// fallbackLast puts fallback rules last, keeping file order otherwise.
func fallbackLast(rs []*Rule) []*Rule {
	var firsts, lasts []*Rule
	for _, ru := range rs {
		if ru.Fallback {
			lasts = append(lasts, ru)
		} else {
			firsts = append(firsts, ru)
		}
	}
	return append(firsts, lasts...)
}

func (l *loader) aliases(n *yaml.Node, r *Rules) {
	f, order := l.fields(n, "aliases")
	seen := map[string]string{}
	mn := resolve(n)
	for i, canon := range order {
		keyNode := mn.Content[2*i]
		r.Aliases.Add(canon, canon)
		for _, e := range l.entries(f[canon], "aliases of "+canon) {
			key := strings.ToLower(strings.Join(phrase.Split(e.s), " "))
			if prev, dup := seen[key]; dup && prev != canon {
				l.errf(e.n, "alias %q is listed under both %q and %q", e.s, prev, canon)
				continue
			}
			seen[key] = canon
			r.Aliases.Add(canon, e.s)
		}
		if prev, dup := seen[strings.ToLower(canon)]; dup && prev != canon {
			l.errf(keyNode, "%q is an alias of %q and a canonical name too", canon, prev)
		}
		seen[strings.ToLower(strings.Join(phrase.Split(canon), " "))] = canon
	}
}

func (l *loader) units(n *yaml.Node, r *Rules) {
	f, order := l.fields(n, "units")
	for _, name := range order {
		for _, s := range l.strs(f[name], "unit "+name) {
			r.Units.Add(s, name)
		}
	}
}

// currencies reads the currencies: section: ISO 4217 code -> the symbols
// and words that name it.
func (l *loader) currencies(n *yaml.Node, c *mention.Currencies) {
	f, order := l.fields(n, "currencies")
	for _, code := range order {
		if len(code) != 3 || strings.ToUpper(code) != code || strings.IndexFunc(code, func(r rune) bool { return r < 'A' || r > 'Z' }) >= 0 {
			l.errf(f[code], "currency %q: want an ISO 4217 code of three capital letters (USD)", code)
			continue
		}
		for _, e := range l.entries(f[code], "currency "+code) {
			if err := c.Add(e.s, code); err != nil {
				l.errf(e.n, "%v", err)
			}
		}
	}
}

var attributionFields = []string{"cues", "hedge-cues", "according-to", "hedges", "negated-hedges", "anonymous", "organisations", "media", "documents", "quote-cues", "roles",
	"stance-cues", "act-cues", "evidence-cues", "captions", "departments",
	"party-letters", "party-states", "group-quantities", "view-cues", "reproduced", "addressee-cues", "colon-labels", "shared-subject", "shared-subject-adjectives", "writer-cues", "with-openers", "interview-signals", "unnamed-cues", "in-documents", "disputing", "mind-cues", "anonymous-modifiers", "idioms", "pleas", "attributive-hedges", "place-heads", "female-names", "male-names", "clause-cues", "figure-cues"}

func newAttribution() *Attribution {
	return &Attribution{Cues: phrase.New[string](), AccordingTo: phrase.New[bool](), Hedges: phrase.New[bool](), NegatedHedges: phrase.New[bool](),
		HedgeCues: map[string]bool{}, StanceCues: phrase.New[string](), EvidenceCues: phrase.New[string](), ActCues: phrase.New[bool](), Captions: phrase.New[bool](), Anonymous: phrase.New[bool](), Organisations: phrase.New[bool](),
		Media: phrase.New[bool](), Documents: phrase.New[bool](), QuoteCues: phrase.New[string](), Roles: phrase.New[bool](), Departments: phrase.New[bool](),
		PartyTags: phrase.New[bool](), StateAbbreviations: phrase.New[bool](), GroupQuantities: phrase.New[bool](), ViewCues: phrase.New[bool](), Reproduced: phrase.New[bool](),
		AddresseeCues: phrase.New[bool](), ColonLabels: phrase.New[bool](), SharedSubject: phrase.New[bool](), WriterCues: phrase.New[bool](), WithOpeners: phrase.New[bool](), InterviewSignals: phrase.New[bool](), UnnamedCues: phrase.New[bool](), AnonymousModifiers: phrase.New[bool](), InDocuments: phrase.New[bool](),
		Disputing: phrase.New[bool](), MindCues: phrase.New[bool](), Idioms: phrase.New[bool](), AttributiveHedges: phrase.New[bool](),
		PlaceHeads: phrase.New[bool](), FemaleNames: phrase.New[bool](), MaleNames: phrase.New[bool](), ClauseCues: phrase.New[bool](), FigureCues: phrase.New[bool]()}
}

func (l *loader) attribution(n *yaml.Node, a *Attribution) {
	f, _ := l.fields(n, "attribution", attributionFields...)
	add := func(key string, set *phrase.Set[bool]) {
		if v := f[key]; v != nil {
			for _, s := range l.strs(v, key) {
				set.Add(s, true)
			}
		}
	}
	l.attributionVerbs(f, a)
	add("act-cues", a.ActCues)
	add("according-to", a.AccordingTo)
	add("in-documents", a.InDocuments)
	add("disputing", a.Disputing)
	add("hedges", a.Hedges)
	add("negated-hedges", a.NegatedHedges)
	add("attributive-hedges", a.AttributiveHedges)
	add("anonymous", a.Anonymous)
	add("organisations", a.Organisations)
	add("place-heads", a.PlaceHeads)
	add("female-names", a.FemaleNames)
	add("male-names", a.MaleNames)
	add("figure-cues", a.FigureCues)
	add("media", a.Media)
	add("documents", a.Documents)
	add("roles", a.Roles)
	add("captions", a.Captions)
	add("departments", a.Departments)
	add("group-quantities", a.GroupQuantities)
	add("view-cues", a.ViewCues)
	add("reproduced", a.Reproduced)
	add("addressee-cues", a.AddresseeCues)
	add("colon-labels", a.ColonLabels)
	add("idioms", a.Idioms)
	add("interview-signals", a.InterviewSignals)
	add("unnamed-cues", a.UnnamedCues)
	add("anonymous-modifiers", a.AnonymousModifiers)
	add("shared-subject-adjectives", a.SharedSubject) // as written: "quick", no "quicked"
	// verbs listed with their forms: "go on" stands for "went on" too
	withForms := func(key string, set *phrase.Set[bool]) {
		if v := f[key]; v != nil {
			for _, s := range l.strs(v, key) {
				addForms(set, s, listed, nil)
			}
		}
	}
	withForms("shared-subject", a.SharedSubject)
	withForms("writer-cues", a.WriterCues)
	withForms("clause-cues", a.ClauseCues)
	withForms("with-openers", a.WithOpeners)
	withForms("pleas", a.Idioms)
	withForms("mind-cues", a.MindCues)
	l.partyTags(f, a)
}

// attributionVerbs reads the verb lists of the attribution section's
// fields f into a.
func (l *loader) attributionVerbs(f map[string]*yaml.Node, a *Attribution) {
	// verbs: each phrase maps to its lower-case form, the cue a claim
	// records; a phrase opening with a base verb ("vow", "point out")
	// stands for its inflections too ("vows", "vowed", "pointing out"),
	// save a form another list holds as written ("criticize" among the
	// stances, "criticized" among the speech cues)
	lists := map[string][]string{} // each list read once: an error in it is reported once
	literal := map[string]bool{}
	for _, key := range []string{"cues", "stance-cues", "evidence-cues", "quote-cues", "hedge-cues"} {
		if v := f[key]; v != nil {
			lists[key] = l.strs(v, key)
			for _, s := range lists[key] {
				literal[strings.ToLower(s)] = true
			}
		}
	}
	// a form an earlier list brought in stays with it: "indicated" is a
	// speech cue by "indicate", not evidence by "indicate" again
	taken := map[string]bool{}
	take := func(form string) bool {
		if literal[form] || taken[form] {
			return false
		}
		taken[form] = true
		return true
	}
	verbs := func(key string, set *phrase.Set[string], inflect bool) {
		for _, s := range lists[key] {
			if inflect {
				addForms(set, s, strings.ToLower, take)
			} else {
				set.Add(s, strings.ToLower(s))
			}
		}
	}
	verbs("cues", a.Cues, true)
	for _, s := range lists["hedge-cues"] { // a hedge cue is a cue that also hedges
		a.Cues.Add(s, strings.ToLower(s))
		a.HedgeCues[strings.ToLower(s)] = true
	}
	verbs("stance-cues", a.StanceCues, false) // a stance is listed form by form: "expect" but not "expected"
	verbs("evidence-cues", a.EvidenceCues, true)
	verbs("quote-cues", a.QuoteCues, true)
}

// partyTags reads the attribution section's party letters and states,
// fields f, into a.PartyTags, and the states' abbreviations into
// a.StateAbbreviations.
func (l *loader) partyTags(f map[string]*yaml.Node, a *Attribution) {
	// party tags: each letter joined to each state ("R-Texas", "D-N.Y."),
	// with and without the state's closing period ("I-Vt." and "I-Vt")
	sv := f["party-states"]
	if sv == nil {
		return
	}
	states := l.strs(sv, "party-states")
	for _, s := range states {
		if t := strings.TrimSuffix(s, "."); t != s {
			a.StateAbbreviations.Add(t, true)
		}
	}
	if lv := f["party-letters"]; lv != nil {
		for _, p := range l.strs(lv, "party-letters") {
			for _, s := range states {
				a.PartyTags.Add(p+"-"+s, true)
				if t := strings.TrimSuffix(s, "."); t != s {
					a.PartyTags.Add(p+"-"+t, true)
				}
			}
		}
	}
}

func (l *loader) compare(n *yaml.Node, c *CompareSettings) {
	f, _ := l.fields(n, "compare", "statement-threshold", "stop-words", "stages", "synonyms", "life-stages", "long-ago", "counts-from", "setting-words")
	if v := f["statement-threshold"]; v != nil {
		if t, ok := l.float(v, "statement-threshold"); ok {
			if t <= 0 || t > 1 {
				l.errf(v, "statement-threshold must be in (0, 1], got %v", t)
			} else {
				c.StatementThreshold = t
			}
		}
	}
	if v := f["stop-words"]; v != nil {
		c.StopWords = l.lowerWords(c.StopWords, v, "stop-words")
	}
	if v := f["stages"]; v != nil {
		stages, ok := l.list(v, "stages", "a list of lists of phrases")
		if !ok {
			return
		}
		for _, st := range stages {
			var stage []string
			for _, s := range l.strs(st, "stage") {
				stage = append(stage, lowerPhrase(s))
			}
			c.Stages = append(c.Stages, stage)
		}
	}
	if v := f["life-stages"]; v != nil {
		c.LifeStages = l.lowerWords(nil, v, "life-stages")
	}
	if v := f["counts-from"]; v != nil {
		c.CountsFrom = l.lowerWords(nil, v, "counts-from")
	}
	if v := f["setting-words"]; v != nil {
		c.SettingWords = l.lowerWords(nil, v, "setting-words")
	}
	if v := f["long-ago"]; v != nil {
		for _, s := range l.strs(v, "long-ago") {
			c.LongAgo = append(c.LongAgo, lowerPhrase(s))
		}
	}
	if v := f["synonyms"]; v != nil {
		groups, ok := l.list(v, "synonyms", "a list of lists of words")
		if !ok {
			return
		}
		for _, g := range groups {
			var words []string
			for _, e := range l.entries(g, "synonyms") {
				w := strings.ToLower(strings.TrimSpace(e.s))
				if strings.ContainsAny(w, " \t") {
					l.errf(e.n, "synonyms are single words, got %q", e.s)
					continue
				}
				words = append(words, w)
			}
			if len(words) < 2 {
				l.errf(g, "a synonyms group needs two words or more, got %d", len(words))
				continue
			}
			c.Synonyms = append(c.Synonyms, words)
		}
	}
}

func (l *loader) stories(n *yaml.Node, st *StoriesSettings) {
	f, _ := l.fields(n, "stories", "boilerplate-words")
	if v := f["boilerplate-words"]; v != nil {
		for _, s := range l.strs(v, "boilerplate-words") {
			st.BoilerplateWords[strings.ToLower(s)] = true
		}
	}
}

func (l *loader) kinds(n *yaml.Node, r *Rules) {
	f, order := l.fields(n, "kinds")
	mn := resolve(n)
	for i, name := range order {
		kf, _ := l.fields(f[name], "kind "+name, "tolerance", "description", "revisable", "identity", "attribution-gaps", "frame", "reported-count", "generic", "heads", "grows", "chance")
		k := &Kind{Name: name, Pos: pos(mn.Content[2*i]), AttributionGaps: true}
		if kf != nil {
			if v := kf["tolerance"]; v != nil {
				k.Tolerance, _ = l.tolerance(v)
			}
			if v := kf["description"]; v != nil {
				k.Description, _ = l.str(v, "description")
			}
			if v := kf["revisable"]; v != nil {
				k.Revisable = l.boolean(v, "revisable")
			}
			if v := kf["attribution-gaps"]; v != nil {
				k.AttributionGaps = l.boolean(v, "attribution-gaps")
			}
			if v := kf["generic"]; v != nil {
				k.Generic = l.boolean(v, "generic")
			}
			if v := kf["heads"]; v != nil {
				for _, h := range l.strs(v, "heads") {
					k.Heads = append(k.Heads, strings.ToLower(h))
				}
			}
			if v := kf["identity"]; v != nil {
				for _, slot := range l.strs(v, "identity") {
					switch {
					case slot == "subject", slot == "victim", slot == "date", slices.Contains(FrameFields, slot):
						k.Identity = append(k.Identity, slot)
					default:
						l.errf(v, "kind %s: unknown identity slot %q (want subject, victim, date or a frame field: %s)", name, slot, strings.Join(FrameFields, ", "))
					}
				}
			}
			if v := kf["frame"]; v != nil {
				k.Frame = []string{}
				for _, field := range l.strs(v, "frame") {
					if !slices.Contains(FrameFields, field) {
						l.errf(v, "kind %s: unknown frame field %q (want %s)", name, field, strings.Join(FrameFields, ", "))
						continue
					}
					k.Frame = append(k.Frame, field)
				}
			}
			if v := kf["reported-count"]; v != nil {
				k.ReportedCount = l.boolean(v, "reported-count")
			}
			if v := kf["grows"]; v != nil {
				k.Grows = l.boolean(v, "grows")
			}
			if v := kf["chance"]; v != nil {
				if c, ok := l.float(v, "chance"); ok && c < 0 {
					l.errf(v, "kind %s: chance must not be negative, got %v", name, c)
				} else {
					k.Chance = c
				}
			}
		}
		r.Kinds[name] = k
	}
}
