package rules

import (
	"maps"
	"slices"
)

// clone copies r's kinds and list of rules, so that a file extending r
// can add to them, or a caller override them, without changing r. The
// vocabulary (aliases, titles, places, units, currencies, attribution,
// frames, time, compare, stories, casualties, asides) is shared, read
// only, until ownVocabulary copies it: a file that adds rules and kinds
// only needs no copy of the sets it never writes.
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
	return &c
}

// ownVocabulary gives r, a clone, a copy of the vocabulary it shares, for
// a file that writes to it.
func (r *Rules) ownVocabulary() {
	old := *r // what r shares
	// Vocabulary sets are rebuilt by copying their phrases.
	r.Aliases = NewAliases()
	for _, w := range old.Aliases.set.Words() {
		v, _ := old.Aliases.set.Get(w)
		r.Aliases.set.Add(w, v)
	}
	r.Titles = copySet(old.Titles)
	r.Places = map[string]bool{}
	for k, v := range old.Places {
		r.Places[k] = v
	}
	r.Units = copySet(old.Units) // r.Names is shared: a Scanner is immutable, names: makes a new one
	r.Currencies = old.Currencies.Clone()
	a := *old.Attribution
	a.Cues, a.AccordingTo, a.Hedges, a.NegatedHedges = copySet(a.Cues), copySet(a.AccordingTo), copySet(a.Hedges), copySet(a.NegatedHedges)
	a.Anonymous, a.Organisations, a.Media, a.Documents = copySet(a.Anonymous), copySet(a.Organisations), copySet(a.Media), copySet(a.Documents)
	a.QuoteCues, a.Roles, a.Departments, a.PartyTags = copySet(a.QuoteCues), copySet(a.Roles), copySet(a.Departments), copySet(a.PartyTags)
	a.StateAbbreviations, a.Idioms, a.InterviewSignals = copySet(a.StateAbbreviations), copySet(a.Idioms), copySet(a.InterviewSignals)
	a.UnnamedCues, a.AnonymousModifiers, a.InDocuments, a.Disputing = copySet(a.UnnamedCues), copySet(a.AnonymousModifiers), copySet(a.InDocuments), copySet(a.Disputing)
	a.MindCues, a.AttributiveHedges = copySet(a.MindCues), copySet(a.AttributiveHedges)
	a.PlaceHeads, a.FemaleNames, a.MaleNames = copySet(a.PlaceHeads), copySet(a.FemaleNames), copySet(a.MaleNames)
	a.ClauseCues, a.FigureCues = copySet(a.ClauseCues), copySet(a.FigureCues)
	a.GroupQuantities, a.ViewCues, a.Reproduced, a.AddresseeCues = copySet(a.GroupQuantities), copySet(a.ViewCues), copySet(a.Reproduced), copySet(a.AddresseeCues)
	a.SharedSubject, a.WriterCues, a.WithOpeners = copySet(a.SharedSubject), copySet(a.WriterCues), copySet(a.WithOpeners)
	a.HedgeCues = maps.Clone(a.HedgeCues)
	a.StanceCues, a.EvidenceCues, a.Captions = copySet(a.StanceCues), copySet(a.EvidenceCues), copySet(a.Captions)
	a.ActCues, a.ColonLabels = copySet(a.ActCues), copySet(a.ColonLabels)
	r.Attribution = &a
	r.Frames = old.Frames.clone()
	r.Time = old.Time.clone()
	r.Compare.StopWords = map[string]bool{}
	for k, v := range old.Compare.StopWords {
		r.Compare.StopWords[k] = v
	}
	r.Compare.Stages = make([][]string, len(old.Compare.Stages))
	for i, st := range old.Compare.Stages {
		r.Compare.Stages[i] = slices.Clone(st)
	}
	r.Stories.BoilerplateWords = map[string]bool{}
	for k, v := range old.Stories.BoilerplateWords {
		r.Stories.BoilerplateWords[k] = v
	}
	r.Casualties = old.Casualties.clone()
	r.Asides = old.Asides.clone()
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
