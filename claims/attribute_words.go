package claims

import (
	"strings"

	"github.com/claimdiff/claimdiff/claims/english"
	"github.com/claimdiff/claimdiff/claims/phrase"
	"github.com/claimdiff/claimdiff/claims/segment"
	"github.com/claimdiff/claimdiff/claims/wordset"
)

// Word-level tests the attribution files share: leads, verb groups,
// pronouns, prepositions, function words, datelines, capitals.

// isLead reports a word skipped at the head of a speaker's phrase: an
// article, a coordinating conjunction ("but", "and", "yet"), "while",
// "as", "then", "so", "also", "even", and the relative "which" and
// "that". It reads token t's word by the hash the tokeniser gave it.
func isLead(t *segment.Token) bool {
	w := t.Norm
	switch w {
	case "but", "and", "yet", "then", "so", "also", "while", "as", "which", "that", "even":
		return true
	}
	return english.IsArticleKey(t.Key, w)
}

// inPersonAt reports a first- or second-person word at token k, as one
// speaks of oneself or to someone: "I", "we", "my", "our", "you",
// "your", "me", "us" (not the country, "US"), "I'm".
func (a *attributor) inPersonAt(k int) bool {
	t := &a.txt.Tokens[k]
	switch w, _, _ := strings.Cut(t.Norm, "'"); w {
	case "i", "we", "my", "our", "you", "your", "me":
		return true
	case "us":
		return !t.Cap
	}
	return false
}

// relativePronoun reports a word that opens a relative clause: "who",
// "whom", "whose", "which", "that".
func relativePronoun(w string) bool {
	return w == "who" || w == "which" || w == "that" || w == "whose" || w == "whom"
}

// verbGroup reports a word of the verb group between a speaker and its
// cue: an auxiliary ("has said"), a negated one ("didn't say"), an adverb
// or quantifier ("also", "both": english.IsVerbGroupWordKey), or a reflexive
// pronoun ("Trump himself said"). It reads word w by its Key k (a token's
// Key and Norm; a zero k is looked up by w).
func verbGroup(k wordset.Key, w string) bool {
	return english.IsVerbGroupWordKey(k, w) || english.IsReflexiveKey(k, w) || len(w) > 3 && strings.HasSuffix(w, "n't") ||
		english.IsAuxiliaryKey(k, w) && w != "'s" && w != "do" && w != "does" && w != "did" && w != "be" && w != "being" && w != "am" &&
			w != "'re" && w != "'m" && w != "having"
}

// pronounType is the type of speaker the pronoun w refers to: a person
// for "he", "she", "him" and "her", a body for "they" and "it"; "" for
// any other word. A switch, not a map: it is asked at most words of a
// speaker's phrase, and compiles to a few comparisons of the word's
// length and bytes.
func pronounType(w string) SpeakerType {
	switch w {
	case "he", "she", "him", "her":
		return SpeakerPerson
	case "they", "it":
		return SpeakerOrganisation
	}
	return ""
}

// isPronounLike reports a pronoun or relative pronoun speaker span.
func isPronounLike(w string) bool {
	return pronounType(w) != "" || w == "who" || w == "which"
}

// functionWord reports a closed-class word capitalised only because it
// opens a sentence.
func functionWord(t *segment.Token) bool {
	k, w := t.Key, t.Norm
	return isLead(t) || english.IsCommonPrepositionKey(k, w) || pronounType(w) != "" || verbGroup(k, w) || functionLike(k, w)
}

// functionLike reports a word that never stands in a role phrase: any
// closed-class word, or a quantifier ("all", "half"). It reads word w by
// its Key k (a token's Key and Norm; a zero k is looked up by w).
func functionLike(k wordset.Key, w string) bool {
	return english.IsFunctionWordKey(k, w) || english.IsQuantifierKey(k, w)
}

