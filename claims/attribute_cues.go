package claims

import (
	"strings"

	"github.com/claimdiff/claimdiff/claims/english"
	"github.com/claimdiff/claimdiff/claims/mention"
	"github.com/claimdiff/claimdiff/claims/segment"
)

// Cue reading: whether a token is a speech, stance or evidence cue used as
// a verb, where the content it reports starts and ends, and the
// attribution made at a cue.

// cueClass tells the cues apart: speech verbs source the claims in their
// scope; stances (rules.yaml attribution.stance-cues) are attributions that
// source none; evidence verbs (evidence-cues) count after a document only.
type cueClass uint8

const (
	speechCue cueClass = iota
	stanceCue
	evidenceCue
	// modelCue is a cue no list holds that the trained model found
	// (attribute_model.go): an attribution of its own, sourcing no claim.
	modelCue
	// weakModelCue is a modelCue the model takes at or under
	// modelThreshold: its speaker is no one a later pronoun refers to.
	weakModelCue
)

// fromModel reports a cue only the trained model found.
func (c cueClass) fromModel() bool { return c == modelCue || c == weakModelCue }

// cue returns the longest cue at token i, before last, with its class; a
// word listed in two classes takes the narrower one.
func (a *attributor) cue(i, last int) (cue string, n int, class cueClass) {
	at := a.r.Attribution
	toks := a.txt.Tokens
	if i >= last {
		return "", 0, speechCue
	}
	// most words start no cue: each list's first-word filter, inlined,
	// spares the call
	t := &toks[i]
	class = speechCue
	if at.Cues.MayStart(t) {
		cue, n = at.Cues.Longest(toks, i, last)
	}
	if at.StanceCues.MayStart(t) {
		if c, m := at.StanceCues.Longest(toks, i, last); m > 0 && m >= n {
			cue, n, class = c, m, stanceCue
		}
	}
	if at.EvidenceCues.MayStart(t) {
		if c, m := at.EvidenceCues.Longest(toks, i, last); m > 0 && m >= n {
			cue, n, class = c, m, evidenceCue
		}
	}
	return cue, n, class
}

// nounUse reports a cue word used as a noun: "the claim", "his reports".
func (a *attributor) nounUse(i, first int) bool {
	if i == first {
		return false
	}
	toks := a.txt.Tokens
	prev, w := toks[i-1], toks[i].Norm
	// "some say", "most believe", "4 in 10 said", "nine out of 10 say": a quantity standing
	// for people is the subject of a verb, as a noun would be plural
	// after it ("some reports")
	people := (english.IsQuantifierKey(prev.Key, prev.Norm) || prev.Kind == segment.Number && i >= first+3 && toks[i-2].Norm == "in" ||
		prev.Kind == segment.Number && i >= first+4 && toks[i-2].Norm == "of" && toks[i-3].Norm == "out") &&
		!strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing")
	if people || prev.Kind == segment.Number && english.IsIrregularPastKey(toks[i].Key, w) && i >= first+3 && toks[i-2].Norm == "in" {
		return false
	}
	if strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && pluralQuantity(prev.Norm) {
		// "a million tweets", "a few reports", "three claims": after a
		// plural quantity a word in -s is a plural noun, no verb's third
		// person (a collective's is: "a majority says", "half says")
		return true
	}
	if i >= first+2 && prev.Kind == segment.Word && !prev.Cap && (toks[i-2].Norm == "a" || toks[i-2].Norm == "an") &&
		!strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ing") && !english.IsPastFormKey(toks[i].Key, w) &&
		!english.IsQuantifierKey(prev.Key, prev.Norm) && !a.r.Attribution.GroupQuantities.HasWordKey(prev.Key, prev.Norm) && !fraction(prev.Norm) && a.in.Free(i-1) {
		// "a news report", "an early estimate": after "a" and a word, a
		// verb would take an -s; the cue is a noun. Not after a quantity
		// of people: "A handful say", "a hundred say" (a number mention)
		return true
	}
	if next := i + 1; next < len(toks) && toks[next].Kind == segment.Word && !toks[next].Cap &&
		english.IsPastFormKey(toks[next].Key, toks[next].Norm) &&
		pluralNoun(w) && a.r.Attribution.Documents.Has(w) && // the word after first: it turns most away
		!(next+1 < len(toks) && toks[next+1].Kind == segment.Word && !toks[next+1].Cap && !functionLike(toks[next+1].Key, toks[next+1].Norm)) {
		// "Initial reports suggested", "News reports speculated": a
		// document's plural the past verb after it takes as its
		// subject; not "The witness says armed men entered", nor a
		// plural whose -ed word is an adjective before its noun
		return true
	}
	if a.r.Attribution.Documents.HasWordKey(toks[i].Key, w) && (a.documentBeforeVerb(i) || a.modifiedDocument(i, first)) {
		return true // "The IG report cited", "FEC reports show", "the staff letter noted", "police reports"
	}
	switch prev.Norm {
	case "'s", "’s":
		// "Trump's outline", but "he's said" (he has said)
		return i < first+2 || !english.IsSubjectPronounKey(toks[i-2].Key, toks[i-2].Norm) && toks[i-2].Norm != "who" && toks[i-2].Norm != "there"
	case "the", "a", "an", "his", "her", "their", "its", "our", "this", "these", "those", "that", "such", "of",
		"more", "most", "fewer", "less", "newly", "any", "some", "many", "no", "in":
		return true // "the claim", "more confirmed cases"
	}
	if n := prev.Norm; english.IsCommonPrepositionKey(prev.Key, n) && n != "to" && n != "as" && !strings.HasSuffix(w, "ing") && !english.IsPastFormKey(toks[i].Key, w) {
		// "Concerns rose over claims that", "after reports of": a verb
		// after a preposition is a participle ("by saying")
		return true
	}
	if prev.Kind != segment.Number {
		return false
	}
	// "85,500 confirmed cases"; but "About 300 said they would", "at least
	// 21,000 said that": a clause after a finite verb makes the number its
	// subject (not "comments Trump made in 2006 saying he")
	if next := i + 1; next < len(toks) && !strings.HasSuffix(w, "ing") && (english.IsSubjectPronounKey(toks[next].Key, toks[next].Norm) || toks[next].Norm == "that") {
		return false
	}
	return true
}

