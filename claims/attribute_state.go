package claims

import (
	"strings"

	"github.com/claimdiff/claimdiff/claims/cuemodel"
	"github.com/claimdiff/claimdiff/claims/rules"
	"github.com/claimdiff/claimdiff/claims/segment"
	"github.com/claimdiff/claimdiff/claims/wordset"
)

// The state of one attribution pass and its smallest helpers: the lowest
// of the attribution files (see attribute.go); it uses none of them.

// sentenceAttr is what one sentence says about its sources.
// Its attributions are indexes into the attributor's said, 0 for none,
// and its hedge a span of tokens: the table holds no pointers, and an
// extraction worker reuses it.
type sentenceAttr struct {
	according int32 // "according to X" for the whole sentence
	indirect  int32 // "X said (that) ..."
	// hedgeFirst and hedgeLast are the tokens of the first hedge phrase
	// in the sentence (see attributor.hedge); both 0 for none.
	hedgeFirst, hedgeLast int32
	accAt                 int // token of the according-to phrase
	cueAt                 int // token of the indirect cue, -1 for none
	// contentFrom is the first token the indirect cue's content may hold:
	// the sentence start when the speaker and cue close the sentence
	// ("..., police said"), else the token after the cue and its speaker.
	contentFrom int
	// contentTo ends it: the speaker, after a quote, else the sentence end.
	contentTo int
	// spFirst and spLast are the tokens naming the indirect speaker.
	spFirst, spLast int
	// later is a second speech or evidence cue's attribution, with a
	// subject of its own in a clause coordinated after the first cue's
	// ("..., while a newspaper's count reached 83,300"),
	// 0 for none; it sources the claims from laterFrom on, where the
	// first cue's content ends.
	later     int32
	laterFrom int
}

