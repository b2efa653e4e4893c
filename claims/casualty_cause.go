package claims

import (
	"github.com/claimdiff/claimdiff/claims/english"
	"github.com/claimdiff/claimdiff/claims/mention"
	"github.com/claimdiff/claimdiff/claims/phrase"
)

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
//     had gunshot wounds or were hurt by flying glass");
//   - a gunshot-wound count given as a part of a hurt total before it in
//     its sentence ("20 were hurt, with 16 suffering gunshot wounds") is
//     of the wounded: injured, cause gunshot, not shot;
//   - a count that names no cause is all when its sentence splits it, a
//     smaller gunshot count and another cause after it ("five people were
//     injured - four from gunshots and one from flying glass"); and, in a
//     document that tells of injuries of another cause, when it is larger
//     than every gunshot count in it ("22 others injured"; allAbove).
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
	notGunfire := false // the document tells of injuries not by gunfire
	for i := range cs {
		c := &cs[i]
		if c.Kind == kindShot && cue[i] == causeGunshot && t.partOfHurt(cs, i) {
			c.Kind = kindInjured
		}
		if c.Kind == kindInjured && cue[i] != "" {
			setCause(c, cue[i])
			notGunfire = notGunfire || cue[i] != causeGunshot
		}
	}
	for i := range cs {
		if cs[i].Kind == kindInjured && cue[i] == "" && storyCount(&cs[i]) && t.splitByCause(cs, i) {
			setCause(&cs[i], causeAll)
			notGunfire = true
		}
	}
	if notGunfire {
		t.allAbove(cs)
	}
}

// allAbove makes all causes every injured count with no cause that is
// larger than every gunshot count of the document ("22 injured ... 16
// people suffered gunshot wounds. Four others were hurt while fleeing"),
// in a document that tells of injuries of another cause and gives a
// count of gunshot wounds (or of both causes: "five victims suffered
// had gunshot wounds or were hurt by glass"). A count that the next injured count (in its sentence or
// the followWindow after) adds others to by another cause ("Six people
// were wounded in the shooting. Two others were hurt while fleeing") is
// left alone: the others are more people, not some of its.
func (t casualtyText) allAbove(cs []Claim) {
	gunshot, told := 0.0, false // the largest gunshot count; a count told of gunfire
	for i := range cs {
		c := &cs[i]
		if c.Kind != kindInjured || c.Frame == nil {
			continue
		}
		told = told || c.Frame.Cause == causeGunshot || c.Frame.Cause == causeAll
		if c.Frame.Cause == causeGunshot && c.Value.Number > gunshot {
			gunshot = c.Value.Number
		}
	}
	if !told {
		return
	}
	for i := range cs {
		c := &cs[i]
		if c.Kind == kindInjured && storyCount(c) && (c.Frame == nil || c.Frame.Cause == "") && c.Value.Number > gunshot && !t.othersBesides(cs, i) {
			setCause(c, causeAll)
		}
	}
}

// othersBesides reports an injured count cs[i] the next injured count
// after it adds more people to by another cause: its cause is other and
// its words hold a word that adds people (additive: "Two others were
// hurt while fleeing").
func (t casualtyText) othersBesides(cs []Claim, i int) bool {
	c := &cs[i]
	for j := i + 1; j < len(cs) && j <= i+claimWindow && cs[j].sent <= c.sent+followWindow; j++ {
		o := &cs[j]
		if o.Kind != kindInjured || o.Value == nil || o.tok <= c.tok {
			continue
		}
		if o.Frame == nil || o.Frame.Cause != causeOther {
			return false
		}
		for k, end := o.tok, t.claimEnd(o); k < end; k++ {
			if additive(t.toks[k].Norm) {
				return true
			}
		}
		return false
	}
	return false
}

