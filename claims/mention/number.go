package mention

import (
	"math"
	"strconv"
	"strings"

	"github.com/claimdiff/claimdiff/claims/segment"
	"github.com/claimdiff/claimdiff/claims/wordset"
)

// maxNumber is the largest value taken as a number; anything larger (or
// written in exponent form, "1e400") is not a quantity a news story reports.
const maxNumber = 1e15

// num is a parsed number: the value, how many tokens it took, and what kind
// of writing it was.
type num struct {
	val       float64
	n         int
	ordinal   bool // "27th", "3rd"
	spelled   bool // "fifty-six", "a dozen"
	vague     bool // "dozens", "tens of thousands": val is the low end
	high      float64
	scaled    bool    // a scale word or suffix was applied: "2.1 million", "50bn"
	scale     float64 // the factor applied when scaled
	digits    string  // the digit token's text when the number is one bare integer token
	fractions bool    // the number had a decimal part
}

var ones = wordMap(map[string]float64{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
	"fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
})

var tens = wordMap(map[string]float64{
	"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
	"eighty": 80, "ninety": 90,
})

var scales = wordMap(map[string]float64{
	"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
	"thousands": 1e3, "millions": 1e6, "billions": 1e9,
})

// vagues are quantities said without a number, with the conventional range
// each covers.
var vagues = wordMap(map[string][2]float64{
	"dozens":    {24, 99},
	"scores":    {40, 99},
	"hundreds":  {200, 999},
	"thousands": {2000, 9999},
	"millions":  {2e6, 9.99e6},
	"billions":  {2e9, 9.99e9},
})

// wordMap is m as a wordset.Map, which a word at every token is looked up
// in for less than a Go map's hashing.
func wordMap[V any](m map[string]V) *wordset.Map[V] {
	var w wordset.Map[V]
	for k, v := range m {
		w.Put(k, v)
	}
	return &w
}

// at is the value of w in m, the zero value when none.
func at[V any](m *wordset.Map[V], w string) V {
	v, _ := m.Get(w)
	return v
}

// IsNumberWord reports a word the recognisers always read as a number or
// the start of one ("four", "nineteen", "fifty", "dozens", "hundred"), so a
// rule's literal word can never match it. "one" is not among them: its
// pronoun and idiom uses ("no one", "one of the") stay words; nor is
// "scores", which is a count only before "of".
func IsNumberWord(w string) bool {
	if _, ok := ones.Get(w); ok {
		return w != "one"
	}
	if _, ok := tens.Get(w); ok {
		return true
	}
	if _, ok := vagues.Get(w); ok {
		return w != "scores"
	}
	return w == "hundred" || w == "dozen"
}

// IsScaleWord reports a scale word, singular or plural: "thousand",
// "million", "billions".
func IsScaleWord(w string) bool {
	_, ok := scales.Get(w)
	return ok
}

// numberWord returns the value of a spelled-out word or hyphenated compound:
// "four", "fifty-six".
func numberWord(w string) (float64, bool) {
	if v, ok := ones.Get(w); ok {
		return v, true
	}
	if v, ok := tens.Get(w); ok {
		return v, true
	}
	if a, b, ok := strings.Cut(w, "-"); ok {
		if t, ok := tens.Get(a); ok {
			if o, ok := ones.Get(b); ok && o > 0 && o < 10 {
				return t + o, true
			}
		}
	}
	return 0, false
}

// parseDigits parses a digit token: "5,200", "2.1", "9,99,999", "27th", "50bn".
func parseDigits(s string) (v float64, ordinal bool, scale float64, fractions, ok bool) {
	end := 0
	for end < len(s) && (s[end] >= '0' && s[end] <= '9' || s[end] == ',' || s[end] == '.') {
		end++
	}
	core, suffix := s[:end], s[end:]
	scale = 1
	switch suffix {
	case "":
	case "st", "nd", "rd", "th":
		ordinal = true
	case "k":
		scale = 1e3
	case "m", "mn":
		scale = 1e6
	case "bn", "b":
		scale = 1e9
	case "tn", "trn":
		scale = 1e12
	default:
		return 0, false, 0, false, false
	}
	if core == "" || core[len(core)-1] == ',' || core[len(core)-1] == '.' {
		return 0, false, 0, false, false
	}
	if strings.Count(core, ".") > 1 {
		// "1.000.000": thousands grouped with dots, as much of Europe
		// writes them; any other run of dots ("1.2.3") is no number
		if strings.Contains(core, ",") || !validDotGrouping(core) {
			return 0, false, 0, false, false
		}
		core = strings.ReplaceAll(core, ".", "")
	}
	intPart, frac, hasFrac := strings.Cut(core, ".")
	if strings.Contains(frac, ",") {
		return 0, false, 0, false, false
	}
	if strings.Contains(intPart, ",") && !validGrouping(intPart) {
		return 0, false, 0, false, false
	}
	clean := strings.ReplaceAll(intPart, ",", "")
	if hasFrac {
		clean += "." + frac
	}
	v, err := strconv.ParseFloat(clean, 64)
	if err != nil || math.IsInf(v, 0) || v*scale > maxNumber {
		return 0, false, 0, false, false
	}
	return v, ordinal, scale, hasFrac, true
}

