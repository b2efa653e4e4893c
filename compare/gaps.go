package compare

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/english"
)

// The attribution gaps, named in Detail.Gap.
const (
	// GapBareVsAttributed: one outlet states the fact as its own, another
	// gives it a source.
	GapBareVsAttributed = "bare-vs-attributed"
	// GapDifferentSpeakers: two outlets give the fact to sources that
	// cannot be one.
	GapDifferentSpeakers = "different-speakers"
	// GapUnnamedVsNamed: one outlet names the person who said it
	// ("Industries Minister Mekapati Goutham Reddy"), another leaves the
	// source unnamed ("officials say", "experts say").
	GapUnnamedVsNamed = "unnamed-vs-named"
	// GapHedgedVsAsserted: one outlet hedges the fact ("reportedly"),
	// another asserts it.
	GapHedgedVsAsserted = "hedged-vs-asserted"
)

// gapSide is one document's side of a fact's sourcing: how it attributes
// the fact, its outlet, and the sentence it states the fact in.
type gapSide struct {
	a        claims.Attribution
	source   string
	sentence string
	headline bool // the side states the fact only in its headline
	// sourcedLater marks a bare side whose document gives the fact a
	// source in a later mention ("... attended by over 100 people" in the
	// lede, "drew more than 100 people, the sheriff said" below it): no
	// evidence that the outlet states it as its own.
	sourcedLater bool
	// carried marks a side, bare or hedged, whose sentence stands inside a
	// source's account its document gives (carried): no side of a gap.
	carried bool
	// docWords, when the side's document is known, gives its words (split
	// once per document, however many sides it has): a bare side that
	// speaks of a speaker by a role ("the president") is read against the
	// titles its document gives names ("President Obama said").
	docWords func() []string
}

// docAttributions is how each document attributes a fact, in order of
// first appearance: as its body first states it. An article sources a
// fact where it first gives it ("two people were killed, police said")
// and then restates it freely ("the two dead were..."): its bare
// restatements are not a second, unsourced claim, and a later mention
// under someone's cue ("the premier condemned the killing of...") does not
// make a fact it stated as its own a sourced one. A headline counts only
// when the body does not mention the fact: headlines drop attribution by
// convention, so "13 dead" over "police said 13 died" is an attributed
// figure, not a bare one; heads marks the documents that state the fact
// only in the headline. sentence gives a mention's place in its document:
// the items of a group need not stand in the text's order.
func docAttributions(items []*item, headline func(*item) bool, sentence func(*item) int) ([]*item, []claims.Attribution, []bool) {
	var firsts []*item
	at := map[int]claims.Attribution{}
	chosen := map[int]*item{}
	fromHeadline := map[int]bool{}
	for _, it := range items {
		a := it.c.Attribution
		h := headline(it)
		prev, seen := chosen[it.doc]
		switch {
		case !seen:
			firsts = append(firsts, it)
		case fromHeadline[it.doc] && !h:
		case fromHeadline[it.doc] == h && sentence(it) < sentence(prev):
			// the items of a group stand in the order they joined it, not
			// in the text's: a quote further down ("evacuated around
			// 900 residents and took them to hospitals," said the district's
			// collector) may come before the body's first, bare mention
		default:
			continue
		}
		at[it.doc], fromHeadline[it.doc], chosen[it.doc] = a, h, it
	}
	out := make([]claims.Attribution, len(firsts))
	heads := make([]bool, len(firsts))
	for i, it := range firsts {
		out[i], heads[i] = at[it.doc], fromHeadline[it.doc]
		firsts[i] = chosen[it.doc]
	}
	return firsts, out, heads
}

// sourcedLater marks the documents whose first mention of a fact (firsts)
// is bare and a later mention of it (in items) names a source.
func sourcedLater(items, firsts []*item) map[int]bool {
	first := map[int]*item{}
	for _, it := range firsts {
		if bare(it.c.Attribution) {
			first[it.doc] = it
		}
	}
	var out map[int]bool
	for _, it := range items {
		if f, ok := first[it.doc]; ok && it != f && it.c.Attribution.Form != claims.FormNone && it.c.Attribution.Speaker != "" {
			if out == nil {
				out = map[int]bool{}
			}
			out[it.doc] = true
		}
	}
	return out
}

// outsideAttributed reports a claim whose figure stands outside the part
// of its sentence its attribution covers (attributedPart): "the US had at
// least 82,000 cases while Spain was reporting 80,100" gives Spain the
// second figure, not the first. Which source the first has, the sentence
// does not say for sure: it is evidence of no sourcing.
func (cmp *comparer) outsideAttributed(it *item) bool {
	c := it.c
	a := c.Attribution
	if a.Form == claims.FormNone || a.Span == nil || a.CueSpan == nil {
		return false
	}
	s := c.SentenceSpan
	lo, hi := attributedPart(cmp.results[it.doc].Text.Src, s.Start, s.End, a)
	return c.Span.End <= lo || c.Span.Start >= hi
}

// negatedApart reports claims (one per document) of which some stand in a
// clause that writes a negation and others do not: one outlet says the
// thing happened on Sunday, another that it did not.
func negatedApart(results []*claims.Result, its []*item) bool {
	neg, pos := false, false
	for _, it := range its {
		if clauseNegated(results[it.doc].Text.Src, it.c) {
			neg = true
		} else {
			pos = true
		}
	}
	return neg && pos
}

// clauseNegated reports a claim whose clause (the part of its sentence
// after the last comma, semicolon, colon or dash before its figure) writes
// a negation (coreMarks) before the claim's words begin: a negation
// governs what follows it ("was not arrested on Sunday"), not a figure
// before it ("where five people were shot said he regrets not calling
// police"), and a claim's own words hold no denial of it ("No fewer than
// 18 people were killed" bounds the figure; a casualty count the words
// deny is read as none by extraction).
func clauseNegated(src string, c *claims.Claim) bool {
	s := c.SentenceSpan
	if s.Start < 0 || s.End > len(src) || c.Span.Start < s.Start || c.Span.Start > s.End {
		return false
	}
	lo := strings.LastIndexAny(src[s.Start:c.Span.Start], ",;:–—")
	if lo < 0 {
		lo = 0
	}
	return slices.Contains(coreMarks(src[s.Start+lo:c.Span.Start]), "not")
}