// accordingInSubject reports an according-to phrase standing between the
// speaker and the cue: "The A.G., according to the Times, said ..." is the
// A.G.'s statement, reported via the Times.
func (a *attributor) accordingInSubject(sa *sentenceAttr) bool {
	return a.said[sa.according].Form != "" && sa.cueAt >= 0 && sa.spFirst >= 0 && sa.accAt > sa.spFirst && sa.accAt < sa.cueAt
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
	qattr   []int32 // each quote's attribution: an index into said, 0 for none
	// unit[q] is the first quote of the statement q belongs to: a quote that
	// continues or inherits its speaker joins the one before it.
	unit []int
	// wordsIn counts, per token and one past the last, the words (and
	// numbers) of the sentences before it: the words of any run of a
	// sentence's tokens, at once (wordsBetween).
	wordsIn []int32
	// quoteEnds is, per quote, the end of the tokens that stand in it
	// (inQuote): each quote's are one run, in the order of the quotes (see
	// indexQuotes).
	quoteEnds []int32
	// sattr is each sentence's attribution so far; below resolve and
	// cueSpeaker it is read only through participleSpeaker, which counts
	// the reading in backrefs (see readingMemo), as every reading of said,
	// recent, older, turns and turnAt there must be.
	sattr []sentenceAttr
	// said holds the sentences' according-to and indirect attributions
	// and the quotes' attributions, which sattr and qattr index; said[0]
	// is the empty one, for none.
	said []Attribution
	// spans is the current block attribution spans are taken from (see
	// tokSpan); a full block is left to the spans that point into it.
	spans []Span
	// found is every attribution made, for Result.Attributions, and
	// foundCue the cue tokens they stand at, so each cue counts once.
	found    []Attribution
	foundCue []bool // per token
	// unread holds the speech cues whose speaker was not read; each is
	// found, of an unknown speaker, unless its token's cue is found
	// otherwise by the end of the pass (a quote's speaker, say).
	unread []unreadCue
	// colons holds the headline colons named by a surname the body has
	// not yet given in full (flushUnread).
	colons []pendingColon

	// surnames maps a person's last name to the full name seen earlier in
	// the document, so "Mr Pompeo" resolves to "Mike Pompeo". typed is
	// its only writer, which surnamed relies on.
	surnames map[string]string
	// surnamed is the name of several words whose surname typed read
	// last ("" before any): surnames holds it by its surname until typed
	// writes another, so a name read again at once (an entity is read
	// from the sentence and again from its speaker's phrase) is not
	// split and looked up again.
	surnamed string
	// recent holds, per sentence of the look-back window, its subject and
	// speakers: a ring indexed by sentence, each slot tagged with the
	// sentence it holds (see salience). older holds those of sentences
	// already out of the window that a late quote touches again. Both are
	// read through salienceOf, which counts the reading in backrefs (see
	// readingMemo).
	recent     [salienceRing]sentenceSalience
	recentOf   [salienceRing]int
	forgotUpTo int // the newest sentence forgotten up to (see forget)
	older      map[int]*sentenceSalience
	// roles maps a role noun to the person last named with it ("Governor
	// John Bel Edwards", "Peter Carr, a spokesman"), so "the governor"
	// resolves to him; setRole is its writer.
	roles map[string]string
	// learned counts the changes to surnames, roles and gender, what the
	// document has taught of its names so far; a reading of entity
	// remembered stands while learned is unchanged (see readingMemo).
	learned uint32
	// backrefs counts the readings of what the pass gathers sentence by
	// sentence: the speakers and subjects of the sentences so far
	// (salienceOf), a sentence's attribution (participleSpeaker), the
	// dialogue's turns (turnSpeakerOf); a reading of resolve or
	// cueSpeaker remembered must not have made one (see readingMemo).
	backrefs uint32
	// memos holds the recent readings of entity, resolve and cueSpeaker,
	// in the buffers (the attributor is made for each document, and the
	// memos are 15 KB).
	memos *readingMemos
	// opening memoises openingPhraseEnd for one sentence: the sentence's
	// first token plus one (0 for none yet), its end, and the comma that
	// closes its opening phrase, or -1.
	opening struct{ first, last, comma int }
	// plausibleNames memoises plausibleSpeaker by name (see plausible).
	plausibleNames map[string]bool
	// buf holds the buffers the pass borrows, handed back by done.
	buf *attrBuffers
	// gender maps a person's name to 'm' or 'f' where a title told it
	// ("Ms. Griffin"), so "she" does not resolve to Mr. Trump; setGender
	// is its writer (a write must count in learned: see readingMemo).
	gender map[string]byte
	// proper holds the words written capitalised somewhere other than at
	// the start of a sentence ("Iraqi", "US"), which keep their capital
	// when they open an unnamed speaker.
	proper tokenSet
	// titleCase marks the sentences written in title case, as headlines
	// are ("Salma Hayek Described Her Experience"): a name there ends at
	// a cue verb.
	titleCase []bool
	// quoted marks the sentences that may hold a word of a quote of
	// minQuoteWords or more (every one that does), which mainQuote
	// counts; the others it answers at once.
	quoted []bool
	// datelines memoises, per sentence, where its text starts after its
	// dateline (datelineEnd): -1 until asked.
	datelines []int32
	// model scores the tokens no cue list holds (attribute_model.go),
	// taking a known stem above threshold, and the listed stances, which
	// it keeps above stanceMin (0 for the defaults there); feats holds a
	// candidate's features.
	model                *cuemodel.Model
	threshold, stanceMin float64
	feats                []uint32
	// turns holds, per paragraph, the label of the dialogue's turn it is
	// ("" for none; nil for a document with no dialogue) and turnAt, per
	// turn, its attribution in said (attribute_turns.go); below resolve
	// they are read through turnSpeakerOf, which counts the reading in
	// backrefs (see readingMemo)
	turns  []string
	turnAt []int32
	// starts holds the first words of every attribution phrase list the
	// sentence stage reads at each word (see attrBuffers.startsOf).
	starts *startFilters
}

// readingMemos are the recent readings of entity (by token), resolve
// and cueSpeaker (by their first token).
type readingMemos struct {
	entities, resolved, cueSpeakers [memoSize]readingMemo
}