// pluralQuantity reports a word that counts a plural, which a verb after
// it agrees with in the plural: a number or scale word ("three",
// "million", "dozens"), "few", "several", "many", "both". Not the
// collective quantifiers ("majority", "half", "none"), whose verb may be
// singular: "a majority says".
func pluralQuantity(w string) bool {
	switch w {
	case "few", "several", "many", "both":
		return true
	}
	return mention.IsNumberWord(w) || mention.IsScaleWord(w)
}

// objectWindow bounds how far after a cue's "to" a statement is looked
// for before its object is taken for a plain noun phrase.
const objectWindow = 12

// toObject reports a cue verb whose object, from token i, is "to" and a
// counted or determined noun phrase with no statement after it: "admitted
// to 51 charges of murder", "admitted to the hospital", "agreed to a
// deal". Admitting a charge is a plea, not a statement that sources its
// count; "admitted to reporters that ..." and "admitted to lying" stay
// speech.
func (a *attributor) toObject(i, last int) bool {
	toks := a.txt.Tokens
	if i+1 >= last || toks[i].Norm != "to" {
		return false
	}
	if t := toks[i+1]; t.Kind != segment.Number && !english.IsArticleKey(t.Key, t.Norm) && !english.IsQuantifierKey(t.Key, t.Norm) {
		return false
	}
	if w := toks[i-1].Norm; w == "said" || w == "says" || w == "say" || w == "saying" {
		return false // "Trump said to a crowd of about 500": whom he spoke to
	}
	for k := i + 1; k < last && k < i+objectWindow; k++ {
		if t := toks[k]; t.Norm == ":" && toks[k-1].Kind != segment.Number || markOf(a.txt, k) != notMark || a.inQuote[k] >= 0 {
			return false
		} else if t.Norm == "that" {
			// "admitted to the court that ...", "confirmed to 10 On
			// Your Side that ...", but "responded to a gunshot
			// sensor alert near 9:40 p.m. that six rounds were
			// fired": a listener is a plain noun phrase, and a
			// "that" after a phrase that runs on past a preposition,
			// or after a document, tells what the object says; the
			// verb stays an act
			return a.prepositionBetween(i+1, k) || k > i+1 && a.r.Attribution.Documents.HasWordKey(toks[k-1].Key, toks[k-1].Norm)
		}
	}
	return true
}

// actObject reports a cue of attribution.clause-cues at tokens [i, i+n)
// of sentence s used as an act on a plain object, not a report: what
// follows it, past adverbs, opens a noun phrase (a number, a determiner,
// a possessive, a quantifier) or is "to" or "up", and no clause, colon or
// quote follows before the next comma: "the U.S. added 292,000 jobs in
// December", "adding to his victories", "has maintained a large lead",
// but not "he added that ...", "she added in a statement: ...", "...,
// he added."
func (a *attributor) actObject(i, n int, s segment.Sentence) bool {
	toks := a.txt.Tokens
	if cs := a.r.Attribution.ClauseCues; !cs.MayStart(&toks[i]) || !cs.HasWordKey(toks[i].Key, toks[i].Norm) {
		return false
	}
	k := i + n
	for k < s.Last && a.adverbAt(k) {
		k++
	}
	if k >= s.Last {
		return false
	}
	t := &toks[k]
	opens := t.Kind == segment.Number || t.Norm == "to" || t.Norm == "up" || english.IsArticleKey(t.Key, t.Norm) ||
		english.IsDeterminerKey(t.Key, t.Norm) || english.IsPossessiveKey(t.Key, t.Norm) || english.IsQuantifierKey(t.Key, t.Norm)
	if !opens || t.Norm == "that" {
		return false
	}
	for ; k < s.Last && toks[k].Norm != ","; k++ {
		if toks[k].Norm == ":" || a.findingFollows(k) || markOf(a.txt, k) != notMark || a.inQuote[k] >= 0 {
			return false // "added a caveat: ...", "added to reporters that ..."
		}
	}
	return true
}

// figureWindow bounds the words between a figure cue and the "at" of
// its figure: "puts the number of people killed in the attack at".
const figureWindow = 10

