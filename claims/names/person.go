package names

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/claims/segment"

	"github.com/claimdiff/claimdiff/internal/textarena"
)

// Parts is a person's name split into its parts: "Ervin Clinton Jr." is
// Given [Ervin], Surname Clinton, Suffix "Jr."; "Ivan A. Lopez" is Given
// [Ivan A.], Surname Lopez.
type Parts struct {
	Given   []string
	Surname string
	Suffix  string
}

// Split splits a person's name (titles already stripped) into its parts.
// A possessive "'s" is dropped. A name of one word is a surname.
func (s *Scanner) Split(name string) Parts {
	name = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSpace(name), "'s"), "’s")
	fields := strings.Fields(strings.ReplaceAll(name, ",", " "))
	var p Parts
	var buf [64]byte // words folded to lower case, looked up without allocating
	if n := len(fields); n > 1 && s != nil && s.suffixes.Has(string(segment.AppendLower(buf[:0], strings.TrimSuffix(fields[n-1], ".")))) {
		p.Suffix = fields[n-1]
		fields = fields[:n-1]
	}
	if len(fields) == 0 {
		return p
	}
	p.Surname = fields[len(fields)-1]
	// particles belong to the surname: "Ludwig van Beethoven"
	k := len(fields) - 1
	for k > 1 && s != nil && s.particles.Has(string(segment.AppendLower(buf[:0], fields[k-1]))) {
		k--
		p.Surname = fields[k] + " " + p.Surname
	}
	p.Given = fields[:k]
	return p
}

// shape is a name's parts as Split gives them, with the number of given
// names in place of the names themselves: read from the name's end
// without building its list of words, it allocates only for a surname
// with particles.
type shape struct {
	surname, suffix string
	given           int
}

// short is Parts.Short of the name.
func (p shape) short() string {
	if p.suffix != "" {
		return p.surname + " " + p.suffix
	}
	return p.surname
}

// shape splits a name as Split does, counting its given names.
func (s *Scanner) shape(name string) shape {
	name = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSpace(name), "'s"), "’s")
	if strings.IndexByte(name, ',') >= 0 {
		p := s.Split(name)
		return shape{p.Surname, p.Suffix, len(p.Given)}
	}
	rest, last := LastWord(name)
	if last == "" {
		return shape{}
	}
	n := countFields(rest) + 1
	var p shape
	var buf [64]byte // words folded to lower case, looked up without allocating
	if n > 1 && s != nil && s.suffixes.Has(string(segment.AppendLower(buf[:0], strings.TrimSuffix(last, ".")))) {
		p.suffix = last
		rest, last = LastWord(rest)
		n--
	}
	p.surname = last
	k := n - 1 // the words before the surname
	for k > 1 && s != nil {
		before, w := LastWord(rest)
		if !s.particles.Has(string(segment.AppendLower(buf[:0], w))) {
			break
		}
		k--
		p.surname = w + " " + p.surname
		rest = before
	}
	p.given = k
	return p
}

// Surname is Split(name).Surname, read without splitting the name into
// its words.
func (s *Scanner) Surname(name string) string { return s.shape(name).surname }

