package claims

import (
	"strings"

	"github.com/claimdiff/claimdiff/claims/english"
	"github.com/claimdiff/claimdiff/claims/names"
	"github.com/claimdiff/claimdiff/claims/segment"
)

// speaker is a resolved source of a claim.
type speaker struct {
	name        string
	typ         SpeakerType
	first, last int // tokens naming it in the text; first < 0 when none
}

// ok reports a speaker found: named, or a pronoun whose referent is
// unknown ("he said" with nobody to refer to), which still attributes.
func (s speaker) ok() bool { return s.name != "" || s.typ == SpeakerUnknown }

// named reports a speaker with a name to compare.
func (s speaker) named() bool { return s.name != "" }

// The methods in this file turn the noun phrase before a cue ("Mark Esper,
// the defence secretary,") or after one ("said the Pentagon") into a
// speaker, and keep what pronouns need: recent speakers and sentence
// subjects. They look back a bounded number of sentences, so resolution is
// O(1) per claim.

type sentenceSalience struct {
	subject  speaker // a person or organisation opening the sentence
	speakers []speaker
	persons  []speaker
}

// lookbackSentences bounds pronoun resolution, and salientPerSentence
// the speakers and people kept for each sentence.
const (
	lookbackSentences  = 4
	salientPerSentence = 8
)

// remember keeps a named speaker for pronouns to refer to; a speaker
// itself unknown ("he" with nobody to refer to) is no referent.
func (s *sentenceSalience) remember(sp speaker) {
	if sp.named() {
		s.speakers = keepRecent(s.speakers, sp)
	}
}

// keepRecent appends sp, keeping the last salientPerSentence.
func keepRecent(list []speaker, sp speaker) []speaker {
	if len(list) == salientPerSentence {
		copy(list, list[1:])
		list = list[:len(list)-1]
	}
	return append(list, sp)
}

func (a *attributor) salience(s int) *sentenceSalience {
	if a.recent[s] == nil {
		a.recent[s] = &sentenceSalience{}
	}
	return a.recent[s]
}

// forget drops salience older than the look-back window.
func (a *attributor) forget(s int) { delete(a.recent, s-lookbackSentences-1) }

// isLead reports a word skipped at the head of a speaker's phrase: an
// article, a coordinating conjunction ("but", "and"), "while", "as",
// "then", "so", "also", and the relative "which" and "that".
func isLead(w string) bool {
	return english.IsArticle(w) || w == "but" || w == "and" || w == "then" || w == "so" || w == "also" ||
		w == "while" || w == "as" || w == "which" || w == "that"
}

// verbGroupWords are the adverbs and quantifiers that stand between a
// speaker and the cue: "had also warned", "reportedly told", "both said".
var verbGroupWords = map[string]bool{"also": true, "previously": true, "later": true, "then": true,
	"reportedly": true, "allegedly": true, "repeatedly": true, "again": true, "both": true, "all": true,
	"personally": true, "publicly": true, "recently": true, "earlier": true, "once": true, "first": true,
	"not": true, "never": true, "apparently": true, "purportedly": true, "separately": true, "further": true,
	"long": true, "twice": true, "often": true, "always": true, "since": true}

// verbGroup reports a word of the verb group between a speaker and its
// cue: an auxiliary ("has said"), a negated one ("didn't say"), one of
// verbGroupWords, or a reflexive pronoun ("Trump himself said").
func verbGroup(w string) bool {
	return verbGroupWords[w] || english.IsReflexive(w) || len(w) > 3 && strings.HasSuffix(w, "n't") ||
		english.IsAuxiliary(w) && w != "'s" && w != "do" && w != "does" && w != "did" && w != "be" && w != "being" && w != "am" &&
			w != "'re" && w != "'m" && w != "having"
}

var pronouns = map[string]SpeakerType{"he": SpeakerPerson, "she": SpeakerPerson, "they": SpeakerOrganisation,
	"it": SpeakerOrganisation, "him": SpeakerPerson, "her": SpeakerPerson}