// figureCue returns the length of the phrase of attribution.figure-cues
// at token i of sentence s where it gives a figure as its subject's own:
// "at" follows within figureWindow tokens, with no comma, clause or quote
// between, and a number, an amount or a percentage right after it, no
// clock time ("the ministry puts the death toll at 230", "Wealth-X has
// it at $4.5 billion", not "put the meeting at 3 p.m."); 0 otherwise.
func (a *attributor) figureCue(i int, s segment.Sentence) int {
	toks := a.txt.Tokens
	_, n := a.r.Attribution.FigureCues.Longest(toks, i, s.Last)
	if n == 0 {
		return 0
	}
	for k := i + n; k+1 < s.Last && k < i+n+figureWindow; k++ {
		switch t := &toks[k]; {
		case t.Norm == "at":
			m := a.in.Cover(k + 1)
			if m < 0 || a.in.Mentions[m].First != k+1 {
				return 0
			}
			switch mt := a.in.Mentions[m]; mt.Type {
			case mention.Number, mention.Percent, mention.Money, mention.Quantity:
				if e := mt.Last; e < s.Last && (mention.ClockWord(toks[e].Norm) || toks[e].Norm == ":") {
					return 0 // "at 3 p.m.", "at 10:30"
				}
				return n
			}
			return 0
		case t.Norm == "," || t.Norm == ";" || t.Norm == ":" || a.findingFollows(k) || a.inQuote[k] >= 0:
			return 0
		}
	}
	return 0
}

// prepositionBetween reports a lower-case preposition other than "of"
// among tokens [from, to): "a notification about 3:10 p.m.", not
// "members of the committee" or "10 On Your Side".
func (a *attributor) prepositionBetween(from, to int) bool {
	for k := from; k < to; k++ {
		if t := a.txt.Tokens[k]; t.Kind == segment.Word && !t.Cap && t.Norm != "of" && english.IsPrepositionKey(t.Key, t.Norm) {
			return true
		}
	}
	return false
}

// stranded reports a lone preposition from token k to the end of
// sentence s: "... the fundamentals conservatives believe in."
func (a *attributor) stranded(k int, s segment.Sentence) bool {
	toks := a.txt.Tokens
	if k >= s.Last || toks[k].Kind != segment.Word || !english.IsPrepositionKey(toks[k].Key, toks[k].Norm) {
		return false
	}
	for j := k + 1; j < s.Last; j++ {
		if toks[j].Kind != segment.Punct || markOf(a.txt, j) != notMark {
			return false
		}
	}
	return true
}

// clauseBreak reports a new main clause between tokens from and to: a
// semicolon, or a comma followed by "and", "but", "yet", "while" or "whereas"
// ("Clinton said it would fail, and she vows to fight it").
func (a *attributor) clauseBreak(from, to int) bool {
	return a.lastClauseBreak(from, to) >= 0
}

// lastClauseBreak returns the last token between from and to that opens a
// new main clause (see clauseBreak), else -1.
func (a *attributor) lastClauseBreak(from, to int) int {
	toks := a.txt.Tokens
	for k := to - 2; k > from; k-- {
		if n := toks[k].Norm; n == ";" || n == "," && isClauseJoin(toks[k+1].Norm) {
			return k
		}
	}
	return -1
}

// isClauseJoin reports a conjunction that joins main clauses after a
// comma.
func isClauseJoin(w string) bool {
	return w == "and" || w == "but" || w == "yet" || w == "while" || w == "whereas"
}

// clauseSubjectWindow bounds how far back from a coordinated verb ("...
// and said") its clause's subject is looked for.
const clauseSubjectWindow = 30

// subordinate reports a cue at token cue inside a subordinate clause:
// "when Rubio said 3 people had come home, a man yelled" — a trailing cue
// after it is the main clause's and frames none of it. The clause opens
// after the comma or semicolon before the cue, looked for at most
// clauseSubjectWindow tokens back.
func (a *attributor) subordinate(cue int, s segment.Sentence) bool {
	toks := a.txt.Tokens
	start := s.First
	for k := cue - 1; k >= s.First && k > cue-clauseSubjectWindow; k-- {
		if n := toks[k].Norm; n == "," || n == ";" {
			start = k + 1
			break
		}
	}
	for start < cue && (toks[start].Norm == "and" || toks[start].Norm == "but" || toks[start].Norm == "then") {
		start++
	}
	n := toks[start].Norm
	return start < cue && english.IsSubordinator(n) && n != "as"
}

// clauseVerbThat reports a word at token i that takes a "that" clause as
// a verb: lower case, no function word, adverb or noun after a
// determiner, with the clause's "that" right after it ("Cruz anticipated
// that", "she is convinced that"; not "the fact that", "so that"). The
// test for the "that", which turns away nearly every word the sentence
// stage asks about, is made before the call (it inlines).
func (a *attributor) clauseVerbThat(i int, s segment.Sentence) bool {
	return i+2 < s.Last && a.txt.Tokens[i+1].Norm == "that" && a.verbBeforeThat(i, s)
}

// verbBeforeThat is clauseVerbThat for a word at token i followed by
// "that" and a word.
func (a *attributor) verbBeforeThat(i int, s segment.Sentence) bool {
	toks := a.txt.Tokens
	t := &toks[i]
	if t.Cap || t.Kind != segment.Word || len(t.Norm) < 4 || i == s.First {
		return false
	}
	if functionLike(t.Key, t.Norm) || english.IsAdverbKey(t.Key, t.Norm) || strings.HasSuffix(t.Norm, "ly") || verbGroup(t.Key, t.Norm) ||
		english.IsPrepositionKey(t.Key, t.Norm) || a.nounUse(i, s.First) || a.in.Cover(i) >= 0 {
		return false
	}
	// "that" opening a clause, not a determiner before a noun and a
	// verb: "that 2012 remark" has a number, "that powerful coalition" a
	// plain adjective and noun, both with no verb
	n := toks[i+2]
	if n.Kind != segment.Word || !(n.Cap || english.IsSubjectPronounKey(n.Key, n.Norm) || english.IsDeterminerKey(n.Key, n.Norm) || english.IsPronounKey(n.Key, n.Norm)) {
		return false
	}
	// a verb by its form and what stands before it: a past ("anticipated
	// that", "are convinced that"), else a present after a pronoun or a
	// modal ("he figures that", "they realize that", "may conclude
	// that"); "the chairs that POLITICO interviewed" is a noun and its
	// relative clause
	k := i - 1
	for k > s.First && (verbGroup(toks[k].Key, toks[k].Norm) || english.IsAdverbKey(toks[k].Key, toks[k].Norm) || a.mannerAdverb(k)) && !english.IsAuxiliaryKey(toks[k].Key, toks[k].Norm) {
		k--
	}
	prev := toks[k].Norm
	subj := k
	for subj > s.First && (english.IsAuxiliaryKey(toks[subj].Key, toks[subj].Norm) || verbGroup(toks[subj].Key, toks[subj].Norm)) {
		subj--
	}
	if w := toks[subj].Norm; w == "it" || w == "there" || w == "this" || w == "it's" {
		return false // "it is clear that": no one's position
	}
	if strings.HasSuffix(t.Norm, "ed") {
		return true
	}
	return english.IsSubjectPronoun(prev) || prev == "to" || english.IsAuxiliary(prev) && prev != "'s" && !english.IsBeForm(prev) && prev != "has" && prev != "have" && prev != "had"
}

