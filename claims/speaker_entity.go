package claims

import (
	"strings"

	"github.com/claimdiff/claimdiff/claims/english"
	"github.com/claimdiff/claimdiff/claims/segment"
)

// Named and role speakers: a capitalised entity typed as person,
// organisation or media, and a role noun ("the governor") resolved to the
// person last named with it.

// entity reads an entity at token i: an alias, or a capitalised name run
// (titles included), typed person, organisation or media. Both open on a
// capital (Aliases.Lookup and nameCache.forward read none at a word
// without one): the phrases a caller reads word by word are passed at
// their lower-case words at once.
func (a *attributor) entity(i, limit int) (speaker, int) {
	if !a.txt.Tokens[i].Cap || a.in.Cover(i) >= 0 {
		return speaker{}, 0
	}
	// a phrase is read again and again, segment by segment (resolve,
	// commaSpeaker, affiliated): the reading is remembered while what
	// the document has taught of names stays the same (see readingMemo).
	// The reading adds to what it has taught (surnames, roles, genders),
	// so it stands as learned is after it: the maps hold what it wrote,
	// and a reading again would read and write the same (it reads
	// surnames only for a name of one word, and writes them only for one
	// of several: what it wrote changes nothing it read).
	if a.buf.fresh {
		return a.readEntity(i, limit)
	}
	m := &a.memos.entities[uint(i)%memoSize]
	if m.holds(i, limit, a.learned) {
		return m.sp, int(m.n)
	}
	sp, n := a.readEntity(i, limit)
	m.keep(i, limit, a.learned, sp, n)
	return sp, n
}

// readEntity does the work of entity, at a capitalised word no mention
// covers.
func (a *attributor) readEntity(i, limit int) (speaker, int) {
	toks := a.txt.Tokens
	name, n := a.r.Aliases.Lookup(a.txt, i, limit)
	alias := n > 0 // "the US president" is Donald Trump
	if alias && i+n < limit && a.r.Names.IsSuffix(toks[i+n].Norm) {
		alias, name, n = false, "", 0 // "Donald Trump Jr." is his son
	}
	titleSex := a.titleSexBefore(i)
	if alias && titleSex != 0 {
		if known := a.givenNameGender(name, -1); known != 0 && known != titleSex {
			alias, name, n = false, "", 0 // "Ms. Trump" is not Donald Trump
		}
	}
	nameAt := i // the token the name's words start at, past titles and roles
	var kind SpeakerType
	if alias {
		kind = a.names.kind(name)
	} else {
		if dateline(a.txt, i) || i+1 < len(toks) && toks[i+1].Cap && a.participleClause(i) {
			// "Facing Tarrant, he said": an opening participle's
			// clause, no name
			return speaker{}, 0
		}
		j := a.names.forward(a.txt, a.in, i, limit)
		if j == i {
			return speaker{}, 0
		}
		if a.titleCase[a.sentOf[i]] {
			// "Salma Hayek Described Her Experience": in a headline the
			// name ends at the cue
			for k := i + 1; k < j; k++ {
				if _, n, _ := a.cue(k, k+1); n == 1 {
					j = k
					break
				}
			}
		}
		n = j - i
		// "Louisiana Governor John Bel Edwards": the name follows the last
		// role in the run, and the role refers to him from now on.
		from := i
		if i >= 2 && j-i >= 3 && toks[i-1].Norm == "of" {
			// "Secretary of State John F. Kerry": the department after
			// the title is no part of the name
			_, title := a.r.Titles.Longest(toks, i-2, i-1)
			_, role := a.r.Attribution.Roles.Longest(toks, i-2, i-1)
			if title > 0 || role > 0 {
				from = i + 1
				// "Secretary of Homeland Security Kirstjen Nielsen": a
				// department of several words (attribution.departments)
				if _, d := a.r.Attribution.Departments.Longest(toks, i, j); d > 1 && j-(i+d) >= 2 {
					from = i + d
				}
			}
		}
		for k := j - 2; k >= from; k-- {
			if a.r.Attribution.Roles.MayStart(&toks[k]) && a.r.Attribution.Roles.HasWordKey(toks[k].Key, toks[k].Norm) {
				from = k + 1
				a.setRole(toks[k].Norm, a.names.at(a.txt, from, j))
				break
			}
		}
		raw := a.text(from, j)
		nameAt = from
		name, kind = a.names.typedAt(a.txt, from, j)
		if titleSex != 0 && name != raw {
			if known := a.givenNameGender(name, -1); known != 0 && known != titleSex {
				name, kind = raw, a.names.kind(raw) // nor is "Trump" read as his alias
			}
		}
		if name != raw && !strings.Contains(name, " ") && a.r.Attribution.Organisations.Has(strings.ToLower(name)) {
			// "the Justice Department": a title word before an
			// organisation's head names the body, not a person's rank
			name, kind = raw, a.names.kind(raw)
		}
	}
	sp := a.typed(name, kind, i, i+n)
	if sp.typ == SpeakerPerson && !alias && i > 0 && toks[i-1].Norm == "the" && !a.startsTitle(toks, i, i+n) {
		// "the Lancet", "the Sunrise Movement": a person's name takes no
		// article
		sp.typ = SpeakerOrganisation
	}
	// "Ms. Griffin", "Mr. Trump": the title tells which pronoun refers
	// back to the name
	if titleSex != 0 && sp.typ == SpeakerPerson {
		a.setGender(sp.name, titleSex)
	}
	if titleSex == 0 && sp.typ == SpeakerPerson && a.gender[sp.name] == 0 {
		// "Hillary Clinton": else her given name tells it
		if g := a.givenNameGender(sp.name, nameAt); g != 0 {
			a.setGender(sp.name, g)
		}
	}
	return sp, n
}