// LastWord returns the last of s's words (as strings.Fields splits them)
// and the text before it. Where the words' end is ASCII, as in most names,
// it reads bytes, not runes.
func LastWord(s string) (before, last string) {
	end := len(s)
	for end > 0 && asciiSpace(s[end-1]) {
		end--
	}
	i := end - 1
	for i >= 0 {
		// a printable ASCII byte that is no space (most of a name) is
		// passed by one comparison
		if c := s[i]; c-'!' > '~'+1-'!' && (c >= utf8.RuneSelf || asciiSpace(c)) {
			break
		}
		i--
	}
	if end > 0 && s[end-1] >= utf8.RuneSelf || i >= 0 && s[i] >= utf8.RuneSelf {
		// a rune of more than one byte, maybe a space (U+00A0)
		s = strings.TrimRightFunc(s, unicode.IsSpace)
		i = strings.LastIndexFunc(s, unicode.IsSpace)
		if i < 0 {
			return "", s
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		return s[:i], s[i+size:]
	}
	if i < 0 {
		return "", s[:end]
	}
	return s[:i], s[i+1 : end]
}

// asciiSpace reports the ASCII bytes unicode.IsSpace holds spaces.
func asciiSpace(c byte) bool { return c == ' ' || '\t' <= c && c <= '\r' }

// countFields is len(strings.Fields(s)), without building the list.
func countFields(s string) int {
	n, in := 0, false
	for _, r := range s {
		var sp bool
		if r < utf8.RuneSelf {
			sp = asciiSpace(byte(r)) // as unicode.IsSpace, without its switch
		} else {
			sp = unicode.IsSpace(r)
		}
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n
}

// Short is the name as a back-reference gives it: the surname, with its
// suffix ("Clinton Jr.").
func (p Parts) Short() string {
	if p.Suffix != "" {
		return p.Surname + " " + p.Suffix
	}
	return p.Surname
}

// Same reports whether two names can name the same person: the same
// surname and suffix, and given names that agree where both give them (a
// first name or its initial; middle names may be left out). "Darrell Dean
// Shriver" and "Darrell Shriver" are the same; "Lopez" is the same as
// "Ivan A. Lopez"; "John Smith" and "Jane Smith" are not.
func (s *Scanner) Same(a, b string) bool {
	return strings.EqualFold(a, b) || s.same(a, s.shape(a), b, s.shape(b))
}

// same is Same of names a and b of shapes sa and sb, once they differ
// other than in case.
func (s *Scanner) same(a string, sa shape, b string, sb shape) bool {
	if sa.surname == "" || !strings.EqualFold(sa.surname, sb.surname) {
		return false
	}
	if !strings.EqualFold(strings.TrimSuffix(sa.suffix, "."), strings.TrimSuffix(sb.suffix, ".")) {
		// "Wolfe" may be "Eugene W. Wolfe Jr."; "Ervin Clinton" is not
		// "Ervin Clinton Jr."
		bare := sa.given == 0 && sa.suffix == "" || sb.given == 0 && sb.suffix == ""
		if !bare {
			return false
		}
	}
	if sa.given == 0 || sb.given == 0 {
		return true
	}
	pa, pb := s.Split(a), s.Split(b)
	if givenAgree(pa.Given[0], pb.Given[0]) {
		return true
	}
	// words before the first name that are no part of it ("Australian
	// Brenton Tarrant", "House Speaker John Boehner"): the shorter name's
	// first name among the longer one's given words
	short, long := pa.Given, pb.Given
	if len(short) > len(long) {
		short, long = long, short
	}
	if len(short[0]) <= 2 {
		return false // an initial is matched only in first place
	}
	for _, g := range long[1:] {
		if givenAgree(short[0], g) {
			return true
		}
	}
	return false
}

// givenAgree compares two first names, either possibly an initial.
func givenAgree(a, b string) bool {
	a, b = strings.TrimSuffix(a, "."), strings.TrimSuffix(b, ".")
	if len(a) == 1 || len(b) == 1 {
		return strings.EqualFold(a[:1], b[:1])
	}
	return strings.EqualFold(a, b)
}

// Index resolves back-references within one document: after "Ivan A.
// Lopez", "Lopez" and "Mr Lopez" are him. A surname two people share
// ("John Smith" and "Jane Smith") resolves to neither. The zero value is
// not usable; create one with NewIndex.
type Index struct {
	names     *Scanner
	full      map[string]string // lower-case short form -> full name
	ambiguous map[string]bool
	// bare maps a surname alone to the one full name with a suffix that
	// carries it: "Wolfe" after "Eugene W. Wolfe Jr."
	bare map[string]string
	// titled maps a lower-case title to the one person the document gives
	// it ("governor" -> "John Bel Edwards"), or "" when two share it.
	titled map[string]string
	// added holds the names added, each with its shape: adding one again
	// changes nothing, and Surname and Resolve read it here.
	added map[string]shape
	// keys holds the document's keys of the tables above, lower-case
	// copies made by keep; Reset lets it go with the document's tables.
	keys textarena.Arena
}

// keyRoom is the room made for a document's keys at its first (bytes):
// the keys of most documents' people and titles.
const keyRoom = 512

// keep returns b, a key folded on the stack, as a string to store in the
// index's tables: a copy in keys.
func (x *Index) keep(b []byte) string { return x.keys.Keep(b, keyRoom) }

// AddTitle records that the document gives person name the title
// ("Louisiana Governor John Bel Edwards": "governor").
func (x *Index) AddTitle(title, name string) {
	var buf [64]byte // folded on the stack, copied only to be stored
	t := segment.AppendLower(buf[:0], strings.TrimSuffix(title, "."))
	prev, seen := x.titled[string(t)]
	switch {
	case !seen:
		x.titled[x.keep(t)] = name
	case prev == "": // already two people: stays ambiguous
	case !x.sameAs(prev, name, x.shape(name)):
		x.titled[x.keep(t)] = ""
	case len(name) > len(prev):
		x.titled[x.keep(t)] = name // the fullest form
	}
}

// ByTitle returns the one person the document gives a title ("the
// governor" is John Bel Edwards), or "" when none or several have it.
func (x *Index) ByTitle(title string) string {
	var buf [64]byte
	return x.titled[string(segment.AppendLower(buf[:0], strings.TrimSuffix(title, ".")))]
}

// NewIndex returns an empty Index that splits names with s.
func NewIndex(s *Scanner) *Index {
	return &Index{names: s, full: map[string]string{}, ambiguous: map[string]bool{}, bare: map[string]string{},
		titled: map[string]string{}, added: map[string]shape{}}
}

// Reset empties the index for another document, keeping its tables'
// room.
func (x *Index) Reset() {
	clear(x.full)
	clear(x.ambiguous)
	clear(x.bare)
	clear(x.titled)
	clear(x.added)
	x.keys.Reset()
}

// Add records a full person's name (two words or more).
func (x *Index) Add(name string) {
	if _, ok := x.added[name]; ok {
		return // a document names most people more than once
	}
	p := x.names.shape(name)
	x.added[name] = p
	if p.given == 0 {
		return
	}
	// the keys are folded on the stack, and copied only to be stored
	var buf [64]byte
	if p.suffix != "" {
		s := segment.AppendLower(buf[:0], p.surname)
		if prev, ok := x.bare[string(s)]; ok && !x.sameAs(prev, name, p) {
			x.bare[x.keep(s)] = "" // two suffixed names share the surname: neither
		} else if !ok || prev != "" && len(name) > len(prev) {
			x.bare[x.keep(s)] = name
		}
	}
	key := segment.AppendLower(buf[:0], p.short())
	if x.ambiguous[string(key)] {
		return
	}
	prev, ok := x.full[string(key)]
	switch {
	case ok && !x.sameAs(prev, name, p):
		delete(x.full, string(key))
		x.ambiguous[x.keep(key)] = true
	case !ok || len(name) > len(prev):
		x.full[x.keep(key)] = name // the fullest form: "Darrell Dean Shriver" over "Darrell Shriver"
	}
}

// Surname is the Scanner's Surname of name, read from the index when
// name was added (Add split it then), else split now.
func (x *Index) Surname(name string) string {
	return x.shape(name).surname
}

// Resolve returns the full name a name refers to: a surname-only name
// that one full name in the index carries, or a shorter form of one
// ("Darrell Shriver" for "Darrell Dean Shriver"); otherwise name itself.
func (x *Index) Resolve(name string) string {
	p := x.shape(name)
	var buf [64]byte
	full, ok := x.full[string(appendShort(buf[:0], p))]
	if !ok || !x.sameAs(full, name, p) {
		// a bare surname: the one suffixed full name that carries it,
		// unless a name without the suffix has it too ("Ervin Clinton"
		// and "Ervin Clinton Jr." are father and son)
		key := segment.AppendLower(buf[:0], p.surname)
		if b := x.bare[string(key)]; b != "" && p.given == 0 && p.suffix == "" && !x.ambiguous[string(key)] {
			if _, plain := x.full[string(key)]; !plain {
				return b
			}
		}
		return name
	}
	return full
}

// shape is the Scanner's shape of name, read from the index when name
// was added (Add split it then), else split now.
func (x *Index) shape(name string) shape {
	if p, ok := x.added[name]; ok {
		return p
	}
	return x.names.shape(name)
}

// sameAs is the Scanner's Same of names a and b, b of shape pb, a's
// shape read from the index where it was added.
func (x *Index) sameAs(a, b string, pb shape) bool {
	return strings.EqualFold(a, b) || x.names.same(a, x.shape(a), b, pb)
}

// appendShort appends the name's short form (Parts.Short) in lower case
// to buf.
func appendShort(buf []byte, p shape) []byte {
	buf = segment.AppendLower(buf, p.surname)
	if p.suffix != "" {
		buf = segment.AppendLower(append(buf, ' '), p.suffix)
	}
	return buf
}