// bare reports an attribution that names no source and hedges nothing.
func bare(a claims.Attribution) bool { return a.Form == claims.FormNone && !a.Hedged }

// attributionGap compares how the documents in a group attribute the fact.
// When the documents' values differ, each side's value is named in the
// summary: a summary never gives one outlet's figure for another's.
func (cmp *comparer) attributionGap(g *group, kind, why string, values []SideValue) *Finding {
	firsts, attrs, heads := docAttributions(g.items, cmp.headline, func(it *item) int { return it.c.SentenceIndex() })
	for i, it := range firsts {
		if cmp.outsideAttributed(it) {
			attrs[i] = claims.Attribution{SpeakerType: claims.SpeakerUnknown, Form: attrs[i].Form}
		}
		if attrs[i].Hedged && !strings.Contains(strings.ToLower(it.c.Text), strings.ToLower(attrs[i].Hedge)) {
			// a hedge is read for the whole sentence: "the father of
			// the man who allegedly shot two men dead" hedges who shot,
			// not the two dead, which the outlet states as fact
			attrs[i].Hedged, attrs[i].Hedge = false, ""
		}
	}
	if negatedApart(cmp.results, firsts) {
		return nil // "was arrested on Sunday, police said" and "was not arrested on Sunday": not one fact
	}
	later := sourcedLater(g.items, firsts)
	if !distinctive(g) && !strings.Contains(why, "same entity") && !cmp.firstsAlike(firsts, attrs, cmp.r.Compare.StatementThreshold*similarShare) && !cmp.sameEvent(g, firsts, attrs) {
		// a small figure ("one dead", "three other men") is one fact by
		// its kind alone, and each outlet's first mention of it may sit
		// in another statement (an arrest, a sentencing, a vigil, a lab
		// result): whether two outlets source it differently is worth
		// saying only when it is the same thing's figure or the sentences
		// set side by side say the same (any two of the group's may)
		return nil
	}
	gs := make([]gapSide, len(firsts))
	sides := make([]SideAttribution, len(firsts))
	for i, it := range firsts {
		gs[i] = gapSide{a: attrs[i], source: it.c.Source, sentence: it.c.Sentence, headline: heads[i], sourcedLater: later[it.doc],
			carried: attrs[i].Form == claims.FormNone && cmp.carried(it.doc, it.c.SentenceIndex()), docWords: cmp.documentWords(it.doc)}
		sides[i] = sideOf(it.c.ID, it.c.Doc, it.c.Source, attrs[i])
	}
	gap := cmp.gapKind(gs)
	if gap == "" || gap == GapHedgedVsAsserted {
		// a hedge is read for the whole sentence: "whose son allegedly
		// shot a 3-year-old", "shot, reportedly accidentally" hedge who
		// and how, not the figure
		return nil
	}
	firsts, sides = uncarried(gs, firsts), uncarried(gs, sides)
	gs = uncarried(gs, gs)
	fact := describeFact(g.items[0].c)
	if byDoc := distinctValues(values); byDoc != nil {
		fact = kind
		for i := range sides {
			sides[i].Value = byDoc[sides[i].Doc]
		}
	}
	cmp.giveRoles(sides, gap, func(i int) int { return firsts[i].doc })
	cmp.markOwnReporters(sides, gs)
	return &Finding{Type: AttributionGap, Kind: kind, Why: why,
		Summary: fmt.Sprintf("%s: %s", fact, describeGap(sides, gap)),
		Claims:  claimsOf(ofDocs(g.items, firsts)), Detail: Detail{Gap: gap, Attributions: sides}}
}

// similarShare is the share of the statement threshold two sentences'
// content words must reach to say the same, as alignment asks of a claim
// joining a group by its sentence.
const similarShare = 0.6

// firstsAlike reports two of the documents' first mentions of a fact
// (attributed as attrs) that say the same and may be sourced differently:
// two from two outlets, one of them naming a source (sourcedPair), whose
// sentences share at least t of their content words (Jaccard). Two bare
// mentions alike ("7 slain by Missouri gunman" in two versions of one
// story) say nothing of a source set beside them ("the man who fatally
// shot seven people had a blood alcohol level three times the limit,
// according to lab results").
func (cmp *comparer) firstsAlike(firsts []*item, attrs []claims.Attribution, t float64) bool {
	return cmp.sourcedPair(firsts, attrs, func(a, b *item) bool {
		return jaccardCanReach(a.words, b.words, t) && jaccard(a.words, b.words) >= t
	})
}

// sourcedPair reports two of the first mentions firsts (attributed as
// attrs), from two outlets, one of them naming a source, that alike
// holds for.
func (cmp *comparer) sourcedPair(firsts []*item, attrs []claims.Attribution, alike func(a, b *item) bool) bool {
	sourced := func(k int) bool { return attrs[k].Form != claims.FormNone && attrs[k].Speaker != "" }
	for i, a := range firsts {
		for j := i + 1; j < len(firsts); j++ {
			b := firsts[j]
			if (sourced(i) || sourced(j)) && cmp.outletOf(a.c.Source) != cmp.outletOf(b.c.Source) && alike(a, b) {
				return true
			}
		}
	}
	return false
}

