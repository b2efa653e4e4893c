package claims

import (
	"strings"

	"github.com/claimdiff/claimdiff/claims/english"
	"github.com/claimdiff/claimdiff/claims/mention"
	"github.com/claimdiff/claimdiff/claims/segment"
)

// Speaker resolution: a noun phrase turned into a speaker, through its
// comma segments, appositions, roles and pronouns.

// resolve types the noun phrase [first, last) as a speaker. sent is its
// sentence, for pronouns.
//
// A phrase is resolved again and again (a cue's subject by the sentence
// stage and again for the quote after it, a comma segment for each
// reading of the phrase it is in): resolutions are remembered (see
// readingMemo).
func (a *attributor) resolve(first, last, sent int) speaker {
	if first < 0 || a.buf.fresh {
		return a.resolveSpan(first, last, sent) // no phrase: nothing to remember
	}
	m := &a.memos.resolved[uint(first)%memoSize]
	if m.holds(first, last, a.learned) {
		return m.sp
	}
	learned, backrefs := a.learned, a.backrefs
	sp := a.resolveSpan(first, last, sent)
	a.memorise(m, learned, backrefs, first, last, sp)
	return sp
}

// readingMemo is a reading remembered: of entity at a word, of resolve
// of a phrase, of cueSpeaker of a cue. first is the first token plus one
// (0 for an empty slot) and last the reading's end (the phrase's end, the
// cue's, entity's limit); the sentence read in is the first token's
// (every caller's); learned is as it was when the reading stood; n is
// entity's length.
//
// Such a reading is a function of the document's text and rules, of what
// it has taught of names (surnames, roles, genders: learned counts their
// changes) and, for resolve and cueSpeaker, of what the pass gathers
// sentence by sentence (the speakers and subjects of the sentences so
// far, a sentence's attribution, the dialogue's turns: backrefs counts
// their readings). A reading of resolve or cueSpeaker that read the
// latter is not remembered, and one that changed the former neither (see
// memorise): a reading remembered is the one made again while learned is
// unchanged, and it wrote nothing. entity reads none of the latter, and a
// reading of it stands as made after it (see entity).
//
// So a new read of the pass's gathered state (attributor.sattr, said,
// recent, older, turns, turnAt) anywhere below resolve or cueSpeaker
// must count in backrefs, as salienceOf, participleSpeaker and
// turnSpeakerOf do, and a new write of surnames, roles or gender must
// count in learned (typed, setRole, setGender); TestMemosFresh compares
// the memos' answers with fresh readings over varied texts.
type readingMemo struct {
	first, last int32
	learned     uint32
	n           int32
	sp          speaker
}

// memoSize is the number of readings remembered of each kind, by their
// first token: a power of two, more than a sentence's tokens mostly are.
const memoSize = 64

// holds reports that m is the reading of [first, last) made while learned
// was as it is now.
func (m *readingMemo) holds(first, last int, learned uint32) bool {
	return m.first == int32(first)+1 && m.last == int32(last) && m.learned == learned
}

// keep makes m the reading sp (of n tokens, for entity) of [first, last)
// as it stands while learned is as given.
func (m *readingMemo) keep(first, last int, learned uint32, sp speaker, n int) {
	*m = readingMemo{first: int32(first) + 1, last: int32(last), learned: learned, n: int32(n), sp: sp}
}

// memorise keeps sp in m as the reading of [first, last), made from
// learned and backrefs as they were before it, unless the reading changed
// learned or read what backrefs counts.
func (a *attributor) memorise(m *readingMemo, learned, backrefs uint32, first, last int, sp speaker) {
	if a.learned == learned && a.backrefs == backrefs {
		m.keep(first, last, learned, sp, 0)
	}
}

