package rules

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	_ "time/tzdata" // zones resolve the same on every machine

	"github.com/claimdiff/claimdiff/claims/phrase"
	"gopkg.in/yaml.v3"
)

// Time is the vocabulary of time anchors, the words that say when a figure
// holds: the zone abbreviations after a clock time ("4 p.m. CT", "21:00
// GMT") and the phrases that place a figure relative to the story's date
// ("the previous night", "a year earlier", "next week").
type Time struct {
	// Zones maps a lower-case zone abbreviation to its location: an IANA
	// zone, whose daylight saving follows the date ("CT" is
	// America/Chicago: UTC−5 in August, UTC−6 in January), or a fixed
	// offset ("CDT" is UTC−5); nil for an abbreviation of several zones
	// ("IST": India, Ireland or Israel), read as a zone but never converted.
	Zones map[string]*time.Location
	// Relative maps a phrase to the offset it names from the reference
	// date: "the previous night" → −1 day, "next week" → +1 week.
	Relative *phrase.Set[Offset]
	// Before and After are the words after a duration that make it an
	// offset: "three days ago", "two weeks later".
	Before, After *phrase.Set[bool]
	// Approximate is how many minutes either side of a clock time an
	// approximator puts it ("around 1 a.m."; the approximators are
	// claims/mention's: about, around, roughly, approximately...).
	Approximate float64
	// Qualifiers maps the words before a time that shift it to the minutes
	// before and after the time named they allow: "shortly after" → 0, 30.
	Qualifiers *phrase.Set[Shift]
}

// Shift is how far before and after the time named a qualified time may
// be, in minutes.
type Shift struct {
	Before, After float64
}

// Offset is a calendar offset: N units (day, week, month or year), N
// negative for the past.
type Offset struct {
	N    int
	Unit string
}

// String renders the offset as written in the rules file: "-1 day".
func (o Offset) String() string { return fmt.Sprintf("%+d %s", o.N, o.Unit) }

var timeFields = []string{"zones", "relative", "before", "after", "approximate", "qualifiers"}

// offsetUnits are the units an offset may count.
var offsetUnits = map[string]string{"day": "day", "days": "day", "week": "week", "weeks": "week",
	"month": "month", "months": "month", "year": "year", "years": "year"}

// ParseOffset reads an offset as the rules file writes it: "-1 day",
// "+2 weeks".
func ParseOffset(s string) (Offset, error) {
	f := strings.Fields(s)
	if len(f) != 2 {
		return Offset{}, fmt.Errorf("offset %q: want a signed count and a unit, like \"-1 day\"", s)
	}
	n, err := strconv.Atoi(f[0])
	if err != nil || (f[0][0] != '-' && f[0][0] != '+') {
		return Offset{}, fmt.Errorf("offset %q: %q is not a signed whole number", s, f[0])
	}
	u, ok := offsetUnits[strings.ToLower(f[1])]
	if !ok {
		return Offset{}, fmt.Errorf("offset %q: unit %q is not day, week, month or year", s, f[1])
	}
	return Offset{N: n, Unit: u}, nil
}

// ParseZone reads a zone as the rules file writes it: an IANA name
// ("America/Chicago", "UTC") or a fixed offset ("+05:30", "-05:00").
func ParseZone(s string) (*time.Location, error) {
	if len(s) == 6 && (s[0] == '+' || s[0] == '-') && s[3] == ':' {
		h, err1 := strconv.Atoi(s[1:3])
		m, err2 := strconv.Atoi(s[4:6])
		if err1 != nil || err2 != nil || h > 14 || m > 59 {
			return nil, fmt.Errorf("zone offset %q: want ±HH:MM", s)
		}
		off := h*3600 + m*60
		if s[0] == '-' {
			off = -off
		}
		return time.FixedZone("UTC"+s, off), nil
	}
	loc, err := time.LoadLocation(s)
	if err != nil {
		return nil, fmt.Errorf("zone %q: not an IANA zone name or ±HH:MM offset", s)
	}
	return loc, nil
}

// ambiguousZone is what the rules file writes for an abbreviation of
// several zones.
const ambiguousZone = "ambiguous"

func newTime() *Time {
	return &Time{Zones: map[string]*time.Location{}, Relative: phrase.New[Offset](),
		Before: phrase.New[bool](), After: phrase.New[bool](), Qualifiers: phrase.New[Shift]()}
}

func (t *Time) clone() *Time {
	c := newTime()
	for k, v := range t.Zones {
		c.Zones[k] = v
	}
	c.Relative, c.Before, c.After = copySet(t.Relative), copySet(t.Before), copySet(t.After)
	c.Approximate, c.Qualifiers = t.Approximate, copySet(t.Qualifiers)
	return c
}

func (l *loader) time(n *yaml.Node, t *Time) {
	f, _ := l.fields(n, "time", timeFields...)
	if v := f["zones"]; v != nil {
		zf, order := l.fields(v, "time.zones")
		for _, abbr := range order {
			s, ok := l.str(zf[abbr], "time.zones."+abbr)
			if !ok {
				continue
			}
			if s == ambiguousZone {
				t.Zones[strings.ToLower(abbr)] = nil
				continue
			}
			loc, err := ParseZone(s)
			if err != nil {
				l.errf(zf[abbr], "time.zones.%s: %v", abbr, err)
				continue
			}
			t.Zones[strings.ToLower(abbr)] = loc
		}
	}
	if v := f["relative"]; v != nil {
		rf, order := l.fields(v, "time.relative")
		for _, key := range order {
			off, err := ParseOffset(key)
			if err != nil {
				l.errf(rf[key], "time.relative: %v", err)
				continue
			}
			for _, p := range l.strs(rf[key], "time.relative."+key) {
				t.Relative.Add(strings.ToLower(p), off)
			}
		}
	}
	if v := f["approximate"]; v != nil {
		if m, ok := l.float(v, "time.approximate"); ok {
			t.Approximate = m
		}
	}
	if v := f["qualifiers"]; v != nil {
		qf, order := l.fields(v, "time.qualifiers")
		for _, words := range order {
			what := "time.qualifiers." + words
			n := resolve(qf[words])
			if n.Kind != yaml.SequenceNode || len(n.Content) != 2 {
				l.errf(n, "%s must be [minutes before, minutes after], got %s", what, kindName(n))
				continue
			}
			before, ok1 := l.float(n.Content[0], what)
			after, ok2 := l.float(n.Content[1], what)
			if ok1 && ok2 {
				t.Qualifiers.Add(strings.ToLower(words), Shift{Before: before, After: after})
			}
		}
	}
	for _, ks := range []struct {
		key string
		set *phrase.Set[bool]
	}{{"before", t.Before}, {"after", t.After}} {
		key, set := ks.key, ks.set
		if v := f[key]; v != nil {
			for _, s := range l.strs(v, "time."+key) {
				set.Add(strings.ToLower(s), true)
			}
		}
	}
}
