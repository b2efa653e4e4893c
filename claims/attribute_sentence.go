package claims

import (
	"strings"

	"github.com/claimdiff/claimdiff/claims/cuemodel"
	"github.com/claimdiff/claimdiff/claims/english"
	"github.com/claimdiff/claimdiff/claims/segment"
)

// The sentence stage: a sentence's hedge, according-to source, indirect
// cue and its speaker, colon framings, subject and named people.

// sentence reads one sentence's hedges, according-to source, indirect cue,
// subject and named people, outside its quotes.
func (a *attributor) sentence(si int) {
	s := a.txt.Sentences[si]
	toks := a.txt.Tokens
	sa := &a.sattr[si]
	sa.cueAt = -1
	sal := a.salience(si)
	a.openingSubject(s, sal)
	if !a.turn(si) {
		a.colonSpeaker(si)
	}
	personEnd := -1 // where the last person named ends, with what he is of
	for i := s.First; i < s.Last; i++ {
		t := &toks[i]
		if t.Kind != segment.Word {
			continue
		}
		// most words start no attribution phrase: one filter test spares
		// them every list's
		starts := a.starts.any.MayKey(t.Key)
		if starts && sa.hedgeLast == 0 && a.starts.hedges.MayKey(t.Key) {
			a.hedgeAt(i, s, sa)
		}
		if a.inQuote[i] >= 0 || a.in.Cover(i) >= 0 {
			continue
		}
		if starts && a.starts.phrases.MayKey(t.Key) {
			if n := a.phrasesAt(i, si, sa, sal); n > 0 {
				i += n - 1
				continue
			}
		}
		if starts && a.r.Attribution.FigureCues.MayStart(t) {
			if n := a.figureCue(i, s); n > 0 {
				// "The ministry puts the death toll at 230", "Hurun has
				// it at $3.5 billion": the figure is the subject's, whatever
				// else the verb may be
				a.indirectCue(t.Norm, speechCue, i, n, si, sa, sal)
				a.coverCue(i, n)
				i += n - 1
				continue
			}
		}
		// a listed cue's word, read as one or passed ("according", a noun
		// use, "admitted to 51 charges"), is no cue of any other kind
		listed := false
		if starts && a.starts.lists.MayStartCue(t.Key) {
			cue, n, class := a.cue(i, s.Last)
			listed = n > 0
			if listed && cue != "according" && !a.nounUse(i, s.First) && !a.toObject(i+n, s.Last) && !a.actObject(i, n, s) && !a.inAnonymousModifier(i, s) {
				a.listedCue(cue, class, i, n, si, sa, sal)
			}
		}
		switch {
		case listed: // no other kind of cue
		case a.clauseVerbThat(i, s):
			// "Cruz anticipated that ...", "they are convinced that ...":
			// a verb whose object is a clause reports a position; unlisted,
			// it sources no claim
			a.indirectCue(t.Norm, stanceCue, i, 1, si, sa, sal)
		case starts && a.r.Attribution.ViewCues.MayStart(t) && a.viewCue(i, s):
			// "Four in 10 voters see the campaign as unfair": a view
			// held, which sources no claim
			a.indirectCue(t.Norm, stanceCue, i, 1, si, sa, sal)
		case !t.Cap && len(t.Norm) >= 3 && a.model.MayKnow(t):
			// "Smith denounced the taxes", "the governor, referring to
			// ...": a cue of the long tail no list holds, as the trained
			// model reads it (which scores no name, short word or word
			// whose stem it does not know: those are passed here, without
			// a call)
			if class, ok := a.modelTakes(i, s); ok {
				a.indirectCue(t.Norm, class, i, 1, si, sa, sal)
			}
		}
		if t.Cap {
			if sp, n := a.entity(i, s.Last); n > 0 {
				personEnd = a.namedPerson(sp, i, n, personEnd, s.First, sal)
				i += n - 1
			}
		} else if i > s.First && toks[i-1].Norm == "the" && (i+1 == s.Last || toks[i+1].Kind != segment.Word || !a.r.Attribution.Roles.Has(toks[i+1].Norm)) {
			// "arrested the gunman. ... he told police": a person named
			// by a role is someone a pronoun may refer to
			if a.r.Attribution.Roles.MayStart(t) && a.r.Attribution.Roles.HasWordKey(t.Key, t.Norm) {
				sal.persons = keepRecent(sal.persons, a.roleSpeaker(i-1, i, i+1))
			}
		}
	}
	if sa.according == 0 && sa.cueAt < 0 {
		// "From a statement from Greenville County Schools:", "He issued
		// the following statement:": a printed statement's header
		if at, ok := a.headerSource(si); ok {
			sa.according, sa.accAt = a.keep(at), s.First
		}
	}
}

// listedCue reads the listed cue of the given class at tokens [i, i+n)
// of sentence si where it stands (cueKept); no word inside it is a cue
// of its own ("made it clear": not the model's "clear" of "it").
func (a *attributor) listedCue(cue string, class cueClass, i, n, si int, sa *sentenceAttr, sal *sentenceSalience) {
	if !a.cueKept(class, i, n, a.txt.Sentences[si]) {
		return
	}
	a.indirectCue(cue, class, i, n, si, sa, sal)
	a.coverCue(i, n)
}

// coverCue marks the words of a cue at tokens [i, i+n) after its first
// as read: none is a cue of its own (the first is marked where the cue is
// recorded).
func (a *attributor) coverCue(i, n int) {
	for k := i + 1; k < i+n; k++ {
		a.foundCue[k] = true
	}
}

// namedPerson remembers the entity sp read at tokens [i, i+n) as a
// person a pronoun may refer to, unless it names what the person named
// up to token personEnd is of; it returns where the last person named
// ends, with what he is of ("... of the Coalition of African American
// Pastors"), or -1.
func (a *attributor) namedPerson(sp speaker, i, n, personEnd, first int, sal *sentenceSalience) int {
	switch {
	case a.affiliationOf(i, personEnd, first):
		return i + n
	case sp.typ == SpeakerPerson:
		sal.persons = keepRecent(sal.persons, sp)
		return i + n
	}
	return -1
}

// affiliationOf reports a name at token i that says what the person
// named up to token personEnd is of: "Rev. William Owens of the Coalition
// of African American Pastors" names one person, whom "he" refers to.
func (a *attributor) affiliationOf(i, personEnd, first int) bool {
	k := i - 1
	if k > first && english.IsArticleKey(a.txt.Tokens[k].Key, a.txt.Tokens[k].Norm) {
		k--
	}
	return k == personEnd && k > first && (a.txt.Tokens[k].Norm == "of" || a.txt.Tokens[k].Norm == "from")
}

