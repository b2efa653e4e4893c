package rules

import (
	"maps"
	"slices"
)

// clone copies r so that a file extending it can add to it without
// changing the original.
func (r *Rules) clone(file string) *Rules {
	c := *r
	c.File = file
	c.Kinds = map[string]*Kind{}
	for k, v := range r.Kinds {
		kv := *v
		kv.Identity = append([]string(nil), v.Identity...)
		if v.Frame != nil {
			kv.Frame = append([]string{}, v.Frame...)
		}
		kv.Heads = append([]string(nil), v.Heads...)
		c.Kinds[k] = &kv
	}
	c.Rules = append([]*Rule(nil), r.Rules...)
	// Vocabulary sets are rebuilt by copying their phrases.
	c.Aliases = NewAliases()
	for _, w := range r.Aliases.set.Words() {
		v, _ := r.Aliases.set.Get(w)
		c.Aliases.set.Add(w, v)
	}
	c.Titles = copySet(r.Titles)
	c.Places = map[string]bool{}
	for k, v := range r.Places {
		c.Places[k] = v
	}
	c.Units = copySet(r.Units) // c.Names is shared: a Scanner is immutable, names: makes a new one
	c.Currencies = r.Currencies.Clone()
	a := *r.Attribution
	a.Cues, a.AccordingTo, a.Hedges, a.NegatedHedges = copySet(a.Cues), copySet(a.AccordingTo), copySet(a.Hedges), copySet(a.NegatedHedges)
	a.Anonymous, a.Organisations, a.Media, a.Documents = copySet(a.Anonymous), copySet(a.Organisations), copySet(a.Media), copySet(a.Documents)
	a.QuoteCues, a.Roles, a.Departments, a.PartyTags = copySet(a.QuoteCues), copySet(a.Roles), copySet(a.Departments), copySet(a.PartyTags)
	a.GroupQuantities, a.ViewCues, a.Reproduced, a.AddresseeCues = copySet(a.GroupQuantities), copySet(a.ViewCues), copySet(a.Reproduced), copySet(a.AddresseeCues)
	a.HedgeCues = maps.Clone(a.HedgeCues)
	a.StanceCues, a.EvidenceCues, a.Captions = copySet(a.StanceCues), copySet(a.EvidenceCues), copySet(a.Captions)
	a.ActCues, a.ColonLabels = copySet(a.ActCues), copySet(a.ColonLabels)
	c.Attribution = &a
	c.Frames = r.Frames.clone()
	c.Time = r.Time.clone()
	c.Compare.StopWords = map[string]bool{}
	for k, v := range r.Compare.StopWords {
		c.Compare.StopWords[k] = v
	}
	c.Compare.Stages = make([][]string, len(r.Compare.Stages))
	for i, st := range r.Compare.Stages {
		c.Compare.Stages[i] = slices.Clone(st)
	}
	c.Stories.BoilerplateWords = map[string]bool{}
	for k, v := range r.Stories.BoilerplateWords {
		c.Stories.BoilerplateWords[k] = v
	}
	c.Casualties = r.Casualties.clone()
	c.Asides = r.Asides.clone()
	return &c
}

func (r *Rules) remove(id string) {
	out := r.Rules[:0:0]
	for _, ru := range r.Rules {
		if ru.ID != id {
			out = append(out, ru)
		}
	}
	r.Rules = out
}

func (r *Rules) replace(ru *Rule) {
	for i, old := range r.Rules {
		if old.ID == ru.ID {
			r.Rules[i] = ru
		}
	}
}