// resolveSpan does the work of resolve.
func (a *attributor) resolveSpan(first, last, sent int) speaker {
	sp := a.resolvePhrase(first, last, sent)
	if sp.named() && sp.last-sp.first == 1 && a.placeState(sp.first) {
		// "A Facebook user in Austin, Tex., posted": not "Tex"; the
		// caller reads the phrase before it
		return speaker{}
	}
	if sp.ok() && sp.first >= first && sp.last <= last && !(sp.last-sp.first == 1 && isPronounLike(a.txt.Tokens[sp.first].Norm)) {
		sp.first, sp.last = a.extent(sp.first, sp.last, first, last)
		if sp.last+1 == last && a.txt.Tokens[sp.last].Norm == "," && a.holdsComma(sp.first, sp.last) {
			sp.last++ // "Peter Carr, a spokesman," closes with its comma
		}
	}
	return sp
}

// resolvePhrase does the work of resolve; the span it returns covers the
// name only.
func (a *attributor) resolvePhrase(first, last, sent int) speaker {
	toks := a.txt.Tokens
	first, last = a.trimPhrase(first, last)
	// An article stays in the speaker's span ("the mayor") but not its name.
	det := first
	for first < last && isLead(&toks[first]) {
		first++
	}
	if first+1 < last && a.openingAdverb(first) {
		// "Ultimately 52 percent of the voters backed it": the
		// sentence's adverb, no part of the phrase ("Nearly half" is)
		first++
		det = first
	}
	if first >= last || last-first > 24 {
		return speaker{}
	}
	if sp, ok := a.shortSpeaker(det, first, last, sent); ok {
		return sp
	}
	// "Iran's supreme leader, Ayatollah Ali Khamenei," / "Mark Esper, the
	// defence secretary," / "Richard Ratcliffe, husband of ..., who ...,":
	// prefer a comma segment that is wholly a name, the last one first.
	var buf [8][2]int // a phrase has at most 24 tokens: few segments
	if segs := appendCommaSegments(buf[:0], toks, first, last); len(segs) > 1 {
		var sp speaker
		var done bool
		if sp, first, last, done = a.commaSpeaker(segs, last, sent); done {
			return sp
		}
	}
	if s := a.wholeEntity(first, last); s.ok() {
		return s
	}
	return a.phraseSpeaker(det, first, last, sent)
}

// openingAdverb reports an adverb in -ly at token first (commonOpener)
// before a number ("Ultimately 52 percent of the voters backed it"): no
// name ("Kennelly 40 times said" is rare; "Kennelly the lawyer said" is
// left alone). Not "Nearly".
func (a *attributor) openingAdverb(first int) bool {
	t, n := &a.txt.Tokens[first], &a.txt.Tokens[first+1]
	return a.commonOpener(first) && strings.HasSuffix(t.Norm, "ly") && !english.IsQuantityOpenerKey(t.Key, t.Norm) &&
		(n.Kind == segment.Number || a.in.Cover(first+1) >= 0)
}

// commonOpener reports a word at token k that opens its sentence (past a
// dateline) and is capitalised only there: written so nowhere else in
// the document, no surname or place it knows, and in a form names seldom
// take, an adverb in -ly or a past in -ed ("Ultimately", "Hastily";
// "Boeing" ends in -ing).
func (a *attributor) commonOpener(k int) bool {
	t := &a.txt.Tokens[k]
	w := t.Norm
	return t.Cap && t.Kind == segment.Word && (a.opensSentence(k) || k == a.datelineEnd(a.txt.Sentences[a.sentOf[k]])) &&
		len(w) > 5 && (strings.HasSuffix(w, "ly") || strings.HasSuffix(w, "ed")) && !a.proper.has(w) && !a.knownName(k)
}

