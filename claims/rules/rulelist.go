package rules

import (
	"errors"
	"fmt"

	"gopkg.in/yaml.v3"

	"github.com/claimdiff/claimdiff/claims/phrase"
)

// The rules: section: each rule, its patterns and its examples.

var ruleFields = []string{"id", "kind", "description", "patterns", "slots", "negative", "unit", "value", "fallback", "tolerance", "perpetrator", "follows", "examples"}

func (l *loader) ruleList(n *yaml.Node, r *Rules) {
	items, ok := l.list(n, "rules", "a list")
	if !ok {
		return
	}
	ids := map[string]bool{}
	v := r.vocab()
	for _, rn := range items {
		ru := l.rule(rn, r, v)
		if ru == nil {
			continue
		}
		if ids[ru.ID] {
			l.errf(rn, "duplicate rule id %q", ru.ID)
			continue
		}
		ids[ru.ID] = true
		l.defined[ru.ID] = true
		if old := r.Rule(ru.ID); old != nil {
			r.replace(ru) // a file that extends the defaults overrides by id
			continue
		}
		r.Rules = append(r.Rules, ru)
	}
}

func (l *loader) rule(rn *yaml.Node, r *Rules, v *vocab) *Rule {
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
	l.ruleSettings(f, ru, r)
	pn := f["patterns"]
	if pn == nil {
		l.errf(rn, "rule %s has no patterns", ru.ID)
		bad = true
	} else {
		l.patterns(pn, ru, v)
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

// ruleSettings reads a rule's optional fields: description, unit,
// fallback, value, tolerance, perpetrator, follows, slots and negative.
func (l *loader) ruleSettings(f map[string]*yaml.Node, ru *Rule, r *Rules) {
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
}

func (l *loader) patterns(n *yaml.Node, ru *Rule, v *vocab) {
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
		p, err := compilePattern(src, v)
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

var exampleFields = []string{"text", "claims", "none"}
var expectFields = []string{"value", "low", "high", "bound", "unit", "subject", "place", "victim", "date", "speaker", "form", "hedged", "perpetrator"}

func (l *loader) examples(n *yaml.Node, ru *Rule) {
	items, ok := l.list(n, "examples", "a list")
	if !ok {
		return
	}
	for _, en := range items {
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
			xs, ok := l.list(cn, "claims", "a list")
			if !ok {
				continue
			}
			for _, xn := range xs {
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
