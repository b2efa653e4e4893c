package mention

import (
	"github.com/claimdiff/claimdiff/claims/phrase"
	"github.com/claimdiff/claimdiff/claims/segment"
	"github.com/claimdiff/claimdiff/claims/wordset"
)

// qualifier is a word or phrase before a number that bounds it.
type qualifier struct {
	bound Bound
	// below marks "nearly" and "almost": approximate, and not above the number.
	below bool
}

// prefixQualifiers are the phrases that can stand before a number.
var prefixQualifiers = func() *phrase.Set[qualifier] {
	s := phrase.New[qualifier]()
	for _, w := range []string{"about", "around", "roughly", "approximately", "approx.", "some",
		"an estimated", "estimated", "close to", "circa", "c.", "~", "almost", "nearly", "just under",
		"around about", "upward of"} {
		s.Add(w, qualifier{bound: About, below: w == "almost" || w == "nearly" || w == "just under"})
	}
	for _, w := range []string{"at least", "no fewer than", "no less than", "a minimum of", "not less than"} {
		s.Add(w, qualifier{bound: AtLeast})
	}
	for _, w := range []string{"more than", "over", "in excess of", "in excess", "upwards of",
		"above", "exceeding", "greater than", "well over", "just over", "over than"} {
		s.Add(w, qualifier{bound: MoreThan})
	}
	for _, w := range []string{"up to", "at most", "no more than", "a maximum of", "not more than"} {
		s.Add(w, qualifier{bound: AtMost})
	}
	for _, w := range []string{"less than", "fewer than", "under", "below", "just below"} {
		s.Add(w, qualifier{bound: LessThan})
	}
	return s
}()

// qualifierOnes and qualifierSeconds filter the words of the qualifiers:
// the qualifiers of one word, and the second words of the longer ones. A
// word no qualifier of one word may be, before a word no qualifier's
// second may be, begins no qualifier ("in the", "at a"): qualifierAt
// turns it away so, before the set is searched.
var qualifierOnes, qualifierSeconds = func() (ones, seconds wordset.Filter) {
	for _, q := range prefixQualifiers.Words() {
		switch w := phrase.Split(q); len(w) {
		case 0:
		case 1:
			ones.Add(w[0])
		default:
			seconds.Add(w[1])
		}
	}
	return ones, seconds
}()

// Approximates reports whether the words p (lower case, single-spaced)
// say that a figure or a time is near the one named, on either side:
// "about", "around", "roughly", "approximately". This is the one list of
// approximators; "nearly" and "almost" (not above) are not among them.
func Approximates(p string) bool {
	q, ok := prefixQualifiers.Get(p)
	return ok && q.bound == About && !q.below
}

// ApproximatorAt reports how many tokens from i (before limit) an
// approximator takes, or 0; as Approximates, reading tokens.
func ApproximatorAt(toks []segment.Token, i, limit int) int {
	q, n := prefixQualifiers.Longest(toks, i, limit)
	if n == 0 || q.bound != About || q.below {
		return 0
	}
	return n
}

// apply sets v's bounds from the qualifier.
func (q qualifier) apply(v *Value) {
	v.Bound = q.bound
	switch q.bound {
	case AtLeast, MoreThan:
		v.Low = f64(v.Number)
	case AtMost, LessThan:
		v.High = f64(v.Number)
	case About:
		if q.below {
			v.High = f64(v.Number)
		}
	}
}
