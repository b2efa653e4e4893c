package rules

import (
	"strings"
	"unicode"

	"github.com/claimdiff/claimdiff/claims/phrase"
	"github.com/claimdiff/claimdiff/claims/segment"
)

// Aliases maps the names an entity goes by to one canonical name.
type Aliases struct {
	set *phrase.Set[alias]
}

// alias is one entry: the canonical name, and for acronyms ("US", "IS")
// the exact spelling, which must match case-sensitively so that the words
// "us" and "is" are not taken for names.
type alias struct {
	canonical string
	acronym   string
}

// NewAliases returns an empty alias table.
func NewAliases() *Aliases { return &Aliases{set: phrase.New[alias]()} }

// Add records that surface is another name for canonical. The canonical name
// is an alias of itself.
func (a *Aliases) Add(canonical, surface string) {
	if _, ok := a.set.Get(canonical); !ok {
		a.set.Add(canonical, alias{canonical: canonical, acronym: acronym(canonical)})
	}
	a.set.Add(surface, alias{canonical: canonical, acronym: acronym(surface)})
}

// acronym returns s when it is written in capitals only ("US", "ISIS"),
// else "".
func acronym(s string) string {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return ""
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	if letters == 0 || letters > 6 {
		return ""
	}
	return strings.ReplaceAll(s, ".", "")
}

// Canonical returns the canonical name for surface and whether it is known.
func (a *Aliases) Canonical(surface string) (string, bool) {
	if a == nil {
		return "", false
	}
	v, ok := a.set.Get(surface)
	if ok && v.acronym != "" && strings.ReplaceAll(surface, ".", "") != v.acronym {
		return "", false
	}
	return v.canonical, ok
}

// canonicalAt is Canonical of surface, the text of tokens [i, j) of
// toks, looked up by those tokens.
func (a *Aliases) canonicalAt(toks []segment.Token, i, j int, surface string) (string, bool) {
	if a == nil {
		return "", false
	}
	v, ok := a.set.Exact(toks, i, j)
	if ok && v.acronym != "" && strings.ReplaceAll(surface, ".", "") != v.acronym {
		return "", false
	}
	return v.canonical, ok
}

// Lookup returns the canonical name of the longest alias starting at token
// i of txt and ending before limit, and its length in tokens (0 for none).
// A match must start with a capital letter, and an acronym must match
// exactly.
func (a *Aliases) Lookup(txt *segment.Text, i, limit int) (string, int) {
	if a == nil || !txt.Tokens[i].Cap || !a.set.MayStart(&txt.Tokens[i]) {
		return "", 0
	}
	v, n := a.set.Longest(txt.Tokens, i, limit)
	if n == 0 {
		return "", 0
	}
	if v.acronym != "" && !sameWithoutDots(txt.Src[txt.Tokens[i].Start:txt.Tokens[i+n-1].End], v.acronym) {
		return "", 0
	}
	return v.canonical, n
}

// sameWithoutDots reports whether s with its periods taken out is want:
// "U.S." and "US" (as strings.ReplaceAll(s, ".", "") == want, without
// building the string).
func sameWithoutDots(s, want string) bool {
	j := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '.' {
			continue
		}
		if j == len(want) || s[i] != want[j] {
			return false
		}
		j++
	}
	return j == len(want)
}
