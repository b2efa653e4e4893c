package mention

import (
	"sort"
	"strconv"
	"strings"

	"github.com/claimdiff/claimdiff/claims/english"
	"github.com/claimdiff/claimdiff/claims/segment"
)

// ageUnit is the unit of an age: "24 years".
const ageUnit = "years"

// BuiltinUnits lists the units the recognisers give without a lexicon:
// "%", "pp", the age units and the time units of durations, sorted.
func BuiltinUnits() []string {
	seen := map[string]bool{"%": true, "pp": true}
	for u := range ageUnitsPerYear {
		seen[u] = true
	}
	for _, u := range durationUnits {
		seen[u] = true
	}
	out := make([]string, 0, len(seen))
	for u := range seen {
		out = append(out, u)
	}
	sort.Strings(out)
	return out
}

// FoldsIntoQuantity reports a percent word or a scale ("percent",
// "million"): after a number the recognisers read it as part of the
// quantity, so a rule's literal word right after a quantity can never
// match it. Currency words (Currencies.Word) fold in too.
func FoldsIntoQuantity(w string) bool {
	switch w {
	case "%", "percent", "pc", "per", "cent", "hundred":
		return true
	}
	_, scale := scales.Get(w)
	return scale
}

// durationUnits maps time words to the singular unit a duration carries.
var durationUnits = map[string]string{
	"second": "second", "seconds": "second", "minute": "minute", "minutes": "minute",
	"hour": "hour", "hours": "hour", "day": "day", "days": "day", "week": "week",
	"weeks": "week", "month": "month", "months": "month", "year": "year", "years": "year",
	"decade": "decade", "decades": "decade", "century": "century", "centuries": "century",
}

// quantity recognises a number with its qualifier, currency, unit or range at
// token i: "more than $50bn", "about 5,200", "four percent", "between 50 and
// 60", "2.1 million barrels per day", "three days", "62-year-old".
func (r *recogniser) quantity(i int) (Mention, bool) {
	start := i
	q, qn := prefixQualifiers.Longest(r.toks, i, r.limit)
	j := i + qn
	// "between 50 and 60", "from 50 to 60"
	if w := r.norm(j); qn == 0 && (w == "between" || w == "from") {
		if m, ok := r.rangeAt(j+1, start, w); ok {
			return m, true
		}
		return Mention{}, false
	}
	if m, ok := r.age(j, start); ok {
		if qn > 0 {
			q.apply(m.Value)
		}
		return m, true
	}
	currency, j := r.currencyAt(j)
	// "a decade", "an hour": duration of one.
	if currency == "" && (r.norm(j) == "a" || r.norm(j) == "an") {
		if u, ok := durationUnits[r.norm(j+1)]; ok && !strings.HasSuffix(r.norm(j+1), "s") && r.norm(j+2) != "ago" && !r.ordinalSecond(j+1) && !r.frequency(j) {
			v := r.newValue(Value{Number: 1, Bound: Exact, Unit: u})
			if qn > 0 {
				q.apply(v)
			}
			return Mention{Type: Duration, First: start, Last: j + 2, Value: v, Person: noPerson}, true
		}
	}
	// A day number after a month name that did not make a date ("February
	// 30") is a broken date, not a count.
	if _, isMonth := english.Month(r.norm(j - 1)); isMonth && j > 0 && r.toks[j-1].Cap && j < r.limit && r.toks[j].Kind == segment.Number {
		if d, ok := dayNumber(r.norm(j)); ok && d <= 31 {
			return Mention{}, false
		}
	}
	n, ok := r.number(j)
	if !ok && currency == "" {
		if m, ok := r.compound(j, start); ok {
			return m, true
		}
	}
	if !ok {
		// A hyphenated range inside one token: "50-60".
		lo, hi, ok := hyphenRange(r.norm(j))
		if !ok || j >= r.limit || r.toks[j].Kind != segment.Number {
			return Mention{}, false
		}
		v := r.newValue(Value{Number: lo, Low: f64(lo), High: f64(hi), Bound: Range})
		return r.unit(Mention{Type: Number, First: start, Last: j + 1, Value: v, Person: noPerson}, num{val: hi, n: 1})
	}
	if n.ordinal || r.timeOfDay(j+n.n) {
		return Mention{}, false
	}
	j += n.n
	v := r.newValue(Value{Number: n.val, Bound: Exact})
	if n.vague {
		v.Bound, v.Vague, v.Low, v.High = Range, true, f64(n.val), f64(n.high)
	}
	if !n.vague {
		j = r.rangeTo(v, n, j, currency)
	}
	if qn > 0 && v.Bound == Exact {
		q.apply(v)
	}
	j = r.orSo(v, j)
	m := Mention{Type: Number, First: start, Last: j, Value: v, Person: noPerson}
	if currency != "" {
		m.Type, v.Unit = Money, currency
		if s, ok := scales.Get(r.norm(j)); ok && !n.scaled {
			v.Number *= s
			scaleBounds(v, s)
			m.Last++
		}
		return m, true
	}
	return r.unit(m, n)
}