// phrasesAt reads the idiom, according-to phrase, document or quote cue
// at token i, outside quotes, and returns the length of an idiom or an
// according-to phrase, which the sentence's reading skips, else 0.
//
// Each list is asked only where its filter of first words, inlined, lets
// the token through (MayStart): most of the tokens the sentence's filter
// lets through start a phrase of one list, not of all of them, and a
// call to Longest to be told so is most of what the others cost.
func (a *attributor) phrasesAt(i, si int, sa *sentenceAttr, sal *sentenceSalience) int {
	s := a.txt.Sentences[si]
	toks := a.txt.Tokens
	t := &toks[i]
	at := a.r.Attribution
	if at.Idioms.MayStart(t) {
		if _, n := at.Idioms.Longest(toks, i, s.Last); n > 0 {
			return n // "needless to say", "all told": no cue in it
		}
	}
	if at.AccordingTo.MayStart(t) {
		if _, n := at.AccordingTo.Longest(toks, i, s.Last); n > 0 {
			a.accordingTo(i, n, si, sa, sal)
			return n
		}
	}
	if n := a.inDocumentCue(i, si, sa, sal); n > 0 {
		return n // "in a new Washington Post-ABC News poll"
	}
	if at.UnnamedCues.MayStart(t) {
		if _, n := at.UnnamedCues.Longest(toks, i, s.Last); n > 0 {
			if f := a.unnamedCue(i, s); f >= 0 && !a.inStatement(f, sa) {
				// "reportedly", "is expected to": someone unknown's, which
				// sources no claim, unless inside what a speaker said
				// ("Officials said the storm is expected to"); the words
				// are read on as any others
				a.unread = append(a.unread, unreadCue{cue: toks[i].Norm, i: int32(f), n: int32(i + 1 - f), unnamed: true})
			}
		}
	}
	if at.Documents.MayStart(t) {
		if _, n := at.Documents.Longest(toks, i, s.Last); n > 0 {
			// "a statement by Mark Esper": Esper is someone "he" may refer
			// to, as a person named, after the sentences' speakers and
			// subjects ("a tweet from a CNN reporter ... he told the show"
			// is more often the story's subject's)
			if sp, ok := a.documentAuthor(i, n, si); ok && sp.typ == SpeakerPerson {
				sal.persons = keepRecent(sal.persons, sp)
				sal.authors = keepRecent(sal.authors, sp)
			} else if ok {
				sal.remember(sp)
			}
		}
	}
	if at.QuoteCues.MayStart(t) {
		if cue, n := at.QuoteCues.Longest(toks, i, s.Last); n > 0 && !a.nounUse(i, s.First) && a.quoteWithin(i+n, s.Last) && !a.naming(i, n, s) {
			// "Sanders called the suspension "arbitrary"": the quote may be
			// one word, too short to be a quote claim, and still attributed
			if sp := a.cueSpeaker(i, n, si); sp.ok() {
				a.record(a.attr(sp, FormDirect, cue, i, i+n), i)
				sal.remember(sp)
			}
		}
	}
	return 0
}

// openingSubject records a sentence's subject, outside quotes: its first
// entity, after an opening phrase such as "In 2018,".
func (a *attributor) openingSubject(s segment.Sentence, sal *sentenceSalience) {
	toks := a.txt.Tokens
	s.First = a.datelineEnd(s) // "ORLANDO, Fla. (Reuters) - President Obama met"
	if s.First >= s.Last {
		return // all dateline, or what looks like one (")--"): no subject
	}
	start := s.First
	// "Speaking at a town hall in Salem, Trump went after Bush": an
	// opening participle is no subject; the subject follows its phrase
	k, w := toks[s.First].Key, toks[s.First].Norm
	participle, adverb := a.openingParticiple(s.First, s.Last), a.adverbOpening(s)
	if !participle && s.First+1 < s.Last && (english.IsSubordinatorKey(k, w) || english.IsCommonPrepositionKey(k, w)) {
		// "After saying he was nervous, the man ...", "While
		// campaigning in Iowa, Ruiz ...": a participle's phrase too
		participle = strings.HasSuffix(toks[s.First+1].Norm, "ing") && a.openingParticiple(s.First+1, s.Last)
	}
	for i := s.First; i < s.Last && i < s.First+12; i++ {
		if i >= s.First+7 && !participle {
			break
		}
		if toks[i].Norm == "," && (english.IsCommonPrepositionKey(k, w) || participle || a.in.Cover(s.First) >= 0 ||
			english.IsAdverbKey(k, w) || english.IsDiscourseAdverbKey(k, w) || i > s.First+1 && english.IsAdverbKey(toks[i-1].Key, toks[i-1].Norm) || adverb) {
			// "More recently, Grimm was in the news", "Hours later,
			// Trump returned the compliment"
			start = i + 1
			break
		}
	}
	// over the place that qualifies the phrase's last, and a time or
	// place phrase after it: "in Salem, New Hampshire,", "At an event in
	// Ames, Iowa, on Sunday,"
	for nc, prev := start, s.First; start > s.First && nc < s.Last && nc < start+4; nc++ {
		if toks[nc].Norm == "," {
			if !a.placeQualifier([2]int{prev, start - 1}, [2]int{start, nc}) && !(prev > s.First && english.IsCommonPrepositionKey(toks[start].Key, toks[start].Norm)) {
				break
			}
			prev, start = start, nc+1
		}
	}
	if start < s.Last && a.inQuote[start] < 0 {
		k := start
		for k < s.Last && isLead(&toks[k]) {
			k++
		}
		title := k
		if k+2 < s.Last && english.TitleGender(toks[k].Norm) != 0 && toks[k+1].Norm == "." && toks[k+2].Cap {
			// "Mr. Trump then took the stage": the name after the title,
			// which tells whom "he" refers to; the span keeps the title
			k += 2
		}
		if k < s.Last {
			if sp, n := a.entity(k, s.Last); n > 0 {
				sp.first = min(sp.first, title)
				sal.subject = a.namedBody(sp, s)
			}
		}
	}
}

