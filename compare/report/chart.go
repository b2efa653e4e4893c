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
	ax := newChartAxis(pts)
	svgW := ax.left + chartPlot + chartRight
	height := chartTop + chartRowH*float64(len(pts)) + 24
	var b strings.Builder
	fmt.Fprintf(&b, `<svg class="chart" role="img" viewBox="0 0 %.0f %.0f" width="%.0f" height="%.0f" aria-label="%s">`,
		svgW, height, svgW, height, template.HTMLEscapeString(chartLabel(f)))
	color := chartColor(f.Type)
	sort.SliceStable(pts, func(i, j int) bool { return pts[i].v.Number < pts[j].v.Number })
	for i, p := range pts {
		ax.row(&b, p, chartTop+chartRowH*float64(i)+chartRowH/2, color)
	}
	ax.scale(&b, chartTop+chartRowH*float64(len(pts))+4)
	b.WriteString(`</svg>`)
	return template.HTML(b.String())
}

// The chart's geometry in SVG units: the plot's width, the margin right of
// it, a row's height, the margin above the rows and a label character's
// width.
const chartPlot, chartRight, chartRowH, chartTop, chartCharW = 250.0, 14.0, 20.0, 8.0, 6.6

// chartAxis maps values onto the plot: lo..hi (the values' span widened by
// pad on each side) onto left..left+chartPlot, left being the label margin.
type chartAxis struct {
	lo, hi, pad, left float64
}

// newChartAxis scales an axis to the points' exact values (to all of them
// when every value is vague), widened by 15% on each side, and fits the
// label margin to the longest outlet name.
func newChartAxis(pts []chartPoint) chartAxis {
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
	longest := 0
	for _, p := range pts {
		longest = max(longest, output.Columns(output.Truncate(p.source, maxLabel)))
	}
	return chartAxis{lo: lo - pad, hi: hi + pad, pad: pad, left: math.Max(48, float64(longest)*chartCharW+14)}
}

// x is the horizontal position of value v.
func (ax chartAxis) x(v float64) float64 { return ax.left + (v-ax.lo)/(ax.hi-ax.lo)*chartPlot }

// clip brings v onto the axis and reports whether it had to.
func (ax chartAxis) clip(v float64) (float64, bool) {
	switch {
	case v < ax.lo:
		return ax.lo, true
	case v > ax.hi:
		return ax.hi, true
	}
	return v, false
}

// row draws one document's row at height y: its label, the interval its
// value allows (with an arrow where the axis cuts it) and its dot.
func (ax chartAxis) row(b *strings.Builder, p chartPoint, y float64, color string) {
	fmt.Fprintf(b, `<text x="%.0f" y="%.1f" text-anchor="end" class="label">%s</text>`, ax.left-8, y+4, template.HTMLEscapeString(output.Truncate(p.source, maxLabel)))
	a, z := compare.ValueBounds(p.v)
	a, arrowL := ax.clip(a)
	z, arrowR := ax.clip(z)
	if z > a {
		fmt.Fprintf(b, `<line class="interval" x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="%s" stroke-width="6" stroke-opacity="0.35"/>`, ax.x(a), y, ax.x(z), y, color)
	}
	if arrowR {
		fmt.Fprintf(b, `<path d="M%.1f %.1f l-8 -5 v10 z" fill="%s"/>`, ax.x(z), y, color)
	}
	if arrowL {
		fmt.Fprintf(b, `<path d="M%.1f %.1f l8 -5 v10 z" fill="%s"/>`, ax.x(a), y, color)
	}
	cx, _ := ax.clip(p.v.Number)
	fill := color
	if p.v.Vague {
		cx, fill = (a+z)/2, "#fff"
	}
	fmt.Fprintf(b, `<circle class="mark" data-doc="%s" cx="%.1f" cy="%.1f" r="5" fill="%s" stroke="%s" stroke-width="2"><title>%s: %s</title></circle>`,
		template.HTMLEscapeString(p.doc), ax.x(cx), y, fill, color, template.HTMLEscapeString(p.source), template.HTMLEscapeString(output.HumanValue(p.v)))
}

// scale draws the axis line at height y with the lowest and highest exact
// values as its ticks.
func (ax chartAxis) scale(b *strings.Builder, y float64) {
	fmt.Fprintf(b, `<line x1="%.0f" y1="%.1f" x2="%.0f" y2="%.1f" stroke="#888"/>`, ax.left, y, ax.left+chartPlot, y)
	for _, v := range []float64{ax.lo + ax.pad, ax.hi - ax.pad} {
		fmt.Fprintf(b, `<text x="%.1f" y="%.1f" text-anchor="middle" class="tick">%s</text>`, ax.x(v), y+16, template.HTMLEscapeString(output.Thousands(math.Round(v*100)/100)))
	}
}

// chartColor is the colour of a finding type's marks.
func chartColor(t compare.Type) string {
	switch t {
	case compare.Conflict:
		return "var(--conflict)"
	case compare.Update:
		return "var(--update)"
	}
	return "var(--agreement)"
}

// maxLabel is the most characters of an outlet name a chart shows.
const maxLabel = 32

// chartLabel names a chart by its finding's frame: its title when the
// finding has one.
func chartLabel(f compare.Finding) string {
	if f.Title != "" {
		return f.Title
	}
	return "values of " + f.Kind + " by outlet"
}
