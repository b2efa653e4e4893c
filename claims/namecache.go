package claims

import (
	"strings"

	"github.com/claimdiff/claimdiff/claims/names"
	"github.com/claimdiff/claimdiff/claims/phrase"
	"github.com/claimdiff/claimdiff/claims/rules"
	"github.com/claimdiff/claimdiff/claims/segment"
)

// nameCache memoises, for one document, name normalisation and typing, so
// each distinct name is tokenised once however often it recurs, and the
// end of the name read from each token (forward). An Extractor keeps one
// and empties it for each document (reset): its tables keep their room,
// not their names.
type nameCache struct {
	r     *rules.Rules
	norm  map[string]named // by the name as written
	kinds map[string]SpeakerType
	// ends memoises the names read from each token of the document
	// (forward): the builder's reading of the persons named and the
	// attribution's of its entities read many of the same ones. It holds
	// no pointers, so it is kept, emptied, from one document to the
	// next, up to maxKeptEnds entries.
	ends []nameEnd
}

// maxKeptEnds is the most token entries of ends kept for the next
// document: a very long one's room is let go, as the claims' is.
const maxKeptEnds = 1 << 16

// nameEnd is the end of the name read from a token up to a limit
// (names.Scanner.Forward), both one more than the token's index, so that
// the zero value is a name not read yet.
type nameEnd struct{ limit, end int32 }

// named is a name as written, normalised, and its type once asked for
// (typed).
type named struct {
	name  string
	kind  SpeakerType
	typed bool
}

func newNameCache(r *rules.Rules) *nameCache {
	return &nameCache{r: r, norm: map[string]named{}, kinds: map[string]SpeakerType{}}
}

// reset empties the cache for the next document.
func (c *nameCache) reset() {
	clear(c.norm)
	clear(c.kinds)
	c.ends = c.ends[:0]
	if cap(c.ends) > maxKeptEnds {
		c.ends = nil
	}
}

// forward returns the end of the name starting at token i of txt and
// stopping before limit, as c.r.Names.Forward with in.Free gives it (in
// indexes txt's mentions), memoised for the document by the token and
// the limit: most names are read twice, by their sentence's end. The
// key leaves txt and in out: they are the document's, the same for every
// call until reset.
func (c *nameCache) forward(txt *segment.Text, in *rules.Input, i, limit int) int {
	if i >= limit || !txt.Tokens[i].Cap {
		return i // Forward's own first test: no name to memoise
	}
	if len(c.ends) == 0 {
		c.ends = grow(c.ends, len(txt.Tokens))
		clear(c.ends)
	}
	if e := c.ends[i]; int(e.limit) == limit+1 {
		return int(e.end) - 1
	}
	j := c.r.Names.Forward(txt, i, limit, in.Free)
	c.ends[i] = nameEnd{limit: int32(limit + 1), end: int32(j + 1)}
	return j
}

func (c *nameCache) normalize(s string) string {
	if v, ok := c.norm[s]; ok {
		return v.name
	}
	v := c.r.Normalize(s)
	c.norm[s] = named{name: v}
	return v
}

// at normalises the name that is tokens [i, j) of txt, as normalize does
// its text, reading the document's tokens (rules.NormalizeAt), memoised
// by its text as normalize is.
func (c *nameCache) at(txt *segment.Text, i, j int) string {
	if i >= j {
		return ""
	}
	s := txt.Src[txt.Tokens[i].Start:txt.Tokens[j-1].End]
	if v, ok := c.norm[s]; ok {
		return v.name
	}
	v := c.r.NormalizeAt(txt, i, j)
	c.norm[s] = named{name: v}
	return v
}

// typedAt is at with the name's kind, both memoised by the name as
// written: one look-up where a name recurs.
func (c *nameCache) typedAt(txt *segment.Text, i, j int) (string, SpeakerType) {
	if i >= j {
		return "", c.kind("")
	}
	s := txt.Src[txt.Tokens[i].Start:txt.Tokens[j-1].End]
	v, ok := c.norm[s]
	if ok && v.typed {
		return v.name, v.kind
	}
	if !ok {
		v.name = c.r.NormalizeAt(txt, i, j)
	}
	v.kind, v.typed = c.kindAt(txt, i, j, v.name), true
	c.norm[s] = v
	return v.name, v.kind
}

// kindAt is kind for name, the normalised form of tokens [i, j) of txt.
// Where name is those tokens' text as written, words of ASCII one space
// apart, the rules' phrase sets are asked about the document's tokens
// (phrase.Set.Exact), which are the tokens the name's text would give:
// its words are not tokenised again. The answer is memoised for kind;
// typedAt asks once a name as written, and the tokens' answer costs no
// more than the memo's, so the memo is not read first.
func (c *nameCache) kindAt(txt *segment.Text, i, j int, name string) SpeakerType {
	toks := txt.Tokens
	last := i // the first token of the last word
	for k := i + 1; k < j; k++ {
		switch gap := toks[k].Start - toks[k-1].End; {
		case gap == 1 && txt.Src[toks[k-1].End] == ' ':
			last = k
		case gap != 0:
			return c.kind(name)
		}
	}
	if name != txt.Src[toks[i].Start:toks[j-1].End] || !isASCII(name) {
		return c.kind(name)
	}
	a := c.r.Attribution
	k := SpeakerPerson
	switch {
	case has(a.Media, toks, i, j):
		k = SpeakerMedia
	case has(a.Organisations, toks, i, j) || c.r.Places[name] || last > i && has(a.Organisations, toks, last, j):
		k = SpeakerOrganisation
	}
	c.kinds[name] = k
	return k
}

// has reports whether the phrase that is tokens [i, j) is in set.
func has(set *phrase.Set[bool], toks []segment.Token, i, j int) bool {
	_, ok := set.Exact(toks, i, j)
	return ok
}

// isASCII reports whether s is ASCII only.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
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
	last, _ := lastWord(name)
	return last != "" && a.Organisations.Has(last)
}

// lastWord returns the last of name's words (as strings.Fields splits
// them), and whether other words come before it, without splitting name.
func lastWord(name string) (last string, more bool) {
	before, last := names.LastWord(name)
	return last, strings.TrimSpace(before) != ""
}

// surnameKey returns key, a surname lowered, as a string for a table of
// surnames: the Norm of the name's last token, toks[end-1], where that
// is the surname ("pompeo" of "Mike Pompeo"), as mostly, so that no
// string is made for it; else a copy of key.
func surnameKey(toks []segment.Token, end int, key []byte) string {
	if end > 0 {
		if norm := toks[end-1].Norm; norm == string(key) {
			return norm
		}
	}
	return string(key)
}
