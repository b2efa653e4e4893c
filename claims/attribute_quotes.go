package claims

import (
	"slices"
	"strings"

	"github.com/claimdiff/claimdiff/claims/ingest"
	"github.com/claimdiff/claimdiff/claims/names"
	"github.com/claimdiff/claimdiff/claims/segment"
)

// The quote stage: each quote's speaker (cue before or after it, a
// continued quote, according-to), and the quote claims.

// cueWindow bounds how far before a quote mark its cue is looked for, and
// afterQuoteWindow how far after it: `"...," Peter Carr, a spokesman for
// the special counsel's office, said`.
const (
	cueWindow        = 25
	afterQuoteWindow = 20
)

func (a *attributor) quoteEndSentence(qi int) int {
	q := a.quotes[qi]
	end := q.close
	if end < 0 {
		end = q.last - 1
	}
	return int(a.sentOf[end])
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
	if found.Form == "" && !q.cont {
		found = a.colonQuoteSpeaker(q, openSent)
	}
	found = a.withAccording(found, q, openSent)
	if found.Form == "" && qi > 0 {
		found = a.continuedQuote(qi, openSent)
	}
	// `"We are done with it," he said, "and we will not come back."`: a
	// quote resumed after its cue, in lower case, is one statement
	if qi > 0 && found.Form != "" && found.Speaker != "" && q.first < q.last && !toks[q.first].Cap {
		// (two quotes of someone unknown are not one statement for that)
		if p := a.quotes[qi-1]; p.close >= 0 && q.open-p.close <= splitQuoteGap && a.sentOf[p.close] == a.sentOf[q.open] &&
			a.said[a.qattr[qi-1]].Speaker == found.Speaker {
			a.unit[qi] = a.unit[qi-1]
		}
	}
	if found.Form == "" {
		return
	}
	a.qattr[qi] = a.keep(hedged(found, a.hedge(&a.sattr[openSent])))
}

// cueAfterQuote finds the cue after a quote's closing mark, in the same
// sentence: `"...," the State Department tweeted`. A quote inside its
// sentence that closes on no punctuation is a name or a term, not what
// the cue after it reports: `a program called "We Are Newburgh" said
// parents need`.
func (a *attributor) cueAfterQuote(q quote) Attribution {
	var found Attribution
	cs := int(a.sentOf[q.close])
	s := a.txt.Sentences[cs]
	if !a.quoteEndsStatement(q, s) {
		return found
	}
	for i := q.close + 1; i < s.Last && i <= q.close+afterQuoteWindow; i++ {
		if a.inQuote[i] >= 0 {
			break
		}
		if cue, n, class := a.cue(i, s.Last); n > 0 && cue != "according" && class != stanceCue {
			if i+n < s.Last && a.perceivedAt(i+n, s) == i-1 {
				continue // `"...," Mr. Dorn is shown saying`: the participle's cue
			}
			if sp := a.cueSpeakerAfterQuote(q.close+1, i, n, cs); sp.ok() && (class != evidenceCue || a.reportsQuote(sp, q, s)) {
				found = a.attr(sp, FormDirect, cue, i, i+n)
				a.record(found, i)
				a.salience(cs).remember(sp)
			}
			return found
		}
	}
	if sp, v, ok := a.verbAfterQuote(q, cs); ok {
		// `"...," Bozell concludes.`: a verb no list holds
		found = a.attr(sp, FormDirect, a.txt.Tokens[v].Norm, v, v+1)
		a.record(found, v)
		a.salience(cs).remember(sp)
	}
	return found
}

// reportsQuote reports a speaker sp of an evidence cue after quote q in
// sentence s who may report it: a document or an outlet ("...," the
// study concludes), or someone named as one who speaks right after the
// quote, by the phrase's head (`"...," Viguerie concludes`): a statement
// quoted is never a thing's finding. Not `"...," but the office would not confirm that`:
// the cue reports its own clause.
func (a *attributor) reportsQuote(sp speaker, q quote, s segment.Sentence) bool {
	switch sp.typ {
	case SpeakerDocument, SpeakerMedia:
		return true
	case SpeakerPerson, SpeakerOrganisation, SpeakerAnonymous:
		// `"...," Trump's chart showed`: the head names no speaker
		return sp.first <= a.pastQuoteMarks(q.close+1, sp.first) && a.namesSpeaker(sp) && a.speaksAs(sp, s)
	}
	return false
}

