package rules

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/claimdiff/claimdiff/claims/phrase"
)

// MaxFileSize bounds a rules file; larger files are refused before parsing.
const MaxFileSize = 4 << 20

// LanguageVersion is the rules language version this build reads.
const LanguageVersion = 1

// Load parses and compiles a rules file. file names it in messages. base is
// the rules a file with `extends: default` builds on (nil when there are
// none to extend). All problems are returned at once as an ErrorList; the
// Rules are nil when any problem is an error.
func Load(file string, data []byte, base func() (*Rules, error)) (*Rules, error) {
	l := &loader{file: file}
	doc, err := l.parse(data)
	if err != nil {
		return nil, err
	}
	r := l.rules(doc, base)
	if r != nil {
		h := sha256.New()
		if r.Fingerprint != "" {
			h.Write([]byte(r.Fingerprint)) // the extended rules
		}
		h.Write(data)
		r.Fingerprint = hex.EncodeToString(h.Sum(nil)[:8])
	}
	if len(l.errs) > 0 {
		l.errs.sort()
		if len(l.errs.Errors()) > 0 {
			return nil, l.errs
		}
	}
	return r, nil
}

// parse reads a rules file into its top YAML node, refusing files over
// MaxFileSize, YAML errors and empty files.
func (l *loader) parse(data []byte) (*yaml.Node, error) {
	if len(data) > MaxFileSize {
		return nil, ErrorList{{File: l.file, Msg: fmt.Sprintf("rules file is %d bytes, over the %d-byte limit", len(data), MaxFileSize), Severity: "error"}}
	}
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return nil, ErrorList{l.yamlError(err)}
	}
	if root.Kind == 0 || len(root.Content) == 0 {
		return nil, ErrorList{{File: l.file, Line: 1, Col: 1, Msg: "rules file is empty", Severity: "error"}}
	}
	return root.Content[0], nil
}

// lineRE splits yaml.v3's messages ("yaml: line 3: ...") into line and text.
var lineRE = regexp.MustCompile(`^yaml: (?:line (\d+): )?(.*)$`)

func (l *loader) yamlError(err error) Error {
	msg := err.Error()
	var te *yaml.TypeError
	if errors.As(err, &te) && len(te.Errors) > 0 {
		msg = te.Errors[0]
	}
	e := Error{File: l.file, Msg: msg, Severity: "error"}
	if m := lineRE.FindStringSubmatch(msg); m != nil {
		e.Msg = m[2]
		if m[1] != "" {
			e.Line, _ = strconv.Atoi(m[1])
			e.Col = 1
		}
	}
	if e.Line == 0 {
		e.Line, e.Col = 1, 1
	}
	return e
}

// loader collects errors while walking the YAML tree.
type loader struct {
	file string
	errs ErrorList
	// exampleUnits are the unit: nodes of examples, checked once every
	// rule (and so every unit a rule gives) is known.
	exampleUnits []*yaml.Node
}

func (l *loader) errf(n *yaml.Node, format string, args ...any) {
	l.errs = append(l.errs, Error{File: l.file, Line: n.Line, Col: n.Column, Msg: fmt.Sprintf(format, args...), Severity: "error"})
}

func (l *loader) warnf(n *yaml.Node, format string, args ...any) {
	l.errs = append(l.errs, Error{File: l.file, Line: n.Line, Col: n.Column, Msg: fmt.Sprintf(format, args...), Severity: "warning"})
}

func pos(n *yaml.Node) Pos { return Pos{n.Line, n.Column} }

// fields checks that n is a mapping with only the allowed keys and returns
// the value nodes by key, in file order.
func (l *loader) fields(n *yaml.Node, what string, allowed ...string) (map[string]*yaml.Node, []string) {
	n = resolve(n)
	if n.Kind != yaml.MappingNode {
		l.errf(n, "%s must be a mapping, got %s", what, kindName(n))
		return nil, nil
	}
	ok := map[string]bool{}
	for _, a := range allowed {
		ok[a] = true
	}
	out := map[string]*yaml.Node{}
	var order []string
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if len(allowed) > 0 && !ok[k.Value] {
			if guess := closest(k.Value, allowed); guess != "" {
				l.errf(k, "unknown field %q in %s (did you mean %q?)", k.Value, what, guess)
				// read it as the field meant, so that one typo is one error
				if _, dup := out[guess]; !dup {
					out[guess] = v
					order = append(order, guess)
				}
				continue
			}
			l.errf(k, "unknown field %q in %s (want one of: %s)", k.Value, what, strings.Join(allowed, ", "))
			continue
		}
		if _, dup := out[k.Value]; dup {
			l.errf(k, "duplicate field %q in %s", k.Value, what)
			continue
		}
		out[k.Value] = v
		order = append(order, k.Value)
	}
	return out, order
}

