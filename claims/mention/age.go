package mention

import (
	"math"
	"strconv"
	"strings"

	"github.com/claimdiff/claimdiff/claims/english"
	"github.com/claimdiff/claimdiff/claims/segment"
)

// MaxAge is the oldest age taken from an apposition ("Name, 24,"; "The
// teacher, 64,").
const MaxAge = 119

// age recognises "62-year-old", "24 years old", "aged 25" and the
// appositive "Justine Baez, 24," at token j; start is where a qualifier began.
func (r *recogniser) age(j, start int) (Mention, bool) {
	mkIn := func(unit string, v float64, last int, person [2]int) (Mention, bool) {
		if v <= 0 || v > MaxAge*ageUnitsPerYear[unit] {
			return Mention{}, false
		}
		return Mention{Type: Age, First: start, Last: last, Person: person,
			Value: r.newValue(Value{Number: v, Bound: Exact, Unit: unit})}, true
	}
	mk := func(v float64, last int, person [2]int) (Mention, bool) { return mkIn(ageUnit, v, last, person) }
	if j >= r.limit {
		return Mention{}, false
	}
	w := r.norm(j)
	// "62-year-old", "twenty-four-year-old", "62-years-old", "18-month-old"
	if prefix, unit, ok := cutAgeSuffix(w); ok {
		v, ok := ageNumber(prefix)
		if !ok {
			return Mention{}, false
		}
		return mkIn(unit, v, j+1, r.nameAfter(j+1))
	}
	// "an 18-month old boy": the suffix's last word apart
	if r.norm(j+1) == "old" { // asked first: the word joined only then
		if prefix, unit, ok := cutAgeSuffix(w + "-old"); ok {
			if v, ok := ageNumber(prefix); ok {
				return mkIn(unit, v, j+2, r.nameAfter(j+2))
			}
		}
	}
	// "24 years old", "24-year old", "14 months old", "18-month old"
	if n, ok := r.number(j); ok && !n.ordinal && !n.vague && !n.fractions {
		k := j + n.n
		if unit, ok := ageUnitWords[r.norm(k)]; ok && r.norm(k+1) == "old" {
			// "21 year old Antuan Greer" names the person after; "Greer, 21
			// years old" before.
			if p := r.nameAfter(k + 2); p[0] >= 0 {
				return mkIn(unit, n.val, k+2, p)
			}
			return mkIn(unit, n.val, k+2, r.nameBefore(start))
		}
		if unit, ok := ageUnitWords[strings.TrimPrefix(r.norm(k), "-")]; ok && strings.HasPrefix(r.norm(k), "-") && r.norm(k+1) == "old" {
			return mkIn(unit, n.val, k+2, noPerson)
		}
		// "Justine Baez, 24, of Newark": a number set off by commas after a name.
		if n.digits != "" && n.val <= MaxAge && r.norm(j-1) == "," {
			switch r.norm(k) {
			case ",", ".", ";", ")", "and", "of", "from", "":
				if p := r.nameBefore(j - 1); p[0] >= 0 && !r.isCalendarWord(p[1]-1) {
					return mk(n.val, k, p)
				}
			}
		}
	}
	// "aged 25", "age 25", "ages 14 and 28"
	if (w == "aged" || w == "age" || w == "ages") && j+1 < r.limit {
		if n, ok := r.number(j + 1); ok && !n.ordinal && !n.vague {
			unit, last := r.ageUnitAfter(j + 1 + n.n)
			m, ok := mkIn(unit, n.val, last, r.nameBefore(j-1))
			if ok && w == "ages" {
				r.ageList = m.Last
			}
			return m, ok
		}
	}
	// the rest of a list of ages: "ages 18, 19 and 27"
	if r.ageList > 0 && (j == r.ageList+1 && (r.norm(j-1) == "," || r.norm(j-1) == "and") ||
		j == r.ageList+2 && r.norm(j-2) == "," && r.norm(j-1) == "and") {
		if n, ok := r.number(j); ok && !n.ordinal && !n.vague && n.digits != "" {
			m, ok := mk(n.val, j+n.n, noPerson)
			if ok {
				r.ageList = m.Last
			}
			return m, ok
		}
	}
	return Mention{}, false
}

// ageUnitAfter reads the unit said after an age's number at token k ("aged
// 3 months", "ages 3 months to 10 years old"), years when none is, and
// where the age ends.
func (r *recogniser) ageUnitAfter(k int) (unit string, last int) {
	u, ok := ageUnitWords[r.norm(k)]
	if !ok {
		return ageUnit, k
	}
	if r.norm(k+1) == "old" {
		return u, k + 2
	}
	return u, k + 1
}