// shortSpeaker resolves the phrases settled by their few words: a
// pronoun, a part of a group ("47 percent"), an anonymous plural
// ("Officials said"). It reports whether it settled the phrase.
func (a *attributor) shortSpeaker(det, first, last, sent int) (speaker, bool) {
	toks := a.txt.Tokens
	if last-first == 1 {
		if n := toks[first].Norm; n == "i" || n == "we" || n == "you" {
			// "I said", "we believe": the writer or a group, never
			// resolved; but the turn's speaker in a transcript ("FALLIN: I
			// think")
			if n == "i" {
				if sp := a.turnSpeakerOf(sent); sp.named() {
					return speaker{name: sp.name, typ: sp.typ, first: first, last: first + 1}, true
				}
			}
			return speaker{typ: SpeakerUnknown, first: first, last: first + 1}, true
		}
		if typ := pronounType(toks[first].Norm); typ != "" {
			if sp := a.pronoun(typ, first, sent); sp.ok() {
				return sp, true
			}
			// "he said" with nobody to refer to: said by someone unknown
			return speaker{typ: SpeakerUnknown, first: first, last: first + 1}, true
		}
	}
	// "47 percent said", "Nearly half said", "Six in 10 voters say": a part
	// of a group, nobody in particular
	if a.quantity(first, last) {
		return speaker{name: a.unnamed(first, last), typ: SpeakerAnonymous, first: det, last: last}, true
	}
	// "those surveyed said", "those injured said": the people a past
	// participle picks out, nobody in particular
	if last-first == 2 && toks[first].Norm == "those" && toks[first+1].Kind == segment.Word && !toks[first+1].Cap && strings.HasSuffix(toks[first+1].Norm, "ed") {
		return speaker{name: a.unnamed(first, last), typ: SpeakerAnonymous, first: det, last: last}, true
	}
	// "Officials said", capitalised only because it opens the sentence
	if last-first <= 2 {
		if sp := a.byHead(first, last); sp.typ == SpeakerAnonymous {
			return sp, true
		}
		if sp := a.roleSpeaker(first, first, last); sp.typ == SpeakerAnonymous {
			return sp, true // "Officers said", "Deputies said"
		}
	}
	return speaker{}, false
}

// maxNameSegment bounds the comma segment that names a person before
// the appositions about him: "Florida delegate John Archer".
const maxNameSegment = 6

// commaSpeaker resolves a phrase in comma segments segs (ending at last):
// a segment that is wholly a name, the last one first; the person a role
// stands beside; the segment next to the cue. When none settles it
// (done false), it returns the segment to go on with, [first, last).
func (a *attributor) commaSpeaker(segs [][2]int, last, sent int) (sp speaker, first, end int, done bool) {
	toks := a.txt.Tokens
	if e, ok := a.affiliated(segs); ok {
		return e, 0, 0, true
	}
	if n := len(segs); n >= 2 {
		// the last segment says where or how old the phrase before it
		// is, which is the speaker: "a woman in Worcester,
		// Massachusetts,", "The teacher, 64,"
		place := a.placeQualifier(segs[n-2], segs[n-1])
		if place || a.ageApposition(segs[n-1]) {
			prev := segs[n-2]
			if sp := a.resolve(prev[0], prev[1], sent); sp.ok() {
				if place && sp.last == prev[1] {
					sp.last = segs[n-1][1] // the state is the place's
				}
				return sp, 0, 0, true
			}
			if n == 2 {
				return speaker{}, 0, 0, true
			}
			segs = segs[:n-1]
		}
	}
	if sp, ok := a.namedFirst(segs, last, sent); ok {
		return sp, 0, 0, true
	}
	if a.embeddedCue(segs, last) {
		// "Ruiz, a senior aide said, feels sure": the segment next
		// to the cue speaks of the name before it
		lastSeg := segs[len(segs)-1]
		if sp := a.resolve(lastSeg[0], lastSeg[1], sent); sp.ok() {
			return sp, 0, 0, true
		}
	}
	for _, k := range []int{len(segs) - 1, 0} {
		if a.indefinite(segs[k]) {
			continue // "Mayor Smith, a Democrat,": a description, no name
		}
		if k == 0 && a.openingWord(segs) {
			continue // "Rather, officials close to her say": no name
		}
		if s := a.wholeEntity(segs[k][0], segs[k][1]); s.ok() && !a.introWord(segs[k]) {
			// "Peter Carr, a spokesman for ...": the role now names Carr
			other := segs[len(segs)-1-k]
			if s.typ == SpeakerPerson && other != segs[k] {
				role := a.roleHead(other[0], other[1])
				if role != "" {
					a.setRole(role, s.name)
				}
				if len(segs) == 2 && k == 1 && role != "" && a.plainRole(other) {
					// "her personal lawyer, David E. Kendall", "an
					// Israeli blogger, Tal Schneider": one phrase names him
					s.first = other[0]
				}
			}
			return s, 0, 0, true
		}
	}
	// ", police said": the segment next to the cue, if it names anyone
	lastSeg := segs[len(segs)-1]
	// "a statement by Mark Esper, the defence secretary,": the person
	// the role stands beside
	if role := a.roleHead(lastSeg[0], lastSeg[1]); role != "" && !toks[lastSeg[0]].Cap && !a.introWord(segs[len(segs)-2]) {
		if e, ok := a.personBeside(segs[len(segs)-2]); ok {
			a.setRole(role, e.name)
			return e, 0, 0, true
		}
		if e, ok := a.loneName(segs[len(segs)-2], lastSeg); ok {
			a.setRole(role, e.name)
			return e, 0, 0, true
		}
	}
	if a.affiliation(lastSeg) {
		// "Trey Gowdy, Republican of South Carolina,": the person the
		// party and state stand beside, not the state
		if e, ok := a.personBeside(segs[len(segs)-2]); ok {
			return e, 0, 0, true
		}
	}
	if lastSeg[1] == last {
		if s := a.resolve(lastSeg[0], lastSeg[1], sent); s.ok() {
			return s, 0, 0, true
		}
	}
	first, end = segs[0][0], segs[0][1]
	if a.introWord(segs[0]) {
		first, end = lastSeg[0], lastSeg[1]
	}
	// "Guam was also hit, with the president declaring": a
	// clause is no speaker
	if end-first > 8 {
		return speaker{}, 0, 0, true
	}
	for k := first; k < end; k++ {
		if n := toks[k].Norm; verbGroup(toks[k].Key, n) || n == "with" || pronounType(n) != "" {
			return speaker{}, 0, 0, true
		}
	}
	return speaker{}, first, end, false
}

