package claims

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/claims/cuemodel"
	"github.com/claimdiff/claimdiff/claims/english"
	"github.com/claimdiff/claimdiff/claims/segment"
)

// The speaker of a cue: the subject before it, inverted after it ("said
// the mayor"), in a relative or participle clause, or a document's author.

// cueSpeaker finds who a cue at token i (n tokens) belongs to: the phrase
// before it ("the Pentagon stated"), or after it ("said Mark Esper").
// The sentence stage reads a cue's speaker, and the quote stage again
// for the quote after the cue: readings are remembered (see
// readingMemo).
func (a *attributor) cueSpeaker(i, n, si int) speaker {
	if a.buf.fresh {
		return a.readCueSpeaker(i, n, si)
	}
	m := &a.memos.cueSpeakers[uint(i)%memoSize]
	if m.holds(i, i+n, a.learned) {
		return m.sp
	}
	learned, backrefs := a.learned, a.backrefs
	sp := a.readCueSpeaker(i, n, si)
	a.memorise(m, learned, backrefs, i, i+n, sp)
	return sp
}

// readCueSpeaker does the work of cueSpeaker.
func (a *attributor) readCueSpeaker(i, n, si int) speaker {
	s := a.txt.Sentences[si]
	if c := a.sharedSubjectVerb(i, s); c >= 0 {
		return a.sharedSpeaker(c, si) // "Trump continued to say": Trump's
	}
	if c := a.stanceBeforeTo(i, n, s); c >= 0 {
		// "a spokesman declined to say whether": the spokesman's cue,
		// unsaid (attr hedges it)
		return a.sharedSpeaker(c, si)
	}
	if sp, done := a.passiveSpeaker(i, n, si); done {
		return sp
	}
	if f := a.withGroup(i, s); f >= 0 {
		// "with 30 percent of voters saying they ...": the part of the
		// group speaks, not the clause's subject
		return a.resolve(f, i, si)
	}
	if sp := a.withSpeaker(i, si); sp.named() {
		// "..., with Ruiz calling for a ban", "The debate ended with
		// Lee asking": the one named after "with" speaks
		return sp
	}
	if b := a.perceivedAt(i, s); b > s.First {
		// "Mr. Dorn is shown saying", "was quoted as saying": the
		// passive's subject is the speaker
		return a.subjectBefore(b, si)
	}
	p := i - 1
	for p > s.First && (a.mannerAdverb(p) || a.adverbAt(p)) {
		p-- // ", repeatedly criticizing him"
	}
	afterComma := false // a participle after its clause's comma
	if i == a.datelineEnd(s) && strings.HasSuffix(a.txt.Tokens[i].Norm, "ing") {
		// "Speaking to reporters, Ruiz said": the main clause's subject
		if sub := a.salience(si).subject; sub.ok() && a.openingParticipleOf(sub, i, si) {
			return sub
		}
	}
	if i > s.First && strings.HasSuffix(a.txt.Tokens[i].Norm, "ing") {
		if sp, ok := a.participleCue(p, si); ok {
			return sp
		}
		afterComma = p > s.First && a.txt.Tokens[p].Norm == ","
	}
	// "He suggested the plan was bad, called her "third-rate" and left": a
	// verb of a list after the comma of the clause that opens the
	// sentence shares the clause's subject (not "Ruiz, a Democrat, said",
	// whose comma closes an aside about the subject, nor "Lee's
	// court-appointed attorney, Ann Cole, told", whose closes on a name)
	t := &a.txt.Tokens[i]
	listVerb := p > s.First+1 && a.txt.Tokens[p].Norm == "," && !a.txt.Tokens[p-1].Cap && !t.Cap && english.IsPastFormKey(t.Key, t.Norm) && !a.asideSubject(i, si).ok()
	k, subjEnd := a.beforeVerbGroup(i, s)
	if sp := a.quotedAsideSpeaker(k, i, n, si); sp.ok() {
		return sp
	}
	if k >= s.First && a.shortQuoteBefore(k) && !a.subjectAside(a.quotes[a.inQuote[k]].open, si) && (i+n >= s.Last || a.txt.Tokens[i+n].Norm != "that") {
		// `"Safety," said Grimm`, `"Meh," wrote a supporter`, `The
		// plan may be "strategic," said Hemsley`: a quote too short for
		// a quote claim still has its speaker after the cue, where it
		// opens the sentence or closes a clause (`Ruiz, star of
		// "Scandal," thanked Lee`: a title in an aside about the
		// subject, whose object follows the cue)
		return a.speakerAfterCue(i+n, si)
	}
	if k < s.First || a.inQuote[k] >= 0 {
		return speaker{}
	}
	if i-1 > s.First && a.txt.Tokens[i-1].Norm == "," && i+n < s.Last && !a.participle(i, s) {
		if _, l := a.npAfter(i+n, s.Last); l > i+n {
			if sp, ok := a.parentheticalCue(i, n, l, si); ok {
				return sp // "The cost, said Mayor Ruiz, was $40 million"
			}
		}
	}
	if i-1 >= s.First+3 && a.txt.Tokens[i-1].Norm == "," && i+n < s.Last && !a.participle(i, s) {
		if sp, ok := a.invertedSpeaker(i, n, si); ok && (a.objectCloses(i+n, s) && a.mainVerbBefore(i-1, s) || !a.asideSubject(i, si).ok()) {
			// not "Ada Ruiz, a former attorney general, criticized Lee's
			// plan", "Ruiz, a Democrat, praised Ann Cole.": the comma
			// closes asides about the subject, and what follows the
			// cue is its object; but "Lee, 34, pleaded guilty, said
			// prosecutor Ann Cole." closes on its speaker after a
			// clause of its own
			return sp
		}
	}
	if sp, done := a.subjectSpeaker(k, subjEnd, i, n, si); done {
		if v := a.clauseInSpan(sp, s); (afterComma || listVerb && sp.first <= a.datelineEnd(s)) && v >= 0 {
			// "she shattered party norms, pledging": the clause's
			// subject, when it names someone ("The storm struck
			// Florida, adding" has none, not Florida)
			_, subjEnd := a.beforeVerbGroup(v, s)
			if sub := a.subjectBefore(subjEnd, si); sub.ok() && sub.first >= sp.first && sub.last <= v && a.namesSomeone(sub, subjEnd) {
				return sub
			}
			return speaker{}
		}
		if afterComma && a.objectPhrase(sp.first, s) {
			// "Both parents condemned Mr. Dorn on Monday, saying": the
			// phrase before the comma is the verb's object, not who
			// speaks; the participle's subject was not read
			return speaker{}
		}
		return sp
	}
	if i > s.First {
		prev := a.txt.Tokens[i-1].Norm
		if (prev == "," && !a.participle(i, s) || markOf(a.txt, i-1) != notMark || i == s.First) && (i+n >= s.Last || a.txt.Tokens[i+n].Norm != "that") &&
			!a.infinitiveObject(i+n, s.Last) {
			// not ", threatening 200 homes": a participle's speaker
			// stands before it; not "..., said that the emails
			// released on Tuesday": what follows "that" is the
			// content, no speaker
			return a.speakerAfterCue(i+n, si)
		}
	}
	return speaker{}
}

// subjectSpeaker reads the speaker of a cue at tokens [i, i+n) from its
// subject, which ends at token subjEnd, token k standing right before the
// cue's verb group: a subject pronoun ("..., he said"), the subject a
// coordinated verb or a relative pronoun shares, the phrase before an
// aside between dashes, the phrase a parenthetical cue stands after, the
// noun phrase before the cue, or the subject before asides set off by
// commas. It reports whether one of them settled the speaker: a pronoun
// nobody is named for settles it as unknown.
func (a *attributor) subjectSpeaker(k, subjEnd, i, n, si int) (speaker, bool) {
	// "..., he said", "when she said": a subject pronoun before the cue
	if english.IsSubjectPronounKey(a.txt.Tokens[k].Key, a.txt.Tokens[k].Norm) {
		return a.resolve(k, k+1, si), true
	}
	if sp, ok := a.joinedSpeaker(k, i, si); ok {
		return sp, true
	}
	if open := a.dashAside(k, a.txt.Sentences[si].First); open >= 0 {
		// "The justice -- who has been in a scuffle with the nominee --
		// said": the speaker stands before the aside
		return a.subjectBefore(open, si), true
	}
	if sp := a.parenthetical(i, n, subjEnd, si); sp.ok() {
		return sp, true
	}
	if who := a.relativeAsideEnds(k, a.txt.Sentences[si]); who > 0 {
		// "Sen. Ada Ruiz (D-Mo.), who has endorsed Clinton, said": the
		// subject before the relative clause, not its object
		if sp := a.openingSubjectBefore(who, si); sp.ok() {
			if aside := a.asideSubject(i, si); aside.ok() && aside.name == sp.name {
				return aside, true // its span holds the relative clause
			}
			return sp, true
		}
	}
	if sp := a.subjectBefore(subjEnd, si); sp.ok() {
		return sp, true
	}
	if sp := a.asideSubject(i, si); sp.ok() {
		return sp, true // "Sam Solovey, a contestant ..., who went on ..., said"
	}
	return speaker{}, false
}

// participleCue reads the speaker of a participle cue after token p (the
// word before it, adverbs passed over) of sentence si: after a comma or a
// preposition, ", adding that", "followed that by saying", the speaker
// participleSpeaker finds; after a participle's break (participleBreak),
// `The storm was "historic," adding 6 inches`, that speaker or none (ok
// with the zero speaker). ok is false where neither stands before it.
func (a *attributor) participleCue(p, si int) (sp speaker, ok bool) {
	s := a.txt.Sentences[si]
	brk := a.participleBreak(p, s.First)
	if w := a.txt.Tokens[max(p, 0)].Norm; !brk && w != "," && w != "by" && w != "after" && w != "before" && w != "without" && w != "while" {
		return speaker{}, false
	}
	if sp := a.participleSpeaker(p+1, si); sp.ok() {
		return sp, true
	}
	return speaker{}, brk
}

// sharedSubjectVerb finds the phrase listed in
// attribution.shared-subject that stands right before "to" and a cue at
// token i ("continued to say", "was quick to point out"): where it
// starts, or -1.
func (a *attributor) sharedSubjectVerb(i int, s segment.Sentence) int {
	toks := a.txt.Tokens
	p := i - 1
	for p > s.First && p > i-1-maxSharedSubject && (a.mannerAdverb(p) || a.adverbAt(p)) {
		p-- // "to publicly say"
	}
	if p <= s.First || toks[p].Norm != "to" || a.inQuote[p-1] >= 0 {
		return -1
	}
	if c := a.sharedPhraseBefore(p, s); c >= 0 && !a.unsaid(c, s) {
		return c
	}
	return -1
}

// leadsToCue reports the stance at tokens [i, i+n) standing before "to"
// and a listed cue that takes it (stanceBeforeTo): "declined to say" is
// one attribution, the cue's, hedged.
func (a *attributor) leadsToCue(i, n int, s segment.Sentence) bool {
	toks := a.txt.Tokens
	k := i + n
	if toks[k-1].Norm != "to" {
		if k >= s.Last || toks[k].Norm != "to" {
			return false
		}
		k++
	}
	for k < s.Last && k <= i+n+maxSharedSubject && (a.mannerAdverb(k) || a.adverbAt(k)) {
		k++ // "to publicly say"
	}
	if k >= s.Last || !a.starts.any.MayKey(toks[k].Key) {
		return false
	}
	_, m, class := a.cue(k, s.Last)
	return m > 0 && class != stanceCue && a.stanceBeforeTo(k, m, s) == i
}

// speechToo reports an evidence cue at tokens [i, i+n) that is a speech
// cue too ("confirm", "indicate", "estimate") whose speaker sp is named
// as someone who speaks: a person, a body or an anonymous source, not a
// pronoun ("it confirms" may be a thing's, and "they could confirm" inside
// what they announced is theirs already).
func (a *attributor) speechToo(sp speaker, i, n int, s segment.Sentence) bool {
	if !sp.ok() || sp.typ != SpeakerPerson && sp.typ != SpeakerOrganisation && sp.typ != SpeakerAnonymous || !a.speaksAs(sp, s) {
		return false
	}
	if _, m := a.r.Attribution.Cues.Longest(a.txt.Tokens, i, s.Last); m != n && (n > 1 || !a.speechForm(a.txt.Tokens[i].Norm)) {
		return false
	}
	if sp.first < 0 || sp.last <= sp.first || !a.namesSpeaker(sp) {
		return false // read from no words of its own, or "the mayor's silence indicates"
	}
	if p := i - 1; p > s.First && a.txt.Tokens[p].Norm == "to" && a.sharedSubjectVerb(i, s) < 0 && a.stanceBeforeTo(i, n, s) < 0 {
		return false // "police waited to confirm the identity": an aim, its subject misread
	}
	t := &a.txt.Tokens[sp.first]
	return sp.last > sp.first+1 || !isPronounLike(t.Norm) && !english.IsPronounKey(t.Key, t.Norm) && t.Norm != "this" && t.Norm != "that"
}

