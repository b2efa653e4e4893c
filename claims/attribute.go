package claims

import (
	"strings"

	"github.com/claimdiff/claimdiff/claims/english"
	"github.com/claimdiff/claimdiff/claims/rules"
	"github.com/claimdiff/claimdiff/claims/segment"
)

// cueWindow bounds how far before a quote mark its cue is looked for, and
// afterQuoteWindow how far after it: `"...," Peter Carr, a spokesman for
// the special counsel's office, said`.
const (
	cueWindow        = 25
	afterQuoteWindow = 20
)

// sentenceAttr is what one sentence says about its sources.
type sentenceAttr struct {
	according Attribution // "according to X" for the whole sentence
	accAt     int         // token of the according-to phrase
	indirect  Attribution // "X said (that) ..."
	hedge     string      // the first hedge phrase in the sentence
	cueAt     int         // token of the indirect cue, -1 for none
	// contentFrom is the first token the indirect cue's content may hold:
	// the sentence start when the speaker and cue close the sentence
	// ("..., police said"), else the token after the cue and its speaker.
	contentFrom int
	// contentTo ends it: the speaker, after a quote, else the sentence end.
	contentTo int
	// spFirst and spLast are the tokens naming the indirect speaker.
	spFirst, spLast int
}

// attribute is the attribution stage: it fills every claim's attribution
// and appends the quotes as claims of kind "quote". One pass over the
// sentences in order, with pronouns resolved against a bounded window of
// earlier sentences.
func attribute(res *Result, r *rules.Rules, in *rules.Input, names *nameCache) {
	a := newAttributor(res.Text, r, in, names)
	for si := range a.txt.Sentences {
		a.forget(si)
		a.sentence(si)
		// resolve the quotes that end in this sentence
		for a.next < len(a.quotes) && a.quoteEndSentence(a.next) <= si {
			a.resolveQuote(a.next)
			a.next++
		}
	}
	for i := range res.Claims {
		res.Claims[i].Attribution = a.claimAttribution(&res.Claims[i])
	}
	res.Claims = append(res.Claims, a.quoteClaims(res)...)
	sortClaims(res.Claims)
	res.Attributions = a.found
	res.SentenceAttributions = a.sentenceAttributions()
}

// attributor is the whole state of one attribution pass over a document:
// the quotes, what each sentence says about its sources, and what pronouns
// need (recent speakers and subjects, surnames seen), kept for a bounded
// window of sentences.
type attributor struct {
	txt   *segment.Text
	in    *rules.Input
	r     *rules.Rules
	names *nameCache

	quotes  []quote
	inQuote []int   // quote index covering each token, or -1
	sentOf  []int32 // sentence index of each token
	next    int     // next quote to resolve
	qattr   []Attribution
	// unit[q] is the first quote of the statement q belongs to: a quote that
	// continues or inherits its speaker joins the one before it.
	unit  []int
	sattr []sentenceAttr
	// found is every attribution made, for Result.Attributions, and
	// foundCue the cue tokens they stand at, so each cue counts once.
	found    []Attribution
	foundCue map[int]bool

	// surnames maps a person's last name to the full name seen earlier in
	// the document, so "Mr Pompeo" resolves to "Mike Pompeo".
	surnames map[string]string
	// recent holds, per sentence index, its subject and speakers.
	recent map[int]*sentenceSalience
	// roles maps a role noun to the person last named with it ("Governor
	// John Bel Edwards", "Peter Carr, a spokesman"), so "the governor"
	// resolves to him.
	roles map[string]string
	// gender maps a person's name to 'm' or 'f' where a title told it
	// ("Ms. Griffin"), so "she" does not resolve to Mr. Trump.
	gender map[string]byte
	// proper holds the words written capitalised somewhere other than at
	// the start of a sentence ("Iraqi", "US"), which keep their capital
	// when they open an unnamed speaker.
	proper map[string]bool
	// titleCase marks the sentences written in title case, as headlines
	// are ("Salma Hayek Described Her Experience"): a name there ends at
	// a cue verb.
	titleCase []bool
}

func newAttributor(txt *segment.Text, r *rules.Rules, in *rules.Input, names *nameCache) *attributor {
	quotes := findQuotes(txt)
	a := &attributor{txt: txt, in: in, r: r, names: names, quotes: quotes,
		inQuote: make([]int, len(txt.Tokens)), sentOf: make([]int32, len(txt.Tokens)),
		qattr: make([]Attribution, len(quotes)), unit: make([]int, len(quotes)),
		sattr:    make([]sentenceAttr, len(txt.Sentences)),
		surnames: map[string]string{}, foundCue: map[int]bool{}, recent: map[int]*sentenceSalience{}, roles: map[string]string{},
		gender: map[string]byte{}, proper: map[string]bool{}}
	for i := range a.inQuote {
		a.inQuote[i] = -1
	}
	a.titleCase = make([]bool, len(txt.Sentences))
	for si, s := range txt.Sentences {
		opening := true
		words, caps := 0, 0
		for i := s.First; i < s.Last; i++ {
			a.sentOf[i] = int32(si)
			t := &txt.Tokens[i]
			if t.Kind != segment.Word && t.Kind != segment.Number {
				continue
			}
			if t.Kind == segment.Word && len(t.Norm) > 3 {
				words++
				if t.Cap {
					caps++
				}
			}
			if t.Cap && !opening {
				a.proper[t.Norm] = true
			}
			opening = false
		}
		a.titleCase[si] = words >= 4 && 5*caps >= 4*words
	}
	for qi, q := range quotes {
		end := q.last
		if q.close >= 0 {
			end = q.close + 1
		}
		for i := q.open; i < end; i++ {
			a.inQuote[i] = qi
		}
	}
	for i := range a.unit {
		a.unit[i] = i
	}
	return a
}

// sentenceAttributions is, per sentence, its according-to source or else
// its speech cue's speaker, with its hedge.
func (a *attributor) sentenceAttributions() []Attribution {
	out := make([]Attribution, len(a.sattr))
	for si, sa := range a.sattr {
		at := none
		q := a.mainQuote(si)
		switch {
		case q >= 0:
			// a sentence that is mostly quotation is the quote's speaker's
			at = a.quoteAttribution(q)
		case sa.according.Form != "" && sa.cueAt >= 0 && sa.indirect.Speaker != sa.according.Speaker && (a.quoteIn(si) || sa.accordingInSubject()):
			// `"They wanted to get back at him," Miranda said, according to
			// the New York Post`: Miranda's words, via the Post
			at = sa.indirect
			at.Via = sa.according.Speaker
		case sa.according.Form != "":
			at = sa.according
		case sa.cueAt >= 0:
			at = sa.indirect
		}
		if sa.hedge != "" && !at.Hedged {
			at.Hedged, at.Hedge = true, sa.hedge
		}
		out[si] = at
	}
	return out
}