// ageApposition reports comma segment seg, a whole number from 1 to
// mention.MaxAge alone, as the age of the phrase before it: "The
// teacher, 64,".
func (a *attributor) ageApposition(seg [2]int) bool {
	t := &a.txt.Tokens[seg[0]]
	if seg[1]-seg[0] != 1 || t.Kind != segment.Number || len(t.Norm) > 3 || t.Norm[0] == '0' {
		return false
	}
	age := 0
	for i := 0; i < len(t.Norm); i++ {
		if c := t.Norm[i]; c >= '0' && c <= '9' {
			age = age*10 + int(c-'0')
		} else {
			return false // "6.5"
		}
	}
	return age <= mention.MaxAge
}

// loneName reads comma segment seg, one capitalised word, as the name of
// the person the role apposition role after it describes: "Manning, the
// police chief, said", where "Manning" opening the sentence could be a
// word capitalised only there. The apposition must open with "the" and
// close with its comma; the word must be no closed-class, time or
// calendar word, nor a body or an anonymous source.
func (a *attributor) loneName(seg, role [2]int) (speaker, bool) {
	toks := a.txt.Tokens
	t := &toks[seg[0]]
	if seg[1]-seg[0] != 1 || t.Kind != segment.Word || !t.Cap || functionWord(t) || english.IsTimeWordKey(t.Key, t.Norm) || english.IsCalendarWord(t.Norm) ||
		toks[role[0]].Norm != "the" || role[1] >= len(toks) || toks[role[1]].Norm != "," || a.byHead(seg[0], seg[1]).ok() {
		return speaker{}, false
	}
	return speaker{name: a.text(seg[0], seg[1]), typ: SpeakerPerson, first: seg[0], last: seg[1]}, true
}

// indefinite reports a comma segment seg opening with "a" or "an": an
// apposition that describes ("a Democrat", "an American"), never a name.
func (a *attributor) indefinite(seg [2]int) bool {
	w := a.txt.Tokens[seg[0]].Norm
	return seg[1]-seg[0] > 1 && (w == "a" || w == "an")
}

// affiliation reports a comma segment seg that reads "<Word> of <Name>",
// a party and state or a body a person belongs to: "Republican of South
// Carolina".
func (a *attributor) affiliation(seg [2]int) bool {
	toks := a.txt.Tokens
	return seg[1]-seg[0] > 2 && seg[1]-seg[0] <= 5 && toks[seg[0]].Cap && toks[seg[0]+1].Norm == "of" && toks[seg[0]+2].Cap
}

