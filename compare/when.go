package compare

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/english"
)

// When a figure holds is its frame's time anchor (claims.TimeAnchor): "as
// of 4 p.m. CT Thursday", "at 21:00 GMT". Two anchors that name one moment
// are evidence that two figures are one fact; two that cannot be one
// moment keep the figures apart, unless the kind is revisable, where the
// later figure is an update.

// anchorOf returns the claim's time anchor, or nil.
func anchorOf(c *claims.Claim) *claims.TimeAnchor {
	if c.Frame == nil {
		return nil
	}
	return c.Frame.Time
}

// zoneProbe are the days a clock time in a zone with daylight saving is
// read on when its day is unknown: one in winter, one in summer, so that
// "4 p.m. CT" may be 21:00 or 22:00 GMT.
var zoneProbe = [2]time.Time{time.Date(2020, 1, 15, 0, 0, 0, 0, time.UTC), time.Date(2020, 7, 15, 0, 0, 0, 0, time.UTC)}

// utcClocks returns the minutes after midnight UTC that an anchor's clock
// time may be: one reading for a fixed zone or a known day, two for a zone
// with daylight saving on an unknown day. Nil when the anchor has no clock
// time or its zone is unknown ("local time").
func utcClocks(a *claims.TimeAnchor, zones map[string]*time.Location) []int {
	if a == nil || a.Clock == "" || a.Zone == "" {
		return nil
	}
	loc := zones[strings.ToLower(a.Zone)]
	if loc == nil {
		return nil
	}
	var hh, mm int
	if _, err := fmt.Sscanf(a.Clock, "%d:%d", &hh, &mm); err != nil {
		return nil
	}
	days := zoneProbe[:]
	if a.Precision == "day" && !strings.HasPrefix(a.Start, "--") {
		if d, err := time.Parse("2006-01-02", a.Start); err == nil {
			days = []time.Time{d}
		}
	}
	var out []int
	for _, d := range days {
		t := time.Date(d.Year(), d.Month(), d.Day(), hh, mm, 0, 0, loc).UTC()
		m := t.Hour()*60 + t.Minute()
		if len(out) == 0 || out[0] != m {
			out = append(out, m)
		}
	}
	return out
}

// weekday returns the weekday an anchor names ("Thursday"), or "".
func weekday(a *claims.TimeAnchor) string {
	for _, w := range strings.Fields(strings.ToLower(a.Text)) {
		w = strings.Trim(w, ".,;:()")
		if english.IsCalendarWord(w) && strings.HasSuffix(w, "day") {
			return w
		}
	}
	return ""
}

// daysMayMatch reports whether two anchors may fall on one day: their
// dates overlap, or one of them gives no date, and they name no two
// different weekdays.
func daysMayMatch(a, b *claims.TimeAnchor) bool {
	if wa, wb := weekday(a), weekday(b); wa != "" && wb != "" && wa != wb {
		return false
	}
	if a.Start == "" || b.Start == "" || strings.HasPrefix(a.Start, "--") != strings.HasPrefix(b.Start, "--") {
		return true
	}
	return a.Start <= b.End && b.Start <= a.End
}

// sameMoment reports whether two anchors name one moment, and says how:
// the same instant, or clock times that are one time of day in UTC on a
// day both may share ("at 21:00 GMT" and "as of 4 p.m. CT Thursday" in
// summer).
func sameMoment(a, b *claims.TimeAnchor, zones map[string]*time.Location) (bool, string) {
	if a == nil || b == nil {
		return false, ""
	}
	if a.Instant != "" && b.Instant != "" {
		if a.Instant == b.Instant {
			return true, fmt.Sprintf("the same moment (%q, %q: %s)", a.Text, b.Text, a.Instant)
		}
		return false, ""
	}
	ua, ub := utcClocks(a, zones), utcClocks(b, zones)
	if len(ua) == 0 || len(ub) == 0 || !daysMayMatch(a, b) {
		return false, ""
	}
	for _, x := range ua {
		for _, y := range ub {
			if x == y {
				return true, fmt.Sprintf("the same moment (%q, %q: %02d:%02d UTC)", a.Text, b.Text, x/60, x%60)
			}
		}
	}
	return false, ""
}

// differentTimes names why two anchors cannot be one moment or one day,
// or returns "": two different instants, or two resolved dates that do not
// overlap. Weekdays that were not resolved (no publication date) say
// nothing: the anchor nearest a figure is sometimes when it was reported
// ("it emerged on Thursday"), sometimes the period it covers ("the week
// that ended Saturday").
func differentTimes(a, b *claims.TimeAnchor, zones map[string]*time.Location) string {
	if a == nil || b == nil {
		return ""
	}
	if a.Instant != "" && b.Instant != "" {
		if a.Instant != b.Instant {
			return fmt.Sprintf("%q (%s) vs %q (%s)", a.Text, a.Instant, b.Text, b.Instant)
		}
		return ""
	}
	if a.Start != "" && b.Start != "" && strings.HasPrefix(a.Start, "--") == strings.HasPrefix(b.Start, "--") &&
		(a.End < b.Start || b.End < a.Start) {
		return fmt.Sprintf("%q (%s) vs %q (%s)", a.Text, a.Start, b.Text, b.Start)
	}
	return ""
}

// timeKeys is when each item's figure holds (timeKey), comparable across
// the items: when some are known to the day only, instants are cut to
// their day, so that a figure "on Thursday" and one "at 4 p.m. Thursday"
// are one time, never an earlier and a later one.
func timeKeys(cmp *comparer, items []*item) []string {
	keys := make([]string, len(items))
	short := false
	for i, it := range items {
		keys[i] = cmp.timeKey(it)
		short = short || keys[i] != "" && len(keys[i]) <= len("2006-01-02")
	}
	if short {
		for i, k := range keys {
			if len(k) > len("2006-01-02") {
				keys[i] = k[:len("2006-01-02")]
			}
		}
	}
	return keys
}

// timeOrder sorts the primary items that have a value by when they hold
// (timeKeys), earliest first, and gives each its time and each document
// its rank in that order, for an update's summary and claim order.
func (cmp *comparer) timeOrder(prim []*item) ([]*item, map[*item]string, map[string]int) {
	var withValue []*item
	for _, it := range prim {
		if it.c.Value != nil {
			withValue = append(withValue, it)
		}
	}
	ks := timeKeys(cmp, withValue)
	keys := map[*item]string{}
	for i, it := range withValue {
		keys[it] = ks[i]
	}
	order := slices.Clone(withValue)
	sort.SliceStable(order, func(i, j int) bool { return keys[order[i]] < keys[order[j]] })
	rank := map[string]int{}
	for i, it := range order {
		if _, ok := rank[it.c.Doc]; !ok {
			rank[it.c.Doc] = i
		}
	}
	return order, keys, rank
}

// timeKey is when a figure holds, for ordering an update: its anchor's
// instant or day, else the document's publication time; "" when unknown.
func (cmp *comparer) timeKey(it *item) string {
	if a := anchorOf(it.c); a != nil {
		switch {
		case a.Instant != "":
			return a.Instant
		case a.Precision == "day" && !strings.HasPrefix(a.Start, "--"):
			return a.Start
		}
	}
	return cmp.published(it.c.Doc)
}