// namedBody returns the subject sp of sentence s with the listed nouns
// after its name that make it a body: "Albuquerque police identified",
// "the Ohio state police department said" (they say whom "they" refers
// to), else sp.
func (a *attributor) namedBody(sp speaker, s segment.Sentence) speaker {
	e := sp.last
	for e < s.Last && e < sp.last+maxBodyNouns && a.plainNouns(e, e+1) && !english.IsIrregularPastKey(a.txt.Tokens[e].Key, a.txt.Tokens[e].Norm) {
		if _, n, _ := a.cue(e, e+1); n > 0 {
			break // "Figueroa said people": a verb, no noun of the name's
		}
		e++
	}
	if e == sp.last || !a.listedHead(e-1) {
		return sp
	}
	if e < s.Last {
		if t := &a.txt.Tokens[e]; english.IsDeterminerKey(t.Key, t.Norm) || english.IsPossessiveKey(t.Key, t.Norm) || t.Kind == segment.Number {
			return sp // "Lopez judges the county fair": a verb and its object
		}
	}
	if body := a.resolve(sp.first, e, int(a.sentOf[s.First])); body.ok() && body.typ != SpeakerPerson {
		return body
	}
	return sp
}

// maxBodyNouns bounds the nouns after a name that namedBody reads.
const maxBodyNouns = 3

// adverbOpening reports a sentence s opening with a word capitalised only
// there and a preposition: "Back in 1999, Mr. Trump", "Earlier in the
// day, ...": an adverb and its phrase, no subject.
func (a *attributor) adverbOpening(s segment.Sentence) bool {
	toks := a.txt.Tokens
	f := s.First
	return f+2 < s.Last && toks[f].Kind == segment.Word && toks[f+1].Norm != "of" && english.IsCommonPrepositionKey(toks[f+1].Key, toks[f+1].Norm) &&
		!a.proper.has(toks[f].Norm) && !functionLike(toks[f].Key, toks[f].Norm)
}

// hedgeAt records the hedge starting at token i ("reportedly", "not
// confirmed"), if any, as the sentence's: asked at a word the hedge
// lists' joint first-word filter (startFilters.hedges) lets through.
// Each list is asked only where its own filter, inlined (MayStart), lets
// the word through too: such a word starts one list's hedges, seldom all
// three's, and a call to Longest to be told "none" costs more than the
// test.
func (a *attributor) hedgeAt(i int, s segment.Sentence, sa *sentenceAttr) {
	at := a.r.Attribution
	toks := a.txt.Tokens
	t := &toks[i] // a word of the sentence the hedges' joint filter lets through
	if at.Hedges.MayStart(t) {
		if _, n := at.Hedges.Longest(toks, i, s.Last); n > 0 {
			if n == 1 && a.relativeClaim(i, s) {
				return
			}
			sa.hedgeFirst, sa.hedgeLast = int32(i), int32(i+n)
			return
		}
	}
	if at.AttributiveHedges.MayStart(t) {
		if _, n := at.AttributiveHedges.Longest(toks, i, s.Last); n > 0 && attributive(toks, i, i+n, s) {
			sa.hedgeFirst, sa.hedgeLast = int32(i), int32(i+n)
			return
		}
	}
	if at.NegatedHedges.MayStart(t) {
		if _, n := at.NegatedHedges.Longest(toks, i, s.Last); n > 0 && a.negated(i, s.First) {
			sa.hedgeFirst, sa.hedgeLast = int32(i-1), int32(i+n)
		}
	}
}

// attributive reports an adjective at tokens [i, j) of sentence s that
// stands before what it qualifies: "an apparent murder-suicide", "by
// apparent accidental gunshot", "an apparent 2-car crash"; not a
// predicate after a form of "be" or before a function word, a time or
// nothing ("it was apparent Monday that", "apparent from the records",
// "apparent."), nor after a negative ("no apparent reason", "without
// apparent cause").
func attributive(toks []segment.Token, i, j int, s segment.Sentence) bool {
	if j >= s.Last {
		return false
	}
	if i > s.First {
		switch p := &toks[i-1]; {
		case english.IsBeFormKey(p.Key, p.Norm), english.IsNegator(p.Norm):
			return false
		}
	}
	next := &toks[j]
	return next.Kind == segment.Number ||
		next.Kind == segment.Word && !english.IsFunctionWordKey(next.Key, next.Norm) && !english.IsTimeWordKey(next.Key, next.Norm)
}

// relativeClaim reports a hedge word at token i that is the verb of a
// relative clause on a noun: "the National Enquirer story published
// Friday that alleged Cruz has had affairs" is the story's claim, which
// the sentence reports, not the outlet's hedge of it. Not an adverb ("the
// man that allegedly shot"), nor after a cue ("police said that alleged
// gunman", an adjective).
func (a *attributor) relativeClaim(i int, s segment.Sentence) bool {
	toks := a.txt.Tokens
	if i < s.First+2 || i+1 >= s.Last || !a.r.Attribution.HedgeCues[toks[i].Norm] || (toks[i-1].Norm != "that" && toks[i-1].Norm != "which") {
		return false
	}
	// a verb: what follows opens its object or clause ("alleged Cruz",
	// "claimed the life"), never a lower-case noun ("alleged gunman")
	next := &toks[i+1]
	if !next.Cap && next.Kind == segment.Word && !english.IsDeterminerKey(next.Key, next.Norm) && !english.IsPronoun(next.Norm) && next.Norm != "that" {
		return false
	}
	prev := &toks[i-2]
	return prev.Kind == segment.Word && !a.r.Attribution.Cues.HasWordKey(prev.Key, prev.Norm)
}

// namesPeople reports a noun naming people among tokens [f, l): a role
// (in the plural too), a body, an outlet or an anonymous source of the
// rules ("two police officials", "people familiar with"), not a
// document ("citing statistics" gives a reason).
func (a *attributor) namesPeople(f, l int) bool {
	at := a.r.Attribution
	for k := f; k < l; k++ {
		t := &a.txt.Tokens[k]
		if t.Kind == segment.Word && !at.Documents.HasWordKey(t.Key, t.Norm) && a.listedHead(k) {
			return true
		}
	}
	return false
}

// unnamedCue returns where the cue of attribution.unnamed-cues at token
// i of sentence s starts: at the word for an adverb ("reportedly"), at
// the form of "be" before a participle ("is widely expected to"); -1 for
// a participle with none ("Ruiz expected to win": Ruiz's stance).
func (a *attributor) unnamedCue(i int, s segment.Sentence) int {
	toks := a.txt.Tokens
	if !strings.HasSuffix(toks[i].Norm, "ed") {
		return i
	}
	p := i - 1
	for p > s.First && (a.adverbAt(p) || toks[p].Norm == "not") {
		p--
	}
	if p >= s.First && english.IsBeFormKey(toks[p].Key, toks[p].Norm) {
		return p
	}
	return -1
}