// namedFirst resolves a phrase whose first comma segment names a person in
// full and whose last is an aside about him, closed by its comma: "Giovanni
// Maria Vian, the editor in chief of the Vatican's newspaper, L'Osservatore
// Romano,", "John Archer, wearing a Canova T-shirt,", "Marc Andreessen,
// who backed Mr. Romney in 2012,": the person, not his paper, what he
// wears or whom he backed. The span takes the asides in.
func (a *attributor) namedFirst(segs [][2]int, last, sent int) (speaker, bool) {
	toks := a.txt.Tokens
	first := a.resolve(segs[0][0], segs[0][1], sent)
	if segs[0][1]-segs[0][0] > maxNameSegment || first.typ != SpeakerPerson || first.last != segs[0][1] ||
		!strings.Contains(first.name, " ") || a.introWord(segs[0]) {
		return speaker{}, false
	}
	lastSeg := segs[len(segs)-1]
	if lastSeg[1] >= len(toks) || toks[lastSeg[1]].Norm != "," {
		return speaker{}, false
	}
	e := a.wholeEntity(lastSeg[0], lastSeg[1])
	if e.ok() && (e.typ != SpeakerPerson || len(segs) >= 3) || a.participialAside(lastSeg) || a.relativeAside(lastSeg) {
		first.last = max(first.last, last)
		return first, true
	}
	return speaker{}, false
}

// affiliated finds a person named with an affiliation that the later
// comma segments go on to address: "Dr Jane Roe of the Health Institute,
// Boston, USA said" is Jane Roe's, not the place's. The segments after
// the person's must be proper names only (capitalised words joined by
// "of", "the", "and", "for"), and the last no person's full name ("Jane
// Roe of the institute, Peter Carr said").
func (a *attributor) affiliated(segs [][2]int) (speaker, bool) {
	toks := a.txt.Tokens
	lastSeg := segs[len(segs)-1]
	if p := a.wholeEntity(lastSeg[0], lastSeg[1]); p.typ == SpeakerPerson {
		_, title := a.r.Titles.Longest(toks, lastSeg[0], lastSeg[1])
		if _, known := a.surnameOf(p.name); title > 0 || known || strings.Contains(p.name, " ") {
			return speaker{}, false // "Jane Roe of the institute, Mr Carr said"
		}
	}
	var found speaker
	for j := len(segs) - 2; j >= 0 && a.properOnly(segs[j+1]); j-- {
		for k := segs[j][0]; k < segs[j][1]; {
			e, n := a.entity(k, segs[j][1])
			if n == 0 {
				k++
				continue
			}
			if e.typ == SpeakerPerson && e.last < segs[j][1] {
				if w := toks[e.last].Norm; w == "of" || w == "from" || w == "at" {
					found = e // the earliest: "Jane Roe of the X School of Y, Z"
					break
				}
			}
			k += n
		}
	}
	return found, found.ok()
}