// closest returns the allowed word within two edits of w, or "".
func closest(w string, allowed []string) string {
	best, bestD := "", 3
	for _, a := range allowed {
		if d := editDistance(w, a); d < bestD {
			best, bestD = a, d
		}
	}
	return best
}

// editDistance is the Levenshtein distance between two short strings.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

func resolve(n *yaml.Node) *yaml.Node {
	for n != nil && n.Kind == yaml.AliasNode {
		n = n.Alias
	}
	return n
}

func kindName(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.ScalarNode:
		if n.Tag == "!!null" {
			return "nothing"
		}
		return fmt.Sprintf("%q", n.Value)
	}
	return "something else"
}

func (l *loader) str(n *yaml.Node, what string) (string, bool) {
	n = resolve(n)
	if n.Kind != yaml.ScalarNode || n.Tag == "!!null" {
		l.errf(n, "%s must be a string, got %s", what, kindName(n))
		return "", false
	}
	return n.Value, true
}

// strs reads a list of strings (a single string is a list of one).
func (l *loader) strs(n *yaml.Node, what string) []string {
	n = resolve(n)
	if n.Kind == yaml.ScalarNode && n.Tag != "!!null" {
		return []string{n.Value}
	}
	if n.Kind != yaml.SequenceNode {
		l.errf(n, "%s must be a list of strings, got %s", what, kindName(n))
		return nil
	}
	var out []string
	for _, c := range n.Content {
		if s, ok := l.str(c, what+" entry"); ok {
			if strings.TrimSpace(s) == "" {
				l.errf(c, "%s entry is empty", what)
				continue
			}
			out = append(out, s)
		}
	}
	return out
}

func (l *loader) float(n *yaml.Node, what string) (float64, bool) {
	s, ok := l.str(n, what)
	if !ok {
		return 0, false
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		l.errf(n, "%s must be a number, got %q", what, s)
		return 0, false
	}
	return f, true
}

func (l *loader) boolean(n *yaml.Node, what string) bool {
	s, ok := l.str(n, what)
	if !ok {
		return false
	}
	switch s {
	case "true", "yes":
		return true
	case "false", "no":
		return false
	}
	l.errf(n, "%s must be true or false, got %q", what, s)
	return false
}