// titleSexBefore is the sex a courtesy title right before token i tells
// ('f' for "Ms." or "Mrs.", 'm' for "Mr."), 0 for none.
func (a *attributor) titleSexBefore(i int) byte {
	toks := a.txt.Tokens
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		if g := english.TitleGender(toks[k].Norm); g != 0 {
			return g
		}
		if toks[k].Norm != "." {
			break
		}
	}
	return 0
}

// givenNameGender is 'f' or 'm' for a person's name of more than one
// word whose first the rules list as a woman's or a man's given name
// (attribution.female-names, male-names): "Hillary Clinton", "Tim
// Kaine"; 0 for any other. Where that word is token k as written (k < 0
// for none), the token's folded form is looked up and no string made:
// the reading of every name of unknown sex asks it.
func (a *attributor) givenNameGender(name string, k int) byte {
	first, rest, ok := strings.Cut(name, " ")
	if !ok || rest == "" {
		return 0
	}
	if k >= 0 && k < len(a.txt.Tokens) && a.txt.Src[a.txt.Tokens[k].Start:a.txt.Tokens[k].End] == first {
		return a.r.Attribution.GivenSex(&a.txt.Tokens[k])
	}
	// an alias's canonical name ("Donald Trump" of "Trump"): the rules'
	// answer (NameSex, which tokenises), remembered
	b := a.buf
	if b.givenFor != a.r.Attribution || len(b.given) >= maxGiven {
		b.given, b.givenFor = map[string]byte{}, a.r.Attribution
	}
	if g, ok := b.given[first]; ok {
		return g
	}
	g := a.r.NameSex(name)
	b.given[first] = g
	return g
}

// typed is the speaker a canonical name of the given kind (nameCache.kind)
// names at tokens [first, last); it remembers surnames of people, and
// makes a one-word acronym of a person's type a body (acronym).
func (a *attributor) typed(name string, kind SpeakerType, first, last int) speaker {
	s := speaker{name: name, first: first, last: last, typ: kind}
	switch s.typ {
	case SpeakerPerson:
		s.typ = SpeakerPerson
		var buf [64]byte
		if acronym(name) && !a.capsPassage(first, last) {
			if _, known := a.surnameOf(name); !known {
				// "GVMC tweeted": the initials of a body, unless a person
				// of that surname was named ("Donald Trump ... TRUMP")
				s.typ = SpeakerOrganisation
				return s
			}
		}
		if name == a.surnamed && name != "" {
			return s // read again at once: surnames holds it by its surname
		}
		if surname, more := lastWord(name); more {
			if key := segment.AppendLower(buf[:0], surname); a.surnames[string(key)] != name {
				a.surnames[surnameKey(a.txt.Tokens, last, key)] = name
				a.learned++
			}
			a.surnamed = name
		} else if full, ok := a.surnameOf(name); ok {
			s.name = full // "Mr Pompeo" after "Mike Pompeo"
		}
	}
	return s
}

// setRole records that the role noun role now refers to the person
// name ("the governor" to John Bel Edwards), counting the change in
// learned.
func (a *attributor) setRole(role, name string) {
	if old, ok := a.roles[role]; !ok || old != name {
		a.roles[role] = name
		a.learned++
	}
}

// setGender records that the person name is a man ('m') or a woman
// ('f'), as a title told ("Ms. Griffin"), counting the change in
// learned.
func (a *attributor) setGender(name string, g byte) {
	if a.gender[name] != g {
		a.gender[name] = g
		a.learned++
	}
}

// minAcronym is the fewest capitals an acronym typed as a body has:
// shorter ones ("AP", "FBI", "CNN") are listed in the rules' vocabulary
// where they name a speaker, and three capitals are as often a person's
// initials.
const minAcronym = 4