// sameEvent reports a group of dated events (a kind whose identity is
// its date: rules kinds ... identity: [date]) whose first mentions pair
// as sourcedPair asks, their claims naming the event by one verb
// (eventVerb): "launched the scheme in December 2018, the DoJ said" and
// "when he launched the wall effort in December 2018". A date is one fact
// by its event, however different the sentences around it.
func (cmp *comparer) sameEvent(g *group, firsts []*item, attrs []claims.Attribution) bool {
	k := cmp.al.kindOf(g.items[0])
	if k == nil || !slices.Contains(k.Identity, "date") {
		return false
	}
	return cmp.sourcedPair(firsts, attrs, func(a, b *item) bool { return cmp.eventVerb(a.c.Text, b.c.Text) })
}

// eventVerb reports two claim texts that share a verb in the past,
// written in lower case and used as a verb: not a participle modifying
// the noun after it (modifier: "the privately funded group"), and no
// speech cue or hedge ("alleged"). It names the event ("launched",
// "began"); a shared noun does not ("a Nov. 22 shooting scene" and "the
// November 22nd drive-by shooting" are a scene and a shooting).
func (cmp *comparer) eventVerb(a, b string) bool {
	at := cmp.r.Attribution
	aw, bw := textWords(a), textWords(b)
	for i, w := range aw {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsLower(r) || !english.IsPastOrParticiple(w) || at.Cues.Has(w) || at.Hedges.Has(w) || modifier(aw, i) {
			continue
		}
		for j, x := range bw {
			if x == w && !modifier(bw, j) {
				return true
			}
		}
	}
	return false
}

// modifier reports a participle at words[i] that modifies the noun after
// it: a determiner, a possessive or an adverb in -ly before it and a
// lower-case word that is no function word after it ("the funded group",
// "a privately funded group"); "launched attacks in" is a verb and its
// object.
func modifier(words []string, i int) bool {
	if i == 0 || i+1 >= len(words) {
		return false
	}
	prev, next := strings.ToLower(words[i-1]), words[i+1]
	r, _ := utf8.DecodeRuneInString(next)
	return unicode.IsLower(r) && !english.IsFunctionWord(next) &&
		(english.IsDeterminer(prev) || english.IsPossessive(prev) || strings.HasSuffix(prev, "ly"))
}

// distinctive reports a group whose figures all name a fact by themselves
// (distinctiveValue).
func distinctive(g *group) bool {
	for _, it := range g.items {
		if !distinctiveValue(it.c.Value) {
			return false
		}
	}
	return true
}

// sideOf is a side of an attribution gap as reported, with the evidence:
// the cue and the speaker as the text gives them, and where.
func sideOf(claim, doc, source string, a claims.Attribution) SideAttribution {
	return SideAttribution{Doc: doc, Source: source, Claim: claim, Speaker: a.Speaker, SpeakerType: string(a.SpeakerType),
		Form: string(a.Form), Cue: a.Cue, SpeakerSpan: a.Span, CueSpan: a.CueSpan, Hedged: a.Hedged, Hedge: a.Hedge}
}

// attribution is the attribution side s was made of (sideOf).
func (s SideAttribution) attribution() claims.Attribution {
	return claims.Attribution{Speaker: s.Speaker, SpeakerType: claims.SpeakerType(s.SpeakerType), Form: claims.Form(s.Form), Cue: s.Cue,
		Span: s.SpeakerSpan, CueSpan: s.CueSpan, Hedged: s.Hedged, Hedge: s.Hedge}
}

// claimSides is the sides of an attribution gap between claims, each
// attributed as the claim is.
func claimSides(cs []claims.Claim) []SideAttribution {
	sides := make([]SideAttribution, len(cs))
	for k, c := range cs {
		sides[k] = sideOf(c.ID, c.Doc, c.Source, c.Attribution)
	}
	return sides
}

