package rules

import (
	"strings"

	"github.com/claimdiff/claimdiff/claims/phrase"
	"gopkg.in/yaml.v3"
)

// Asides is the vocabulary of text on a news page that is not the
// article: lists of other stories ("Related:", "More stories you may
// like", "Trending"), whose headlines and teasers tell of other incidents.
type Asides struct {
	// Headings open a list of other stories when a paragraph is the
	// heading alone ("More from:", "Most popular", "More stories on
	// WFTV.com"), and mark one teaser when a paragraph starts with one and
	// a colon or bar ("Related: Man killed in ...", "WATCH | ...").
	Headings *phrase.Set[bool]
}

func newAsides() *Asides {
	return &Asides{Headings: phrase.New[bool]()}
}

func (a *Asides) clone() *Asides {
	return &Asides{Headings: copySet(a.Headings)}
}

func (l *loader) asides(n *yaml.Node, a *Asides) {
	f, _ := l.fields(n, "asides", "headings")
	if v := f["headings"]; v != nil {
		for _, s := range l.strs(v, "asides.headings") {
			a.Headings.Add(strings.ToLower(s), true)
		}
	}
}