// accordingInSubject reports an according-to phrase standing between the
// speaker and the cue: "The A.G., according to the Times, said ..." is the
// A.G.'s statement, reported via the Times.
func (sa *sentenceAttr) accordingInSubject() bool {
	return sa.according.Form != "" && sa.cueAt >= 0 && sa.spFirst >= 0 && sa.accAt > sa.spFirst && sa.accAt < sa.cueAt
}

func (a *attributor) quoteEndSentence(qi int) int {
	q := a.quotes[qi]
	end := q.close
	if end < 0 {
		end = q.last - 1
	}
	return int(a.sentOf[end])
}

// sentence reads one sentence's hedges, according-to source, indirect cue,
// subject and named people, outside its quotes.
func (a *attributor) sentence(si int) {
	s := a.txt.Sentences[si]
	toks := a.txt.Tokens
	at := a.r.Attribution
	sa := &a.sattr[si]
	sa.cueAt = -1
	sal := a.salience(si)
	a.openingSubject(s, sal)
	a.colonSpeaker(si)
	for i := s.First; i < s.Last; i++ {
		t := toks[i]
		if t.Kind != segment.Word {
			continue
		}
		if sa.hedge == "" {
			a.hedgeAt(i, s, sa)
		}
		if a.inQuote[i] >= 0 || a.in.Cover(i) >= 0 {
			continue
		}
		if _, n := at.AccordingTo.Longest(toks, i, s.Last); n > 0 {
			a.accordingTo(i, n, si, sa, sal)
			i += n - 1
			continue
		}
		if _, n := at.Documents.Longest(toks, i, s.Last); n > 0 && i+n < s.Last && (toks[i+n].Norm == "by" || toks[i+n].Norm == "from") {
			// "a statement by Mark Esper": Esper is a source to resolve "he" to
			f, l := a.npAfter(i+n+1, s.Last)
			if sp := a.resolve(f, l, si); sp.ok() {
				sal.remember(sp)
			}
		}
		if cue, n := at.QuoteCues.Longest(toks, i, s.Last); n > 0 && !a.nounUse(i, s.First) && a.quoteWithin(i+n, s.Last) {
			// "Sanders called the suspension "arbitrary"": the quote may be
			// one word, too short to be a quote claim, and still attributed
			if sp := a.cueSpeaker(i, n, si); sp.ok() {
				a.record(a.attr(sp, FormDirect, cue, i, i+n), i)
				sal.remember(sp)
			}
		}
		if cue, n, class := a.cue(i, s.Last); n > 0 && cue != "according" && !a.nounUse(i, s.First) && !a.toObject(i+n, s.Last) {
			a.indirectCue(cue, class, i, n, si, sa, sal)
		} else if n == 0 && a.clauseVerbThat(i, s) {
			// "Cruz anticipated that ...", "they are convinced that ...":
			// a verb whose object is a clause reports a position; unlisted,
			// it sources no claim
			a.indirectCue(t.Norm, stanceCue, i, 1, si, sa, sal)
		}
		if t.Cap {
			if sp, n := a.entity(i, s.Last); n > 0 {
				if sp.typ == SpeakerPerson {
					sal.persons = keepRecent(sal.persons, sp)
				}
				i += n - 1
			}
		} else if i > s.First && toks[i-1].Norm == "the" && (i+1 == s.Last || toks[i+1].Kind != segment.Word || !a.r.Attribution.Roles.Has(toks[i+1].Norm)) {
			// "arrested the gunman. ... he told police": a person named
			// by a role is someone a pronoun may refer to
			if _, n := a.r.Attribution.Roles.Longest(toks, i, i+1); n == 1 {
				sal.persons = keepRecent(sal.persons, a.roleSpeaker(i-1, i, i+1))
			}
		}
	}
}

