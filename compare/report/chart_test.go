package report

import (
	"regexp"
	"strconv"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/mention"
	"github.com/claimdiff/claimdiff/compare"
)

var markRE = regexp.MustCompile(`<circle class="mark" data-doc="([^"]+)" cx="([0-9.]+)"`)

// TestChartScalesToExactValues: a vague "dozens" (24-99) beside 49 and 50
// does not stretch the axis; 49 and 50 stay far apart, the range is clipped
// with an arrow, and a long outlet name widens the label margin.
func TestChartScalesToExactValues(t *testing.T) {
	lo, hi := 24.0, 99.0
	f := compare.Finding{Type: compare.Conflict, Kind: "killed", Claims: []claims.Claim{
		{Doc: "a", Source: "The Very Long Name of a Regional Outlet Daily", Value: &mention.Value{Number: 49, Bound: mention.Exact, Unit: "people"}},
		{Doc: "b", Source: "Wire", Value: &mention.Value{Number: 50, Bound: mention.Exact, Unit: "people"}},
		{Doc: "c", Source: "Herald", Value: &mention.Value{Number: 24, Low: &lo, High: &hi, Bound: mention.Range, Unit: "people", Vague: true}},
	}}
	svg := string(renderChart(f, nil))
	cx := map[string]float64{}
	for _, m := range markRE.FindAllStringSubmatch(svg, -1) {
		cx[m[1]], _ = strconv.ParseFloat(m[2], 64)
	}
	if len(cx) != 3 {
		t.Fatalf("%d marks in %s", len(cx), svg)
	}
	if d := cx["b"] - cx["a"]; d < 100 {
		t.Errorf("49 and 50 are %.1f px apart, want the axis scaled to them (100+)", d)
	}
	if !regexp.MustCompile(`<path d="M[0-9.]+ [0-9.]+ l-8 -5 v10 z"`).MatchString(svg) || !regexp.MustCompile(`<path d="M[0-9.]+ [0-9.]+ l8 -5 v10 z"`).MatchString(svg) {
		t.Errorf("the clipped vague range has no arrows: %s", svg)
	}
	if !regexp.MustCompile(`text-anchor="end" class="label">The Very Long Name of a Regiona…</text>`).MatchString(svg) {
		t.Errorf("long label not cut to %d characters: %s", maxLabel, svg)
	}
	m := regexp.MustCompile(`<text x="([0-9.]+)" y="[0-9.]+" text-anchor="end" class="label">The Very`).FindStringSubmatch(svg)
	if x, _ := strconv.ParseFloat(m[1], 64); x < float64(maxLabel)*6 {
		t.Errorf("label ends at x=%v: too little room for %d characters", x, maxLabel)
	}
}