// clauseVerb reports a token that is a verb heading a clause of its own:
// an auxiliary other than the possessive "'s", or a cue of any class used
// as a verb ("said", "show", not "the report").
func (a *attributor) clauseVerb(k int) bool {
	t := &a.txt.Tokens[k]
	if t.Kind != segment.Word || t.Cap {
		return false
	}
	if t.Norm != "'s" && (english.IsAuxiliaryKey(t.Key, t.Norm) || t.Norm == "n't" || t.Norm == "'ll") {
		return true
	}
	if !a.starts.lists.MayStartCue(t.Key) {
		return false // no cue's first word: the call spared
	}
	if _, n, _ := a.cue(k, k+1); n == 1 && k > 0 && !a.nounUse(k, k-1) && !a.r.Attribution.Documents.Has(t.Norm) {
		return true
	}
	return false
}

// stanceVerb reports a stance cue at token i (n tokens) used as a verb
// whose subject is its speaker sp: the speaker stands right before it, past
// auxiliaries ("Trump wants", "he would support", "who opposed"), or it is
// a participle after its clause (", refusing to attack"), and it is no
// noun ("38 percent support", "support for him", "tax plans").
func (a *attributor) stanceVerb(sp speaker, i, n int, s segment.Sentence) bool {
	toks := a.txt.Tokens
	if !sp.ok() || sp.first < 0 {
		return false
	}
	if i+n < s.Last {
		if next := toks[i+n].Norm; next == "for" || next == "of" || next == "," || next == "." {
			return false
		}
		if toks[i+n].Norm == "on" && (i+n+1 >= s.Last || !english.IsTimeWordKey(toks[i+n+1].Key, toks[i+n+1].Norm)) {
			// "A gunman knocked on a family's door": an act on
			// something, not a stance; "sued on Tuesday" is one
			return false
		}
	}
	k := i - 1
	for k > s.First && (verbGroup(toks[k].Key, toks[k].Norm) || toks[k].Norm == "to" || toks[k].Norm == "did" ||
		toks[k].Norm == "does" || toks[k].Norm == "do" || toks[k].Norm == "n't" || toks[k].Norm == "may" ||
		toks[k].Norm == "might" || toks[k].Norm == "should" || toks[k].Norm == "can" || toks[k].Norm == "still" ||
		toks[k].Norm == "now" || toks[k].Norm == "strongly" || toks[k].Norm == "only") {
		k--
	}
	// ", refusing to attack her rivals": a participle after its clause is
	// its subject's
	return sp.last == k+1 || toks[k].Norm == "who" || toks[k].Norm == "," && sp.last == k || a.participle(i, s) && a.participleSubject(sp, i, s)
}

// participleSubject reports whether speaker sp, before a stance
// participle at token i, is the subject of the clause the participle
// closes and someone who takes a stance: a name or a listed role, body
// or group, not a document ("The bill stalled in the Senate, refusing to
// die") nor a word capitalised only because it opens the sentence
// ("Prices rose sharply, insisting on"); and its verb takes no object
// or relative clause before the comma, whose the participle could be
// ("Police found the man hiding in a shed, refusing to come out",
// "Officers confronted the suspect, who fled, refusing to stop").
func (a *attributor) participleSubject(sp speaker, i int, s segment.Sentence) bool {
	toks := a.txt.Tokens
	if sp.last > i || sp.first < s.First || sp.typ == SpeakerDocument || sp.typ == SpeakerUnknown {
		return false
	}
	if sp.last-sp.first == 1 && sp.first == a.datelineEnd(s) && !english.IsSubjectPronounKey(toks[sp.first].Key, toks[sp.first].Norm) && !a.listedHead(sp.first) {
		if _, known := a.surnameOf(toks[sp.first].Norm); !known {
			return false
		}
	}
	v := sp.last
	for v < i && (a.inVerbGroup(v) || english.IsAuxiliaryKey(toks[v].Key, toks[v].Norm)) {
		v++
	}
	for k := v; k < i; k++ {
		n := toks[k].Norm
		if n == "who" || n == "which" || n == "that" {
			return false
		}
		if k == v+1 && (english.IsArticle(n) || english.IsDeterminer(n) || english.IsPossessive(n) || toks[k].Cap || toks[k].Kind == segment.Number) {
			return false // the verb's object: "found the man"
		}
	}
	return true
}