// ParseTolerance reads a tolerance as written in rules and config files:
// "0", "2" (absolute) or "5%" (relative).
func ParseTolerance(s string) (Tolerance, bool) {
	s = strings.TrimSpace(s)
	if p, isPct := strings.CutSuffix(s, "%"); isPct {
		f, err := strconv.ParseFloat(strings.TrimSpace(p), 64)
		if err != nil || f < 0 || f > 100 {
			return Tolerance{}, false
		}
		return Tolerance{Rel: f / 100}, true
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || f < 0 {
		return Tolerance{}, false
	}
	return Tolerance{Abs: f}, true
}

// WithTolerances returns a copy of r with the kinds' tolerances overridden;
// r itself (perhaps the shared defaults) is left as it is.
func (r *Rules) WithTolerances(t map[string]Tolerance) *Rules {
	c := r.clone(r.File)
	for kind, tol := range t {
		if k := c.Kinds[kind]; k != nil {
			k.Tolerance = tol
		} else {
			c.Kinds[kind] = &Kind{Name: kind, Tolerance: tol, AttributionGaps: true}
		}
	}
	// rule-level tolerances of those kinds give way to the override
	rs := make([]*Rule, len(c.Rules))
	for i, ru := range c.Rules {
		if _, ok := t[ru.Kind]; ok && ru.Tolerance != nil {
			cp := *ru
			cp.Tolerance = nil
			ru = &cp
		}
		rs[i] = ru
	}
	c.Rules = rs
	c.buildIndex()
	return c
}

// tolerance reads "0", "5", "5%" or "0.05".
func (l *loader) tolerance(n *yaml.Node) (Tolerance, bool) {
	s, ok := l.str(n, "tolerance")
	if !ok {
		return Tolerance{}, false
	}
	t, ok := ParseTolerance(s)
	if !ok {
		l.errf(n, "tolerance %q: want a non-negative number (absolute) or a percentage from 0%% to 100%% such as 5%%", s)
	}
	return t, ok
}

var topFields = []string{"version", "extends", "disable", "aliases", "places", "titles", "units", "frames", "attribution", "compare", "stories", "kinds", "rules"}

// rules walks the top-level mapping.
func (l *loader) rules(doc *yaml.Node, base func() (*Rules, error)) *Rules {
	f, _ := l.fields(doc, "the rules file", topFields...)
	if f == nil {
		return nil
	}
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
			}
		}
	}
	if r.Aliases == nil {
		r.Aliases = NewAliases()
		r.Titles = phrase.New[bool]()
		r.Units = phrase.New[string]()
		r.Places = map[string]bool{}
		r.Attribution = newAttribution()
		r.Frames = newFrames()
		r.Compare = CompareSettings{StatementThreshold: 0.5, StopWords: map[string]bool{}}
		r.Stories = StoriesSettings{BoilerplateWords: map[string]bool{}}
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
	if n := f["units"]; n != nil {
		l.units(n, r)
	}
	if n := f["frames"]; n != nil {
		l.frames(n, r.Frames)
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
	if n := f["kinds"]; n != nil {
		l.kinds(n, r)
	}
	if n := f["disable"]; n != nil {
		dn := resolve(n)
		for i, id := range l.strs(n, "disable") {
			if r.Rule(id) == nil {
				at := dn
				if dn.Kind == yaml.SequenceNode {
					at = dn.Content[i]
				}
				l.errf(at, "disable: no rule with id %q", id)
				continue
			}
			r.remove(id)
		}
	}
	if n := f["rules"]; n != nil {
		l.ruleList(n, r)
	}
	// fallback rules last, keeping file order otherwise
	var firsts, lasts []*Rule
	for _, ru := range r.Rules {
		if ru.Fallback {
			lasts = append(lasts, ru)
		} else {
			firsts = append(firsts, ru)
		}
	}
	r.Rules = append(firsts, lasts...)
	l.checkExampleUnits(r)
	r.buildIndex()
	r.buildHeads()
	return r
}

func (l *loader) aliases(n *yaml.Node, r *Rules) {
	f, order := l.fields(n, "aliases")
	seen := map[string]string{}
	mn := resolve(n)
	for i, canon := range order {
		keyNode := mn.Content[2*i]
		r.Aliases.Add(canon, canon)
		vals := resolve(f[canon])
		for j, s := range l.strs(f[canon], "aliases of "+canon) {
			at := vals
			if vals.Kind == yaml.SequenceNode {
				at = vals.Content[j]
			}
			key := strings.ToLower(strings.Join(phrase.Split(s), " "))
			if prev, dup := seen[key]; dup && prev != canon {
				l.errf(at, "alias %q is listed under both %q and %q", s, prev, canon)
				continue
			}
			seen[key] = canon
			r.Aliases.Add(canon, s)
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

var attributionFields = []string{"cues", "hedge-cues", "according-to", "hedges", "negated-hedges", "anonymous", "organisations", "media", "documents", "quote-cues", "roles"}

func newAttribution() *Attribution {
	return &Attribution{Cues: phrase.New[string](), AccordingTo: phrase.New[bool](), Hedges: phrase.New[bool](), NegatedHedges: phrase.New[bool](),
		HedgeCues: map[string]bool{}, Anonymous: phrase.New[bool](), Organisations: phrase.New[bool](),
		Media: phrase.New[bool](), Documents: phrase.New[bool](), QuoteCues: phrase.New[string](), Roles: phrase.New[bool]()}
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
	if v := f["cues"]; v != nil {
		for _, s := range l.strs(v, "cues") {
			a.Cues.Add(s, strings.ToLower(s))
		}
	}
	if v := f["hedge-cues"]; v != nil {
		for _, s := range l.strs(v, "hedge-cues") {
			a.Cues.Add(s, strings.ToLower(s))
			a.HedgeCues[strings.ToLower(s)] = true
		}
	}
	add("according-to", a.AccordingTo)
	add("hedges", a.Hedges)
	add("negated-hedges", a.NegatedHedges)
	add("anonymous", a.Anonymous)
	add("organisations", a.Organisations)
	add("media", a.Media)
	add("documents", a.Documents)
	add("roles", a.Roles)
	if v := f["quote-cues"]; v != nil {
		for _, s := range l.strs(v, "quote-cues") {
			a.QuoteCues.Add(s, strings.ToLower(s))
		}
	}
}

func (l *loader) compare(n *yaml.Node, c *CompareSettings) {
	f, _ := l.fields(n, "compare", "statement-threshold", "stop-words")
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
		for _, s := range l.strs(v, "stop-words") {
			c.StopWords[strings.ToLower(s)] = true
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
		kf, _ := l.fields(f[name], "kind "+name, "tolerance", "description", "revisable", "identity", "attribution-gaps", "frame", "reported-count", "generic", "heads")
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
		}
		r.Kinds[name] = k
	}
}

var ruleFields = []string{"id", "kind", "description", "patterns", "slots", "negative", "unit", "value", "fallback", "tolerance", "perpetrator", "follows", "examples"}

func (l *loader) ruleList(n *yaml.Node, r *Rules) {
	n = resolve(n)
	if n.Kind != yaml.SequenceNode {
		l.errf(n, "rules must be a list, got %s", kindName(n))
		return
	}
	ids := map[string]bool{}
	unitNames := r.unitNames()
	for _, rn := range n.Content {
		ru := l.rule(rn, r, unitNames)
		if ru == nil {
			continue
		}
		if ids[ru.ID] {
			l.errf(rn, "duplicate rule id %q", ru.ID)
			continue
		}
		ids[ru.ID] = true
		if old := r.Rule(ru.ID); old != nil {
			r.replace(ru) // a file that extends the defaults overrides by id
			continue
		}
		r.Rules = append(r.Rules, ru)
	}
}

func (l *loader) rule(rn *yaml.Node, r *Rules, units map[string]bool) *Rule {
	f, _ := l.fields(rn, "a rule", ruleFields...)
	if f == nil {
		return nil
	}
	ru := &Rule{Pos: pos(rn), Negative: phrase.New[bool]()}
	bad := false
	if v := f["id"]; v != nil {
		ru.ID, _ = l.str(v, "id")
	} else {
		l.errf(rn, "rule has no id")
		bad = true
	}
	if v := f["kind"]; v != nil {
		ru.Kind, _ = l.str(v, "kind")
		if r.Kinds[ru.Kind] == nil {
			l.errf(v, "rule %s: kind %q is not defined under kinds:", ru.ID, ru.Kind)
		}
	} else {
		l.errf(rn, "rule %s has no kind", ru.ID)
		bad = true
	}
	if v := f["description"]; v != nil {
		ru.Description, _ = l.str(v, "description")
	}
	if v := f["unit"]; v != nil {
		ru.Unit, _ = l.str(v, "unit")
	}
	if v := f["fallback"]; v != nil {
		ru.Fallback = l.boolean(v, "fallback")
	}
	if v := f["value"]; v != nil {
		if x, ok := l.float(v, "value"); ok {
			ru.Value = &x
		}
	}
	if v := f["tolerance"]; v != nil {
		if t, ok := l.tolerance(v); ok {
			ru.Tolerance = &t
		}
	}
	if v := f["perpetrator"]; v != nil {
		ru.Perpetrator, _ = l.str(v, "perpetrator")
		if ru.Perpetrator != PerpetratorIncluded && ru.Perpetrator != PerpetratorExcluded {
			l.errf(v, "rule %s: perpetrator must be %q or %q, got %q", ru.ID, PerpetratorIncluded, PerpetratorExcluded, ru.Perpetrator)
		}
	}
	if v := f["follows"]; v != nil {
		for _, k := range l.strs(v, "follows") {
			if r.Kinds[k] == nil {
				l.errf(v, "rule %s: follows: kind %q is not defined under kinds:", ru.ID, k)
				continue
			}
			ru.Follows = append(ru.Follows, k)
		}
	}
	if v := f["slots"]; v != nil {
		for _, s := range l.strs(v, "slots") {
			switch s {
			case "subject", "place", "time":
				ru.Slots = append(ru.Slots, s)
			default:
				l.errf(v, "rule %s: unknown slot %q in slots (want subject, place, time)", ru.ID, s)
			}
		}
	}
	if v := f["negative"]; v != nil {
		for _, s := range l.strs(v, "negative") {
			ru.Negative.Add(s, true)
		}
	}
	pn := f["patterns"]
	if pn == nil {
		l.errf(rn, "rule %s has no patterns", ru.ID)
		bad = true
	} else {
		l.patterns(pn, ru, units)
	}
	if v := f["examples"]; v != nil {
		l.examples(v, ru)
	} else {
		l.warnf(rn, "rule %s has no examples: add one that it must match and one it must not", ru.ID)
	}
	if bad {
		return nil
	}
	return ru
}

func (l *loader) patterns(n *yaml.Node, ru *Rule, units map[string]bool) {
	n = resolve(n)
	nodes := []*yaml.Node{n}
	if n.Kind == yaml.SequenceNode {
		nodes = n.Content
	}
	if len(nodes) == 0 {
		l.errf(n, "rule %s: patterns is empty", ru.ID)
	}
	for _, pn := range nodes {
		src, ok := l.str(pn, "pattern")
		if !ok {
			continue
		}
		p, err := compilePattern(src, units)
		if err != nil {
			var pe *patternError
			if errors.As(err, &pe) {
				l.errs = append(l.errs, Error{File: l.file, Line: pn.Line, Col: scalarCol(pn, pe.off),
					Msg: fmt.Sprintf("rule %s: %s", ru.ID, pe.msg), Severity: "error"})
			} else {
				l.errf(pn, "rule %s: %v", ru.ID, err)
			}
			continue
		}
		p.Pos = pos(pn)
		ru.Patterns = append(ru.Patterns, p)
	}
}

// scalarCol is the column of byte offset off inside a one-line scalar node,
// counting characters.
func scalarCol(n *yaml.Node, off int) int {
	col := n.Column
	if n.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle) != 0 {
		col++
	}
	if off > len(n.Value) {
		off = len(n.Value)
	}
	return col + len([]rune(n.Value[:off]))
}

var exampleFields = []string{"text", "claims", "none"}
var expectFields = []string{"value", "low", "high", "bound", "unit", "subject", "place", "victim", "date", "speaker", "form", "hedged", "perpetrator"}

func (l *loader) examples(n *yaml.Node, ru *Rule) {
	n = resolve(n)
	if n.Kind != yaml.SequenceNode {
		l.errf(n, "examples must be a list, got %s", kindName(n))
		return
	}
	for _, en := range n.Content {
		f, _ := l.fields(en, "an example", exampleFields...)
		if f == nil {
			continue
		}
		ex := Example{Pos: pos(en)}
		if v := f["text"]; v != nil {
			ex.Text, _ = l.str(v, "text")
		} else {
			l.errf(en, "example has no text")
			continue
		}
		cn := f["claims"]
		if cn == nil && f["none"] == nil {
			l.errf(en, "example must list the claims it yields (claims:) or say none: true")
			continue
		}
		if v := f["none"]; v != nil && !l.boolean(v, "none") {
			l.errf(v, "none: false says nothing; list the claims instead")
		}
		if cn != nil {
			cn = resolve(cn)
			if cn.Kind != yaml.SequenceNode {
				l.errf(cn, "claims must be a list, got %s", kindName(cn))
				continue
			}
			for _, xn := range cn.Content {
				ex.Claims = append(ex.Claims, l.expect(xn))
			}
		}
		ru.Examples = append(ru.Examples, ex)
	}
}

func (l *loader) expect(n *yaml.Node) Expect {
	x := Expect{Pos: pos(n)}
	f, _ := l.fields(n, "an expected claim", expectFields...)
	num := func(key string) *float64 {
		if v := f[key]; v != nil {
			if x, ok := l.float(v, key); ok {
				return &x
			}
		}
		return nil
	}
	s := func(key string) string {
		if v := f[key]; v != nil {
			str, _ := l.str(v, key)
			return str
		}
		return ""
	}
	x.Value, x.Low, x.High = num("value"), num("low"), num("high")
	x.Bound, x.Unit, x.Subject, x.Place, x.Victim, x.Date = s("bound"), s("unit"), s("subject"), s("place"), s("victim"), s("date")
	x.Speaker, x.Form, x.Perpetrator = s("speaker"), s("form"), s("perpetrator")
	l.checkEnum(f["bound"], "bound", schemaEnums().bound)
	l.checkEnum(f["form"], "form", schemaEnums().form)
	if v := f["unit"]; v != nil {
		l.exampleUnits = append(l.exampleUnits, v)
	}
	if v := f["hedged"]; v != nil {
		b := l.boolean(v, "hedged")
		x.Hedged = &b
	}
	return x
}

func (r *Rules) unitNames() map[string]bool {
	out := map[string]bool{"%": true, "pp": true, "years": true, "USD": true, "GBP": true, "EUR": true,
		"JPY": true, "INR": true, "CNY": true, "IRR": true, "SAR": true, "AUD": true, "CAD": true,
		"second": true, "minute": true, "hour": true, "day": true, "week": true, "month": true,
		"year": true, "decade": true, "century": true}
	for _, w := range r.Units.Words() {
		if v, ok := r.Units.Get(w); ok {
			out[v] = true
		}
	}
	return out
}

// clone copies r so that a file extending it can add to it without
// changing the original.
func (r *Rules) clone(file string) *Rules {
	c := *r
	c.File = file
	c.Kinds = map[string]*Kind{}
	for k, v := range r.Kinds {
		kv := *v
		kv.Identity = append([]string(nil), v.Identity...)
		if v.Frame != nil {
			kv.Frame = append([]string{}, v.Frame...)
		}
		kv.Heads = append([]string(nil), v.Heads...)
		c.Kinds[k] = &kv
	}
	c.Rules = append([]*Rule(nil), r.Rules...)
	// Vocabulary sets are rebuilt by copying their phrases.
	c.Aliases = NewAliases()
	for _, w := range r.Aliases.set.Words() {
		v, _ := r.Aliases.set.Get(w)
		c.Aliases.set.Add(w, v)
	}
	c.Titles = copySet(r.Titles)
	c.Places = map[string]bool{}
	for k, v := range r.Places {
		c.Places[k] = v
	}
	c.Units = copySet(r.Units)
	a := *r.Attribution
	a.Cues, a.AccordingTo, a.Hedges, a.NegatedHedges = copySet(a.Cues), copySet(a.AccordingTo), copySet(a.Hedges), copySet(a.NegatedHedges)
	a.Anonymous, a.Organisations, a.Media, a.Documents = copySet(a.Anonymous), copySet(a.Organisations), copySet(a.Media), copySet(a.Documents)
	a.QuoteCues, a.Roles = copySet(a.QuoteCues), copySet(a.Roles)
	a.HedgeCues = map[string]bool{}
	for k, v := range r.Attribution.HedgeCues {
		a.HedgeCues[k] = v
	}
	c.Attribution = &a
	c.Frames = r.Frames.clone()
	c.Compare.StopWords = map[string]bool{}
	for k, v := range r.Compare.StopWords {
		c.Compare.StopWords[k] = v
	}
	c.Stories.BoilerplateWords = map[string]bool{}
	for k, v := range r.Stories.BoilerplateWords {
		c.Stories.BoilerplateWords[k] = v
	}
	return &c
}

func copySet[V any](s *phrase.Set[V]) *phrase.Set[V] {
	out := phrase.New[V]()
	for _, w := range s.Words() {
		v, _ := s.Get(w)
		out.Add(w, v)
	}
	return out
}

func (r *Rules) remove(id string) {
	out := r.Rules[:0:0]
	for _, ru := range r.Rules {
		if ru.ID != id {
			out = append(out, ru)
		}
	}
	r.Rules = out
}

func (r *Rules) replace(ru *Rule) {
	for i, old := range r.Rules {
		if old.ID == ru.ID {
			r.Rules[i] = ru
		}
	}
}

// Lint loads a rules file like LoadFile and returns every problem found,
// warnings (such as a rule with no examples) included. err is non-nil only
// when the file has errors; it is then the full ErrorList.
func Lint(name string, data []byte) (ErrorList, error) {
	l := &loader{file: name}
	doc, err := l.parse(data)
	if err != nil {
		return nil, err
	}
	l.rules(doc, Default)
	l.errs.sort()
	if len(l.errs.Errors()) > 0 {
		return nil, l.errs
	}
	return l.errs, nil
}
