package mention

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/claimdiff/claimdiff/claims/english"
	"github.com/claimdiff/claimdiff/claims/segment"
)

// ymd is a partly known calendar date; zero fields are unknown.
type ymd struct {
	y int
	m time.Month
	d int
}

// date recognises a date or date range at token i.
func (r *recogniser) date(i int) (Mention, bool) {
	w := r.norm(i)
	if w == "between" || w == "from" {
		a, n1, ok := r.dateCore(i + 1)
		if ok && a.Date != nil {
			sep := r.norm(i + 1 + n1)
			if (w == "between" && sep == "and") || (w == "from" && (sep == "to" || sep == "until" || sep == "through" || sep == "till")) {
				if b, n2, ok := r.dateCore(i + 2 + n1); ok && b.Date != nil {
					dv := *a.Date
					dv.End = b.Date.End
					dv.YearInferred = a.Date.YearInferred || b.Date.YearInferred
					if dv.Start > dv.End && dv.Start[0] != '-' {
						return Mention{}, false
					}
					return Mention{Type: Date, First: i, Last: i + 2 + n1 + n2, Date: r.newDate(dv), Person: noPerson}, true
				}
			}
		}
		return Mention{}, false
	}
	m, n, ok := r.dateCore(i)
	if !ok {
		return Mention{}, false
	}
	m.First, m.Last = i, i+n
	return m, true
}

// dateCore recognises one date at token i and returns how many tokens it took.
func (r *recogniser) dateCore(i int) (Mention, int, bool) {
	if i >= r.limit {
		return Mention{}, 0, false
	}
	t := &r.toks[i]
	w := t.Norm
	// ISO 8601: 2020-01-03
	if t.Kind == segment.Number && len(w) == 10 && w[4] == '-' && w[7] == '-' {
		if tm, err := time.Parse("2006-01-02", w); err == nil {
			return r.mk(ymd{tm.Year(), tm.Month(), tm.Day()}, false), 1, true
		}
	}
	if m, n, ok := r.relative(i); ok {
		return m, n, true
	}
	// 9 November [2019], 3rd December, the 3rd of December
	if t.Kind == segment.Number {
		d, ok := dayNumber(w)
		k := i + 1
		if r.norm(k) == "of" {
			k++
		}
		if mon, ok2 := r.month(k); ok && ok2 && (r.toks[k].Cap) {
			k++
			if r.norm(k) == "." {
				k++
			}
			y, yn := r.year(k)
			if !validDay(y, mon, d) {
				return Mention{}, 0, false
			}
			return r.mk(ymd{y, mon, d}, y == 0), k + yn - i, true
		}
	}
	// December 27th, Dec. 27, Nov. 5 2009, April 2, 2014, November 2019, in May
	if mon, ok := r.month(i); ok && t.Cap {
		k := i + 1
		if r.norm(k) == "." {
			k++
		}
		if d, ok := dayNumber(r.norm(k)); ok && r.toks[k].Kind == segment.Number && !r.followedByScale(k+1) {
			k++
			if r.norm(k) == "," && r.yearAt(k+1) {
				k++
			}
			y, yn := r.year(k)
			if !validDay(y, mon, d) {
				return Mention{}, 0, false
			}
			return r.mk(ymd{y, mon, d}, y == 0), k + yn - i, true
		}
		if y, yn := r.year(k); yn > 0 {
			return r.mk(ymd{y, mon, 0}, false), k + yn - i, true
		}
		// A bare month needs a preposition: "in May", "since March". "May" the
		// verb and "March" the noun do not.
		if english.IsBareDateOpener(r.norm(i-1)) && !(w == "may" && r.norm(i-1) == "to") {
			return r.mk(ymd{0, mon, 0}, true), k - i, true
		}
		return Mention{}, 0, false
	}
	// A bare year after a date preposition: "in 2018", "since 2016".
	if t.Kind == segment.Number && len(w) == 4 && english.IsBareDateOpener(r.norm(i-1)) && !r.followedByScale(i+1) {
		if y, yn := r.year(i); yn > 0 {
			if _, isUnit := durationUnits[r.norm(i+1)]; !isUnit && !r.followedByNoun(i+1) {
				return r.mk(ymd{y, 0, 0}, false), 1, true
			}
		}
	}
	return Mention{}, 0, false
}