// quoteEndsStatement reports a quote that may be what a cue after it
// reports: it opens sentence s (past a dateline), or closes on the
// punctuation that ends a statement (`"...," said`, `"Why?" asked`), or a
// comma follows it (`"...", said`).
func (a *attributor) quoteEndsStatement(q quote, s segment.Sentence) bool {
	if q.open <= a.datelineEnd(s) {
		return true
	}
	inside, after := a.closeMarks(q, s)
	return endsStatement(inside) || endsStatement(after)
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
		var cue string
		n, class := 0, speechCue
		if a.starts.lists.MayStartCue(toks[i].Key) { // most words start no cue: the call spared
			cue, n, class = a.cue(i, s.Last)
		}
		if class != speechCue || n > 0 && a.nounUse(i, s.First) {
			n = 0 // a stance, a document's finding or a noun ("Trump's outline") frames no quote
		}
		if n == 0 && a.r.Attribution.QuoteCues.MayStart(&toks[i]) {
			if cue, n = a.r.Attribution.QuoteCues.Longest(toks, i, s.Last); n > 0 && a.naming(i, n, s) {
				n = 0 // "a website called "…"": a name, no speaker's words
			}
		}
		if n > 0 && i+n <= q.open && cue != "according" {
			if sa := &a.sattr[openSent]; sa.cueAt >= 0 && sa.cueAt < i && i < sa.contentTo && a.said[sa.indirect].Speaker != "" {
				// `Mr. Gowdy said the committee believed that "..."`:
				// the words are the outer speaker's; the inner cue is
				// an attribution of its own. Not past the outer
				// content's end: "..., the DoJ said, and ... while Mr
				// Bannon said: "..."".
				if sp := a.cueSpeaker(i, n, openSent); sp.ok() {
					a.record(a.attr(sp, FormIndirect, cue, i, i+n), i)
				}
				found = unnegated(a.said[sa.indirect])
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
	if sa := &a.sattr[openSent]; found.Form == "" && sa.cueAt >= 0 && sa.cueAt < q.open && q.open >= sa.contentFrom && q.open < sa.contentTo &&
		a.said[sa.indirect].Speaker != "" {
		// "a Buzzfeed representative told The Times the site
		// had "re-confirmed" its reporting and seen "no indication ...""
		// : a quote inside what a speaker said is that speaker's
		found = unnegated(a.said[sa.indirect])
		found.Form = FormDirect
	} else if found.Form == "" && sa.later > 0 && q.open >= sa.laterFrom && a.said[sa.later].Speaker != "" {
		// "she said, but added that after taxes, "They weren't living
		// large."": inside what a later clause's cue reports, its
		// speaker's
		found = unnegated(a.said[sa.later])
		found.Form = FormDirect
	}
	return found
}

// colonQuoteSpeaker finds the speaker named just before the colon that
// opens a quote, with no cue: `Carl Bialik: "One of the biggest lessons
// was ..."`, `Pollsters agree - Carl Bialik: "..."`, `From the report:
// "..."`, as newsletters and roundups print them. The name must open its
// sentence, or follow a spaced dash or "from", and pass colonName's test
// (or be a person's full name with an apposition, or "from" a document):
// not `He had a message for Clinton: "..."`, `Breaking: "..."`. In a
// headline the colon sources nothing (see headline).
func (a *attributor) colonQuoteSpeaker(q quote, openSent int) Attribution {
	toks := a.txt.Tokens
	s := a.txt.Sentences[openSent]
	c := q.open - 1
	if c <= s.First || toks[c].Norm != ":" || a.headline(openSent) {
		return Attribution{}
	}
	f, l := a.npBefore(c, s.First)
	if f >= l || l-f > maxColonApposition {
		return Attribution{}
	}
	if f != a.datelineEnd(s) && (f == s.First || !spacedDash(a.txt, f-1)) {
		return Attribution{}
	}
	var sp speaker
	if l-f <= maxColonSpeaker {
		sp, f = a.colonName(f, l)
	}
	if from := f+1 < l && toks[f].Norm == "from"; from && !sp.named() {
		// "From the report:", "More from the study:", "More from Trump:"
		f++
		if sp, _ = a.colonName(f, l); !sp.named() {
			if sp = a.resolve(f, l, openSent); sp.typ != SpeakerDocument {
				return Attribution{}
			}
		}
	} else if !sp.named() {
		sp = a.colonAppositive(f, l)
	}
	if !sp.named() || dateline(a.txt, f) {
		return Attribution{}
	}
	sp.first, sp.last = a.extent(sp.first, sp.last, f, l)
	found := a.attr(sp, FormDirect, ":", c, c+1)
	a.record(found, c)
	a.salience(openSent).remember(sp)
	return found
}

// colonAppositive reads tokens [f, l) before a colon as a person's full
// name and an apposition: "Anita Barley, Jonah's mother:", "Perry
// Duckles, Assistant District Attorney:"; nobody otherwise.
func (a *attributor) colonAppositive(f, l int) speaker {
	toks := a.txt.Tokens
	for k := f + 1; k < l && k <= f+maxColonSpeaker; k++ {
		if toks[k].Norm == "," {
			if sp, _ := a.colonName(f, k); sp.typ == SpeakerPerson && strings.Contains(sp.name, " ") && nameCased(sp.name) {
				return sp
			}
			return speaker{}
		}
	}
	return speaker{}
}

// withAccording applies the according-to source of the quote's sentence:
// the speaker when the quote has none, otherwise the channel (Via) when
// it names someone else.
func (a *attributor) withAccording(found Attribution, q quote, openSent int) Attribution {
	acc := a.said[a.sattr[openSent].according]
	if found.Form == "" && acc.Form != "" {
		found = acc
		found.Form = FormDirect
	} else if found.Form != "" && acc.Form != "" && acc.Speaker != found.Speaker {
		found = via(found, acc)
	} else if found.Form != "" && q.close >= 0 {
		found = via(found, a.said[a.sattr[a.sentOf[q.close]].according])
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
		if a.said[a.qattr[p]].Form != "" && (prev.para == q.para || (prev.para == q.para-1 && opensPara)) {
			found = a.said[a.qattr[p]]
			if opensSent || q.cont {
				a.unit[qi] = a.unit[p]
			}
		}
		break
	}
	return found
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

// quoteAttribution is quote qi's attribution: its speaker, or an unknown
// speaker when none was found, for a quotation is never a bare assertion.
func (a *attributor) quoteAttribution(qi int) Attribution {
	if at := a.said[a.qattr[qi]]; at.Form != "" {
		return at
	}
	return hedged(Attribution{SpeakerType: SpeakerUnknown, Form: FormDirect}, a.hedge(&a.sattr[a.sentOf[a.quotes[qi].open]]))
}

// quoteIn reports a quote of at least minQuoteWords in sentence si.
func (a *attributor) quoteIn(si int) bool {
	if !a.quoted[si] {
		return false // no word of a quote counted here (indexQuotes)
	}
	s := a.txt.Sentences[si]
	for i := s.First; i < s.Last; i++ {
		if q := a.inQuote[i]; q >= 0 && a.quotes[q].words >= minQuoteWords {
			return true
		}
	}
	return false
}

// mainQuote returns the quote that holds at least half of sentence si's
// words, or -1: of two that hold as many, the first.
func (a *attributor) mainQuote(si int) int {
	if !a.quoted[si] {
		return -1 // no word of a quote counted below
	}
	s := a.txt.Sentences[si]
	best, bestN := -1, 0
	// the quotes whose runs end after the sentence starts (quoteEnds
	// never fall) and open before it ends
	q, _ := slices.BinarySearch(a.quoteEnds, int32(s.First+1))
	for ; q < len(a.quotes) && a.quotes[q].open < s.Last; q++ {
		if a.quotes[q].words < minQuoteWords {
			continue
		}
		lo, hi := max(a.quotes[q].open, s.First), min(int(a.quoteEnds[q]), s.Last)
		if n := a.wordsBetween(lo, hi); n > bestN {
			best, bestN = q, n
		}
	}
	if best < 0 || 2*bestN < a.wordsBetween(s.First, s.Last) {
		return -1
	}
	return best
}

// quoteClaims makes one claim of kind "quote" per statement: a quote and
// the quotes that continue it, their words joined, marks normalised,
// appended to out (where the builder left room for them).
func (a *attributor) quoteClaims(doc *ingest.Document, out []Claim) []Claim {
	var parts []string // one statement's quotes, reused
	for qi := range a.quotes {
		if a.unit[qi] != qi || a.quotes[qi].words < minQuoteWords || a.nickname(a.quotes[qi]) {
			continue
		}
		parts = parts[:0]
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
				parts = append(parts, a.quoteText(q.first, q.last))
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
		out = append(out, Claim{Doc: doc.ID, Source: doc.Source, Kind: "quote", Rule: "quote",
			Text: strings.Join(parts, " "), Sentence: a.sentenceText(s, start),
			Span:         Span{Start: start, End: end, Line: line, Col: col},
			SentenceSpan: Span{Start: s.Start, End: s.End, Line: sline, Col: scol},
			Attribution:  at, sent: int(a.sentOf[q.open]), tok: q.open})
	}
	return out
}

// maxNicknameWords bounds the words of a nickname in quotation marks.
const maxNicknameWords = 3

// nickname reports a quote that is a nickname inside a person's name: a
// few capitalised words in quotation marks between a given name and a
// surname, "Luis “Fat Boy” Gonzalez", "John "Jack" Smith". It is part of
// the name, no one's words. A weekday or month after it is no surname:
// `called Clinton "Crooked Hillary" Monday` quotes.
func (a *attributor) nickname(q quote) bool {
	toks := a.txt.Tokens
	if q.close < 0 || q.words > maxNicknameWords || q.open == 0 || q.close+1 >= len(toks) || a.sentOf[q.open] != a.sentOf[q.close+1] {
		return false
	}
	before, after := &toks[q.open-1], &toks[q.close+1]
	if before.Kind != segment.Word || !before.Cap || after.Kind != segment.Word || !after.Cap ||
		names.IsFunctionWordKey(before.Key, before.Norm) || names.IsFunctionWordKey(after.Key, after.Norm) {
		return false
	}
	for k := q.first; k < q.last; k++ {
		if t := &toks[k]; t.Kind == segment.Word && !t.Cap || t.Kind == segment.Punct {
			return false
		}
	}
	return true
}