// attrBuffers are the per-token and per-sentence index buffers of an
// attribution pass, which each extraction worker keeps from one document to the
// next. They hold no pointers, so the collector never scans them.
type attrBuffers struct {
	inQuote   []int
	sentOf    []int32
	unit      []int
	titleCase []bool
	quoted    []bool
	datelines []int32
	foundCue  []bool
	qattr     []int32
	wordsIn   []int32
	puncts    []int32 // the Punct tokens, which indexSentences lists for appendQuotes
	quoteEnds []int32
	proper    []int32 // the table of attributor.proper
	quotes    []quote
	sattr     []sentenceAttr
	// cueModel is the cue model to use, nil for the one shipped, and
	// cueThreshold and stanceThresh its thresholds, 0 for knownThreshold
	// and stanceThreshold: an evaluation sets them to score a fold with a
	// model not trained on it.
	cueModel                   *cuemodel.Model
	cueThreshold, stanceThresh float64
	// memos are the attributor's, emptied for each document and after
	// it, so that they hold no document's strings.
	memos readingMemos
	// fresh, set by a test, has every reading of entity, resolve and
	// cueSpeaker made afresh, none answered from its memo: what the memos
	// give must be what fresh readings give (TestMemosFresh).
	fresh bool
	// said and found are the attributor's said and found, kept for their
	// memory: found is copied out at the end (see attributor.done), and
	// both are cleared then, so they hold no document's strings.
	said, found []Attribution
	unread      []unreadCue
	colons      []pendingColon
	// recent is the attributor's salience ring, kept for its lists'
	// memory and emptied of the document's strings at the end (see
	// attributor.done).
	recent [salienceRing]sentenceSalience
	// surnames, roles, gender and plausible are the attributor's maps,
	// cleared for each document.
	surnames, roles map[string]string
	gender          map[string]byte
	plausible       map[string]bool
	// starts are the filters of the first words of the attribution
	// lists the sentence stage reads at each word, for the rules' lists
	// startsFor (see startsOf).
	starts    startFilters
	startsFor *rules.Attribution
	// given remembers givenNameGender's answer for a name it had to
	// tokenise (an alias's canonical name), 0 for none: a function of
	// the name and the rules' given names alone, kept from one document
	// to the next while the rules are givenFor, and emptied when it
	// holds maxGiven names.
	given    map[string]byte
	givenFor *rules.Attribution
}

// maxGiven bounds the names attrBuffers.given remembers.
const maxGiven = 1024

// startFilters are the filters of the first words of the attribution
// lists the sentence stage reads at each word: of them all (any), and of
// the lists hedgeAt and phrasesAt read (hedges, phrases, the last with
// the "in" of an in-document cue), which spare the sentence stage a call
// at a word every list turns away. The cue lists' filter is lists'
// (cuemodel.Lists.MayStartCue), which the cue model's features read too.
type startFilters struct {
	any, hedges, phrases wordset.Filter
	// lists are the rules' lists as the cue model's features read them
	lists *cuemodel.Lists
}

// startsOf returns the filters of the first words of at's phrase lists
// the sentence stage reads at each word (hedges of each kind, according-to,
// documents, quote, speech, stance, evidence, figure, view and unnamed
// cues, idioms), built once per rules.
func (b *attrBuffers) startsOf(at *rules.Attribution) *startFilters {
	if b.startsFor != at {
		b.starts = startFilters{}
		hedges := []*wordset.Filter{at.Hedges.Firsts(), at.NegatedHedges.Firsts(), at.AttributiveHedges.Firsts()}
		cues := []*wordset.Filter{at.Cues.Firsts(), at.StanceCues.Firsts(), at.EvidenceCues.Firsts(), at.FigureCues.Firsts()}
		phrases := []*wordset.Filter{at.Idioms.Firsts(), at.AccordingTo.Firsts(), at.UnnamedCues.Firsts(), at.Documents.Firsts(), at.QuoteCues.Firsts()}
		views := []*wordset.Filter{at.ViewCues.Firsts()}
		for _, f := range hedges {
			b.starts.hedges.Join(f) // a nil filter adds no word
		}
		for _, f := range phrases {
			b.starts.phrases.Join(f)
		}
		b.starts.lists = cuemodel.NewLists(at)
		for _, fs := range [][]*wordset.Filter{hedges, cues, phrases, views} {
			for _, f := range fs {
				b.starts.any.Join(f)
			}
		}
		if at.InDocuments != nil {
			// inDocumentCue's "in", which phrasesAt reads: a word every
			// other list may turn away
			b.starts.phrases.Add("in")
			b.starts.any.Add("in")
		}
		b.startsFor = at
	}
	return &b.starts
}

// model returns the model an attribution pass uses: the buffers' when
// set (an evaluation's fold model), else the one shipped.
func (b *attrBuffers) model() *cuemodel.Model {
	if b.cueModel != nil {
		return b.cueModel
	}
	return cuemodel.Embedded()
}

