package claims

import (
	"slices"
	"strings"
	"unicode"

	"github.com/claimdiff/claimdiff/claims/english"
	"github.com/claimdiff/claimdiff/claims/mention"
	"github.com/claimdiff/claimdiff/claims/names"
	"github.com/claimdiff/claimdiff/claims/phrase"
	"github.com/claimdiff/claimdiff/claims/rules"
	"github.com/claimdiff/claimdiff/claims/segment"
)

// slotWindow bounds how far the slot heuristics look from a match, so slot
// filling costs O(1) per claim.
const slotWindow = 12

// entityAt returns the entity starting at token i — the longest alias, or
// a run of capitalised words — normalised, with its length in tokens.
func (b *builder) entityAt(i, limit int) (string, int) {
	toks := b.txt.Tokens
	// an alias and a name both start with a capital (Aliases.Lookup,
	// names.Scanner.Forward): a word without one is passed at once
	if i < 0 || i >= limit || i >= len(toks) || !toks[i].Cap || b.in.Cover(i) >= 0 {
		return "", 0
	}
	if c, n := b.rules.Aliases.Lookup(b.txt, i, limit); n > 0 {
		return c, n
	}
	if b.isZone(i) && i > 0 && (toks[i-1].Kind == segment.Number || ampmWord(toks[i-1].Norm) != "") {
		return "", 0 // "21:00 GMT", "4 p.m. CT": a clock's zone, not a name
	}
	// A lone capitalised word opening a sentence or headline ("Gunman kills
	// 16") is not taken for a name unless the aliases know it.
	if names.Opens(toks, i, 0, limit) {
		return "", 0
	}
	j := b.rules.Names.Forward(b.txt, i, limit, b.in.Free)
	if j == i {
		return "", 0
	}
	return b.nameAt(i, j), j - i
}

// subject finds the entity a claim is about: one inside the match (other
// than the value and victim), else the nearest before it in the same clause.
func (b *builder) subject(m rules.Match, s segment.Sentence) string {
	victim, _ := m.Slots.Get("victim")
	for i := m.First; i < m.Last; {
		if victim[1] > victim[0] && i >= victim[0] && i < victim[1] {
			i = victim[1]
			continue
		}
		if e, n := b.entityAt(i, m.Last); n > 0 {
			return e
		}
		i++
	}
	// the clause before the match: back to a comma, semicolon or colon
	toks := b.txt.Tokens
	start := m.First
	for start > s.First && m.First-start < slotWindow {
		n := toks[start-1].Norm
		if n == "," || n == ";" || n == ":" || n == "\"" || n == "“" || n == "”" {
			break
		}
		start--
	}
	last := ""
	for i := start; i < m.First; {
		if e, n := b.entityAt(i, m.First); n > 0 {
			if w := toks[max(i, s.First+1)-1].Norm; i > s.First && (w == "told" || w == "tell" || w == "tells" || w == "telling") {
				// "an official told CNN that 114 sailors": the name
				// after "told" is its audience, not what the claim is
				// about
				i += n
				continue
			}
			last = e
			i += n
			continue
		}
		i++
	}
	return last
}

// place finds "in|at|near <Entity>" in the match or just after it.
func (b *builder) place(m rules.Match, s segment.Sentence) string {
	toks := b.txt.Tokens
	end := min(s.Last, m.Last+slotWindow/2)
	for i := m.First; i+1 < end; i++ {
		if b.in.Cover(i) >= 0 || !english.IsPlacePrepositionKey(toks[i].Key, toks[i].Norm) {
			continue
		}
		j := i + 1
		if toks[j].Norm == "the" && j+1 < end {
			j++
		}
		if e, n := b.entityAt(j, s.Last); n > 0 {
			return e
		}
	}
	return ""
}

// time finds the nearest resolved date in the sentence.
func (b *builder) time(m rules.Match, s segment.Sentence) *mention.DateValue {
	best, bestDist := -1, 1<<30
	for i := max(s.First, m.First-2*slotWindow); i < min(s.Last, m.Last+2*slotWindow); i++ {
		k := b.in.Cover(i)
		if k < 0 || b.in.Mentions[k].First != i || b.in.Mentions[k].Type != mention.Date {
			continue
		}
		d := b.in.Mentions[k].Date
		if d == nil || d.Precision == "unresolved" {
			continue
		}
		dist := i - m.Last
		if i < m.First {
			dist = m.First - i
		}
		if dist < 0 {
			dist = 0
		}
		if dist < bestDist {
			best, bestDist = k, dist
		}
	}
	if best < 0 {
		return nil
	}
	return b.dateSlab.new(*b.in.Mentions[best].Date)
}

