package claims

import (
	"strings"

	"github.com/claimdiff/claimdiff/claims/english"
	"github.com/claimdiff/claimdiff/claims/mention"
	"github.com/claimdiff/claimdiff/claims/segment"
)

// Noun-phrase bounds: the phrase before a cue ("Mark Esper, the defence
// secretary,") or after one ("said the Pentagon"), its modifiers,
// appositions and tails.

// maxParenAside bounds the bracketed aside a speaker's phrase runs over:
// "Sen. Paul Denton (a Vermont Democrat so young he has been taken for
// an intern) says".
const maxParenAside = 16

// phraseBoundary reports a mark at token k, a Punct token, that a noun
// phrase read back from its end stops at (npBefore): a quotation mark, a
// colon or semicolon, a dash, a bracket. A word is none: the test of the
// token's kind, asked before the call, spares the words of a phrase it.
func phraseBoundary(txt *segment.Text, k int) bool {
	t := &txt.Tokens[k]
	return markOf(txt, k) != notMark || pairedApostrophe(txt, k) || t.Norm == ":" || t.Norm == ";" ||
		t.Norm == "—" || t.Norm == "–" || t.Norm == "(" || t.Norm == ")" || spacedDash(txt, k)
}

// npBefore returns the noun phrase ending before token end (exclusive):
// back over auxiliaries, then back to a boundary (sentence start, quote
// mark, colon, semicolon, "that", or 24 tokens).
func (a *attributor) npBefore(end, sentFirst int) (int, int) {
	toks := a.txt.Tokens
	for end > sentFirst && (a.inVerbGroup(end-1) || toks[end-1].Norm == "did" || toks[end-1].Norm == "does" || toks[end-1].Norm == "n't") {
		end-- // "has long complained", "is already claiming", "did not respond"
	}
	if t := &toks[max(end-1, 0)]; end-1 > sentFirst && t.Kind == segment.Word && !t.Cap && english.IsPastFormKey(t.Key, t.Norm) && toks[end-2].Cap && toks[end-2].Kind == segment.Word && a.inQuote[end-2] < 0 && !functionWord(&toks[end-2]) {
		// "Trump shot back", "Donald Trump began tweeting", "President
		// Obama spent Thursday discussing": a name's past verb is no
		// part of the phrase (but "Those polled said": "Those" is none)
		end--
	}
	// After an appositive ("Hamas, the group that runs Gaza, said") a
	// relative pronoun does not end the phrase.
	appositive := end > sentFirst && toks[end-1].Norm == ","
	start := end
	for start > sentFirst && end-start < 24 {
		t := &toks[start-1]
		if t.Norm == ")" && (start == end || appositive && (start == end-1 || toks[start].Norm == ",")) {
			// "the Greater Leeds City Corporation (GLCC),
			// warned": an apposition may close on the aside too
			// "the US Department of Justice (DoJ) said": over the aside;
			// "Rep. Dale Hurst (R-Ohio), the panel's chairman, said":
			// over the aside before an apposition
			k := start - 1
			for k > sentFirst && k > start-maxParenAside && toks[k].Norm != "(" {
				k--
			}
			if toks[k].Norm == "(" {
				start = k
				continue
			}
		}
		if a.inQuote[start-1] >= 0 || t.Kind == segment.Punct && phraseBoundary(a.txt, start-1) {
			break
		}
		// "If it does not slow down, forecasters say", "57 percent see
		// Trump negatively while 61 percent say", "News of the removal
		// comes after a US defense official said": an adverbial clause
		// before the speaker's opens the speaker's, and is no part of it
		if !appositive && start < end && english.IsAdverbialSubordinatorKey(t.Key, t.Norm) {
			break
		}
		// "handling what the mayor said was a flood", "which is
		// why executives there indicate": a free relative opens the
		// speaker's clause; "Ruiz, whose brother said": the brother
		// speaks, not Ruiz (but "Residents whose homes flooded said",
		// a clause with its own verb, restricts the speaker)
		if !appositive && (t.Norm == "that" || t.Norm == "who" || t.Norm == "which" || t.Norm == "what" || t.Norm == "why" || t.Norm == "whose" && start < end && a.plainNouns(start, end)) {
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
		if !a.r.Attribution.Captions.MayStart(&toks[k]) {
			continue // the call spared for most words
		}
		if _, n := a.r.Attribution.Captions.Longest(toks, k, end); n > 0 {
			return k + n, end
		}
	}
	return start, end
}

// npAfter returns the noun phrase starting at token start: up to a comma,
// period, quote mark or 8 tokens.
func (a *attributor) npAfter(start, sentLast int) (int, int) {
	toks := a.txt.Tokens
	end := start
	for end < sentLast && end-start < 8 {
		t := toks[end]
		if t.Kind == segment.Punct && !(t.Norm == "." && end > start && (segment.IsAbbreviationToken(&toks[end-1]) || initial(a.txt, end-1))) && t.Norm != "'" && t.Norm != "-" {
			break
		}
		if a.inQuote[end] >= 0 {
			break
		}
		if t.Norm == "and" && a.pairedModifiers(start, end, sentLast) {
			end++ // "according to current and former agency officials"
			continue
		}
		if end > start && (t.Norm == "that" || t.Norm == "on" || t.Norm == "in" || t.Norm == "at" || t.Norm == "after" ||
			t.Norm == "before" || t.Norm == "when" || t.Norm == "who" || t.Norm == "which" || t.Norm == "during" ||
			t.Norm == "told" || t.Norm == "said" || t.Norm == "and" || t.Norm == "whether" || t.Norm == "if" ||
			t.Norm == "about" || t.Norm == "why" || t.Norm == "how" || t.Norm == "what") {
			break
		}
		end++
	}
	return start, end
}

// pairedModifiers reports a lone lower-case word before the "and" at
// token end and another after it, both modifiers of the noun phrase that
// follows: "current and former officials", "past and present members".
// Nouns of the rules' vocabulary ("police and the suspect", "officials
// and experts") are no modifiers.
func (a *attributor) pairedModifiers(start, end, sentLast int) bool {
	if end != start+1 || end+2 >= sentLast {
		return false
	}
	at := a.r.Attribution
	for _, k := range [2]int{start, end + 1} {
		t := a.txt.Tokens[k]
		if t.Kind != segment.Word || t.Cap || functionWord(&t) || a.inQuote[k] >= 0 ||
			at.Anonymous.HasWordKey(t.Key, t.Norm) || at.Roles.HasWordKey(t.Key, t.Norm) || at.Organisations.HasWordKey(t.Key, t.Norm) {
			return false
		}
	}
	n := a.txt.Tokens[end+2]
	return n.Kind == segment.Word && !functionWord(&n)
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
		switch {
		case english.IsArticleKey(t.Key, t.Norm),
			// a title or role of one word, each list asked only where its
			// filter of first words, inlined, lets the word through
			a.r.Titles.MayStart(&t) && a.r.Titles.HasWordKey(t.Key, t.Norm),
			at.Roles.MayStart(&t) && at.Roles.HasWordKey(t.Key, t.Norm):
		case t.Norm == "." && f-2 >= pf && segment.IsAbbreviationToken(&toks[f-2]):
		case t.Kind == segment.Word && t.Cap && !functionWord(&t):
		case english.IsQuantifierKey(t.Key, t.Norm) && (!t.Cap || a.opensSentence(f-1)):
			// "some Democrats", "one New Hampshire Democrat"
		case t.Norm == "of" && f-2 >= pf && (a.quantity(pf, f-1) || english.IsQuantifierKey(toks[f-2].Key, toks[f-2].Norm)):
			// "75 percent of Democrats", "most of the senators"
		case t.Norm == "of" && f-2 >= pf && toks[f-2].Cap && toks[f].Cap && !functionWord(&toks[f-2]):
			// "Secretary of State John F. Kerry", "The Hollywood Chamber
			// of Commerce"
		case t.Norm == "and" && f-2 >= pf && toks[f-2].Cap && toks[f].Cap:
			// "Bernie Sanders and Hillary Clinton said": the span holds
			// both, and the cue's speaker names both (coordinated)
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
		if english.IsArticleKey(t.Key, t.Norm) {
			return k - 1
		}
		if t.Cap && !functionWord(&t) && t.Kind == segment.Word || t.Norm == "'s" && k-1 > pf && toks[k-2].Cap {
			// "Republican front-runner Jane Doe",
			// "Commentary's Noah Rothman"
			k--
			continue
		}
		if t.Kind != segment.Word && t.Norm != "-" || t.Cap || functionWord(&t) || english.IsFunctionWordKey(t.Key, t.Norm) ||
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

// maxApposition bounds an apposition a speaker's span takes in, and
// maxPrepTail a prepositional phrase.
const (
	maxApposition = 30
	maxPrepTail   = 8
)

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
	case "(":
		// "Rep. Brad Sherman (D-Calif.) said": the bracketed aside
		// closing the phrase is the name's
		if toks[pl-1].Norm == ")" {
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
		english.IsPrepositionKey(n.Key, n.Norm) && n.Norm != "from" && n.Norm != "of" ||
		english.IsDiscourseAdverbKey(n.Key, n.Norm) || n.Norm == "though" || n.Norm == "however" {
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
		case t.Norm == "." && k > from && segment.IsAbbreviationToken(&a.txt.Tokens[k-1]):
		case t.Kind != segment.Word, verbGroup(t.Key, t.Norm), pronounType(t.Norm) != "", t.Norm == "who", t.Norm == "which", t.Norm == "that",
			!t.Cap && (strings.HasSuffix(t.Norm, "ing") || strings.HasSuffix(t.Norm, "ed")):
			return false
		}
	}
	return true
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

// maxQuantityPhrase bounds a phrase naming a part of a group: "One in
// four voters in a New York Times poll last year".
const maxQuantityPhrase = 12

// quantity reports a phrase naming a part of a group by its size: "47
// percent", "nearly half", "a third of voters", "Six in 10 Democratic
// voters", "majorities in all five", "a handful of Democrats"
// (attribution.group-quantities).
func (a *attributor) quantity(first, last int) bool {
	toks := a.txt.Tokens
	if last-first > maxQuantityPhrase {
		return false
	}
	k := first
	for k < last-1 && english.IsQuantityOpenerKey(toks[k].Key, toks[k].Norm) {
		k++
	}
	oneIn := toks[k].Norm == "one" && k+1 < last && toks[k+1].Norm == "in" // "one in five say"
	// "a handful of Democrats", "a number of senators"
	group := k+1 < last && toks[k+1].Norm == "of" && !toks[k].Cap && a.r.Attribution.GroupQuantities.HasWordKey(toks[k].Key, toks[k].Norm)
	if t := toks[k]; !(t.Kind == segment.Number || english.IsQuantifierKey(t.Key, t.Norm) || fraction(t.Norm) || oneIn || group || a.numberWord(k)) || a.inQuote[k] >= 0 {
		return false
	}
	if h := toks[last-1]; h.Cap && last-1 > k && !a.ofAfter(k+1, last-1) {
		// "2017 Kerry": a name after a year; not "a handful of
		// Democrats", "47 percent of Cuban Americans"
		return false
	}
	for j := k + 1; j < last; j++ {
		t := toks[j]
		switch {
		case t.Kind == segment.Number, t.Norm == "%", t.Norm == "-":
		case t.Kind != segment.Word:
			return false
		case t.Norm == "of" || t.Norm == "in" || t.Norm == "the" || t.Norm == "all" || t.Norm == "those":
		case t.Norm == "out" && j+1 < last && toks[j+1].Norm == "of":
			// "nine out of 10 voters say"
		case toks[j-1].Norm == "of" && (t.Norm == "them" || t.Norm == "us" || t.Norm == "these" || english.IsPossessiveKey(t.Key, t.Norm)):
			// "most of them said", "a majority of her backers say"
		case toks[j-1].Norm == "in" && (english.IsArticleKey(t.Key, t.Norm) || english.IsDeterminerKey(t.Key, t.Norm)):
			// "one in four voters in a Times poll said", "half of voters
			// in each state say"
		case (toks[j-1].Norm == "those" || english.IsQuantifierKey(toks[j-1].Key, toks[j-1].Norm)) && strings.HasSuffix(t.Norm, "ed"):
			// "31 percent of those surveyed say", "Many polled said"
		case strings.HasSuffix(t.Norm, "ed") && !t.Cap && j+1 < last && toks[j+1].Kind == segment.Word && !toks[j+1].Cap &&
			!english.IsFunctionWordKey(toks[j+1].Key, toks[j+1].Norm) && toks[j-1].Norm == "of":
			// "52 percent of registered voters": a participle before
			// its noun qualifies the group
		case strings.HasSuffix(t.Norm, "ed") && !t.Cap && j == last-1 && j-1 > k && toks[j-1].Kind == segment.Word && !toks[j-1].Cap &&
			!english.IsFunctionWordKey(toks[j-1].Key, toks[j-1].Norm):
			// "19 percent of college students polled", "half the
			// senators surveyed": a participle after its noun, ending
			// the phrase, picks the group out
		case english.IsFunctionWordKey(t.Key, t.Norm) || strings.HasSuffix(t.Norm, "ed") && !t.Cap:
			return false
		}
	}
	return true
}

// numberWord reports a word at token k inside a number the recogniser
// read: "four", "Thirty-one", "Nine" ("about four").
func (a *attributor) numberWord(k int) bool {
	t := &a.txt.Tokens[k]
	m := a.in.Cover(k)
	if t.Kind != segment.Word || t.Norm == "one" || m < 0 {
		return false // "one" stands for a person as often ("One said")
	}
	switch a.in.Mentions[m].Type {
	case mention.Number, mention.Percent:
		return true // not "Saturday", "five years"
	}
	return false
}

// ofAfter reports an "of" among tokens [from, to): "47 percent of Cuban
// Americans" names a part of a group, not a person.
func (a *attributor) ofAfter(from, to int) bool {
	for k := from; k < to; k++ {
		if a.txt.Tokens[k].Norm == "of" {
			return true
		}
	}
	return false
}

// timeTail reports that tokens [from, last) are all time words or
// numbers: the rest of a time phrase that ends a speaker's phrase.
func (a *attributor) timeTail(from, last int) bool {
	for k := from; k < last; k++ {
		if t := a.txt.Tokens[k]; t.Kind != segment.Number && !english.IsTimeWordKey(t.Key, t.Norm) {
			return false
		}
	}
	return true
}

// documentIn reports a word of the rules' documents among tokens [f, l).
func (a *attributor) documentIn(f, l int) bool {
	for k := f; k < l; k++ {
		if t := &a.txt.Tokens[k]; t.Kind == segment.Word && a.r.Attribution.Documents.HasWord(t.Norm) {
			return true
		}
	}
	return false
}

// trimPhrase narrows a speaker's phrase [first, last) to the words that
// can name the speaker: no leading comma, subordinator or lead word other
// than an article ("when Trump"), no verb before a document ("issued a
// statement"), no trailing verb or adverb ("A Detroit
// police officer vividly"), no time ("Police this morning") and no
// parenthesised abbreviation ("the US Department of Justice (DoJ)").
func (a *attributor) trimPhrase(first, last int) (int, int) {
	toks := a.txt.Tokens
	for first < last && (toks[first].Norm == "," || isLead(&toks[first]) && !english.IsArticleKey(toks[first].Key, toks[first].Norm) ||
		english.IsSubordinatorKey(toks[first].Key, toks[first].Norm) && toks[first].Norm != "as") {
		first++ // "when Trump", "where local party leaders"
	}
	if first+1 < last && !toks[first].Cap && english.IsPastFormKey(toks[first].Key, toks[first].Norm) && english.IsArticleKey(toks[first+1].Key, toks[first+1].Norm) && a.documentIn(first+1, last) {
		first++ // "issued a statement Tuesday saying": the verb is no part of the document
	}
	for last > first && (toks[last-1].Norm == "," || verbGroup(toks[last-1].Key, toks[last-1].Norm) ||
		last-2 >= first && english.IsDiscourseAdverbKey(toks[last-1].Key, toks[last-1].Norm) && !toks[last-1].Cap && !isLead(&toks[last-2]) && !a.lyNoun(last-1)) {
		last-- // "A Detroit police officer vividly", not "the family"
	}
	// "Police this morning", "officials on Tuesday": the time is no part
	// of the speaker
	for k := first + 1; k < last; k++ {
		if n := toks[k].Norm; english.IsTimeWordKey(toks[k].Key, n) && a.timeTail(k+1, last) {
			if p := toks[k-1].Norm; p == "this" || p == "last" || p == "on" || p == "late" || p == "early" || p == "earlier" {
				last = k - 1
			} else if n == "today" || n == "yesterday" || n == "tonight" {
				last = k
			}
			break
		}
	}
	if k := a.partyTagAt(first, last); k > first {
		last = k // "John Cornyn, R-Texas": the tag is the name's apposition
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

// maxPartyTag bounds the tokens of a party-and-state tag: "D-W.Va." is
// "d-w . va .".
const maxPartyTag = 5

// partyTagAt returns the start of the comma before a party-and-state tag
// that ends the phrase [first, last) ("John Cornyn, R-Texas"), or -1 when
// the phrase ends in none (rules.yaml: attribution.party-states).
func (a *attributor) partyTagAt(first, last int) int {
	toks := a.txt.Tokens
	for k := last - 1; k > first && k >= last-maxPartyTag; k-- {
		if toks[k-1].Norm != "," {
			continue
		}
		if _, n := a.r.Attribution.PartyTags.Longest(toks, k, last); n == last-k {
			return k - 1
		}
		return -1
	}
	return -1
}

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
		case t.Norm == "." && i > first && segment.IsAbbreviationToken(&toks[i-1]): // "Mrs. Clinton's confidants"
		case t.Kind != segment.Word || functionLike(t.Key, t.Norm) && !english.IsRoleConnectiveKey(t.Key, t.Norm):
			return false
		case strings.HasSuffix(t.Norm, "ed") || strings.HasSuffix(t.Norm, "ing") || strings.HasSuffix(t.Norm, "ly"):
			return false
		}
	}
	return modified
}

// plainNouns reports lower-case words that may be nouns: no closed-class
// word, participle or adverb ("editorial board", not "attack was made");
// a hyphenated word in -ed before another is an adjective ("the
// self-described socialist"), not a noun ("the long-awaited report").
func (a *attributor) plainNouns(first, last int) bool {
	for k := first; k < last; k++ {
		t := a.txt.Tokens[k]
		if t.Kind != segment.Word || t.Cap || functionLike(t.Key, t.Norm) || a.inQuote[k] >= 0 ||
			strings.HasSuffix(t.Norm, "ed") && (!strings.Contains(t.Norm, "-") || k == last-1) || strings.HasSuffix(t.Norm, "ing") || strings.HasSuffix(t.Norm, "ly") {
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
		if english.IsCommonPrepositionKey(toks[k].Key, toks[k].Norm) {
			end = k
			break
		}
	}
	if end <= first {
		return ""
	}
	roles := a.r.Attribution.Roles
	if t := &toks[end-1]; !t.Cap && roles.MayStart(t) && roles.HasWordKey(t.Key, t.Norm) {
		return t.Norm
	}
	if end-first >= 2 && roles.MayStart(&toks[end-2]) {
		if _, n := roles.Longest(toks, end-2, end); n == 2 {
			return toks[end-2].Norm + " " + toks[end-1].Norm
		}
	}
	return ""
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
		if !toks[k].Cap && toks[k].Norm != "." { // "St. Louis": an abbreviation's period is part of the name
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
	if !english.IsDeterminerKey(open.Key, open.Norm) && !english.IsPronounKey(open.Key, open.Norm) && !english.IsQuantifierKey(open.Key, open.Norm) &&
		(!open.Cap || functionWord(&open) || english.IsDiscourseAdverbKey(open.Key, open.Norm)) {
		return false
	}
	for k := seg[0]; k < seg[1]; k++ {
		n := a.txt.Tokens[k].Norm
		if verbGroup(a.txt.Tokens[k].Key, n) || n == "who" || n == "which" || n == "that" || a.inQuote[k] >= 0 || markOf(a.txt, k) != notMark {
			return false
		}
	}
	return seg[1]-seg[0] <= 8
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
	// an adverb in -ly never written capitalised mid-sentence
	// ("Significantly,"; not "Kelly,")
	w := a.txt.Tokens[i].Norm
	return english.IsDiscourseAdverb(w) || len(w) > 5 && strings.HasSuffix(w, "ly") && !a.proper.has(w) && a.opensSentence(i)
}

// participialAside reports a comma segment that opens with a participle
// in lower case: ", wearing a Canova T-shirt,", ", dressed in white,".
func (a *attributor) participialAside(seg [2]int) bool {
	t := a.txt.Tokens[seg[0]]
	return seg[1]-seg[0] >= 2 && !t.Cap && t.Kind == segment.Word && len(t.Norm) > 4 &&
		(strings.HasSuffix(t.Norm, "ing") || strings.HasSuffix(t.Norm, "ed"))
}

// relativeAside reports a comma segment that is a relative clause: ",
// who backed Mr. Romney in 2012,".
func (a *attributor) relativeAside(seg [2]int) bool {
	n := a.txt.Tokens[seg[0]].Norm
	return seg[1]-seg[0] >= 2 && (n == "who" || n == "whose" || n == "which")
}

// roleHeads reports a phrase [first, last) headed by a role noun, in the
// singular or the plural: "the county sheriff", "King County
// prosecutors", "a member of the committee"; not "the former secretary
// of state's campaign", whose head follows the possessive.
func (a *attributor) roleHeads(first, last int) bool {
	if last <= first {
		return false
	}
	if a.listedHead(last-1) && !a.vocabularyHead(last-1) || a.r.Attribution.Roles.HasWordKey(a.txt.Tokens[last-1].Key, a.txt.Tokens[last-1].Norm) {
		return true
	}
	for k := first; k < last; k++ {
		if n := a.txt.Tokens[k].Norm; n == "'s" || n == "’s" {
			return false
		}
	}
	return a.roleHead(first, last) != ""
}