// findsThat reports an evidence cue at tokens [i, i+n) of sentence s
// whose speaker sp is someone who speaks (a person, a body, people
// unnamed or a pronoun read as one of them) and whose content is a "that"
// clause, at once or after a time ("found in 2014 that"): "the
// researchers found that", "The authors found that", "He found that".
// Not "Romney found it difficult", "he found the area welcoming", "it
// shows that", "The tests confirm that" (no one who speaks) nor "should
// show that" (no finding reported).
func (a *attributor) findsThat(sp speaker, i, n int, s segment.Sentence) bool {
	if !sp.named() || sp.typ != SpeakerPerson && sp.typ != SpeakerOrganisation && sp.typ != SpeakerAnonymous && sp.typ != SpeakerMedia ||
		sp.first < 0 || sp.last <= sp.first || sp.last > i {
		return false
	}
	toks := a.txt.Tokens
	if english.IsModal(toks[i-1].Norm) || toks[i-1].Norm == "to" {
		return false // "India should show that", "waited to confirm that": no finding reported
	}
	if t := &toks[sp.first]; sp.last == sp.first+1 && english.IsPronounKey(t.Key, t.Norm) {
		if sp.typ != SpeakerPerson {
			return false // "They found that" with no one to refer to
		}
	} else if !a.speaksAs(sp, s) || !a.namesSpeaker(sp) {
		return false // "The tests confirm that", "Early signs indicate that"
	}
	if sp.last < len(toks) && toks[sp.last].Norm == "'s" {
		return false // "Clinton's lawyers ... found that": the possessor is none
	}
	k := i + n
	if k < s.Last && english.IsCommonPrepositionKey(toks[k].Key, toks[k].Norm) && k+1 < s.Last && (toks[k+1].Kind == segment.Number || english.IsTimeWordKey(toks[k+1].Key, toks[k+1].Norm)) {
		k += 2 // "found in 2014 that"
	}
	return k < s.Last && toks[k].Norm == "that" && a.inQuote[k] < 0 && !a.nounUse(i, s.First)
}

// findsAs reports an evidence cue at token i of sentence s whose speaker
// sp, named by its head as someone who speaks (speaksAs) and no pronoun,
// reports a finding (a clause, a colon or a quote after the verb) where
// the cue model reads the word as a cue: "Fox found that", "Romney
// listed them: ...". Not "Romney found a new job", nor "Clinton listed
// her home for $2.5 million".
func (a *attributor) findsAs(sp speaker, i int, s segment.Sentence) bool {
	if !sp.ok() || sp.typ != SpeakerPerson && sp.typ != SpeakerOrganisation && sp.typ != SpeakerMedia || sp.first < 0 || sp.last <= sp.first {
		return false
	}
	if t := &a.txt.Tokens[sp.first]; sp.last == sp.first+1 && (isPronounLike(t.Norm) || english.IsPronounKey(t.Key, t.Norm)) {
		return false
	}
	if !a.namesSpeaker(sp) || i+1 >= s.Last || !a.findingFollows(i+1) {
		// "Trump's inexperience has shown": its head names no one;
		// "Clinton listed her home for $2.5 million": an object, no
		// finding reported
		return false
	}
	return a.speaksAs(sp, s) && a.model.Trained() && cuemodel.Candidate(a.txt.Tokens, i) && a.modelScore(i, s) > modelThreshold
}

// findingFollows reports what a finding verb reports opening at token k:
// a clause ("that", "how", "what", "whether"), a colon or a quote.
func (a *attributor) findingFollows(k int) bool {
	switch a.txt.Tokens[k].Norm {
	case "that", "how", "what", "whether", ":":
		return true
	}
	return cuemodel.QuoteMark(a.txt, k)
}

// namesSpeaker reports a speaker phrase whose head, its last word, names
// someone: a name or a word of the rules' speaker vocabulary ("Trump",
// "the mayor"), not "Trump's chart" or "the mayor's silence".
func (a *attributor) namesSpeaker(sp speaker) bool {
	if sp.first < 0 || sp.last <= sp.first {
		return false
	}
	head := sp.last - 1
	if a.txt.Tokens[head].Norm == "," && head > sp.first {
		head-- // "Peter Carr, a spokesman,"
	}
	t := &a.txt.Tokens[head]
	return t.Cap || a.listedHead(head) || english.IsSubjectPronounKey(t.Key, t.Norm)
}

// speaksAs reports a speaker named as someone who speaks: by a head of
// the rules' speaker vocabulary other than a document (a role, a body, an
// anonymous source, an outlet: "officials", "a spokesman", "the
// airline"), or by a name, a capitalised word past the sentence's first,
// in the phrase's head (before a preposition); at the sentence's start, a
// word written capitalised elsewhere in the text too. Any other noun phrase is
// no speaker of an evidence cue: "the tests confirm", "satellite images
// of Gaza confirm", "early signs in Texas indicate".
func (a *attributor) speaksAs(sp speaker, s segment.Sentence) bool {
	docs := a.r.Attribution.Documents
	if p := sp.first - 1; p >= s.First && english.IsCommonPrepositionKey(a.txt.Tokens[p].Key, a.txt.Tokens[p].Norm) {
		return false // a name in the phrase's tail ("satellite images of Gaza") is not its head
	}
	for k := max(sp.first, 0); k < sp.last; k++ {
		t := &a.txt.Tokens[k]
		if t.Kind != segment.Word {
			continue
		}
		if k > sp.first && english.IsCommonPrepositionKey(t.Key, t.Norm) {
			return false // the head ends: "satellite images of Gaza", "the tests at Mercy Hospital"
		}
		if a.listedHead(k) && !docs.HasWord(t.Norm) || t.Cap && (k > s.First || a.proper.has(t.Norm)) {
			return true
		}
	}
	return false
}

// unsaid reports a shared-subject phrase at token c whose speech has not
// taken place: after a modal of what may come ("will go on to say", "may
// begin to argue"; not "would", the past's "he would go on to say"), or
// a past participle after a form of "be", a passive ("the report was
// used to claim").
func (a *attributor) unsaid(c int, s segment.Sentence) bool {
	toks := a.txt.Tokens
	k := c - 1
	for k > s.First && (a.mannerAdverb(k) || a.adverbAt(k) || toks[k].Norm == "likely") {
		k-- // "will likely go on"
	}
	if k < s.First {
		return false
	}
	if w := toks[k].Norm; english.IsModal(w) && w != "would" {
		return true
	}
	past := english.IsPastFormKey(toks[c].Key, toks[c].Norm)
	return past && english.IsBeFormKey(toks[k].Key, toks[k].Norm)
}

// sharedSpeaker reads the speaker of a cue after a shared-subject phrase
// at tokens [c, c+m) from the subject of that phrase, as a cue's subject
// is read before it, when it names someone: not "the storm continued to
// threaten", "it continued to threaten".
func (a *attributor) sharedSpeaker(c, si int) speaker {
	s := a.txt.Sentences[si]
	k, subjEnd := a.beforeVerbGroup(c, s)
	if k < s.First || a.inQuote[k] >= 0 {
		return speaker{}
	}
	// "Sanders, who went on to say", "Cuomo -- who toured the site --
	// continued to say": its subject read as a cue's is
	sp, _ := a.subjectSpeaker(k, subjEnd, c, 1, si)
	if !sp.ok() || sp.first < 0 || sp.last > c {
		return speaker{}
	}
	if a.namesSomeone(sp, subjEnd) {
		return sp
	}
	return speaker{}
}

// namesSomeone reports a speaker sp, read from the subject that ends at
// token end, that names someone: a personal pronoun, "who" (the relative
// pronoun a person's antecedent takes: "Johnson, who went on to say"), a
// phrase holding a listed head (a role, a body: "the mayor", "police"),
// a name entity or aliases read, or someone unnamed resolve read ("the
// 19-year-old"), "which" standing for its antecedent ("The company,
// which went on to say"). Not a phrase holding an incident
// (frames.incidents: "Hurricane Michael", "the Camp Fire", "the
// Category 4 storm"), nor words capitalised only because they open the
// sentence ("The storm").
func (a *attributor) namesSomeone(sp speaker, end int) bool {
	toks := a.txt.Tokens
	if n := toks[sp.first].Norm; sp.last-sp.first == 1 && (n == "who" || english.IsSubjectPronoun(n)) {
		return n != "it" && !english.IsDemonstrative(n)
	} else if n == "which" && sp.last-sp.first == 1 {
		// "The company, which went on to say": its antecedent
		sp.first, end = a.npBefore(sp.first, a.txt.Sentences[a.sentOf[sp.first]].First)
		sp.last = end
	}
	incident := false
	for k := sp.first; k < max(end, sp.last); k++ {
		if a.listedHead(k) {
			return true // "the fire chief"
		}
		incident = incident || a.r.Frames.Incidents.HasWordKey(toks[k].Key, toks[k].Norm)
	}
	if incident {
		return false
	}
	if sp.typ == SpeakerAnonymous {
		return true // resolve read an unnamed person or group: "The 19-year-old", "Many voters"
	}
	for k := sp.first; k < sp.last; k++ {
		if _, n := a.entity(k, sp.last); n > 0 {
			return true
		}
	}
	return false
}

// beforeVerbGroup returns the token k before the verb group that ends
// with a cue at token i ("has since said", "he's telling"), past a time
// between them and the subject ("the board of elections on Monday
// rejected"), and where the subject ends.
func (a *attributor) beforeVerbGroup(i int, s segment.Sentence) (k, subjEnd int) {
	toks := a.txt.Tokens
	k, subjEnd = i-1, i
	for k > s.First && (a.inVerbGroup(k) || toks[k].Norm == "'s" && english.IsSubjectPronounKey(toks[k-1].Key, toks[k-1].Norm)) {
		k--
	}
	if t := a.timeAdjunct(k, s.First); t >= 0 {
		k = t - 1
		for k > s.First && a.inVerbGroup(k) {
			k--
		}
		subjEnd = k + 1
	}
	return k, subjEnd
}

// subjectAside reports a quotation opening at token open inside an aside
// about the subject of sentence si: a name opens the sentence, a comma
// closes it, and no verb stands between it and the quotation (`Ruiz,
// star of the show "Scandal," thanked Lee`; not `Still, "enough," said
// Ruiz`, nor `The plan may be "strategic," said Hemsley`).
func (a *attributor) subjectAside(open, si int) bool {
	s := a.txt.Sentences[si]
	toks := a.txt.Tokens
	f := a.datelineEnd(s)
	comma := -1
	for k := f; k < open; k++ {
		t := &toks[k]
		if t.Norm == "," && comma < 0 {
			comma = k
		}
		if t.Kind == segment.Word && !t.Cap && (a.inVerbGroup(k) || english.IsAuxiliaryKey(t.Key, t.Norm) || verbForm(t.Key, t.Norm)) {
			return false
		}
	}
	return comma > f && a.resolve(f, comma, si).named()
}

// mainVerbBefore reports a verb before token end of sentence s outside
// relative clauses and asides: "Lee, 34, pleaded guilty," holds one;
// "Ruiz, who won 52 percent," and "Ruiz, a Democrat," do not.
func (a *attributor) mainVerbBefore(end int, s segment.Sentence) bool {
	toks := a.txt.Tokens
	relative := false
	for k := a.datelineEnd(s); k < end; k++ {
		t := &toks[k]
		switch {
		case t.Norm == ",":
			relative = false
		case relativePronoun(t.Norm):
			relative = true
		case !relative && a.finiteVerb(k):
			return true
		}
	}
	return false
}

// objectCloses reports the noun phrase from token k closing sentence s,
// or running to its close through an apposition after a comma ("said Sam
// Vance, its director."); not before a relative clause ("criticized
// Lee's plan, which").
func (a *attributor) objectCloses(k int, s segment.Sentence) bool {
	_, l := a.npAfter(k, s.Last)
	end := s.Last
	for end > l && a.txt.Tokens[end-1].Kind == segment.Punct {
		end--
	}
	if l >= end {
		return true
	}
	if l+1 < end && a.txt.Tokens[l].Norm == "," && relativePronoun(a.txt.Tokens[l+1].Norm) {
		return false // "criticized Lee's plan, which": the object's clause
	}
	return a.closingApposition(l, s) >= end
}

// joinedSpeaker reads the speaker of a cue at token i joined to what
// precedes it by the word at token k before it: a coordinated verb shares
// its clause's subject ("Graham called Trump 'crazy' and said ...",
// "Kasich offered the man a job, then says"); a relative pronoun stands
// for the phrase before it ("Clinton, who said"). It reports whether k
// is such a word.
func (a *attributor) joinedSpeaker(k, i, si int) (speaker, bool) {
	toks := a.txt.Tokens
	if k <= a.txt.Sentences[si].First {
		return speaker{}, false
	}
	switch n := toks[k].Norm; {
	case n == "and" || n == "but":
		return a.clauseSubject(k, si), true
	case n == "," && k+1 < i && toks[k+1].Norm == "then":
		return a.clauseSubject(k+1, si), true
	case n == "who" || n == "which":
		return a.relativeSpeaker(k, si), true
	}
	return speaker{}, false
}

