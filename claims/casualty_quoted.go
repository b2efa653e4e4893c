package claims

import "slices"

// quotedOfMore gives the part scope to a casualty count inside a quotation
// ("'We've got four kids shot here,' she recalled pleading with a
// dispatcher") in a document that gives a larger count of its kind in its
// own words, outside quotation marks: the speaker saw or told of some of
// the victims, and the story's count is the incident's. The count stays
// the speaker's (attribution reads the quote); a quoted count with no
// larger one of the story's is left as it is. For the wounded, a count of
// people shot in the story's words is larger too. Counts marked dropped
// are not read. For those shot, a count of the dead or of the wounded in
// the story's words is larger too.
func (b *builder) quotedOfMore(cs []Claim, dropped []bool) {
	if !slices.ContainsFunc(cs, func(c Claim) bool { return isCasualty(c.Kind) && c.Value != nil }) {
		return // no count to read: the quotes are not sought
	}
	qs := findQuotes(b.txt)
	if len(qs) == 0 {
		return
	}
	inside := make([]bool, len(b.txt.Tokens)) // tokens within quotation marks
	for _, q := range qs {
		for i := q.first; i < q.last; i++ {
			inside[i] = true
		}
	}
	quoted := func(c Claim) bool { return inside[c.tok] }
	own := map[string]float64{} // the largest count of each kind in the story's words
	in := make([]bool, len(cs))
	any := false
	for i, c := range cs {
		if dropped[i] || !isCasualty(c.Kind) || c.Value == nil || c.Frame != nil && c.Frame.Scope != "" {
			continue
		}
		if in[i] = quoted(c); in[i] {
			any = true
		} else if c.Value.Number > own[c.Kind] {
			own[c.Kind] = c.Value.Number
		}
	}
	if !any {
		return
	}
	// those shot are the dead and the wounded: a count of either is a
	// count of people shot too, and a count of people shot one of the
	// wounded (a quoted "four kids shot" is read as both)
	shot := max(own[kindShot], own[kindInjured], own[kindKilled])
	own[kindInjured] = max(own[kindInjured], own[kindShot])
	own[kindShot] = shot
	for i := range cs {
		if c := &cs[i]; in[i] && c.Value.Number > 0 && own[c.Kind] > c.Value.Number {
			setScope(c, scopePart)
		}
	}
}
