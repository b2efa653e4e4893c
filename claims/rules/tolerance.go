package rules

import (
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

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
