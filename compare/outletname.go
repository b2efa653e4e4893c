package compare

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/claimdiff/claimdiff/claims"
)

// outletKey is a source as namesKey reads it: lower case, without
// "www." and its domain's suffix, letters and digits only.
func outletKey(source string) string {
	s := strings.ToLower(source)
	s = strings.TrimPrefix(s, "www.")
	if i := strings.IndexByte(s, '.'); i > 0 {
		s = s[:i]
	}
	return letters(s)
}

// speakerName is a speaker as namesKey reads it: its words (lower
// case, letters and digits, without "the" and a possessive) joined, their
// initials (firsts), and the last; none for a speaker without words.
type speakerName struct {
	joined, firsts, last string
}

func speakerNameOf(speaker string) speakerName {
	var ws []string
	for _, w := range strings.Fields(strings.ToLower(speaker)) {
		if w = letters(strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")); w != "" && w != "the" {
			ws = append(ws, w)
		}
	}
	if len(ws) == 0 {
		return speakerName{}
	}
	joined, firsts := strings.Join(ws, ""), ""
	for _, w := range ws {
		firsts += w[:1]
	}
	return speakerName{joined: joined, firsts: firsts, last: ws[len(ws)-1]}
}

// namesKey reports whether the speaker names the outlet whose outletKey
// is s: the source's letters ("nyt", "fox", "nytimes.com") as the
// speaker's words joined ("foxnews"), their initials ("New York Times":
// "nyt"), or its last word ("the Times": "nytimes"). Each outlet's key and
// each speaker's name are made once for a comparison, not once a pair.
func (n speakerName) namesKey(s string) bool {
	if len(s) < 2 || n.joined == "" {
		return false
	}
	joined, last := n.joined, n.last
	return joined == s || n.firsts == s || len(s) >= 3 && strings.HasPrefix(joined, s) ||
		len(last) >= 4 && strings.HasSuffix(s, last) || len(joined) >= 4 && strings.Contains(s, joined)
}

// letters keeps the letters and digits of s.
func letters(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return r
		}
		return -1
	}, s)
}

// sourceList names the outlets of claims: "A and B", "A, B and C".
func sourceList(cs []claims.Claim) string {
	names := make([]string, len(cs))
	for i, c := range cs {
		names[i] = c.Source
	}
	return namesList(names)
}

// namesList names outlets, each once, in order: "A", "A and B", "A, B
// and C", past five "A, B, C, D, E and 3 more".
func namesList(names []string) string {
	seen := map[string]bool{}
	var out []string
	for _, n := range names {
		if !seen[n] {
			seen[n] = true
			out = append(out, n)
		}
	}
	switch {
	case len(out) > 5:
		return fmt.Sprintf("%s and %d more", strings.Join(out[:5], ", "), len(out)-5)
	case len(out) <= 1:
		return strings.Join(out, "")
	}
	return strings.Join(out[:len(out)-1], ", ") + " and " + out[len(out)-1]
}