// npBefore returns the noun phrase ending before token end (exclusive):
// back over auxiliaries, then back to a boundary (sentence start, quote
// mark, colon, semicolon, "that", or 12 tokens).
func (a *attributor) npBefore(end, sentFirst int) (int, int) {
	toks := a.txt.Tokens
	for end > sentFirst && (verbGroup(toks[end-1].Norm) || a.adverbAt(end-1) || a.mannerAdverb(end-1) ||
		toks[end-1].Norm == "did" || toks[end-1].Norm == "does" || toks[end-1].Norm == "n't") {
		end-- // "has long complained", "is already claiming", "did not respond"
	}
	// After an appositive ("Hamas, the group that runs Gaza, said") a
	// relative pronoun does not end the phrase.
	appositive := end > sentFirst && toks[end-1].Norm == ","
	start := end
	for start > sentFirst && end-start < 24 {
		t := toks[start-1]
		if t.Norm == ")" && start == end {
			// "the US Department of Justice (DoJ) said": over the aside
			k := start - 1
			for k > sentFirst && k > end-8 && toks[k].Norm != "(" {
				k--
			}
			if toks[k].Norm == "(" {
				start = k
				continue
			}
		}
		if a.inQuote[start-1] >= 0 || markOf(a.txt, start-1) != notMark || t.Norm == ":" || t.Norm == ";" ||
			t.Norm == "—" || t.Norm == "–" || t.Norm == "(" || t.Norm == ")" {
			break
		}
		// "dealing with what the governor said was a fire": a free
		// relative opens the speaker's clause
		if !appositive && (t.Norm == "that" || t.Norm == "who" || t.Norm == "which" || t.Norm == "what") {
			break
		}
		// "He said he'll support", "polls show voters support": a verb
		// or an auxiliary inside the phrase ends it, the clause it heads
		// is no part of the speaker
		if !appositive && start < end && a.clauseVerb(start-1) {
			break
		}
		// "... under Obama's program and Trump says": a clause before
		// "and" is no part of the speaker ("Bill and Hillary Clinton" is)
		if !appositive && (t.Norm == "and" || t.Norm == "but") && start-2 >= sentFirst && start < end {
			if p := toks[start-2]; p.Kind == segment.Word && !p.Cap || p.Norm == "," {
				break
			}
		}
		start--
	}
	// "Buy Photo A Detroit police officer said": not over a caption
	for k := end - 1; k >= start; k-- {
		if _, n := a.r.Attribution.Captions.Longest(toks, k, end); n > 0 {
			return k + n, end
		}
	}
	return start, end
}

// clauseVerb reports a token that is a verb heading a clause of its own:
// an auxiliary other than the possessive "'s", or a cue of any class used
// as a verb ("said", "show", not "the report").
func (a *attributor) clauseVerb(k int) bool {
	t := a.txt.Tokens[k]
	if t.Kind != segment.Word || t.Cap {
		return false
	}
	if t.Norm != "'s" && (english.IsAuxiliary(t.Norm) || t.Norm == "n't" || t.Norm == "'ll") {
		return true
	}
	if _, n, _ := a.cue(k, k+1); n == 1 && k > 0 && !a.nounUse(k, k-1) && !a.r.Attribution.Documents.Has(t.Norm) {
		return true
	}
	return false
}

// npAfter returns the noun phrase starting at token start: up to a comma,
// period, quote mark or 8 tokens.
func (a *attributor) npAfter(start, sentLast int) (int, int) {
	toks := a.txt.Tokens
	end := start
	for end < sentLast && end-start < 8 {
		t := toks[end]
		if t.Kind == segment.Punct && !(t.Norm == "." && end > start && (segment.IsAbbreviation(toks[end-1].Norm) || initial(a.txt, end-1))) && t.Norm != "'" && t.Norm != "-" {
			break
		}
		if a.inQuote[end] >= 0 {
			break
		}
		if end > start && (t.Norm == "that" || t.Norm == "on" || t.Norm == "in" || t.Norm == "at" || t.Norm == "after" ||
			t.Norm == "before" || t.Norm == "when" || t.Norm == "who" || t.Norm == "which" || t.Norm == "during" ||
			t.Norm == "told" || t.Norm == "said" || t.Norm == "and") {
			break
		}
		end++
	}
	return start, end
}

// initial reports a one-letter capital at token k: the "H" of "Paul H.
// Chipok".
func initial(txt *segment.Text, k int) bool {
	t := txt.Tokens[k]
	return t.End-t.Start == 1 && t.Cap
}

// resolve types the noun phrase [first, last) as a speaker. sent is its
// sentence, for pronouns.
func (a *attributor) resolve(first, last, sent int) speaker {
	sp := a.resolvePhrase(first, last, sent)
	if sp.ok() && sp.first >= first && sp.last <= last && !(sp.last-sp.first == 1 && isPronounLike(a.txt.Tokens[sp.first].Norm)) {
		sp.first, sp.last = a.extent(sp.first, sp.last, first, last)
		if sp.last+1 == last && a.txt.Tokens[sp.last].Norm == "," && a.holdsComma(sp.first, sp.last) {
			sp.last++ // "Peter Carr, a spokesman," closes with its comma
		}
	}
	return sp
}

// holdsComma reports a comma among tokens [first, last): an apposition.
func (a *attributor) holdsComma(first, last int) bool {
	for k := first; k < last; k++ {
		if a.txt.Tokens[k].Norm == "," {
			return true
		}
	}
	return false
}

// isPronounLike reports a pronoun or relative pronoun speaker span.
func isPronounLike(w string) bool {
	_, ok := pronouns[w]
	return ok || w == "who" || w == "which"
}