// acronym reports a one-word name of minAcronym or more capital letters
// and nothing else: "GVMC", "NHTSA", "UNICEF".
func acronym(name string) bool {
	if len(name) < minAcronym {
		return false
	}
	for i := 0; i < len(name); i++ {
		if c := name[i]; c < 'A' || c > 'Z' {
			return false
		}
	}
	return true
}

// capsPassage reports a word in capitals next to the name [first, last),
// over punctuation: "THE JUDGE SAID", "BRYSON SAID HE STORED": text
// written in capitals, where a capitalised word tells nothing of a body.
func (a *attributor) capsPassage(first, last int) bool {
	toks := a.txt.Tokens
	for _, k := range [2]int{first - 1, last} {
		for k >= 0 && k < len(toks) && toks[k].Kind == segment.Punct && k > first-3 && k < last+2 {
			if k < first {
				k--
			} else {
				k++
			}
		}
		if k < 0 || k >= len(toks) || toks[k].Kind != segment.Word {
			continue
		}
		if w := a.text(k, k+1); len(w) >= 2 && strings.ToUpper(w) == w && strings.ToLower(w) != w {
			return true
		}
	}
	return false
}

// wholeEntity returns the entity that [first, last) names exactly, titles
// and determiners aside.
func (a *attributor) wholeEntity(first, last int) speaker {
	toks := a.txt.Tokens
	for first < last && isLead(&toks[first]) {
		first++
	}
	// over titles: "Mr. Guerrero", "Det. Jane Roe"
	for first < last {
		n := 0
		if a.r.Titles.MayStart(&toks[first]) { // most words start no title: the call spared
			_, n = a.r.Titles.Longest(toks, first, last)
		}
		if n == 0 || first+n == last || first+n == last-1 && a.r.Attribution.Organisations.Has(toks[last-1].Norm) {
			break // not the "Justice" of "the Justice Department"
		}
		first += n
		if first < last && toks[first].Norm == "." {
			first++
		}
	}
	if first >= last {
		return speaker{}
	}
	if s, n := a.entity(first, last); n == last-first {
		return s
	}
	return speaker{}
}

// personBeside finds the first person in comma segment seg, where the
// segment ends or goes on with "of" or "from": "Senator Chuck Schumer of
// New York, the Democratic leader,".
func (a *attributor) personBeside(seg [2]int) (speaker, bool) {
	toks := a.txt.Tokens
	for k := seg[0]; k < seg[1]; {
		e, n := a.entity(k, seg[1])
		if n == 0 {
			k++
			continue
		}
		if e.typ == SpeakerPerson && (e.last == seg[1] || toks[e.last].Norm == "of" || toks[e.last].Norm == "from" ||
			toks[e.last].Norm == "(" && toks[seg[1]-1].Norm == ")") {
			// "Rep. Trey Gowdy (R-S.C.), the committee chairman,": the
			// name before a bracketed aside closing the segment
			return e, true
		}
		k += n
	}
	return speaker{}, false
}

// byHead types a phrase by the words in it: anonymous ("officials"),
// organisation ("police", "the ministry"), document ("a statement"). An
// organisation's or a document's word types it only as its head, not as a
// modifier of a plain noun after it ("a sign painter", "the jury
// forewoman", "a supermarket cashier": persons).
func (a *attributor) byHead(first, last int) speaker {
	toks := a.txt.Tokens
	at := a.r.Attribution
	// each list's filter of first words, inlined, turns away most of
	// the phrase's words before a call to Longest
	for i := first; i < last; i++ {
		if !at.Anonymous.MayStart(&toks[i]) {
			continue
		}
		if _, n := at.Anonymous.Longest(toks, i, last); n > 0 {
			return speaker{name: a.unnamed(first, a.beforeParticiple(i+n, last)), typ: SpeakerAnonymous, first: first, last: last}
		}
	}
	for i := first; i < last; i++ {
		if !at.Organisations.MayStart(&toks[i]) {
			continue
		}
		if _, n := at.Organisations.Longest(toks, i, last); n > 0 && a.headsAt(i+n, last) {
			return speaker{name: a.text(first, last), typ: SpeakerOrganisation, first: first, last: last}
		}
	}
	for i := first; i < last; i++ {
		if !at.Documents.MayStart(&toks[i]) {
			continue
		}
		if _, n := at.Documents.Longest(toks, i, last); n > 0 && a.headsAt(i+n, last) {
			return speaker{name: a.unnamed(first, last), typ: SpeakerDocument, first: first, last: last}
		}
	}
	return speaker{}
}