// validGrouping accepts thousands separators in the Western style (5,200,000)
// and the Indian style (9,99,999).
func validGrouping(s string) bool {
	groups := strings.Split(s, ",")
	if len(groups[0]) == 0 || len(groups[0]) > 3 || len(groups[len(groups)-1]) != 3 {
		return false
	}
	western, indian := true, len(groups[0]) <= 2
	for _, g := range groups[1 : len(groups)-1] {
		western = western && len(g) == 3
		indian = indian && len(g) == 2
	}
	return western || indian
}

// validDotGrouping accepts "1.000.000": a group of one to three digits,
// then groups of three, between dots.
func validDotGrouping(s string) bool {
	groups := strings.Split(s, ".")
	if len(groups[0]) == 0 || len(groups[0]) > 3 {
		return false
	}
	for _, g := range groups[1:] {
		if len(g) != 3 {
			return false
		}
	}
	return true
}

// spaceGroups returns how many three-digit groups follow token i, each
// after a space on the same line: "1 000 000" has two.
func (r *recogniser) spaceGroups(i int) int {
	n := 0
	for k := i + 1; k < r.limit; k++ {
		t, prev := r.toks[k], r.toks[k-1]
		if t.Kind != segment.Number || len(t.Norm) != 3 || !allDigits(t.Norm) || t.Newlines > 0 || t.Start-prev.End < 1 || t.Start-prev.End > 3 {
			break
		}
		n++
	}
	return n
}

