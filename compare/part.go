package compare

import (
	"fmt"
	"slices"
	"strings"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/english"
	"github.com/claimdiff/claimdiff/claims/rules"
)

// partOf says what a fact of people is a part of, for its title: "some
// of 5 shot" when a document of the fact counts more of them elsewhere as
// its incident's whole ("Police saw two victims on arrival" beside
// "5 shot"; "three other men who were also shot" beside "FIVE PEOPLE
// SHOT"), "a person described" when a document gives no count, only one
// person it describes ("Police identified the man killed as Anthony Ray"),
// the people counted by their role or tie when every document words them
// so (subgroup: "Both passengers were injured"); "" when the fact may be
// the whole. A title that gave the part as the whole would put a count in
// every outlet's mouth that none of them states.
func partOf(prim []*item, g *group, kind string, r *rules.Rules, results []*claims.Result) string {
	if len(prim) < 2 || prim[0].c.Value == nil {
		return ""
	}
	if part := partOfCount(prim, g, kind, r, results); part != "" {
		return part
	}
	return subgroup(prim, g, r)
}

// partOfCount is partOf for a count some of a whole, the perpetrator or a
// person described.
func partOfCount(prim []*item, g *group, kind string, r *rules.Rules, results []*claims.Result) string {
	if len(prim) < 2 || prim[0].c.Value == nil {
		return ""
	}
	if slices.IndexFunc(prim, func(p *item) bool {
		return frameOf(p.c).Perpetrator != perpIncluded || p.c.Value == nil || p.c.Value.Number != 1
	}) < 0 {
		return "the perpetrator" // "the gunman killed himself": not one of the victims counted
	}
	v := 0.0
	for _, p := range prim {
		if p.c.Value != nil {
			v = max(v, p.c.Value.Number)
		}
	}
	heads := make([]string, len(prim))
	for i, p := range prim {
		heads[i] = frameOf(p.c).Head
	}
	wholes := wholeKinds(kind, heads, r)
	if len(wholes) == 0 {
		if k := r.Kinds[kind]; k != nil && k.Generic && slices.ContainsFunc(g.items, moreSign) {
			return "more" // "sending thousands more federal agents": an addition, not a total
		}
		if k := r.Kinds[kind]; k != nil && k.Generic && slices.ContainsFunc(g.items, partSign) {
			return "others" // "Two other men ... ran from the restaurant": besides those the story names
		}
		return ""
	}
	if wholes[0] == kind && !slices.ContainsFunc(g.items, partSign) && !allVictims(heads) {
		// a smaller count of the kind may be the document's own earlier
		// whole ("three were deceased", "two more people have since
		// died"): only the claim's words make it a part, or its counting
		// victims the document has counted ("Officers found two victims
		// at the scene with gunshot wounds" below "Five people were shot")
		wholes = nil
	}
	var larger []float64
	largerKind := ""
	for _, p := range prim {
		n, k := largestWhole(results[p.doc].Claims, wholes, v, g.side.date)
		if n > v {
			larger = append(larger, n)
			largerKind = k
		}
	}
	if len(larger) > 0 {
		slices.Sort(larger)
		of := fmt.Sprintf("some of %s", strings.TrimSuffix(fmt.Sprintf("%g", larger[0]), ".0"))
		if larger[0] != larger[len(larger)-1] {
			of = "some of those"
		}
		if largerKind != kind || of == "some of those" {
			of += " " + largerKind
		}
		return of
	}
	if v == 1 && slices.ContainsFunc(prim, func(p *item) bool { return onlyDescribed(g, p.doc, r) }) {
		return "a person described"
	}
	return ""
}

// subgroup is the people a fact of two or more counts as every document
// of it words them, when that is a group of people by their role or tie
// (rules casualties.people, outside the partitions by age and sex of
// frames.parts: "Both passengers were injured"), not the incident's
// victims at large: the title says whose count it is, never the
// incident's whole. "" for any other fact.
func subgroup(prim []*item, g *group, r *rules.Rules) string {
	if r.Casualties == nil || r.Casualties.People == nil || r.Frames == nil || prim[0].c.Value == nil || prim[0].c.Value.Number < 2 {
		return ""
	}
	noun := ""
	for _, p := range prim {
		found := ""
		for _, it := range g.items {
			if it.doc != p.doc {
				continue
			}
			if found = roleNoun(it.c.Text, r); found != "" {
				break
			}
		}
		if found == "" || noun != "" && found != noun {
			return ""
		}
		noun = found
	}
	return noun
}

// roleNoun is the plural noun of people by role or tie a claim's text
// counts ("passengers"), or "".
func roleNoun(text string, r *rules.Rules) string {
	for _, w := range strings.Fields(strings.ToLower(text)) {
		w = strings.Trim(w, `,;:."'`)
		one := english.Singular(w)
		if one == w || !r.Casualties.People.Has(one) || r.Frames.IsPart(one) || one == personHead || one == victimHead {
			continue // "people", "victims", "men": the victims at large, or a part by age or sex the title gives otherwise
		}
		if _, unit := r.Frames.UnitHeads[w]; unit {
			continue
		}
		return w
	}
	return ""
}

// onlyDescribed reports a document whose claims in the group each describe
// one victim (describedCount: "the teen killed"), none of them a count.
func onlyDescribed(g *group, doc int, r *rules.Rules) bool {
	for _, it := range g.items {
		if it.doc == doc && !describedCount(r, it.c) {
			return false
		}
	}
	return true
}

// countedWithDead marks each count of the hurt that counts the dead among
// them: a later figure of its sentence says some "of those" are dead ("20
// or more were hurt, and two of those victims have died"; rules
// casualties.parts and .deaths). It is another measure than a count of
// the hurt besides the dead ("two people were killed and at least 20
// others injured"), whatever the figures.
func countedWithDead(items []*item, r *rules.Rules) {
	cs := r.Casualties
	if cs == nil || cs.Parts == nil || cs.Deaths == nil || r.Frames == nil {
		return
	}
	// the latest start, per sentence, of a figure saying some "of those"
	// are dead: each claim's text is read once
	lastDead := map[int]int{}
	for _, o := range items {
		if holdsPhrase(cs.Deaths, o.c.Text) && holdsPhrase(cs.Parts, o.c.Text) {
			si := o.c.SentenceIndex()
			if at, ok := lastDead[si]; !ok || o.c.Span.Start > at {
				lastDead[si] = o.c.Span.Start
			}
		}
	}
	if len(lastDead) == 0 {
		return
	}
	for _, it := range items {
		if it.c.Value == nil || !hurtKind(it.c.Kind, r) || holdsPhrase(cs.Deaths, it.c.Text) {
			continue
		}
		if at, ok := lastDead[it.c.SentenceIndex()]; ok && at >= it.c.Span.End {
			it.withDead = true
		}
	}
}

// hurtKind reports a kind of reported casualty count that is neither a
// count that includes the dead by its rules (frames.includes: shot) nor
// one of the dead it includes (killed): injured.
func hurtKind(kind string, r *rules.Rules) bool {
	k := r.Kinds[kind]
	if k == nil || !k.ReportedCount {
		return false
	}
	for whole, inc := range r.Frames.Includes {
		if whole == kind || slices.Contains(inc, kind) {
			return false
		}
	}
	return true
}
