package claims

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/claims/rules"
)

// nameCache memoises name normalisation and typing for one document, so
// each distinct name is tokenised once however often it recurs.
type nameCache struct {
	r     *rules.Rules
	norm  map[string]string
	kinds map[string]SpeakerType
}

func newNameCache(r *rules.Rules) *nameCache {
	return &nameCache{r: r, norm: map[string]string{}, kinds: map[string]SpeakerType{}}
}

func (c *nameCache) normalize(s string) string {
	if v, ok := c.norm[s]; ok {
		return v
	}
	v := c.r.Normalize(s)
	c.norm[s] = v
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
	c.kinds[name] = k
	return k
}

// endsWithOrgWord reports a name whose last word the rules list as an
// organisation: a name that ends in "Ministry" when "ministry" is one.
func endsWithOrgWord(a *rules.Attribution, name string) bool {
	last := strings.TrimRightFunc(name, unicode.IsSpace)
	if i := strings.LastIndexFunc(last, unicode.IsSpace); i >= 0 {
		_, size := utf8.DecodeRuneInString(last[i:])
		last = last[i+size:]
	}
	return last != "" && a.Organisations.Has(last)
}