// month returns the month named at token i ("December", "Dec").
func (r *recogniser) month(i int) (time.Month, bool) {
	return english.Month(r.norm(i))
}

// year returns a four-digit year at token i and 1, or 0, 0.
func (r *recogniser) year(i int) (int, int) {
	if i >= r.limit || r.toks[i].Kind != segment.Number || len(r.toks[i].Norm) != 4 {
		return 0, 0
	}
	y, err := strconv.Atoi(r.toks[i].Norm)
	if err != nil || y < 1000 || y > 2199 {
		return 0, 0
	}
	return y, 1
}

func (r *recogniser) yearAt(i int) bool { _, n := r.year(i); return n > 0 }

func (r *recogniser) followedByScale(i int) bool {
	_, ok := scales.Get(r.norm(i))
	return ok || r.norm(i) == "%" || r.norm(i) == "percent"
}

// followedByNoun is a cheap guard against "2000 people": a lower-case word
// right after a bare number that is not a preposition or verb marker.
func (r *recogniser) followedByNoun(i int) bool {
	if i >= r.limit {
		return false
	}
	t := &r.toks[i]
	if t.Kind != segment.Word || t.Cap {
		return false
	}
	switch t.Norm {
	case "people", "troops", "soldiers", "civilians", "homes", "men", "women", "children", "residents", "barrels":
		return true
	}
	return false
}

// dayNumber parses a day of month: "9", "27th", "1st".
func dayNumber(w string) (int, bool) {
	w = strings.TrimRight(w, "stndrh")
	if w == "" || (w[0] < '0' || w[0] > '9') && w[0] != '+' && w[0] != '-' {
		return 0, false // no number, as Atoi would find, without its error
	}
	if len(w) > 1 && !allDigits(w[1:]) {
		return 0, false // "9/11", "2,000": Atoi's syntax error, without its allocation
	}
	d, err := strconv.Atoi(w)
	if err != nil || d < 1 || d > 31 {
		return 0, false
	}
	return d, true
}

