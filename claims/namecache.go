package claims

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/claims/rules"
)

// nameCache memoises name normalisation and typing, which depend on the
// rules alone, so each distinct name is tokenised once however often it
// recurs: in a document, and across the documents one Extractor reads.
// It keeps copies of what it stores, never a document's text, and starts
// again past maxNames names, so its memory is bounded.
type nameCache struct {
	r     *rules.Rules
	norm  map[string]string
	kinds map[string]SpeakerType
}

// maxNames bounds the names a nameCache holds in each of its maps.
const maxNames = 1 << 14

func newNameCache(r *rules.Rules) *nameCache {
	return &nameCache{r: r, norm: map[string]string{}, kinds: map[string]SpeakerType{}}
}

func (c *nameCache) normalize(s string) string {
	if v, ok := c.norm[s]; ok {
		return v
	}
	if len(c.norm) >= maxNames {
		clear(c.norm)
	}
	v := strings.Clone(c.r.Normalize(s))
	c.norm[strings.Clone(s)] = v
	return v
}

// kind types a canonical name: media, organisation (places included) or person.
func (c *nameCache) kind(name string) SpeakerType {
	if k, ok := c.kinds[name]; ok {
		return k
	}
	a := c.r.Attribution
	k := SpeakerPerson
	switch {
	case a.Media.Has(name):
		k = SpeakerMedia
	case a.Organisations.Has(name) || c.r.Places[name] || endsWithOrgWord(a, name):
		k = SpeakerOrganisation
	}
	if len(c.kinds) >= maxNames {
		clear(c.kinds)
	}
	c.kinds[strings.Clone(name)] = k
	return k
}

// endsWithOrgWord reports a name whose last word the rules list as an
// organisation: a name that ends in "Ministry" when "ministry" is one.
func endsWithOrgWord(a *rules.Attribution, name string) bool {
	last, _ := lastWord(name)
	return last != "" && a.Organisations.Has(last)
}

// lastWord returns the last of name's words (as strings.Fields splits
// them), and whether other words come before it, without splitting name.
func lastWord(name string) (last string, more bool) {
	s := strings.TrimRightFunc(name, unicode.IsSpace)
	i := strings.LastIndexFunc(s, unicode.IsSpace)
	if i < 0 {
		return s, false
	}
	_, size := utf8.DecodeRuneInString(s[i:])
	return s[i+size:], strings.IndexFunc(s[:i], func(r rune) bool { return !unicode.IsSpace(r) }) >= 0
}