// shortQuoteBefore reports a quotation too short for a quote claim
// (minQuoteWords) that closes at token k, right before a cue: the
// quote's own resolution passes it over.
func (a *attributor) shortQuoteBefore(k int) bool {
	q := a.inQuote[k]
	return q >= 0 && a.quotes[q].close == k && a.quotes[q].words < minQuoteWords && a.quotes[q].words > 0
}

// clauseStart returns where the clause that a cue coordinated by the
// "and" at token and shares its subject with starts: after a relative
// pronoun's comma, a subordinator, a semicolon, colon or quotation, within
// clauseSubjectWindow tokens back. A quoted term ("summed up Clinton as
// "terrible," denounced her record and said") and an aside between dashes
// ("Grassley downplayed the attack -- something that has thrown the GOP
// into chaos -- and said") stand inside the clause; -1 when the window
// ends inside a clause read past one. A subordinator that opens no
// clause is a preposition, read past ("went after Ruiz for following the
// plan and called"), unless what a speech cue before it reports holds it
// ("Officials said the survivor called 911 after midnight and reported":
// the clause starts after it, as the cue's content does).
func (a *attributor) clauseStart(and int, s segment.Sentence) int {
	start, prep := a.clauseOpening(and, s)
	if prep >= 0 && start >= 0 && start < prep && a.speechContentBefore(start, prep) {
		return prep + 1
	}
	return start
}

// clauseOpening does the work of clauseStart: it returns where the
// clause starts and the nearest subordinator read past as a preposition
// (prep), or -1.
func (a *attributor) clauseOpening(and int, s segment.Sentence) (start, prep int) {
	toks := a.txt.Tokens
	skipped, comma, near := false, false, -1
	prep = -1
	for k := and - 1; k >= s.First && k > and-clauseSubjectWindow; k-- {
		if n := toks[k].Norm; (n == "who" || n == "which") && k > s.First && toks[k-1].Norm == "," {
			if !comma {
				return k, prep // "Ann Cole, who saw the crash and described it"
			}
			// "The senator, who has served since 1990, voted ... and
			// said": the relative closed at its comma, an aside
			k--
			continue
		}
		if toks[k].Norm == "," && a.inQuote[k] < 0 {
			comma = true
			if k+1 < and {
				near = k // the nearest comma after a subordinator met
			}
		}
		if q := a.inQuote[k]; q >= 0 && a.quotes[q].open > s.First && (a.quotes[q].words <= maxQuotedTerm || a.quotedObject(q)) {
			k, skipped = a.quotes[q].open, true
			continue
		}
		if toks[k].Norm == "—" {
			if j := a.dashBefore(k, s.First); j >= 0 {
				k, skipped = j, true
				continue
			}
		}
		if n := toks[k].Norm; (n == "whether" || n == "if") && k > s.First && near < 0 && a.complementOf(k-1) {
			// "Lee put off deciding whether the group could
			// question Clinton but said": a verb's object clause stands
			// inside the clause, whose subject is the verb's
			continue
		}
		if n := toks[k].Norm; english.IsSubordinator(n) && n != "as" {
			if near < 0 && !a.opensClauseTo(k, and) {
				if prep < 0 {
					prep = k // "went after Ruiz for ... and called": a preposition
				}
				continue
			}
			// "Asked whether Mr. Clinton would serve, Mrs. Clinton shook
			// her head and said": the subordinate clause closes at its
			// comma, and the clause after it is the cue's
			if near < 0 {
				return k + 1, prep
			}
			if a.asideVerb(near + 1) {
				// "Ada Ruiz, who has served since 1990, voted ... and
				// said": a verb after the comma; the clause stood
				// inside the subject's aside
				continue
			}
			return near + 1, prep
		}
		if n := toks[k].Norm; n == ";" || n == ":" || n == "—" || a.inQuote[k] >= 0 || markOf(a.txt, k) != notMark {
			return k + 1, prep
		}
	}
	if skipped && and-clauseSubjectWindow >= s.First {
		return -1, prep
	}
	return a.datelineEnd(s), prep
}

// complementOf reports a lower-case word at token k that a "whether" or
// "if" clause after it is the object of: a verb ("deciding whether",
// "asked if"), not a comma, conjunction or other function word.
func (a *attributor) complementOf(k int) bool {
	t := &a.txt.Tokens[k]
	return t.Kind == segment.Word && !t.Cap && !functionLike(t.Key, t.Norm) && a.inQuote[k] < 0
}

// asideVerb reports a verb at token v, right after the comma closing a
// subordinate clause: a word in -ed or a listed cue ("..., voted against
// the bill and said"), not a plain plural subject ("When the fire
// started, residents fled the building and said").
func (a *attributor) asideVerb(v int) bool {
	t := a.txt.Tokens[v]
	if t.Kind != segment.Word || t.Cap || functionLike(t.Key, t.Norm) || english.IsPronounKey(t.Key, t.Norm) {
		return false
	}
	if english.IsPastFormKey(t.Key, t.Norm) {
		return true
	}
	_, n, _ := a.cue(v, v+1)
	return n == 1
}

// quotedAsideSpeaker reads the speaker of a cue at tokens [i, i+n)
// after a quotation closing at token k that closes an aside after the
// subject ('Humphrey, who calls Trump a "sociopath," said', 'Police,
// who called the scene "horrific," said 12 people died'), else the
// speaker that follows the cue ('... may be "strategic," said Jeffery
// Hemsley'); nobody when no such quotation stands there.
func (a *attributor) quotedAsideSpeaker(k, i, n, si int) speaker {
	if k < a.txt.Sentences[si].First || a.inQuote[k] < 0 || !a.quoteInAside(a.inQuote[k]) {
		return speaker{}
	}
	if sp := a.asideSubject(i, si); sp.ok() {
		return sp
	}
	return a.speakerAfterCue(i+n, si)
}

// quoteInAside reports a quotation q that closes on its comma after a
// word of an aside a comma opens with a relative, a participle or an
// apposition: 'Humphrey, who calls Trump a "sociopath," said', 'Mr.
// Manafort, citing "the unique magic of Trump," said'; not 'summed up
// Clinton as "terrible," denounced'.
func (a *attributor) quoteInAside(q int) bool {
	o, c := a.quotes[q].open, a.quotes[q].close
	if o < 1 || c < 1 || !a.participleBreak(c, a.txt.Sentences[a.sentOf[o]].First) {
		return false
	}
	toks := a.txt.Tokens
	if p := toks[o-1]; p.Kind != segment.Word || a.inQuote[o-1] >= 0 {
		return false
	}
	// the aside's comma: a relative, a participle or an apposition
	// opens it
	first := a.txt.Sentences[a.sentOf[o]].First
	start := a.segmentStart(o, max(first, o-maxAsideReach))
	return start > first && a.asideSegment([2]int{start, c})
}

// quotedObject reports a quotation q right after a word of its clause,
// no comma or colon between: the object of its verb ('She declared
// "What a Super Tuesday!" and said', 'declaring it "another super
// Tuesday" and said'), which stands inside the clause.
func (a *attributor) quotedObject(q int) bool {
	o, c := a.quotes[q].open, a.quotes[q].close
	p := a.txt.Tokens[o-1]
	if c+1 < len(a.txt.Tokens) && a.txt.Tokens[c+1].Kind == segment.Word && !english.IsCoordinatorKey(a.txt.Tokens[c+1].Key, a.txt.Tokens[c+1].Norm) {
		return false // 'wearing "Make America Great Again" hats': a modifier
	}
	return p.Kind == segment.Word && a.inQuote[o-1] < 0 && !english.IsSubordinatorKey(p.Key, p.Norm) && !english.IsCoordinatorKey(p.Key, p.Norm)
}

// maxQuotedTerm is the most words a quotation inside a clause has that
// reads as a quoted term, not a statement.
const maxQuotedTerm = 2

// dashBefore returns the dash opening the aside the dash at token k
// closes, within maxDashAside tokens of the same sentence, else -1.
func (a *attributor) dashBefore(k, first int) int {
	for j := k - 1; j > first && j >= k-maxDashAside; j-- {
		if a.txt.Tokens[j].Norm == "—" {
			return j
		}
		if a.inQuote[j] >= 0 && a.quotes[a.inQuote[j]].words > maxQuotedTerm {
			return -1
		}
	}
	return -1
}

// withGroup returns the first token of the part of a group between
// "with" and the participle cue at token i ("with 47 percent of Cuban
// Americans saying", "with three in 10 saying"), else -1.
func (a *attributor) withGroup(i int, s segment.Sentence) int {
	toks := a.txt.Tokens
	if !strings.HasSuffix(toks[i].Norm, "ing") {
		return -1
	}
	for k := i - 1; k > s.First && k >= i-maxQuantityPhrase; k-- {
		if toks[k].Kind == segment.Punct && toks[k].Norm != "%" || a.inQuote[k] >= 0 {
			return -1
		}
		if toks[k].Norm == "with" {
			if k+1 < i && a.quantity(k+1, i) {
				return k + 1
			}
			return -1
		}
	}
	return -1
}

// withSpeaker reads the speaker of a participle cue at token i of
// sentence si that follows "with" and a noun phrase naming someone or a
// document ("with one of her ads asking"), the phrase running from "with"
// to the cue, and "with" opening an absolute
// phrase: opening the sentence ("With Ruiz saying ..."), after a comma or
// a dash ("..., with Ruiz calling for a ban"), or after a verb of
// attribution.with-openers, past a time ("The debate ended Tuesday with
// Lee asking"). Not a sum ("with Smith adding 12 points") nor a post
// ("with Lee reporting to her"). What it reports follows the cue alone
// (contentFrom). Nobody otherwise.
func (a *attributor) withSpeaker(i, si int) speaker {
	s := a.txt.Sentences[si]
	toks := a.txt.Tokens
	if !strings.HasSuffix(toks[i].Norm, "ing") {
		return speaker{}
	}
	if j := i + 1; j < s.Last && (a.in.Cover(j) >= 0 || english.IsPrepositionKey(toks[j].Key, toks[j].Norm) && toks[j].Norm != "for" && toks[j].Norm != "on") {
		// "with Smith adding 12 points", "with Lee reporting to her":
		// a sum or a post, no speech
		return speaker{}
	}
	for k := i - 1; k >= s.First && k >= i-maxQuantityPhrase; k-- {
		if toks[k].Kind == segment.Punct && toks[k].Norm != "." || a.inQuote[k] >= 0 {
			return speaker{}
		}
		if toks[k].Norm != "with" {
			continue
		}
		if p := k - 1; p >= s.First && toks[p].Norm != "," && toks[p].Norm != "—" && !a.r.Attribution.WithOpeners.HasWordKey(toks[p].Key, toks[p].Norm) &&
			!(p > s.First && english.IsTimeWordKey(toks[p].Key, toks[p].Norm) && a.r.Attribution.WithOpeners.HasWordKey(toks[p-1].Key, toks[p-1].Norm)) {
			// "file reports with the commission detailing", "a speech
			// denouncing": the verb's or the noun's "with", whose phrase
			// the participle may qualify
			return speaker{}
		}
		sp := a.resolve(k+1, i, si)
		if sp.first != k+1 || sp.last != i {
			return speaker{}
		}
		switch sp.typ {
		case SpeakerDocument:
			if a.documentWord(i - 1) {
				return sp // "with one of her ads asking": the ad's
			}
		case SpeakerPerson, SpeakerOrganisation, SpeakerAnonymous:
			if a.namesSomeone(sp, i) {
				return sp
			}
		}
		return speaker{} // "with the economy adding 151,000 jobs"
	}
	return speaker{}
}

// documentWord reports a noun of attribution.documents at token k, or
// its plural: "ad", "signs".
func (a *attributor) documentWord(k int) bool {
	t := &a.txt.Tokens[k]
	docs := a.r.Attribution.Documents
	return docs.HasWordKey(t.Key, t.Norm) || singularIn(docs, t.Norm)
}

// passiveSpeaker reads the speaker of a passive cue at token i (n
// tokens), and reports whether the cue was one whose speaker it settles.
// A passive cue names its speaker only after "by": "Americans have been
// urged to leave" says nothing of who urged them; "When asked by a
// reporter", "Asked by Ingraham" name the one who asked.
func (a *attributor) passiveSpeaker(i, n, si int) (speaker, bool) {
	s := a.txt.Sentences[si]
	passive, reduced, _ := a.passiveCue(i, s)
	if !passive && !reduced {
		return speaker{}, false
	}
	if a.agentBy(i+n, s) {
		f, l := a.npAfter(i+n+1, s.Last)
		for k := f; k < l; k++ {
			if a.txt.Tokens[k].Norm == "as" {
				l = k // "quoted by the Times as saying": the Times
				break
			}
		}
		return a.resolve(f, l, si), true
	}
	if reduced && i > s.First && english.IsSubordinatorKey(a.txt.Tokens[i-1].Key, a.txt.Tokens[i-1].Norm) {
		// "told Reuters in an interview when asked if ...": who asked is
		// not said, and the phrase before the subordinator is no one
		return speaker{}, true
	}
	if reduced && a.passiveAside(i, n, s) {
		// "The bridge, announced in 2019, opened": the phrase before
		// the aside is what was announced, not who announced it
		return speaker{}, true
	}
	return speaker{}, passive
}