func daysIn(y int, m time.Month) int {
	if y == 0 {
		y = 2000 // unknown year: allow 29 February
	}
	return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

func validDay(y int, m time.Month, d int) bool { return d >= 1 && d <= daysIn(y, m) }

// relative recognises dates said relative to publication: weekdays,
// yesterday, last night, this morning, last week.
func (r *recogniser) relative(i int) (Mention, int, bool) {
	w := r.norm(i)
	pub := r.pub
	day := func(t time.Time) ymd { return ymd{t.Year(), t.Month(), t.Day()} }
	if wd, ok := english.Weekday(w); ok && r.toks[i].Cap {
		n := 1
		if p := r.norm(i + 1); p == "morning" || p == "afternoon" || p == "evening" || p == "night" {
			n = 2
		}
		if pub.IsZero() {
			return r.unresolved(), n, true
		}
		back := (int(pub.Weekday()) - int(wd) + 7) % 7
		return r.mkRel(day(pub.AddDate(0, 0, -back))), n, true
	}
	next := r.norm(i + 1)
	switch {
	case w == "yesterday":
		n := 1
		if p := r.norm(i + 1); p == "morning" || p == "afternoon" || p == "evening" {
			n = 2
		}
		if pub.IsZero() {
			return r.unresolved(), n, true
		}
		return r.mkRel(day(pub.AddDate(0, 0, -1))), n, true
	case w == "today" || w == "tonight" || w == "this" && (next == "morning" || next == "afternoon" || next == "evening"):
		n := 1
		if w == "this" {
			n = 2
		}
		if pub.IsZero() {
			return r.unresolved(), n, true
		}
		return r.mkRel(day(pub)), n, true
	case w == "last" && next == "night":
		if pub.IsZero() {
			return r.unresolved(), 2, true
		}
		return r.mkRel(day(pub.AddDate(0, 0, -1))), 2, true
	case (w == "last" || w == "this") && next == "week":
		if pub.IsZero() {
			return r.unresolved(), 2, true
		}
		monday := pub.AddDate(0, 0, -((int(pub.Weekday()) + 6) % 7))
		if w == "last" {
			monday = monday.AddDate(0, 0, -7)
		}
		dv := r.newDate(DateValue{Start: r.iso(day(monday)), End: r.iso(day(monday.AddDate(0, 0, 6))), YearInferred: true, Precision: "week"})
		return Mention{Type: Date, Date: dv, Person: noPerson}, 2, true
	case w == "last" && (next == "month" || next == "year"):
		if pub.IsZero() {
			return r.unresolved(), 2, true
		}
		if r.norm(i+1) == "month" {
			t := time.Date(pub.Year(), pub.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, -1, 0)
			m := r.mk(ymd{t.Year(), t.Month(), 0}, false)
			m.Date.YearInferred = true
			return m, 2, true
		}
		m := r.mk(ymd{pub.Year() - 1, 0, 0}, false)
		m.Date.YearInferred = true
		return m, 2, true
	}
	return Mention{}, 0, false
}

func (r *recogniser) unresolved() Mention {
	return Mention{Type: Date, Date: r.newDate(DateValue{Precision: "unresolved"}), Person: noPerson}
}

func (r *recogniser) mkRel(d ymd) Mention {
	m := r.mk(d, false)
	m.Date.YearInferred = true
	return m
}

// mk builds a date mention for d, inferring a missing year from the
// publication date (the latest such date not after publication) when
// inferYear is set and one is known.
func (r *recogniser) mk(d ymd, inferYear bool) Mention {
	dv := r.newDate(DateValue{})
	if d.y == 0 && inferYear && !r.pub.IsZero() && d.m != 0 {
		d.y = r.pub.Year()
		day := d.d
		if day == 0 {
			day = 1
		}
		if time.Date(d.y, d.m, day, 0, 0, 0, 0, time.UTC).After(r.pub.AddDate(0, 0, 1)) {
			d.y--
		}
		if d.d != 0 && !validDay(d.y, d.m, d.d) {
			d.y-- // 29 February seen from a year without one
		}
		dv.YearInferred = true
	}
	switch {
	case d.d != 0:
		day := r.iso(d)
		dv.Start, dv.End, dv.Precision = day, day, "day"
	case d.m != 0:
		dv.Start = r.iso(ymd{d.y, d.m, 1})
		dv.End = r.iso(ymd{d.y, d.m, daysIn(d.y, d.m)})
		dv.Precision = "month"
	default:
		dv.Start, dv.End, dv.Precision = r.isoYear(d.y, "-01-01"), r.isoYear(d.y, "-12-31"), "year"
	}
	return Mention{Type: Date, Date: dv, Person: noPerson}
}

// iso formats d as YYYY-MM-DD, or --MM-DD when the year is unknown, in
// r's texts.
func (r *recogniser) iso(d ymd) string {
	var buf [16]byte
	b := append(buf[:0], '-')
	if d.y != 0 {
		b = appendPadded(buf[:0], d.y, 4)
	}
	b = appendPadded(append(b, '-'), int(d.m), 2)
	b = appendPadded(append(b, '-'), d.d, 2)
	return r.texts.Keep(b, textRoom)
}

// isoYear formats year y as YYYY, followed by rest ("-01-01"), in r's
// texts.
func (r *recogniser) isoYear(y int, rest string) string {
	var buf [24]byte
	return r.texts.Keep(append(appendPadded(buf[:0], y, 4), rest...), textRoom)
}

// appendPadded appends v in decimal to b, as fmt's %0*d does with width
// digits: zeros before a number of fewer.
func appendPadded(b []byte, v, width int) []byte {
	if v < 0 {
		return fmt.Appendf(b, "%0*d", width, v)
	}
	digits := 1
	for n := v; n >= 10; n /= 10 {
		digits++
	}
	for ; digits < width; digits++ {
		b = append(b, '0')
	}
	return strconv.AppendInt(b, int64(v), 10)
}

// textRoom is the room made for a recogniser's texts at its first
// (bytes): the dates of most documents.
const textRoom = 256