// grow returns buf resized to n, reusing its memory when it is large
// enough; the contents are not cleared.
func grow[T any](buf []T, n int) []T {
	if cap(buf) < n {
		return make([]T, n)
	}
	return buf[:n]
}

func newAttributor(txt *segment.Text, r *rules.Rules, in *rules.Input, names *nameCache, buf *attrBuffers) *attributor {
	if buf == nil {
		buf = &attrBuffers{}
	}
	buf.inQuote = grow(buf.inQuote, len(txt.Tokens))
	buf.sentOf = grow(buf.sentOf, len(txt.Tokens))
	buf.sattr = grow(buf.sattr, len(txt.Sentences))
	clear(buf.sattr)
	buf.titleCase = grow(buf.titleCase, len(txt.Sentences))
	buf.quoted = grow(buf.quoted, len(txt.Sentences))
	clear(buf.quoted)
	buf.datelines = grow(buf.datelines, len(txt.Sentences))
	fill(buf.datelines, -1)
	buf.foundCue = grow(buf.foundCue, len(txt.Tokens))
	clear(buf.foundCue)
	buf.wordsIn = grow(buf.wordsIn, len(txt.Tokens)+1)
	a := &attributor{txt: txt, in: in, r: r, names: names,
		inQuote: buf.inQuote, sentOf: buf.sentOf, wordsIn: buf.wordsIn,
		sattr: buf.sattr, said: append(buf.said[:0], Attribution{}),
		surnames: clearedMap(&buf.surnames), foundCue: buf.foundCue, roles: clearedMap(&buf.roles),
		gender: clearedMap(&buf.gender), plausibleNames: clearedMap(&buf.plausible), found: buf.found[:0], unread: buf.unread[:0], colons: buf.colons[:0], buf: buf}
	fill(a.inQuote, -1)
	fill(a.recentOf[:], -1)
	a.recent = buf.recent
	buf.memos = readingMemos{}
	a.memos = &buf.memos
	clear(a.sentOf) // tokens outside every sentence stay in the first
	a.titleCase, a.quoted, a.datelines = buf.titleCase, buf.quoted, buf.datelines
	a.model, a.threshold, a.stanceMin = buf.model(), buf.cueThreshold, buf.stanceThresh
	a.starts = buf.startsOf(r.Attribution)
	a.proper.reset(txt.Tokens, buf.proper)
	buf.puncts = grow(buf.puncts, len(txt.Tokens))
	puncts := buf.puncts[:a.indexSentences(buf.puncts)]
	buf.proper = a.proper.kept()
	// the quotes after the sentences: their marks are among the Punct
	// tokens listed, their words counted by wordsIn
	a.quotes = appendQuotes(buf.quotes[:0], txt, a.wordsIn, puncts)
	buf.quotes = a.quotes
	buf.unit = grow(buf.unit, len(a.quotes))
	buf.qattr = grow(buf.qattr, len(a.quotes))
	clear(buf.qattr)
	buf.quoteEnds = grow(buf.quoteEnds, len(a.quotes))
	a.unit, a.qattr, a.quoteEnds = buf.unit, buf.qattr, buf.quoteEnds
	a.indexQuotes()
	for i := range a.unit {
		a.unit[i] = i
	}
	return a
}

// indexSentences records each token's sentence and the words of the
// sentences before it (wordsIn), the words written capitalised
// other than at a sentence's start (proper), and the sentences written in
// title case. It writes the Punct tokens' indices to puncts, in order
// (room for one a token: stored by index, not appended, the loop makes no
// call), and returns how many it wrote.
func (a *attributor) indexSentences(puncts []int32) int {
	counted := int32(0) // the words and numbers so far
	np := 0
	for si, s := range a.txt.Sentences {
		opening := true
		words, caps := 0, 0
		toks := a.txt.Tokens[s.First:s.Last]
		sentOf := a.sentOf[s.First:s.Last]
		sentOf = sentOf[:len(toks)] // one bounds check, not one a token
		wordsIn := a.wordsIn[s.First:s.Last]
		wordsIn = wordsIn[:len(toks)]
		for k := range toks {
			sentOf[k] = int32(si)
			wordsIn[k] = counted
			t := &toks[k]
			switch t.Kind { // the kind read once
			case segment.Word:
				if len(t.Norm) > 3 {
					words++
					if t.Cap {
						caps++
					}
				}
			case segment.Number:
			case segment.Punct:
				puncts[np] = int32(s.First + k)
				np++
				continue
			default:
				continue
			}
			counted++
			if t.Cap && !opening {
				a.proper.add(int32(s.First + k))
			}
			opening = false
		}
		a.titleCase[si] = words >= 4 && 5*caps >= 4*words
		a.wordsIn[s.Last] = counted // the next sentence's first token's, or one past the last
	}
	return np
}