// initial reports a one-letter capital at token k: the "H" of "Paul H.
// Chipok".
func initial(txt *segment.Text, k int) bool {
	t := txt.Tokens[k]
	return t.End-t.Start == 1 && t.Cap
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

// dateline reports an all-capitals place opening a dateline ("SANDUSKY,
// Ohio (AP) —"): not a speaker.
func dateline(txt *segment.Text, i int) bool {
	t := &txt.Tokens[i]
	w := txt.Src[t.Start:t.End]
	if len(w) < 4 || lowerASCII(w[1]) || !segment.IsUpper(w) || segment.IsLower(w) {
		return false // "Trump": its second letter tells at once
	}
	// over the rest of the place: "MIAMI-DADE COUNTY, Fla."
	for k := i + 1; k < len(txt.Tokens) && k <= i+5; k++ {
		t := &txt.Tokens[k]
		if t.Norm == "," || t.Norm == ":" {
			return true
		}
		if w := txt.Src[t.Start:t.End]; t.Norm != "-" && !segment.IsUpper(w) {
			return false
		}
	}
	return false
}

// lowerASCII reports a lower-case ASCII letter: a byte no word in
// capitals holds (segment.IsUpper), wherever it stands.
func lowerASCII(c byte) bool { return 'a' <= c && c <= 'z' }

func splitCommas(toks []segment.Token, first, last int) [][2]int {
	return appendCommaSegments(nil, toks, first, last)
}

// appendCommaSegments appends to segs the comma-separated segments of
// tokens [first, last), as splitCommas returns them.
func appendCommaSegments(segs [][2]int, toks []segment.Token, first, last int) [][2]int {
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

// unnamed is the text of a phrase naming no one in particular ("US
// media", "Iraqi officials", "a statement"), as the article writes it,
// except that a first word capitalised only because it opens the sentence
// is lower-cased: "Officials said" -> "officials", "The statement said"
// -> "the statement". A word the document writes capitalised elsewhere
// in a sentence, or an acronym, keeps its capital.
func (a *attributor) unnamed(first, last int) string {
	t := a.text(first, last)
	tok := a.txt.Tokens[first]
	if !tok.Cap || a.proper.has(tok.Norm) && !functionLike(tok.Key, tok.Norm) || !a.opensSentence(first) {
		return t
	}
	w := a.txt.Src[tok.Start:tok.End]
	if segment.IsUpper(w) && len(w) > 1 {
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

// mannerAdverb reports a lower-case adverb in -ly at token k, as stands
// between a subject and its verb: "he ultimately decided", "she merely
// wanted". ("the family said" has no adverb: a determiner goes before.)
func (a *attributor) mannerAdverb(k int) bool {
	t := &a.txt.Tokens[k]
	if t.Cap || len(t.Norm) <= 4 || !strings.HasSuffix(t.Norm, "ly") || t.Kind != segment.Word || k == 0 {
		return false
	}
	return (!isLead(&a.txt.Tokens[k-1]) || a.negatedYet(k-1)) && !a.lyNoun(k) // "could not yet immediately say"
}

// lyNoun reports a word in -ly at token k that is a noun: after a
// determiner or a possessive ("the family", "the victim's family"), or a
// noun of the rules' vocabulary ("family", "assembly").
func (a *attributor) lyNoun(k int) bool {
	if k > 0 {
		if prev := a.txt.Tokens[k-1].Norm; english.IsDeterminer(prev) || prev == "'s" {
			return true
		}
	}
	w, at := a.txt.Tokens[k].Norm, a.r.Attribution
	return at.Anonymous.HasWord(w) || at.Roles.HasWord(w) || at.Organisations.HasWord(w)
}

// adverbAt reports a lower-case adverb of the closed class at token k,
// not a quantifier: "since", "now", "still" ("has since said").
func (a *attributor) adverbAt(k int) bool {
	t := &a.txt.Tokens[k]
	return !t.Cap && english.IsAdverbKey(t.Key, t.Norm) && !english.IsQuantifierKey(t.Key, t.Norm) && t.Norm != "about"
}

// negated reports a negator up to four tokens before token i.
func (a *attributor) negated(i, first int) bool {
	for k := i - 1; k >= first && k >= i-5; k-- {
		if english.IsNegator(a.txt.Tokens[k].Norm) {
			return true
		}
	}
	return false
}

// inVerbGroup reports token k part of the verb group before a cue, walked
// back over to find its subject: an auxiliary or verbGroup word, a manner
// or closed-class adverb ("has long complained", "is already claiming",
// "has since said").
func (a *attributor) inVerbGroup(k int) bool {
	return verbGroup(a.txt.Tokens[k].Key, a.txt.Tokens[k].Norm) || a.adverbAt(k) || a.mannerAdverb(k) || a.negatedYet(k)
}

// negatedYet reports a lower-case "yet" at token k right after a negator
// or a negated auxiliary: "police cannot yet say", "have not yet said"
// (an adverb of the verb group, not the conjunction of ", yet police
// said").
func (a *attributor) negatedYet(k int) bool {
	t := &a.txt.Tokens[k]
	return t.Norm == "yet" && !t.Cap && k > 0 && negatorWord(a.txt.Tokens[k-1].Norm)
}

// negatorWord reports a negator ("not", "never", "cannot") or a negated
// auxiliary ("didn't", "can't") as cueNegation reads them.
func negatorWord(w string) bool {
	return english.IsNegator(w) || len(w) > 3 && strings.HasSuffix(w, "n't")
}

// maxGroupAdverbs bounds the adverbs between a negated verb group and its
// cue: "could not yet say", "have not even publicly said".
const maxGroupAdverbs = 3

// negatedAdverbs returns where the run of adverbs right before token c,
// from token from on, starts when a negator or a negated auxiliary stands
// right before the run ("did not even say", "can't yet say",
// "have not now said"), or c when none does: the adverbs and the negator
// belong to the cue's verb group.
func (a *attributor) negatedAdverbs(c, from int) int {
	k := c - 1
	for k >= from && k >= c-maxGroupAdverbs && a.groupAdverb(k) {
		k--
	}
	if k < from || k == c-1 || !negatorWord(a.txt.Tokens[k].Norm) {
		return c
	}
	return k + 1
}

// groupAdverb reports an adverb at token k that may stand between a
// negated verb group and its cue: a manner or closed-class adverb, not a
// negator, or "yet".
func (a *attributor) groupAdverb(k int) bool {
	t := &a.txt.Tokens[k]
	if t.Cap || english.IsNegator(t.Norm) {
		return false
	}
	return t.Norm == "yet" || a.adverbAt(k) || a.mannerAdverb(k)
}

// spacedDash reports a hyphen at token k written as a dash: standing
// between spaces ("the justice - who was ... - said") or doubled ("--").
func spacedDash(txt *segment.Text, k int) bool {
	toks := txt.Tokens
	if toks[k].Norm != "-" {
		return false
	}
	if k > 0 && toks[k-1].Norm == "-" && toks[k-1].End == toks[k].Start ||
		k+1 < len(toks) && toks[k+1].Norm == "-" && toks[k+1].Start == toks[k].End {
		return true // "--"
	}
	return k > 0 && k+1 < len(toks) && toks[k-1].End < toks[k].Start && toks[k].End < toks[k+1].Start
}

// fraction reports a hyphenated fraction: "three-quarters", "two-thirds".
func fraction(w string) bool {
	i := strings.LastIndexByte(w, '-')
	return i > 0 && english.IsQuantifier(w[:i]) && english.IsQuantifier(w[i+1:])
}

// timeAdjunct returns the first token of the time adjunct that ends at
// token k, between a subject and its verb ("the board on Monday
// rejected", "officials last week said", "he on Tuesday night
// announced"), or -1 when token k ends none.
func (a *attributor) timeAdjunct(k, first int) int {
	toks := a.txt.Tokens
	if k <= first || toks[k].Kind != segment.Word || !english.IsTimeWordKey(toks[k].Key, toks[k].Norm) {
		return -1
	}
	j := k
	if j-1 > first && english.IsCalendarWordKey(toks[j-1].Key, toks[j-1].Norm) {
		j-- // "Monday night"
	}
	switch p := toks[j-1].Norm; {
	case p == "last" || p == "this" || p == "next" || p == "early" || p == "late":
		j--
	case p == "on" && english.IsCalendarWordKey(toks[j].Key, toks[j].Norm):
		j--
	case !english.IsCalendarWordKey(toks[j].Key, toks[j].Norm) && toks[j].Norm != "today" && toks[j].Norm != "yesterday":
		return -1 // "night", "week" alone are nouns: "the week said"
	}
	if j <= first || toks[j-1].Kind != segment.Word && toks[j-1].Kind != segment.Number && toks[j-1].Norm != ")" {
		// "Dianne Feinstein (D-Calif.) last week said": after a subject,
		// its bracketed aside too
		return -1
	}
	return j
}

// maxDateline bounds the tokens of a dateline that opens a sentence.
const maxDateline = 12

// afterDateline returns the first token after the dateline opening
// sentence s ("ORLANDO, Fla. (Reuters) - President Obama met", "New York
// (AFP) – Vice President Joe Biden hit"), or s.First when it opens with
// none: a place in capitals or an agency in brackets, then a dash.
func afterDateline(txt *segment.Text, s segment.Sentence) int {
	toks := txt.Tokens
	caps := dateline(txt, s.First)
	end := min(s.Last-1, s.First+maxDateline)
	for k := s.First + 1; k < end; k++ {
		// a dash is a mark: a word is passed by its kind alone
		if t := &toks[k]; t.Kind != segment.Punct || !dashLead(t.Norm) || t.Norm != "—" && t.Norm != "–" && !spacedDash(txt, k) {
			continue
		}
		if caps || toks[k-1].Norm == ")" {
			for k+1 < s.Last && toks[k+1].Norm == "-" {
				k++
			}
			return k + 1
		}
		return s.First
	}
	return s.First
}

// dashLead reports a word that may be a dash: one starting with a
// hyphen or with the lead byte of "—" and "–", the tests of most words in
// one.
func dashLead(w string) bool {
	return len(w) > 0 && (w[0] == '-' || w[0] == 0xE2)
}

// datelineEnd is afterDateline for sentence s of the text, asked several
// times a sentence: memoised per sentence where s is one of the text's
// sentences as it stands (a caller may pass one with a later start).
func (a *attributor) datelineEnd(s segment.Sentence) int {
	if s.First >= len(a.sentOf) {
		return afterDateline(a.txt, s)
	}
	si := a.sentOf[s.First]
	if t := &a.txt.Sentences[si]; t.First != s.First || t.Last != s.Last {
		return afterDateline(a.txt, s)
	}
	if k := a.datelines[si]; k >= 0 {
		return int(k)
	}
	k := afterDateline(a.txt, s)
	a.datelines[si] = int32(k)
	return k
}

// openingParticiple reports a participle at token f, before end, that
// opens its clause and is no name: "Speaking at a town hall in Salem,
// Trump went after Bush", "Reacting to criticism, the retired
// neurosurgeon acknowledged" (a word of six letters or more in "-ing" or
// "-ed" with no capital inside, as "BuzzFeed" has). A capital after it
// is a name's ("Browning Ferris", "Irving Police") unless the
// participle opens the sentence and its clause closes before the
// subject (participleClause): "Facing Tarrant, he said". A shorter
// irregular past before "by" is a passive participle: "Led by Mayor
// Ruiz, the marchers said".
func (a *attributor) openingParticiple(f, end int) bool {
	toks := a.txt.Tokens
	t := &toks[f]
	w := t.Norm
	if f+1 < end && toks[f+1].Norm == "by" && english.IsIrregularPastKey(t.Key, w) {
		return true // "Led by Mayor Ruiz, the rally", "Hit by a car, the boy"
	}
	if len(w) <= 5 || !strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "ed") || f+1 >= end {
		return false
	}
	for _, c := range []byte(a.txt.Src[t.Start+1 : t.End]) {
		if c >= 'A' && c <= 'Z' {
			return false
		}
	}
	return !toks[f+1].Cap || a.participleClause(f)
}

// maxParticipleClause bounds an opening participle's clause, and
// maxParticipleSubject the words from the comma closing it to the cue
// its subject speaks.
const (
	maxParticipleClause  = 12
	maxParticipleSubject = 6
)

// participleClause reports a word in "-ing" opening the sentence at token
// f whose clause, holding no listed cue, closes at a comma before the
// sentence's subject: a subject pronoun after the comma, or words
// reaching a listed cue with no comma between ("Facing Tarrant, he said", "Calling Tarrant a
// "maggot," Nabi said"); not a name an apposition follows ("Browning
// Ferris, the hauler, said").
func (a *attributor) participleClause(f int) bool {
	toks := a.txt.Tokens
	s := a.txt.Sentences[a.sentOf[f]]
	if f != s.First || !strings.HasSuffix(toks[f].Norm, "ing") {
		return false
	}
	cues := a.r.Attribution.Cues
	c := f + 2
	for c < s.Last && c <= f+maxParticipleClause && toks[c].Norm != "," {
		if cues.HasWordKey(toks[c].Key, toks[c].Norm) {
			return false // "Reading Police Chief Andrew Winters said ..., he added": a name's clause
		}
		c++
	}
	if c >= s.Last || toks[c].Norm != "," {
		return false
	}
	k := c + 1
	for k < s.Last && toks[k].Kind == segment.Punct && toks[k].Norm != "," {
		k++ // past a quotation's closing mark
	}
	if k < s.Last && english.IsSubjectPronounKey(toks[k].Key, toks[k].Norm) {
		return true
	}
	for j := k; j < s.Last && j <= k+maxParticipleSubject; j++ {
		if toks[j].Norm == "," {
			return false
		}
		if cues.HasWordKey(toks[j].Key, toks[j].Norm) {
			return j > k
		}
	}
	return false
}

// openingPhraseEnd returns the comma that closes the prepositional phrase
// or adverbial clause opening sentence s when token i stands inside it
// ("In the deal he outlined on Saturday, ...", "Though cops said five
// people were shot, FDNY officials said six"), else -1. The comma is
// found once per sentence.
func (a *attributor) openingPhraseEnd(i int, s segment.Sentence) int {
	if a.opening.first != s.First+1 || a.opening.last != s.Last {
		a.opening.first, a.opening.last, a.opening.comma = s.First+1, s.Last, a.openingPhraseComma(s)
	}
	if i <= s.First || a.opening.comma <= i {
		return -1
	}
	return a.opening.comma
}

// openingPhraseComma returns the comma that closes the prepositional phrase or
// adverbial clause opening sentence s, else -1: no quotation, semicolon
// or colon stands before it.
func (a *attributor) openingPhraseComma(s segment.Sentence) int {
	toks := a.txt.Tokens
	if w := toks[s.First].Norm; !english.IsPreposition(w) && !english.IsAdverbialSubordinator(w) || a.inQuote[s.First] >= 0 {
		return -1
	}
	for k := s.First + 1; k < s.Last; k++ {
		if toks[k].Norm == "," {
			return k
		}
		if a.inQuote[k] >= 0 || toks[k].Norm == ";" || toks[k].Norm == ":" {
			return -1
		}
	}
	return -1
}

// vocabularyHead reports a word of the rules' speaker vocabulary at
// token k, a role, body, anonymous source, outlet or document: the head
// of "..., said the ministry.", not of "..., said the toll rose."
func (a *attributor) vocabularyHead(k int) bool {
	at, w := a.r.Attribution, a.txt.Tokens[k].Norm
	return at.Roles.HasWord(w) || at.Organisations.HasWord(w) || at.Anonymous.HasWord(w) || at.Media.HasWord(w) || at.Documents.HasWord(w)
}

// listedHead reports a noun at token k that the rules' speaker
// vocabulary holds, in the singular or the plural ("officers", "deputies"):
// a role, body, anonymous source, outlet or document.
func (a *attributor) listedHead(k int) bool {
	if a.vocabularyHead(k) {
		return true
	}
	return singularIn(a.r.Attribution.Roles, a.txt.Tokens[k].Norm)
}

// singularIn reports a plural in -s or -ies whose singular set holds:
// "deputies", "officers", "signs".
func singularIn(set *phrase.Set[bool], w string) bool {
	return strings.HasSuffix(w, "ies") && set.Has(w[:len(w)-3]+"y") || strings.HasSuffix(w, "s") && set.Has(w[:len(w)-1])
}

// participleBreak reports a token p that ends a clause before a participle
// as a comma would: a dash ("flipped his choice on the spot – saying")
// or a quotation's closing mark after its comma ("called it “maniacal,”
// adding").
func (a *attributor) participleBreak(p, first int) bool {
	toks := a.txt.Tokens
	if p <= first {
		return false
	}
	if n := toks[p].Norm; n == "—" || n == "–" || spacedDash(a.txt, p) {
		return true
	}
	q := a.inQuote[p]
	if q < 0 || a.quotes[q].close != p {
		return false
	}
	if c := p - 1; c > first && markOf(a.txt, c) != notMark && a.inQuote[c] == q {
		p = c // ''it,'' written with two apostrophes
	}
	return toks[p-1].Norm == ","
}

// pluralNoun reports a lower-case word that reads as a plural noun:
// "specialists", "forecasters"; not "business", "status", "analysis".
func pluralNoun(w string) bool {
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") &&
		!strings.HasSuffix(w, "is") && !strings.ContainsAny(w, "'’")
}

// speechForm reports a lower-case word that is a form of a speech cue's
// verb (rules.yaml attribution.cues) whose form another list holds as
// written: "concludes" and "suggesting" are evidence cues ("the study
// concludes", "the poll, suggesting"), and "conclude" and "suggest" speech
// cues, so a person who concludes or suggests speaks. The verb is found
// by taking off a regular ending, the shorter first ("concludes" →
// "conclude", "showed" → "show", "suggesting" → "suggest"); only an
// -ing form may need its "e" back ("concluding"), the one case that
// builds a string.
func (a *attributor) speechForm(w string) bool {
	cues := a.r.Attribution.Cues
	for _, end := range [...]string{"s", "es", "d", "ed", "ing"} {
		if base, ok := strings.CutSuffix(w, end); ok && len(base) > 2 && (cues.Has(base) || end == "ing" && cues.Has(base+"e")) {
			return true
		}
	}
	return false
}

// verbForm reports a word in a verb's past or third-person form: a past
// form, or in -s after a letter other than s, u, i, p or an apostrophe
// ("concludes", "answers"; not "press", "focus", "this", "perhaps",
// "it's"). Plural nouns pass
// too ("officials"): callers ask it where a verb is expected.
func verbForm(k wordset.Key, w string) bool {
	switch {
	case english.IsPastFormKey(k, w):
		return true
	case len(w) > 3 && w[len(w)-1] == 's':
		p := w[len(w)-2]
		return p != 's' && p != 'u' && p != 'i' && p != 'p' && p != '\''
	}
	return false
}

// pastQuoteMarks returns the first token from k, before last, past the
// commas and dashes that follow a closing quote mark.
func (a *attributor) pastQuoteMarks(k, last int) int {
	for k < last {
		switch a.txt.Tokens[k].Norm {
		case ",", "-", "—", "–":
			k++
			continue
		}
		break
	}
	return k
}