// accordingTo records the source of "according to" at tokens [i, i+n):
// the first in the sentence is the sentence's.
func (a *attributor) accordingTo(i, n, si int, sa *sentenceAttr, sal *sentenceSalience) {
	toks := a.txt.Tokens
	f, l := a.npAfter(i+n, a.txt.Sentences[si].Last)
	if n == 1 && (f >= l || !toks[f].Cap && !english.IsArticleKey(toks[f].Key, toks[f].Norm)) {
		// a one-word phrase ("per", "citing") before a bare lower-case
		// word: "per capita", "$700 per ton", "citing his Iowa results"
		// are a rate or a reason, no source, unless people or a document
		// the rules list head it ("citing two police officials")
		participle := strings.HasSuffix(toks[i].Norm, "ing")
		if !participle || !a.namesPeople(f, l) {
			if participle && f < l {
				a.reasonGiven(i, n, si)
			}
			return
		}
	}
	sp := a.resolve(f, l, si)
	if l > f && a.roleHead(f, l) != "" {
		// "according to Richmond County Schools' superintendent, Dr.
		// Angela Pringle": the person the role stands beside
		if name, ok := a.roleApposition(f, l, a.txt.Sentences[si]); ok && i > a.datelineEnd(a.txt.Sentences[si]) {
			sp = name
		}
	}
	if !sp.ok() && l > f && toks[f].Kind == segment.Word && !english.IsSubjectPronounKey(toks[f].Key, toks[f].Norm) {
		// "according to a count by the AP", "according to the
		// results": a source all the same, if not one to name
		sp = speaker{name: a.unnamed(f, l), typ: SpeakerDocument, first: f, last: l}
	}
	if sp.ok() {
		at := a.attr(sp, FormAccordingTo, strings.ToLower(a.text(i, i+n)), i, i+n)
		if a.said[sa.according].Form == "" {
			sa.according, sa.accAt = a.keep(at), i
		}
		a.record(at, i)
		sal.remember(sp)
	}
}

// reasonGiven records the participle at tokens [i, i+n) that gives a
// reason ("McCain said, citing low growth") as its subject's cue, which
// sources no claim; not "Shares fell, citing weak demand", whose subject
// is a word that opens the sentence, unknown as a name.
func (a *attributor) reasonGiven(i, n, si int) {
	sp := a.cueSpeaker(i, n, si)
	if !sp.named() || sp.first < 0 || !a.namesSomeone(sp, sp.last) {
		return
	}
	if sp.last-sp.first == 1 && sp.first == a.datelineEnd(a.txt.Sentences[si]) && !a.knownName(sp.first) {
		return
	}
	a.record(a.attr(sp, FormIndirect, a.txt.Tokens[i].Norm, i, i+n), i)
}

// indirectCue records the attribution of a cue of the given class at
// tokens [i, i+n) ("said", "shows", "wants"): the sentence's first speech
// or evidence cue attributes its claims and marks where their content
// runs; a later cue, or a stance, is an attribution of its own.
func (a *attributor) indirectCue(cue string, class cueClass, i, n, si int, sa *sentenceAttr, sal *sentenceSalience) {
	s := a.txt.Sentences[si]
	if class == stanceCue && a.leadsToCue(i, n, s) {
		return // "declined to say": one attribution, the cue's
	}
	passive, reduced, before := a.passiveCue(i, s)
	if a.reducedRelative(i, n, s, passive || reduced) {
		// "a sentiment endorsed by the 10,000 people in the arena": the
		// participle's noun is no speaker; its agent is, where it names
		// someone, an attribution of its own
		if agent := a.speakerAfterCue(i+n+1, si); agent.ok() && agent.typ != SpeakerUnknown {
			at := a.attr(agent, FormIndirect, cue, i, i+n)
			at.ModelCue = class.fromModel()
			a.record(at, i)
		}
		return
	}
	sp := a.anonymousSource(i, si) // "Two people familiar with the talks said"
	if !sp.ok() {
		sp = a.cueSpeaker(i, n, si)
	}
	if !sp.ok() && class == speechCue {
		sp = a.groupSubject(i, si) // "But hacking specialists say"
	}
	if !sp.ok() {
		sp = a.nounSubject(class, i, si)
	}
	second := false
	if !sp.ok() && !class.fromModel() {
		// "The clerk said ..., but later said": the first cue's speaker
		sp, second = a.secondCueSpeaker(i, si, sa)
	}
	if reduced && sp.ok() && a.agentBy(i+n, s) && a.txt.Tokens[max(before, 0)].Norm != "as" {
		// "Asked by Matt Lauer whether she had practiced, she said": the
		// one who asked is an attribution of its own, neither the
		// sentence's speaker nor whom "she" refers to; "as first
		// reported by Reuters" sources its clause as "as reported by"
		// does
		at := a.attr(sp, FormIndirect, cue, i, i+n)
		at.ModelCue = class.fromModel()
		a.record(at, i)
		return
	}
	if class == evidenceCue {
		// "the poll shows", not "the photo shows"; but "officials confirm
		// that", "a spokesman went on to confirm": a speech verb too
		switch doc := a.evidenceSpeaker(sp, i, si); {
		case !doc.ok() && a.speechToo(sp, i, n, s):
			class = speechCue
		case !doc.ok() && !a.inStatement(i, sa) && a.findsThat(sp, i, n, s):
			// "the researchers found that", "He found that": a finding
			// someone reports in a clause, their statement as "said"
			// gives one
			class = speechCue
		case !doc.ok() && a.findsAs(sp, i, s):
			// "Romney also listed the qualities", "Fox found": someone's
			// finding where the model reads the verb so, sourcing no
			// claim, as a cue only the model finds
			class = modelCue
		default:
			sp = doc
		}
	}
	inStatement := class == stanceCue && a.inStatement(i, sa)
	if class == stanceCue && (inStatement || !a.stanceVerb(sp, i, n, s)) {
		// "Voters said they support Clinton": a stance inside what a
		// speaker said is part of the statement, not one of its own
		sp = speaker{}
	}
	b := a.coordinatedBreak(sp, class, i, s, sa)
	if b < 0 && sp.ok() && class == speechCue && !second && a.takesOver(sp, i, n, s, sa) {
		sa.cueAt = -1
	}
	if b < 0 {
		b = a.laterClause(sp, class, i, sa)
	}
	if b < 0 {
		b = a.afterOpeningClause(sp, class, s, sa)
	}
	// a cue the model is less sure of: its speaker is no one a pronoun
	// refers to (attribute_model.go)
	salient := class != weakModelCue
	if b >= 0 {
		// "a Johns Hopkins University tracker recorded ... 85,400, while
		// a newspaper's count reached 83,300": a cue
		// with its own subject in a coordinated clause ends the first
		// cue's content and sources the claims after it
		at := a.attr(sp, FormIndirect, cue, i, i+n)
		sa.later, sa.laterFrom, sa.contentTo = a.keep(at), b+1, b
		a.record(at, i)
		if salient {
			sal.remember(sp)
		}
		return
	}
	if sp.ok() && a.nested(sp, i, s, sa) {
		// "Cook told the Times that Carter believes his use of email
		// was a mistake": Carter's belief is part of what Cook told,
		// no attribution of its own
		if salient {
			sal.remember(sp)
		}
		return
	}
	if sp.ok() && (sa.cueAt >= 0 || class == stanceCue || class.fromModel() || a.stranded(i+n, s) || sp.first > i && a.opensParticiple(i, s)) {
		// a later cue in the sentence ("While Comey has said ...,
		// Lewandowski said ...") is an attribution of its own; the
		// sentence's claims stay with the first. A stance
		// ("wants", "supports") sources no claim, nor does a cue only
		// the model found, nor one whose preposition closes the
		// sentence ("the fundamentals social conservatives believe
		// in."): it stands in a relative clause and reports nothing.
		// Nor does an opening participle ("Speaking about the
		// killings, Ruiz said"): the main clause's cue does.
		if class.fromModel() && a.r.Attribution.WriterCues.Has(a.txt.Tokens[i].Norm) {
			// "Trump seemed to mock him": the writer's reading, the
			// subject no speaker
			sp = speaker{typ: SpeakerUnknown, first: -1}
		}
		at := a.attr(sp, FormIndirect, cue, i, i+n)
		at.ModelCue = class.fromModel()
		a.record(at, i)
		if salient {
			sal.remember(sp)
		}
	} else if sp.ok() {
		a.sentenceCue(sp, cue, i, n, s, sa)
		sal.remember(sp)
	} else if a.unknownCue(class, i, n, s, inStatement, a.sharedSubjectVerb(i, s) >= 0) {
		// "The storm began to threaten 300 homes": a cue whose shared
		// subject names no one is someone's only where the model reads
		// it as a cue, as an act cue is
		a.unread = append(a.unread, unreadCue{cue: cue, i: int32(i), n: int32(n)})
	}
}

