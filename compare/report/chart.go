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
// tolerance). The axis is scaled to the exact values, so a 49-vs-50
// conflict stays visible beside a vague "dozens" (24-99): vague values and
// intervals are clipped to the axis, an arrow marking where they go on, and
// a vague value's dot is hollow. Conflicting values are drawn in the
// conflict colour. The label margin fits the longest outlet name (cut at
// maxLabel characters; the full name is the dot's tooltip).
func renderChart(f compare.Finding, names outletNames) template.HTML {
	pts := chartPoints(f)
	for i := range pts {
		pts[i].source = names.of(pts[i].source)
	}
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, p := range pts {
		if !p.v.Vague {
			lo, hi = math.Min(lo, p.v.Number), math.Max(hi, p.v.Number)
		}
	}
	if math.IsInf(lo, 1) { // only vague values: their numbers
		for _, p := range pts {
			lo, hi = math.Min(lo, p.v.Number), math.Max(hi, p.v.Number)
		}
	}
	if lo == hi {
		d := math.Max(1, math.Abs(lo)*0.05)
		lo, hi = lo-d, hi+d
	}
	pad := (hi - lo) * 0.15
	lo, hi = lo-pad, hi+pad
	longest := 0
	for _, p := range pts {
		longest = max(longest, width(truncate(p.source, maxLabel)))
	}
	const plot, right, rowH, top, charW = 250.0, 14.0, 20.0, 8.0, 6.6
	left := math.Max(48, float64(longest)*charW+14)
	svgW := left + plot + right
	x := func(v float64) float64 { return left + (v-lo)/(hi-lo)*plot }
	clip := func(v float64) (float64, bool) {
		switch {
		case v < lo:
			return lo, true
		case v > hi:
			return hi, true
		}
		return v, false
	}
	height := top + rowH*float64(len(pts)) + 24
	var b strings.Builder
	fmt.Fprintf(&b, `<svg class="chart" role="img" viewBox="0 0 %.0f %.0f" width="%.0f" height="%.0f" aria-label="%s">`,
		svgW, height, svgW, height, template.HTMLEscapeString(chartLabel(f)))
	color := "var(--agreement)"
	if f.Type == compare.Conflict {
		color = "var(--conflict)"
	} else if f.Type == compare.Update {
		color = "var(--update)"
	}
	sort.SliceStable(pts, func(i, j int) bool { return pts[i].v.Number < pts[j].v.Number })
	for i, p := range pts {
		y := top + rowH*float64(i) + rowH/2
		fmt.Fprintf(&b, `<text x="%.0f" y="%.1f" text-anchor="end" class="label">%s</text>`, left-8, y+4, template.HTMLEscapeString(truncate(p.source, maxLabel)))
		a, z := p.v.Number, p.v.Number
		switch p.v.Bound {
		case mention.About:
			w := math.Abs(p.v.Number) * 0.05
			a, z = p.v.Number-w, p.v.Number+w
			if p.v.High != nil {
				z = *p.v.High
			}
		case mention.AtLeast, mention.MoreThan:
			z = math.Inf(1)
		case mention.AtMost, mention.LessThan:
			a = math.Inf(-1)
		case mention.Range:
			a, z = deref(p.v.Low, a), deref(p.v.High, z)
		}
		a, arrowL := clip(a)
		z, arrowR := clip(z)
		if z > a {
			fmt.Fprintf(&b, `<line class="interval" x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="%s" stroke-width="6" stroke-opacity="0.35"/>`, x(a), y, x(z), y, color)
		}
		if arrowR {
			fmt.Fprintf(&b, `<path d="M%.1f %.1f l-8 -5 v10 z" fill="%s"/>`, x(z), y, color)
		}
		if arrowL {
			fmt.Fprintf(&b, `<path d="M%.1f %.1f l8 -5 v10 z" fill="%s"/>`, x(a), y, color)
		}
		cx, _ := clip(p.v.Number)
		fill := color
		if p.v.Vague {
			cx, fill = (a+z)/2, "#fff"
		}
		fmt.Fprintf(&b, `<circle class="mark" data-doc="%s" cx="%.1f" cy="%.1f" r="5" fill="%s" stroke="%s" stroke-width="2"><title>%s: %s</title></circle>`,
			template.HTMLEscapeString(p.doc), x(cx), y, fill, color, template.HTMLEscapeString(p.source), template.HTMLEscapeString(output.HumanValue(p.v)))
	}
	axisY := top + rowH*float64(len(pts)) + 4
	fmt.Fprintf(&b, `<line x1="%.0f" y1="%.1f" x2="%.0f" y2="%.1f" stroke="#888"/>`, left, axisY, left+plot, axisY)
	for _, v := range []float64{lo + pad, hi - pad} {
		fmt.Fprintf(&b, `<text x="%.1f" y="%.1f" text-anchor="middle" class="tick">%s</text>`, x(v), axisY+16, template.HTMLEscapeString(output.Thousands(math.Round(v*100)/100)))
	}
	b.WriteString(`</svg>`)
	return template.HTML(b.String())
}

// maxLabel is the most characters of an outlet name a chart shows.
const maxLabel = 32

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