// plainInt reports a digit token of one to three digits, nothing else:
// the head of a number grouped with spaces.
func plainInt(t *segment.Token) bool {
	return t.Kind == segment.Number && len(t.Norm) <= 3 && allDigits(t.Norm)
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// slashAfter reports a digit token at i+2 joined to token i by a "/"
// with no space: a fraction or ratio, "1/2", "24/7".
func (r *recogniser) slashAfter(i int) bool {
	return i+2 < r.limit && r.toks[i+1].Norm == "/" && r.toks[i+1].Start == r.toks[i].End &&
		r.toks[i+2].Kind == segment.Number && r.toks[i+2].Start == r.toks[i+1].End
}

// number parses a number starting at token i.
func (r *recogniser) number(i int) (num, bool) {
	if l := &r.last; l.set && l.i == i && l.limit == r.limit {
		return l.n, l.ok
	}
	n, ok := r.readNumber(i)
	r.last = lastNumber{i: i, limit: r.limit, n: n, ok: ok, set: true}
	return n, ok
}

// readNumber is number, read.
func (r *recogniser) readNumber(i int) (num, bool) {
	if i >= r.limit {
		return num{}, false
	}
	t := &r.toks[i]
	if t.Kind == segment.Number {
		if r.slashAfter(i) {
			return r.fraction(i)
		}
		if plainInt(t) && r.spaceGroups(i) >= 2 {
			return r.spaceGrouped(i)
		}
		v, ord, scale, frac, ok := parseDigits(t.Norm)
		if !ok {
			return num{}, false
		}
		n := num{val: v * scale, n: 1, ordinal: ord, scaled: scale != 1, scale: scale, fractions: frac}
		if ord {
			return n, true
		}
		if scale == 1 {
			if s, ok := scales.Get(r.norm(i + 1)); ok && !strings.HasSuffix(r.norm(i+1), "s") {
				n.val *= s
				n.n, n.scaled, n.scale = 2, true, s
			} else if r.norm(i+1) == "hundred" {
				n.val *= 100
				n.n = 2
			} else if !strings.Contains(t.Norm, ",") && !frac {
				n.digits = t.Norm
			}
		}
		if n.val > maxNumber {
			return num{}, false
		}
		return n, true
	}
	if t.Kind != segment.Word {
		return num{}, false
	}
	if n, ok := r.vague(i); ok {
		return n, true
	}
	return r.spelled(i)
}

// fraction parses "1/2 million", "3/4 billion": a fraction is read only
// before a scale word; "24/7" or "9/11" alone is no number.
func (r *recogniser) fraction(i int) (num, bool) {
	a, ord1, s1, f1, ok1 := parseDigits(r.toks[i].Norm)
	b, ord2, s2, f2, ok2 := parseDigits(r.toks[i+2].Norm)
	s, scaled := scales.Get(r.norm(i + 3))
	if !ok1 || !ok2 || ord1 || ord2 || s1 != 1 || s2 != 1 || f1 || f2 || b == 0 || a >= b || !scaled || strings.HasSuffix(r.norm(i+3), "s") || r.slashAfter(i+2) {
		return num{}, false
	}
	return num{val: a / b * s, n: 4, scaled: true, scale: s, fractions: true}, true
}

// spaceGrouped parses "1 000 000": a head of one to three digits and two
// or more groups of three after spaces. (One group, "5 200", is not read:
// it may as well be two numbers.)
func (r *recogniser) spaceGrouped(i int) (num, bool) {
	g := r.spaceGroups(i)
	digits := r.toks[i].Norm
	for k := 1; k <= g; k++ {
		digits += r.toks[i+k].Norm
	}
	v, err := strconv.ParseFloat(digits, 64)
	if err != nil || v > maxNumber {
		return num{}, false
	}
	n := num{val: v, n: 1 + g}
	if s, ok := scales.Get(r.norm(i + 1 + g)); ok && !strings.HasSuffix(r.norm(i+1+g), "s") {
		n.val *= s
		n.n, n.scaled, n.scale = n.n+1, true, s
	}
	if n.val > maxNumber {
		return num{}, false
	}
	return n, true
}

// vague parses "dozens", "hundreds", "tens of thousands", "scores of".
func (r *recogniser) vague(i int) (num, bool) {
	w := r.norm(i)
	if w == "tens" || w == "hundreds" {
		if r.norm(i+1) == "of" {
			if s, ok := scales.Get(r.norm(i + 2)); ok && strings.HasSuffix(r.norm(i+2), "s") {
				base := 10.0
				if w == "hundreds" {
					base = 100
				}
				return num{val: 2 * base * s, high: 10*base*s - 1, n: 3, vague: true}, true
			}
		}
	}
	if rg, ok := vagues.Get(w); ok {
		// "dozens of", "hundreds were": a vague count. Not "thousands" after
		// a number ("two thousands" is not English) and not "scores" as in
		// test scores: require "of" or a verb-like continuation.
		if w == "scores" && r.norm(i+1) != "of" {
			return num{}, false
		}
		return num{val: rg[0], high: rg[1], n: 1, vague: true}, true
	}
	return num{}, false
}

// spelled parses a spelled-out number: "four", "fifty-six", "two hundred and
// fifty", "a dozen", "half a million", "a million".
func (r *recogniser) spelled(i int) (num, bool) {
	j := i
	total, current, lastScale := 0.0, 0.0, 1.0
	seen := false
	switch half, one, ok := r.spelledPrefix(i); {
	case !ok:
		return num{}, false
	case half.n > 0:
		return half, true
	case one:
		current, seen, j = 1, true, i+1
	}
	for j < r.limit {
		w := r.norm(j)
		if v, ok := numberWord(w); ok {
			if seen && current != 0 && int(current)%100 != 0 && current < 100 {
				break // "five six" is two numbers
			}
			current += v
			seen = true
			j++
			continue
		}
		if !seen {
			break
		}
		switch {
		case w == "hundred":
			if current == 0 {
				current = 1
			}
			current *= 100
		case w == "dozen":
			if current == 0 {
				current = 1
			}
			current *= 12
		case at(scales, w) > 0 && !strings.HasSuffix(w, "s"):
			s := at(scales, w)
			if total > 0 && s >= lastScale {
				// a larger scale multiplies all before it: "a thousand
				// million" (1e9), "one hundred thousand million" (1e11)
				total = (total + current) * s
			} else {
				if current == 0 {
					current = 1
				}
				total += current * s
			}
			current, lastScale = 0, s
		case w == "and":
			if _, ok := numberWord(r.norm(j + 1)); ok && (total > 0 || current >= 100) {
				j++
				continue
			}
			goto done
		default:
			goto done
		}
		j++
	}
done:
	if !seen {
		return num{}, false
	}
	v := total + current
	if v == 1 && j-i == 1 && !r.oneIsCount(i) {
		return num{}, false
	}
	if v > maxNumber { // "one hundred thousand million billion trillion"
		return num{}, false
	}
	return num{val: v, n: j - i, spelled: true, scaled: total > 0, scale: lastScale}, true
}

// spelledPrefix reads the words that may open a spelled-out number at
// token i: "a" or "an" before "hundred", "dozen" or a scale, which count
// one (one is true), or "half a million", which is the whole number (half).
// ok is false where i opens no number.
func (r *recogniser) spelledPrefix(i int) (half num, one, ok bool) {
	switch r.norm(i) {
	case "a", "an":
		next := r.norm(i + 1)
		if next == "hundred" || next == "dozen" || (at(scales, next) > 0 && !strings.HasSuffix(next, "s")) {
			return num{}, true, true
		}
		return num{}, false, false
	case "half":
		if r.norm(i+1) == "a" {
			if s := at(scales, r.norm(i+2)); s > 0 && !strings.HasSuffix(r.norm(i+2), "s") {
				return num{val: s / 2, n: 3, spelled: true, scaled: true, scale: s}, false, true
			}
		}
		return num{}, false, false
	}
	return num{}, false, true
}

// oneIsCount filters the pronoun and idiom uses of "one": "one of the",
// "one another", "the one", "no one".
func (r *recogniser) oneIsCount(i int) bool {
	switch r.norm(i + 1) {
	case "another", "day", "thing", "way", "time", "side", "point", "hand":
		return false
	}
	switch r.norm(i - 1) {
	case "the", "no", "any", "every", "this", "that", "which", "each":
		return false
	}
	return true
}