// sentenceCue records the indirect cue at tokens [i, i+n) of sentence s
// with speaker sp as the sentence's cue: the one whose content holds the
// sentence's claims, from where its content starts to the sentence's end
// or to where an opening quote or phrase closes it.
func (a *attributor) sentenceCue(sp speaker, cue string, i, n int, s segment.Sentence, sa *sentenceAttr) {
	sa.indirect = a.keep(a.attr(sp, FormIndirect, cue, i, i+n))
	a.record(a.said[sa.indirect], i)
	sa.cueAt = i
	sa.spFirst, sa.spLast = sp.first, sp.last
	sa.contentFrom, sa.contentTo = a.contentFrom(sp, i, n, s), s.Last
	if end := a.relativeClauseEnd(i, s); end > 0 {
		// "The group, which said the plan was bad, raised $5 million":
		// the relative clause's cue reports only its clause
		sa.contentTo = end
	} else if end := parenEnd(a.txt.Tokens, i, s); end > 0 {
		// "The storm (the worst in a decade, forecasters said) moved
		// north, adding 6 inches of rain": a cue in brackets reports
		// only what they hold
		sa.contentTo = end
	}
	if start := min(sp.first, i); sp.first >= 0 && start > s.First && a.inQuote[start-1] >= 0 ||
		start > s.First+1 && a.txt.Tokens[start-1].Norm == "," && a.inQuote[start-2] >= 0 {
		// `"...," Miguel Cruz said Sunday, hours after ...`: the
		// content is the quote, not what follows the cue
		sa.contentTo = start
	} else if c := a.openingPhraseEnd(i, s); c > i+n {
		// "In the plan he set out on Friday, Mr. Stone offered
		// ...": a cue inside an opening phrase reports nothing
		// past it
		sa.contentTo = c
	}
}

// parenEnd is the closing bracket after token i of sentence s when i
// stands inside a bracketed aside, "(" before it and ")" after it in the
// sentence; -1 otherwise.
func parenEnd(toks []segment.Token, i int, s segment.Sentence) int {
	k := i - 1
	for k >= s.First && toks[k].Norm != "(" && toks[k].Norm != ")" {
		k--
	}
	if k < s.First || toks[k].Norm != "(" {
		return -1
	}
	for k = i + 1; k < s.Last; k++ {
		switch toks[k].Norm {
		case ")":
			return k
		case "(":
			return -1
		}
	}
	return -1
}

// unknownCue reports a listed cue of the given class at tokens [i, i+n)
// of sentence s whose speaker was not read that is still a cue, of
// someone unknown, where the cue model reads it as a cue: a speech verb,
// or a stance outside a statement above the higher
// unreadStanceThreshold ("But hacking specialists say ..."), not a noun
// or an infinitive ("an earlier report", "to say"), nor a participle
// after its clause, whose subject was read and is no speaker; or a
// speech verb in the passive with no agent that asks or tells about
// something (askedAbout: "Asked whether ..., Ryan said"). A cue whose
// agent follows "by" names its speaker there. A cue after a
// shared-subject phrase (shared) must also pass the model's own cue
// threshold, as a cue only the model finds does.
func (a *attributor) unknownCue(class cueClass, i, n int, s segment.Sentence, inStatement, shared bool) bool {
	if class != speechCue && class != stanceCue || class == stanceCue && inStatement {
		// "Officials said the storm is expected to bring": a stance
		// inside a statement is part of it
		return false
	}
	if !a.model.Trained() || a.agentBy(i+n, s) {
		return false
	}
	th := unreadThreshold
	if class == stanceCue {
		th = unreadStanceThreshold
	}
	if shared {
		// after a shared-subject phrase whose subject names no one ("The
		// storm began to threaten"): only where the model reads speech
		th = max(th, modelThreshold)
	}
	if passive, reduced, before := a.passiveCue(i, s); passive || reduced {
		// the model scores lower-case words; an opening one ("Asked
		// whether") by its lower-case form
		return class == speechCue && a.askedAbout(passive, reduced, before, i, n, s) &&
			(i == s.First || cuemodel.Candidate(a.txt.Tokens, i)) && a.modelScore(i, s) > th
	}
	if !cuemodel.Candidate(a.txt.Tokens, i) || a.participle(i, s) && (class == stanceCue || a.thingSubject(i, s)) {
		// ", refusing to recover": the clause's subject, read and no
		// speaker
		return false
	}
	return a.modelScore(i, s) > th
}

