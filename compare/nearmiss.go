package compare

import (
	"slices"
	"strings"

	"github.com/claimdiff/claimdiff/claims"
)

// Near-misses are bounded so that a comparison of thousands of articles
// does not list millions of pairs: so many groups per kind and unit, so
// many pairs in all.
const (
	maxNearMissGroups = 64
	maxNearMisses     = 200
)

// nearMisses lists pairs of figures of one kind and unit, from two
// documents, that alignment kept in different facts, with the field that
// kept them apart. Groups are taken in alignment order.
func (cmp *comparer) nearMisses(al *aligner) []NearMiss {
	var order []string
	buckets := map[string][]*group{}
	for _, g := range al.groups {
		lead := primaries(g)[0]
		if lead.c.Value == nil || !cmp.groupInFocus(g) {
			continue
		}
		b := lead.c.Kind + "|" + lead.c.Value.Unit
		if lead.m != nil {
			b = lead.c.Kind + "|measure=" + lead.m.Name // "positive tests" beside "cases"
		}
		if _, ok := buckets[b]; !ok {
			order = append(order, b)
		}
		if len(buckets[b]) < maxNearMissGroups {
			buckets[b] = append(buckets[b], g)
		}
	}
	var out []NearMiss
	for _, b := range order {
		gs := buckets[b]
		for i := range gs {
			for j := i + 1; j < len(gs); j++ {
				if len(out) >= maxNearMisses {
					return out
				}
				a, c := crossPair(gs[i], gs[j])
				if a == nil {
					continue
				}
				field, reason := cmp.keptApart(al, gs[i], a, c)
				out = append(out, NearMiss{Kind: a.c.Kind, Field: field, Reason: reason,
					Sides: [2]SideValue{cmp.sideValues([]*item{a})[0], cmp.sideValues([]*item{c})[0]}})
			}
		}
	}
	return out
}

// crossPair picks a primary claim of each group from two different
// documents, or nils when the groups share their only document.
func crossPair(g, h *group) (*item, *item) {
	for _, a := range primaries(g) {
		for _, c := range primaries(h) {
			if a.doc != c.doc {
				return a, c
			}
		}
	}
	return nil, nil
}

// keptApart names the field that kept claim c out of a's group g.
func (cmp *comparer) keptApart(al *aligner, g *group, a, c *item) (string, string) {
	if c.aside != "" {
		return fieldTime, c.aside
	}
	if a.aside != "" {
		return fieldTime, a.aside
	}
	ka, okA := identity(a.c, al.kindOf(a), a.m, al.places)
	kc, okC := identity(c.c, al.kindOf(c), c.m, al.places)
	if !okA || !okC {
		missing := a.c
		if okA {
			missing = c.c
		}
		return fieldSubject, missing.Source + " does not say whose " + missing.Kind + " it is"
	}
	if ka != kc {
		if a.m != c.m && (a.m != nil || c.m != nil) && a.c.Kind == c.c.Kind {
			return fieldHead, measureName(a) + " vs " + measureName(c)
		}
		return keyDifference(a.c, c.c, ka, kc)
	}
	if field, why := al.apart(&g.side, c); field != "" {
		return field, why
	}
	return fieldEvidence, "the values differ and no shared slot, entity or similar sentence shows one fact"
}

// keyDifference names the identity part two claims differ on, given
// their identity keys ka and kc: a change against a level, the
// denominator, a slot or the date by their values, else the first part of
// the keys one has and the other lacks (keyPartDifference).
func keyDifference(a, c *claims.Claim, ka, kc string) (string, string) {
	fa, fc := frameOf(a), frameOf(c)
	switch {
	case fa.Change != fc.Change:
		return fieldChange, describeChange(fa) + " vs " + describeChange(fc)
	case !strings.EqualFold(fa.Per, fc.Per):
		return fieldPer, orNone(fa.Per) + " vs " + orNone(fc.Per)
	case a.Subject != c.Subject:
		return fieldSubject, orNone(a.Subject) + " vs " + orNone(c.Subject)
	case a.Victim != c.Victim:
		return fieldVictim, orNone(a.Victim) + " vs " + orNone(c.Victim)
	}
	if a.Date != nil && c.Date != nil && monthDay(a.Date.Start) != monthDay(c.Date.Start) {
		return fieldTime, a.Date.String() + " vs " + c.Date.String()
	}
	return keyPartDifference(a, c, ka, kc)
}

// keyPartDifference names the first part two identity keys differ on by
// the field it holds (identity writes them): the kind, the unit or
// measure, then each "|"-separated mark one key has and the other lacks
// ("others": a count besides people its sentence names, "three other
// men", against one of all it counts, "three men").
func keyPartDifference(a, c *claims.Claim, ka, kc string) (string, string) {
	pa, pc := strings.Split(ka, "|"), strings.Split(kc, "|")
	if pa[0] != pc[0] {
		return fieldKind, pa[0] + " vs " + pc[0]
	}
	if len(pa) > 1 && len(pc) > 1 && pa[1] != pc[1] {
		if strings.HasPrefix(pa[1], "measure=") || strings.HasPrefix(pc[1], "measure=") {
			return fieldHead, orNone(strings.TrimPrefix(pa[1], "measure=")) + " vs " + orNone(strings.TrimPrefix(pc[1], "measure="))
		}
		return fieldUnit, orNone(pa[1]) + " vs " + orNone(pc[1])
	}
	for _, p := range pa[min(2, len(pa)):] {
		if !slices.Contains(pc, p) {
			field, has, lacks := keyPart(p)
			return field, has + " vs " + lacks
		}
	}
	for _, p := range pc[min(2, len(pc)):] {
		if !slices.Contains(pa, p) {
			field, has, lacks := keyPart(p)
			return field, lacks + " vs " + has
		}
	}
	return fieldKind, a.Kind + " vs " + c.Kind // keys that differ differ in a part: not reached
}

// keyPart names the field an identity key's mark holds, and says what a
// claim with the mark is and one without it.
func keyPart(p string) (field, has, lacks string) {
	name, value, _ := strings.Cut(p, "=")
	switch name {
	case "others":
		return fieldScope, "a count besides others its sentence names", "a count of all"
	case "change":
		return fieldChange, "a change", "a level"
	case "per":
		return fieldPer, value, orNone("")
	case "victim":
		return fieldVictim, value, orNone("")
	case "subject":
		return fieldSubject, value, orNone("")
	case "on":
		return fieldTime, value, orNone("")
	}
	return fieldKind, p, orNone("")
}
func describeChange(f claims.Frame) string {
	if !f.Change {
		return "a level"
	}
	if f.Direction != "" {
		return "a change (" + f.Direction + ")"
	}
	return "a change"
}

// measureName names what an item measures: its measure (rules
// frames.measures), else its unit.
func measureName(it *item) string {
	if it.m != nil {
		return it.m.Name
	}
	if it.c.Value != nil {
		return orNone(it.c.Value.Unit)
	}
	return "(none)"
}
