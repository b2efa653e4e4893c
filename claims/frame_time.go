package claims

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/claimdiff/claimdiff/claims/english"
	"github.com/claimdiff/claimdiff/claims/mention"
	"github.com/claimdiff/claimdiff/claims/phrase"
	"github.com/claimdiff/claimdiff/claims/rules"
	"github.com/claimdiff/claimdiff/claims/segment"
)

// timeWindow bounds how far from a number its time anchor is looked for,
// so each anchor costs O(1): two slot windows (slots.go), written out so
// this low file needs nothing from the slots above it.
const timeWindow = 24

// anchorPart is one piece of a time anchor found in a sentence: a date, a
// relative phrase, an offset duration or a clock time, over tokens
// [first, last).
type anchorPart struct {
	first, last int
	// date: a resolved (or unresolved) date; rel: the date is relative
	date *mention.DateValue
	rel  bool
	// offset: to apply to the reference date ("the previous night")
	offset *rules.Offset
	// clock: minutes after midnight, -1 when none; zone as written
	clock int
	zone  string
	loc   *time.Location
}

// timeAnchor finds when the figure mv holds: the anchor nearest to it in
// its sentence, a clock time joined to a date beside it ("4 p.m. CT
// Thursday", "21:00 GMT on Thursday").
func (b *builder) timeAnchor(mv mention.Mention, s segment.Sentence) *TimeAnchor {
	a, _, _ := b.anchorAt(mv, s)
	return a
}

// anchorAt is timeAnchor with the tokens [first, last) the anchor's text
// covers, its preposition included; nil and -1, -1 when there is none.
func (b *builder) anchorAt(mv mention.Mention, s segment.Sentence) (*TimeAnchor, int, int) {
	lo, hi := max(s.First, mv.First-timeWindow), min(s.Last, mv.Last+timeWindow)
	// the parts, few in the window, in room on the stack, and joined
	// in place: a part joined is written at or before the one read
	var room [8]anchorPart
	parts := room[:0]
	own := b.coverOf(mv)
	var p anchorPart // the part read, written only where one starts
	toks := b.txt.Tokens
	var rel *phrase.Set[rules.Offset]
	if b.rules.Time != nil {
		rel = b.rules.Time.Relative
	}
	for i := lo; i < hi; {
		if i >= mv.First && i < mv.Last {
			i = mv.Last
			continue
		}
		// most tokens of the window start no part: the test, inlined,
		// spares the call
		if !b.mayStartPart(rel, &toks[i], i) || !b.anchorPartAt(&p, i, hi, &mv, own) {
			i++
			continue
		}
		parts = append(parts, p)
		i = p.last
	}
	if len(parts) == 0 {
		return nil, -1, -1
	}
	// join a clock time to a date at most two small words away
	joined := parts[:0]
	for _, p := range parts {
		if n := len(joined); n > 0 {
			q := &joined[n-1]
			if (q.clock >= 0) != (p.clock >= 0) && b.joinable(q.last, p.first) {
				if p.clock >= 0 {
					q.clock, q.zone, q.loc = p.clock, p.zone, p.loc
				} else {
					q.date, q.rel, q.offset = p.date, p.rel, p.offset
				}
				q.last = p.last
				continue
			}
		}
		joined = append(joined, p)
	}
	best, bestDist := -1, 1<<30
	for k, p := range joined {
		d := p.first - mv.Last
		if p.last <= mv.First {
			d = mv.First - p.last
		}
		if d < bestDist {
			best, bestDist = k, d
		}
	}
	return b.resolveAnchor(joined[best], mv, s)
}

// joinable reports whether the tokens [i, j) between two anchor parts are
// at most two words that keep them one anchor: "on", "at", ",".
func (b *builder) joinable(i, j int) bool {
	if j-i > 2 {
		return false
	}
	for k := i; k < j; k++ {
		switch b.txt.Tokens[k].Norm {
		case "on", "at", ",", "(", "of":
		default:
			return false
		}
	}
	return true
}

