package mention

import (
	"strconv"
	"strings"

	"github.com/claimdiff/claimdiff/claims/english"
	"github.com/claimdiff/claimdiff/claims/names"
	"github.com/claimdiff/claimdiff/claims/segment"
)

// maxAge is the oldest age taken from "Name, 24," apposition.
const maxAge = 119

// age recognises "62-year-old", "24 years old", "aged 25" and the
// appositive "Justine Baez, 24," at token j; start is where a qualifier began.
func (r *recogniser) age(j, start int) (Mention, bool) {
	mk := func(v float64, last int, person [2]int) (Mention, bool) {
		if v <= 0 || v > maxAge {
			return Mention{}, false
		}
		return Mention{Type: Age, First: start, Last: last, Person: person,
			Value: &Value{Number: v, Bound: Exact, Unit: ageUnit}}, true
	}
	if j >= r.limit {
		return Mention{}, false
	}
	w := r.norm(j)
	// "62-year-old", "twenty-four-year-old", "62-years-old"
	if prefix, ok := cutAgeSuffix(w); ok {
		v, ok := ageNumber(prefix)
		if !ok {
			return Mention{}, false
		}
		return mk(v, j+1, r.nameAfter(j+1))
	}
	// "24 years old", "24-year old"
	if n, ok := r.number(j); ok && !n.ordinal && !n.vague && !n.fractions {
		k := j + n.n
		if (r.norm(k) == "years" || r.norm(k) == "year") && r.norm(k+1) == "old" {
			// "21 year old Antuan Greer" names the person after; "Greer, 21
			// years old" before.
			if p := r.nameAfter(k + 2); p[0] >= 0 {
				return mk(n.val, k+2, p)
			}
			return mk(n.val, k+2, r.nameBefore(start))
		}
		if r.norm(k) == "-year" && r.norm(k+1) == "old" {
			return mk(n.val, k+2, noPerson)
		}
		// "Justine Baez, 24, of Newark": a number set off by commas after a name.
		if n.digits != "" && n.val <= maxAge && r.norm(j-1) == "," {
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
			m, ok := mk(n.val, j+1+n.n, r.nameBefore(j-1))
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

func cutAgeSuffix(w string) (string, bool) {
	for _, suf := range []string{"-year-old", "-years-old", "-yr-old", "-year-olds"} {
		if p, ok := strings.CutSuffix(w, suf); ok {
			return p, true
		}
	}
	return "", false
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
	k := names.Backward(r.txt, end, r.first, nil)
	// an abbreviated title is not part of the person: "Spc. Ivan Lopez"
	for k+2 < end && r.toks[k+1].Norm == "." && segment.IsAbbreviation(r.toks[k].Norm) {
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
	k := names.Forward(r.txt, start, r.limit, nil)
	if k == start {
		return noPerson
	}
	// "a 3-year-old Detroit boy": a capitalised word before a common noun
	// modifies it; it is not the person.
	if k < r.limit && r.toks[k].Kind == segment.Word && !r.toks[k].Cap && r.toks[k].Norm != "and" && r.toks[k].Norm != "of" {
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