// peopleIndex collects into x, an empty index, in one pass, the full names of persons the
// document gives (two words or more, not a place, organisation or outlet),
// so a later "Lopez" or "Mr Lopez" resolves to "Ivan A. Lopez"; and, per
// sentence, the person the sentences before it are about, which "He" at
// the start of a sentence most often is.
func (b *builder) peopleIndex(x *names.Index, ns *peopleSeen) (*names.Index, goneOn) {
	b.namedPeople(x, ns)
	ns.gone = grow(ns.gone, 3*len(b.txt.Sentences))
	g := b.whoHeIs(x, *ns)
	ns.reset()
	return x, g
}

// nextCapital returns the first capitalised token of toks at or after i,
// or last when none is before it: the words between names passed over in
// a tight loop.
func nextCapital(toks []segment.Token, i, last int) int {
	for i < last && !toks[i].Cap {
		i++
	}
	return i
}

// seenName is a person's name met in the text: its sentence, the name,
// whether a title came with it, whether it is one word.
type seenName struct {
	si      int
	name    string
	titled  bool
	surname bool
}

// peopleSeen is what namedPeople read: the names in text order, the
// surnames met alone (lower case), and per sentence the person its subject
// names ("" when none).
type peopleSeen struct {
	all     []seenName
	short   map[string]bool
	titles  [][2]string // title, name as given: namedPeople's room, reused
	openers []string
	starts  []int // per sentence, where its subject starts (subjectStart)
	// gone is the room of whoHeIs's answer, three strings a sentence,
	// reused from one document to the next (forget empties it)
	gone []string
}

// namedPeople reads the persons' names in text order into x, an empty
// index (full names, and the titles the document gives them), and ns, an
// empty peopleSeen (reset).
func (b *builder) namedPeople(x *names.Index, ns *peopleSeen) {
	toks := b.txt.Tokens
	all := ns.all
	titles := ns.titles
	short := ns.short
	if short == nil {
		short = map[string]bool{}
	}
	var buf [64]byte // a surname folded to lower case, looked up without allocating
	// openers holds, per sentence, the person's name its subject is (after
	// an opening adverbial), "" when none: read on the way, as the names
	// are (see sentencePerson)
	openers := grow(ns.openers, len(b.txt.Sentences))
	clear(openers)
	starts := grow(ns.starts, len(b.txt.Sentences))
	for si, s := range b.txt.Sentences {
		open := b.subjectStart(s)
		starts[si] = open
		// whether the sentence is a headline in title case, read at its
		// first long person's name (most sentences have none)
		headline, headlineRead := false, false
		for i := s.First; i < s.Last; i++ {
			// a name starts with a capital: the words before the next
			// one are passed in a loop of their own (nextCapital)
			if i = nextCapital(toks, i, s.Last); i == s.Last {
				break
			}
			if b.in.Cover(i) >= 0 {
				continue
			}
			j := b.names.forward(b.txt, b.in, i, s.Last)
			if j == i {
				continue
			}
			// a name ending in a title is an office ("Stafford County
			// Sheriff" of "Stafford County Sheriff's Office told ..."), no
			// person a later "He" stands for: the name is not read
			if b.rules.Titles.HasWordKey(toks[j-1].Key, toks[j-1].Norm) {
				i = j - 1
				continue
			}
			// a place is typed an organisation, not a person (kindAt)
			name, kind := b.names.typedAt(b.txt, i, j)
			if kind != SpeakerPerson {
				i = j - 1
				continue
			}
			if strings.Count(name, " ") >= 3 {
				if !headlineRead {
					headline, headlineRead = titleCased(toks[s.First:s.Last]), true
				}
				if headline {
					i = j - 1 // a headline's capitals run on: "Joe Arpaio Endorses Rick Perry" is no one's name
					continue
				}
			}
			if i == open && !allCaps(name) {
				// not a dateline in capitals ("DETROIT — He ...")
				if k, _ := b.titleIn(i, j); k > i {
					openers[si] = b.nameAt(k, j)
				} else {
					openers[si] = name
				}
			}
			if i > s.First || j-i >= 2 {
				k, title := b.titleIn(i, j)
				if k > i {
					name = b.nameAt(k, j)
				}
				one := !strings.Contains(name, " ") // names are normalised: words one space apart
				if one {
					if k := segment.AppendLower(buf[:0], b.rules.Names.Surname(name)); !short[string(k)] {
						short[surnameKey(toks, j, k)] = true
					}
				} else {
					x.Add(name)
				}
				if k > i {
					titles = append(titles, [2]string{b.span(title, k), name})
				}
				all = append(all, seenName{si, name, k > i, one})
			}
			i = j - 1
		}
	}
	// "Cardinal Pell" and "Cardinal George Pell" are one man: titles are
	// recorded once the index knows the full names
	for _, t := range titles {
		x.AddTitle(t[0], x.Resolve(t[1]))
	}
	clear(titles)
	ns.all, ns.short, ns.openers, ns.starts, ns.titles = all, short, openers, starts, titles[:0]
}