// anchorPartAt reads the anchor part starting at token i into p, never
// taking the figure mv's own tokens nor its mention (own, its index in the
// input: coverOf), and reports whether one starts there; where none does,
// p is left as it was. Most tokens start none: they cost no part written.
func (b *builder) anchorPartAt(p *anchorPart, i, limit int, mv *mention.Mention, own int) bool {
	toks := b.txt.Tokens
	tr := b.rules.Time
	// anchorAt asks mayStartPart first; a token it lets through for a
	// mention or a clock starts no relative time mostly: the first-word
	// filter, inlined, spares the walk
	if tr != nil && i < limit && tr.Relative.MayStart(&toks[i]) {
		if off, n := tr.Relative.Longest(toks, i, limit); n > 0 && !inMention(i, i+n, *mv) {
			*p = anchorPart{first: i, last: i + n, offset: escape(off), clock: -1, rel: true}
			return true
		}
	}
	if k := b.in.Cover(i); k >= 0 && k != own {
		m := b.in.Mentions[k]
		switch {
		case m.First != i:
		case m.Type == mention.Date && m.Date != nil:
			*p = anchorPart{first: m.First, last: m.Last, date: m.Date, rel: b.relativeDate(m), clock: -1}
			return true
		case m.Type == mention.Duration && tr != nil && m.Last < limit && m.Value != nil:
			if off, ok := durationOffset(m.Value); ok {
				if n, back := b.offsetAfter(m.Last, limit); n > 0 {
					if back {
						off.N = -off.N
					}
					*p = anchorPart{first: m.First, last: m.Last + n, offset: escape(off), clock: -1, rel: true}
					return true
				}
			}
		}
	}
	if mins, n := b.clockAt(i, limit); n > 0 && !inMention(i, i+n, *mv) {
		*p = anchorPart{first: i, last: i + n, clock: mins}
		if j := p.last; j < limit {
			if tr != nil {
				if loc, ok := tr.Zones[toks[j].Norm]; ok {
					p.zone, p.loc, p.last = b.txt.Src[toks[j].Start:toks[j].End], loc, j+1
				}
			}
			if p.zone == "" && toks[j].Norm == "local" && j+1 < limit && toks[j+1].Norm == "time" {
				p.zone, p.last = "local", j+2
			}
		}
		return true
	}
	return false
}

// mayStartPart reports whether token t, the document's ith, may start an
// anchor part (anchorPartAt): the first word of a relative phrase of rel
// (the rules', nil for none), the first token of a mention (a date or a
// duration), or a clock time's (mayBeClock). Where it does not,
// anchorPartAt reads none.
func (b *builder) mayStartPart(rel *phrase.Set[rules.Offset], t *segment.Token, i int) bool {
	return rel.MayStart(t) || b.in.Cover(i) >= 0 || mayBeClock(t)
}

// mayBeClock is clockAt's first test: a clock time starts with a number
// or is a clock word (clockWord).
func mayBeClock(t *segment.Token) bool {
	if t.Kind == segment.Number {
		return true
	}
	_, word := clockWord(t.Norm)
	return word
}

// clockWord returns the time a clock word names, in minutes after
// midnight: "noon", "midday", "midnight".
func clockWord(w string) (int, bool) {
	switch w {
	case "noon", "midday":
		return 12 * 60, true
	case "midnight":
		return 0, true
	}
	return 0, false
}

// escape returns a pointer to a copy of v. Taking &v of a variable every
// call declares would move it to the heap on every call (it escapes), found
// or not; the copy is made only for a part that is returned.
func escape[T any](v T) *T { return &v }