// askedAbout reports a speech cue at tokens [i, i+n) of sentence s in
// the passive (passive, reduced and before as passiveCue gives them)
// that asks or tells about something: "Asked whether", "when asked
// about", "was asked if"; not an impersonal "It is reported that", a
// directive "were urged to evacuate", nor a passive that reports
// nothing: "is accused of killing", "was declared brain-dead", "were
// described only as Hispanic men", "was announced in 2019".
func (a *attributor) askedAbout(passive, reduced bool, before, i, n int, s segment.Sentence) bool {
	toks := a.txt.Tokens
	next := ""
	if i+n < s.Last {
		next = toks[i+n].Norm
	}
	switch {
	case passive && before >= 0 && (itIs(toks, before, s.First) || english.IsBeFormKey(toks[before].Key, toks[before].Norm) && before > s.First && toks[before-1].Norm == "it"):
		return false // "It is reported that", "it's reported": nobody reports
	case reduced && i == s.First:
		// "Asked whether he would run,"; not "Continued Stone:"
		return asksAbout(next) || english.IsSubordinator(next) || a.asksAfterAdjunct(i+n, s)
	case reduced && (before < 0 || !english.IsSubordinatorKey(toks[before].Key, toks[before].Norm)):
		return false // "inspected the dam and warned": no passive
	}
	// "Residents were urged to evacuate", "The victims were reported
	// missing": no question or content follows
	return asksAbout(next) || toks[i].Norm == "asked" && (a.askedToSay(i+n, s) || a.asksAfterAdjunct(i+n, s))
}

// maxAskedAdjunct bounds the time or place phrase between a passive cue
// and what it asks about.
const maxAskedAdjunct = 8

// asksAfterAdjunct reports a time or place phrase at token k of sentence
// s, after a passive cue, that is followed by what was asked about:
// "Asked on Fox News who leads the party", "Asked during a January
// debate why he trailed", "when asked at the business conference about
// the merger", "Asked Tuesday about Sullivan". The phrase opens on a
// preposition or a time word and holds no punctuation, quote or second
// preposition's "to".
func (a *attributor) asksAfterAdjunct(k int, s segment.Sentence) bool {
	toks := a.txt.Tokens
	if k >= s.Last || toks[k].Kind != segment.Word || !english.IsCommonPrepositionKey(toks[k].Key, toks[k].Norm) && !english.IsTimeWordKey(toks[k].Key, toks[k].Norm) ||
		asksAbout(toks[k].Norm) || toks[k].Norm == "to" || toks[k].Norm == "by" {
		return false
	}
	for j := k + 1; j < s.Last && j <= k+maxAskedAdjunct; j++ {
		t := &toks[j]
		if t.Kind == segment.Punct && t.Norm != "." && t.Norm != "'s" || a.inQuote[j] >= 0 || t.Norm == "to" {
			return false
		}
		if asksAbout(t.Norm) && t.Norm != "that" {
			return true
		}
	}
	return false
}

// askedToSay reports what follows a passive "asked" at token k of
// sentence s as a question put: a speech cue after "to" ("was asked to
// name a single achievement"; not "were asked to leave"), a quotation
// ("was asked, "Why not?""), or "a question".
func (a *attributor) askedToSay(k int, s segment.Sentence) bool {
	toks := a.txt.Tokens
	switch {
	case k+1 < s.Last && toks[k].Norm == "to":
		_, n, class := a.cue(k+1, s.Last)
		return n > 0 && class == speechCue
	case k < s.Last && markOf(a.txt, k) != notMark, k+1 < s.Last && toks[k].Norm == "," && markOf(a.txt, k+1) != notMark:
		return true
	case k+1 < s.Last && english.IsArticleKey(toks[k].Key, toks[k].Norm) && (toks[k+1].Norm == "question" || toks[k+1].Norm == "questions"):
		// not "a question by Sen. Ruiz", whose asker is named
		for j := k + 2; j < s.Last && j <= k+6; j++ {
			if n := toks[j].Norm; n == "by" || n == "from" {
				return false
			}
		}
		return true
	}
	return false
}

// asksAbout reports a word after a passive speech cue that opens what was
// asked or told: "asked about", "asked whether", "told that", "asked what".
func asksAbout(next string) bool {
	switch next {
	case "about", "that", "whether", "if", "what", "who", "whom", "which", "why", "how", "when", "where":
		return true
	}
	return false
}

// inStatement reports a cue at token i inside the content of the
// sentence's speech cue, in the same clause: "Voters said they support
// Clinton".
func (a *attributor) inStatement(i int, sa *sentenceAttr) bool {
	return sa.cueAt >= 0 && sa.cueAt < i && !a.clauseBreak(sa.cueAt, i)
}

// takesOver reports a speech cue at tokens [i, i+n) with speaker sp that
// becomes the sentence's cue in place of the one it holds (sa.cueAt).
func (a *attributor) takesOver(sp speaker, i, n int, s segment.Sentence, sa *sentenceAttr) bool {
	switch {
	case sa.cueAt < 0:
		return false
	case sp.first >= 0 && sp.first <= sa.cueAt && sa.cueAt < i:
		// "Mr. Ruiz, a Democrat who called himself ...,
		// said": the first cue stood inside this one's subject
		return true
	case sa.cueAt < i && a.trailing(sp, i, n, s) && !a.subordinate(sa.cueAt, s):
		// "Tarrant revealed that he had intended ..., Mr Hawes said.": a
		// trailing attribution frames the whole sentence, the cue
		// before it included; that one stays an attribution of its own
		return true
	}
	// the first cue's content closed before this one ("In the deal he
	// outlined on Saturday, Mr. Trump ... said"), not by a later clause's
	// cue, which holds the claims after it ("..., the DoJ said, and Mr
	// Kolfage said ... while Mr Bannon said")
	return sa.later == 0 && sa.contentTo <= i && !english.IsAdverbialSubordinatorKey(a.txt.Tokens[s.First].Key, a.txt.Tokens[s.First].Norm)
}