// wordsBetween counts the words and numbers among tokens [lo, hi) of one
// sentence.
func (a *attributor) wordsBetween(lo, hi int) int { return quoteWords(a.wordsIn, lo, hi) }

// indexQuotes records the quote each token stands in (inQuote) and the
// sentences holding a word of a quote mainQuote counts (quoted). A quote
// stands in the tokens from its opening mark to its closing one, less
// those of a later quote opening before it closes (a stray opening mark
// closes it and opens the next). The quote finder pairs marks in order and
// never nests one quote in another (single marks inside double ones are
// no quotes of their own), so each quote's tokens are one run, up to
// quoteEnds, and quoteEnds never falls: mainQuote counts on it, and
// TestMainQuoteRuns checks it.
func (a *attributor) indexQuotes() {
	for qi, q := range a.quotes {
		end := q.last
		if q.close >= 0 {
			end = q.close + 1
		}
		a.quoteEnds[qi] = int32(end)
		if qi > 0 {
			a.quoteEnds[qi-1] = min(a.quoteEnds[qi-1], int32(q.open))
		}
		for i := q.open; i < end; i++ {
			a.inQuote[i] = qi
		}
		if q.words >= minQuoteWords && q.open < end {
			a.markQuoted(q.open, end)
		}
	}
}

// markQuoted marks as quoted the sentences of tokens [first, last): those
// from the first token's to the last token's, which hold every token
// between when the sentences run in token order, else token by token.
// Marking a sentence too many costs mainQuote a count, no answer.
func (a *attributor) markQuoted(first, last int) {
	if from, to := a.sentOf[first], a.sentOf[last-1]; from <= to {
		for si := from; si <= to; si++ {
			a.quoted[si] = true
		}
		return
	}
	for i := first; i < last; i++ {
		a.quoted[a.sentOf[i]] = true
	}
}

// fill sets every element of s to v: v written once, then copied over
// the rest in doubling runs, each a single block copy.
func fill[T any](s []T, v T) {
	if len(s) == 0 {
		return
	}
	s[0] = v
	for n := 1; n < len(s); n *= 2 {
		copy(s[n:], s[:n])
	}
}

// clearedMap returns the map *m, emptied, making it first when nil: a
// worker's maps keep their memory from one document to the next.
func clearedMap[V any](m *map[string]V) map[string]V {
	if *m == nil {
		*m = map[string]V{}
	}
	clear(*m)
	return *m
}

// done returns the attributions found, in a slice of their own, and
// hands the pass's growable lists back to its buffers, emptied of the
// document's strings.
func (a *attributor) done() []Attribution {
	clear(a.unread)
	a.buf.unread = a.unread[:0]
	clear(a.colons)
	a.buf.colons = a.colons[:0]
	var found []Attribution
	if len(a.found) > 0 {
		found = append(make([]Attribution, 0, len(a.found)), a.found...)
	}
	clear(a.found)
	clear(a.said)
	*a.memos = readingMemos{}
	a.buf.found, a.buf.said = a.found[:0], a.said[:0]
	for k := range a.recent {
		sp, ps, au := a.recent[k].speakers, a.recent[k].persons, a.recent[k].authors
		clear(sp[:cap(sp)])
		clear(ps[:cap(ps)])
		clear(au[:cap(au)])
		a.buf.recent[k] = sentenceSalience{speakers: sp[:0], persons: ps[:0], authors: au[:0]}
	}
	return found
}

// unreadCue is a speech cue at tokens [i, i+n) whose speaker was not
// read (see attributor.unread).
type unreadCue struct {
	cue  string
	i, n int32
	// unnamed marks a cue of attribution.unnamed-cues, dropped at the
	// flush when a speech cue read after it in its sentence reports it
	// ("Prices are expected to rise, analysts said")
	unnamed bool
}