// trailing reports a cue at token i (n tokens) with speaker sp that
// closes its sentence after a comma, a dash or a quote mark, with at most
// a few words after it: "..., police said on Friday in a statement".
func (a *attributor) trailing(sp speaker, i, n int, s segment.Sentence) bool {
	if sp.first < 0 {
		return false
	}
	rest := 0
	after := max(i+n, sp.last)
	if sp.first > i || !a.participleCueAt(after, s) { // "..., an official said, adding that ...": the trailing cue's own clause goes on
		for k := after; k < s.Last && rest <= 8; k++ {
			if a.txt.Tokens[k].Kind != segment.Punct {
				rest++
			}
		}
	}
	start := min(sp.first, i)
	if rest > 8 || start <= s.First || a.clauseAfter(after, s) {
		return false
	}
	if w := a.txt.Tokens[start].Norm; w == "who" || w == "which" {
		return false
	}
	p := a.txt.Tokens[start-1]
	return p.Norm == "," || p.Norm == "—" || markOf(a.txt, start-1) != notMark
}

// participleCueAt reports a comma at token k of sentence s and a listed
// speech cue in -ing right after it (participle): ", adding that", ",
// saying".
func (a *attributor) participleCueAt(k int, s segment.Sentence) bool {
	toks := a.txt.Tokens
	if k+1 >= s.Last || toks[k].Norm != "," || !a.participle(k+1, s) || !a.starts.lists.MayStartCue(toks[k+1].Key) {
		return false
	}
	_, n, class := a.cue(k+1, s.Last)
	return n > 0 && class == speechCue
}

// maxBracketTail bounds the words between a bracketed cue and the comma
// that closes it: "..., the ministry said on Friday, and ...".
const maxBracketTail = 4

// bracketed reports a cue at token i (n tokens) with speaker sp before it
// that stand between commas after the clause they report and before a main
// clause of its own, a semicolon or a dash: "Mr Hale and his partners
// began the plan in 2018, prosecutors said, and over the following
// months ...". Like a trailing cue, it reports what comes before
// it.
func (a *attributor) bracketed(sp speaker, i, n int, s segment.Sentence) bool {
	if sp.first < 0 {
		return false
	}
	toks := a.txt.Tokens
	// the speaker before the cue: after it ("called on Brewer, and") it
	// may be the cue's object
	start, end := sp.first, i+n
	if sp.last > i || start <= s.First+2 || toks[start-1].Norm != "," || a.inQuote[start-1] >= 0 {
		return false
	}
	if w := toks[start].Norm; w == "who" || w == "which" {
		return false
	}
	for k := end; k < s.Last && k <= end+maxBracketTail; k++ {
		switch n := toks[k].Norm; {
		case n == ";" || n == "—" || n == "," && k+1 < s.Last && isClauseJoin(toks[k+1].Norm):
			return true
		case toks[k].Kind == segment.Punct || a.inQuote[k] >= 0 || english.IsAuxiliary(n) || n == "that":
			return false
		}
	}
	return false
}

// clauseWindow bounds how far after a cue a clause of its own is looked
// for.
const clauseWindow = 5

// clauseAfter reports a clause opening at token k, after a cue: "that", or
// an auxiliary or modal within clauseWindow words and before any
// punctuation ("But with ... launched last week, a senior Russian official
// said Moscow had faced down its critics": the cue reports what follows
// it, and the opening phrase is the reporter's framing). "..., police said
// on Friday" and "..., she told the BBC" open none.
func (a *attributor) clauseAfter(k int, s segment.Sentence) bool {
	toks := a.txt.Tokens
	if k < s.Last && toks[k].Norm == "that" {
		return true
	}
	for j := k; j < s.Last && j < k+clauseWindow; j++ {
		if t := toks[j]; t.Kind == segment.Punct || a.inQuote[j] >= 0 {
			return false
		} else if t.Kind == segment.Word && english.IsAuxiliaryKey(t.Key, t.Norm) {
			return true
		}
	}
	return false
}

// contentFrom is where the content of a cue at token i (n tokens) whose
// speaker is sp may begin: "Background on the killing of Soleimani comes in
// a statement by Mark Esper, which accuses Iran" attributes nothing before
// Esper, while in "Five people died, police said" the content comes first.
func (a *attributor) contentFrom(sp speaker, i, n int, s segment.Sentence) int {
	end := max(i+n, sp.last)
	rest := 0 // counted up to 5: only "at most four words after it" is asked
	for k := end; k < s.Last && rest <= 4; k++ {
		if a.txt.Tokens[k].Kind != segment.Punct {
			rest++
		}
	}
	if a.participle(i, s) || a.coordinatedCue(i, s) || a.relativeCue(sp, end, s) || sp.first > s.First && a.txt.Tokens[sp.first-1].Norm == "with" {
		// "..., toppled Mr. Cantor, contending that ...": a participle
		// reports what follows it only, as does a verb coordinated with
		// its clause's first ("The company laid off 200 workers and
		// warned of 300 more cuts": the 200 is no one's statement), and
		// a participle of an absolute phrase ("Ruiz won 52 percent, with
		// Lee conceding defeat": the 52 percent is not Lee's)
		return end
	}
	if rest <= 4 || sp.first < 0 || a.trailing(sp, i, n, s) || a.bracketed(sp, i, n, s) {
		if sp.first > s.First+1 && english.IsAdverbialSubordinatorKey(a.txt.Tokens[sp.first-1].Key, a.txt.Tokens[sp.first-1].Norm) {
			// "The US had at least 82,100 cases while China was
			// reporting 81,782": a speaker opening an adverbial clause
			// speaks in that clause alone
			return sp.first - 1
		}
		return s.First
	}
	// "Brenton Tarrant, 29, admitted to ...": the content follows the cue
	return end
}