// afterOpeningClause is the comma that closes an opening adverbial
// clause holding the sentence's first cue, when speech cue with speaker
// sp follows it ("Though cops said five men were shot, fire officials said
// six were"): the main clause's cue holds only what follows that
// comma, the opening clause's claims stay its own. Else -1.
func (a *attributor) afterOpeningClause(sp speaker, class cueClass, s segment.Sentence, sa *sentenceAttr) int {
	toks := a.txt.Tokens
	if !sp.ok() || class != speechCue || sa.cueAt < 0 || sa.later != 0 || sa.contentTo > sp.first || sa.contentTo >= s.Last ||
		toks[sa.contentTo].Norm != "," || !english.IsAdverbialSubordinatorKey(toks[s.First].Key, toks[s.First].Norm) {
		return -1
	}
	return sa.contentTo
}

// maxNestedGap bounds the tokens from a cue to the subject of the clause
// it reports: "told The Huffington Post on Monday that he"; and
// maxCoordinatedGap those to the subject of a second clause it reports,
// after "and that": "said he would present a plan within his first 100
// days and that he thinks".
const (
	maxNestedGap      = 8
	maxCoordinatedGap = 24
)

// nested reports a cue at token i whose speaker sp is the subject of the
// clause the sentence's cue before it reports, right after that cue or
// its "that", past a time ("said Wednesday he agrees"), or after "and
// that" further on: what that speaker reports, not a statement of its own
// ("Cook told the Times that Carter believes ...", "He said he thinks
// ..."), as PolNeAR's guidelines annotate only the outermost. A cue
// after a subordinate clause's ("While Comey has said ..., Lewandowski
// said") or in a clause of its own is none.
func (a *attributor) nested(sp speaker, i int, s segment.Sentence, sa *sentenceAttr) bool {
	cs := a.said[sa.indirect].CueSpan
	if sa.cueAt < 0 || sa.cueAt >= i || cs == nil || sp.first <= sa.cueAt || sp.first >= sa.contentTo || sp.first-sa.cueAt > maxCoordinatedGap {
		return false
	}
	toks := a.txt.Tokens
	if prev := toks[sp.first-1]; prev.End != cs.End {
		switch {
		case prev.Norm == "that" && sp.first-2 > sa.cueAt && (toks[sp.first-2].Norm == "and" || toks[sp.first-2].Norm == "but"):
			// "said he would ... and that he thinks": its second clause
		case sp.first-sa.cueAt > maxNestedGap || prev.Start < cs.End:
			return false
		case prev.Norm == "that":
			// after its "that", an addressee between ("told the Times
			// that Carter believes")
			for k := sp.first - 2; k > sa.cueAt && toks[k].End > cs.End; k-- {
				if toks[k].Kind != segment.Word || a.inQuote[k] >= 0 || toks[k].Norm == "that" {
					return false
				}
			}
		case !a.timedCue(sa.cueAt, cs.End, sp.first):
			return false
		}
	}
	return !a.clauseBreak(sa.cueAt, i) && !a.subordinate(sa.cueAt, s)
}

// timedCue reports the words before token first, back to a cue at token
// cue ending at byte end, as when it spoke ("said Wednesday he agrees",
// "said on Tuesday she", "said early Monday he"): a time adjunct
// (timeAdjunct) right after the cue, no clause of its own between.
func (a *attributor) timedCue(cue, end, first int) bool {
	after := cue + 1
	for after < first && a.txt.Tokens[after].End <= end {
		after++ // past the cue's words: "pointed out"
	}
	return a.timeAdjunct(first-1, cue) == after
}

// laterClause returns the clause break before a speech or evidence cue at
// token i with speaker sp that opens a clause of its own after the
// sentence's cue, within that cue's content, else -1 (see
// sentenceAttr.later).
func (a *attributor) laterClause(sp speaker, class cueClass, i int, sa *sentenceAttr) int {
	if !sp.ok() || sa.cueAt < 0 || sa.cueAt >= i || sa.later != 0 || class != speechCue && class != evidenceCue || sp.first <= sa.cueAt {
		return -1
	}
	// the break stands just before the clause's subject: looked for
	// clauseSubjectWindow tokens back, which keeps the pass linear
	if b := a.lastClauseBreak(max(sa.cueAt, sp.first-clauseSubjectWindow), sp.first); b >= sa.contentFrom && b < sa.contentTo {
		return b
	}
	// "Police said 3 people died and the mayor added that 5 were hurt":
	// a conjunction with no comma, right before the subject of a cue
	// that follows it at once, after a clause of the first cue's (not
	// "said the governor and the mayor said"), its verb looked for as far
	// back as the break above is
	if b := sp.first - 1; b > sa.cueAt && sp.last <= i && i-sp.last <= 1 && isClauseJoin(a.txt.Tokens[b].Norm) && b >= sa.contentFrom && b < sa.contentTo &&
		a.finiteVerbIn(max(sa.contentFrom, b-clauseSubjectWindow), b) {
		return b
	}
	return -1
}

// finiteVerbIn reports a verb that heads a clause (finiteVerb) among
// tokens [from, to): a clause, not a noun phrase.
func (a *attributor) finiteVerbIn(from, to int) bool {
	for k := from; k < to; k++ {
		if a.finiteVerb(k) {
			return true
		}
	}
	return false
}

// coordinatedBreak is the "and" or "but" (or the comma before it) that
// joins a speech cue at token i to the sentence's cue before it, both of
// one speaker, the subject they share: "Trump said that Univision lost
// 12 viewers, and added that Mexico took 40 jobs". The first cue's
// content ends there and the claims after it are the second's, as a
// later clause's are; -1 where the cue is no such second verb.
func (a *attributor) coordinatedBreak(sp speaker, class cueClass, i int, s segment.Sentence, sa *sentenceAttr) int {
	if !sp.ok() || class != speechCue && class != evidenceCue || sa.cueAt < 0 || sa.cueAt >= i || sa.later != 0 ||
		sp.first > sa.cueAt || sp.name == "" || a.said[sa.indirect].Speaker != sp.name {
		return -1
	}
	k := a.coordinator(i, s) // "and later added", "but also said"
	if k <= sa.cueAt {
		return -1
	}
	if k-1 > sa.cueAt && a.txt.Tokens[k-1].Norm == "," {
		k-- // the comma before "and" closes the first cue's content
	}
	if k < sa.contentFrom || k >= sa.contentTo {
		return -1
	}
	return k
}