// extent widens a speaker's span [f, l) to the noun phrase that names it
// within the phrase [pf, pl): the article, titles and capitalised or role
// words before the name ("the nonpartisan Congressional Budget Office" less
// "nonpartisan", "Mr. Trump", "GOP frontrunner Donald Trump"), and an
// apposition after it that runs to the cue ("Jack Mozloom, a spokesman for
// the federation,").
func (a *attributor) extent(f, l, pf, pl int) (int, int) {
	toks := a.txt.Tokens
	at := a.r.Attribution
	for f > pf {
		t := toks[f-1]
		_, title := a.r.Titles.Longest(toks, f-1, f)
		_, role := at.Roles.Longest(toks, f-1, f)
		switch {
		case english.IsArticle(t.Norm), title > 0, role > 0:
		case t.Norm == "." && f-2 >= pf && segment.IsAbbreviation(toks[f-2].Norm):
		case t.Kind == segment.Word && t.Cap && !functionWord(t.Norm):
		case english.IsQuantifier(t.Norm) && (!t.Cap || a.opensSentence(f-1)):
			// "some Democrats", "one New Hampshire Democrat"
		case t.Norm == "of" && f-2 >= pf && (a.quantity(pf, f-1) || english.IsQuantifier(toks[f-2].Norm)):
			// "75 percent of Democrats", "most of the senators"
		case t.Norm == "of" && f-2 >= pf && toks[f-2].Cap && toks[f].Cap && !functionWord(toks[f-2].Norm):
			// "Secretary of State John F. Kerry", "The Hollywood Chamber
			// of Commerce"
		case t.Norm == "and" && f-2 >= pf && toks[f-2].Cap && toks[f].Cap:
			// "Bernie Sanders and Hillary Clinton said": the span holds
			// both; the name stays the one next to the cue
		default:
			return a.modifiers(f, pf), a.apposition(l, pl)
		}
		f--
	}
	return f, a.apposition(l, pl)
}

// maxModifiers bounds the lower-case words a speaker's span takes in
// before its name.
const maxModifiers = 6

// modifiers widens a speaker's span starting at f over the lower-case
// words before it when they run back to the phrase start pf (or an article
// after it): "former Obama adviser David Axelrod", "political scientist
// Christopher Wlezien" — nothing clause-like, no function words.
func (a *attributor) modifiers(f, pf int) int {
	toks := a.txt.Tokens
	k := f
	for k > pf && f-k < maxModifiers {
		t := toks[k-1]
		if english.IsArticle(t.Norm) {
			return k - 1
		}
		if t.Cap && !functionWord(t.Norm) && t.Kind == segment.Word || t.Norm == "'s" && k-1 > pf && toks[k-2].Cap {
			// "Democratic presidential front-runner Hillary Clinton",
			// "Commentary's Noah Rothman"
			k--
			continue
		}
		if t.Kind != segment.Word && t.Norm != "-" || t.Cap || functionWord(t.Norm) || english.IsFunctionWord(t.Norm) ||
			strings.HasSuffix(t.Norm, "ly") || strings.HasSuffix(t.Norm, "ing") || strings.HasSuffix(t.Norm, "ed") && t.Norm != "self-described" ||
			a.inQuote[k-1] >= 0 {
			return f
		}
		k--
	}
	if k == pf {
		return k
	}
	return f
}

// apposition returns the end of what follows a name ending at l and runs
// to the phrase end pl, the cue side: an apposition closed by a comma
// (", a spokesman for the office,", ", who runs the NRA's lobbying arm,")
// or a prepositional phrase ("A producer for Yahoo Studios told"). It
// returns l when there is none, or when what follows describes the
// occasion, not the speaker (", speaking at a rally,", ", in Kentucky,",
// ", for instance,").
func (a *attributor) apposition(l, pl int) int {
	toks := a.txt.Tokens
	if l >= pl || pl-l > maxApposition {
		return l
	}
	switch toks[l].Norm {
	case "of", "for", "from", "at", "with", "in", "to":
		if pl-l <= maxPrepTail && a.plainTail(l+1, pl) {
			return pl
		}
		return l
	case ",":
	default:
		if pl-l <= 3 && a.plainNouns(l, pl) {
			return pl // "The Cruz campaign", "A 2014 House Intelligence Committee report"
		}
		return l
	}
	if pl-l <= 2 || toks[pl-1].Norm != "," {
		return l
	}
	n := toks[l+1]
	if !n.Cap && (strings.HasSuffix(n.Norm, "ing") || strings.HasSuffix(n.Norm, "ed")) ||
		english.IsPreposition(n.Norm) && n.Norm != "from" && n.Norm != "of" ||
		english.IsDiscourseAdverb(n.Norm) || n.Norm == "though" || n.Norm == "however" {
		// ", from the Council on Foreign Relations," stays: an affiliation
		return l
	}
	for k := l + 1; k < pl; k++ {
		if markOf(a.txt, k) != notMark || a.inQuote[k] >= 0 {
			return l
		}
	}
	return pl
}

// maxApposition bounds an apposition a speaker's span takes in, and
// maxPrepTail a prepositional phrase.
const (
	maxApposition = 30
	maxPrepTail   = 8
)

