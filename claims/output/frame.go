package output

import (
	"strings"
	"time"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/mention"
)

// FrameText renders what a claim's number measures in one short phrase:
// "WTI crude: −4.1% (Tue 3 Nov)", "studio albums of the band: 14",
// "USD 1,912 /ounce". Claims without a frame render as ValueText.
func FrameText(c claims.Claim) string {
	f := c.Frame
	if f == nil || c.Value == nil {
		return ValueText(c)
	}
	label := f.Measured
	if f.Entity != "" && !strings.Contains(strings.ToLower(label), strings.ToLower(f.Entity)) {
		if label == "" {
			label = f.Entity
		} else {
			label += " of " + f.Entity
		}
	}
	v := *c.Value
	if strings.EqualFold(label, v.Unit) {
		label = "" // "16 people", not "people: 16 people"
	}
	if v.Unit == f.Head {
		v.Unit = "" // a count's unit is its head, already in the label
	}
	value := HumanValue(&v)
	if f.Change {
		sign := "±"
		switch {
		case f.Direction == "up":
			sign = "+"
		case f.Direction == "down":
			sign = "−"
		}
		if v.Number < 0 {
			abs := v
			abs.Number, abs.Low, abs.High = -v.Number, nil, nil
			if v.Bound == mention.Range {
				abs.Bound = mention.Exact
			}
			value = HumanValue(&abs)
		}
		if v.Bound != mention.Range {
			value = sign + value
		}
	}
	if f.Per != "" && !strings.Contains(v.Unit, "/") {
		value += "/" + f.Per
	}
	var tail []string
	if f.Scope != "" {
		tail = append(tail, f.Scope)
	}
	switch {
	case f.Time != nil:
		tail = append(tail, AnchorText(f.Time))
	case c.Date != nil && c.Date.Precision != "unresolved":
		tail = append(tail, shortDate(c.Date))
	}
	out := value
	if label != "" {
		out = label + ": " + value
	}
	if len(tail) > 0 {
		out += " (" + strings.Join(tail, ", ") + ")"
	}
	return out
}

// AnchorText renders when a figure holds for people: "Thu 27 Aug 21:00
// UTC" for a clock time in a known zone, "Thu 27 Aug 16:00 local", the
// date ("Tue 3 Nov", "1984", "2020-08-17..2020-08-23"), or the words as
// written when they cannot be resolved ("the previous night").
func AnchorText(a *claims.TimeAnchor) string {
	if a.Instant != "" {
		if t, err := time.Parse(time.RFC3339, a.Instant); err == nil {
			return t.Format("Mon 2 Jan 15:04") + " UTC"
		}
	}
	if a.Precision == "unresolved" || a.Start == "" {
		return a.Text
	}
	var d string
	t, err := time.Parse("2006-01-02", a.Start)
	end, err2 := time.Parse("2006-01-02", a.End)
	unit := map[string]string{"year": "2006", "month": "Jan 2006"}[a.Precision]
	switch {
	case err != nil || err2 != nil:
		d = a.Start
	case unit != "":
		d = t.Format(unit)
		if e := end.Format(unit); e != d {
			d += "–" + e // "Dec 2018–Mar 2019"
		}
	case a.Precision == "week":
		d = "week of " + t.Format("Mon 2 Jan 2006")
	default:
		d = shortDate(&mention.DateValue{Start: a.Start, End: a.End, YearInferred: a.Relative, Precision: a.Precision})
	}
	if a.Clock != "" {
		d += " " + a.Clock
		if a.Zone != "" {
			d += " " + a.Zone
		}
	}
	return d
}

// shortDate renders a date for people: "Tue 3 Nov" for a day in a year
// the text leaves out, "3 Nov 2020", "Nov 2020", "2019".
func shortDate(d *mention.DateValue) string {
	if d.End != d.Start {
		return d.String()
	}
	for _, layout := range []struct{ in, out string }{{"2006-01-02", "Mon 2 Jan 2006"}, {"2006-01", "Jan 2006"}, {"2006", "2006"}} {
		if t, err := time.Parse(layout.in, d.Start); err == nil {
			s := t.Format(layout.out)
			if d.YearInferred {
				s = strings.TrimSuffix(s, " "+t.Format("2006"))
			}
			return s
		}
	}
	return d.String()
}