// relativeCue reports a cue ending at token end whose speaker sp opens
// a relative clause, the relative pronoun its content's subject: "12 laws
// that judges said were void", "died in what police said was a
// murder-suicide", "an attack which officials described as planned".
// After the cue stands the clause's verb (a form of "be", an auxiliary)
// or "as", not a subject: the clause reports what is said of the phrase
// before the pronoun, whose figures are the writer's.
func (a *attributor) relativeCue(sp speaker, end int, s segment.Sentence) bool {
	toks := a.txt.Tokens
	p := sp.first - 1
	if sp.first < 0 || p <= s.First || end >= s.Last || a.inQuote[p] >= 0 {
		return false
	}
	switch toks[p].Norm {
	case "that", "which", "who", "whom", "what":
	default:
		return false
	}
	if t := &toks[p-1]; t.Kind != segment.Word && t.Norm != "," || functionLike(t.Key, t.Norm) && t.Norm != "in" && t.Norm != "of" {
		return false // "said that police said": no antecedent before "that"
	}
	next := &toks[end]
	return next.Norm == "as" || english.IsBeFormKey(next.Key, next.Norm) ||
		english.IsAuxiliaryKey(next.Key, next.Norm) && next.Norm != "'s" && next.Norm != "’s"
}

// documentBeforeVerb reports a cue word at token i, a document of the
// rules (attribution.documents, which the caller asks), that the verb
// after it takes as its subject: "The IG report cited no evidence", "FEC
// reports show", "the jobs report has cleared the way", "the staff letter
// noted". The verb is a form of "be" or "have", a modal, a listed cue or a
// past form, or an -s form after a singular ("the new report
// demonstrates"); a plural before an -s word is no subject ("Ruiz reports
// officials said").
func (a *attributor) documentBeforeVerb(i int) bool {
	toks := a.txt.Tokens
	next := i + 1
	if next >= len(toks) || toks[next].Kind != segment.Word || toks[next].Cap {
		return false
	}
	if p := &toks[max(i-1, 0)]; i > 0 && (english.IsSubjectPronounKey(p.Key, p.Norm) || relativePronoun(p.Norm)) {
		return false // "which he estimates will not expire": the verb, its object left out
	}
	t := &toks[next]
	if english.IsAuxiliaryKey(t.Key, t.Norm) || english.IsPastFormKey(t.Key, t.Norm) && a.in.Free(next) {
		return true
	}
	if _, n, _ := a.cue(next, min(next+4, len(toks))); n > 0 {
		return true
	}
	return !pluralNoun(toks[i].Norm) && strings.HasSuffix(t.Norm, "s") && verbForm(t.Key, t.Norm)
}

// modifiedDocument reports a cue word at token i, after the sentence's
// first, a document of the rules (attribution.documents, which the caller
// asks), after a word that modifies it: a lower-case one ("a false robbery
// report", "domestic violence reports", "public records", "investigative
// reports"), or a name before the singular ("a CNN report that"). A verb
// there would follow its subject's head, a word the speaker vocabulary
// lists ("the police report", "officials report") or an adverb.
func (a *attributor) modifiedDocument(i, first int) bool {
	toks := a.txt.Tokens
	if i <= first || a.r.Attribution.StanceCues.Has(toks[i].Norm) {
		return false // a stance's noun is its cue too: "his long shot plan to catch"
	}
	p := &toks[i-1]
	if p.Cap {
		// "a CNN report that", "the F.B.I. report on", "a confirmed
		// Breitbart News report": a name inside a noun phrase an article
		// or a modifier opens, before a singular document, which a verb
		// after a name would inflect ("CNN reports"); not "Mr. Putin
		// forecast that", "Officials report"
		if i-1 <= first || pluralNoun(toks[i].Norm) {
			return false
		}
		k := i - 1
		for k > first && i-k < 5 && (toks[k].Cap || toks[k].Norm == ".") {
			k-- // back over the name: "a confirmed Breitbart News report"
		}
		d := &toks[k]
		return !d.Cap && d.Kind == segment.Word && (english.IsDeterminerKey(d.Key, d.Norm) || english.IsPossessiveKey(d.Key, d.Norm) || !functionWord(d))
	}
	if p.Kind != segment.Word || functionWord(p) || a.adverbAt(i-1) || a.mannerAdverb(i-1) || a.listedHead(i-1) {
		return false
	}
	// an -s form with an object after it is a verb after its subject:
	// "The real estate mogul estimates the price tag at $8 billion"
	n := i + 1
	return !pluralNoun(toks[i].Norm) || n >= len(toks) || toks[n].Kind != segment.Number &&
		!english.IsDeterminerKey(toks[n].Key, toks[n].Norm) && !english.IsPossessiveKey(toks[n].Key, toks[n].Norm)
}

// documentVerb returns the token of the verb in a phrase [f, l) that ends
// with a determined document ("issued a statement", "released its
// report"): a lower-case word that is no function word, followed by a
// determiner and the document. It returns -1 for none.
func (a *attributor) documentVerb(f, l int) int {
	toks := a.txt.Tokens
	for k := l - 2; k > f && k >= l-5; k-- {
		t := &toks[k]
		if !english.IsDeterminerKey(t.Key, t.Norm) && !english.IsPronounKey(t.Key, t.Norm) {
			continue
		}
		v := k - 1
		if v-1 > f && isParticle(toks[v].Norm) {
			v-- // "held up a sign", "put out a statement"
		}
		if toks[v].Cap || toks[v].Kind != segment.Word || functionLike(toks[v].Key, toks[v].Norm) {
			continue
		}
		for j := k + 1; j < l; j++ {
			if _, n := a.r.Attribution.Documents.Longest(toks, j, l); n > 0 && j+n == l {
				return v
			}
		}
	}
	return -1
}

