package rules

import (
	"encoding/json"
	"sort"
	"strings"
	"sync"

	"gopkg.in/yaml.v3"

	"github.com/claimdiff/claimdiff/claims/mention"
)

// enums are the closed value sets of example fields, read from the JSON
// Schema (their one home), so lint and editors agree.
type enums struct {
	bound, form []string
}

var schemaEnums = sync.OnceValue(func() enums {
	var root any
	if err := json.Unmarshal(Schema, &root); err != nil {
		panic("rules: schema.json: " + err.Error()) // embedded: a build error
	}
	return enums{bound: findEnum(root, "bound"), form: findEnum(root, "form")}
})

// findEnum returns the enum of the first property named key in a JSON
// Schema, searched depth first.
func findEnum(v any, key string) []string {
	switch x := v.(type) {
	case map[string]any:
		if p, ok := x[key].(map[string]any); ok {
			if e, ok := p["enum"].([]any); ok {
				var out []string
				for _, s := range e {
					if s, ok := s.(string); ok {
						out = append(out, s)
					}
				}
				return out
			}
		}
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			if e := findEnum(x[k], key); e != nil {
				return e
			}
		}
	case []any:
		for _, y := range x {
			if e := findEnum(y, key); e != nil {
				return e
			}
		}
	}
	return nil
}

// checkEnum reports a scalar that is not one of allowed, with the nearest.
func (l *loader) checkEnum(n *yaml.Node, field string, allowed []string) {
	if n == nil || n.Kind != yaml.ScalarNode {
		return
	}
	for _, a := range allowed {
		if n.Value == a {
			return
		}
	}
	if near := closest(n.Value, allowed); near != "" {
		l.errf(n, "example %s %q is not a %s (did you mean %q?)", field, n.Value, field, near)
		return
	}
	l.errf(n, "example %s %q is not a %s: want one of %s", field, n.Value, field, strings.Join(allowed, ", "))
}

// checkExampleUnits reports example units that no rule gives and the units
// table does not know.
func (l *loader) checkExampleUnits(r *Rules) {
	if len(l.exampleUnits) == 0 {
		return
	}
	known := r.unitNames()
	for _, ru := range r.Rules {
		if ru.Unit != "" {
			known[ru.Unit] = true
		}
	}
	names := make([]string, 0, len(known))
	for u := range known {
		names = append(names, u)
	}
	sort.Strings(names)
	for _, n := range l.exampleUnits {
		if n.Kind != yaml.ScalarNode || known[n.Value] {
			continue
		}
		if near := closest(n.Value, names); near != "" {
			l.errf(n, "example unit %q is not a known unit (did you mean %q?)", n.Value, near)
			continue
		}
		l.errf(n, "example unit %q is not a known unit: give it under units: or as a rule's unit:", n.Value)
	}
}

// checkMeasureKinds reports a measure whose kind: the rules do not define.
func (l *loader) checkMeasureKinds(r *Rules) {
	for _, n := range l.measureKinds {
		if r.Kinds[n.Value] == nil {
			l.errf(n, "frames.measures: unknown kind %q", n.Value)
		}
	}
}

// vocab is what the rules' patterns are checked against.
func (r *Rules) vocab() *vocab {
	return &vocab{units: r.unitNames(), currencies: r.Currencies, lists: r.Casualties.wordLists()}
}

// unitNames are the units a pattern's unit= may name: those the
// recognisers give by themselves, the currency codes and those of the
// units table.
func (r *Rules) unitNames() map[string]bool {
	out := map[string]bool{}
	for _, u := range append(mention.BuiltinUnits(), r.Currencies.Codes()...) {
		out[u] = true
	}
	for _, w := range r.Units.Words() {
		if v, ok := r.Units.Get(w); ok {
			out[v] = true
		}
	}
	return out
}