// gapKind names the difference between the sides' sourcing, or "" for
// none. Only what the text shows counts, and only between two outlets (two
// versions of one outlet's story differ in editing, not in sourcing):
//   - a quote whose speaker was not found (speaker type unknown) is
//     evidence of nothing, and so is a speaker speaking of themselves
//     ("I just don't want to go on," she said): no outlet states that bare;
//   - an outlet citing another outlet of the comparison ("the Times
//     reported", with the New York Times compared) passes the other's own
//     reporting on: that side is left out; an outlet citing itself
//     ("according to CNN's tally") reports on its own, as bare;
//   - a sentence that stands in a source's account (carried: a source
//     earlier in its paragraph, or one speaker's sentences around it) is
//     no side at all, bare or hedged: the account is the source's;
//   - a headline and a photo caption are bare by convention, and a
//     sentence holding a quotation, or speaking in the first person ("I
//     want to make clear that...") or with a pronoun that a speech verb
//     follows ("He also vowed to ..."), is the words of a speaker not found:
//     none of them is a bare side;
//   - a speaker that is no noun phrase ("Neither suspect", "We're",
//     "Detroit police officer vividly") was misread: that side is evidence
//     of nothing;
//   - a bare side whose sentence names another side's speaker ("Trump
//     declared a state of disaster" against "President Trump declared…,
//     he said"), or speaks of them by the title its document gives them
//     ("the president also called out Boehner" where the article wrote
//     "President Obama said", against "Obama continued, calling out
//     Boehner"), reports what that person did or said: it is left out too;
//   - two sources differ only when their identities cannot be the same
//     (see speakerKey and sameSpeaker) and one of them is a body (an
//     organisation, an outlet): two people saying much the same thing are
//     two statements, not one fact sourced differently ("No punishment
//     will bring our loved ones back", said by two of the bereaved);
//   - a hedge marks a claim as someone's: a hedged side with no source
//     is not bare, and only a side in the outlet's own voice asserts what
//     another hedges ("Davis allegedly went to a home" against "according
//     to the prosecutor's office, the men went to a home" is no gap);
//   - an unnamed source ("officials say", "experts say") against a person
//     named is its own gap: one outlet could name who said it; not when
//     the unnamed source's sentence names that person ("Investigators say
//     Bryson told them ..." against Bryson quoted): both report their words.
func (cmp *comparer) gapKind(sides []gapSide) string {
	var bareSrc, attrSrc, hedgedSrc, assertedSrc, unnamedSrc, namedSrc []string
	type keyed struct{ key, src string }
	var keys []keyed
	seen := map[keyed]bool{} // each key once per outlet: a fact 10,000 outlets attribute alike is one key, not 10,000² comparisons
	add := func(list *[]string, src string) {
		src = cmp.outletOf(src)
		if !slices.Contains(*list, src) {
			*list = append(*list, src)
		}
	}
	var named [][]string // the name words of named speakers
	for _, s := range sides {
		if k := speakerKey(s.a); strings.Contains(k, ":") && s.a.SpeakerType != claims.SpeakerAnonymous {
			named = append(named, nameWords(s.a.Speaker))
		}
	}
	for _, s := range sides {
		a := s.a
		if s.carried {
			continue // the paragraph's source stands behind it, hedged or not
		}
		if a.SpeakerType == claims.SpeakerUnknown || cmp.citesCompared(a, s.source) || a.Form != claims.FormNone && speaksOfSelf(s.sentence) {
			continue
		}
		// the outlet's own voice: no source, or itself or its own reporter
		own := a.Form == claims.FormNone || a.Speaker == "" || cmp.citesItself(a, s.source) || cmp.ownReporter(a, s)
		hedged := outletHedge(a)
		if own {
			if s.headline || s.sourcedLater || quotation(s.sentence) || firstPerson(s.sentence) || cmp.caption(s.sentence) || namesAny(s.sentence, named) || cmp.namesByRole(s, named) || cmp.pronounSpeaks(s.sentence) {
				continue
			}
			if !hedged {
				// "Davis allegedly went to a home": the outlet marks
				// the claim as someone's, it does not state it as fact
				add(&bareSrc, s.source)
			}
		} else {
			add(&attrSrc, s.source)
			k := speakerKey(a)
			if cmp.paperSource(a) {
				k = ""
			}
			if kd := (keyed{k, cmp.outletOf(s.source)}); k != "" && !seen[kd] {
				seen[kd] = true
				keys = append(keys, kd)
			}
			switch {
			case k == "anonymous" && a.Form != claims.FormDirect && !namesAny(s.sentence, named):
				// "Investigators say Bryson told them he stored the guns"
				// against Bryson quoted: both report his words; so does a
				// quotation "officials confirmed" (a captain's letter)
				add(&unnamedSrc, s.source)
			case namedKey(k, a):
				add(&namedSrc, s.source)
			}
		}
		// a hedge inside a quotation is the speaker's ("It is alleged
		// that...", said the prosecutor), not the outlet's; so is a hedge
		// that is the cue itself ("..., the DoJ alleged"): the outlet
		// attributes the claim, as "according to the charges" does
		switch {
		case hedged:
			add(&hedgedSrc, s.source)
		case own:
			// only the outlet's own voice asserts: "allegedly went to a
			// home" hedges nothing "according to the prosecutor's
			// office, the three men went to a home" states
			add(&assertedSrc, s.source)
		}
	}
	different := false
	person := string(claims.SpeakerPerson) + ":"
	for i := range keys {
		for j := i + 1; j < len(keys) && !different; j++ {
			ki, kj := keys[i].key, keys[j].key
			if strings.HasPrefix(ki, person) && strings.HasPrefix(kj, person) {
				continue // two people saying much the same: two statements
			}
			different = keys[i].src != keys[j].src && !sameSpeaker(ki, kj) && !cmp.sameBody(ki, kj)
		}
	}
	switch {
	case twoOutlets(bareSrc, attrSrc):
		return GapBareVsAttributed
	case different:
		return GapDifferentSpeakers
	case twoOutlets(unnamedSrc, namedSrc):
		return GapUnnamedVsNamed
	case twoOutlets(hedgedSrc, assertedSrc):
		return GapHedgedVsAsserted
	}
	return ""
}

// outletHedge reports a hedge of the outlet's own: not one inside a
// quotation ("It is alleged that ...," the prosecutor said: the
// speaker's), nor the cue itself ("..., the DoJ alleged": the outlet
// attributes the claim, as "according to the charges" does).
func outletHedge(a claims.Attribution) bool {
	return a.Hedged && a.Form != claims.FormDirect && !cueHedge(a)
}

// cueHedge reports an attribution whose hedge is its own cue: the
// speaker "alleged" or "claimed" it.
func cueHedge(a claims.Attribution) bool {
	return a.Speaker != "" && a.Form != claims.FormNone && a.Hedge != "" && strings.EqualFold(strings.TrimSpace(a.Hedge), strings.TrimSpace(a.Cue))
}

// outletOf is the outlet of a source: the files of one outlet's several
// articles, named "bbc" and "bbc-2" (or "kdhnews.com" and
// "kdhnews.com_2"), are one outlet. A numbered source is folded into
// another only when the name without its number is itself a compared
// source, so stations named by their channel ("fox-5", "fox-29") stay
// apart.
func (cmp *comparer) outletOf(source string) string {
	i := len(source)
	for i > 0 && source[i-1] >= '0' && source[i-1] <= '9' {
		i--
	}
	if i < len(source) && i > 1 && (source[i-1] == '-' || source[i-1] == '_') && cmp.sources[source[:i-1]] {
		return source[:i-1]
	}
	return source
}

// quotation reports a sentence holding double quotation marks, or opening
// with a single one (British style): words quoted from someone, or the end
// of a quotation begun before it.
func quotation(sentence string) bool {
	return strings.ContainsAny(sentence, "\"“”„") || strings.HasPrefix(strings.TrimSpace(sentence), "'") || strings.HasPrefix(strings.TrimSpace(sentence), "‘")
}

