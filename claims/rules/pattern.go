package rules

import (
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/claimdiff/claimdiff/claims/mention"
	"github.com/claimdiff/claimdiff/claims/phrase"
	"github.com/claimdiff/claimdiff/claims/wordset"
)

// maxRepeat bounds a repetition such as {word}{0,3}, so that every pattern has
// a bounded width and matching stays linear in the document.
const maxRepeat = 24

// elemKind says what a pattern element matches.
type elemKind uint8

const (
	elemLiteral elemKind = iota // (killed|dead|shot dead)
	elemMention                 // {number}, {percent unit=%}
	elemName                    // {name}: a run of capitalised words
	elemWord                    // {word}: one word that is not part of a quantity
	elemAny                     // {any}: one token or one whole quantity
)

// Placeholders lists the placeholder names a pattern may use, with what each
// matches; `rules schema` and the README show it.
var Placeholders = map[string]string{
	"number":   "a plain count or number: 16, four, more than 50, dozens",
	"percent":  "a percentage or percentage points: 4%, four percent",
	"money":    "an amount of money: $50bn, £3m, 50 million dollars",
	"quantity": "a number with a unit from the units table: 2.1 million barrels per day",
	"duration": "a length of time: three days, more than a decade",
	"age":      "an age: 62-year-old, Justine Baez, 24, aged 25",
	"date":     "a date or date range: 9 November, December 27th, last night",
	"value":    "any numeric mention (number, percent, money, quantity, duration, age)",
	"name":     "a run of capitalised words: Abu Mahdi al-Muhandis",
	"word":     "one word that is not part of a quantity or date",
	"any":      "one token, or one whole quantity or date",
}

// Slot names a pattern may capture into with as=.
var slotNames = map[string]bool{"victim": true, "subject": true, "place": true, "person": true}

// elem is one compiled pattern element.
type elem struct {
	kind elemKind
	// literal alternatives, each a token sequence; a word ending in '*'
	// matches any token with that prefix. edges indexes them by their
	// first and last words (nil when they are few).
	alts  [][]litWord
	edges *altIndex
	// mention placeholder
	mtype mention.Type // "" with value=true for {value}
	value bool
	unit  string
	as    string
	min   int
	max   int
	src   string
	col   int // 0-based offset of the element in the pattern source
}

type litWord struct {
	word   string
	prefix bool
}

// altIndex finds a literal element's alternatives by the word a token
// gives: those that start with it (matching forward) and those that end
// with it (matching backward), each list in the alternatives' order, so
// the matcher compares only the alternatives that can match there, not
// all of them at every token ("{person-nouns}" has dozens).
type altIndex struct {
	first, last wordset.Map[[]int32]
}

// minIndexedAlts is the fewest alternatives an element is indexed for:
// with fewer, comparing each is as quick as the look-up.
const minIndexedAlts = 3

// newAltIndex indexes alts, or returns nil when they are too few or one
// of them has a prefix word ("kill*"), which a look-up by the whole word
// cannot find.
func newAltIndex(alts [][]litWord) *altIndex {
	if len(alts) < minIndexedAlts {
		return nil
	}
	for _, alt := range alts {
		for _, w := range alt {
			if w.prefix {
				return nil
			}
		}
	}
	x := &altIndex{}
	x.first.Reserve(len(alts)) // a word an alternative at most
	x.last.Reserve(len(alts))
	for k, alt := range alts {
		addAlt(&x.first, alt[0].word, int32(k))
		addAlt(&x.last, alt[len(alt)-1].word, int32(k))
	}
	return x
}

// indexAlts indexes the alternatives of the literal elements of es, each
// list once however many patterns use it (v.indexes).
func indexAlts(es []elem, v *vocab) {
	for i := range es {
		if es[i].kind != elemLiteral || len(es[i].alts) == 0 {
			continue
		}
		k := &es[i].alts[0]
		x, ok := v.indexes[k]
		if !ok {
			x = newAltIndex(es[i].alts)
			if v.indexes == nil {
				v.indexes = map[*[]litWord]*altIndex{}
			}
			v.indexes[k] = x
		}
		es[i].edges = x
	}
}

// addAlt appends alternative k to the list of word w.
func addAlt(m *wordset.Map[[]int32], w string, k int32) {
	l, _ := m.Get(w)
	m.Put(w, append(l, k))
}

