package mention

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/claimdiff/claimdiff/claims/segment"
)

// Describe renders a mention compactly for tests, --mentions output and the
// rules debugger: `percent "four percent" 4 % exact`.
func Describe(txt *segment.Text, m Mention) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s %q", m.Type, Text(txt, m))
	if m.Value != nil {
		b.WriteString(" " + m.Value.String())
	}
	if m.Date != nil {
		b.WriteString(" " + m.Date.String())
	}
	if m.Person[0] >= 0 {
		fmt.Fprintf(&b, " person=%q", txt.Src[txt.Tokens[m.Person[0]].Start:txt.Tokens[m.Person[1]-1].End])
	}
	return b.String()
}

// Text returns the source text a mention covers.
func Text(txt *segment.Text, m Mention) string {
	return txt.Src[txt.Tokens[m.First].Start:txt.Tokens[m.Last-1].End]
}

// FormatNumber writes n without exponent and without trailing zeros.
func FormatNumber(n float64) string { return strconv.FormatFloat(n, 'f', -1, 64) }

// String renders a value as "5200 about", "80000000 more-than low=80000000",
// "4 %", "50..60 range".
func (v *Value) String() string {
	var b strings.Builder
	switch {
	case v.Bound == Range && v.Low != nil && v.High != nil:
		b.WriteString(FormatNumber(*v.Low) + ".." + FormatNumber(*v.High))
	default:
		b.WriteString(FormatNumber(v.Number))
	}
	if v.Unit != "" {
		b.WriteString(" " + v.Unit)
	}
	b.WriteString(" " + string(v.Bound))
	return b.String()
}

// String renders a date value as "2019-12-27", "2018-12-01..2019-03-31" or
// "--12-27", with "(year inferred)" where it was.
func (d *DateValue) String() string {
	s := d.Start
	if d.Precision == "unresolved" {
		s = "unresolved"
	} else if d.End != d.Start {
		s += ".." + d.End
	}
	if d.YearInferred {
		s += " (year inferred)"
	}
	return s
}
