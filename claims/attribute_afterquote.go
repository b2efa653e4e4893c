package claims

import (
	"strings"

	"github.com/claimdiff/claimdiff/claims/cuemodel"
	"github.com/claimdiff/claimdiff/claims/english"
	"github.com/claimdiff/claimdiff/claims/segment"
)

// A verb no cue list holds, right after a quoted statement and its
// speaker, reports the quote: `"...," Bozell concludes.`, `"...," the
// email read.`, `"Nooo!" the crowd cried out, booing.`, and inverted,
// `"...," reacted Trump.`. The place is what makes it a cue: a quote that
// closes on a statement's punctuation, a subject of a few words or a name
// after it, then a verb that takes no object of its own before the
// sentence, a clause or a prepositional phrase goes on. A verb with an
// object (`"...," the group released a statement`) is no cue here.

// maxSubjectAfterQuote bounds the words of the subject between a quote
// and an unlisted verb: "the former House speaker".
const maxSubjectAfterQuote = 7

// verbAfterQuote finds the unlisted verb that reports quote q, closed in
// sentence cs, and its speaker: the phrase between the quote and the
// verb, or the name after an inverted verb. ok is false where none
// stands.
func (a *attributor) verbAfterQuote(q quote, cs int) (sp speaker, v int, ok bool) {
	s := a.txt.Sentences[cs]
	toks := a.txt.Tokens
	if !a.statementClose(q, s) || !a.opensSentenceAt(q.open) || a.titleQuote(q) {
		// `She says no one is "on course to win 900 seats," the number
		// needed`: a quote inside a sentence is another's words or a
		// term, and what follows it may be its apposition
		return speaker{}, 0, false
	}
	f := a.pastQuoteMarks(q.close+1, s.Last)
	if f >= s.Last || a.inQuote[f] >= 0 {
		return speaker{}, 0, false
	}
	if t := &toks[f]; f+1 < s.Last && t.Kind == segment.Word && !t.Cap && len(t.Norm) > 3 && !english.IsFunctionWordKey(t.Key, t.Norm) && english.IsPastFormKey(t.Key, t.Norm) {
		// inverted: `"...," reacted Trump.`, `"...," read the statement,
		// which`; a past form only ("perhaps Trump's favorite phrase"
		// is no verb and its subject)
		sp := a.speakerAfterCue(f+1, cs)
		if sp.ok() && sp.first == f+1 && sp.typ != SpeakerUnknown && a.npEndsAt(sp.last, s) && a.closesClause(f+1, s) {
			return sp, f, true
		}
		return speaker{}, 0, false
	}
	if t := &toks[f]; !t.Cap && !isLead(t) && !english.IsSubjectPronounKey(t.Key, t.Norm) || t.Norm == "it" {
		// `"Who Wants to Be a Millionaire?" host Regis Philbin died`: a
		// title's apposition, no subject of a verb that reports it; nor
		// "it" (`"...," it read`), whom no pronoun resolution names well
		return speaker{}, 0, false
	}
	for v := f + 1; v < s.Last && v <= f+maxSubjectAfterQuote; v++ {
		t := &toks[v]
		if t.Kind != segment.Word || a.inQuote[v] >= 0 {
			return speaker{}, 0, false
		}
		if t.Cap || !a.reportingVerb(v, s) {
			continue
		}
		sp := a.resolve(f, v, cs)
		if !sp.ok() || sp.typ == SpeakerUnknown || sp.first != f && !isLead(&toks[f]) || sp.last < v-1 || !a.plainSubject(f, v) {
			return speaker{}, 0, false
		}
		head := v - 1
		pronoun := english.IsSubjectPronounKey(toks[head].Key, toks[head].Norm)
		if !toks[head].Cap && !a.listedHead(head) && !pronoun {
			// "the balloons cascaded down": a subject that names no one
			return speaker{}, 0, false
		}
		if !pronoun && !toks[head].Cap && strings.HasSuffix(toks[v].Norm, "ed") && v+1 < s.Last && english.IsCommonPrepositionKey(toks[v+1].Key, toks[v+1].Norm) {
			// "the letter addressed to the chairman reads": a participle
			// of the subject's, its verb further on
			continue
		}
		if !a.closesClause(v+1, s) {
			// `"Fake news," a term Trump popularized in 2017, spread`: an
			// apposition to the quote, the sentence's verb after it
			return speaker{}, 0, false
		}
		return sp, v, true
	}
	return speaker{}, 0, false
}

// titleQuote reports a quote that reads as a title rather than a
// statement: its words of more than three letters all capitalised ("The
// Art of the Deal", "The Apprentice"), or two words or fewer before a
// comma.
func (a *attributor) titleQuote(q quote) bool {
	toks := a.txt.Tokens
	words, caps := 0, 0
	for k := q.first; k < q.last; k++ {
		if t := &toks[k]; t.Kind == segment.Word && len(t.Norm) > 3 {
			words++
			if t.Cap {
				caps++
			}
		}
	}
	if words > 0 && caps == words {
		return true
	}
	// (statementClose has made sure both tokens around the mark stand)
	return q.words < 3 && (toks[q.close-1].Norm == "," || toks[q.close+1].Norm == ",")
}