// maxPassiveAside bounds the words of a passive aside after its cue.
const maxPassiveAside = 8

// passiveAside reports a cue in -ed at tokens [i, i+n) of sentence s that
// opens an aside set off by commas, a preposition after it, whose comma
// the clause's own verb follows: "The bridge, announced in 2019,
// opened", "The mayor, announced as the winner, said"; not "Smith, 45,
// announced on Tuesday that" nor ", announced on Tuesday, adding".
func (a *attributor) passiveAside(i, n int, s segment.Sentence) bool {
	toks := a.txt.Tokens
	if i <= s.First || toks[i-1].Norm != "," || i+n >= s.Last || !english.IsPrepositionKey(toks[i+n].Key, toks[i+n].Norm) && toks[i+n].Norm != "as" {
		return false
	}
	for c := i + n + 1; c < s.Last-1 && c <= i+n+maxPassiveAside; c++ {
		t := toks[c]
		if t.Norm == "that" || a.inQuote[c] >= 0 || t.Kind == segment.Punct && t.Norm != "," && t.Norm != "." {
			return false
		}
		if t.Norm == "," {
			v := toks[c+1]
			return v.Kind == segment.Word && !v.Cap && a.inQuote[c+1] < 0 && !strings.HasSuffix(v.Norm, "ing") &&
				!functionLike(v.Key, v.Norm) && !english.IsPronounKey(v.Key, v.Norm)
		}
	}
	return false
}

// nameCased reports a name that opens with a capital letter: a person's
// name as normalised ("Tim Gauerke"), not a clause ("the toll rose").
func nameCased(name string) bool {
	r, _ := utf8.DecodeRuneInString(name)
	return unicode.IsUpper(r)
}

// parenthetical reads the speaker of a cue set off by commas inside its
// clause ("Mr. Obama, officials said, has become skeptical"): the phrase
// between the comma and the cue, not the clause's subject before it;
// nobody when the cue is no such aside.
func (a *attributor) parenthetical(i, n, end, si int) speaker {
	s := a.txt.Sentences[si]
	toks := a.txt.Tokens
	if i+n+1 >= s.Last || toks[i+n].Norm != "," || toks[i+n+1].Kind != segment.Word || toks[i+n+1].Cap || markOf(a.txt, i+n+1) != notMark {
		return speaker{}
	}
	c := end - 1
	for c > s.First && c >= end-maxAsideSpeaker && toks[c].Norm != "," {
		c--
	}
	if c <= s.First || c == end-1 || toks[c].Norm != "," || !toks[c-1].Cap && toks[c-1].Kind != segment.Word {
		return speaker{}
	}
	// unnamed sources, bodies and outlets: a person's name there is as
	// often an apposition's ("Peter Carr, a spokesman, said, ...")
	if sp := a.resolve(c+1, end, si); sp.typ == SpeakerAnonymous || sp.typ == SpeakerOrganisation || sp.typ == SpeakerMedia {
		return sp
	}
	return speaker{}
}

// maxAsideSpeaker bounds the speaker of a parenthetical cue.
const maxAsideSpeaker = 4

// infinitiveObject reports a noun phrase from token start followed by
// "to" and a lower-case word: the object of "warned residents to stay
// indoors", "urged people to leave", whom the cue addresses, never its
// speaker.
func (a *attributor) infinitiveObject(start, last int) bool {
	toks := a.txt.Tokens
	for k := start; k < last-1 && k < start+maxInfinitiveObject; k++ {
		t := toks[k]
		if t.Kind == segment.Punct || a.inQuote[k] >= 0 {
			return false
		}
		if t.Norm == "to" {
			n := toks[k+1]
			return k > start && n.Kind == segment.Word && !n.Cap && !english.IsArticleKey(n.Key, n.Norm) && !english.IsPossessiveKey(n.Key, n.Norm)
		}
	}
	return false
}

// maxInfinitiveObject bounds the object infinitiveObject looks over.
const maxInfinitiveObject = 6

// maxDashAside bounds the aside between dashes a cue's subject is looked
// for before.
const maxDashAside = 30

// dashAside returns the token opening the aside between dashes that ends
// at token k, right before a cue ("Sanders -- who won Iowa -- said"), or
// -1 when token k closes none.
func (a *attributor) dashAside(k, first int) int {
	toks := a.txt.Tokens
	if k <= first || !spacedDash(a.txt, k) && toks[k].Norm != "—" && toks[k].Norm != "–" {
		return -1
	}
	j := k - 1
	for j > first && toks[j].Norm == "-" {
		j--
	}
	for ; j > first && j > k-maxDashAside; j-- {
		if a.inQuote[j] >= 0 {
			return -1
		}
		if spacedDash(a.txt, j) || toks[j].Norm == "—" || toks[j].Norm == "–" {
			for j > first && toks[j-1].Norm == "-" {
				j--
			}
			return j
		}
	}
	return -1
}

// agentBy reports a "by" at token k that names a passive's agent: "by a
// reporter", not the manner of "responded by abruptly blocking".
func (a *attributor) agentBy(k int, s segment.Sentence) bool {
	toks := a.txt.Tokens
	if k+1 >= s.Last || toks[k].Norm != "by" {
		return false
	}
	j := k + 1
	for j < s.Last-1 && (a.mannerAdverb(j) || a.adverbAt(j)) {
		j++
	}
	return !strings.HasSuffix(toks[j].Norm, "ing") || toks[j].Cap
}

// relativeSpeaker is the speaker a relative pronoun at token k stands
// for, named where the pronoun stands: "Clinton, who said".
func (a *attributor) relativeSpeaker(k, si int) speaker {
	sp := a.antecedent(k, si)
	if !sp.ok() {
		// "Editor's note: ... a bully who has repeatedly pledged": someone
		return speaker{typ: SpeakerUnknown, first: k, last: k + 1}
	}
	sp.first, sp.last = k, k+1
	return sp
}

// openingSubjectBefore returns the phrase that opens sentence si (past a
// dateline, or the opening phrase its subject follows) and runs to the
// comma before the relative pronoun at token who, as a named speaker:
// "Sen. Ada Ruiz (D-Mo.), who"; none when it names no one, does not open
// the sentence or holds a comma of its own.
func (a *attributor) openingSubjectBefore(who, si int) speaker {
	s := a.txt.Sentences[si]
	f, l := a.datelineEnd(s), who-1
	if sub := a.salience(si).subject; sub.ok() && sub.first > f && sub.first < l {
		f = sub.first // "Speaking on the show, Sen. Ada Ruiz (D-Mo.), who"
	}
	if l <= f || a.txt.Tokens[l].Norm != "," {
		return speaker{}
	}
	for k := f; k < l; k++ {
		if a.txt.Tokens[k].Norm == "," {
			return speaker{} // "Wounded, the deputy, who": phrases of their own
		}
	}
	if sp := a.resolve(f, l, si); sp.ok() && sp.typ != SpeakerUnknown && sp.first == f {
		return sp
	}
	return speaker{}
}

// antecedent returns who the relative pronoun at token k of sentence si
// refers to, with its own span: the name right before the comma
// ("interviewed Times reporter Ann Cole, who"), else the noun
// phrase before it; none when there is none.
func (a *attributor) antecedent(k, si int) speaker {
	f, l := a.npBefore(k, a.txt.Sentences[si].First)
	for j := f; j < l; j++ {
		if e, n := a.entity(j, l); n > 0 {
			if end := j + n; end == l || end+1 == l && a.txt.Tokens[end].Norm == "," {
				return e
			}
			j += n - 1
		}
	}
	return a.resolve(f, l, si)
}

// subjectBefore reads the speaker of a cue at token i from the noun
// phrase before it: the subject of a verb that put a document out
// ("Black Lives Matter issued a statement saying"), a phrase a relative
// clause restricts ("Current and former officials who spoke with The
// Huffington Post said"), or the phrase itself.
func (a *attributor) subjectBefore(i, si int) speaker {
	s := a.txt.Sentences[si]
	f, l := a.npBefore(i, s.First)
	if t := &a.txt.Tokens[max(f, 0)]; l == f+1 && !t.Cap && t.Norm != "her" && english.IsObjectPronoun(t.Norm) {
		// "groups that have endorsed him say": a relative clause's
		// object, never a subject; its antecedent speaks
		return a.antecedentOf(f, si)
	}
	f = a.pastClause(f, l, s.First)
	f = a.pastOpening(f, l, s)
	f, l = a.pastPlace(f, l, s)
	if v := a.documentVerb(f, l); v > f {
		if sp := a.resolve(f, v, si); sp.ok() {
			return sp
		}
	}
	if w := a.relativeBefore(f, l, s.First); w > s.First {
		f2, l2 := a.npBefore(w, s.First)
		sp := a.resolve(f2, l2, si)
		for f2 < l2 && isLead(&a.txt.Tokens[f2]) {
			f2++
		}
		if !sp.ok() && l2-f2 == 1 && (a.quantity(f2, l2) || a.txt.Tokens[f2].Norm == "those") {
			// "those who back her opponents say", "many who voted for
			// him said": a part of a group, nobody in particular
			sp = speaker{name: a.unnamed(f2, l2), typ: SpeakerAnonymous, first: f2, last: l2}
		}
		if sp.ok() {
			if sp.last == w {
				sp.last = l // the relative clause restricts the speaker: its span
			}
			return sp
		}
	}
	sp := a.resolve(f, l, si)
	if !sp.ok() && f > s.First && (a.txt.Tokens[f-1].Norm == "and" || a.txt.Tokens[f-1].Norm == "but") {
		sp = a.coordinateSubject(f, l)
	}
	if !sp.ok() {
		// "Among the ones who lost, many said": the comma segment next to
		// the cue, when the whole phrase names nobody
		for c := l - 2; c > f; c-- {
			if a.txt.Tokens[c].Norm == "," {
				sp = a.resolve(c+1, l, si)
				break
			}
		}
	}
	return a.coordinated(sp, si)
}

// coordinateSubject reads the phrase [f, l) that opens a clause after
// "and" or "but", right before its cue, as its subject when a role
// after a possessive or a plain plural names it: "The building collapsed
// and his lawyer said", "... and rescuers said".
func (a *attributor) coordinateSubject(f, l int) speaker {
	toks := a.txt.Tokens
	if l-f == 2 && english.IsPossessiveKey(toks[f].Key, toks[f].Norm) && toks[f].Norm != "whose" && a.roleHead(f+1, l) != "" {
		return speaker{name: a.text(f+1, l), typ: SpeakerPerson, first: f, last: l}
	}
	if l-f == 1 {
		return a.plainPlural(f)
	}
	return speaker{}
}

// plainPlural reads a lower-case plural noun at token f standing alone as
// a clause's subject as a group not named: "rescuers", "engineers".
func (a *attributor) plainPlural(f int) speaker {
	if a.plainNouns(f, f+1) && pluralNoun(a.txt.Tokens[f].Norm) {
		return speaker{name: a.unnamed(f, f+1), typ: SpeakerAnonymous, first: f, last: f + 1}
	}
	return speaker{}
}

// pastOpening returns the start of the phrase [f, l) before a cue after
// the prepositional phrase, participle or clause that opens its sentence
// ("After the vote, Rep. Bobby Scott, ..., said": not the vote;
// "Reacting to criticism, the retired neurosurgeon acknowledged"), else
// f.
func (a *attributor) pastOpening(f, l int, s segment.Sentence) int {
	toks := a.txt.Tokens
	if f != a.datelineEnd(s) || !english.IsCommonPrepositionKey(toks[f].Key, toks[f].Norm) && !english.IsSubordinatorKey(toks[f].Key, toks[f].Norm) && !a.introducer(f, l) {
		return f
	}
	if c := a.openingComma(f, l); c >= 0 && c+1 < l {
		if w := toks[c+1].Norm; w == "where" || w == "when" || w == "which" {
			// "In the old mill town of Dayton, where Ryan spent his
			// childhood in the swing state of Ohio, the senator
			// said": over the relative clause on the
			// opening phrase
			for c2 := c + 2; c2+1 < l && c2 <= c+maxOpeningPhrase; c2++ {
				if toks[c2].Norm == "," {
					return c2 + 1
				}
			}
		}
		return c + 1
	}
	return f
}

// maxOpeningPhrase bounds the opening phrase a subject is read past.
const maxOpeningPhrase = 12