// caption reports a photo caption or credit in the text, as the rules'
// attribution.captions name them: "(WTVD Photo / Jason Thompson)", "Image 1
// of 8", "Buy Photo". A caption word alone counts only capitalised, as
// captions write it ("she tweeted a photo of her visit" is prose).
func (cmp *comparer) caption(sentence string) bool {
	set := cmp.r.Attribution.Captions
	if set == nil || set.Len() == 0 {
		return false
	}
	words := strings.FieldsFunc(sentence, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' })
	const longest = 3 // the longest caption phrase looked for
	for i, w := range words {
		for n := 1; n <= longest && i+n <= len(words); n++ {
			if !set.Has(strings.Join(words[i:i+n], " ")) {
				continue
			}
			if r, _ := utf8.DecodeRuneInString(w); n > 1 || unicode.IsUpper(r) {
				return true
			}
		}
	}
	return false
}

// twoOutlets reports an outlet in a and a different one in b.
func twoOutlets(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if x != y {
				return true
			}
		}
	}
	return false
}

// namedKey reports a speaker key that names a person in full (a given
// name and a surname: a single word is as often a body taken for a person,
// "Lancet", "DoJ"). An organisation is not a named source against an
// unnamed one: "prosecutors" and "officials" are how outlets speak of the
// Justice Department or the State Department.
func namedKey(k string, a claims.Attribution) bool {
	return k != "" && a.SpeakerType == claims.SpeakerPerson && len(strings.Fields(a.Speaker)) >= 2
}

// nameWords are the lower-case words of a name, without possessive
// endings: "allegheny county medical examiner office".
func nameWords(name string) []string {
	var out []string
	for _, w := range strings.Fields(strings.ToLower(name)) {
		w = strings.TrimSuffix(strings.TrimSuffix(strings.Trim(w, ".,"), "'s"), "’s")
		if w != "" {
			out = append(out, w)
		}
	}
	return out
}

// namesAny reports whether a sentence names one of the speakers: their
// last word ("Trump", "Tarrant", "court"), two of their words of four
// letters or more ("the county medical examiner determined"), or their
// initials ("ALEA's State Bureau of Investigations").
func namesAny(sentence string, names [][]string) bool {
	if len(names) == 0 {
		return false
	}
	words := nameWords(strings.Join(lowerWords(sentence), " "))
	for _, n := range names {
		if len(n) == 0 {
			continue
		}
		if slices.Contains(words, n[len(n)-1]) {
			return true
		}
		k := 0
		for _, w := range n {
			if len(w) >= 4 && slices.Contains(words, w) {
				k++
			}
		}
		if k >= 2 {
			return true
		}
		if in := initials(n); len(in) >= 3 && slices.Contains(words, in) {
			return true // "ALEA's State Bureau of Investigations" for the Alabama Law Enforcement Agency
		}
	}
	return false
}

// namesByRole reports a side's sentence that speaks of a named speaker
// (named: their name words) by a role ("the president") that its document
// puts before their name as a title ("President Obama", "President Barack
// Obama"), capitalised, a few words at most before the surname.
func (cmp *comparer) namesByRole(s gapSide, named [][]string) bool {
	roles := cmp.r.Attribution.Roles
	if s.docWords == nil || len(named) == 0 || roles == nil {
		return false
	}
	words := textWords(s.sentence)
	for i := 0; i+1 < len(words); i++ {
		role := strings.ToLower(words[i+1])
		if strings.ToLower(words[i]) != "the" || !roles.Has(role) {
			continue
		}
		if titled(s.docWords(), role, named) {
			return true
		}
	}
	return false
}

// documentWords gives document doc's textWords, split once for the
// comparison however many gap sides ask.
func (cmp *comparer) documentWords(doc int) func() []string {
	return func() []string {
		if cmp.docWords == nil {
			cmp.docWords = make([][]string, len(cmp.results))
		}
		if cmp.docWords[doc] == nil {
			cmp.docWords[doc] = append([]string{}, textWords(cmp.results[doc].Text.Src)...)
		}
		return cmp.docWords[doc]
	}
}

// titled reports a role written as a title before one of the names'
// surnames in a document's words: "President Obama".
func titled(doc []string, role string, named [][]string) bool {
	const nameWords = 3 // "President Barack Hussein Obama"
	for j, w := range doc {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) || !strings.EqualFold(w, role) {
			continue
		}
		for k := j + 1; k < len(doc) && k <= j+nameWords; k++ {
			for _, n := range named {
				if len(n) > 0 && strings.EqualFold(doc[k], n[len(n)-1]) {
					return true
				}
			}
		}
	}
	return false
}

// initials are the first letters of a name's words that are not
// function words: "alea" for "alabama law enforcement agency".
func initials(name []string) string {
	var b strings.Builder
	for _, w := range name {
		if !english.IsFunctionWord(w) && w != "" {
			b.WriteString(w[:1])
		}
	}
	return b.String()
}

// pronounSpeaks reports a sentence whose subject is a pronoun that a
// speech verb of the rules' attribution.cues follows ("He also vowed to
// eradicate Islamic terrorism", "She told reporters ..."): someone's words
// whose speaker was not resolved, which is no bare statement.
func (cmp *comparer) pronounSpeaks(sentence string) bool {
	words := strings.Fields(strings.ToLower(sentence))
	if len(words) < 2 || !english.IsSubjectPronoun(words[0]) || english.IsFirstPerson(words[0]) {
		return false
	}
	const near = 3 // "He also vowed", "She has repeatedly said"
	for _, w := range words[1:min(len(words), near+1)] {
		if cmp.r.Attribution.Cues.HasWord(strings.Trim(w, ".,;:\"'“”‘’")) {
			return true
		}
	}
	return false
}