// frequency reports "a day" or "an hour" at token j after a count of
// times ("once a day", "three times a week", "twice an hour"): a rate,
// not a duration of one.
func (r *recogniser) frequency(j int) bool {
	switch r.norm(j - 1) {
	case "once", "twice", "thrice", "times":
		return true
	}
	return false
}

// currencyAt reads a currency said before a number at token j ("$",
// "US$") and returns it with the token after it; "" and j when there is
// none.
func (r *recogniser) currencyAt(j int) (string, int) {
	if c, ok := r.currencies().Symbol(r.norm(j)); ok {
		return c, j + 1
	}
	if j+1 < r.limit && r.toks[j].End == r.toks[j+1].Start {
		if c, ok := r.currencies().prefixedSymbol(r.norm(j), r.norm(j+1)); ok {
			return c, j + 2
		}
	}
	return "", j
}

// rangeTo widens v, the number n read before token j, to a range when "to"
// or a dash and a larger number follow ("50 to 60", "50 – 60", "$50-$60"),
// or "or" and a larger one at most twice it, as reporters give an
// estimate ("eight or nine gunshots", "two or three people", "50 or 60
// homes"; not "5 or 6 p.m.", "2019 or 2020"), and returns the token after
// it.
func (r *recogniser) rangeTo(v *Value, n num, j int, currency string) int {
	w := r.norm(j)
	if w != "to" && w != "-" && w != "–" && w != "—" && w != "or" {
		return j
	}
	k := j + 1
	if currency != "" {
		// "$50-$60": the high end may repeat the currency
		if c, after := r.currencyAt(k); c == currency {
			k = after
		}
	}
	hi, ok := r.number(k)
	if !ok {
		return j
	}
	lo := n.val
	if hi.scaled && !n.scaled && hi.scale > 1 {
		lo *= hi.scale // "two to three million", "$50 or $60 million": the scale is both ends'
	}
	if hi.ordinal || hi.vague || hi.val <= lo {
		return j
	}
	if w == "or" && (hi.val > 2*lo || r.timeOfDay(k+hi.n) || r.ageAt(k+hi.n) || len(n.digits) == 4 && len(hi.digits) == 4) {
		return j
	}
	v.Number = lo
	v.Bound, v.Low, v.High = Range, f64(lo), f64(hi.val)
	return k + hi.n
}

// ageAt reports an age's unit at token j ("years old"): "15 or 16 years
// old" is the age recogniser's to read.
func (r *recogniser) ageAt(j int) bool {
	_, unit := ageUnitWords[r.norm(j)]
	return unit && r.norm(j+1) == "old"
}

// orSo applies a trailing "or so", "or more", "or fewer" at token j to an
// exact v, and returns the token after it.
func (r *recogniser) orSo(v *Value, j int) int {
	if r.norm(j) != "or" || v.Bound != Exact {
		return j
	}
	switch r.norm(j + 1) {
	case "so":
		v.Bound = About
	case "more":
		v.Bound, v.Low = AtLeast, f64(v.Number)
	case "fewer", "less":
		v.Bound, v.High = AtMost, f64(v.Number)
	default:
		return j
	}
	return j + 2
}

// unit attaches what follows a number: a percent sign or word, a currency
// word, a unit from the rules' lexicon, or a time unit.
func (r *recogniser) unit(m Mention, n num) (Mention, bool) {
	j := m.Last
	v := m.Value
	switch w := r.norm(j); {
	case w == "%" || w == "percent" || w == "pc":
		m.Type, v.Unit, m.Last = Percent, "%", j+1
		if r.norm(j+1) == "points" || r.norm(j+1) == "point" {
			v.Unit, m.Last = "pp", j+2
		}
		return m, true
	case w == "per" && r.norm(j+1) == "cent":
		m.Type, v.Unit, m.Last = Percent, "%", j+2
		return m, true
	case w == "percentage" && (r.norm(j+1) == "points" || r.norm(j+1) == "point"):
		m.Type, v.Unit, m.Last = Percent, "pp", j+2
		return m, true
	}
	if c, ok := r.currencies().Word(r.norm(j)); ok {
		m.Type, v.Unit, m.Last = Money, c, j+1
		return m, true
	}
	if u, k := r.unitAt(j); k > 0 {
		m.Type, v.Unit, m.Last = Quantity, u, j+k
		return m, true
	}
	if u, ok := durationUnits[r.norm(j)]; ok {
		if r.norm(j+1) == "ago" || r.norm(j+1) == "old" || (r.norm(j+1) == "-" && r.norm(j+2) == "old") {
			return Mention{}, false // "three days ago" is a date; "24 years old" an age, handled earlier
		}
		m.Type, v.Unit, m.Last = Duration, u, j+1
		return m, true
	}
	// A bare four-digit year (after a date preposition) is handled by the date
	// recogniser; one here ("2016 was") is not a count.
	if n.digits != "" && len(n.digits) == 4 && v.Bound == Exact && n.val >= 1800 && n.val <= 2100 {
		return Mention{}, false
	}
	return m, true
}