// introducer reports a word at token f, before end, that opens a phrase
// standing before its clause's subject: an adverb with its comma
// ("Rather, sources close to her campaign say", "Ultimately, 54.6
// percent voted"), a participle with its comma ("Wounded, the officer
// said") or a participle ("Walking to the next address, Ebeling
// said", "Reacting to criticism, the retired neurosurgeon acknowledged";
// not "BuzzFeed's editor in chief").
func (a *attributor) introducer(f, end int) bool {
	toks := a.txt.Tokens
	if f+1 >= end {
		return false
	}
	if next := toks[f+1]; next.Norm == "," {
		w := toks[f].Norm
		// "Rather,", "Ultimately,", and a participle standing alone:
		// "Wounded, the officer said", "Stunned, residents said"
		return english.IsAdverb(w) || english.IsDiscourseAdverb(w) || len(w) > 4 && strings.HasSuffix(w, "ly") && toks[f].Kind == segment.Word && !a.lyNoun(f) ||
			a.openingParticiple(f, end) && !a.roleApposed(f+2, end)
	}
	next := toks[f+1]
	return a.openingParticiple(f, end) && next.Kind == segment.Word && next.Norm != "'s" && next.Norm != "’s"
}

// maxRoleApposition bounds the role apposition roleApposed reads.
const maxRoleApposition = 5

// roleApposed reports a role apposition from token k to the comma that
// closes the phrase ending at end, before its cue: "the" and a phrase
// headed by a role ("Manning, the police chief, said": Manning is named,
// no participle opening the sentence as in "Wounded, the officer said" or
// "Wounded, the officer, who was shot, said").
func (a *attributor) roleApposed(k, end int) bool {
	toks := a.txt.Tokens
	if k >= end || toks[k].Norm != "the" {
		return false
	}
	for c := k + 2; c < end && c <= k+maxRoleApposition; c++ {
		if toks[c].Norm == "," {
			return c == end-1 && a.roleHead(k+1, c) != ""
		}
	}
	return false
}

// openingComma returns the comma closing the phrase that opens a clause
// at token start, before end and within maxOpeningPhrase tokens: the
// first comma, or the one after a place that qualifies the phrase's
// place ("In Dayton, Ohio, police said": not Ohio); -1 when none.
func (a *attributor) openingComma(start, end int) int {
	toks := a.txt.Tokens
	for c := start + 1; c < end && c <= start+maxOpeningPhrase; c++ {
		if toks[c].Norm != "," {
			continue
		}
		if c2 := a.qualifierComma(start, c, end); c2 >= 0 {
			return c2
		}
		return c
	}
	return -1
}

// qualifierComma returns the comma that closes a place qualifying the
// opening phrase [start, c) ("In Baghdad, Iraq,", "near a school in
// Dayton, Ohio,"): at most three capitalised words between commas, with
// the subject after them standing alone; -1 when there is none. An
// apposition keeps its person: "In Baghdad, Carr, a spokesman, said".
func (a *attributor) qualifierComma(start, c, end int) int {
	toks := a.txt.Tokens
	c2 := c + 1
	for c2 < end && c2 <= c+4 && toks[c2].Norm != "," {
		c2++
	}
	if c2 >= end || toks[c2].Norm != "," {
		return -1
	}
	seg := [2]int{c + 1, c2}
	opens := english.IsPlacePrepositionKey(toks[start].Key, toks[start].Norm) && c-start >= 2 && capitalised(toks, start+1, c)
	if !opens && !a.placeQualifier([2]int{start, c}, seg) || opens && (c2-c-1 > 3 || !capitalised(toks, seg[0], seg[1])) {
		return -1
	}
	for k := c2 + 1; k < end; k++ {
		if toks[k].Norm == "," && !(k == end-1 && english.IsCoordinatorKey(toks[end].Key, toks[end].Norm)) {
			return -1 // not the comma before ", and explained"
		}
	}
	return c2
}

// pastPlace reads a place that qualifies the one before its comma in the
// phrase [f, l) before a cue: after an opening phrase's, the speaker
// follows ("During a stop in Onawa, Iowa, the candidate repeated"); at
// the phrase's end, the speaker precedes ("Officials in Baghdad, Iraq,
// said"). It returns the phrase without the place.
func (a *attributor) pastPlace(f, l int, s segment.Sentence) (int, int) {
	toks := a.txt.Tokens
	c1 := f - 1 // the comma before the place
	if c1 < s.First || toks[c1].Norm != "," {
		for c1 = f; c1 < l && toks[c1].Norm != ","; c1++ {
		}
	}
	if c1 < s.First+2 || c1 >= l-1 {
		return f, l
	}
	c2 := c1 + 2
	for c2 < l && toks[c2].Norm != "," {
		c2++
	}
	if c2 >= l || !a.placeQualifier([2]int{s.First, c1}, [2]int{c1 + 1, c2}) {
		return f, l // a place closes with its comma: not "in Little Rock, Hutchinson said"
	}
	if c2+1 < l {
		return c2 + 1, l
	}
	if c1 > f {
		return f, c1
	}
	return f, l
}

// maxRelativeClause bounds the relative clause between a subject and its
// cue: "Supporters who have heard directly from the campaign say".
const maxRelativeClause = 14

// antecedentOf reads the antecedent of the relative clause whose object
// stands at token f of sentence si ("groups that have endorsed him"), the
// speaker's span taking the clause in; nobody when no relative pronoun
// stands within maxRelativeClause tokens before it.
func (a *attributor) antecedentOf(f, si int) speaker {
	s := a.txt.Sentences[si]
	toks := a.txt.Tokens
	for k := f - 1; k > s.First && k >= f-maxRelativeClause; k-- {
		if toks[k].Kind != segment.Word || a.inQuote[k] >= 0 {
			break
		}
		if relativePronoun(toks[k].Norm) {
			f2, l2 := a.npBefore(k, s.First)
			sp := a.resolve(f2, l2, si)
			if sp.ok() && sp.first >= 0 && sp.last == k {
				sp.last = f + 1
			}
			return sp
		}
	}
	return speaker{}
}

// relativeBefore returns the "who" opening the relative clause that the
// phrase [f, l) before a cue ends, when that phrase was cut at the clause's
// verb or at the pronoun itself, or is a name the clause's verb takes as
// its object ("Voters who backed Ruiz said": the voters speak, not Ruiz),
// with at least two words after the pronoun ("Clinton, who said" is the
// relative's own cue); else -1.
func (a *attributor) relativeBefore(f, l, first int) int {
	toks := a.txt.Tokens
	if l-f < 2 && (l <= f || !toks[f].Cap) {
		// one word is the relative's object only as a name ("Voters who
		// backed Ruiz said"), not "the man who took his own life after
		// authorities say"
		return -1
	}
	for k := f - 1; k > first && k >= l-maxRelativeClause; k-- {
		switch n := toks[k].Norm; {
		case n == "who":
			if l-k-1 < 2 {
				return -1
			}
			return k
		case toks[k].Kind != segment.Word || a.inQuote[k] >= 0 || n == "that" || n == "which":
			return -1
		}
	}
	return -1
}

// pastClause returns where a cue's subject phrase [f, l) starts once the
// comma segment that ends the clause before it is left out: "Although
// the attackers were Yemenis, officials in Sanaa have denied", "a
// judge who reviewed the case on Monday, the county panel
// rejected". The phrase was cut at that clause's verb or
// relative pronoun; a phrase closing with a comma is an apposition and
// stays whole.
func (a *attributor) pastClause(f, l, first int) int {
	toks := a.txt.Tokens
	if f <= first || l <= f || toks[l-1].Norm == "," {
		return f
	}
	if p := toks[f-1].Norm; p != "who" && p != "which" && p != "that" && !a.clauseVerb(f-1) {
		return f
	}
	for c := f; c < l-1; c++ {
		if toks[c].Norm == "," {
			return c + 1
		}
	}
	return f
}

// coordinated widens a subject speaker to the names coordinated with it
// when they open the clause: "Smith and Jones said" is both of them's. A
// conjunct that does not open the clause ("Trump met Smith and Jones
// said") stays alone.
func (a *attributor) coordinated(sp speaker, si int) speaker {
	s := a.txt.Sentences[si]
	toks := a.txt.Tokens
	if !sp.named() || sp.first < 0 {
		return sp
	}
	for k := sp.first + 1; k < sp.last-1; k++ {
		// the span holds both names already ("Bernie Sanders and
		// Hillary Clinton"), the speaker the one next to the cue
		if toks[k].Norm == "and" && toks[k-1].Cap && toks[k+1].Cap {
			if other := a.resolve(sp.first, k, si); other.named() && other.typ == sp.typ && !strings.Contains(sp.name, other.name) &&
				a.titled(sp.first, k) == a.titled(k+1, sp.last) {
				sp.name = other.name + " and " + sp.name
			}
			return sp
		}
	}
	if sp.first-1 <= s.First || toks[sp.first-1].Norm != "and" {
		return sp
	}
	f, l := a.npBefore(sp.first-1, s.First)
	if l != sp.first-1 || f >= l || f > s.First && toks[f-1].Norm != "," {
		return sp
	}
	other := a.resolve(f, l, si)
	if !other.named() || other.typ != sp.typ || other.first != f || other.last != l || other.typ == SpeakerDocument {
		return sp
	}
	return speaker{name: other.name + " and " + sp.name, typ: sp.typ, first: other.first, last: sp.last}
}

// participleSpeaker finds who a participle cue after a comma (token i)
// belongs to: ", adding that ...", ", saying: ..." are the sentence's
// speaker's, or its subject's, or the clause's subject's ("She addressed
// Muslim-Americans in an email, saying ..."); none when not ok.
func (a *attributor) participleSpeaker(i, si int) speaker {
	a.backrefs++ // the sentence's attribution, read
	if sa := &a.sattr[si]; sa.cueAt >= 0 && sa.cueAt < i && a.said[sa.indirect].Speaker != "" {
		return speaker{name: a.said[sa.indirect].Speaker, typ: a.said[sa.indirect].SpeakerType, first: sa.spFirst, last: sa.spLast}
	}
	if sp := a.clauseCueSpeaker(i, si); sp.ok() {
		return sp
	}
	if sub := a.salience(si).subject; sub.ok() && (sub.first < i || a.openingParticipleOf(sub, i, si)) {
		return sub
	}
	sp := a.clauseSubject(i-1, si)
	if s := a.txt.Sentences[si]; sp.ok() && sp.first >= 0 && english.IsArticleKey(a.txt.Tokens[sp.first].Key, a.txt.Tokens[sp.first].Norm) && !a.modelConfirms(i, s) {
		// "The company cut 300 jobs, adding that ...": an article and
		// nouns as the participle's subject only where the cue model
		// reads the participle as a cue, as for an act cue
		return speaker{}
	}
	return sp
}

// openingParticipleOf reports a participle cue at token i of sentence si
// that opens its sentence, alone or after a preposition or subordinator
// ("Speaking to reporters,", "After saying he was nervous,"), whose
// phrase closes at the comma right before sub, the main clause's subject:
// the participle is that subject's.
func (a *attributor) openingParticipleOf(sub speaker, i, si int) bool {
	s := a.txt.Sentences[si]
	toks := a.txt.Tokens
	if sub.first <= i || !a.opensParticiple(i, s) {
		return false
	}
	for k := i + 1; k < sub.first && k <= i+maxParticipleClause; k++ {
		if a.inQuote[k] >= 0 {
			return false
		}
		if toks[k].Norm == "," {
			// the subject opens the clause after the comma and is its
			// whole subject: a verb follows it ("Writing the court, a
			// Seattle police officer said": not Seattle); and the model
			// reads the participle as a cue ("Claiming at least 40
			// lives, Hurricane Ian devastated": no claim of the storm's)
			return sub.first == k+1 && a.verbAfter(sub.last, s) && (!a.model.Trained() || a.modelScore(i, s) > unreadThreshold)
		}
	}
	return false
}

// opensParticiple reports a participle in -ing at token i opening
// sentence s, past a dateline, alone or after a preposition or a
// subordinator: "Speaking to reporters,", "After saying he was nervous,".
func (a *attributor) opensParticiple(i int, s segment.Sentence) bool {
	toks := a.txt.Tokens
	first := a.datelineEnd(s)
	if !strings.HasSuffix(toks[i].Norm, "ing") {
		return false
	}
	return i == first || i == first+1 && (english.IsCommonPrepositionKey(toks[first].Key, toks[first].Norm) || english.IsSubordinatorKey(toks[first].Key, toks[first].Norm))
}

// verbAfter reports token k of sentence s opening a verb group: a verb
// form, an auxiliary or an adverb, or a comma that opens an apposition.
func (a *attributor) verbAfter(k int, s segment.Sentence) bool {
	if k >= s.Last {
		return false
	}
	t := &a.txt.Tokens[k]
	return t.Norm == "," || t.Kind == segment.Word && !t.Cap && (a.inVerbGroup(k) || verbForm(t.Key, t.Norm))
}

