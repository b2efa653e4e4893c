package mention

import "strings"

// Human renders a value with its qualifier in words: "about 5,200
// troops", "at least 13 people", "4%".
func (v *Value) Human() string {
	n := Thousands(v.Number)
	var s string
	switch v.Bound {
	case About:
		s = "about " + n
	case AtLeast:
		s = "at least " + n
	case MoreThan:
		s = "more than " + n
	case AtMost:
		s = "at most " + n
	case LessThan:
		s = "less than " + n
	case Range:
		if v.Low != nil && v.High != nil {
			s = Thousands(*v.Low) + "–" + Thousands(*v.High)
		} else {
			s = n
		}
	default:
		s = n
	}
	switch v.Unit {
	case "":
	case "%":
		s += "%"
	case "second", "minute", "hour", "day", "week", "month", "year", "decade":
		s += " " + v.Unit
		if v.Number != 1 || v.Bound == Range {
			s += "s"
		}
	case "people":
		if v.Number == 1 && v.Bound == Exact {
			s += " person"
		} else {
			s += " people"
		}
	case "century":
		s += " " + map[bool]string{true: "century", false: "centuries"}[v.Number == 1 && v.Bound != Range]
	default:
		s += " " + v.Unit
	}
	return s
}

// Thousands formats n with thousands separators: 5200 -> "5,200".
func Thousands(n float64) string {
	s := FormatNumber(n)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	intPart, frac, hasFrac := strings.Cut(s, ".")
	var b strings.Builder
	for i, r := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	out := b.String()
	if hasFrac {
		out += "." + frac
	}
	if neg {
		out = "-" + out
	}
	return out
}
