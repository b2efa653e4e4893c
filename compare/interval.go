package compare

import (
	"fmt"
	"math"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/mention"
	"github.com/claimdiff/claimdiff/claims/rules"
)

// aboutWidth is the least relative width, each side, of an approximate value ("about
// 5,200"), whatever the kind's tolerance.
const aboutWidth = 0.05

// interval is the set of numbers a value allows; open ends exclude the bound.
type interval struct {
	lo, hi         float64
	loOpen, hiOpen bool
}

// ValueBounds is the interval a value allows by its own words, before any
// kind's tolerance: "about" aboutWidth (or up to its high end), "at least"
// and "more than" to +Inf, "at most" and "less than" from -Inf, a range
// its ends; an exact value is a point. The chart draws it.
func ValueBounds(v *mention.Value) (lo, hi float64) {
	iv := toInterval(v, rules.Tolerance{})
	return iv.lo, iv.hi
}

// toInterval turns a value and its kind's tolerance into the numbers it
// allows: exact values widen by the tolerance, approximate ones by at least
// aboutWidth, bounds ("more than 50") are half-open.
func toInterval(v *mention.Value, tol rules.Tolerance) interval {
	n := v.Number
	width := func(x float64, rel float64) float64 {
		return math.Max(tol.Abs, math.Max(tol.Rel, rel)*math.Abs(x))
	}
	switch v.Bound {
	case mention.About:
		w := width(n, aboutWidth)
		iv := interval{lo: n - w, hi: n + w}
		if v.High != nil {
			iv.hi = *v.High
		}
		return iv
	case mention.AtLeast:
		return interval{lo: n - width(n, 0), hi: math.Inf(1)}
	case mention.MoreThan:
		return interval{lo: n, hi: math.Inf(1), loOpen: width(n, 0) == 0}
	case mention.AtMost:
		return interval{lo: math.Inf(-1), hi: n + width(n, 0)}
	case mention.LessThan:
		return interval{lo: math.Inf(-1), hi: n, hiOpen: width(n, 0) == 0}
	case mention.Range:
		lo, hi := n, n
		if v.Low != nil {
			lo = *v.Low
		}
		if v.High != nil {
			hi = *v.High
		}
		return interval{lo: lo - width(lo, 0), hi: hi + width(hi, 0)}
	}
	w := width(n, 0)
	return interval{lo: n - w, hi: n + w}
}

// overlaps reports whether two intervals share a number.
func (a interval) overlaps(b interval) bool {
	if a.hi < b.lo || b.hi < a.lo {
		return false
	}
	if a.hi == b.lo && (a.hiOpen || b.loOpen) {
		return false
	}
	if b.hi == a.lo && (b.hiOpen || a.loOpen) {
		return false
	}
	return true
}

// oneSided reports an interval unbounded on one side: a value given as a
// bound ("at least 2", "up to 17").
func (a interval) oneSided() bool { return math.IsInf(a.lo, -1) || math.IsInf(a.hi, 1) }

// holds reports whether x lies in the interval, its ends included: a
// value's own figure ("more than 50": 50) counts as inside it.
func (a interval) holds(x float64) bool { return a.lo <= x && x <= a.hi }

// intersect narrows a to the numbers b allows too (they must overlap).
func (a interval) intersect(b interval) interval {
	out := a
	if b.lo > out.lo || (b.lo == out.lo && b.loOpen) {
		out.lo, out.loOpen = b.lo, b.loOpen
	}
	if b.hi < out.hi || (b.hi == out.hi && b.hiOpen) {
		out.hi, out.hiOpen = b.hi, b.hiOpen
	}
	return out
}

// valueInterval is the interval a value is compared by: widened by half
// the kind's tolerance, so that between two values the whole tolerance
// applies. Alignment and verdicts both use it.
func valueInterval(v *mention.Value, tol rules.Tolerance) interval {
	return toInterval(v, rules.Tolerance{Abs: tol.Abs / 2, Rel: tol.Rel / 2})
}

// difference measures how far apart two numbers are.
func difference(a, b float64) Difference {
	d := math.Abs(a - b)
	m := math.Max(math.Abs(a), math.Abs(b))
	rel := 0.0
	if m > 0 {
		rel = d / m
	}
	return Difference{Absolute: d, Relative: math.Round(rel*1000) / 1000}
}

// valuesDifference is the difference between two values at their nearest
// ends: "8–9 gunshots" and "12 gunshots" differ by 3, not by 4.
func valuesDifference(a, b *mention.Value) Difference {
	aLo, aHi := valueEnds(a)
	bLo, bHi := valueEnds(b)
	switch {
	case aHi < bLo:
		return difference(aHi, bLo)
	case bHi < aLo:
		return difference(aLo, bHi)
	}
	return difference(a.Number, b.Number)
}

// valueEnds are a range's bounds, or a figure's number twice.
func valueEnds(v *mention.Value) (float64, float64) {
	if v.Bound == mention.Range && v.Low != nil && v.High != nil {
		return *v.Low, *v.High
	}
	return v.Number, v.Number
}

// claimInterval is the interval a claim's value is compared by
// (valueInterval), read as the kind reads it: where the rules make the kind
// a reported count, "at least N" is the count N and "more than N" a count a
// little above N (up to aboutWidth), not open bounds; a change with
// direction down ("fell 4%") is negative, so "fell 4%" and "rose 4%"
// disagree. A figure read from a description of victims rather than a
// count ("a man was shot": 1) is at least that many: the outlet describes
// one victim, it does not say there was no other.
func claimInterval(c *claims.Claim, tol rules.Tolerance, k *rules.Kind, described bool) interval {
	v := c.Value
	iv := valueInterval(v, tol)
	if described {
		iv = valueInterval(&mention.Value{Number: v.Number, Bound: mention.AtLeast, Unit: v.Unit}, tol)
	}
	if k != nil && k.ReportedCount && !described {
		switch v.Bound {
		case mention.AtLeast:
			iv = valueInterval(&mention.Value{Number: v.Number, Bound: mention.Exact, Unit: v.Unit}, tol)
		case mention.MoreThan:
			iv.hi = math.Max(v.Number*(1+aboutWidth), iv.lo)
		}
	}
	if f := c.Frame; f != nil && f.Change && f.Direction == "down" && v.Number > 0 {
		iv = interval{lo: -iv.hi, hi: -iv.lo, loOpen: iv.hiOpen, hiOpen: iv.loOpen}
	}
	return iv
}

// reading says how the kind reads a value's bound, for a finding's
// explanation; "" when it is read as written.
func reading(v *mention.Value, k *rules.Kind) string {
	if v == nil || k == nil || !k.ReportedCount {
		return ""
	}
	switch v.Bound {
	case mention.AtLeast:
		return `"at least N" read as the reported count N`
	case mention.MoreThan:
		return fmt.Sprintf(`"more than N" read as a count just above N (up to %.0f%% more)`, aboutWidth*100)
	}
	return ""
}

// describedCount reports a claim whose figure comes from a rule's fixed
// value, not from a number in the text: "a man was shot dead" is one
// person killed by description.
func describedCount(r *rules.Rules, c *claims.Claim) bool {
	if c.Value == nil || c.Value.Number <= 0 {
		return false
	}
	ru := r.Rule(c.Rule)
	return ru != nil && ru.Value != nil
}