// clauseCueSpeaker finds the speaker of a cue read earlier in the clause
// a participle cue after a comma (token i) closes, as that cue's
// subject: "Both parents condemned Mr. Dorn on Monday, saying ..." is
// the parents' (the speaker of "condemned"), not the object's. The last
// speaker remembered in sentence si standing inside the clause before
// the participle, not as an object; none when there is none.
func (a *attributor) clauseCueSpeaker(i, si int) speaker {
	s := a.txt.Sentences[si]
	start := a.clauseStart(i-1, s)
	if start < 0 {
		return speaker{}
	}
	sal := a.salience(si)
	for k := len(sal.speakers) - 1; k >= 0; k-- {
		if sp := sal.speakers[k]; sp.first >= start && sp.last < i && sp.first < sp.last {
			if a.objectPhrase(sp.first, s) || !a.objectHead(sp.last, s) {
				// "Facing mounting criticism": no subject before its
				// verb
				return speaker{}
			}
			return sp
		}
	}
	return speaker{}
}

// invertedSpeaker finds the speaker after a cue (tokens [i, i+n)) that
// follows a comma and a clause: "The committee has collected $56.5
// million, said David Gilbert, its president": a person's full name
// standing alone after the cue. It reports whether it found one.
func (a *attributor) invertedSpeaker(i, n, si int) (speaker, bool) {
	s := a.txt.Sentences[si]
	f, l := a.npAfter(i+n, s.Last)
	// "..., said Sgt. R. Diaz of the Dallas Police Department's
	// Central Division.": a person of a body, closing the sentence
	if p, ok := a.personOf(f, l, s); ok && (p.last == s.Last || a.txt.Tokens[p.last].Norm == ".") {
		return p, true
	}
	if l == s.Last || a.txt.Tokens[l].Norm == "," || a.txt.Tokens[l].Norm == "." || a.placeTail(i, n, l, s) {
		sp := a.speakerAfterCue(i+n, si)
		if !sp.named() || sp.first < i+n || sp.first > i+n+1 {
			return speaker{}, false
		}
		if sp.typ == SpeakerPerson && strings.Contains(sp.name, " ") && nameCased(sp.name) {
			return sp, true // a full name, not "..., said the toll rose."
		}
		// "Exports fell by 20 percent, said the ministry.", "..., said the
		// driver.": "the" and a common noun closing the sentence, alone or
		// as the head of a longer phrase the rules know (not "..., said
		// the toll rose."); a name there is as often whom the speaker
		// told ("..., Butz, 49, told The Huffington Post.")
		closes := sp.last == s.Last || a.txt.Tokens[sp.last].Norm == "."
		common := a.txt.Tokens[sp.first].Norm == "the" && sp.first+1 < sp.last && !a.txt.Tokens[sp.first+1].Cap &&
			(sp.last == sp.first+2 || a.vocabularyHead(sp.last-1))
		if closes && common && (sp.typ == SpeakerOrganisation || sp.typ == SpeakerPerson || sp.typ == SpeakerAnonymous) {
			return sp, true
		}
		// "..., said a handful of Democrats.": a quantified group right
		// after the cue, closing the sentence (not "wrote that 40 people
		// came", nor "Mayor Smith, a Democrat, said 12 people came": a
		// verb in it makes it the content)
		if closes && sp.typ == SpeakerAnonymous && sp.first == i+n && a.quantity(sp.first, sp.last) && !a.pastVerbIn(sp.first+1, sp.last) {
			return sp, true
		}

	}
	return speaker{}, false
}

// placeTail reports a place closing sentence s from token l, after a
// speech cue at tokens [i, i+n): "in" or "at" and capitalised words up to
// its end, no month or day ("says political scientist Ana Ruiz in
// Lima."), which tells where the speaker is.
func (a *attributor) placeTail(i, n, l int, s segment.Sentence) bool {
	toks := a.txt.Tokens
	if l+1 >= s.Last || toks[l].Norm != "in" && toks[l].Norm != "at" {
		return false
	}
	if _, _, class := a.cue(i, i+n); class != speechCue {
		return false // "..., endorsed Ted Cruz in November": the object
	}
	end := s.Last
	if toks[end-1].Norm == "." {
		end--
	}
	if end-l-1 > maxPlaceTail || end <= l+1 {
		return false
	}
	for k := l + 1; k < end; k++ {
		if t := &toks[k]; !t.Cap && t.Norm != "," || english.IsCalendarWordKey(t.Key, t.Norm) || english.IsTimeWordKey(t.Key, t.Norm) {
			return false
		}
	}
	return true
}

// maxPlaceTail bounds the words of a place closing a sentence after an
// inverted speaker.
const maxPlaceTail = 4

// parentheticalCue reads the speaker of a cue at tokens [i, i+n) set
// off by commas inside its sentence, the noun phrase [i+n, l) after it
// closing on a comma before a verb or "who": "The contrast with Dorn,
// said Doyle, would be clear", "The cost, said Mayor Ruiz, was $40
// million", "And Dorn, said Lina Sun, who ..., does not forgive". The
// phrase before the cue is part of what was said, never its speaker; the
// speaker is a name or a body, the phrase whole, with no verb in it, or
// a name "and others" ("said Doyle and others,": he among them).
func (a *attributor) parentheticalCue(i, n, l, si int) (speaker, bool) {
	toks := a.txt.Tokens
	s := a.txt.Sentences[si]
	others := l+2 < s.Last && toks[l].Norm == "and" && toks[l+1].Norm == "others"
	if others {
		l += 2
	}
	if l <= i+n || l > i+n+maxParentheticalSpeaker || l+1 >= s.Last || toks[l].Norm != "," || !toks[i+n].Cap && !english.IsArticleKey(toks[i+n].Key, toks[i+n].Norm) {
		return speaker{}, false
	}
	next := &toks[l+1]
	if next.Kind != segment.Word || next.Cap || !english.IsAuxiliaryKey(next.Key, next.Norm) && next.Norm != "who" || a.pastVerbIn(i+n, l) {
		return speaker{}, false
	}
	if !toks[i+n].Cap && !a.listedHead(l-1) {
		// "The families, told the news, were": a passive's object, no
		// speaker; one named by an article has a listed head ("said the
		// mayor")
		return speaker{}, false
	}
	sp := a.resolve(i+n, l, si)
	if !sp.named() || sp.first != i+n || sp.typ != SpeakerPerson && sp.typ != SpeakerOrganisation && sp.typ != SpeakerAnonymous {
		return speaker{}, false
	}
	if sp.last != l && (sp.last > l || toks[sp.last].Norm != "and") {
		return speaker{}, false // "said Doyle and Cole,"
	}
	if others {
		sp.name, sp.last = a.text(i+n, l), l // "said Doyle and others,": Doyle among them
	}
	if next.Norm == "who" && sp.last == l {
		sp.last = a.relativeEnd(l+1, s) // the span takes the relative clause in
	}
	return sp, true
}

// relativeEnd returns where a relative clause from token k of sentence s
// ends: at its comma, or at the sentence's closing period, within
// maxRelativeSpan tokens; k when it runs on.
func (a *attributor) relativeEnd(k int, s segment.Sentence) int {
	toks := a.txt.Tokens
	for j := k; j < s.Last && j < k+maxRelativeSpan; j++ {
		if n := toks[j].Norm; n == "," || n == "." && j == s.Last-1 || n == ";" || n == ":" || n == "—" {
			return j
		}
		if a.inQuote[j] >= 0 {
			return k - 1
		}
	}
	if k+maxRelativeSpan > s.Last {
		return s.Last
	}
	return k - 1
}

// maxRelativeSpan bounds the tokens of a relative clause a speaker's
// span takes in.
const maxRelativeSpan = 24

// maxParentheticalSpeaker bounds the words of a speaker between a cue
// set off by commas and its closing comma ("said Mayor Ruiz,").
const maxParentheticalSpeaker = 5

// pastVerbIn reports a lower-case verb in the past among tokens [f, l):
// a word in -ed or an irregular past ("came", "died").
func (a *attributor) pastVerbIn(f, l int) bool {
	for k := f; k < l; k++ {
		if t := a.txt.Tokens[k]; t.Kind == segment.Word && !t.Cap && english.IsPastFormKey(t.Key, t.Norm) {
			return true
		}
	}
	return false
}

// finiteVerb reports a lower-case verb at token k that heads a clause: a
// past form (not a hyphenated modifier, "court-appointed") or an
// auxiliary other than the possessive "'s".
func (a *attributor) finiteVerb(k int) bool {
	t := &a.txt.Tokens[k]
	if t.Kind != segment.Word || t.Cap {
		return false
	}
	return english.IsPastFormKey(t.Key, t.Norm) && !strings.Contains(t.Norm, "-") || english.IsAuxiliaryKey(t.Key, t.Norm) && t.Norm != "'s"
}

// opensClauseTo reports a subordinator at token k that opens a clause
// before token and: a participle right after it ("after saying"), or a
// verb of its own ("after Ruiz left"); not a preposition's object ("went
// after Ruiz for following the plan and called": "after" is the verb's).
func (a *attributor) opensClauseTo(k, and int) bool {
	toks := a.txt.Tokens
	if n := toks[k].Norm; k+1 < and && strings.HasSuffix(toks[k+1].Norm, "ing") && n != "since" && n != "until" {
		return true // "after saying"; not "since opening day"
	}
	for j := k + 1; j < and; j++ {
		if toks[j-1].Norm != "to" && a.finiteVerb(j) { // not "to use": an infinitive
			return true
		}
	}
	return false
}

// clauseSubject finds the subject of the clause a coordinated verb after
// token and belongs to: the pronoun, name or "the <role>" that opens the
// clause ("The judge rubbed his chin, and then said", "when Rubio thanked
// Miami and said").
func (a *attributor) clauseSubject(and, si int) speaker {
	sp := a.clauseSubjectAt(and, si)
	if sp.named() && sp.first >= 0 && a.openerOnly(sp, sp.first) {
		// "Hastily politicizing the tragedy ..., Trump cast the blame
		// ... and emphasized": a word capitalised only as the
		// sentence's first names no one
		return speaker{}
	}
	return sp
}

// clauseSubjectAt does the work of clauseSubject.
func (a *attributor) clauseSubjectAt(and, si int) speaker {
	s := a.txt.Sentences[si]
	toks := a.txt.Tokens
	if p := and - 2; p >= s.First && english.IsSubjectPronounKey(toks[p].Key, toks[p].Norm) && toks[and-1].Kind == segment.Word && !toks[and-1].Cap &&
		!functionLike(toks[and-1].Key, toks[and-1].Norm) && (p == s.First || !english.IsPrepositionKey(toks[p-1].Key, toks[p-1].Norm)) {
		// "..., he laughed and said": the pronoun right before the first
		// verb is the clause's subject
		return a.resolve(p, p+1, si)
	}
	start := a.clauseStart(and, s)
	if start < 0 {
		return speaker{}
	}
	// over an opening phrase: "In his speech, Obama positioned ...", "In
	// remarks to a local paper, Perry stood by ..."
	if english.IsCommonPrepositionKey(toks[start].Key, toks[start].Norm) || english.IsDiscourseAdverbKey(toks[start].Key, toks[start].Norm) || a.introducer(start, and) {
		if c := a.openingComma(start, and); c >= 0 {
			start = c + 1
		}
	}
	for start < and && (toks[start].Norm == "but" || toks[start].Norm == "and" || toks[start].Norm == "so") {
		start++
	}
	if start >= and {
		return speaker{}
	}
	if who := a.relativeAsideEnds(start-1, s); who > 0 {
		// "Mr. Trump, who said ..., issued a statement Tuesday saying":
		// the clause's subject stands before the relative clause
		return a.openingSubjectBefore(who, si)
	}
	if t := &toks[start]; !t.Cap && english.IsPastFormKey(t.Key, t.Norm) {
		return speaker{} // a verb opens the clause: its subject was not read
	}
	if english.IsSubjectPronounKey(toks[start].Key, toks[start].Norm) {
		return a.resolve(start, start+1, si)
	}
	if n := toks[start].Norm; start > s.First && (n == "who" || n == "which") {
		// "Ann Cole, who saw the crash and described it"
		return a.relativeSpeaker(start, si)
	}
	f := start
	for f < and && (english.IsArticleKey(toks[f].Key, toks[f].Norm) || english.IsPossessiveKey(toks[f].Key, toks[f].Norm) && toks[f].Norm != "whose" ||
		f == start && english.IsQuantifierKey(toks[f].Key, toks[f].Norm) && toks[f].Norm != "all" && toks[f].Norm != "any") {
		f++ // "Her campaign announced new support and said", "Some senators vented and said"
	}
	if f+2 < and && english.TitleGender(toks[f].Norm) != 0 && toks[f+1].Norm == "." && toks[f+2].Cap {
		// "Mrs. Clinton shook her head and said": the name after the
		// title, the span keeping it
		if sp, n := a.entity(f+2, and); n > 0 {
			sp.first, sp.last = a.extent(min(sp.first, f), sp.last, start, sp.last)
			return sp
		}
	}
	if f < and {
		if _, n := a.r.Titles.Longest(toks, f, and); n > 0 || toks[f].Cap {
			if sp, n := a.entity(f, and); n > 0 {
				sp.first, sp.last = a.extent(sp.first, sp.last, start, sp.last)
				return sp
			}
		}
		if _, n := a.r.Attribution.Roles.Longest(toks, f, and); n > 0 && f > start {
			if english.IsPossessiveKey(toks[start].Key, toks[start].Norm) {
				return a.roleSpeaker(start, start, f+n) // "His grandmother"
			}
			return a.roleSpeaker(start, f, f+n)
		}
		if e := a.plainSubjectEnd(f, and); f > start && e > f && a.listedHead(e-1) {
			// "The inspector toured the dam and warned", "The company
			// laid off 200 workers and warned": an article and plain
			// nouns before the clause's verb, typed as they are before a
			// cue, when the rules list their head (not "The storm moved
			// north, adding")
			return a.resolve(start, e, si)
		} else if f == start && e == f+1 && (toks[and].Norm == "and" || toks[and].Norm == "but") {
			// "residents fled the building and said": a plain plural
			return a.plainPlural(f)
		}
	}
	if n := toks[and].Norm; n != "and" && n != "but" {
		return speaker{}
	}
	if t := &toks[start]; (english.IsAuxiliaryKey(t.Key, t.Norm) || strings.HasSuffix(t.Norm, "ing")) && (!t.Cap || start+1 < and && !toks[start+1].Cap) {
		// "Does the candidate get tired and say", "But expecting Trump to
		// change and expecting"; not "Boeing cut 300 jobs and said",
		// "Will Ruiz ..."
		return speaker{}
	}
	if v := a.firstVerb(start, and); v > start && a.oneVerbGroup(v, and) {
		// "The district party chairman Sam Lee declined to name ... but
		// said", "One of the men, Sam Lee, 70, had served ... and said":
		// the phrase that opens the clause, before its first verb, where
		// it names a person or a body
		if sp := a.resolve(start, v, si); sp.named() && (sp.first == start || sp.first == start+1 && english.IsDeterminerKey(toks[start].Key, toks[start].Norm)) && (sp.typ == SpeakerPerson || sp.typ == SpeakerOrganisation) && a.nameOrRole(sp) {
			return a.coordinated(sp, si)
		}
	}
	return speaker{}
}