// Pattern is one compiled token pattern of a rule.
type Pattern struct {
	Src    string
	Pos    Pos
	elems  []elem
	anchor int
	// left is elems[:anchor] reversed, for matching leftwards.
	left []elem
	// needs holds, for each required literal element but the anchor
	// (one without a prefix word), in their order, the keys of its
	// alternatives' first words: a sentence with none of one element's
	// words cannot hold a match (matcher.mayHold; newNeedIndex numbers
	// each such group).
	needs [][]wordset.Key
	// mentionNeeds holds the kinds (kindBit) of the required mention
	// elements but the anchor: a sentence with no mention of one of them
	// cannot hold a match (matcher.mayHold).
	mentionNeeds kindSet
}

// patternError is a parse error at a byte offset in the pattern source.
type patternError struct {
	off int
	msg string
}

func (e *patternError) Error() string { return e.msg }

func perr(off int, format string, args ...any) error {
	return &patternError{off: off, msg: fmt.Sprintf(format, args...)}
}

// vocab is what a pattern is checked against: the unit names unit= may
// give, the currencies whose words fold into a quantity, and the word
// lists a list placeholder names (casualties.person-nouns as
// {person-nouns}), each list's phrases sorted.
type vocab struct {
	units      map[string]bool
	currencies *mention.Currencies
	lists      map[string][]string
	// compiled holds each list placeholder's literal once compiled: every
	// use shares its alternatives, so what a file compiles to stays
	// linear in its size however often a long list is named
	compiled map[string]elem
	// indexes holds the index of each list of alternatives built once, by
	// its first alternative's address: a placeholder's literal shares its
	// alternatives wherever it is used, and so its index
	indexes map[*[]litWord]*altIndex
	// elems is the room compilePattern reads a pattern's elements into,
	// kept from one pattern to the next: each pattern's are copied out at
	// their number, not grown element by element
	elems []elem
}

// compilePattern parses a pattern's source, checking it against the rules'
// vocabulary v.
func compilePattern(src string, v *vocab) (*Pattern, error) {
	p := &Pattern{Src: src}
	elems := v.elems[:0]
	i := 0
	for i < len(src) {
		c := src[i]
		if c == ' ' || c == '\t' {
			i++
			continue
		}
		start := i
		var e elem
		var err error
		switch c {
		case '(':
			end := strings.IndexByte(src[i:], ')')
			if end < 0 {
				return nil, perr(i, "unclosed '(' in pattern")
			}
			e, err = literal(src[i+1:i+end], i+1)
			i += end + 1
		case '{':
			end := strings.IndexByte(src[i:], '}')
			if end < 0 {
				return nil, perr(i, "unclosed '{' in pattern")
			}
			e, err = placeholder(src[i+1:i+end], i, v)
			i += end + 1
		case ')', '}', '|', '?':
			return nil, perr(i, "unexpected %q in pattern", c)
		default:
			end := i
			for end < len(src) && !strings.ContainsRune(" \t(){}|?", rune(src[end])) {
				end++
			}
			e, err = literal(src[i:end], i)
			i = end
		}
		if err != nil {
			return nil, err
		}
		e.col = start
		if e.min, e.max, i, err = quantifier(src, i); err != nil {
			return nil, err
		}
		e.src = src[start:i]
		elems = append(elems, e)
	}
	v.elems = elems[:0] // the room kept, as grown
	if len(elems) == 0 {
		return nil, perr(0, "empty pattern")
	}
	p.elems = slices.Clone(elems)
	minWidth := 0
	for _, e := range p.elems {
		minWidth += e.min
	}
	if minWidth == 0 {
		return nil, perr(0, "pattern matches the empty string: every element is optional")
	}
	p.anchor = chooseAnchor(p.elems)
	if p.anchor < 0 {
		return nil, perr(0, "pattern has nothing to anchor on: add a required word or a typed placeholder such as {number}")
	}
	if err := neverMatches(p.elems, v.currencies); err != nil {
		return nil, err
	}
	p.index(v)
	return p, nil
}

// index lays out what matching p reads besides its elements: the literal
// elements' alternatives by their edge words, the elements left of the
// anchor reversed, and the words p needs.
func (p *Pattern) index(v *vocab) {
	indexAlts(p.elems, v)
	p.left = reverse(p.elems[:p.anchor])
	for k := range p.elems {
		e := &p.elems[k]
		if k == p.anchor || e.min == 0 {
			continue
		}
		if e.kind == elemMention {
			p.mentionNeeds |= e.kindNeeded()
			continue
		}
		if e.kind != elemLiteral {
			continue
		}
		var keys []wordset.Key
		for _, alt := range e.alts {
			if alt[0].prefix {
				keys = nil // any word with the prefix: no key stands for it
				break
			}
			if key := wordset.KeyOf(alt[0].word); !slices.Contains(keys, key) {
				keys = append(keys, key)
			}
		}
		if keys != nil {
			p.needs = append(p.needs, keys)
		}
	}
}

