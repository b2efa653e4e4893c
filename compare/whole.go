package compare

import (
	"slices"
	"strings"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/mention"
	"github.com/claimdiff/claimdiff/claims/rules"
)

// allVictims reports heads that all count victims: a count of the victims
// below the whole its document gives of the same kind is some of them.
func allVictims(heads []string) bool {
	return len(heads) > 0 && !slices.ContainsFunc(heads, func(h string) bool { return h != victimHead })
}

// partSign reports a claim whose words count some of the victims: its
// frame's scope part ("three of the victims") or people besides some its
// sentence names ("three other men who were also shot": besidesOthers,
// or its own text's second word).
func partSign(it *item) bool {
	if frameOf(it.c).Scope == claims.ScopePart || besidesOthers(it.c) {
		return true
	}
	w := strings.Fields(strings.ToLower(it.c.Text))
	return len(w) > 1 && (w[1] == "other" || w[1] == "others" || w[1] == "more")
}

// moreSign reports a count of things added to others ("thousands more
// federal boots"): "more" right after its figure.
func moreSign(it *item) bool {
	first, _, _ := strings.Cut(strings.TrimLeft(clauseAfter(it.c), " "), " ")
	if first == "more" {
		return true
	}
	w := strings.Fields(strings.ToLower(it.c.Text))
	return len(w) > 1 && w[1] == "more"
}

// wholeKinds are the kinds whose count of an incident a fact of this kind
// and head may be some of: its own kind for a count of what befell people
// (rules frames.includes names them: shot, and the killed and injured it
// includes), and every one of them for a generic count of victims ("two
// victims at the scene" of "5 shot"; not of people, who may be anyone:
// "more than one person in the car").
func wholeKinds(kind string, heads []string, r *rules.Rules) []string {
	if r.Frames == nil || len(r.Frames.Includes) == 0 {
		return nil
	}
	var all []string
	for k, inc := range r.Frames.Includes {
		all = append(all, k)
		all = append(all, inc...)
	}
	if slices.Contains(all, kind) {
		return []string{kind}
	}
	if k := r.Kinds[kind]; k != nil && k.Generic && slices.Contains(heads, victimHead) {
		slices.Sort(all)
		return slices.Compact(all)
	}
	return nil
}

// largestWhole is the largest count above v of one of the kinds a
// document states as its incident's whole (no scope of notWhole, no date
// but one the fact's date overlaps: "On Nov. 5, 2009 ... killing 12" is
// another incident's), and its kind.
func largestWhole(cs []claims.Claim, kinds []string, v float64, date *mention.DateValue) (float64, string) {
	best, kind := 0.0, ""
	for i := range cs {
		c := &cs[i]
		if wholeAbove(c, kinds, v, date) && c.Value.Number > best {
			best, kind = c.Value.Number, c.Kind
		}
	}
	return best, kind
}

// wholeAbove reports a count above v of one of kinds that a document
// states as its incident's whole (largestWhole).
func wholeAbove(c *claims.Claim, kinds []string, v float64, date *mention.DateValue) bool {
	if c.Value == nil || c.Value.Vague || c.Value.Number <= v || !slices.Contains(kinds, c.Kind) {
		return false
	}
	f := frameOf(c)
	return !slices.Contains(notWhole, f.Scope) && (c.Date == nil || date != nil && datesOverlap(date, c.Date))
}