// speechContentBefore reports a speech cue among tokens [f, l) whose
// content holds a verb of its own before token l: "Officials said the
// survivor called 911".
func (a *attributor) speechContentBefore(f, l int) bool {
	toks := a.txt.Tokens
	for k := f; k < l; k++ {
		_, n, class := a.cue(k, l)
		if n == 0 || class != speechCue || toks[k].Cap {
			continue
		}
		for j := k + n + 1; j < l; j++ {
			if t := &toks[j]; a.inQuote[j] < 0 && a.finiteVerb(j) && english.IsPastFormKey(t.Key, t.Norm) {
				return true
			}
		}
		return false
	}
	return false
}

// openerOnly reports a speaker named by the one word at token start, a
// commonOpener: "Hastily politicizing the tragedy, Trump cast the blame
// ... and emphasized" names no "Hastily".
func (a *attributor) openerOnly(sp speaker, start int) bool {
	return !strings.Contains(sp.name, " ") && strings.EqualFold(sp.name, a.txt.Tokens[start].Norm) && a.commonOpener(start)
}

// nameOrRole reports a speaker's span holding a name (a capital past the
// sentence's first word) or a noun of the rules' speaker vocabulary:
// "The district party chairman Sam Lee", not "Her advice to young
// reporters".
func (a *attributor) nameOrRole(sp speaker) bool {
	for k := max(sp.first, 0); k < sp.last; k++ {
		if t := &a.txt.Tokens[k]; t.Kind == segment.Word && (t.Cap && !a.opensSentence(k) || a.listedHead(k)) {
			return true
		}
	}
	return false
}

// oneVerbGroup reports tokens [v, l) that hold one clause's verb group
// only: no other verb past the group opening at v but after "to" (not
// "officials said the survivor called 911 and reported", where "reported"
// is the survivor's).
func (a *attributor) oneVerbGroup(v, l int) bool {
	toks := a.txt.Tokens
	for k := v + 1; k < l; k++ {
		p := &toks[k-1]
		if a.finiteVerb(k) && !(k == v+1 || english.IsAuxiliaryKey(p.Key, p.Norm) || p.Norm == "to" || a.adverbAt(k-1) || negatorWord(p.Norm)) {
			return false
		}
	}
	return true
}

// firstVerb returns the first verb among tokens [f, l), outside commas'
// asides: a lower-case past form or auxiliary ("declined", "had"); -1 when
// there is none.
func (a *attributor) firstVerb(f, l int) int {
	toks := a.txt.Tokens
	for k := f + 1; k < l; k++ {
		if a.inQuote[k] >= 0 {
			continue
		}
		if relativePronoun(toks[k].Norm) {
			return -1 // a relative clause: its verb is no main verb
		}
		if a.finiteVerb(k) {
			return k
		}
	}
	return -1
}

// thingSubject reports a participle cue at token i after a clause whose
// subject is an article and plain nouns the rules do not list as a
// speaker: "The storm moved north, adding", "The team lost 3-1, arguing".
func (a *attributor) thingSubject(i int, s segment.Sentence) bool {
	p := i - 1
	for p > s.First && (a.mannerAdverb(p) || a.adverbAt(p)) {
		p--
	}
	start := a.clauseStart(p, s)
	if start < 0 {
		return false
	}
	f := start
	for f < p && english.IsArticleKey(a.txt.Tokens[f].Key, a.txt.Tokens[f].Norm) {
		f++
	}
	if f == start || f+1 >= p {
		return false
	}
	if english.IsIrregularPastKey(a.txt.Tokens[f+1].Key, a.txt.Tokens[f+1].Norm) && a.plainNouns(f, f+1) {
		return !a.listedHead(f) // "The team lost 3-1"
	}
	e := a.plainSubjectEnd(f, p)
	return e > f && !a.listedHead(e-1)
}

// plainSubjectEnd returns the end of the subject of lower-case plain
// nouns from token f (at most maxPlainNouns) before the clause's verb and
// token and: the verb is the word in -ed ("the actor smiled"), or the
// word before a function word, its object's ("the actor held a fake
// audition"); else -1.
func (a *attributor) plainSubjectEnd(f, and int) int {
	toks := a.txt.Tokens
	e := f
	for e < and && e <= f+maxPlainNouns && a.plainNouns(e, e+1) {
		e++
	}
	if v := e - 1; e < and && v > f && a.presentVerb(v) && a.presentObject(v, e) {
		return v // "The ad targets Clinton", "the company cuts the jobs"
	}
	if e >= and || toks[e].Cap || toks[e].Kind != segment.Word {
		return -1
	}
	if w := toks[e].Norm; e > f && strings.HasSuffix(w, "ed") {
		return e
	}
	if v := e; e > f && a.inVerbGroup(e) {
		// "Her campaign also announced": over adverbs, not a passive's
		// auxiliary ("The decision was included ... without asking")
		for v < and && a.inVerbGroup(v) && !english.IsAuxiliaryKey(toks[v].Key, toks[v].Norm) {
			v++
		}
		if w := toks[v].Norm; v < and && english.IsPastForm(w) {
			return e
		}
	}
	if functionLike(toks[e].Key, toks[e].Norm) && e-1 > f && e-1 <= f+maxPlainNouns {
		return e - 1
	}
	return -1
}

// speakerAfterCue reads the speaker of an inverted cue from token start:
// "said the mayor", "said the spokesman, Peter Carr", "said the
// Democratic leader of the Senate, Justin Alfond" (the name the role
// stands beside).
func (a *attributor) speakerAfterCue(start, si int) speaker {
	s := a.txt.Sentences[si]
	f, l := a.npAfter(start, s.Last)
	if a.clauseAfterCue(f, l) || start > 0 && a.r.Attribution.AddresseeCues.HasWordKey(a.txt.Tokens[start-1].Key, a.txt.Tokens[start-1].Norm) {
		// "the gambling tycoon told Reuters": whom he told
		return speaker{}
	}
	if l == f+1 && !a.txt.Tokens[f].Cap && english.IsObjectPronoun(a.txt.Tokens[f].Norm) {
		// "He suggested ..., called her "third-rate" and": the cue's
		// object, never its speaker (not "said US")
		return speaker{}
	}
	if p, ok := a.personOf(f, l, s); ok {
		return p
	}
	sp := a.resolve(f, l, si)
	if !sp.ok() || sp.typ == SpeakerPerson && (!a.txt.Tokens[l-1].Cap || a.roleHead(f, l) != "") {
		if name, ok := a.roleApposition(f, l, s); ok {
			return name
		}
	}
	if sp.ok() && sp.first >= start && sp.last > sp.first {
		sp.last = a.closingApposition(sp.last, s)
	}
	return sp
}

// roleApposition reads the person named after the comma that closes the
// phrase [f, l) of sentence s: "said the spokesman, Peter Carr",
// "according to the schools' superintendent, Dr. Angela Pringle". A
// role heading the phrase is one phrase with the name, and refers to
// him from now on. It reports whether a person's name follows.
func (a *attributor) roleApposition(f, l int, s segment.Sentence) (speaker, bool) {
	if l+1 >= s.Last || a.txt.Tokens[l].Norm != "," {
		return speaker{}, false
	}
	f2, l2 := a.npAfter(l+1, s.Last)
	name := a.wholeEntity(f2, l2)
	if !name.ok() || name.typ != SpeakerPerson {
		return speaker{}, false
	}
	if role := a.roleHead(f, l); role != "" {
		a.setRole(role, name.name)
		name.first = min(name.first, f)
	}
	name.last = a.closingApposition(name.last, s)
	return name, true
}

// clauseAfterCue reports a phrase [f, l) after a cue that is the clause
// the cue reports, not its speaker: an auxiliary or a cue used as a verb
// ("said the committee wants") stands in it before any
// relative pronoun or comma ("Ada Fisher, one of a handful of RNC
// members, said Trump will exceed expectations"; not "said the man who
// was shot").
func (a *attributor) clauseAfterCue(f, l int) bool {
	for k := f + 1; k < l; k++ {
		switch n := a.txt.Tokens[k].Norm; {
		case n == "who" || n == "which" || n == "that" || n == "," || n == "whose":
			return false
		case english.IsAuxiliary(n) && !a.txt.Tokens[k].Cap && !strings.ContainsAny(n, "'’"):
			// "said Elijah's cousin": a possessive, no verb
			return true
		case strings.HasSuffix(n, "s") && n != "'s" && n != "’s" && a.clauseVerb(k):
			// "said the committee wants 12 emails": a cue used as a verb
			// in the present (not the participle of "said one official
			// briefed on the matter")
			return true
		}
	}
	return false
}

// personOf reads a person named in full before "of" at the start of the
// phrase [f, l) after an inverted cue: "said Sgt. R. Diaz of the Dallas
// Police Department's Central Division.", "said Rosa Diaz of the
// police": the person, not the body he is of. The span runs over the
// body when it closes sentence s.
func (a *attributor) personOf(f, l int, s segment.Sentence) (speaker, bool) {
	toks := a.txt.Tokens
	for k := f + 1; k < l; k++ {
		if toks[k].Norm != "of" {
			continue
		}
		p := a.wholeEntity(f, k)
		if p.typ != SpeakerPerson || !strings.Contains(p.name, " ") {
			return speaker{}, false
		}
		p.first = f // with the title: "Sgt. G. Pinel"
		end := s.Last
		for end > k && toks[end-1].Kind == segment.Punct {
			end--
		}
		switch {
		case end-k <= maxApposition && a.plainTail(k+1, end):
			p.last = end
		case a.plainTail(k+1, l) && (l == s.Last || toks[l].Kind == segment.Punct):
			// "said Sen. Tom Udall of New Mexico, who supports ...": with
			// the apposition that closes the sentence
			p.last = a.closingApposition(l, s)
		}
		return p, true
	}
	return speaker{}, false
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
		english.IsPrepositionKey(n.Key, n.Norm) && n.Norm != "from" && n.Norm != "of" ||
		english.IsDiscourseAdverbKey(n.Key, n.Norm) || english.IsSubjectPronounKey(n.Key, n.Norm) || english.IsSubordinatorKey(n.Key, n.Norm) ||
		n.Norm == "and" || n.Norm == "but" || n.Kind != segment.Word && n.Kind != segment.Number || english.IsAuxiliaryKey(n.Key, n.Norm) {
		return l
	}
	for k := l + 1; k < end; k++ {
		if t := toks[k]; markOf(a.txt, k) != notMark || a.inQuote[k] >= 0 || t.Norm == ":" || t.Norm == ";" {
			return l
		}
		if toks[k].Norm == "," && k+1 < end && a.participleAfter(k+1) && !a.titleList(l+1, k, end) {
			// "said Tom Vitt, a former spokesman for Mr. Ober,
			// recalling a report": the apposition ends at the
			// participle's comma
			return k
		}
	}
	return end
}

// maxListWords bounds the words of one item of a title's coordinated
// list ("planning", "urban renewal").
const maxListWords = 2

