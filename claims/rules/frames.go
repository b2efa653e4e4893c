package rules

import (
	"strings"

	"github.com/claimdiff/claimdiff/claims/phrase"
	"gopkg.in/yaml.v3"
)

// Frames is the vocabulary that tells what a number measures: the words
// that make it a change ("fell 4.1%") rather than a level ("at $58.24"),
// the words that set its scope ("so far", "now"), the verbs that link a
// measured thing to its figure ("the toll reached 18") and the words that
// end a counted noun phrase ("16 people dead").
type Frames struct {
	// Up and Down are direction words, verbs and nouns: "rose", "up",
	// "increase"; "fell", "down", "cut".
	Up, Down *phrase.Set[bool]
	// Levels stand before a figure that is a level after a change: "at",
	// "to" in "fell 4% to $61.20".
	Levels *phrase.Set[bool]
	// Links are verbs between a measured thing and its figure: "reached",
	// "stood at", "totalled".
	Links *phrase.Set[bool]
	// Per introduces a rate's denominator: "per", "a", "each".
	Per *phrase.Set[bool]
	// Current, Total and Previous scope a count: "now", "so far", "a year
	// earlier".
	Current, Total, Previous *phrase.Set[bool]
	// Predicates end a counted noun phrase: "dead", "missing", "alive".
	Predicates *phrase.Set[bool]
	// NotCounted are heads a generic count never takes: "block" (an
	// address), "a.m.".
	NotCounted *phrase.Set[bool]
	// Incidents are the events a casualty count can belong to: "shooting",
	// "attack", "leak".
	Incidents *phrase.Set[bool]
	// Partitives are nouns that count what their "of" names: "three counts
	// of child abuse" counts abuse charges, "two pairs of shoes" shoes.
	Partitives *phrase.Set[bool]
	// UnitHeads name what a figure measures when the text names nothing
	// but its unit: unit -> head ("km" -> "distance", "day" ->
	// "duration", "people" -> "person").
	UnitHeads map[string]string
}

var frameFields = []string{"up", "down", "levels", "links", "per", "current", "total", "previous", "predicates", "not-counted", "incidents", "partitives", "unit-heads"}

func newFrames() *Frames {
	return &Frames{Up: phrase.New[bool](), Down: phrase.New[bool](), Levels: phrase.New[bool](),
		Links: phrase.New[bool](), Per: phrase.New[bool](), Current: phrase.New[bool](),
		Total: phrase.New[bool](), Previous: phrase.New[bool](), Predicates: phrase.New[bool](), NotCounted: phrase.New[bool](), Incidents: phrase.New[bool](), Partitives: phrase.New[bool](), UnitHeads: map[string]string{}}
}

func (f *Frames) sets() map[string]*phrase.Set[bool] {
	return map[string]*phrase.Set[bool]{"up": f.Up, "down": f.Down, "levels": f.Levels, "links": f.Links,
		"per": f.Per, "current": f.Current, "total": f.Total, "previous": f.Previous,
		"predicates": f.Predicates, "not-counted": f.NotCounted, "incidents": f.Incidents, "partitives": f.Partitives}
}

func (f *Frames) clone() *Frames {
	c := newFrames()
	dst := c.sets()
	for k, s := range f.sets() {
		for _, w := range s.Words() {
			dst[k].Add(w, true)
		}
	}
	for k, v := range f.UnitHeads {
		c.UnitHeads[k] = v
	}
	return c
}

func (l *loader) frames(n *yaml.Node, fr *Frames) {
	f, _ := l.fields(n, "frames", frameFields...)
	sets := fr.sets()
	if v := f["unit-heads"]; v != nil {
		hf, order := l.fields(v, "frames.unit-heads")
		for _, head := range order {
			for _, u := range l.strs(hf[head], "unit-heads of "+head) {
				fr.UnitHeads[u] = head
			}
		}
	}
	for _, key := range frameFields {
		if sets[key] == nil {
			continue
		}
		if v := f[key]; v != nil {
			for _, s := range l.strs(v, "frames."+key) {
				sets[key].Add(strings.ToLower(s), true)
			}
		}
	}
}