// rangeEnds parses the ends of "between X and Y" / "from X to Y" where X
// starts at token j: the currency, the two numbers, and the token after.
func (r *recogniser) rangeEnds(j int, word string) (currency string, lo, hi num, end int, ok bool) {
	if c, ok := r.currencies().Symbol(r.norm(j)); ok {
		currency, j = c, j+1
	}
	lo, ok = r.number(j)
	if !ok || lo.ordinal || lo.vague {
		return "", num{}, num{}, 0, false
	}
	j += lo.n
	sep := "and"
	if word == "from" {
		sep = "to"
	}
	if r.norm(j) != sep {
		return "", num{}, num{}, 0, false
	}
	j++
	if currency != "" && r.norm(j) == "$" {
		j++
	}
	hi, ok = r.number(j)
	if !ok || hi.ordinal || hi.vague {
		return "", num{}, num{}, 0, false
	}
	// "between 50 and 60 million": the scale applies to both ends.
	if !lo.scaled && hi.scaled {
		lo.val *= hi.scale
	}
	return currency, lo, hi, j + hi.n, true
}

// rangeParts returns the values of the ends of a range at token j, for
// checking their order.
func (r *recogniser) rangeParts(j int, word string) (lo, hi float64, end int, ok bool) {
	_, l, h, end, ok := r.rangeEnds(j, word)
	return l.val, h.val, end, ok
}

// rangeAt parses "between X and Y" / "from X to Y" where X starts at token j.
func (r *recogniser) rangeAt(j, start int, word string) (Mention, bool) {
	currency, lo, hi, j, ok := r.rangeEnds(j, word)
	if !ok {
		return Mention{}, false
	}
	loV, hiV := lo.val, hi.val
	if hiV < loV {
		return Mention{}, false
	}
	v := r.newValue(Value{Number: loV, Low: f64(loV), High: f64(hiV), Bound: Range})
	m := Mention{Type: Number, First: start, Last: j, Value: v, Person: noPerson}
	if currency != "" {
		m.Type, v.Unit = Money, currency
		return m, true
	}
	if lo.digits != "" && hi.digits != "" && len(lo.digits) == 4 && len(hi.digits) == 4 {
		return Mention{}, false // "between 2018 and 2019" is a date range
	}
	return r.unit(m, hi)
}

// timeOfDay reports whether the tokens at j make the number before them a
// clock time: "11 p.m.", "3:30", "6 o'clock".
func (r *recogniser) timeOfDay(j int) bool {
	if r.norm(j) == ":" {
		return j+1 < r.limit && r.toks[j+1].Kind == segment.Number
	}
	return ClockWord(r.norm(j))
}

// ClockWord reports a word that makes the number before it a time of
// day: "p.m.", "a.m.", "o'clock", a time zone ("GMT", "ET").
func ClockWord(w string) bool {
	switch w {
	case "a.m.", "p.m.", "am", "pm", "a.m", "p.m", "o'clock", "gmt", "et", "bst", "utc":
		return true
	}
	return false
}

// hyphenRange parses "50-60" written as one token.
func hyphenRange(w string) (lo, hi float64, ok bool) {
	a, b, found := strings.Cut(w, "-")
	if !found {
		return 0, 0, false
	}
	lo, ord1, s1, _, ok1 := parseDigits(a)
	hi, ord2, s2, _, ok2 := parseDigits(b)
	if !ok1 || !ok2 || ord1 || ord2 || s1 != 1 || s2 != 1 || hi <= lo {
		return 0, 0, false
	}
	return lo, hi, true
}

func scaleBounds(v *Value, s float64) {
	if v.Low != nil {
		*v.Low *= s
	}
	if v.High != nil {
		*v.High *= s
	}
}

var noPerson = [2]int{-1, -1}

// unitAt matches a unit phrase from the lexicon at token j.
func (r *recogniser) unitAt(j int) (string, int) {
	if r.lex == nil || r.lex.Units == nil {
		return "", 0
	}
	return r.lex.Units.Longest(r.toks, j, r.limit)
}