// isOffset reports a duration that says when, not how long: one followed
// by "ago", "earlier" or "later", or inside a relative phrase ("a year
// earlier", "the previous week").
func (b *builder) isOffset(mv mention.Mention, s segment.Sentence) bool {
	tr := b.rules.Time
	if tr == nil {
		return false
	}
	toks := b.txt.Tokens
	if n, _ := b.offsetAfter(mv.Last, s.Last); n > 0 {
		return true
	}
	for i := max(s.First, mv.First-2); i <= mv.First; i++ {
		if _, n := tr.Relative.Longest(toks, i, s.Last); n > 0 && i+n >= mv.Last {
			return true
		}
	}
	return false
}

// offsetAfter reads the words after a duration ending before token end
// that make it an offset (before limit): rules time.before ("ago",
// "earlier"), which look back, or time.after ("later", "on"). A word of
// time.after that may open a phrase ("on") counts only where the clause
// ends after it ("three years on, ..."): "10 years on three counts" and
// "two days on Monday" are no offsets. It returns how many tokens the
// words take, 0 for none, and whether they look back.
func (b *builder) offsetAfter(end, limit int) (n int, back bool) {
	tr := b.rules.Time
	if tr == nil || end >= limit {
		return 0, false
	}
	toks := b.txt.Tokens
	if _, n := tr.Before.Longest(toks, end, limit); n > 0 {
		return n, true
	}
	_, n = tr.After.Longest(toks, end, limit)
	if n > 0 && english.IsTimePrepositionKey(toks[end+n-1].Key, toks[end+n-1].Norm) {
		if j := end + n; j < len(toks) && toks[j].Kind != segment.Punct {
			return 0, false
		}
	}
	return n, false
}

func inMention(first, last int, mv mention.Mention) bool { return first < mv.Last && mv.First < last }

// coverOf is the index of mention mv in the input.
func (b *builder) coverOf(mv mention.Mention) int {
	if mv.First < 0 || mv.First >= len(b.txt.Tokens) {
		return -1
	}
	return b.in.Cover(mv.First)
}

// relativeDate reports a date said relative to another: a weekday,
// "yesterday", "last week" (no number and no month name in its words).
func (b *builder) relativeDate(m mention.Mention) bool {
	for i := m.First; i < m.Last; i++ {
		t := b.txt.Tokens[i]
		if t.Kind == segment.Number || english.IsCalendarWordKey(t.Key, t.Norm) && !strings.HasSuffix(t.Norm, "day") {
			return false
		}
	}
	return true
}

// durationOffset turns a duration ("three days", "two weeks") into a
// calendar offset; durations shorter than a day are not anchors.
func durationOffset(v *mention.Value) (rules.Offset, bool) {
	n := int(v.Number)
	if float64(n) != v.Number || n <= 0 {
		return rules.Offset{}, false
	}
	switch v.Unit {
	case "day", "week", "month", "year":
		return rules.Offset{N: n, Unit: v.Unit}, true
	case "decade":
		return rules.Offset{N: 10 * n, Unit: "year"}, true
	}
	return rules.Offset{}, false
}