// plainTail reports tokens [from, to) that can end a noun phrase: words,
// numbers and possessives, with no verb group, relative or personal
// pronoun, participle or punctuation but a hyphen.
func (a *attributor) plainTail(from, to int) bool {
	if from >= to {
		return false
	}
	for k := from; k < to; k++ {
		t := a.txt.Tokens[k]
		switch {
		case t.Kind == segment.Number, t.Norm == "'s", t.Norm == "-", t.Norm == "&":
		case t.Norm == "." && k > from && segment.IsAbbreviation(a.txt.Tokens[k-1].Norm):
		case t.Kind != segment.Word, verbGroup(t.Norm), pronouns[t.Norm] != "", t.Norm == "who", t.Norm == "which", t.Norm == "that",
			!t.Cap && (strings.HasSuffix(t.Norm, "ing") || strings.HasSuffix(t.Norm, "ed")):
			return false
		}
	}
	return true
}

// functionWord reports a closed-class word capitalised only because it
// opens a sentence.
func functionWord(w string) bool {
	return isLead(w) || english.IsCommonPreposition(w) || pronouns[w] != "" || verbGroup(w) || functionLike(w)
}

// resolvePhrase does the work of resolve; the span it returns covers the
// name only.
func (a *attributor) resolvePhrase(first, last, sent int) speaker {
	toks := a.txt.Tokens
	first, last = a.trimPhrase(first, last)
	// An article stays in the speaker's span ("the mayor") but not its name.
	det := first
	for first < last && isLead(toks[first].Norm) {
		first++
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
	if segs := splitCommas(toks, first, last); len(segs) > 1 {
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

// trimPhrase narrows a speaker's phrase [first, last) to the words that
// can name the speaker: no leading comma, subordinator or lead word other
// than an article ("when Trump"), no trailing verb or adverb ("A Detroit
// police officer vividly"), no time ("Police this morning") and no
// parenthesised abbreviation ("the US Department of Justice (DoJ)").
func (a *attributor) trimPhrase(first, last int) (int, int) {
	toks := a.txt.Tokens
	for first < last && (toks[first].Norm == "," || isLead(toks[first].Norm) && !english.IsArticle(toks[first].Norm) ||
		english.IsSubordinator(toks[first].Norm) && toks[first].Norm != "as") {
		first++ // "when Trump", "where local party leaders"
	}
	for last > first && (toks[last-1].Norm == "," || verbGroup(toks[last-1].Norm) ||
		last-2 >= first && english.IsDiscourseAdverb(toks[last-1].Norm) && !toks[last-1].Cap && !isLead(toks[last-2].Norm)) {
		last-- // "A Detroit police officer vividly", not "the family"
	}
	// "Police this morning", "officials on Tuesday": the time is no part
	// of the speaker
	for k := first + 1; k < last; k++ {
		if n := toks[k].Norm; english.IsTimeWord(n) && a.timeTail(k+1, last) {
			if p := toks[k-1].Norm; p == "this" || p == "last" || p == "on" || p == "late" || p == "early" || p == "earlier" {
				last = k - 1
			} else if n == "today" || n == "yesterday" || n == "tonight" {
				last = k
			}
			break
		}
	}
	if last > first && toks[last-1].Norm == ")" {
		for k := last - 2; k > first; k-- {
			if toks[k].Norm == "(" {
				last = k // "the US Department of Justice (DoJ)"
				break
			}
		}
	}
	return first, last
}

// shortSpeaker resolves the phrases settled by their few words: a
// pronoun, a part of a group ("47 percent"), an anonymous plural
// ("Officials said"). It reports whether it settled the phrase.
func (a *attributor) shortSpeaker(det, first, last, sent int) (speaker, bool) {
	toks := a.txt.Tokens
	if last-first == 1 {
		if n := toks[first].Norm; n == "i" || n == "we" || n == "you" {
			// "I said", "we believe": the writer or a group, never resolved
			return speaker{typ: SpeakerUnknown, first: first, last: first + 1}, true
		}
		if typ, ok := pronouns[toks[first].Norm]; ok {
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

// commaSpeaker resolves a phrase in comma segments segs (ending at last):
// a segment that is wholly a name, the last one first; the person a role
// stands beside; the segment next to the cue. When none settles it
// (done false), it returns the segment to go on with, [first, last).
func (a *attributor) commaSpeaker(segs [][2]int, last, sent int) (sp speaker, first, end int, done bool) {
	toks := a.txt.Tokens
	if e, ok := a.affiliated(segs); ok {
		return e, 0, 0, true
	}
	if len(segs) >= 2 && a.placeQualifier(segs[len(segs)-2], segs[len(segs)-1]) {
		// "a woman in Worcester, Massachusetts,": the state says where
		// Worcester is; the speaker is the phrase before it
		prev := segs[len(segs)-2]
		if sp := a.resolve(prev[0], prev[1], sent); sp.ok() {
			if sp.last == prev[1] {
				sp.last = segs[len(segs)-1][1]
			}
			return sp, 0, 0, true
		}
		if len(segs) == 2 {
			return speaker{}, 0, 0, true
		}
		segs = segs[:len(segs)-1]
	}
	for _, k := range []int{len(segs) - 1, 0} {
		if s := a.wholeEntity(segs[k][0], segs[k][1]); s.ok() && !a.introWord(segs[k]) {
			// "Peter Carr, a spokesman for ...": the role now names Carr
			other := segs[len(segs)-1-k]
			if s.typ == SpeakerPerson && other != segs[k] {
				role := a.roleHead(other[0], other[1])
				if role != "" {
					a.roles[role] = s.name
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
	if role := a.roleHead(lastSeg[0], lastSeg[1]); role != "" && !toks[lastSeg[0]].Cap {
		if e, ok := a.personBeside(segs[len(segs)-2]); ok {
			a.roles[role] = e.name
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
	// "Puerto Rico was also hit, with President Trump declaring": a
	// clause is no speaker
	if end-first > 8 {
		return speaker{}, 0, 0, true
	}
	for k := first; k < end; k++ {
		if n := toks[k].Norm; verbGroup(n) || n == "with" || pronouns[n] != "" {
			return speaker{}, 0, 0, true
		}
	}
	return speaker{}, first, end, false
}

// placeQualifier reports a comma segment seg of capitalised words only
// (at most three) that follows a segment prev ending in a place named
// after a preposition: "in Worcester, Massachusetts", "from Boston, USA".
func (a *attributor) placeQualifier(prev, seg [2]int) bool {
	toks := a.txt.Tokens
	if seg[1]-seg[0] > 3 || !capitalised(toks, seg[0], seg[1]) || !toks[prev[1]-1].Cap {
		return false
	}
	for k := prev[1] - 1; k > prev[0]; k-- {
		if !toks[k].Cap {
			n := toks[k].Norm
			return n == "in" || n == "from" || n == "of" || n == "at" || n == "near"
		}
	}
	return false
}

// plainRole reports a comma segment that is a role phrase and nothing
// else: no verb group, relative pronoun or quote ("Carter's press
// secretary", "an Israeli blogger").
func (a *attributor) plainRole(seg [2]int) bool {
	toks := a.txt.Tokens
	open := toks[seg[0]]
	if !english.IsDeterminer(open.Norm) && !english.IsPronoun(open.Norm) && !english.IsQuantifier(open.Norm) &&
		(!open.Cap || functionWord(open.Norm) || english.IsDiscourseAdverb(open.Norm)) {
		return false
	}
	for k := seg[0]; k < seg[1]; k++ {
		n := a.txt.Tokens[k].Norm
		if verbGroup(n) || n == "who" || n == "which" || n == "that" || a.inQuote[k] >= 0 || markOf(a.txt, k) != notMark {
			return false
		}
	}
	return seg[1]-seg[0] <= 8
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
		if _, known := a.surnames[strings.ToLower(p.name)]; title > 0 || known || strings.Contains(p.name, " ") {
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

// properOnly reports a comma segment of proper names only: capitalised
// words joined by "of", "the", "and", "for" ("Johns Hopkins Bloomberg
// School of Public Health", "USA").
func (a *attributor) properOnly(seg [2]int) bool {
	for k := seg[0]; k < seg[1]; k++ {
		switch t := a.txt.Tokens[k]; {
		case t.Cap, t.Kind == segment.Punct:
		case t.Norm == "of" || t.Norm == "the" || t.Norm == "and" || t.Norm == "for":
		default:
			return false
		}
	}
	return true
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
		if e.typ == SpeakerPerson && (e.last == seg[1] || toks[e.last].Norm == "of" || toks[e.last].Norm == "from") {
			return e, true
		}
		k += n
	}
	return speaker{}, false
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
	if english.IsCommonPreposition(toks[first].Norm) {
		return speaker{}
	}
	for p := first + 1; p < last; p++ {
		if english.IsCommonPreposition(toks[p].Norm) && toks[p].Norm != "of" {
			// "a statement from the Pentagon": the source is the author
			if n := toks[p].Norm; (n == "from" || n == "by") && a.byHead(first, p).typ == SpeakerDocument {
				if sp := a.resolve(p+1, last, sent); sp.ok() {
					return sp
				}
			}
			return a.resolve(det, p, sent)
		}
	}
	for i := first; i < last; i++ {
		if _, n := a.r.Attribution.Media.Longest(toks, i, last); n > 0 {
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
			if !(best.typ == SpeakerPerson && strings.Contains(best.name, " ") && best.last+1 == i && (toks[best.last].Norm == "of" || toks[best.last].Norm == "from")) {
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

// roleHeaded resolves a phrase headed by a lower-case noun: by its head,
// as a role, or, for an article and a few plain nouns ("the admiral
// said"), as someone not named. It reports whether it resolved it.
func (a *attributor) roleHeaded(det, first, last int) (speaker, bool) {
	toks := a.txt.Tokens
	if sp := a.byHead(first, last); sp.ok() {
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
	if det < first && english.IsArticle(toks[det].Norm) && last-first <= 3 && a.plainNouns(first, last) {
		return speaker{name: a.unnamed(det, last), typ: SpeakerPerson, first: det, last: last}, true
	}
	return speaker{}, false
}

// timeTail reports that tokens [from, last) are all time words or
// numbers: the rest of a time phrase that ends a speaker's phrase.
func (a *attributor) timeTail(from, last int) bool {
	for k := from; k < last; k++ {
		if t := a.txt.Tokens[k]; t.Kind != segment.Number && !english.IsTimeWord(t.Norm) {
			return false
		}
	}
	return true
}

// approximators may open a quantity: "nearly half", "more than 4 in 10".
var approximators = map[string]bool{"about": true, "nearly": true, "almost": true, "around": true, "roughly": true,
	"more": true, "than": true, "fewer": true, "less": true, "only": true, "just": true, "over": true,
	"under": true, "at": true, "least": true, "some": true, "a": true, "the": true, "mere": true, "barely": true,
	"fully": true, "close": true, "to": true, "an": true, "estimated": true}

// quantity reports a phrase naming a part of a group by its size: "47
// percent", "nearly half", "a third of voters", "Six in 10 Democratic
// voters", "majorities in all five".
func (a *attributor) quantity(first, last int) bool {
	toks := a.txt.Tokens
	if last-first > 9 {
		return false
	}
	k := first
	for k < last-1 && approximators[toks[k].Norm] {
		k++
	}
	if t := toks[k]; !(t.Kind == segment.Number || english.IsQuantifier(t.Norm)) || a.inQuote[k] >= 0 {
		return false
	}
	if h := toks[last-1]; h.Cap && last-1 > k {
		return false // "2017 Kerry": a name after a year
	}
	for j := k + 1; j < last; j++ {
		t := toks[j]
		switch {
		case t.Kind == segment.Number, t.Norm == "%", t.Norm == "-":
		case t.Kind != segment.Word:
			return false
		case t.Norm == "of" || t.Norm == "in" || t.Norm == "the" || t.Norm == "all" || t.Norm == "those":
		case english.IsFunctionWord(t.Norm) || strings.HasSuffix(t.Norm, "ed") && !t.Cap:
			return false
		}
	}
	return true
}

// roleWords are the function words a role phrase may contain.
var roleWords = map[string]bool{"of": true, "the": true, "'s": true, "most": true, "senior": true, "top": true, "former": true, "chief": true}

// isRole accepts a short noun phrase naming a role: a name or possessive
// modifying lower-case nouns ("Iraq's prime minister", "the Shia cleric"),
// and nothing clause-like ("her campaign would continue").
func (a *attributor) isRole(first, last int) bool {
	toks := a.txt.Tokens
	if last-first < 2 || last-first > 7 || a.inQuote[last-1] >= 0 {
		return false
	}
	modified := false
	for i := first; i < last; i++ {
		t := toks[i]
		switch {
		case t.Cap || t.Norm == "'s":
			modified = true
		case t.Norm == "." && i > first && segment.IsAbbreviation(toks[i-1].Norm): // "Mrs. Clinton's confidants"
		case t.Kind != segment.Word || functionLike(t.Norm) && !roleWords[t.Norm]:
			return false
		case strings.HasSuffix(t.Norm, "ed") || strings.HasSuffix(t.Norm, "ing") || strings.HasSuffix(t.Norm, "ly"):
			return false
		}
	}
	return modified
}

// plainNouns reports lower-case words that may be nouns: no closed-class
// word, participle or adverb ("editorial board", not "attack was made").
func (a *attributor) plainNouns(first, last int) bool {
	for k := first; k < last; k++ {
		t := a.txt.Tokens[k]
		if t.Kind != segment.Word || t.Cap || functionLike(t.Norm) || a.inQuote[k] >= 0 ||
			strings.HasSuffix(t.Norm, "ed") || strings.HasSuffix(t.Norm, "ing") || strings.HasSuffix(t.Norm, "ly") {
			return false
		}
	}
	return true
}

// functionLike reports a word that never stands in a role phrase: any
// closed-class word, or a quantifier ("all", "half").
func functionLike(w string) bool { return english.IsFunctionWord(w) || english.IsQuantifier(w) }

// byHead types a phrase by the words in it: anonymous ("officials"),
// organisation ("police", "the ministry"), document ("a statement").
func (a *attributor) byHead(first, last int) speaker {
	toks := a.txt.Tokens
	at := a.r.Attribution
	for i := first; i < last; i++ {
		if _, n := at.Anonymous.Longest(toks, i, last); n > 0 {
			return speaker{name: a.unnamed(first, last), typ: SpeakerAnonymous, first: first, last: last}
		}
	}
	for i := first; i < last; i++ {
		if _, n := at.Organisations.Longest(toks, i, last); n > 0 {
			return speaker{name: a.text(first, last), typ: SpeakerOrganisation, first: first, last: last}
		}
	}
	for i := first; i < last; i++ {
		if _, n := at.Documents.Longest(toks, i, last); n > 0 {
			return speaker{name: a.unnamed(first, last), typ: SpeakerDocument, first: first, last: last}
		}
	}
	return speaker{}
}

// introWord reports a one-word segment opening a sentence that is an
// adverb, not a speaker: "Significantly," "Meanwhile," "First,". A name
// in its place ("Barkley, who said ...,") is a speaker.
func (a *attributor) introWord(seg [2]int) bool {
	if seg[1]-seg[0] != 1 {
		return false
	}
	i := seg[0]
	if i > 0 && a.txt.Tokens[i-1].Newlines == 0 && a.txt.Tokens[i-1].Norm == "," {
		return false // "Then, in 2017, Kerry said": not the sentence's opening
	}
	return english.IsDiscourseAdverb(a.txt.Tokens[i].Norm)
}

func splitCommas(toks []segment.Token, first, last int) [][2]int {
	var segs [][2]int
	start := first
	for i := first; i <= last; i++ {
		if i == last || toks[i].Norm == "," {
			if i > start {
				segs = append(segs, [2]int{start, i})
			}
			start = i + 1
		}
	}
	return segs
}

// wholeEntity returns the entity that [first, last) names exactly, titles
// and determiners aside.
func (a *attributor) wholeEntity(first, last int) speaker {
	toks := a.txt.Tokens
	for first < last && isLead(toks[first].Norm) {
		first++
	}
	// over titles: "Mr. Guerrero", "Det. Jane Roe"
	for first < last {
		_, n := a.r.Titles.Longest(toks, first, last)
		if n == 0 || first+n == last {
			break
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

// entity reads an entity at token i: an alias, or a capitalised name run
// (titles included), typed person, organisation or media.
func (a *attributor) entity(i, limit int) (speaker, int) {
	toks := a.txt.Tokens
	if a.in.Cover(i) >= 0 {
		return speaker{}, 0
	}
	name, n := a.r.Aliases.Lookup(a.txt, i, limit)
	alias := n > 0 // "the US president" is Donald Trump
	if n == 0 {
		if dateline(a.txt, i) {
			return speaker{}, 0
		}
		j := names.Forward(a.txt, i, limit, a.in.Free)
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
			}
		}
		for k := j - 2; k >= from; k-- {
			if _, rn := a.r.Attribution.Roles.Longest(toks, k, k+1); rn == 1 {
				from = k + 1
				a.roles[toks[k].Norm] = a.names.normalize(a.text(from, j))
				break
			}
		}
		name = a.names.normalize(a.text(from, j))
	}
	sp := a.typed(name, i, i+n)
	if _, title := a.r.Titles.Longest(toks, i, i+n); sp.typ == SpeakerPerson && !alias && title == 0 && i > 0 && toks[i-1].Norm == "the" {
		// "the Lancet", "the Sunrise Movement": a person's name takes no
		// article
		sp.typ = SpeakerOrganisation
	}
	// "Ms. Griffin", "Mr. Trump": the title tells which pronoun refers
	// back to the name
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		if g := english.TitleGender(toks[k].Norm); g != 0 && sp.typ == SpeakerPerson {
			a.gender[sp.name] = g
			break
		}
		if toks[k].Norm != "." {
			break
		}
	}
	return sp, n
}

// typed classifies a canonical name and remembers surnames of people.
func (a *attributor) typed(name string, first, last int) speaker {
	s := speaker{name: name, first: first, last: last, typ: a.names.kind(name)}
	switch s.typ {
	case SpeakerPerson:
		s.typ = SpeakerPerson
		fields := strings.Fields(name)
		if len(fields) >= 2 {
			a.surnames[strings.ToLower(fields[len(fields)-1])] = name
		} else if full, ok := a.surnames[strings.ToLower(name)]; ok {
			s.name = full // "Mr Pompeo" after "Mike Pompeo"
		}
	}
	return s
}

// pronoun resolves he/she/they/it at token i of sentence sent to the most
// salient compatible speaker: someone named earlier in this sentence, the
// previous sentence's speaker or subject, then earlier speakers.
func (a *attributor) pronoun(typ SpeakerType, i, sent int) speaker {
	g := english.PronounGender(a.txt.Tokens[i].Norm)
	// genderFits: "she" is not Mr. Trump; a name of unknown sex fits either
	genderFits := func(s speaker) bool { return g == 0 || a.gender[s.name] == 0 || a.gender[s.name] == g }
	want := func(s speaker) bool {
		if !genderFits(s) {
			return false
		}
		if typ == SpeakerPerson {
			// a one-word "person" never named in full ("UPDATE", "Ahead",
			// "Trumps") is too weak to stand behind a pronoun
			return s.typ == SpeakerPerson && (strings.Contains(s.name, " ") || !a.txt.Tokens[s.first].Cap)
		}
		return s.typ == SpeakerOrganisation || s.typ == SpeakerAnonymous || s.typ == SpeakerMedia
	}
	// a one-word name that spoke ("..., Lisa said") is strong enough
	wantSpeaker := func(s speaker) bool {
		return want(s) || typ == SpeakerPerson && s.typ == SpeakerPerson && genderFits(s)
	}
	pick := func(s speaker) speaker {
		return speaker{name: s.name, typ: s.typ, first: i, last: i + 1}
	}
	if cur := a.recent[sent]; cur != nil {
		for k := len(cur.speakers) - 1; k >= 0; k-- {
			if wantSpeaker(cur.speakers[k]) && cur.speakers[k].first < i {
				return pick(cur.speakers[k])
			}
		}
		if want(cur.subject) && cur.subject.first < i {
			return pick(cur.subject)
		}
	}
	for s := sent - 1; s >= sent-lookbackSentences && s >= 0; s-- {
		ss := a.recent[s]
		if ss == nil {
			continue
		}
		for k := len(ss.speakers) - 1; k >= 0; k-- {
			if wantSpeaker(ss.speakers[k]) {
				return pick(ss.speakers[k])
			}
		}
		if want(ss.subject) {
			return pick(ss.subject)
		}
	}
	for s := sent - 1; s >= sent-lookbackSentences && s >= 0; s-- {
		if ss := a.recent[s]; ss != nil {
			for k := len(ss.persons) - 1; k >= 0; k-- {
				if want(ss.persons[k]) {
					return pick(ss.persons[k])
				}
			}
		}
	}
	return speaker{}
}

func (a *attributor) text(first, last int) string {
	return a.txt.Src[a.txt.Tokens[first].Start:a.txt.Tokens[last-1].End]
}

// unnamed is the text of a phrase naming no one in particular ("US
// media", "Iraqi officials", "a statement"), as the article writes it,
// except that a first word capitalised only because it opens the sentence
// is lower-cased: "Officials said" -> "officials", "The statement said"
// -> "the statement". A word the document writes capitalised elsewhere
// in a sentence, or an acronym, keeps its capital.
func (a *attributor) unnamed(first, last int) string {
	t := a.text(first, last)
	tok := a.txt.Tokens[first]
	if !tok.Cap || a.proper[tok.Norm] && !functionLike(tok.Norm) || !a.opensSentence(first) {
		return t
	}
	w := a.txt.Src[tok.Start:tok.End]
	if strings.ToUpper(w) == w && len(w) > 1 {
		return t // an acronym: "UN officials"
	}
	return strings.ToLower(w) + t[len(w):]
}

// opensSentence reports a token that opens its sentence, past at most a
// few opening quote marks or brackets.
func (a *attributor) opensSentence(i int) bool {
	first := a.txt.Sentences[a.sentOf[i]].First
	toks := a.txt.Tokens
	for j := i - 1; j >= first; j-- {
		if toks[j].Kind == segment.Word || toks[j].Kind == segment.Number || i-j > 3 {
			return false
		}
	}
	return true
}

// roleHead returns the role noun heading [first, last), lower-case, or ""
// for none: "a spokesman for Mueller's office" -> "spokesman".
func (a *attributor) roleHead(first, last int) string {
	toks := a.txt.Tokens
	end := last
	for k := first; k < last; k++ {
		if english.IsCommonPreposition(toks[k].Norm) {
			end = k
			break
		}
	}
	if end <= first {
		return ""
	}
	if _, n := a.r.Attribution.Roles.Longest(toks, end-1, end); n > 0 && !toks[end-1].Cap {
		return toks[end-1].Norm
	}
	if end-first >= 2 {
		if _, n := a.r.Attribution.Roles.Longest(toks, end-2, end); n == 2 {
			return toks[end-2].Norm + " " + toks[end-1].Norm
		}
	}
	return ""
}

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
		t := toks[k]
		if k == first && (english.IsQuantifier(t.Norm) || t.Norm == "one" || t.Norm == "another") && last-first > 1 {
			continue // "one longtime adviser to Bill Clinton"
		}
		if t.Kind != segment.Word && t.Norm != "'s" && t.Norm != "-" || functionLike(t.Norm) && !roleWords[t.Norm] && !english.IsCommonPreposition(t.Norm) {
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

// dateline reports an all-capitals place opening a dateline ("SANDUSKY,
// Ohio (AP) —"): not a speaker.
func dateline(txt *segment.Text, i int) bool {
	t := txt.Tokens[i]
	w := txt.Src[t.Start:t.End]
	if len(w) < 4 || strings.ToUpper(w) != w || strings.ToLower(w) == w {
		return false
	}
	// over the rest of the place: "MIAMI-DADE COUNTY, Fla."
	for k := i + 1; k < len(txt.Tokens) && k <= i+5; k++ {
		t := txt.Tokens[k]
		if t.Norm == "," || t.Norm == ":" {
			return true
		}
		if w := txt.Src[t.Start:t.End]; t.Norm != "-" && strings.ToUpper(w) != w {
			return false
		}
	}
	return false
}

// capitalised reports a phrase that is all capitalised words and name
// connectors: "Department of Health and Human Services".
func capitalised(toks []segment.Token, first, last int) bool {
	if !toks[first].Cap || !toks[last-1].Cap {
		return false
	}
	for k := first; k < last; k++ {
		if t := toks[k]; !t.Cap && t.Norm != "of" && t.Norm != "for" && t.Norm != "and" && t.Norm != "&" && t.Norm != "the" && t.Norm != "'s" {
			return false
		}
	}
	return true
}