// ordinalSecond reports "second" used as an ordinal: "a second building",
// "a second was taken to hospital", "a second 30-year-old man". "A second"
// is a duration only where the sentence ends or a word of time follows
// ("a second later", "for a second or two").
func (r *recogniser) ordinalSecond(i int) bool {
	if r.norm(i) != "second" || i+1 >= r.limit {
		return false
	}
	t := &r.toks[i+1]
	if t.Kind != segment.Word && t.Kind != segment.Number {
		return false
	}
	switch t.Norm {
	case "later", "earlier", "after", "before", "ago", "or", "of":
		return false
	}
	return true
}

// compound recognises a number joined to its unit in one token: "eight-year"
// and "three-hour" (durations), "74-page", "80-foot-long", "12-nation" (a
// measure of the noun that follows), "145mph", "20km" (a unit from the
// rules' lexicon glued to the number).
func (r *recogniser) compound(j, start int) (Mention, bool) {
	if j >= r.limit {
		return Mention{}, false
	}
	t := &r.toks[j]
	w := t.Norm
	if t.Kind == segment.Number {
		k := 0
		for k < len(w) && (w[k] >= '0' && w[k] <= '9' || w[k] == '.' || w[k] == ',') {
			k++
		}
		if k == 0 || k == len(w) || w[k] == '-' {
			return r.hyphenMeasure(j, start)
		}
		if r.lex == nil || r.lex.Units == nil {
			return Mention{}, false
		}
		u, ok := r.lex.Units.Get(w[k:])
		last := j + 1
		// a unit written on without spaces may run over more tokens:
		// "85km/h" is 85km, /, h; take the longest unit it spells
		unit := w[k:]
		for n := j + 1; n < r.limit && n-j <= 3 && r.toks[n].Start == r.toks[n-1].End; n++ {
			unit += r.toks[n].Norm
			if lu, lok := r.lex.Units.Get(unit); lok {
				u, ok, last = lu, true, n+1
			}
		}
		v, err := strconv.ParseFloat(strings.ReplaceAll(w[:k], ",", ""), 64)
		if !ok || err != nil {
			return Mention{}, false
		}
		return Mention{Type: Quantity, First: start, Last: last, Value: r.newValue(Value{Number: v, Bound: Exact, Unit: u}), Person: noPerson}, true
	}
	return r.hyphenMeasure(j, start)
}

func (r *recogniser) hyphenMeasure(j, start int) (Mention, bool) {
	w := r.toks[j].Norm
	// two or three parts, the number and the unit first: "150-foot",
	// "five-year-old"
	if n := strings.Count(w, "-"); n < 1 || n > 2 {
		return Mention{}, false
	}
	head, rest, _ := strings.Cut(w, "-")
	unit, _, _ := strings.Cut(rest, "-")
	v, err := strconv.ParseFloat(strings.ReplaceAll(head, ",", ""), 64)
	if err != nil {
		x, ok := numberWord(head)
		if !ok {
			return Mention{}, false
		}
		v = x
	}
	if len(unit) < 2 || english.IsFraction(unit) || english.IsFunctionWord(unit) || strings.HasSuffix(unit, "ed") ||
		strings.IndexFunc(unit, func(c rune) bool { return c < 'a' || c > 'z' }) >= 0 {
		return Mention{}, false
	}
	if _, ok := numberWord(unit); ok {
		return Mention{}, false // "twenty-five" is a number, read elsewhere
	}
	val := r.newValue(Value{Number: v, Bound: Exact})
	if IsStrength(w) {
		// "a 3,000-strong force": a count of what the noun after it
		// holds, as "3,000 troops" is
		return Mention{Type: Number, First: start, Last: j + 1, Value: val, Person: noPerson}, true
	}
	if u, ok := durationUnits[unit]; ok {
		val.Unit = u
		return Mention{Type: Duration, First: start, Last: j + 1, Value: val, Person: noPerson}, true
	}
	val.Unit = english.Singular(unit)
	if r.lex != nil && r.lex.Units != nil {
		if u, ok := r.lex.Units.Get(unit); ok {
			val.Unit = u // "a 150-foot yacht" is in the lexicon's unit, as "150 feet" is
		}
	}
	return Mention{Type: Quantity, First: start, Last: j + 1, Value: val, Person: noPerson}, true
}

// IsStrength reports a number joined to "strong", a token that counts the
// members of the noun after it: "a 3,000-strong force", "the
// 40,000-strong crowd".
func IsStrength(w string) bool {
	head, ok := strings.CutSuffix(w, "-strong")
	return ok && head != "" && !strings.Contains(head, "-")
}