// isParticle reports the particle of a phrasal verb that may stand
// between the verb and its object: "held up", "put out".
func isParticle(w string) bool {
	return w == "up" || w == "out"
}

// quoteWindow bounds how far after a quote cue its quote may open:
// "called the DNC's suspension "arbitrary"".
const quoteWindow = 12

// naming reports a quote cue at tokens [i, i+n) that names what the noun
// before it is called rather than reports what someone said: a past
// participle after a plain noun, right before the name, in quotes or
// capitalised ("a website called "Cape Breton If Donald Trump Wins"", "a
// group called the "We The People Foundation"", "a warm-up band called
// Sophistafunk got the crowd to cheer"). Not "the senator called Trump
// "dangerous"" (the name is the object, the quote its complement), nor
// "what he called "deeply pessimistic"" (a subject before the cue).
func (a *attributor) naming(i, n int, s segment.Sentence) bool {
	toks := a.txt.Tokens
	if i <= s.First || i+n >= s.Last || !strings.HasSuffix(toks[i+n-1].Norm, "ed") {
		return false
	}
	prev := toks[i-1]
	if prev.Kind != segment.Word || prev.Cap || a.inQuote[i-1] >= 0 || functionLike(prev.Key, prev.Norm) || isPronounLike(prev.Norm) ||
		english.IsAdverbKey(prev.Key, prev.Norm) || a.adverbAt(i-1) || verbGroup(prev.Key, prev.Norm) || english.IsAuxiliaryKey(prev.Key, prev.Norm) {
		return false
	}
	k := i + n
	if english.IsArticleKey(toks[k].Key, toks[k].Norm) && k+1 < s.Last {
		k++
	}
	if q := a.inQuote[k]; q >= 0 {
		return a.quotes[q].open == k
	}
	if !toks[k].Cap || toks[k].Kind != segment.Word {
		return false
	}
	// a name the quote after it qualifies is the object: "called Trump
	// "dangerous"", "called Vice President Kamala Harris "a failure"",
	// "called Smith, 45, "a danger""
	if j := a.objectNameEnd(k, s.Last); j < s.Last {
		if q := a.inQuote[j]; q >= 0 && a.quotes[q].open == j {
			return false
		}
	}
	for k < s.Last && toks[k].Cap {
		k++
	}
	return k == s.Last || toks[k].Norm != "'s" && toks[k].Norm != "’s"
}

// maxObjectApposition bounds the apposition objectNameEnd walks over.
const maxObjectApposition = 8

// objectNameEnd returns the end of the name opening at token k, before
// last: its capitalised words, the titles and role words among them
// ("Senate Majority Leader Chuck Schumer", "North Korean leader Kim Jong
// Un", "Mr. Smith") and one apposition between commas ("Smith, 45,", "Ann
// Lee, a lawyer,"). It stops at a quote.
func (a *attributor) objectNameEnd(k, last int) int {
	toks := a.txt.Tokens
	apposition := false
	for k < last && a.inQuote[k] < 0 {
		t := toks[k]
		_, title := a.r.Titles.Longest(toks, k, last)
		_, role := a.r.Attribution.Roles.Longest(toks, k, last)
		switch {
		case title > 0 || role > 0:
			k += max(title, role)
		case t.Kind == segment.Word && t.Cap, t.Norm == "." && segment.IsAbbreviationToken(&toks[k-1]):
			k++
		case t.Norm == "," && !apposition:
			c := k + 1
			for c < last && c <= k+maxObjectApposition && toks[c].Norm != "," && a.inQuote[c] < 0 {
				c++
			}
			if c >= last || toks[c].Norm != "," {
				return k
			}
			k, apposition = c+1, true
		default:
			return k
		}
	}
	return k
}

// quoteWithin reports a quote opening within quoteWindow tokens from token
// from, in the sentence ending at last.
func (a *attributor) quoteWithin(from, last int) bool {
	for k := from; k < last && k < from+quoteWindow; k++ {
		if q := a.inQuote[k]; q >= 0 {
			return a.quotes[q].open == k
		}
	}
	return false
}

func (a *attributor) tokSpan(first, last int) *Span {
	start := a.txt.Tokens[first].Start
	line, col := a.txt.Lines.Pos(start)
	if len(a.spans) == cap(a.spans) {
		// spans are carved from blocks: one allocation for many, and
		// pointer-free memory the collector does not scan
		a.spans = make([]Span, 0, spanBlock)
	}
	a.spans = append(a.spans, Span{Start: start, End: a.txt.Tokens[last-1].End, Line: line, Col: col})
	return &a.spans[len(a.spans)-1]
}

// spanBlock is how many attribution spans one allocation holds.
const spanBlock = 64