// The units an age is given in: years, or, for a baby, months, weeks or
// days ("an 18-month-old boy" is 18 months old, not a duration).
const (
	ageMonths = "months"
	ageWeeks  = "weeks"
	ageDays   = "days"
)

// ageUnitsPerYear bounds an age in each unit (MaxAge years).
var ageUnitsPerYear = map[string]float64{ageUnit: 1, ageMonths: 12, ageWeeks: 53, ageDays: 366}

// ageUnitWords maps the word of "24 years old", "14 months old" to the
// age's unit.
var ageUnitWords = map[string]string{
	"year": ageUnit, "years": ageUnit, "yr": ageUnit, "yrs": ageUnit,
	"month": ageMonths, "months": ageMonths, "week": ageWeeks, "weeks": ageWeeks,
	"day": ageDays, "days": ageDays,
}

// IsAgeUnit reports a word an age is counted in: "years", "months",
// "weeks", "days" ("ages 3 months to 10 years": months is no person).
func IsAgeUnit(w string) bool {
	_, ok := ageUnitWords[w]
	return ok
}

// cutAgeSuffix cuts "-year-old" and its kin from a word: the number
// before it and the unit of the age.
func cutAgeSuffix(w string) (string, string, bool) {
	rest, ok := strings.CutSuffix(w, "-old")
	if !ok {
		rest, ok = strings.CutSuffix(w, "-olds")
	}
	i := strings.LastIndexByte(rest, '-')
	if !ok || i <= 0 {
		return "", "", false
	}
	unit, ok := ageUnitWords[rest[i+1:]]
	if !ok {
		return "", "", false
	}
	return rest[:i], unit, true
}

// AgeInYears is an age's value in whole years, as registers of people
// give it: an 18-month-old is 1, a 3-week-old 0, a child "almost 3" (a
// value about its number and at most it) 2. ok is false for a value in
// no age unit.
func AgeInYears(v Value) (float64, bool) {
	per, ok := ageUnitsPerYear[v.Unit]
	if !ok {
		return 0, false
	}
	years := v.Number / per
	if v.Bound == About && v.High != nil && *v.High == v.Number {
		years = math.Ceil(years) - 1 // "almost 2", "nearly three years old"
	}
	return math.Floor(years), true
}

func ageNumber(s string) (float64, bool) {
	if v, err := strconv.Atoi(s); err == nil {
		return float64(v), true
	}
	return numberWord(s)
}

// nameBefore returns the token range of a name ending just before token
// end (exclusive), skipping a comma, or {-1,-1}: "Ervin Clinton Jr., 36".
func (r *recogniser) nameBefore(end int) [2]int {
	if end > 0 && end-1 < len(r.toks) && r.toks[end-1].Norm == "," {
		end--
	}
	k := r.nameScanner().Backward(r.txt, end, r.first, nil)
	// an abbreviated title is not part of the person: "Spc. Ivan Lopez"
	for k+2 < end && r.toks[k+1].Norm == "." && segment.IsAbbreviationToken(&r.toks[k]) {
		k += 2
	}
	if k >= end {
		return noPerson
	}
	return [2]int{k, end}
}

// nameAfter returns the token range of a name starting at token start, or
// {-1,-1}.
func (r *recogniser) nameAfter(start int) [2]int {
	k := r.nameScanner().Forward(r.txt, start, r.limit, nil)
	if k == start {
		return noPerson
	}
	// "a 3-year-old Detroit boy": a capitalised word before a common noun
	// modifies it; it is not the person.
	// "24-year-old John Smith was shot" goes on with a verb, which the
	// name is the subject of.
	if w := r.toks[min(k, len(r.toks)-1)].Norm; k < r.limit && r.toks[k].Kind == segment.Word && !r.toks[k].Cap &&
		!english.IsFunctionWord(w) && !english.IsAuxiliary(w) {
		return noPerson
	}
	return [2]int{start, k}
}

// isCalendarWord reports a month or weekday token, which a "Name, 24," age
// must not end with ("December, 24" is not an age).
func (r *recogniser) isCalendarWord(i int) bool {
	if i < 0 || i >= len(r.toks) {
		return false
	}
	_, m := english.Month(r.toks[i].Norm)
	_, d := english.Weekday(r.toks[i].Norm)
	return m || d
}
