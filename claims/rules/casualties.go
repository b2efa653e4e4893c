package rules

import (
	"strings"

	"github.com/claimdiff/claimdiff/claims/phrase"
	"gopkg.in/yaml.v3"
)

// Casualties is the vocabulary the casualty claims are finished with,
// beyond their rules' patterns.
type Casualties struct {
	// Parts are the words that make a death toll given beside a number
	// shot a part of that total: "four people were shot, two of them
	// fatally", "two shot, one fatally", "five shot, one of whom died".
	// A toll without them, in a headline's list, stands beside the shot
	// figure ("1 dead, 3 shot": three more).
	Parts *phrase.Set[bool]
}

func newCasualties() *Casualties {
	return &Casualties{Parts: phrase.New[bool]()}
}

func (c *Casualties) clone() *Casualties {
	return &Casualties{Parts: copySet(c.Parts)}
}

func (l *loader) casualties(n *yaml.Node, c *Casualties) {
	f, _ := l.fields(n, "casualties", "parts")
	if v := f["parts"]; v != nil {
		for _, s := range l.strs(v, "casualties.parts") {
			c.Parts.Add(strings.ToLower(s), true)
		}
	}
}
