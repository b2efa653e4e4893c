package rules

import (
	"strings"
	"testing"
	"time"
)

// TestTimeSection checks the time: section: zones (IANA names with their
// daylight saving, fixed offsets), relative phrases with their offsets,
// and errors at the node at fault.
func TestTimeSection(t *testing.T) {
	src := "version: 1\ntime:\n  zones: {CT: America/Chicago, IST: \"+05:30\", XST: ambiguous}\n  relative: {\"-1 day\": [the previous night]}\n  before: [ago]\n  approximate: 15\n  qualifiers: {shortly after: [0, 30]}\n"
	r, err := Load("r.yaml", []byte(src), nil)
	if err != nil {
		t.Fatal(err)
	}
	aug := time.Date(2020, 8, 27, 16, 0, 0, 0, r.Time.Zones["ct"])
	if got := aug.UTC().Hour(); got != 21 {
		t.Errorf("4 p.m. CT in August = %d:00 UTC, want 21:00", got)
	}
	if _, off := time.Date(2020, 1, 1, 0, 0, 0, 0, r.Time.Zones["ist"]).Zone(); off != 5*3600+1800 {
		t.Errorf("IST offset %d, want 19800", off)
	}
	if loc, ok := r.Time.Zones["xst"]; !ok || loc != nil {
		t.Errorf("XST: ambiguous read as %v, %v; want a zone with no location", loc, ok)
	}
	if off, ok := r.Time.Relative.Get("the previous night"); !ok || off != (Offset{N: -1, Unit: "day"}) {
		t.Errorf("relative: %v %v", off, ok)
	}
	if sh, ok := r.Time.Qualifiers.Get("shortly after"); !ok || sh != (Shift{Before: 0, After: 30}) || r.Time.Approximate != 15 {
		t.Errorf("qualifiers: %v %v, approximate %v", sh, ok, r.Time.Approximate)
	}
	if !r.Time.Before.HasWord("ago") {
		t.Errorf("before: ago missing")
	}
	for _, tc := range []struct{ src, want string }{
		{"version: 1\ntime:\n  zones: {XT: Mars/Olympus}\n", `r.yaml:3:15: time.zones.XT: zone "Mars/Olympus"`},
		{"version: 1\ntime:\n  zones: {XT: \"+25:00\"}\n", `r.yaml:3:15: time.zones.XT: zone offset "+25:00"`},
		{"version: 1\ntime:\n  relative: {\"1 day\": [x]}\n", `r.yaml:3:23: time.relative: offset "1 day"`},
		{"version: 1\ntime:\n  relative: {\"-1 fortnight\": [x]}\n", `unit "fortnight"`},
		{"version: 1\ntime:\n  zonez: {}\n", `unknown field "zonez"`},
		{"version: 1\ntime:\n  qualifiers: {by: 60}\n", `r.yaml:3:20: time.qualifiers.by must be [minutes before, minutes after]`},
		{"version: 1\ntime:\n  qualifiers: {by: [60, x]}\n", `time.qualifiers.by must be a number, got "x"`},
	} {
		_, err := Load("r.yaml", []byte(tc.src), nil)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%q: got %v, want %q", tc.src, err, tc.want)
		}
	}
}