// phraseSpeaker resolves a phrase that is not wholly a name by its
// structure: the head before a preposition ("voters in Iowa"), a media
// name, a role headed by a lower-case noun ("Iraq's most senior Shia
// cleric"), an organisation ("US Department of Justice"), or the last
// named entity in it ("a statement from the Pentagon").
func (a *attributor) phraseSpeaker(det, first, last, sent int) speaker {
	toks := a.txt.Tokens
	// A phrase opening with a preposition is an adverbial ("In interviews"),
	// not a speaker; in "voters in Iowa" the head is before the preposition.
	if english.IsCommonPrepositionKey(toks[first].Key, toks[first].Norm) {
		return speaker{}
	}
	for p := first + 1; p < last; p++ {
		if english.IsCommonPrepositionKey(toks[p].Key, toks[p].Norm) && toks[p].Norm != "of" {
			if capitalised(toks, first, last) && a.byHead(first, p).typ == SpeakerOrganisation {
				// one name: "the Center for Immigration Studies"
				return speaker{name: a.text(first, last), typ: SpeakerOrganisation, first: first, last: last}
			}
			// "a statement from the Pentagon": the source is the author
			if n := toks[p].Norm; (n == "from" || n == "by") && a.byHead(first, p).typ == SpeakerDocument {
				if sp := a.resolve(p+1, last, sent); sp.ok() {
					return sp
				}
			}
			return a.resolve(det, p, sent)
		}
	}
	if sp, ok := a.ofPhrase(det, first, last); ok {
		return sp
	}
	for i := first; i < last; i++ {
		if !a.r.Attribution.Media.MayStart(&toks[i]) {
			continue // most words start no outlet's name: the call spared
		}
		if _, n := a.r.Attribution.Media.Longest(toks, i, last); n > 0 && !a.roleAfter(i+n, last) {
			// not "a Vox spokesman": a role after the outlet's name
			return speaker{name: a.text(i, i+n), typ: SpeakerMedia, first: i, last: i + n}
		}
	}
	// A phrase headed by a lower-case noun is a role, not the name inside
	// it: "Iraq's most senior Shia cleric" (unless the head says more).
	if head := toks[last-1]; head.Kind == segment.Word && !head.Cap {
		if sp, ok := a.roleHeaded(det, first, last); ok {
			return sp
		}
	}
	// a capitalised name with an organisation word: "US Department of Justice"
	if sp := a.byHead(first, last); sp.typ == SpeakerOrganisation && last-first <= 8 && capitalised(toks, first, last) {
		return sp
	}
	// the last named entity in the phrase: "a statement from the Pentagon"
	var best speaker
	for i := first; i < last; {
		if s, n := a.entity(i, last); n > 0 {
			// "Senator Bernie Sanders of Vermont": the person, not the
			// place or body they are of
			// ("Sgt. R. Okafor of the San Diego Police Department's
			// Harbor Station")
			if !(best.typ == SpeakerPerson && (strings.Contains(best.name, " ") || a.titled(best.first, best.last)) && best.last < i && (toks[best.last].Norm == "of" || toks[best.last].Norm == "from") &&
				!a.titled(best.last-1, best.last) && !(s.typ == SpeakerPerson && s.first > 0 && a.titled(s.first-1, s.first))) {
				// not "Louisiana Secretary of Health Dr. Rebekah Gee", nor
				// "Ohio Bureau of Investigation spokeswoman Ann
				// Lowe": a name after its title is the speaker
				best = s
			}
			i += n
			continue
		}
		i++
	}
	if best.ok() && !(best.typ == SpeakerOrganisation && a.r.Places[best.name] && last-first > 2) {
		return best
	}
	if sp := a.byHead(first, last); sp.ok() {
		return sp
	}
	return best
}

// ofPhrase resolves a phrase [first, last) whose head stands before its
// first "of": a group ("Relatives of Richardson", "friends of the
// victim"), or a role, the person of it and not the place or body it is
// of ("The governor of Ohio said"; not "the secretary of state's
// campaign"). It reports whether the phrase is one.
func (a *attributor) ofPhrase(det, first, last int) (speaker, bool) {
	toks := a.txt.Tokens
	for p := first + 1; p < last; p++ {
		if toks[p].Norm != "of" {
			continue
		}
		if sp := a.byHead(first, p); sp.typ == SpeakerAnonymous {
			return speaker{name: a.unnamed(first, a.beforeParticiple(p, last)), typ: SpeakerAnonymous, first: det, last: last}, true
		}
		if sp := a.roleSpeaker(det, first, p); (sp.typ == SpeakerPerson || sp.typ == SpeakerAnonymous) && !a.possessiveIn(p+1, last) {
			// "Members of the council", "the owners of the restaurant":
			// a role's plural is a group not named, not the body
			if sp.name == a.text(first, p) {
				sp.name = a.text(first, last) // not every governor
			}
			sp.last = last
			return sp, true
		}
		break
	}
	return speaker{}, false
}

// possessiveIn reports a possessive among tokens [first, last): "of
// state's campaign" heads the phrase with the campaign.
func (a *attributor) possessiveIn(first, last int) bool {
	for k := first; k < last; k++ {
		if n := a.txt.Tokens[k].Norm; n == "'s" || n == "’s" || n == "'" || n == "’" {
			return true
		}
	}
	return false
}