// maxColonSpeaker bounds the name before a colon that frames what
// follows, and maxColonApposition the name with its apposition
// ("Anita Barley, the boy's mother:").
const (
	maxColonSpeaker    = 6
	maxColonApposition = 2 * maxColonSpeaker
)

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
	// "George Pell: Court quashes cardinal's conviction" names a topic,
	// not a speaker: the words after the colon must speak (a quote, a
	// first or second person, "I'm")
	speaks := false
	for j := k + 1; j < s.Last && !speaks; j++ {
		speaks = markOf(a.txt, j) != notMark || a.inPersonAt(j)
	}
	if s.Para == 0 && a.headlineDocument(s, k) {
		return // "Poll:", "WSJ editorial:"
	}
	if !speaks {
		if s.Para == 0 && a.txt.Tokens[s.Last-1].Norm != "?" {
			// "Ted Cruz: Constitutional conservative or another
			// typical career politician?" asks about its topic
			a.quietHeadline(s, k)
		}
		return
	}
	sp, f := a.colonName(s.First, k)
	if !sp.named() && s.Para == 0 {
		// "Kasich: 'We are going all the way'": a headline names its
		// speaker by a surname the body gives in full later; it is
		// recorded at the pass's end if the body does
		if sp = a.headlineName(s.First, k); sp.named() {
			a.colons = append(a.colons, pendingColon{at: int32(k), sp: sp, surname: true})
		}
		return
	}
	if !sp.named() {
		return
	}
	sp.first, sp.last = a.extent(sp.first, sp.last, f, k)
	// recorded, but the sentence's claims are not sourced by it: a
	// headline's shorthand is no statement of where the figure comes from
	a.record(a.attr(sp, FormIndirect, ":", k, k+1), k)
	a.salience(si).remember(sp)
}

// headline reports sentence si a headline: in the document's first
// paragraph, or written in title case. A colon there names who the
// headline quotes (colonSpeaker) but sources none of its claims.
func (a *attributor) headline(si int) bool {
	return a.txt.Sentences[si].Para == 0 || a.titleCase[si]
}

// spoke reports a speaker of that name among the attributions found.
func (a *attributor) spoke(name string) bool {
	for i := range a.found {
		if a.found[i].Speaker == name {
			return true
		}
	}
	return false
}

// flushUnread records the speech cues whose speaker was not read, of
// someone unknown, unless their token's cue was recorded otherwise (a
// quote's speaker), and the headline colons (flushColon), in the order
// of their tokens; the pass ends with it.
func (a *attributor) flushUnread() {
	c := 0
	for _, u := range a.unread {
		for ; c < len(a.colons) && a.colons[c].at < u.i; c++ {
			a.flushColon(a.colons[c])
		}
		if u.unnamed {
			if sa := &a.sattr[a.sentOf[u.i]]; sa.cueAt > int(u.i) && int(u.i) >= sa.contentFrom && int(u.i) < sa.contentTo {
				continue // "Prices are expected to rise, analysts said": the analysts'
			}
		}
		a.record(a.attr(speaker{typ: SpeakerUnknown}, FormIndirect, u.cue, int(u.i), int(u.i+u.n)), int(u.i))
	}
	for ; c < len(a.colons); c++ {
		a.flushColon(a.colons[c])
	}
}

// flushColon records a headline colon whose speaker speaks in the body,
// a surname as the person the body names in full by it: not "Jordan:"
// with "Michael Jordan attended the summit", nor "George Pell: Court
// quashes cardinal's conviction" when the body never has Pell speak.
func (a *attributor) flushColon(p pendingColon) {
	sp := p.sp
	if p.surname {
		full, ok := a.surnameOf(sp.name)
		if !ok {
			return
		}
		sp.name = full
	}
	if !a.spoke(sp.name) {
		return
	}
	a.record(a.attr(sp, FormIndirect, ":", int(p.at), int(p.at)+1), int(p.at))
}

// quietHeadline reads the colon at token k of headline s whose words
// after it do not speak (no quote, no "I" or "we"): "Sanders: Clinton
// Email Story Has Moved", "Poll: Trump and Clinton hold narrow leads in
// Pennsylvania". The guidelines and a newsroom read the name as the
// headline's source, but a name before a colon is as often its topic
// ("George Pell: Court quashes cardinal's conviction"), so a person or
// body is its speaker only if the body reports it speaking (flushColon).
// A listed outlet ("AP:") is one the headline reports at once. Like any
// headline colon it sources none of the headline's claims.
func (a *attributor) quietHeadline(s segment.Sentence, k int) {
	sp, f := a.colonName(s.First, k)
	if !sp.named() {
		if sp = a.headlineName(s.First, k); sp.named() {
			a.colons = append(a.colons, pendingColon{at: int32(k), sp: sp, surname: true})
		}
		return
	}
	sp.first, sp.last = a.extent(sp.first, sp.last, f, k)
	if sp.typ == SpeakerMedia {
		// "AP: Trump chair routed Ukrainian money": an outlet's report
		a.record(a.attr(sp, FormIndirect, ":", k, k+1), k)
		return
	}
	a.colons = append(a.colons, pendingColon{at: int32(k), sp: sp})
}

// headlineDocument records the document that the words before the colon
// at token k of headline s end in, as what the headline reports ("Poll:
// Trump and Clinton hold narrow leads", "AP-GfK Poll:", "WSJ editorial:
// 'Deport Nikki Haley.'"), and reports whether it did. The words before
// the document must be names (documentLabel).
func (a *attributor) headlineDocument(s segment.Sentence, k int) bool {
	if _, n := a.r.Attribution.Documents.Longest(a.txt.Tokens, k-1, k); n == 0 || !a.documentLabel(s.First, k-1) {
		return false
	}
	sp := speaker{name: a.unnamed(s.First, k), typ: SpeakerDocument, first: s.First, last: k}
	a.record(a.attr(sp, FormIndirect, ":", k, k+1), k)
	return true
}

// documentLabel reports tokens [f, l), before a headline's document word,
// empty or capitalised names only: the "AP-GfK" of "AP-GfK Poll:", not
// the "Morning" of "Tuesday's Morning Email:".
func (a *attributor) documentLabel(f, l int) bool {
	for k := f; k < l; k++ {
		if t := &a.txt.Tokens[k]; t.Kind == segment.Word && (!t.Cap || functionWord(t)) {
			return false
		}
	}
	return true
}