// pendingColon is a headline colon at token at whose speaker sp the body
// must report speaking before it is recorded (see attributor.colons and
// colonSpeaker): named by a surname the body has not yet given in full
// ("Kasich:"), or before words that do not speak ("Sanders: Clinton
// Email Story Has Moved").
type pendingColon struct {
	at      int32
	sp      speaker
	surname bool // sp.name is a surname, to read in full from the body
}

// hedge is the hedge of sentence attribution sa, lower-cased: "reportedly",
// "not confirmed"; empty for none.
func (a *attributor) hedge(sa *sentenceAttr) string {
	if sa.hedgeLast == 0 {
		return ""
	}
	return strings.ToLower(a.text(int(sa.hedgeFirst), int(sa.hedgeLast)))
}

// keep adds a sentence's attribution to said and returns its index.
func (a *attributor) keep(at Attribution) int32 {
	a.said = append(a.said, at)
	return int32(len(a.said) - 1)
}

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

type sentenceSalience struct {
	subject  speaker // a person or organisation opening the sentence
	speakers []speaker
	persons  []speaker
	// authors are the persons named as a document's author ("a statement
	// by Mark Esper"), among persons too: "he" later in the sentence
	// refers to one
	authors []speaker
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

// salienceRing is the size of the salience ring: the look-back window and
// the current sentence, rounded up to a power of two.
const salienceRing = 8

// salience returns sentence s's salience, made empty when s has none yet.
// Sentences the window has passed (a quote resolved late) are kept in
// older, as a map would keep them.
func (a *attributor) salience(s int) *sentenceSalience {
	if ss := a.salienceOf(s); ss != nil {
		return ss
	}
	if s < a.forgotUpTo-lookbackSentences {
		if a.older == nil {
			a.older = map[int]*sentenceSalience{}
		}
		a.older[s] = &sentenceSalience{}
		return a.older[s]
	}
	// the slot's last sentence is out of the window: its lists' memory is
	// reused
	k := s % salienceRing
	ss := &a.recent[k]
	*ss = sentenceSalience{speakers: ss.speakers[:0], persons: ss.persons[:0], authors: ss.authors[:0]}
	a.recentOf[k] = s
	return &a.recent[k]
}

// salienceOf returns sentence s's salience, nil when it has none.
func (a *attributor) salienceOf(s int) *sentenceSalience {
	a.backrefs++
	if s < a.forgotUpTo-lookbackSentences {
		return a.older[s]
	}
	if k := s % salienceRing; a.recentOf[k] == s {
		return &a.recent[k]
	}
	return nil
}

// forget drops salience older than the look-back window of sentence s;
// sentences are forgotten in order.
func (a *attributor) forget(s int) {
	a.forgotUpTo = s
	if k := (s - lookbackSentences - 1) % salienceRing; k >= 0 && a.recentOf[k] == s-lookbackSentences-1 {
		a.recentOf[k] = -1
	}
}

func (a *attributor) text(first, last int) string {
	return a.txt.Src[a.txt.Tokens[first].Start:a.txt.Tokens[last-1].End]
}

// hedged returns at hedged by h ("reportedly"), unless h is empty or at
// carries a hedge already.
func hedged(at Attribution, h string) Attribution {
	if h != "" && !at.Hedged {
		at.Hedged, at.Hedge = true, h
	}
	return at
}

// via returns at reported via acc's source, when acc is an attribution
// naming someone other than at's speaker: `Miranda said, according to the
// New York Post`.
func via(at, acc Attribution) Attribution {
	if acc.Form != "" && acc.Speaker != at.Speaker {
		at.Via = acc.Speaker
	}
	return at
}

// turnSpeakerOf returns the speaker of the turn sentence si stands in, the
// one its "I" is: nobody outside a turn.
func (a *attributor) turnSpeakerOf(si int) speaker {
	a.backrefs++ // the turns, read
	if a.turns == nil {
		return speaker{}
	}
	p := a.txt.Sentences[si].Para
	if a.turnAt[p] == 0 {
		return speaker{}
	}
	at := &a.said[a.turnAt[p]]
	return speaker{name: at.Speaker, typ: at.SpeakerType}
}
