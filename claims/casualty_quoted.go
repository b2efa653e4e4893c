package claims

// quotedOfMore gives the part scope to a casualty count inside a quotation
// ("'We've got four kids shot here,' she recalled pleading with a
// dispatcher") in a document that gives a larger count of its kind in its
// own words,
// outside quotation marks (partsOfMore): the speaker saw or told of some
// of the victims, and the story's count is the incident's. The count stays
// the speaker's (attribution reads the quote); a quoted count with no
// larger one of the story's is left as it is. Those shot are the dead and
// the wounded: for the wounded, a count of people shot in the story's
// words is larger too, and for those shot, a count of the dead or of the
// wounded. Counts marked dropped are not read.
func (b *builder) quotedOfMore(cs []Claim, dropped []bool) {
	below := func(i int, most casualtyMax) bool {
		c := &cs[i]
		larger := most.get(c.Kind)
		switch c.Kind {
		case kindShot:
			larger = max(larger, most.get(kindInjured), most.get(kindKilled))
		case kindInjured:
			larger = max(larger, most.get(kindShot))
		}
		return c.Value.Number > 0 && larger > c.Value.Number
	}
	// The largest counts, quoted or not, are at least the largest outside
	// quotes: where no count is below them, none is below the story's,
	// and the quotes are not sought. This holds because below can only
	// turn true as most grows (a larger count is never less above c).
	if !anyOfMore(cs, dropped, below) {
		return
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
	quoted := func(i int) bool { return inside[cs[i].tok] }
	partsOfMore(cs, dropped, func(i int) bool { return !quoted(i) }, func(i int, most casualtyMax) bool {
		return quoted(i) && below(i, most)
	})
}

// anyOfMore reports whether partsOfMore, with every count its own (none
// left aside), would find a part: a count cs[i] it reads for which
// part(i, most) holds, most holding the largest counts of all it reads.
// It marks none.
func anyOfMore(cs []Claim, dropped []bool, part func(i int, most casualtyMax) bool) bool {
	most := mostOf(cs, dropped, nil)
	for i := range cs {
		if readsOfMore(cs, dropped, i) && part(i, most) {
			return true
		}
	}
	return false
}
