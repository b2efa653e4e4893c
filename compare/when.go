package compare

import (
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/english"
	"github.com/claimdiff/claimdiff/claims/mention"
	"github.com/claimdiff/claimdiff/claims/rules"
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

// stage is the stage of a story a sentence names (rules compare.stages):
// n is its rank, 1 for the earliest, 0 for none; word the phrase that
// named it.
type stage struct {
	n    int
	word string
}

// staged reports a kind whose figures are compared within one stage of
// the story (rules compare.stages): one that grows with time (an age), or
// a generic count ("three counts of assault" charged, then convicted on).
func staged(k *rules.Kind) bool { return k != nil && (k.Grows || k.Generic) }

// stagePhrase is a phrase of rules compare.stages, with its words.
type stagePhrase struct {
	text  string
	words []string
}

// stagePhrases splits the phrases of rules compare.stages into words,
// once for a comparison: per stage, its phrases.
func stagePhrases(r *rules.Rules) [][]stagePhrase {
	out := make([][]stagePhrase, len(r.Compare.Stages))
	for i, phrases := range r.Compare.Stages {
		for _, p := range phrases {
			out[i] = append(out[i], stagePhrase{p, strings.Fields(p)})
		}
	}
	return out
}

// sentenceStage is the stage of the story a sentence names (stages, from
// stagePhrases); none when it names none or words of two stages
// ("charged ... and convicted").
func sentenceStage(stages [][]stagePhrase, sentence string) stage {
	if len(stages) == 0 {
		return stage{}
	}
	words := strings.FieldsFunc(strings.ToLower(sentence), func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' })
	var out stage
	for i, phrases := range stages {
		for _, p := range phrases {
			if !hasWordsAfterFirst(words, p.words, maxStageGap) {
				continue
			}
			if out.n != 0 && out.n != i+1 {
				return stage{} // words of two stages: no one stage
			}
			out = stage{n: i + 1, word: p.text}
			break
		}
	}
	return out
}

// maxStageGap is the most words a stage phrase may hold after its first
// word: "found Albert Hernandez not guilty" for "found not guilty".
const maxStageGap = 3

// hasWordsAfterFirst reports whether words holds phrase as a run, save
// that up to gap words may stand after its first word (a verb and its
// object: "found the teenager not guilty").
func hasWordsAfterFirst(words, phrase []string, gap int) bool {
	if len(phrase) < 2 {
		return hasWords(words, phrase)
	}
	for i, w := range words {
		if w != phrase[0] {
			continue
		}
		for g := 0; g <= gap && i+1+g+len(phrase)-1 <= len(words); g++ {
			if g > 0 && english.IsNegator(words[i+g]) {
				break // "pleaded not guilty" is not "pleaded guilty"
			}
			if slices.Equal(words[i+1+g:i+g+len(phrase)], phrase[1:]) {
				return true
			}
		}
	}
	return false
}

// hasWords reports whether words holds phrase as a run.
func hasWords(words, phrase []string) bool { return wordsAt(words, phrase) >= 0 }

// wordsAt returns where words holds phrase as a run, or -1.
func wordsAt(words, phrase []string) int {
	for i := 0; i+len(phrase) <= len(words); i++ {
		if slices.Equal(words[i:i+len(phrase)], phrase) {
			return i
		}
	}
	return -1
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

// An event time (claims.KindEventTime: "landfall around 1 a.m.") is
// compared by its time, read as a span on one axis: a clock time in UTC
// (its zone known) or in local time (its zone "local" or not given: one
// story's clock times are the place's), on its day when the day is
// resolved; a date or month (with its year, or by day of the year); or an
// offset from a publication date the documents do not give ("last week",
// "next week": undated documents are read as of one date, as --published
// dates them all alike). Spans on different axes are not compared.

// timeSpan is an event time's reading: [lo, hi] on axis, in minutes for
// clock times and days otherwise, and how it was read.
type timeSpan struct {
	axis   string
	lo, hi float64
	read   string
}

// clockSlack is how far either side an unqualified clock time may be from
// the moment it names (reporters round to the hour or the quarter).
const clockSlack = 10

// eventSpan reads an event time's span, or false when it has none.
func eventSpan(r *rules.Rules, c *claims.Claim) (timeSpan, bool) {
	a := anchorOf(c)
	if a == nil {
		return timeSpan{}, false
	}
	if a.Clock != "" {
		return clockSpan(r, c, a)
	}
	if a.Start != "" && a.End != "" {
		lo, okLo := dayNumber(a.Start)
		hi, okHi := dayNumber(a.End)
		if !okLo || !okHi {
			return timeSpan{}, false
		}
		axis := "date"
		if strings.HasPrefix(a.Start, "--") {
			axis = "day of the year"
		}
		return timeSpan{axis: axis, lo: lo, hi: hi, read: fmt.Sprintf("%q: %s to %s", a.Text, a.Start, a.End)}, true
	}
	if a.Precision == "unresolved" {
		off, ok := relativeOffset(r, a.Text)
		if !ok {
			return timeSpan{}, false
		}
		lo, hi := offsetDays(off)
		return timeSpan{axis: "days from publication", lo: lo, hi: hi,
			read: fmt.Sprintf("%q: %+.0f to %+.0f days from publication", a.Text, lo, hi)}, true
	}
	return timeSpan{}, false
}

// clockSpan reads a clock time with the words that qualify it, the
// anchor's qualifier ("shortly after midnight": 00:00 to 00:30, rules
// time.qualifiers; "around 1 a.m.": time.approximate either side).
func clockSpan(r *rules.Rules, c *claims.Claim, a *claims.TimeAnchor) (timeSpan, bool) {
	var hh, mm int
	if _, err := fmt.Sscanf(a.Clock, "%d:%d", &hh, &mm); err != nil {
		return timeSpan{}, false
	}
	before, after := clockWidth(r, a.Qualifier)
	axis, lo, hi := "local time", float64(hh*60+mm), float64(hh*60+mm)
	var zones map[string]*time.Location
	if r.Time != nil {
		zones = r.Time.Zones
	}
	if us := utcClocks(a, zones); len(us) > 0 {
		axis, lo, hi = "UTC", float64(us[0]), float64(us[0])
		for _, u := range us[1:] {
			lo, hi = min(lo, float64(u)), max(hi, float64(u))
		}
	}
	if a.Precision == "day" && a.Start != "" {
		axis += " on " + a.Start
	}
	lo, hi = lo-before, hi+after
	return timeSpan{axis: axis, lo: lo, hi: hi, read: fmt.Sprintf("%q: %s to %s %s", c.Text, clock(lo), clock(hi), axis)}, true
}

// clockWidth is how many minutes before and after the time named a clock
// time with the qualifier q may be.
func clockWidth(r *rules.Rules, q string) (float64, float64) {
	if q != "" && r.Time != nil {
		if mention.Approximates(q) && r.Time.Approximate > 0 {
			return r.Time.Approximate, r.Time.Approximate
		}
		if sh, ok := r.Time.Qualifiers.Get(q); ok {
			return sh.Before, sh.After
		}
	}
	return clockSlack, clockSlack
}

func clock(m float64) string {
	x := (int(m) + 24*60) % (24 * 60)
	return fmt.Sprintf("%02d:%02d", x/60, x%60)
}

// relativeOffset reads the offset an unresolved relative anchor names:
// "next week" +1 week (rules time.relative), "last week" -1 week.
func relativeOffset(r *rules.Rules, text string) (rules.Offset, bool) {
	t := strings.ToLower(strings.Trim(text, " .,;:"))
	for _, p := range []string{"on ", "in ", "by ", "since ", "until ", "from ", "during ", "of "} {
		t = strings.TrimPrefix(t, p)
	}
	if r.Time == nil {
		return rules.Offset{}, false
	}
	return r.Time.Relative.Get(t)
}

// offsetDays is the span of days an offset may name from a date: "+1
// week" is 1 to 13 days on (next week, whatever today's weekday).
func offsetDays(o rules.Offset) (float64, float64) {
	n := float64(o.N)
	switch o.Unit {
	case "week":
		return 7*n - 6, 7*n + 6
	case "month":
		return 30*n - 30, 30*n + 30
	case "year":
		return 365*n - 365, 365*n + 365
	}
	return n, n
}

// dayNumber is a date's day count: since 1970 for a full date, the day of
// a leap year for one without its year ("--10-01").
func dayNumber(d string) (float64, bool) {
	if rest, ok := strings.CutPrefix(d, "--"); ok {
		t, err := time.Parse("2006-01-02", "2020-"+rest)
		if err != nil {
			return 0, false
		}
		return float64(t.YearDay()), true
	}
	t, err := time.Parse("2006-01-02", d)
	if err != nil {
		return 0, false
	}
	return float64(t.Unix() / 86400), true
}

// overlaps reports whether two spans on one axis share a moment. Clock
// spans wrap at midnight: 23:40 to 00:00 and 23:50 to 00:10 overlap, so
// the second is also tried a day earlier and a day later. A clock span's
// day, when given, is not trusted to settle the side of midnight
// ("midnight Thursday" names either end of the day).
func overlaps(a, b timeSpan) bool {
	shifts := []float64{0}
	if isClockAxis(a.axis) {
		shifts = append(shifts, -dayMinutes, dayMinutes)
	}
	for _, d := range shifts {
		if a.lo <= b.hi+d && b.lo+d <= a.hi {
			return true
		}
	}
	return false
}

// dayMinutes is a day's length on a clock axis.
const dayMinutes = 24 * 60

// isClockAxis reports whether spans on axis are clock minutes.
func isClockAxis(axis string) bool {
	return strings.HasPrefix(axis, "local time") || strings.HasPrefix(axis, "UTC")
}
