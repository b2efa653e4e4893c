package claims

import "github.com/claimdiff/claimdiff/claims/mention"

// The causes an injured count's frame may give (Frame.Cause): the Gun
// Violence Archive, like most shooting tallies, counts gunshot wounds
// only, where a reporter may count everyone hurt.
const (
	causeGunshot = "gunshot" // hit by gunfire: "16 suffering gunshot wounds"
	causeOther   = "other"   // hurt otherwise: "four others hurt in the panic to flee"
	causeAll     = "all"     // every cause together: "20 were hurt, with 16 suffering gunshot wounds"
)

// causeWindow is how many tokens after an injured count its cause may be
// told ("four others suffered injuries such as a fracture in the panic to
// flee"), and splitWindow how far after a total its split by cause may
// reach.
const (
	causeWindow = 12
	splitWindow = 3 * causeWindow
)

// causes gives the injured counts of a document, in text order, the
// cause its words tell (rules.yaml casualties.gunfire and other-causes):
//
//   - a count whose words, or the words after it up to the next number or
//     count, name one cause takes it, both causes all ("five victims
//     suffered gunshot wound injuries or were injured by flying glass");
//   - a gunshot-wound count given as a part of a hurt total before it in
//     its sentence ("20 were hurt, with 16 suffering gunshot wounds") is
//     of the wounded: injured, cause gunshot, not shot;
//   - a count that names no cause is all when its sentence splits it, a
//     smaller gunshot count and another cause after it ("five people were
//     injured - four from gunshots and one from flying glass"); and, in a
//     document that tells of injuries of another cause, when it is larger
//     than every gunshot count in it ("22 others injured").
//
// The whole is linear: each count looks at a bounded window of tokens and
// of claims.
func (t casualtyText) causes(cs []Claim) {
	cue := make([]string, len(cs))
	for i := range cs {
		if (cs[i].Kind == kindInjured || cs[i].Kind == kindShot) && cs[i].Value != nil {
			cue[i] = t.cueCause(cs, i)
		}
	}
	apart := false // the document tells of injuries not by gunfire
	for i := range cs {
		c := &cs[i]
		if c.Kind == kindShot && cue[i] == causeGunshot && t.partOfHurt(cs, i) {
			c.Kind = kindInjured
		}
		if c.Kind == kindInjured && cue[i] != "" {
			setCause(c, cue[i])
			apart = apart || cue[i] != causeGunshot
		}
	}
	for i := range cs {
		if cs[i].Kind == kindInjured && cue[i] == "" && storyCount(cs[i]) && t.splitByCause(cs, i) {
			setCause(&cs[i], causeAll)
			apart = true
		}
	}
	if !apart {
		return
	}
	gunshot := 0.0 // the largest gunshot count
	for _, c := range cs {
		if c.Kind == kindInjured && c.Frame != nil && c.Frame.Cause == causeGunshot && c.Value.Number > gunshot {
			gunshot = c.Value.Number
		}
	}
	for i := range cs {
		c := &cs[i]
		if c.Kind == kindInjured && storyCount(*c) && (c.Frame == nil || c.Frame.Cause == "") && c.Value.Number > gunshot {
			setCause(c, causeAll)
		}
	}
}

// cueCause is the cause the words of cs[i] and those after it name: up to
// causeWindow tokens, the next number (a mention with a value), or the
// next count in its sentence.
func (t casualtyText) cueCause(cs []Claim, i int) string {
	c := cs[i]
	s := t.sents[c.sent]
	end := t.claimEnd(c)
	stop := min(s.Last, end+causeWindow)
	for j := i + 1; j < len(cs) && j <= i+claimWindow && cs[j].sent == c.sent; j++ {
		if cs[j].tok >= end && cs[j].tok < stop {
			stop = cs[j].tok
		}
	}
	for k := end; k < stop; k++ {
		if m := t.in.Cover(k); m >= 0 && t.in.Mentions[m].First == k && t.in.Mentions[m].Value != nil || t.toks[k].Norm == ";" {
			stop = k // "four from gunshots and one from flying glass"
		}
	}
	gun := t.has(t.voc.Gunfire, c.tok, stop)
	other := t.has(t.voc.OtherCauses, c.tok, stop)
	switch {
	case gun && other:
		return causeAll
	case gun:
		return causeGunshot
	case other:
		return causeOther
	}
	return ""
}

// partOfHurt reports a count cs[i] given as a part of an injured total
// before it in its sentence: "20 were hurt, with 16 suffering gunshot
// wounds" ("with", "including" or "of them" between the two).
func (t casualtyText) partOfHurt(cs []Claim, i int) bool {
	c := cs[i]
	for j := i - 1; j >= 0 && j >= i-claimWindow && cs[j].sent == c.sent; j-- {
		total := cs[j]
		if total.Kind != kindInjured || !storyCount(total) || total.Value.Number <= c.Value.Number {
			continue
		}
		for k := t.claimEnd(total); k < c.tok+2 && k < t.sents[c.sent].Last; k++ {
			switch t.toks[k].Norm {
			case "with", "including", "of":
				return true
			}
		}
		return false
	}
	return false
}

// splitByCause reports an injured total cs[i] its sentence splits by
// cause: a smaller gunshot count after it, and words of another cause
// ("five people were injured - four from gunshots and one from flying
// glass").
func (t casualtyText) splitByCause(cs []Claim, i int) bool {
	c := cs[i]
	s := t.sents[c.sent]
	for j := i + 1; j < len(cs) && j <= i+claimWindow && cs[j].sent == c.sent; j++ {
		p := cs[j]
		if p.Kind == kindInjured && p.Frame != nil && p.Frame.Cause == causeGunshot && p.Value.Bound == mention.Exact && p.Value.Number < c.Value.Number {
			end := t.claimEnd(c)
			return t.has(t.voc.OtherCauses, end, min(s.Last, end+splitWindow))
		}
	}
	return false
}