// speaksOfSelf reports a sentence in which someone speaks of themselves
// ("I just don't want to go on," she said): the speaker's own experience,
// which no outlet can state bare, so it is no side of a gap.
func speaksOfSelf(sentence string) bool {
	for _, w := range apostropheWords(sentence) {
		if w == "I" || strings.HasPrefix(w, "I'") {
			return true
		}
		switch strings.ToLower(w) {
		case "me", "my", "myself":
			return true
		}
	}
	return false
}

// firstPerson reports a sentence in the first person: outside a column,
// a reporter's sentence with "I" or "we" is a speaker's words.
func firstPerson(sentence string) bool {
	for _, w := range apostropheWords(sentence) {
		if w != "I" && len(w)-len(strings.TrimLeftFunc(w, unicode.IsUpper)) > 1 {
			continue // "US", "ME": a country, a state, not "us", "me"
		}
		if english.IsFirstPerson(strings.ToLower(w)) {
			return true
		}
	}
	return false
}

// apostropheWords are a sentence's words as pronouns are written: runs of
// letters and apostrophes, curly ones straightened ("I'm", "we've").
func apostropheWords(sentence string) []string {
	words := strings.FieldsFunc(sentence, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' })
	for i, w := range words {
		words[i] = strings.ReplaceAll(w, "’", "'")
	}
	return words
}

// citesCompared reports an attribution to an outlet that is itself among
// the compared documents, other than the citing one: "the Times reported"
// in a Fox story compared with the New York Times' own.
func (cmp *comparer) citesCompared(a claims.Attribution, own string) bool {
	switch a.SpeakerType {
	case claims.SpeakerAnonymous, claims.SpeakerUnknown, claims.SpeakerNone:
		return false // an outlet is named ("the Times" may be taken for a person, "KFOR" for a paper)
	}
	for _, o := range cmp.outletsNamed(a.Speaker) {
		if o != cmp.outletOf(own) {
			return true
		}
	}
	return false
}

// citesItself reports an attribution to the document's own outlet
// ("according to CNN's tally" in CNN): its own reporting, as a bare
// statement is.
func (cmp *comparer) citesItself(a claims.Attribution, own string) bool {
	switch a.SpeakerType {
	case claims.SpeakerAnonymous, claims.SpeakerDocument, claims.SpeakerUnknown, claims.SpeakerNone:
		return false
	}
	return slices.Contains(cmp.outletsNamed(a.Speaker), cmp.outletOf(own))
}

// ownReporter reports a person the outlet of side s names as its own
// before the name, a reporter of its: "Fox 2's Erika Erickson reports
// Craft turned himself in" in fox2detroit.com is its own reporting, as
// "according to CNN's tally" is (citesItself).
func (cmp *comparer) ownReporter(a claims.Attribution, s gapSide) bool {
	switch a.SpeakerType {
	case claims.SpeakerPerson, claims.SpeakerOrganisation, claims.SpeakerMedia:
	default:
		return false
	}
	if owner, _, ok := possessive(a.Speaker); ok && owner != "" {
		// the possessive inside the speaker ("CNN's Erika Erickson", read
		// as a person or a body)
		return slices.Contains(cmp.outletsNamed(owner), cmp.outletOf(s.source))
	}
	if a.SpeakerType != claims.SpeakerPerson || a.Speaker == "" {
		return false
	}
	i := strings.Index(s.sentence, a.Speaker)
	if i <= 0 {
		return false
	}
	before, ok := strings.CutSuffix(strings.TrimRight(s.sentence[:i], " "), "'s")
	if !ok {
		if before, ok = strings.CutSuffix(before, "’s"); !ok {
			return false // no possessive before the name
		}
	}
	// the capitalised words before the possessive, shortest first: "Fox
	// 2" of "UPDATE: Fox 2's"
	words := strings.Fields(before)
	own := cmp.outletOf(s.source)
	owner := ""
	for k := len(words) - 1; k >= 0 && k >= len(words)-3; k-- {
		w := strings.Trim(words[k], ",;()\"“”")
		if r, _ := utf8.DecodeRuneInString(w); w == "" || strings.HasSuffix(w, ":") || !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			break
		}
		owner = strings.TrimSpace(w + " " + owner)
		if slices.Contains(cmp.outletsNamed(owner), own) {
			return true
		}
	}
	return false
}

// outletsNamed lists the compared outlets a speaker names, once per
// speaker.
func (cmp *comparer) outletsNamed(speaker string) []string {
	if v, ok := cmp.cites[speaker]; ok {
		return v
	}
	if cmp.cites == nil {
		cmp.cites = map[string][]string{}
		seen := map[string]bool{}
		for src := range cmp.sources {
			if o := cmp.outletOf(src); !seen[o] {
				seen[o] = true
				cmp.outlets = append(cmp.outlets, o)
			}
		}
		slices.Sort(cmp.outlets)
		for _, o := range cmp.outlets {
			cmp.outletKeys = append(cmp.outletKeys, outletKey(o))
		}
		for _, m := range cmp.media() {
			cmp.mediaWords = append(cmp.mediaWords, nameWords(m))
			cmp.mediaSpeakers = append(cmp.mediaSpeakers, speakerNameOf(m))
		}
	}
	var named []string
	sw := nameWords(speaker)
	if len(sw) > 0 && sw[0] == "the" {
		sw = sw[1:]
	}
	sn := speakerNameOf(speaker)
	for k, o := range cmp.outlets {
		if cmp.outletNamed(cmp.outletKeys[k], sn, sw) {
			named = append(named, o)
		}
	}
	cmp.cites[speaker] = named
	return named
}

// outletNamed reports whether a speaker (sn, and its words, sw) names the
// outlet of a source (its outletKey), as namesKey does, or is the end
// of an outlet name in the rules' media list that names it ("the Times"
// of "New York Times" for "nyt").
func (cmp *comparer) outletNamed(key string, sn speakerName, sw []string) bool {
	if sn.namesKey(key) {
		return true
	}
	if len(sw) == 0 || len(sw[len(sw)-1]) < 4 {
		return false
	}
	for k, mw := range cmp.mediaWords {
		if len(mw) > len(sw) && slices.Equal(mw[len(mw)-len(sw):], sw) && cmp.mediaSpeakers[k].namesKey(key) {
			return true
		}
	}
	return false
}