// quantifier reads the quantifier at src[i:] after an element, if any:
// "?" (0 or 1) or a repetition "{n}" or "{min,max}"; 1 and 1 when there is
// none. It returns the bounds and where the element's source ends.
func quantifier(src string, i int) (lo, hi, end int, err error) {
	if i < len(src) && src[i] == '?' {
		return 0, 1, i + 1, nil
	}
	if i < len(src) && src[i] == '{' && i+1 < len(src) && (src[i+1] >= '0' && src[i+1] <= '9') {
		n := strings.IndexByte(src[i:], '}')
		if n < 0 {
			return 0, 0, i, perr(i, "unclosed repetition '{' in pattern")
		}
		lo, hi, err := repetition(src[i+1:i+n], i)
		return lo, hi, i + n + 1, err
	}
	return 1, 1, i, nil
}

func repetition(s string, off int) (int, int, error) {
	a, b, two := strings.Cut(s, ",")
	lo, err := strconv.Atoi(strings.TrimSpace(a))
	if err != nil {
		return 0, 0, perr(off, "bad repetition {%s}: want {n} or {min,max}", s)
	}
	hi := lo
	if two {
		if hi, err = strconv.Atoi(strings.TrimSpace(b)); err != nil {
			return 0, 0, perr(off, "bad repetition {%s}: want {min,max} with a number for max (unbounded repetition is not allowed)", s)
		}
	}
	if lo < 0 || hi < lo {
		return 0, 0, perr(off, "bad repetition {%s}: min must not exceed max", s)
	}
	if hi > maxRepeat {
		return 0, 0, perr(off, "repetition {%s} is too wide: at most %d", s, maxRepeat)
	}
	return lo, hi, nil
}

// literal compiles "killed|dead|shot dead" into alternatives.
func literal(s string, off int) (elem, error) {
	e := elem{kind: elemLiteral}
	for _, alt := range strings.Split(s, "|") {
		var words []litWord
		for _, w := range strings.Fields(alt) {
			if strings.HasSuffix(w, "*") {
				stem := strings.ToLower(strings.TrimSuffix(w, "*"))
				if stem == "" || strings.Contains(stem, "*") {
					return e, perr(off, "bad prefix %q: write a word stem before '*'", w)
				}
				words = append(words, litWord{word: stem, prefix: true})
				continue
			}
			toks := phrase.Split(w)
			if len(toks) == 0 {
				return e, perr(off, "literal %q has no word the tokeniser can match", w)
			}
			for _, t := range toks {
				words = append(words, litWord{word: t})
			}
		}
		if len(words) == 0 {
			return e, perr(off, "empty alternative in %q", s)
		}
		e.alts = append(e.alts, words)
	}
	return e, nil
}

// placeholder compiles "number", "quantity unit=barrels/day", "name as=victim",
// and a list placeholder, "person-nouns": the phrases of that word list
// as the alternatives of a literal.
func placeholder(s string, off int, v *vocab) (elem, error) {
	fields := strings.Fields(s)
	if len(fields) == 0 {
		return elem{}, perr(off, "empty placeholder {}")
	}
	name := fields[0]
	if words, ok := v.lists[name]; ok {
		if e, ok := v.compiled[name]; ok && len(fields) == 1 {
			return e, nil
		}
		e, err := listPlaceholder(name, words, fields[1:], off)
		if err == nil {
			if v.compiled == nil {
				v.compiled = map[string]elem{}
			}
			v.compiled[name] = e
		}
		return e, err
	}
	if _, ok := Placeholders[name]; !ok {
		return elem{}, perr(off, "unknown placeholder {%s}: want one of %s, or a word list of casualties: (%s)", name, placeholderList(), listNames(v.lists))
	}
	units := v.units
	e := elem{}
	switch name {
	case "name":
		e.kind = elemName
	case "word":
		e.kind = elemWord
	case "any":
		e.kind = elemAny
	case "value":
		e.kind, e.value = elemMention, true
	default:
		e.kind, e.mtype = elemMention, mention.Type(name)
	}
	for _, f := range fields[1:] {
		k, v, ok := strings.Cut(f, "=")
		if !ok || v == "" {
			return elem{}, perr(off, "bad option %q in {%s}: want key=value", f, name)
		}
		switch k {
		case "unit":
			if e.kind != elemMention {
				return elem{}, perr(off, "unit= only applies to quantity placeholders, not {%s}", name)
			}
			if !units[v] {
				return elem{}, perr(off, "unknown unit %q: define it under units:", v)
			}
			e.unit = v
		case "as":
			if !slotNames[v] {
				return elem{}, perr(off, "unknown slot as=%s: want victim, subject, place or person", v)
			}
			e.as = v
		default:
			return elem{}, perr(off, "unknown option %q in {%s}: want unit= or as=", k, name)
		}
	}
	return e, nil
}

