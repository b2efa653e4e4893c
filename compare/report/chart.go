package report

import (
	"fmt"
	"html/template"
	"math"
	"sort"
	"strings"

	"github.com/claimdiff/claimdiff/claims/mention"
	"github.com/claimdiff/claimdiff/claims/output"
	"github.com/claimdiff/claimdiff/compare"
)

// chartable reports whether a finding gets a chart: a numeric fact that two
// or more documents give a value for.
func chartable(f compare.Finding) bool {
	switch f.Type {
	case compare.Conflict, compare.Update, compare.Agreement, compare.AttributionGap:
	default:
		return false
	}
	return len(chartPoints(f)) >= 2
}

// chartPoint is one document's value in a chart.
type chartPoint struct {
	source string
	doc    string
	v      *mention.Value
}

// chartPoints takes each document's first claim with a value.
func chartPoints(f compare.Finding) []chartPoint {
	var out []chartPoint
	seen := map[string]bool{}
	for _, c := range f.Claims {
		if c.Value == nil || seen[c.Doc] {
			continue
		}
		seen[c.Doc] = true
		out = append(out, chartPoint{c.Source, c.Doc, c.Value})
	}
	return out
}

// renderChart draws a number line as inline SVG: one row per document, a
// dot at its value, a bar over the interval a bounded value allows ("more
// than 50" runs to the right edge with an arrow, "about 5,200" spans its
// tolerance). Conflicting values are drawn in the conflict colour.
func renderChart(f compare.Finding) template.HTML {
	pts := chartPoints(f)
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, p := range pts {
		for _, x := range []float64{p.v.Number, deref(p.v.Low, p.v.Number), deref(p.v.High, p.v.Number)} {
			lo, hi = math.Min(lo, x), math.Max(hi, x)
		}
	}
	if lo == hi {
		lo, hi = lo-1, hi+1
	}
	pad := (hi - lo) * 0.15
	lo, hi = lo-pad, hi+pad
	const width, left, right, rowH, top = 340.0, 96.0, 14.0, 20.0, 8.0
	x := func(v float64) float64 { return left + (v-lo)/(hi-lo)*(width-left-right) }
	height := top + rowH*float64(len(pts)) + 24
	var b strings.Builder
	fmt.Fprintf(&b, `<svg class="chart" role="img" viewBox="0 0 %.0f %.0f" width="%.0f" height="%.0f" aria-label="%s">`,
		width, height, width, height, template.HTMLEscapeString(chartLabel(f)))
	color := "var(--agreement)"
	if f.Type == compare.Conflict {
		color = "var(--conflict)"
	} else if f.Type == compare.Update {
		color = "var(--update)"
	}
	sort.SliceStable(pts, func(i, j int) bool { return pts[i].v.Number < pts[j].v.Number })
	for i, p := range pts {
		y := top + rowH*float64(i) + rowH/2
		fmt.Fprintf(&b, `<text x="%.0f" y="%.1f" text-anchor="end" class="label">%s</text>`, left-8, y+4, template.HTMLEscapeString(p.source))
		a, z := p.v.Number, p.v.Number
		arrowL, arrowR := false, false
		switch p.v.Bound {
		case mention.About:
			w := math.Abs(p.v.Number) * 0.05
			a, z = p.v.Number-w, p.v.Number+w
			if p.v.High != nil {
				z = *p.v.High
			}
		case mention.AtLeast, mention.MoreThan:
			z, arrowR = hi, true
		case mention.AtMost, mention.LessThan:
			a, arrowL = lo, true
		case mention.Range:
			a, z = deref(p.v.Low, a), deref(p.v.High, z)
		}
		if z > a {
			fmt.Fprintf(&b, `<line class="interval" x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="%s" stroke-width="6" stroke-opacity="0.35"/>`, x(a), y, x(z), y, color)
		}
		if arrowR {
			fmt.Fprintf(&b, `<path d="M%.1f %.1f l-8 -5 v10 z" fill="%s"/>`, x(z), y, color)
		}
		if arrowL {
			fmt.Fprintf(&b, `<path d="M%.1f %.1f l8 -5 v10 z" fill="%s"/>`, x(a), y, color)
		}
		fmt.Fprintf(&b, `<circle class="mark" data-doc="%s" cx="%.1f" cy="%.1f" r="5" fill="%s"><title>%s: %s</title></circle>`,
			template.HTMLEscapeString(p.doc), x(p.v.Number), y, color, template.HTMLEscapeString(p.source), template.HTMLEscapeString(output.HumanValue(p.v)))
	}
	axisY := top + rowH*float64(len(pts)) + 4
	fmt.Fprintf(&b, `<line x1="%.0f" y1="%.1f" x2="%.0f" y2="%.1f" stroke="#888"/>`, left, axisY, width-right, axisY)
	for _, v := range []float64{lo + pad, hi - pad} {
		fmt.Fprintf(&b, `<text x="%.1f" y="%.1f" text-anchor="middle" class="tick">%s</text>`, x(v), axisY+16, template.HTMLEscapeString(output.Thousands(math.Round(v*100)/100)))
	}
	b.WriteString(`</svg>`)
	return template.HTML(b.String())
}

func deref(p *float64, def float64) float64 {
	if p == nil {
		return def
	}
	return *p
}

// chartLabel names a chart by its finding's frame: its title when the
// finding has one.
func chartLabel(f compare.Finding) string {
	if f.Title != "" {
		return f.Title
	}
	return "values of " + f.Kind + " by outlet"
}