// openingSubject records a sentence's subject, outside quotes: its first
// entity, after an opening phrase such as "In 2018,".
func (a *attributor) openingSubject(s segment.Sentence, sal *sentenceSalience) {
	toks := a.txt.Tokens
	start := s.First
	// "Speaking at a town hall in Salem, Trump went after Bush": an
	// opening participle is no subject; the subject follows its phrase
	w := toks[s.First].Norm
	participle := len(w) > 5 && (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed")) && s.First+1 < s.Last && !toks[s.First+1].Cap
	for i := s.First; i < s.Last && i < s.First+12; i++ {
		if i >= s.First+7 && !participle {
			break
		}
		if toks[i].Norm == "," && (english.IsCommonPreposition(w) || participle || a.in.Cover(s.First) >= 0) {
			start = i + 1
			break
		}
	}
	// over the place that qualifies the phrase's last: "in Salem, New
	// Hampshire,"
	for nc := start; start > s.First && nc < s.Last && nc < start+4; nc++ {
		if toks[nc].Norm == "," {
			if a.placeQualifier([2]int{s.First, start - 1}, [2]int{start, nc}) {
				start = nc + 1
			}
			break
		}
	}
	if start < s.Last && a.inQuote[start] < 0 {
		k := start
		for k < s.Last && isLead(toks[k].Norm) {
			k++
		}
		if k < s.Last {
			if sp, n := a.entity(k, s.Last); n > 0 {
				sal.subject = sp
			}
		}
	}
}

// hedgeAt records the hedge starting at token i ("reportedly", "not
// confirmed"), if any, as the sentence's.
func (a *attributor) hedgeAt(i int, s segment.Sentence, sa *sentenceAttr) {
	at := a.r.Attribution
	toks := a.txt.Tokens
	if _, n := at.Hedges.Longest(toks, i, s.Last); n > 0 {
		sa.hedge = strings.ToLower(a.text(i, i+n))
	} else if _, n := at.NegatedHedges.Longest(toks, i, s.Last); n > 0 && a.negated(i, s.First) {
		sa.hedge = strings.ToLower(a.text(i-1, i+n))
	}
}

// accordingTo records the source of "according to" at tokens [i, i+n):
// the first in the sentence is the sentence's.
func (a *attributor) accordingTo(i, n, si int, sa *sentenceAttr, sal *sentenceSalience) {
	toks := a.txt.Tokens
	f, l := a.npAfter(i+n, a.txt.Sentences[si].Last)
	if n == 1 && (f >= l || !toks[f].Cap && !english.IsArticle(toks[f].Norm)) {
		// a one-word phrase ("per", "citing") before a bare lower-case
		// word: "per capita", "$700 per ton", "citing his Iowa results"
		// are a rate or a reason, no source
		return
	}
	sp := a.resolve(f, l, si)
	if !sp.ok() && l > f && toks[f].Kind == segment.Word && !english.IsSubjectPronoun(toks[f].Norm) {
		// "according to a count by the AP", "according to the
		// results": a source all the same, if not one to name
		sp = speaker{name: a.unnamed(f, l), typ: SpeakerDocument, first: f, last: l}
	}
	if sp.ok() {
		at := a.attr(sp, FormAccordingTo, strings.ToLower(a.text(i, i+n)), i, i+n)
		if sa.according.Form == "" {
			sa.according, sa.accAt = at, i
		}
		a.record(at, i)
		sal.remember(sp)
	}
}

// indirectCue records the attribution of a cue of the given class at
// tokens [i, i+n) ("said", "shows", "wants"): the sentence's first speech
// or evidence cue attributes its claims and marks where their content
// runs; a later cue, or a stance, is an attribution of its own.
func (a *attributor) indirectCue(cue string, class cueClass, i, n, si int, sa *sentenceAttr, sal *sentenceSalience) {
	s := a.txt.Sentences[si]
	sp := a.cueSpeaker(i, n, si)
	if class == evidenceCue {
		sp = a.evidenceSpeaker(sp, i, si) // "the poll shows", not "the photo shows"
	}
	if class == stanceCue && (!a.stanceVerb(sp, i, n, s) || sa.cueAt >= 0 && sa.cueAt < i && !a.clauseBreak(sa.cueAt, i)) {
		// "Voters said they support Clinton": a stance inside what a
		// speaker said is part of the statement, not one of its own
		sp = speaker{}
	}
	if sp.ok() && sa.cueAt >= 0 && class == speechCue && sp.first >= 0 && sp.first <= sa.cueAt && sa.cueAt < i {
		// "Mr. Guerrero, a Republican who described himself as
		// ..., said": the first cue stood inside this one's subject;
		// this one is the sentence's
		sa.cueAt = -1
	}
	if sp.ok() && sa.cueAt >= 0 && sa.cueAt < i && class == speechCue && a.trailing(sp, i, n, s) && !a.subordinate(sa.cueAt, s) {
		// "Tarrant revealed that he had intended ..., Mr Hawes said.": a
		// trailing attribution frames the whole sentence, the cue
		// before it included; that one stays an attribution of its own
		sa.cueAt = -1
	}
	if sp.ok() && (sa.cueAt >= 0 || class == stanceCue) {
		// a later cue in the sentence ("While Comey has said ...,
		// Lewandowski said ...") is an attribution of its own; the
		// sentence's claims stay with the first. A stance
		// ("wants", "supports") sources no claim.
		a.record(a.attr(sp, FormIndirect, cue, i, i+n), i)
		sal.remember(sp)
	} else if sp.ok() {
		sa.indirect = a.attr(sp, FormIndirect, cue, i, i+n)
		a.record(sa.indirect, i)
		sa.cueAt = i
		sa.spFirst, sa.spLast = sp.first, sp.last
		sa.contentFrom, sa.contentTo = a.contentFrom(sp, i, n, s), s.Last
		if start := min(sp.first, i); sp.first >= 0 && start > s.First && a.inQuote[start-1] >= 0 ||
			start > s.First+1 && a.txt.Tokens[start-1].Norm == "," && a.inQuote[start-2] >= 0 {
			// `"...," Miguel Cruz said Sunday, hours after ...`: the
			// content is the quote, not what follows the cue
			sa.contentTo = start
		}
		sal.remember(sp)
	}
}

// clauseVerbThat reports a word at token i that takes a "that" clause as
// a verb: lower case, no function word, adverb or noun after a
// determiner, with the clause's "that" right after it ("Cruz anticipated
// that", "she is convinced that"; not "the fact that", "so that").
func (a *attributor) clauseVerbThat(i int, s segment.Sentence) bool {
	toks := a.txt.Tokens
	t := toks[i]
	if i+2 >= s.Last || toks[i+1].Norm != "that" || t.Cap || t.Kind != segment.Word || len(t.Norm) < 4 || i == s.First {
		return false
	}
	if functionLike(t.Norm) || english.IsAdverb(t.Norm) || strings.HasSuffix(t.Norm, "ly") || verbGroup(t.Norm) ||
		english.IsPreposition(t.Norm) || a.nounUse(i, s.First) || a.in.Cover(i) >= 0 {
		return false
	}
	// "that" opening a clause, not a determiner before a noun and a
	// verb: "that 2012 remark" has a number, "that powerful coalition" a
	// plain adjective and noun, both with no verb
	n := toks[i+2]
	if n.Kind != segment.Word || !(n.Cap || english.IsSubjectPronoun(n.Norm) || english.IsDeterminer(n.Norm) || english.IsPronoun(n.Norm)) {
		return false
	}
	// a verb by its form and what stands before it: a past ("anticipated
	// that", "are convinced that"), else a present after a pronoun or a
	// modal ("he figures that", "they realize that", "may conclude
	// that"); "the chairs that POLITICO interviewed" is a noun and its
	// relative clause
	k := i - 1
	for k > s.First && (verbGroup(toks[k].Norm) || english.IsAdverb(toks[k].Norm) || a.mannerAdverb(k)) && !english.IsAuxiliary(toks[k].Norm) {
		k--
	}
	prev := toks[k].Norm
	subj := k
	for subj > s.First && (english.IsAuxiliary(toks[subj].Norm) || verbGroup(toks[subj].Norm)) {
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

// clauseBreak reports a new main clause between tokens from and to: a
// semicolon, or a comma followed by "and" or "but" ("Clinton said it
// would fail, and she vows to fight it").
func (a *attributor) clauseBreak(from, to int) bool {
	toks := a.txt.Tokens
	for k := from + 1; k < to-1; k++ {
		if n := toks[k].Norm; n == ";" || n == "," && (toks[k+1].Norm == "and" || toks[k+1].Norm == "but") {
			return true
		}
	}
	return false
}

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

// maxColonSpeaker bounds the name before a headline's colon.
const maxColonSpeaker = 6

// colonSpeaker reads a sentence opening with a name and a colon, as
// headlines attribute: "Graham: Trump's 'Incredibly Hateful Rhetoric'
// Destroying GOP's Chance", "Trump: 'We will win'". The name is the
// speaker of what follows the colon.
func (a *attributor) colonSpeaker(si int) {
	s := a.txt.Sentences[si]
	toks := a.txt.Tokens
	k := s.First
	for k < s.Last && k < s.First+maxColonSpeaker && toks[k].Norm != ":" {
		k++
	}
	if k >= s.Last-2 || toks[k].Norm != ":" || k == s.First || a.inQuote[s.First] >= 0 || a.in.Cover(s.First) >= 0 {
		return
	}
	if countWords(a.txt, k+1, s.Last) < 5 || dateline(a.txt, s.First) {
		return // "Sanders: 46." is a tally
	}
	// wholly a name, of several words or known in the document: not
	// "Contributing:", "Editor's note:", "The Latest:", "Q:"
	sp := a.wholeEntity(s.First, k)
	if !sp.named() || sp.typ == SpeakerDocument {
		return
	}
	if _, alias := a.r.Aliases.Lookup(a.txt, s.First, k); alias == 0 && !strings.Contains(sp.name, " ") {
		if _, ok := a.surnames[strings.ToLower(sp.name)]; !ok {
			return
		}
	}
	// "George Pell: Court quashes cardinal's conviction" names a topic,
	// not a speaker: the words after the colon must speak (a quote, a
	// first or second person)
	speaks := false
	for j := k + 1; j < s.Last && !speaks; j++ {
		n := toks[j].Norm
		speaks = markOf(a.txt, j) != notMark || n == "i" || n == "we" || n == "my" || n == "our" || n == "you" || n == "us" || n == "me"
	}
	if !speaks {
		return
	}
	sp.first, sp.last = a.extent(sp.first, sp.last, s.First, k)
	// recorded, but the sentence's claims are not sourced by it: a
	// headline's shorthand is no statement of where the figure comes from
	a.record(a.attr(sp, FormIndirect, ":", k, k+1), k)
	a.salience(si).remember(sp)
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
	if rest <= 4 || sp.first < 0 || a.trailing(sp, i, n, s) {
		return s.First
	}
	// "Brenton Tarrant, 29, admitted to ...": the content follows the cue
	return end
}

// trailing reports a cue at token i (n tokens) with speaker sp that
// closes its sentence after a comma, a dash or a quote mark, with at most
// a few words after it: "..., police said on Friday in a statement".
func (a *attributor) trailing(sp speaker, i, n int, s segment.Sentence) bool {
	if sp.first < 0 {
		return false
	}
	rest := 0
	for k := max(i+n, sp.last); k < s.Last && rest <= 8; k++ {
		if a.txt.Tokens[k].Kind != segment.Punct {
			rest++
		}
	}
	start := min(sp.first, i)
	if rest > 8 || start <= s.First {
		return false
	}
	if w := a.txt.Tokens[start].Norm; w == "who" || w == "which" {
		return false
	}
	p := a.txt.Tokens[start-1]
	return p.Norm == "," || p.Norm == "—" || markOf(a.txt, start-1) != notMark
}

// nounUse reports a cue word used as a noun: "the claim", "his reports".
func (a *attributor) nounUse(i, first int) bool {
	if i == first {
		return false
	}
	toks := a.txt.Tokens
	prev, w := toks[i-1], toks[i].Norm
	// "some say", "most believe", "4 in 10 said": a quantity standing
	// for people is the subject of a verb, as a noun would be plural
	// after it ("some reports")
	people := (english.IsQuantifier(prev.Norm) || prev.Kind == segment.Number && i >= first+3 && toks[i-2].Norm == "in") &&
		!strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing")
	if people || prev.Kind == segment.Number && english.IsIrregularPast(w) && i >= first+3 && toks[i-2].Norm == "in" {
		return false
	}
	switch prev.Norm {
	case "the", "a", "an", "his", "her", "their", "its", "our", "this", "these", "those", "that", "such", "of", "'s",
		"more", "most", "fewer", "less", "newly", "any", "some", "many", "no", "in":
		return true // "the claim", "more confirmed cases"
	}
	return prev.Kind == segment.Number // "85,500 confirmed cases"
}

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
	if t := toks[i+1]; t.Kind != segment.Number && !english.IsArticle(t.Norm) && !english.IsQuantifier(t.Norm) {
		return false
	}
	for k := i + 1; k < last && k < i+objectWindow; k++ {
		if t := toks[k]; t.Norm == "that" || t.Norm == ":" || markOf(a.txt, k) != notMark || a.inQuote[k] >= 0 {
			return false // "admitted to the court that ..."
		}
	}
	return true
}

// objectWindow bounds how far after a cue's "to" a statement is looked
// for before its object is taken for a plain noun phrase.
const objectWindow = 12

// cueClass tells the cues apart: speech verbs source the claims in their
// scope; stances (rules.yaml attribution.stance-cues) are attributions that
// source none; evidence verbs (evidence-cues) count after a document only.
type cueClass uint8

const (
	speechCue cueClass = iota
	stanceCue
	evidenceCue
)

// cue returns the longest cue at token i, before last, with its class; a
// word listed in two classes takes the narrower one.
func (a *attributor) cue(i, last int) (string, int, cueClass) {
	at := a.r.Attribution
	toks := a.txt.Tokens
	cue, n := at.Cues.Longest(toks, i, last)
	class := speechCue
	if c, m := at.StanceCues.Longest(toks, i, last); m > 0 && m >= n {
		cue, n, class = c, m, stanceCue
	}
	if c, m := at.EvidenceCues.Longest(toks, i, last); m > 0 && m >= n {
		cue, n, class = c, m, evidenceCue
	}
	return cue, n, class
}

// evidenceSpeaker is the speaker of an evidence cue at token i ("the
// latest Reuters/Ipsos poll showed", "Fox found"): sp when it is a document
// or an outlet, else the phrase before the cue when a document word heads
// it, else none.
func (a *attributor) evidenceSpeaker(sp speaker, i, si int) speaker {
	if sp.typ == SpeakerDocument || sp.typ == SpeakerMedia {
		return sp
	}
	s := a.txt.Sentences[si]
	toks := a.txt.Tokens
	f, l := a.npBefore(i, s.First)
	if segs := splitCommas(toks, f, l); len(segs) > 0 {
		f = segs[0][0]
	}
	if v := a.documentVerb(f, l); v >= f {
		f = v + 1 // "the mayor released his annual report showing"
	}
	for f < l && (isLead(toks[f].Norm) && !english.IsArticle(toks[f].Norm) || english.IsSubordinator(toks[f].Norm)) {
		f++
	}
	for k := f; k < l; k++ {
		if _, n := a.r.Attribution.Documents.Longest(toks, k, l); n > 0 {
			return speaker{name: a.unnamed(f, l), typ: SpeakerDocument, first: f, last: l}
		}
	}
	return speaker{}
}

// stanceVerb reports a stance cue at token i (n tokens) used as a verb
// whose subject is its speaker sp: the speaker stands right before it, past
// auxiliaries ("Trump wants", "he would support", "who opposed"), and it is
// no noun ("38 percent support", "support for him", "tax plans").
func (a *attributor) stanceVerb(sp speaker, i, n int, s segment.Sentence) bool {
	toks := a.txt.Tokens
	if !sp.ok() || sp.first < 0 {
		return false
	}
	if i+n < s.Last {
		if next := toks[i+n].Norm; next == "for" || next == "of" || next == "," || next == "." {
			return false
		}
	}
	k := i - 1
	for k > s.First && (verbGroup(toks[k].Norm) || toks[k].Norm == "to" || toks[k].Norm == "did" ||
		toks[k].Norm == "does" || toks[k].Norm == "do" || toks[k].Norm == "n't" || toks[k].Norm == "may" ||
		toks[k].Norm == "might" || toks[k].Norm == "should" || toks[k].Norm == "can" || toks[k].Norm == "still" ||
		toks[k].Norm == "now" || toks[k].Norm == "strongly" || toks[k].Norm == "only") {
		k--
	}
	return sp.last == k+1 || toks[k].Norm == "who" || toks[k].Norm == "," && sp.last == k
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

// cueSpeaker finds who a cue at token i (n tokens) belongs to: the phrase
// before it ("the Pentagon stated"), or after it ("said Mark Esper").
func (a *attributor) cueSpeaker(i, n, si int) speaker {
	s := a.txt.Sentences[si]
	// A passive cue names its speaker only after "by": "Americans have
	// been urged to leave" says nothing of who urged them.
	if i > s.First && english.IsBeForm(a.txt.Tokens[i-1].Norm) && !strings.HasSuffix(a.txt.Tokens[i].Norm, "ing") {
		if i+n < s.Last && a.txt.Tokens[i+n].Norm == "by" {
			f, l := a.npAfter(i+n+1, s.Last)
			return a.resolve(f, l, si)
		}
		return speaker{}
	}
	if p := a.txt.Tokens[max(i-1, 0)].Norm; i > s.First && (p == "," || p == "by" || p == "after" || p == "before" || p == "without" || p == "while") &&
		strings.HasSuffix(a.txt.Tokens[i].Norm, "ing") {
		// ", adding that", "followed that by saying"
		if sp := a.participleSpeaker(i, si); sp.ok() {
			return sp
		}
	}
	// "Clinton, who said": the speaker is the phrase before the relative
	// pronoun, named where the pronoun stands.
	k := i - 1
	for k > s.First && (verbGroup(a.txt.Tokens[k].Norm) || a.mannerAdverb(k) || a.adverbAt(k) ||
		a.txt.Tokens[k].Norm == "'s" && english.IsSubjectPronoun(a.txt.Tokens[k-1].Norm)) {
		k-- // "has since said", "he's telling"
	}
	if k < s.First || a.inQuote[k] >= 0 {
		return speaker{}
	}
	// "..., he said", "when she said": a subject pronoun before the cue
	if english.IsSubjectPronoun(a.txt.Tokens[k].Norm) {
		return a.resolve(k, k+1, si)
	}
	// "Graham called Trump 'crazy' and said ...": coordinated verbs share
	// their clause's subject
	if n := a.txt.Tokens[k].Norm; k > s.First && (n == "and" || n == "but") {
		return a.clauseSubject(k, si)
	}
	if k > s.First && (a.txt.Tokens[k].Norm == "who" || a.txt.Tokens[k].Norm == "which") {
		return a.relativeSpeaker(k, si)
	}
	if i-1 > s.First+3 && a.txt.Tokens[i-1].Norm == "," && i+n < s.Last {
		if sp, ok := a.invertedSpeaker(i, n, si); ok {
			return sp
		}
	}
	if sp := a.subjectBefore(i, si); sp.ok() {
		return sp
	}
	if i > s.First {
		prev := a.txt.Tokens[i-1].Norm
		if prev == "," || markOf(a.txt, i-1) != notMark || i == s.First {
			return a.speakerAfterCue(i+n, si)
		}
	}
	return speaker{}
}

// relativeSpeaker is the speaker a relative pronoun at token k stands
// for, named where the pronoun stands: "Clinton, who said".
func (a *attributor) relativeSpeaker(k, si int) speaker {
	f, l := a.npBefore(k, a.txt.Sentences[si].First)
	// the antecedent is the name right before the comma: "interviewed
	// Washington Post reporter Ben Terris, who"
	for j := f; j < l; j++ {
		if e, n := a.entity(j, l); n > 0 {
			if end := j + n; end == l || end+1 == l && a.txt.Tokens[end].Norm == "," {
				e.first, e.last = k, k+1
				return e
			}
			j += n - 1
		}
	}
	if sp := a.resolve(f, l, si); sp.ok() {
		sp.first, sp.last = k, k+1
		return sp
	}
	// "Editor's note: ... a bully who has repeatedly pledged": someone
	return speaker{typ: SpeakerUnknown, first: k, last: k + 1}
}

// adverbAt reports a lower-case adverb of the closed class at token k,
// not a quantifier: "since", "now", "still" ("has since said").
func (a *attributor) adverbAt(k int) bool {
	t := a.txt.Tokens[k]
	return !t.Cap && english.IsAdverb(t.Norm) && !english.IsQuantifier(t.Norm) && t.Norm != "about"
}

// subjectBefore reads the speaker of a cue at token i from the noun
// phrase before it: the subject of a verb that put a document out
// ("Black Lives Matter issued a statement saying"), a phrase a relative
// clause restricts ("Current and former officials who spoke with The
// Huffington Post said"), or the phrase itself.
func (a *attributor) subjectBefore(i, si int) speaker {
	s := a.txt.Sentences[si]
	f, l := a.npBefore(i, s.First)
	if v := a.documentVerb(f, l); v > f {
		if sp := a.resolve(f, v, si); sp.ok() {
			return sp
		}
	}
	if f > s.First+1 && a.txt.Tokens[f-1].Norm == "who" && l-f >= 2 {
		f2, l2 := a.npBefore(f-1, s.First)
		if sp := a.resolve(f2, l2, si); sp.ok() {
			if sp.last == f-1 {
				sp.last = l // the relative clause restricts the speaker: its span
			}
			return sp
		}
	}
	return a.resolve(f, l, si)
}

// documentVerb returns the token of the verb in a phrase [f, l) that ends
// with a determined document ("issued a statement", "released its
// report"): a lower-case word that is no function word, followed by a
// determiner and the document. It returns -1 for none.
func (a *attributor) documentVerb(f, l int) int {
	toks := a.txt.Tokens
	for k := l - 2; k > f && k >= l-5; k-- {
		t := toks[k]
		if !english.IsDeterminer(t.Norm) && !english.IsPronoun(t.Norm) || toks[k-1].Cap || toks[k-1].Kind != segment.Word || functionLike(toks[k-1].Norm) {
			continue
		}
		for j := k + 1; j < l; j++ {
			if _, n := a.r.Attribution.Documents.Longest(toks, j, l); n > 0 && j+n == l {
				return k - 1
			}
		}
	}
	return -1
}

// participleSpeaker finds who a participle cue after a comma (token i)
// belongs to: ", adding that ...", ", saying: ..." are the sentence's
// speaker's, or its subject's, or the clause's subject's ("She addressed
// Muslim-Americans in an email, saying ..."); none when not ok.
func (a *attributor) participleSpeaker(i, si int) speaker {
	if sa := a.sattr[si]; sa.cueAt >= 0 && sa.cueAt < i && sa.indirect.Speaker != "" {
		return speaker{name: sa.indirect.Speaker, typ: sa.indirect.SpeakerType, first: sa.spFirst, last: sa.spLast}
	}
	if sub := a.salience(si).subject; sub.ok() && sub.first < i {
		return sub
	}
	return a.clauseSubject(i-1, si)
}

// invertedSpeaker finds the speaker after a cue (tokens [i, i+n)) that
// follows a comma and a clause: "The committee has collected $56.5
// million, said David Gilbert, its president": a person's full name
// standing alone after the cue. It reports whether it found one.
func (a *attributor) invertedSpeaker(i, n, si int) (speaker, bool) {
	s := a.txt.Sentences[si]
	if _, l := a.npAfter(i+n, s.Last); l == s.Last || a.txt.Tokens[l].Norm == "," || a.txt.Tokens[l].Norm == "." {
		if sp := a.speakerAfterCue(i+n, si); sp.named() && sp.typ == SpeakerPerson && strings.Contains(sp.name, " ") &&
			sp.first >= i+n && sp.first <= i+n+1 {
			return sp, true
		}
	}
	return speaker{}, false
}

// mannerAdverb reports a lower-case adverb in -ly at token k, as stands
// between a subject and its verb: "he ultimately decided", "she merely
// wanted". ("the family said" has no adverb: a determiner goes before.)
func (a *attributor) mannerAdverb(k int) bool {
	t := a.txt.Tokens[k]
	return !t.Cap && len(t.Norm) > 4 && strings.HasSuffix(t.Norm, "ly") && t.Kind == segment.Word &&
		k > 0 && !isLead(a.txt.Tokens[k-1].Norm) && !english.IsDeterminer(a.txt.Tokens[k-1].Norm)
}

// clauseSubjectWindow bounds how far back from a coordinated verb ("...
// and said") its clause's subject is looked for.
const clauseSubjectWindow = 30

// clauseSubject finds the subject of the clause a coordinated verb after
// token and belongs to: the pronoun, name or "the <role>" that opens the
// clause ("The judge rubbed his chin, and then said", "when Rubio thanked
// Miami and said").
func (a *attributor) clauseSubject(and, si int) speaker {
	s := a.txt.Sentences[si]
	toks := a.txt.Tokens
	start := s.First
	for k := and - 1; k >= s.First && k > and-clauseSubjectWindow; k-- {
		if n := toks[k].Norm; (n == "who" || n == "which") && k > s.First && toks[k-1].Norm == "," {
			start = k // "Ben Terris, who saw the incident and described it"
			break
		}
		if n := toks[k].Norm; english.IsSubordinator(n) && n != "as" || n == ";" || n == ":" || n == "—" ||
			a.inQuote[k] >= 0 || markOf(a.txt, k) != notMark {
			start = k + 1
			break
		}
	}
	// over an opening phrase: "In his speech, Obama positioned ..."
	for k := start; k < and && k < start+8; k++ {
		if toks[k].Norm == "," {
			if english.IsCommonPreposition(toks[start].Norm) || english.IsDiscourseAdverb(toks[start].Norm) {
				start = k + 1
			}
			break
		}
	}
	for start < and && (toks[start].Norm == "but" || toks[start].Norm == "and" || toks[start].Norm == "so") {
		start++
	}
	if start >= and {
		return speaker{}
	}
	if english.IsSubjectPronoun(toks[start].Norm) {
		return a.resolve(start, start+1, si)
	}
	if n := toks[start].Norm; start > s.First && (n == "who" || n == "which") {
		// "Ben Terris, who saw the incident and described it"
		return a.relativeSpeaker(start, si)
	}
	f := start
	for f < and && english.IsArticle(toks[f].Norm) {
		f++
	}
	if f < and {
		if _, n := a.r.Titles.Longest(toks, f, and); n > 0 || toks[f].Cap {
			if sp, n := a.entity(f, and); n > 0 {
				sp.first, sp.last = a.extent(sp.first, sp.last, start, sp.last)
				return sp
			}
		}
		if _, n := a.r.Attribution.Roles.Longest(toks, f, and); n > 0 && f > start {
			return a.roleSpeaker(start, f, f+n)
		}
	}
	return speaker{}
}

// speakerAfterCue reads the speaker of an inverted cue from token start:
// "said the mayor", "said the spokesman, Peter Carr" (the name the role
// stands beside).
func (a *attributor) speakerAfterCue(start, si int) speaker {
	s := a.txt.Sentences[si]
	f, l := a.npAfter(start, s.Last)
	sp := a.resolve(f, l, si)
	if l+1 < s.Last && a.txt.Tokens[l].Norm == "," && (!sp.ok() || sp.typ == SpeakerPerson && !a.txt.Tokens[l-1].Cap) {
		f2, l2 := a.npAfter(l+1, s.Last)
		if name := a.wholeEntity(f2, l2); name.ok() && name.typ == SpeakerPerson {
			if role := a.roleHead(f, l); role != "" {
				a.roles[role] = name.name
				// "said the spokesman, Peter Carr": the role and the name
				// are one phrase naming him
				name.first = min(name.first, f)
			}
			name.last = a.closingApposition(name.last, s)
			return name
		}
	}
	if sp.ok() && sp.first >= start && sp.last > sp.first {
		sp.last = a.closingApposition(sp.last, s)
	}
	return sp
}

// closingApposition returns the end of the apposition that follows a
// speaker ending at token l and closes sentence s: "said Jim Clyburn, a
// Democratic congressman from South Carolina." runs to the period. It
// returns l when what follows is no apposition: a participle (", adding
// that"), a preposition (", in a statement"), a quote.
func (a *attributor) closingApposition(l int, s segment.Sentence) int {
	toks := a.txt.Tokens
	end := s.Last
	for end > l && toks[end-1].Kind == segment.Punct {
		end--
	}
	if l+1 >= end || toks[l].Norm != "," || end-l > maxApposition {
		return l
	}
	n := toks[l+1]
	if !n.Cap && (strings.HasSuffix(n.Norm, "ing") || strings.HasSuffix(n.Norm, "ed")) ||
		english.IsPreposition(n.Norm) && n.Norm != "from" && n.Norm != "of" ||
		english.IsDiscourseAdverb(n.Norm) || english.IsSubjectPronoun(n.Norm) || english.IsSubordinator(n.Norm) ||
		n.Norm == "and" || n.Norm == "but" || n.Kind != segment.Word && n.Kind != segment.Number {
		return l
	}
	for k := l + 1; k < end; k++ {
		if t := toks[k]; markOf(a.txt, k) != notMark || a.inQuote[k] >= 0 || t.Norm == ":" || t.Norm == ";" {
			return l
		}
	}
	return end
}

func (a *attributor) attr(sp speaker, form Form, cue string, cueFirst, cueLast int) Attribution {
	at := Attribution{Speaker: sp.name, SpeakerType: sp.typ, Cue: cue, Form: form}
	if sp.first >= 0 && sp.last > sp.first {
		at.Span = a.tokSpan(sp.first, sp.last)
	}
	if cueLast > cueFirst {
		// the verb group: "has said", "had also warned"
		for cueFirst > 0 && (verbGroup(a.txt.Tokens[cueFirst-1].Norm) || a.mannerAdverb(cueFirst-1)) && cueFirst-1 >= sp.last {
			cueFirst--
		}
		if cueLast < len(a.txt.Tokens) && a.txt.Tokens[cueLast].Norm == ":" && a.txt.Tokens[cueLast].Start == a.txt.Tokens[cueLast-1].End {
			cueLast++ // "said:" introduces its quote
		}
		at.CueSpan = a.tokSpan(cueFirst, cueLast)
	}
	if a.r.Attribution.HedgeCues[cue] {
		at.Hedged, at.Hedge = true, cue
	}
	return at
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

func (a *attributor) tokSpan(first, last int) *Span {
	start := a.txt.Tokens[first].Start
	line, col := a.txt.Lines.Pos(start)
	return &Span{Start: start, End: a.txt.Tokens[last-1].End, Line: line, Col: col}
}

// resolveQuote finds a quote's speaker: a cue right after it ("...," the
// State Department tweeted), or before it in its sentence (Adel Abdul Mahdi
// said: "..."), an according-to source, or the speaker of the quote it
// continues.
func (a *attributor) resolveQuote(qi int) {
	q := a.quotes[qi]
	if q.words < minQuoteWords {
		return
	}
	toks := a.txt.Tokens
	openSent := int(a.sentOf[q.open])
	var found Attribution
	if q.close >= 0 && a.endsClause(q) {
		found = a.cueAfterQuote(q)
	}
	if found.Form == "" && !q.cont {
		found = a.cueBeforeQuote(q, openSent)
	}
	found = a.withAccording(found, q, openSent)
	if found.Form == "" && qi > 0 {
		found = a.continuedQuote(qi, openSent)
	}
	// `"We are done with it," he said, "and we will not come back."`: a
	// quote resumed after its cue, in lower case, is one statement
	if qi > 0 && found.Form != "" && q.first < q.last && !toks[q.first].Cap {
		if p := a.quotes[qi-1]; p.close >= 0 && q.open-p.close <= splitQuoteGap && a.sentOf[p.close] == a.sentOf[q.open] &&
			a.qattr[qi-1].Speaker == found.Speaker {
			a.unit[qi] = a.unit[qi-1]
		}
	}
	if found.Form == "" {
		return
	}
	if h := a.sattr[openSent].hedge; h != "" && !found.Hedged {
		found.Hedged, found.Hedge = true, h
	}
	a.qattr[qi] = found
}

// cueAfterQuote finds the cue after a quote's closing mark, in the same
// sentence: `"...," the State Department tweeted`.
func (a *attributor) cueAfterQuote(q quote) Attribution {
	var found Attribution
	cs := int(a.sentOf[q.close])
	s := a.txt.Sentences[cs]
	for i := q.close + 1; i < s.Last && i <= q.close+afterQuoteWindow; i++ {
		if a.inQuote[i] >= 0 {
			break
		}
		if cue, n, class := a.cue(i, s.Last); n > 0 && cue != "according" && class != stanceCue {
			if sp := a.cueSpeakerAfterQuote(q.close+1, i, n, cs); sp.ok() && (class != evidenceCue || sp.typ == SpeakerDocument || sp.typ == SpeakerMedia) {
				found = a.attr(sp, FormDirect, cue, i, i+n)
				a.record(found, i)
				a.salience(cs).remember(sp)
			}
			break
		}
	}
	return found
}

// cueBeforeQuote finds the cue before a quote's opening mark, back to the
// start of its sentence: `Adel Abdul Mahdi said: "..."`. Inside an
// indirect statement (`Mr. Gowdy said the committee believed that
// "..."`) the words are the outer speaker's.
func (a *attributor) cueBeforeQuote(q quote, openSent int) Attribution {
	var found Attribution
	toks := a.txt.Tokens
	s := a.txt.Sentences[openSent]
	for i := q.open - 1; i >= s.First && i >= q.open-cueWindow; i-- {
		if a.inQuote[i] >= 0 {
			break
		}
		cue, n, class := a.cue(i, s.Last)
		if class != speechCue {
			n = 0 // a stance or a document's finding frames no quote
		}
		if n == 0 {
			cue, n = a.r.Attribution.QuoteCues.Longest(toks, i, s.Last)
		}
		if n > 0 && i+n <= q.open && cue != "according" {
			if sa := a.sattr[openSent]; sa.cueAt >= 0 && sa.cueAt < i && sa.indirect.Speaker != "" {
				// `Mr. Gowdy said the committee believed that "..."`:
				// the words are the outer speaker's; the inner cue is
				// an attribution of its own
				if sp := a.cueSpeaker(i, n, openSent); sp.ok() {
					a.record(a.attr(sp, FormIndirect, cue, i, i+n), i)
				}
				found = sa.indirect
				found.Form = FormDirect
				break
			}
			if sp := a.cueSpeaker(i, n, openSent); sp.ok() {
				found = a.attr(sp, FormDirect, cue, i, i+n)
				a.record(found, i)
			}
			break
		}
	}
	return found
}

// withAccording applies the according-to source of the quote's sentence:
// the speaker when the quote has none, otherwise the channel (Via) when
// it names someone else.
func (a *attributor) withAccording(found Attribution, q quote, openSent int) Attribution {
	acc := a.sattr[openSent].according
	if found.Form == "" && acc.Form != "" {
		found = acc
		found.Form = FormDirect
	} else if found.Form != "" && acc.Form != "" && acc.Speaker != found.Speaker {
		found.Via = acc.Speaker
	} else if found.Form != "" && q.close >= 0 {
		if acc2 := a.sattr[a.sentOf[q.close]].according; acc2.Form != "" && acc2.Speaker != found.Speaker {
			found.Via = acc2.Speaker
		}
	}
	return found
}

// continuedQuote gives a quote with no speaker of its own (quote qi > 0)
// the speaker of the statement before it: in the same paragraph, or in
// the one before when it opens its paragraph. It joins that statement
// when it opens its sentence; otherwise it is a separate quote by the same
// speaker.
func (a *attributor) continuedQuote(qi, openSent int) Attribution {
	var found Attribution
	q := a.quotes[qi]
	para := a.txt.Paragraphs[q.para]
	opensPara := q.open == a.txt.Sentences[para.First].First
	opensSent := q.open == a.txt.Sentences[openSent].First
	for p := qi - 1; p >= 0; p-- {
		prev := a.quotes[p]
		if prev.words < minQuoteWords {
			continue
		}
		if a.qattr[p].Form != "" && (prev.para == q.para || (prev.para == q.para-1 && opensPara)) {
			found = a.qattr[p]
			if opensSent || q.cont {
				a.unit[qi] = a.unit[p]
			}
		}
		break
	}
	return found
}

// quoteWindow bounds how far after a quote cue its quote may open:
// "called the DNC's suspension "arbitrary"".
const quoteWindow = 12

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

// splitQuoteGap bounds the tokens between the halves of a quote split by
// its cue: `"...," Peter Carr, the spokesman, said, "..."`.
const splitQuoteGap = 10

// endsClause reports a quote that ends its clause, so that a cue after it
// can be its own: punctuation just inside or after the closing mark
// (`"...," he said`, `"..." — the mayor said`), or the cue right after it.
// `'plotting to kill' Americans, and urges` runs on.
func (a *attributor) endsClause(q quote) bool {
	toks := a.txt.Tokens
	if q.close > q.first && toks[q.close-1].Kind == segment.Punct {
		return true
	}
	if q.close+1 >= len(toks) {
		return true
	}
	next := toks[q.close+1]
	if next.Kind == segment.Punct {
		return true
	}
	_, n := a.r.Attribution.Cues.Longest(toks, q.close+1, len(toks))
	return n > 0
}

// cueSpeakerAfterQuote reads `"...," X said` (speaker before the cue) and
// `"...," said X` (after it); from is the first token after the quote.
func (a *attributor) cueSpeakerAfterQuote(from, i, n, si int) speaker {
	f := from
	for f < i && (a.txt.Tokens[f].Norm == "," || a.txt.Tokens[f].Norm == "-" || a.txt.Tokens[f].Norm == "—") {
		f++
	}
	if f < i {
		if sp := a.resolve(f, i, si); sp.ok() {
			return sp
		}
	}
	return a.speakerAfterCue(i+n, si)
}

// claimAttribution attributes a claim: the quote it stands in, else its
// sentence's according-to source, else its sentence's speaker.
func (a *attributor) claimAttribution(c *Claim) Attribution {
	at := none
	if q := a.inQuote[c.tok]; q >= 0 && a.quotes[q].words >= minQuoteWords {
		at = a.quoteAttribution(q)
	} else if sa := a.sattr[c.sent]; sa.according.Form != "" && !sa.accordingInSubject() {
		at = sa.according
	} else if sa.cueAt >= 0 && c.tok != sa.cueAt && c.tok >= sa.contentFrom && c.tok < sa.contentTo {
		at = sa.indirect
		if sa.according.Form != "" && sa.according.Speaker != at.Speaker {
			at.Via = sa.according.Speaker
		}
	}
	if h := a.sattr[c.sent].hedge; h != "" && !at.Hedged {
		at.Hedged, at.Hedge = true, h
	}
	return at
}

// quoteIn reports a quote of at least minQuoteWords in sentence si.
func (a *attributor) quoteIn(si int) bool {
	s := a.txt.Sentences[si]
	for i := s.First; i < s.Last; i++ {
		if q := a.inQuote[i]; q >= 0 && a.quotes[q].words >= minQuoteWords {
			return true
		}
	}
	return false
}

// mainQuote returns the quote that holds at least half of sentence si's
// words, or -1.
func (a *attributor) mainQuote(si int) int {
	s := a.txt.Sentences[si]
	words, best, bestN := 0, -1, 0
	counts := map[int]int{}
	for i := s.First; i < s.Last; i++ {
		if k := a.txt.Tokens[i].Kind; k != segment.Word && k != segment.Number {
			continue
		}
		words++
		if q := a.inQuote[i]; q >= 0 && a.quotes[q].words >= minQuoteWords {
			counts[q]++
			if counts[q] > bestN {
				best, bestN = q, counts[q]
			}
		}
	}
	if best < 0 || 2*bestN < words {
		return -1
	}
	return best
}

// quoteAttribution is quote qi's attribution: its speaker, or an unknown
// speaker when none was found, for a quotation is never a bare assertion.
func (a *attributor) quoteAttribution(qi int) Attribution {
	if at := a.qattr[qi]; at.Form != "" {
		return at
	}
	at := Attribution{SpeakerType: SpeakerUnknown, Form: FormDirect}
	if h := a.sattr[a.sentOf[a.quotes[qi].open]].hedge; h != "" {
		at.Hedged, at.Hedge = true, h
	}
	return at
}

// quoteClaims makes one claim of kind "quote" per statement: a quote and
// the quotes that continue it, their words joined, marks normalised.
func (a *attributor) quoteClaims(res *Result) []Claim {
	var out []Claim
	for qi := range a.quotes {
		if a.unit[qi] != qi || a.quotes[qi].words < minQuoteWords {
			continue
		}
		var parts []string
		lastTok := a.quotes[qi].last
		for k := qi; k < len(a.quotes); k++ {
			if a.unit[k] != qi || a.quotes[k].words < minQuoteWords {
				if k > qi && a.unit[k] != qi {
					break
				}
				continue
			}
			q := a.quotes[k]
			if q.last > q.first {
				parts = append(parts, quoteText(a.text(q.first, q.last)))
			}
			lastTok = q.last
			if q.close >= 0 {
				lastTok = q.close + 1
			}
		}
		q := a.quotes[qi]
		s := a.txt.Sentences[a.sentOf[q.open]]
		start, end := a.txt.Tokens[q.open].Start, a.txt.Tokens[lastTok-1].End
		line, col := a.txt.Lines.Pos(start)
		sline, scol := a.txt.Lines.Pos(s.Start)
		at := a.quoteAttribution(qi)
		out = append(out, Claim{Doc: res.Doc.ID, Source: res.Doc.Source, Kind: "quote", Rule: "quote",
			Text: strings.Join(parts, " "), Sentence: sentenceAround(a.txt.Src[s.Start:s.End], start-s.Start, start-s.Start),
			Span:         Span{Start: start, End: end, Line: line, Col: col},
			SentenceSpan: Span{Start: s.Start, End: s.End, Line: sline, Col: scol},
			Attribution:  at, sent: int(a.sentOf[q.open]), tok: q.open})
	}
	return out
}

var straightQuotes = strings.NewReplacer("“", "\"", "”", "\"", "‘", "'", "’", "'")

// quoteText normalises quoted words: curly marks made straight, white space
// folded, ellipses kept.
func quoteText(s string) string {
	s = straightQuotes.Replace(s)
	return strings.TrimRight(oneLine(s), " ,")
}