// media lists the outlets the rules know as sources, sorted.
func (cmp *comparer) media() []string {
	if cmp.mediaNames == nil {
		cmp.mediaNames = []string{}
		if m := cmp.r.Attribution.Media; m != nil {
			cmp.mediaNames = m.Words()
			slices.Sort(cmp.mediaNames)
		}
	}
	return cmp.mediaNames
}

// speakerKey is a speaker's identity for comparison across outlets: its
// type and its lower-cased name ("person:john bel edwards"), all unnamed
// sources one "anonymous", and "" where the text gives no identity to
// compare: a document ("the statement said": somebody's statement), a role
// without a name ("the governor", "CEO"), an unknown speaker. "" matches
// anyone.
func speakerKey(a claims.Attribution) string {
	name := strings.TrimSpace(a.Speaker)
	switch a.SpeakerType {
	case claims.SpeakerDocument, claims.SpeakerUnknown, claims.SpeakerNone:
		return ""
	case claims.SpeakerAnonymous:
		return "anonymous"
	case claims.SpeakerPerson:
		f := strings.Fields(name)
		if len(f) == 0 || strings.Contains(name, "'s") {
			return ""
		}
		if r, _ := utf8.DecodeRuneInString(f[len(f)-1]); !unicode.IsUpper(r) {
			return "" // a role, not a name: "the governor", "his lawyer"
		}
		if len(f) == 1 && strings.ToUpper(name) == name {
			return "" // an abbreviated role or body, not a person's name: "CEO"
		}
	}
	var words []string
	for _, w := range strings.Fields(foldMarks.Replace(strings.ToLower(name))) {
		if w = strings.Trim(w, "-–—,.:;"); w != "" {
			words = append(words, w) // "- Detroit police" after a dateline is Detroit police
		}
	}
	if len(words) == 0 {
		return ""
	}
	return string(a.SpeakerType) + ":" + strings.Join(words, " ")
}

// paperSource reports a body's paper taken for the body ("a police
// release", "the sheriff's statement"): its last word is one of the rules'
// attribution.documents. Like a document, it names no identity to compare.
func (cmp *comparer) paperSource(a claims.Attribution) bool {
	if a.SpeakerType != claims.SpeakerOrganisation && a.SpeakerType != claims.SpeakerMedia {
		return false
	}
	f := strings.Fields(strings.ToLower(a.Speaker))
	d := cmp.r.Attribution.Documents
	return len(f) > 1 && d != nil && d.HasWord(f[len(f)-1])
}

// foldMarks folds the accented letters and curly apostrophes of names, so
// that "Calderón" and "Calderon" are one speaker.
var foldMarks = strings.NewReplacer("á", "a", "à", "a", "â", "a", "ä", "a", "ã", "a", "å", "a", "é", "e", "è", "e",
	"ê", "e", "ë", "e", "í", "i", "ì", "i", "î", "i", "ï", "i", "ó", "o", "ò", "o", "ô", "o", "ö", "o", "õ", "o",
	"ú", "u", "ù", "u", "û", "u", "ü", "u", "ñ", "n", "ç", "c", "ý", "y", "ø", "o", "’", "'")

// sameSpeaker reports whether two speaker keys can name the same speaker.
// People: the same surname, or surnames one letter apart with the same
// given name (a misspelling: "Brendan Wen" and "Brendan Wren"), and one
// name is the surname alone or the two share a given name or initial
// ("Edwards" and "Louisiana Governor John Bel Edwards" are one person;
// "Bill Clinton" and "Hillary Clinton" are two). Others: one name's words
// are all in the other's ("police" and "Victoria Police", "court" and "the
// High Court").
func sameSpeaker(a, b string) bool {
	if a == b {
		return true
	}
	// "Smith and Jones said" speaks for Smith as well: joint speakers are
	// the same as any one of them
	if ca, cb := conjuncts(a), conjuncts(b); len(ca) > 1 || len(cb) > 1 {
		for _, x := range ca {
			for _, y := range cb {
				if sameSpeaker(x, y) {
					return true
				}
			}
		}
		return false
	}
	ta, na, _ := strings.Cut(a, ":")
	tb, nb, _ := strings.Cut(b, ":")
	if ta != tb {
		// unnamed sources may be the organisation another outlet names
		// ("authorities" and "the Sheriff's Office"), and a named person
		// may speak for either ("Lt. Kevin Dean" for "police", a
		// spokesman for "officials"): only two names, or two named
		// bodies, tell sources apart
		anon, org, person := "anonymous", string(claims.SpeakerOrganisation), string(claims.SpeakerPerson)
		voice := func(t string) bool { return t == anon || t == org }
		return voice(ta) && voice(tb) || ta == person && voice(tb) || tb == person && voice(ta)
	}
	fa, fb := strings.Fields(strings.TrimPrefix(na, "the ")), strings.Fields(strings.TrimPrefix(nb, "the "))
	if len(fa) == 0 || len(fb) == 0 {
		return true
	}
	if ta == string(claims.SpeakerPerson) {
		sa, sb := fa[len(fa)-1], fb[len(fb)-1]
		ga, gb := fa[:len(fa)-1], fb[:len(fb)-1]
		if sa != sb {
			return len(ga) > 0 && len(gb) > 0 && ga[len(ga)-1] == gb[len(gb)-1] && oneEditApart(sa, sb)
		}
		if len(ga) == 0 || len(gb) == 0 {
			return true
		}
		// given names that start alike may be one person spelt or
		// shortened differently ("Mike" and "Michael", "Vincente" and
		// "Vicente", "J." and "John"); "Bill" and "Hillary" are two
		for _, x := range ga {
			for _, y := range gb {
				if x[0] == y[0] {
					return true
				}
			}
		}
		return false
	}
	return shorterWithin(fa, fb)
}