func (a *attributor) attr(sp speaker, form Form, cue string, cueFirst, cueLast int) Attribution {
	at := Attribution{Speaker: sp.name, SpeakerType: sp.typ, Cue: cue, Form: form}
	placeState := sp.last-sp.first == 1 && a.placeState(sp.first)
	if !a.plausible(sp.name) || placeState {
		// misread ("NEW YORK", "Instead", "Lancet said the", the "Tex"
		// of "in Beaumont, Tex., Mr. Trump"): the speaker is unknown,
		// not evidence of who spoke
		at.Speaker, at.SpeakerType = "", SpeakerUnknown
	}
	if sp.first >= 0 && sp.last > sp.first && !placeState {
		at.Span = a.tokSpan(sp.first, sp.last)
	}
	stance := -1
	if cueLast > cueFirst && sp.ok() {
		// "a spokesman declined to say": the stance is part of the cue
		if c := a.stanceBeforeTo(cueFirst, cueLast-cueFirst, a.txt.Sentences[a.sentOf[cueFirst]]); c >= 0 && sp.last <= c {
			stance, cueFirst = c, c
		}
	}
	if cueLast > cueFirst {
		// the verb group: "has said", "had also warned"
		for cueFirst > 0 && cueFirst-1 >= sp.last {
			if verbGroup(a.txt.Tokens[cueFirst-1].Key, a.txt.Tokens[cueFirst-1].Norm) || a.mannerAdverb(cueFirst-1) {
				cueFirst--
			} else if r := a.negatedAdverbs(cueFirst, max(sp.last, 0)); r < cueFirst {
				cueFirst = r // "did not even say", "cannot yet say"
			} else {
				break
			}
		}
		if cueLast < len(a.txt.Tokens) && a.txt.Tokens[cueLast].Norm == ":" && a.txt.Tokens[cueLast].Start == a.txt.Tokens[cueLast-1].End {
			cueLast++ // "said:" introduces its quote
		}
		at.CueSpan = a.tokSpan(cueFirst, cueLast)
	}
	if stance >= 0 {
		// "a spokesman declined to say", "refused to confirm": a speech
		// not made
		at = hedged(at, strings.ToLower(a.text(stance, cueLast)))
	}
	if neg := a.cueNegation(cueFirst, cueLast); neg >= 0 {
		// "police did not say whether", "officials never said": the
		// speaker has not asserted what the cue reports; speaker and cue
		// stay as evidence, the claims hedged by the negated cue
		at = hedged(at, strings.ToLower(a.text(neg, cueLast)))
	}
	if a.r.Attribution.HedgeCues[cue] {
		at = hedged(at, cue)
	}
	return at
}

// plausible is plausibleSpeaker(name), memoised for the document: a
// speaker is named again and again.
func (a *attributor) plausible(name string) bool {
	ok, seen := a.plausibleNames[name]
	if !seen {
		ok = plausibleSpeaker(name, a.r.Attribution)
		a.plausibleNames[name] = ok
	}
	return ok
}

// maxViewObject bounds the object between a view cue and its "as".
const maxViewObject = 8

// viewCue reports a verb of the rules' view cues at token i whose object
// is followed by "as" ("voters see the campaign as unfair", "saw the
// program as detrimental to their interests"): a view held, not a time
// clause ("Neighbors saw three men as they ran from the house").
func (a *attributor) viewCue(i int, s segment.Sentence) bool {
	toks := a.txt.Tokens
	if !a.r.Attribution.ViewCues.HasWordKey(toks[i].Key, toks[i].Norm) || toks[i].Cap || i == s.First || i+1 >= s.Last || toks[i+1].Norm == "as" || a.nounUse(i, s.First) {
		return false // "we will see as soon as"
	}
	for k := i + 2; k < s.Last && k <= i+maxViewObject; k++ {
		t := toks[k]
		if t.Kind == segment.Punct || a.inQuote[k] >= 0 || english.IsSubordinatorKey(t.Key, t.Norm) && t.Norm != "as" {
			return false
		}
		if t.Norm == "as" {
			// not "as soon as", "as well as", "as much as", nor "as he
			// fired": a clause's subject after "as" opens a time clause
			if toks[k-1].Kind != segment.Word || k+1 >= s.Last {
				return false
			}
			next := toks[k+1].Norm
			return !english.IsAdverb(next) && next != "well" && next != "soon" && next != "much" && !english.IsSubjectPronoun(next)
		}
	}
	return false
}

// record adds an attribution whose cue stands at token cue to the ones
// found, once per cue.
func (a *attributor) record(at Attribution, cue int) {
	if a.foundCue[cue] {
		return
	}
	a.foundCue[cue] = true
	a.found = append(a.found, at)
}

// coordinatedCue reports a cue at token i after "and" or "but", over
// adverbs: "laid off 200 workers and warned", "and then said".
func (a *attributor) coordinatedCue(i int, s segment.Sentence) bool {
	return a.coordinator(i, s) >= 0
}

// coordinator is the "and" or "but" before a cue at token i, over
// adverbs ("and then said", "but also warned"), or -1.
func (a *attributor) coordinator(i int, s segment.Sentence) int {
	p := i - 1
	for p > s.First && (a.mannerAdverb(p) || a.adverbAt(p) || a.txt.Tokens[p].Norm == "then") {
		p--
	}
	if p > s.First && (a.txt.Tokens[p].Norm == "and" || a.txt.Tokens[p].Norm == "but") {
		return p
	}
	return -1
}

// participle reports a cue at token i in the -ing form that follows a
// comma or "and", over adverbs: ", adding that", "and repeatedly saying".
func (a *attributor) participle(i int, s segment.Sentence) bool {
	if !strings.HasSuffix(a.txt.Tokens[i].Norm, "ing") {
		return false
	}
	p := i - 1
	for p > s.First && (a.mannerAdverb(p) || a.adverbAt(p)) {
		p--
	}
	return p > s.First && (a.txt.Tokens[p].Norm == "," || a.txt.Tokens[p].Norm == "and")
}