// listPlaceholder compiles a list placeholder, {person-nouns}, into a
// literal whose alternatives are the list's phrases: the same as writing
// (man|woman|...) in its place. It takes no options.
func listPlaceholder(name string, words, opts []string, off int) (elem, error) {
	if len(opts) > 0 {
		return elem{}, perr(off, "a word list placeholder takes no options: {%s}, not {%s %s}", name, name, strings.Join(opts, " "))
	}
	if len(words) == 0 {
		return elem{}, perr(off, "word list {%s} is empty: give it words under casualties:", name)
	}
	return literal(strings.Join(words, "|"), off)
}

// listNames is the sorted names of the word lists, for messages.
func listNames(lists map[string][]string) string {
	return strings.Join(slices.Sorted(maps.Keys(lists)), ", ")
}

func placeholderList() string {
	return "number, percent, money, quantity, duration, age, date, value, name, word, any"
}

// chooseAnchor picks the element matching starts from: the first required
// literal, else the first required typed mention placeholder (one with a
// unit preferred). -1 means the pattern cannot be anchored.
func chooseAnchor(es []elem) int {
	best, bestScore := -1, 0
	for i, e := range es {
		if e.kind == elemLiteral && e.min > 0 {
			if s := anchorScore(e); s > bestScore {
				best, bestScore = i, s
			}
		}
	}
	if best >= 0 {
		return best
	}
	for i, e := range es {
		if e.kind == elemMention && e.min > 0 && !e.value {
			if best < 0 || (e.unit != "" && es[best].unit == "") {
				best = i
			}
		}
	}
	if best < 0 {
		for i, e := range es {
			if e.kind == elemMention && e.min > 0 {
				return i
			}
		}
	}
	return best
}

// anchorScore rates a literal as an anchor: words beat punctuation (a
// comma is everywhere), and longer words are rarer.
func anchorScore(e elem) int {
	shortest := 1 << 30
	for _, alt := range e.alts {
		n := 0
		for _, w := range alt {
			n += len(w.word)
		}
		if !isWordy(alt[0].word) {
			n = 0
		}
		shortest = min(shortest, n)
	}
	return shortest + 1
}

func isWordy(w string) bool {
	for _, r := range w {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// foldsIntoQuantity reports a word the recognisers read as part of the
// quantity before it: a percent word, a scale or a currency word.
func foldsIntoQuantity(w string, currencies *mention.Currencies) bool {
	_, currency := currencies.Word(w)
	return currency || mention.FoldsIntoQuantity(w)
}

// neverMatches reports elements that can never match given how the
// tokeniser and recognisers work.
func neverMatches(es []elem, currencies *mention.Currencies) error {
	for i, e := range es {
		if e.kind != elemLiteral {
			continue
		}
		for _, alt := range e.alts {
			w := alt[0].word
			if mention.IsNumberWord(w) && !alt[0].prefix {
				return perr(e.col, "literal %q never matches: numbers are read as {number} mentions", w)
			}
			if i > 0 && es[i-1].kind == elemMention && es[i-1].min > 0 && foldsIntoQuantity(w, currencies) && !alt[0].prefix {
				return perr(e.col, "literal %q never matches after %s: the recogniser reads it as part of the quantity (use {percent}, {money} or unit=)", w, es[i-1].src)
			}
		}
	}
	return nil
}

// reverse returns the elements of es in reverse order: the left side of a
// pattern is matched backward from its anchor.
func reverse(es []elem) []elem {
	out := make([]elem, len(es))
	for i, e := range es {
		out[len(es)-1-i] = e
	}
	return out
}