// plainSubject reports the words [f, v) before a verb after a quote as
// one subject: no lower-case noun stands before a name in it ("the plan
// Sanders introduced" is a noun and a relative clause, not Sanders).
func (a *attributor) plainSubject(f, v int) bool {
	toks := a.txt.Tokens
	noun := false
	for k := f; k < v; k++ {
		t := &toks[k]
		switch {
		case t.Cap && noun:
			return false
		case t.Kind == segment.Word && !t.Cap && !isLead(t) && !english.IsSubjectPronounKey(t.Key, t.Norm):
			noun = true
		}
	}
	return true
}

// maxReportTail bounds the words after a verb that reports a quote
// before its clause ends: "he complained to an aide afterward".
const maxReportTail = 6

// closesClause reports the words from token k of sentence s closing the
// clause of a verb after a quote within maxReportTail words, the end
// standing at most right after them: the
// sentence ends, or a comma does that no verb of another clause follows
// (`"Nooo!" the crowd cried out, booing` but not `"Fake news," a term
// Trump popularized, spread quickly`).
func (a *attributor) closesClause(k int, s segment.Sentence) bool {
	toks := a.txt.Tokens
	for end := k; end <= k+maxReportTail; end++ {
		if end >= s.Last || toks[end].Kind == segment.Punct && toks[end].Norm != "," && toks[end].Norm != "'s" && !cuemodel.QuoteMark(a.txt, end) {
			return true
		}
		if toks[end].Norm == "," {
			n := end + 1
			return n >= s.Last || toks[n].Cap || toks[n].Kind != segment.Word || !a.inVerbGroup(n) && !english.IsPastFormKey(toks[n].Key, toks[n].Norm) && !verbForm(toks[n].Key, toks[n].Norm)
		}
	}
	return false
}

// statementClose reports a quote whose last word ends a statement: a
// comma, a question or exclamation mark or a dash just inside or after
// its closing mark (`"...," she elaborated`, `"Why not?" he asked`), with
// words of the sentence after it.
func (a *attributor) statementClose(q quote, s segment.Sentence) bool {
	if q.close < 0 || q.close+1 >= s.Last || q.close-1 <= q.open {
		return false
	}
	inside, after := a.closeMarks(q, s)
	return endsReported(inside) || endsReported(after)
}

// closeMarks returns the words of the tokens just inside and just after
// quote q's closing mark, in sentence s: "" for one outside the quote's
// words or the sentence.
func (a *attributor) closeMarks(q quote, s segment.Sentence) (inside, after string) {
	toks := a.txt.Tokens
	if k := q.close - 1; k > q.open && k < s.Last {
		inside = toks[k].Norm
	}
	if k := q.close + 1; k > q.open && k < s.Last {
		after = toks[k].Norm
	}
	return inside, after
}

// endsStatement reports a mark that ends a quoted statement: a comma, a
// question or exclamation mark, an ellipsis, a dash or a period.
func endsStatement(mark string) bool {
	switch mark {
	case ",", "!", "?", "…", "...", "—", "–", "-", ".":
		return true
	}
	return false
}

// endsReported reports a mark after which a verb reports the quote: a
// statement's mark (endsStatement) but a period or an ellipsis, which end
// the sentence the quote stands in.
func endsReported(mark string) bool {
	return endsStatement(mark) && mark != "." && mark != "…" && mark != "..." && mark != "-"
}

// reportingVerb reports a lower-case verb form at token v of sentence s
// ("concludes", "elaborated", "read", "went") that takes no object there:
// the sentence ends after it, or punctuation, a preposition, a particle,
// an adverb or a time follows.
func (a *attributor) reportingVerb(v int, s segment.Sentence) bool {
	t := &a.txt.Tokens[v]
	if t.Kind != segment.Word || t.Cap || len(t.Norm) < 3 || english.IsFunctionWordKey(t.Key, t.Norm) || !verbForm(t.Key, t.Norm) {
		return false
	}
	k := v + 1
	if k >= s.Last {
		return true
	}
	n := &a.txt.Tokens[k]
	switch {
	case n.Kind == segment.Punct:
		return !cuemodel.QuoteMark(a.txt, k) && n.Norm != "'s"
	case n.Cap:
		return false
	case english.IsCommonPrepositionKey(n.Key, n.Norm), a.adverbAt(k), a.mannerAdverb(k), english.IsTimeWordKey(n.Key, n.Norm):
		return true
	}
	switch n.Norm {
	case "back", "out", "up", "off", "afterward", "afterwards", "later", "again":
		return true
	}
	return false
}

// npEndsAt reports the phrase ending at token last (exclusive) of
// sentence s closing the sentence or a clause: the sentence's end or a
// comma follows it.
func (a *attributor) npEndsAt(last int, s segment.Sentence) bool {
	return last >= s.Last || a.txt.Tokens[last].Kind == segment.Punct && !cuemodel.QuoteMark(a.txt, last)
}

// opensSentenceAt reports a quote mark at token k opening its sentence,
// past a dateline.
func (a *attributor) opensSentenceAt(k int) bool {
	s := a.txt.Sentences[a.sentOf[k]]
	return k <= a.datelineEnd(s)
}