// cueCause is the cause the words of cs[i] and those after it name: up to
// causeWindow tokens, the next number (a mention with a value), the next
// count in its sentence, or the next clause of another subject (causeEnd).
// A cue denied ("none of them by gunfire") is not read; a denied gunfire
// cue says the injuries had another cause.
func (t casualtyText) cueCause(cs []Claim, i int) string {
	c := &cs[i]
	stop := t.causeEnd(cs, i)
	gun, notGun := t.cue(t.voc.Gunfire, c.tok, stop)
	other, _ := t.cue(t.voc.OtherCauses, c.tok, stop)
	other = other || notGun
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

// causeEnd is where the words that may tell the cause of cs[i] end: at
// most causeWindow tokens after it, before the next number, the next
// count of its sentence, a semicolon, or a clause of another subject (a
// conjunction then an article or "he", "she": "were injured when the
// suspect ... opened fire", "were injured, and the suspect tried to
// flee"; not "while fleeing", "when they jumped").
func (t casualtyText) causeEnd(cs []Claim, i int) int {
	c := &cs[i]
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
			return k // "four from gunshots and one from flying glass"
		}
		if k+1 < stop && t.otherSubject(k) {
			return k
		}
	}
	return stop
}

// otherSubject reports a clause opening at token k whose subject is not
// the victims: a subordinator or coordinator, then an article or "he",
// "she" ("when the suspect", "as the gunman", "and he"; not "such as a"),
// or "where", which tells of the place.
func (t casualtyText) otherSubject(k int) bool {
	w, next := t.toks[k].Norm, t.toks[k+1].Norm
	if w == "where" {
		return true // a clause of the place: "in chaotic scenes where people jumped from windows"
	}
	if !english.IsSubordinator(w) && !english.IsCoordinator(w) || w == "as" && k > 0 && t.toks[k-1].Norm == "such" {
		return false // "injuries such as a fracture"
	}
	return english.IsArticle(next) || next == "he" || next == "she"
}

// cue reports whether a phrase of set stands in tokens [lo, to), and
// whether one stands there denied: a negator, "none" or "nobody" at most
// denyWindow tokens before it, from lo on ("six were injured, none of
// them by gunfire").
func (t casualtyText) cue(set *phrase.Set[bool], lo, to int) (found, denied bool) {
	for i := lo; i < to; i++ {
		_, n := set.Longest(t.toks, i, to)
		if n == 0 {
			continue
		}
		if t.deniedAt(lo, i) {
			denied = true
		} else {
			found = true
		}
		i += n - 1
	}
	return found, denied
}

// denyWindow is how many tokens before a cause cue a denial reaches.
const denyWindow = 4

// deniedAt reports a negator, "none" or "nobody" within denyWindow tokens
// before token i, from token lo on.
func (t casualtyText) deniedAt(lo, i int) bool {
	for k := max(lo, i-denyWindow); k < i; k++ {
		if w := t.toks[k].Norm; english.IsNegator(w) || w == "none" || w == "nobody" {
			return true
		}
	}
	return false
}

// partOfHurt reports a count cs[i] given as a part of an injured total
// before it in its sentence: "20 were hurt, with 16 suffering gunshot
// wounds" (a word of rules.yaml casualties.breakdown between the two, or
// just inside the part: "of them").
func (t casualtyText) partOfHurt(cs []Claim, i int) bool {
	c := &cs[i]
	for j := i - 1; j >= 0 && j >= i-claimWindow && cs[j].sent == c.sent; j-- {
		total := &cs[j]
		if total.Kind != kindInjured || !storyCount(total) || total.Value.Number <= c.Value.Number {
			continue
		}
		return t.has(t.voc.Breakdown, t.claimEnd(total), min(c.tok+3, t.sents[c.sent].Last))
	}
	return false
}

// splitByCause reports an injured total cs[i] its sentence splits by
// cause: a smaller gunshot count after it, and words of another cause
// ("five people were injured - four from gunshots and one from flying
// glass").
func (t casualtyText) splitByCause(cs []Claim, i int) bool {
	c := &cs[i]
	s := t.sents[c.sent]
	for j := i + 1; j < len(cs) && j <= i+claimWindow && cs[j].sent == c.sent; j++ {
		p := &cs[j]
		if p.Kind == kindInjured && p.Frame != nil && p.Frame.Cause == causeGunshot && p.Value.Bound == mention.Exact && p.Value.Number < c.Value.Number {
			end := t.claimEnd(c)
			return t.has(t.voc.OtherCauses, end, min(s.Last, end+splitWindow))
		}
	}
	return false
}