// clockAt reads a clock time at token i: "4 p.m.", "4pm", "10:30 a.m.",
// "21:00" (after "at", "by", "until", "since", "from" or before a zone),
// "2100 GMT", "noon", "midnight". It returns minutes after midnight and
// the tokens taken.
func (b *builder) clockAt(i, limit int) (int, int) {
	toks := b.txt.Tokens
	w := toks[i].Norm
	if toks[i].Kind != segment.Number {
		if m, ok := clockWord(w); ok {
			return m, 1
		}
		return 0, 0
	}
	h, m, n, ampm := -1, 0, 1, ""
	num, suffix := splitAmPm(w)
	switch {
	case len(num) == 4 && suffix == "" && i+1 < limit && b.isZone(i+1):
		// "2100 GMT"
		h, _ = strconv.Atoi(num[:2])
		m, _ = strconv.Atoi(num[2:])
	case strings.Contains(num, "."):
		a, c, _ := strings.Cut(num, ".")
		h, _ = strconv.Atoi(a)
		m, _ = strconv.Atoi(c)
		if len(c) != 2 {
			return 0, 0
		}
	default:
		v, err := strconv.Atoi(num)
		if err != nil {
			return 0, 0
		}
		h = v
	}
	ampm = suffix
	if ampm == "" && !strings.Contains(num, ".") && i+2 < limit && toks[i+1].Norm == ":" && toks[i+2].Kind == segment.Number {
		mm, suf := splitAmPm(toks[i+2].Norm)
		v, err := strconv.Atoi(mm)
		if err != nil || len(mm) != 2 {
			return 0, 0
		}
		m, ampm, n = v, suf, 3
	}
	if ampm == "" && i+n < limit {
		if s := ampmWord(toks[i+n].Norm); s != "" {
			ampm, n = s, n+1
		}
	}
	if h < 0 || m > 59 {
		return 0, 0
	}
	switch {
	case ampm != "":
		if h < 1 || h > 12 {
			return 0, 0
		}
		if h == 12 {
			h = 0
		}
		if ampm == "pm" {
			h += 12
		}
	case n == 3 || len(num) == 4:
		// a 24-hour clock: only where it reads as a time
		if h > 23 {
			return 0, 0
		}
		prev := ""
		if i > 0 {
			prev = toks[i-1].Norm
		}
		if !(i+n < limit && (b.isZone(i+n) || toks[i+n].Norm == "local")) && !english.IsTimePreposition(prev) && !mention.Approximates(prev) {
			return 0, 0
		}
	default:
		return 0, 0
	}
	return h*60 + m, n
}

// isZone reports a zone abbreviation at token i.
func (b *builder) isZone(i int) bool {
	if b.rules.Time == nil {
		return false
	}
	_, ok := b.rules.Time.Zones[b.txt.Tokens[i].Norm]
	return ok
}

// splitAmPm splits "4pm", "30am", "4.30pm" into the number and "am"/"pm".
func splitAmPm(w string) (string, string) {
	for _, suf := range []string{"a.m.", "p.m.", "a.m", "p.m", "am", "pm"} {
		if n, ok := strings.CutSuffix(w, suf); ok && n != "" {
			return n, suf[:1] + "m"
		}
	}
	return w, ""
}

// ampmWord reads "a.m.", "p.m.", "am", "pm" as "am" or "pm".
func ampmWord(w string) string {
	switch w {
	case "a.m.", "a.m", "am":
		return "am"
	case "p.m.", "p.m", "pm":
		return "pm"
	}
	return ""
}

// resolveAnchor reads an anchor's words and dates: an offset is applied
// to the nearest other day the sentence gives, else to the publication
// date; a clock time on a known day in a known zone becomes an instant. It
// returns the tokens [first, last) the anchor's text covers.
func (b *builder) resolveAnchor(p anchorPart, mv mention.Mention, s segment.Sentence) (*TimeAnchor, int, int) {
	first := p.first
	if k := first - 1; k >= s.First && english.IsTimePrepositionKey(b.txt.Tokens[k].Key, b.txt.Tokens[k].Norm) {
		if b.txt.Tokens[k].Norm != "of" {
			first = k
		} else if k-1 >= s.First && b.txt.Tokens[k-1].Norm == "as" {
			first = k - 1 // "as of"
		}
	}
	a := b.anchorSlab.new(TimeAnchor{Text: b.span(first, p.last), Precision: "unresolved", Relative: p.rel})
	a.Qualifier, _ = b.qualifierBefore(p.first, s)
	switch {
	case p.date != nil:
		if p.date.Precision != "unresolved" {
			a.Start, a.End, a.Precision = p.date.Start, p.date.End, p.date.Precision
		}
	case p.offset != nil:
		if ref, ok := b.referenceDay(p, mv, s); ok {
			a.Start, a.End, a.Precision = applyOffset(ref, *p.offset)
		}
	case p.clock >= 0 && !b.doc.Published.IsZero():
		// a clock time alone is on the day of publication
		d := b.doc.Published.Format("2006-01-02")
		a.Start, a.End, a.Precision, a.Relative = d, d, "day", true
	}
	if p.clock >= 0 {
		a.Clock = fmt.Sprintf("%02d:%02d", p.clock/60, p.clock%60)
		a.Zone = p.zone
		if p.loc != nil && a.Precision == "day" && !strings.HasPrefix(a.Start, "--") {
			if d, err := time.Parse("2006-01-02", a.Start); err == nil {
				t := time.Date(d.Year(), d.Month(), d.Day(), p.clock/60, p.clock%60, 0, 0, p.loc)
				a.Instant = t.UTC().Format(time.RFC3339)
			}
		}
	}
	return a, first, p.last
}