// headsAt reports that a word ending before token e heads its phrase,
// which ends before last: nothing follows it, or what follows is no
// plain noun it would modify (a preposition, a punctuation mark, a name,
// a participle), nor a possessive's ending.
func (a *attributor) headsAt(e, last int) bool {
	if e >= last {
		return true
	}
	t := &a.txt.Tokens[e]
	if t.Norm == "'s" || t.Norm == "’s" || t.Norm == "'" || t.Norm == "’" {
		return false // a possessive: what it possesses heads ("the restaurant's head chef")
	}
	// a noun after it is the head it modifies; a participle ("data
	// released today", "a statement released by") is not
	plainNoun := t.Kind == segment.Word && !t.Cap && !english.IsFunctionWordKey(t.Key, t.Norm) &&
		!english.IsPastFormKey(t.Key, t.Norm) && !strings.HasSuffix(t.Norm, "ing")
	return !plainNoun
}

// beforeParticiple is where a group's name ends when a past participle
// follows its head, directly or past an "of" phrase of a few words
// ("Neighbors gathered outside", "Friends and family decked in white",
// "Family of 4-year-old hit by stray bullet"): the group, not what was
// done to it or where it stood. head is the token after the head noun; it
// returns last when no participle follows.
func (a *attributor) beforeParticiple(head, last int) int {
	toks := a.txt.Tokens
	end := head + 1
	if head < last && toks[head].Norm == "of" {
		end = min(head+ofReach, last)
	}
	for j := head; j < end && j < last; j++ {
		if n := toks[j].Norm; !toks[j].Cap && (english.IsIrregularPast(n) || len(n) > 4 && strings.HasSuffix(n, "ed")) {
			return j
		}
	}
	return last
}

// ofReach bounds the words of an "of" phrase after a group's head that a
// participle is looked for in ("of 4-year-old hit").
const ofReach = 4

// roleSpeaker reads a phrase headed by a role noun ("the mayor", "a
// spokesman for the ministry", "the boy's mother", "residents"): the person
// last named with that role when the phrase is "the <role>", else the
// phrase itself (people in the plural are anonymous). det is where the
// phrase's article stands, first where its words begin.
func (a *attributor) roleSpeaker(det, first, last int) speaker {
	toks := a.txt.Tokens
	if last-first > 8 {
		return speaker{}
	}
	for k := first; k < last; k++ {
		t := &toks[k]
		if k == first && (english.IsQuantifierKey(t.Key, t.Norm) || t.Norm == "one" || t.Norm == "another") && last-first > 1 {
			continue // "one longtime adviser to Bill Clinton"
		}
		if k == first && english.IsPossessiveKey(t.Key, t.Norm) && t.Norm != "whose" && last-first > 1 &&
			(a.opensSentence(k) || toks[k-1].Norm == "," || markOf(a.txt, k-1) != notMark) {
			// "..., his lawyer said", "His lawyer said"; not "what her
			// son was thinking", inside another's statement
			continue
		}
		if t.Kind != segment.Word && t.Norm != "'s" && t.Norm != "-" || functionLike(t.Key, t.Norm) && !english.IsRoleConnectiveKey(t.Key, t.Norm) && !english.IsCommonPrepositionKey(t.Key, t.Norm) {
			return speaker{}
		}
	}
	role := a.roleHead(first, last)
	plural := false
	if role == "" {
		h := toks[last-1].Norm
		switch {
		case strings.HasSuffix(h, "ies") && a.r.Attribution.Roles.Has(h[:len(h)-3]+"y"):
			role, plural = h[:len(h)-3]+"y", true // "deputies"
		case strings.HasSuffix(h, "s") && a.r.Attribution.Roles.Has(h[:len(h)-1]):
			role, plural = h[:len(h)-1], true
		default:
			return speaker{}
		}
	}
	if plural {
		return speaker{name: a.text(first, last), typ: SpeakerAnonymous, first: det, last: last}
	}
	if det < first && toks[det].Norm == "the" {
		if name, ok := a.roles[role]; ok {
			return speaker{name: name, typ: SpeakerPerson, first: det, last: last}
		}
	}
	return speaker{name: a.text(first, last), typ: SpeakerPerson, first: det, last: last}
}

// titled reports a title or role among tokens [first, last). Two
// conjuncts are two speakers when both or neither carry one ("Chief
// Justice Anne Ferguson and Justice Chris Maxwell"); when only the second
// does, "and" is inside a title ("Health and Human Services Secretary
// Alex Azar") or joins a place ("Fort Hood and Gen. Mark Milley").
func (a *attributor) titled(first, last int) bool {
	for k := first; k < last; k++ {
		_, title := a.r.Titles.Longest(a.txt.Tokens, k, last)
		_, role := a.r.Attribution.Roles.Longest(a.txt.Tokens, k, last)
		if title > 0 || role > 0 {
			return true
		}
	}
	return false
}

// startsTitle reports a title of the rules starting at token i, ending
// before limit.
func (a *attributor) startsTitle(toks []segment.Token, i, limit int) bool {
	if i >= limit || !a.r.Titles.MayStart(&toks[i]) {
		return false
	}
	_, n := a.r.Titles.Longest(toks, i, limit)
	return n > 0
}