// forget empties whoHeIs's answer once the document's claims are built:
// no name stays referenced.
func (ns *peopleSeen) forget() {
	clear(ns.gone)
	ns.gone = ns.gone[:0]
}

// reset empties what namedPeople read for the next document, keeping its
// room: no name stays referenced.
func (ns *peopleSeen) reset() {
	clear(ns.all)
	clear(ns.openers)
	ns.all, ns.openers, ns.starts = ns.all[:0], ns.openers[:0], ns.starts[:0]
	clear(ns.short)
}

// whoHeIs gives, per sentence, the person the sentences before it are
// about. A person named in full is taken only when the document also calls
// him by his surname alone or gave him a title — news writing does both
// for people, never for "New Zealand" or "El Salvador". A sentence that
// opens with a person (by name or by the one title the document gives
// them) is about that person; one that opens with "he", "she" or a
// description ("The 29-year-old gunman has been called by
// Prime Minister Scott Morrison as ...") goes on about the same one; any
// other is about the last person it names. "He" and "she" each stand for
// the last person of their sex, learnt from the pronoun that went on about
// them ("Mary Jones left. She said ... He owns 3 boats": not Mary Jones's
// boats); a person of unknown sex fits either.
func (b *builder) whoHeIs(x *names.Index, ns peopleSeen) goneOn {
	all, short := ns.all, ns.short
	n := len(b.txt.Sentences)
	// every sentence's three are set below before they are read
	out := goneOn{any: ns.gone[:n:n], he: ns.gone[n : 2*n : 2*n], she: ns.gone[2*n : 3*n : 3*n]}
	recent := make([]personSex, 0, recentPeople) // most recent first
	cur, next := "", 0
	var buf [64]byte // a surname folded to lower case, looked up without allocating
	for si, s := range b.txt.Sentences {
		out.any[si] = cur
		out.he[si], out.she[si] = lastOfSex(recent, 'f'), lastOfSex(recent, 'm')
		first := next // the sentence's names: all[first:next]
		for next < len(all) && all[next].si <= si {
			next++
		}
		who, about := b.sentencePerson(s, ns.starts[si], ns.openers[si], x)
		// the last person the sentence names whom the document gives in
		// full, read only where the sentence does not open with one, and
		// from its end: the first found is the last
		named := ""
		for k := next - 1; !about && k >= first && named == ""; k-- {
			n := all[k]
			switch {
			case !n.surname && (n.titled || short[string(segment.AppendLower(buf[:0], x.Surname(n.name)))]):
				named = n.name
			case n.surname:
				if full := x.Resolve(n.name); full != n.name {
					named = full // a surname after the full name
				}
			}
		}
		if about && who == "" {
			// "She said ...": the person she stands for is a woman
			w := b.norm(ns.starts[si], s)
			if g := english.PronounGender(w); g != 0 {
				learnSex(recent, out.standsFor(w, si), g)
			}
		}
		switch {
		case about && who != "":
			cur = who
		case !about && named != "":
			cur = named
		}
		if cur != "" && (len(recent) == 0 || recent[0].name != cur) {
			recent = meetPerson(recent, cur)
		}
	}
	return out
}

// personSex is a person met and the sex a pronoun showed ('m', 'f', or 0).
type personSex struct {
	name string
	sex  byte
}

// recentPeople bounds the people whoHeIs remembers.
const recentPeople = 4

// meetPerson puts name first among the recent people, keeping its sex, in
// place: recent holds at most recentPeople, the oldest dropped.
func meetPerson(recent []personSex, name string) []personSex {
	i := slices.IndexFunc(recent, func(r personSex) bool { return r.name == name })
	p := personSex{name: name}
	switch {
	case i >= 0:
		p = recent[i]
	case len(recent) < recentPeople:
		recent = append(recent, personSex{})
		i = len(recent) - 1
	default:
		i = len(recent) - 1
	}
	copy(recent[1:i+1], recent[:i])
	recent[0] = p
	return recent
}

// lastOfSex is the most recent person not known to be of sex not.
func lastOfSex(recent []personSex, not byte) string {
	for _, r := range recent {
		if r.sex != not {
			return r.name
		}
	}
	return ""
}