// maxPlainNouns bounds the lower-case words after an article that stand
// for someone not named: "the billionaire real estate magnate said".
const maxPlainNouns = 5

// roleHeaded resolves a phrase headed by a lower-case noun: by its head,
// as a role, or, for an article and a few plain nouns ("the admiral
// said"), as someone not named. It reports whether it resolved it.
func (a *attributor) roleHeaded(det, first, last int) (speaker, bool) {
	toks := a.txt.Tokens
	if sp := a.byHead(first, last); sp.ok() && !(sp.typ == SpeakerOrganisation && a.roleHeads(first, last)) {
		// a body names the speaker unless a role heads the phrase: "a
		// member of the committee", "the county sheriff" are persons
		return sp, true
	}
	if sp := a.roleSpeaker(det, first, last); sp.ok() {
		return sp, true
	}
	if a.isRole(first, last) {
		return speaker{name: a.text(first, last), typ: SpeakerPerson, first: first, last: last}, true
	}
	// "the admiral said", "the insider said": an article and a few
	// lower-case nouns stand for someone not named
	if det < first && english.IsArticleKey(toks[det].Key, toks[det].Norm) && last-first <= maxPlainNouns && a.plainNouns(first, last) {
		return speaker{name: a.unnamed(det, last), typ: SpeakerPerson, first: det, last: last}, true
	}
	// "one user wrote", "another voter said": one of a group not named
	if n := toks[first].Norm; (n == "one" || n == "another") && det == first && last-first > 1 && last-first <= maxPlainNouns && a.plainNouns(first+1, last) {
		return speaker{name: a.unnamed(first, last), typ: SpeakerAnonymous, first: first, last: last}, true
	}
	return speaker{}, false
}

// openingWord reports comma segments whose first is one word opening the
// sentence and whose last runs on to the cue with no comma closing it:
// "Rather, officials close to her campaign say", "Sure, official data
// suggest": the word is an adverb before the subject, as an apposition
// ("Barkley, 49, said", "Moss, the chief, said") closes on its comma,
// and one with "a" describes the word before it, a name ("Sexton, a
// creative writing professor").
func (a *attributor) openingWord(segs [][2]int) bool {
	toks := a.txt.Tokens
	lastSeg := segs[len(segs)-1]
	return len(segs) == 2 && segs[0][1]-segs[0][0] == 1 && a.opensSentence(segs[0][0]) && lastSeg[1]-lastSeg[0] >= 2 &&
		lastSeg[1] < len(toks) && toks[lastSeg[1]].Norm != "," && !toks[lastSeg[1]-1].Cap && !a.indefinite(lastSeg)
}

// embeddedCue reports comma segments before a cue at token last that
// read "<name>, <a role> said, ...": two segments, the last opening with
// "a" or "an" and running on to the cue with no comma of its own, and a
// comma right after a one-word cue. The cue is set into the clause about
// the name, and the role is who speaks ("Ruiz, a senior aide said, feels
// confident"); an apposition closes on its comma ("Mayor Smith, a
// Democrat, said").
func (a *attributor) embeddedCue(segs [][2]int, last int) bool {
	toks := a.txt.Tokens
	lastSeg := segs[len(segs)-1]
	return len(segs) == 2 && a.indefinite(lastSeg) && lastSeg[1] == last && last+1 < len(toks) &&
		toks[last].Norm != "," && toks[last+1].Norm == "," && a.sentOf[last+1] == a.sentOf[last]
}

// roleAfter reports a role or an anonymous source's word at token k,
// before last: "spokesman" in "a Vox spokesman".
func (a *attributor) roleAfter(k, last int) bool {
	if k >= last || a.txt.Tokens[k].Kind != segment.Word {
		return false
	}
	at := a.r.Attribution
	_, r := at.Roles.Longest(a.txt.Tokens, k, last)
	_, n := at.Anonymous.Longest(a.txt.Tokens, k, last)
	return r > 0 || n > 0
}
