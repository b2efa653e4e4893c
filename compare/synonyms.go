package compare

import (
	"strings"

	"github.com/claimdiff/claimdiff/claims"
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