// learnSex sets the sex of name among the recent people, where unknown.
func learnSex(recent []personSex, name string, sex byte) {
	for i := range recent {
		if recent[i].name == name && recent[i].sex == 0 {
			recent[i].sex = sex
		}
	}
}

// subjectStart is where a sentence's subject starts: after an opening
// adverbial up to its comma ("In 2017, ...", "Earlier this month, ..."),
// else at its first token.
func (b *builder) subjectStart(s segment.Sentence) int {
	toks := b.txt.Tokens
	i := s.First
	if k, w := b.word(i, s); english.IsPrepositionKey(k, w) || english.IsDiscourseAdverbKey(k, w) || english.IsTimeWordKey(k, w) {
		for k := i + 1; k < min(s.Last, i+slotWindow); k++ {
			if toks[k].Norm == "," {
				return k + 1
			}
		}
	}
	return i
}

// sentencePerson reads whom a sentence is about from its subject, which
// starts at token i (subjectStart): a person's name (opener, as
// peopleIndex read it: in full, or a surname the document gives in full
// elsewhere) or "the" and a title the document gives one person ("The
// president has ..."); "he", "she" or a description go on about the
// person before ("", true). false when it opens otherwise (a quotation, an
// organisation, a lone capitalised word: "Investigators").
func (b *builder) sentencePerson(s segment.Sentence, i int, opener string, x *names.Index) (string, bool) {
	toks := b.txt.Tokens
	if i >= s.Last {
		return "", false
	}
	switch w := toks[i].Norm; {
	case w == "he" || w == "she":
		return "", true
	case w == "the" && i+2 < s.Last && !toks[i+1].Cap && toks[i+1].Kind == segment.Word:
		if who := x.ByTitle(toks[i+1].Norm); who != "" && (!nounLike(toks[i+2]) || english.IsAuxiliaryKey(toks[i+2].Key, toks[i+2].Norm)) {
			return who, true // "The president has lasered in on immigration"
		}
		return "", true
	case english.IsArticle(w) || english.IsPossessive(w):
		return "", true
	}
	if opener == "" {
		return "", false
	}
	if strings.IndexByte(opener, ' ') > 0 {
		return opener, true
	}
	if full := x.Resolve(opener); full != opener {
		return full, true // a surname after the full name
	}
	return "", false
}

// person resolves a surname-only back-reference to the full name the
// document gave: "Lopez" after "Ivan A. Lopez".
func (b *builder) person(name string) string {
	if strings.IndexByte(name, ' ') >= 0 {
		name = b.untitled(name)
	}
	if b.people == nil {
		return name
	}
	return b.people.Resolve(name)
}

// titleIn finds the last title in a name over the document's tokens [i,
// j): where the name starts after it, and where the title starts (both i
// when none).
func (b *builder) titleIn(i, j int) (cut, title int) {
	return lastTitle(b.rules.Titles, b.txt.Tokens, i, j)
}

// lastTitle is the one rule for "cut a name at its last title": over
// tokens [i, j), the longest title at each token that leaves words after
// it, the last one found. It returns where the name starts after it and
// where the title starts (both i when none).
func lastTitle(titles *phrase.Set[bool], toks []segment.Token, i, j int) (cut, title int) {
	cut, title = i, i
	for k := i; k < j; k++ {
		if !titles.MayStart(&toks[k]) {
			continue // most words of a name: the first-word filter, inlined, spares the call
		}
		if _, n := titles.Longest(toks, k, j); n > 0 && k+n < j {
			cut, title = k+n, k
		}
	}
	return cut, title
}

// untitled strips the words up to the last title in a name: "Democratic
// Attorney General Richard Blumenthal" is "Richard Blumenthal", "Louisiana
// Governor John Bel Edwards" "John Bel Edwards". A name that is all title
// stays as it is.
func (b *builder) untitled(name string) string {
	toks := segment.Tokenize(name)
	cut, _ := lastTitle(b.rules.Titles, toks, 0, len(toks))
	if cut == 0 {
		return name
	}
	return name[toks[cut].Start:]
}

// titleCased reports a sentence written in title case, as headlines are:
// four words or more, at most one in five of them in lower case (function
// words aside). A run of its capitals longer than a name's three words is
// no name.
func titleCased(toks []segment.Token) bool {
	words, lower := 0, 0
	for _, t := range toks {
		if t.Kind != segment.Word || english.IsFunctionWordKey(t.Key, t.Norm) && !t.Cap {
			continue
		}
		words++
		if !t.Cap {
			lower++
		}
	}
	return words >= 4 && lower*5 <= words
}

// allCaps reports a name written in capitals throughout ("DETROIT"), with
// no allocation.
func allCaps(name string) bool {
	for _, r := range name {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}