// titleList reports the comma at token k, in an apposition from token
// from to token end, as one of a list of the title's "of" or "for" ("director of
// planning, housing and zoning", "secretary of health, education and
// welfare"): after the preposition items joined by commas, and from the comma on items
// joined by commas, the last by "and" or "or", up to end or a
// preposition. An item is one or two words, no function word: "housing"
// in it is no participle.
func (a *attributor) titleList(from, k, end int) bool {
	toks := a.txt.Tokens
	j, words := k-1, 0 // back over the items before: "of parks, housing, zoning"
	for j > from && (a.listWord(j) && words < maxListWords || toks[j].Norm == "," && words > 0) {
		if words++; toks[j].Norm == "," {
			words = 0
		}
		j--
	}
	if words == 0 || toks[j].Norm != "of" && toks[j].Norm != "for" {
		return false
	}
	for p := k; p < end; {
		joined := false
		if toks[p].Norm == "," {
			p++
		}
		if p < end && (toks[p].Norm == "and" || toks[p].Norm == "or") {
			p, joined = p+1, true
		}
		q := p
		for q < end && q < p+maxListWords && a.listWord(q) {
			q++
		}
		if q == p {
			return false
		}
		if joined {
			return q == end || toks[q].Norm == "," || english.IsCommonPrepositionKey(toks[q].Key, toks[q].Norm) // "... and zoning for the city"
		}
		if q >= end || toks[q].Norm != "," && toks[q].Norm != "and" && toks[q].Norm != "or" {
			return false
		}
		p = q
	}
	return false
}

// listWord reports a word at token k that may stand in an item of a
// title's list: no function word, no "and" or "or".
func (a *attributor) listWord(k int) bool {
	t := &a.txt.Tokens[k]
	return t.Kind == segment.Word && !functionLike(t.Key, t.Norm) && t.Norm != "and" && t.Norm != "or"
}

// participleAfter reports a lower-case present participle at token k,
// after the comma that closes an apposition: "recalling", "adding"; not
// a word in -ed, as the verb of a relative clause the apposition holds
// ("a Republican, who, like all respondents, responded") is.
func (a *attributor) participleAfter(k int) bool {
	t := &a.txt.Tokens[k]
	return t.Kind == segment.Word && !t.Cap && len(t.Norm) > 4 && strings.HasSuffix(t.Norm, "ing") && !functionLike(t.Key, t.Norm)
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
	for f < l && (isLead(&toks[f]) && !english.IsArticleKey(toks[f].Key, toks[f].Norm) || english.IsSubordinatorKey(toks[f].Key, toks[f].Norm)) {
		f++
	}
	for k := f; k < l; k++ {
		if _, n := a.r.Attribution.Documents.Longest(toks, k, l); n > 0 {
			return speaker{name: a.unnamed(f, l), typ: SpeakerDocument, first: f, last: l}
		}
	}
	return speaker{}
}

// cueSpeakerAfterQuote reads `"...," X said` (speaker before the cue) and
// `"...," said X` (after it); from is the first token after the quote.
func (a *attributor) cueSpeakerAfterQuote(from, i, n, si int) speaker {
	f := a.pastQuoteMarks(from, i)
	end := i
	if b := a.perceivedAt(i, a.txt.Sentences[si]); b > f {
		end = b // `"...," Mr. Dorn is shown saying`
	}
	if f < end {
		if sp := a.resolve(f, end, si); sp.ok() {
			return sp
		}
	}
	return a.speakerAfterCue(i+n, si)
}

// maxObjectLookback bounds the tokens objectPhrase passes over back from
// a name to the determiner of the phrase it stands in apposition to.
const maxObjectLookback = 5

// objectPhrase reports a phrase starting at token f that stands after a
// verb or a preposition of its clause, or in apposition to a verb's
// object: "condemned Mr. Dorn", "marched through Center City", "fired
// his police chief, Gary Moss": an object, no subject. Not an inverted
// speaker (`," said Mr. Dorn`), nor the subject after an opening phrase
// ("Despite his weak showing in surveys, Ruiz").
func (a *attributor) objectPhrase(f int, s segment.Sentence) bool {
	toks := a.txt.Tokens
	if f <= s.First+1 {
		return false
	}
	k := f - 1
	if toks[k].Norm != "," {
		return a.objectHead(k, s) || english.IsPrepositionKey(toks[k].Key, toks[k].Norm) && !toks[k].Cap
	}
	// "his police chief, Gary Moss": the phrase the name is apposed to,
	// from its determiner, follows a verb
	for k--; k > s.First && k > f-maxObjectLookback && toks[k].Kind == segment.Word; k-- {
		if t := &toks[k]; english.IsArticleKey(t.Key, t.Norm) || english.IsPossessiveKey(t.Key, t.Norm) {
			return k > s.First && a.objectHead(k-1, s)
		}
	}
	return false
}

// clauseInSpan returns the verb of a clause a speaker sp's span holds,
// its object inside the span too ("The storm struck Florida" before ",
// adding"), or -1: the name read in it may be the object, no speaker. A
// relative pronoun before the verb makes it a restricting clause
// ("Members who spoke with reporters").
func (a *attributor) clauseInSpan(sp speaker, s segment.Sentence) int {
	toks := a.txt.Tokens
	for k := max(sp.first, s.First) + 1; k < sp.last-1; k++ {
		switch toks[k].Norm {
		case "who", "which", "that", "whose", "whom", ",":
			return -1
		}
		if p := &toks[k-1]; a.objectHead(k, s) && !english.IsDeterminerKey(p.Key, p.Norm) && !english.IsArticleKey(p.Key, p.Norm) &&
			!english.IsPossessiveKey(p.Key, p.Norm) && !english.IsCommonPrepositionKey(p.Key, p.Norm) {
			return k // not "a certified letter", "of armed men"
		}
	}
	return -1
}

// objectHead reports a lower-case verb at token k that an object
// follows: a past ("condemned", "took") or a cue used as a verb, not a
// cue whose inverted speaker follows it after a quote or a comma
// (`," said Mr. Dorn`).
func (a *attributor) objectHead(k int, s segment.Sentence) bool {
	t := &a.txt.Tokens[k]
	if t.Kind != segment.Word || t.Cap || english.IsAuxiliaryKey(t.Key, t.Norm) {
		return false
	}
	if _, n, _ := a.cue(k, k+1); n == 1 && k > s.First && a.quoteOrComma(k-1) {
		return false
	}
	return english.IsPastFormKey(t.Key, t.Norm) || a.clauseVerb(k) || a.presentAfterSubject(k, s) || a.pluralPresent(k, s)
}

// pluralPresent reports a verb in the plain present at token k of
// sentence s after a plural subject of a determiner or a number and a
// noun: "Two ads attack Clinton", "The unions back the plan". The phrase
// after it is the verb's object.
func (a *attributor) pluralPresent(k int, s segment.Sentence) bool {
	toks := a.txt.Tokens
	if k-1 < s.First {
		return false
	}
	t, n := &toks[k], &toks[k-1]
	if t.Kind != segment.Word || t.Cap || len(t.Norm) < 3 || functionLike(t.Key, t.Norm) ||
		strings.HasSuffix(t.Norm, "s") || strings.HasSuffix(t.Norm, "ed") || strings.HasSuffix(t.Norm, "ing") || strings.HasSuffix(t.Norm, "ly") {
		return false
	}
	if n.Kind != segment.Word || n.Cap && k-1 > s.First || len(n.Norm) < 3 || !strings.HasSuffix(n.Norm, "s") || strings.HasSuffix(n.Norm, "ss") || functionLike(n.Key, n.Norm) {
		return false
	}
	if k-2 < s.First {
		return true
	}
	d := &toks[k-2]
	return d.Kind == segment.Number || english.IsArticleKey(d.Key, d.Norm) || english.IsPossessiveKey(d.Key, d.Norm) || english.IsQuantifierKey(d.Key, d.Norm)
}

// presentVerb reports a lower-case word at token k in the -s form a verb
// takes in the present ("targets", "attacks"), as a plain noun's plural
// may be too: not "-ss", "-us", "-is" ("press", "bus", "analysis").
func (a *attributor) presentVerb(k int) bool {
	t := &a.txt.Tokens[k]
	w := t.Norm
	return t.Kind == segment.Word && !t.Cap && len(w) > 3 && strings.HasSuffix(w, "s") &&
		!strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is") && !strings.HasSuffix(w, "'s")
}

// objectOpens reports token k opening a verb's object: a capitalised
// word ("Clinton"), an article or a possessive ("the governor", "his
// rival").
func (a *attributor) objectOpens(k int) bool {
	t := &a.txt.Tokens[k]
	return t.Kind == segment.Word && (t.Cap || english.IsArticleKey(t.Key, t.Norm) || english.IsPossessiveKey(t.Key, t.Norm) && t.Norm != "whose")
}

// presentAfterSubject reports a present-tense verb at token k (presentVerb)
// right after an article and one plain noun opening sentence s or
// following a comma: "The ad targets Clinton, saying" (the name its
// object), not "the county commissioners".
func (a *attributor) presentAfterSubject(k int, s segment.Sentence) bool {
	if k-2 < s.First || !a.presentVerb(k) || !a.plainNouns(k-1, k) {
		return false
	}
	d := &a.txt.Tokens[k-2]
	if !english.IsArticleKey(d.Key, d.Norm) && !english.IsPossessiveKey(d.Key, d.Norm) {
		return false
	}
	return (k-2 == s.First || a.txt.Tokens[k-3].Norm == ",") && k+1 < s.Last && a.presentObject(k, k+1)
}

// maxObjectWords bounds how far after a present-tense verb its object is
// read for a verb of its own (presentObject).
const maxObjectWords = 12

// presentObject reports that the phrase from token o, after the -s word
// at token v, is that word's object: it opens as one (objectOpens), with
// no day or month ("The county commissioners Tuesday approved"), and no
// verb of its own follows before the clause's comma ("The union leaders
// Ruiz and Lee walked out"): else the -s word is a plural noun, the
// subject's, and its verb comes later.
func (a *attributor) presentObject(v, o int) bool {
	toks := a.txt.Tokens
	if !a.objectOpens(o) || english.IsTimeWordKey(toks[o].Key, toks[o].Norm) {
		return false
	}
	last := a.txt.Sentences[a.sentOf[v]].Last // the clause's sentence: never the next one's verbs
	for k := o + 1; k < last && k <= o+maxObjectWords; k++ {
		t := &toks[k]
		if t.Kind == segment.Punct && (t.Norm == "," || t.Norm == ";" || t.Norm == ":") || t.Kind == segment.Punct && t.Norm == "." {
			return true
		}
		if t.Kind == segment.Word && !t.Cap && (strings.HasSuffix(t.Norm, "ed") && len(t.Norm) > 3 || english.IsIrregularPastKey(t.Key, t.Norm) ||
			english.IsAuxiliaryKey(t.Key, t.Norm)) {
			return false
		}
	}
	return true
}

// quoteOrComma reports a comma or a quotation mark at token k, straight
// or curly, an apostrophe closing a quote within a quote included
// (a quote within a quote, closing on three apostrophes before "said").
func (a *attributor) quoteOrComma(k int) bool {
	t := &a.txt.Tokens[k]
	return t.Norm == "," || a.inQuote[k] >= 0 || markOf(a.txt, k) != notMark || t.Kind == segment.Punct && strings.ContainsAny(t.Norm, "'’")
}

// perceivedAt returns the form of "be" before a participle cue at token i
// whose speaker was seen, heard or quoted: a past participle right after
// "be", and before the cue at most "as" or "on" and a word ("Mr. Dorn is
// shown saying", "was heard saying", "is quoted as saying", "was caught
// on tape saying"); -1 when there is none. No list of verbs: the form
// alone tells, and the cue after it is a listed one.
func (a *attributor) perceivedAt(i int, s segment.Sentence) int {
	toks := a.txt.Tokens
	if !strings.HasSuffix(toks[i].Norm, "ing") {
		return -1
	}
	p := i - 1
	switch {
	case p > s.First && toks[p].Norm == "as":
		p--
	case p-2 > s.First && toks[p-1].Norm == "on" && toks[p].Kind == segment.Word && !toks[p].Cap:
		p -= 2 // "caught on tape saying"
	}
	if p <= s.First+1 || !a.pastParticiple(p) {
		return -1
	}
	if b := p - 1; english.IsBeFormKey(toks[b].Key, toks[b].Norm) {
		return b
	}
	return -1
}

// pastParticiple reports a lower-case word at token k in the form of a
// past participle: "quoted", "shown", "heard", "caught", "seen".
func (a *attributor) pastParticiple(k int) bool {
	t := &a.txt.Tokens[k]
	if t.Kind != segment.Word || t.Cap || len(t.Norm) < 4 || english.IsAuxiliaryKey(t.Key, t.Norm) {
		return false
	}
	return strings.HasSuffix(t.Norm, "ed") || strings.HasSuffix(t.Norm, "wn") || strings.HasSuffix(t.Norm, "en") ||
		english.IsIrregularPastKey(t.Key, t.Norm)
}
