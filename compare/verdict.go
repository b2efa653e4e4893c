package compare

import (
	"fmt"
	"math"
	"strings"
	"unicode"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/mention"
)

// The perpetrator flags of a casualty frame (claims.Frame.Perpetrator).
const (
	perpIncluded = "included"
	perpExcluded = "excluded"
)

// factFrame is the frame a group's claims agree on, for the finding.
func (cmp *comparer) factFrame(g *group, kind string) *FactFrame {
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
	return fr
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
	if fr.Scope != "" && fr.Scope != "total" {
		what += " (" + fr.Scope + ")"
	}
	// a named entity leads ("Hurricane Laura sustained winds"); a
	// description of an event ("drive-by shooting") follows what it counts
	of := fr.Entity
	described := of != "" && strings.IndexFunc(of, unicode.IsUpper) < 0
	if of == "" || described {
		of = fr.Subject
	}
	head := strings.TrimSpace(of + " " + what)
	if described {
		head += " (" + fr.Entity + ")"
	}
	parts := []string{head}
	if fr.Time != "" {
		parts = append(parts, fr.Time)
	}
	if fr.Place != "" && !strings.Contains(of, fr.Place) {
		parts = append(parts, fr.Place)
	}
	return strings.Join(parts, ", ")
}

// title is a finding's headline: its frame, then the values side by side as
// the outlets give them, "Hurricane Laura sustained winds: 50 mph (bbc) vs
// 80 mph (cnn)".
func title(fr *FactFrame, values []SideValue, sep string) string {
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

// describeAgreement renders an agreed fact; when the outlets write the
// value differently ("16 people", "at least 16 people"), each is named.
func describeAgreement(c *claims.Claim, values []SideValue) string {
	if distinctValues(values) == nil {
		return describeFact(c)
	}
	var parts []string
	seen := map[string]bool{}
	for _, v := range values {
		if !seen[v.Value] {
			seen[v.Value] = true
			parts = append(parts, v.Value+" ("+v.Source+")")
		}
	}
	return c.Kind + " " + strings.Join(parts, ", ")
}

// toleranceUsed is the tolerance the values were compared with, and how
// the kind read their bounds.
func (cmp *comparer) toleranceUsed(items []*item) *ToleranceUsed {
	if len(items) == 0 || items[0].c.Value == nil {
		return nil
	}
	c := items[0].c
	t := cmp.r.ToleranceFor(c.Kind, c.Rule)
	u := &ToleranceUsed{Abs: t.Abs, Rel: t.Rel}
	for _, it := range items {
		if r := reading(it.c.Value, cmp.al.kindOf(it)); r != "" && !contains(u.Readings, r) {
			u.Readings = append(u.Readings, r)
		}
		if it.c.Value != nil && it.c.Value.Bound == "about" && !contains(u.Readings, aboutReading) {
			u.Readings = append(u.Readings, aboutReading)
		}
	}
	return u
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
