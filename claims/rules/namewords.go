package rules

import (
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/claimdiff/claimdiff/claims/names"
)

// nameWords reads the names: section, the words a person's name takes
// without a capital: particles ("bin", "van") and suffixes ("Jr.").
// Each is one word, since a name is read a token at a time.
func (l *loader) nameWords(n *yaml.Node, r *Rules) {
	f, _ := l.fields(n, "names", "particles", "suffixes")
	var particles, suffixes []string
	for _, key := range []string{"particles", "suffixes"} {
		if f[key] == nil {
			continue
		}
		for _, e := range l.entries(f[key], "names."+key) {
			w := strings.TrimSuffix(e.s, ".")
			if w == "" || strings.ContainsFunc(w, isNameSeparator) {
				l.errf(e.n, "names.%s: %q is not one word", key, e.s)
				continue
			}
			if key == "particles" {
				particles = append(particles, w)
			} else {
				suffixes = append(suffixes, w)
			}
		}
	}
	r.Names = r.Names.With(particles, suffixes)
}

// isNameSeparator reports a rune that splits a name word into tokens.
func isNameSeparator(c rune) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '.' || c == ','
}

// newNames is the name vocabulary of rules that extend none.
func newNames() *names.Scanner { return names.NewScanner(nil, nil) }