// sameBody reports two organisation keys that name one body by two of
// the rules' organisation heads ("sheriff's office" and "sheriff's police",
// "Cook County Sheriff's Office" and "the sheriff's department"): their
// names without those heads (and "the") are one the other's part.
func (cmp *comparer) sameBody(a, b string) bool {
	org := string(claims.SpeakerOrganisation) + ":"
	if !strings.HasPrefix(a, org) || !strings.HasPrefix(b, org) {
		return false
	}
	heads := cmp.r.Attribution.Organisations
	strip := func(k string) []string {
		var out []string
		for _, w := range strings.Fields(strings.TrimPrefix(k, org)) {
			if w != "the" && !heads.Has(w) {
				out = append(out, w)
			}
		}
		return out
	}
	sa, sb := strip(a), strip(b)
	if len(sa) == 0 || len(sb) == 0 {
		return false
	}
	return shorterWithin(sa, sb)
}

// oneEditApart reports two words of at least four letters that one
// insertion, deletion or substitution turns into each other.
func oneEditApart(a, b string) bool {
	if len(a) < 4 || len(b) < 4 || a == b {
		return false
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b)-len(a) > 1 {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	if len(a) == len(b) {
		return a[i+1:] == b[i+1:]
	}
	return a[i:] == b[i+1:]
}

func describeGap(sides []SideAttribution, gap string) string {
	var parts [][2]string // who, and the value, of each reading in order
	var keys []string
	sourcesOf := map[string][]string{}
	for _, s := range sides {
		hedged := outletHedge(s.attribution())
		who := "stated as fact"
		switch {
		case s.Form != string(claims.FormNone) && s.Speaker != "":
			who = "attributed to " + s.Speaker
			switch {
			case s.SpeakerRole != "":
				who += " (" + s.SpeakerRole + ")"
			case gap == GapUnnamedVsNamed && s.SpeakerType == string(claims.SpeakerAnonymous):
				who += " (unnamed)"
			}
			if hedged {
				who += " (hedged: " + s.Hedge + ")"
			}
		case hedged:
			who = "hedged (" + s.Hedge + ")" // a hedge is no statement of fact
		}
		value := ""
		if s.Value != "" {
			value = " (" + s.Value + ")"
		}
		// sides that say the same are one part: "stated as fact in A and B"
		k := who + "\x00" + value
		if _, ok := sourcesOf[k]; !ok {
			keys = append(keys, k)
			parts = append(parts, [2]string{who, value})
		}
		sourcesOf[k] = append(sourcesOf[k], s.Source)
	}
	out := make([]string, len(parts))
	for i, p := range parts {
		out[i] = p[0] + " in " + namesList(sourcesOf[keys[i]]) + p[1]
	}
	return strings.Join(out, "; ")
}

// ofDocs returns the items of the documents of sides, in order: a gap's
// claims are those of the outlets it names as sides (not of one left out
// as carried, which a report's table would show as bare).
func ofDocs(items, sides []*item) []*item {
	var out []*item
	for _, it := range items {
		if slices.ContainsFunc(sides, func(s *item) bool { return s.doc == it.doc }) {
			out = append(out, it)
		}
	}
	return out
}

// markOwnReporters gives each side whose speaker is its outlet's own
// reporter (ownReporter) that role, so that the summary does not present
// the outlet's own reporting as an outside source's: "attributed to Erika
// Erickson (its own reporter) in fox2detroit.com".
func (cmp *comparer) markOwnReporters(sides []SideAttribution, gs []gapSide) {
	for i := range sides {
		if s := &sides[i]; namesPerson(gs[i].a) && cmp.ownReporter(gs[i].a, gs[i]) {
			s.SpeakerRole = ownReporterRole
		}
	}
}

// namesPerson reports a speaker that names a person: one typed so, or a
// possessive and a capitalised name ("CNN's Erika Erickson", which may
// read as a body); not "CNN's tally".
func namesPerson(a claims.Attribution) bool {
	if a.SpeakerType == claims.SpeakerPerson {
		return true
	}
	_, name, ok := possessive(a.Speaker)
	r, _ := utf8.DecodeRuneInString(name)
	return ok && unicode.IsUpper(r)
}

// possessive splits a speaker at its first possessive: "CNN's Erika
// Erickson" into "CNN" and "Erika Erickson" (either apostrophe).
func possessive(speaker string) (owner, name string, ok bool) {
	return strings.Cut(strings.ReplaceAll(speaker, "’", "'"), "'s ")
}

// ownReporterRole is the role a gap's summary gives an outlet's own
// reporter.
const ownReporterRole = "its own reporter"

// giveRoles gives each side of an unnamed-vs-named gap that names a
// person the role its document (doc of the side's index) gives them
// (speakerRole); the sides of other gaps go without.
func (cmp *comparer) giveRoles(sides []SideAttribution, gap string, doc func(int) int) {
	if gap != GapUnnamedVsNamed {
		return
	}
	for i := range sides {
		if s := &sides[i]; s.SpeakerType == string(claims.SpeakerPerson) && s.Form != string(claims.FormNone) {
			s.SpeakerRole = cmp.speakerRole(doc(i), s.Speaker)
		}
	}
}

// conjuncts splits a speaker key ("person:Smith and Jones") into one key
// per coordinated name ("person:Smith", "person:Jones").
func conjuncts(key string) []string {
	typ, name, _ := strings.Cut(key, ":")
	parts := strings.Split(name, " and ")
	if len(parts) == 1 {
		return []string{key}
	}
	out := make([]string, len(parts))
	for i, p := range parts {
		out[i] = typ + ":" + p
	}
	return out
}