// qualifierMaxWords bounds the words of a time qualifier ("shortly
// after"), so each anchor reads O(1) tokens back.
const qualifierMaxWords = 3

// qualifierBefore finds the words right before token i that qualify a
// time: an approximator ("around 1 a.m.", claims/mention's list) or a
// shift the rules name (time.qualifiers: "shortly after midnight", "by
// noon"), the longest first. It returns the words, lower case, and their
// first token; or "" and i.
func (b *builder) qualifierBefore(i int, s segment.Sentence) (string, int) {
	var qs *phrase.Set[rules.Shift]
	if b.rules.Time != nil {
		qs = b.rules.Time.Qualifiers
	}
	toks := b.txt.Tokens
	for k := max(s.First, i-qualifierMaxWords); k < i; k++ {
		n := mention.ApproximatorAt(toks, k, i)
		if qs != nil && n < i-k {
			_, n = qs.Longest(toks, k, i)
		}
		if n != i-k {
			continue
		}
		w := toks[k].Norm
		for j := k + 1; j < i; j++ {
			w += " " + toks[j].Norm
		}
		return w, k
	}
	return "", i
}

// referenceDay is the day a relative anchor counts from: the nearest
// other day-precision date in the sentence, else the publication date.
func (b *builder) referenceDay(p anchorPart, mv mention.Mention, s segment.Sentence) (time.Time, bool) {
	best, bestDist := time.Time{}, 1<<30
	for i := max(s.First, mv.First-timeWindow); i < min(s.Last, mv.Last+timeWindow); i++ {
		k := b.in.Cover(i)
		if k < 0 || b.in.Mentions[k].First != i || (i >= p.first && i < p.last) {
			continue
		}
		m := b.in.Mentions[k]
		if m.Type != mention.Date || m.Date == nil || m.Date.Precision != "day" || strings.HasPrefix(m.Date.Start, "--") {
			continue
		}
		d := i - p.last
		if i < p.first {
			d = p.first - i
		}
		if t, err := time.Parse("2006-01-02", m.Date.Start); err == nil && d < bestDist {
			best, bestDist = t, d
		}
	}
	if bestDist < 1<<30 {
		return best, true
	}
	if pub := b.doc.Published; !pub.IsZero() {
		return time.Date(pub.Year(), pub.Month(), pub.Day(), 0, 0, 0, 0, time.UTC), true
	}
	return time.Time{}, false
}

// applyOffset moves ref by off and returns the calendar unit it lands in:
// a day, the week (Monday to Sunday), the month or the year.
func applyOffset(ref time.Time, off rules.Offset) (string, string, string) {
	const day = "2006-01-02"
	switch off.Unit {
	case "week":
		t := ref.AddDate(0, 0, 7*off.N)
		monday := t.AddDate(0, 0, -((int(t.Weekday()) + 6) % 7))
		return monday.Format(day), monday.AddDate(0, 0, 6).Format(day), "week"
	case "month":
		t := time.Date(ref.Year(), ref.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, off.N, 0)
		return t.Format(day), t.AddDate(0, 1, -1).Format(day), "month"
	case "year":
		y := ref.Year() + off.N
		return fmt.Sprintf("%04d-01-01", y), fmt.Sprintf("%04d-12-31", y), "year"
	}
	t := ref.AddDate(0, 0, off.N)
	return t.Format(day), t.Format(day), "day"
}
