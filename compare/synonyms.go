package compare

import (
	"strings"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/english"
)

// synonyms are the rules' compare.synonyms as the stems statement words
// take: each form of a group's words stands for the stem of the group's
// first ("succeeded", "succeeds" and "replacing" for "replac"), and each
// group lists its stems, so that a sentence can be asked whether it writes
// one of them.
type synonyms struct {
	head  map[string]string   // a stem -> its group's first stem
	stems map[string][]string // a group's first stem -> all its stems
}

// synonymsOf builds the synonyms of groups of lower-case words, each word
// in its inflected forms (+s, +es, +d, +ed, +ing, -e+ing).
func synonymsOf(groups [][]string) *synonyms {
	s := &synonyms{head: map[string]string{}, stems: map[string][]string{}}
	for _, g := range groups {
		first := claims.Stem(g[0])
		for _, w := range g {
			for _, f := range []string{w, w + "s", w + "es", w + "d", w + "ed", w + "ing", strings.TrimSuffix(w, "e") + "ing"} {
				st := claims.Stem(f)
				if _, taken := s.head[st]; taken {
					continue // a form one group already has keeps it
				}
				s.head[st] = first
				s.stems[first] = append(s.stems[first], st)
			}
		}
	}
	return s
}

// of is the stem a statement word stands for: its group's first, or
// itself.
func (s *synonyms) of(w string) string {
	if h, ok := s.head[w]; ok {
		return h
	}
	return w
}

// group is the stems of stem's group, stem itself first; stem alone when
// it has none.
func (s *synonyms) group(stem string) []string {
	out := []string{stem}
	for _, st := range s.stems[stem] {
		if st != stem {
			out = append(out, st)
		}
	}
	return out
}

// prepositional returns the stems of the groups' words that text writes
// only before a preposition other than "by": an intransitive use ("James
// McPherson succeeded in calming the sailors") that does not share the
// sense a group is for ("McPherson succeeded Modly", "Modly was succeeded
// by McPherson"). It returns nil when text writes none of them.
func (s *synonyms) prepositional(text string) map[string]bool {
	var only, other map[string]bool
	words := strings.Fields(strings.ToLower(text))
	for i, w := range words {
		st := claims.Stem(strings.Trim(w, `.,;:!?"'“”‘’()`))
		if _, ok := s.head[st]; !ok {
			continue
		}
		if only == nil {
			only, other = map[string]bool{}, map[string]bool{}
		}
		if i+1 < len(words) && words[i+1] != "by" && english.IsPreposition(words[i+1]) {
			only[st] = true
		} else {
			other[st] = true
		}
	}
	for st := range other {
		delete(only, st)
	}
	return only
}
