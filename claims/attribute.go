package claims

import (
	"github.com/claimdiff/claimdiff/claims/ingest"
	"github.com/claimdiff/claimdiff/claims/rules"
	"github.com/claimdiff/claimdiff/claims/segment"
)

// The attribution stage's driver: one pass over the sentences, then each
// claim's attribution and the quote claims. The files below it, from the
// lowest: speaker_names.go (names typed by the rules), attribute_state.go
// (the state), attribute_words.go (word tests),
// attribute_cues.go (cue reading), speaker_phrase.go (noun-phrase bounds),
// speaker_backref.go and speaker_entity.go (pronouns, names, roles),
// speaker.go (a phrase resolved to a speaker), speaker_cue.go (the speaker
// of a cue), speaker_group.go (a group not named as a speech cue's
// subject), attribute_sentence.go and attribute_quotes.go (the stages).

// attribute is the attribution stage: it fills every claim's attribution
// and appends the quotes as claims of kind "quote" (the caller sorts them
// into place), and returns every attribution made and, per sentence, its
// attribution outside quotes. One pass over the sentences in order, with
// pronouns resolved against a bounded window of earlier sentences.
func attribute(doc *ingest.Document, txt *segment.Text, cs []Claim, r *rules.Rules, in *rules.Input, names *nameCache, buf *attrBuffers) (claims []Claim, found, perSentence []Attribution) {
	a := newAttributor(txt, r, in, names, buf)
	if a.turns = a.dialogueTurns(); a.turns != nil {
		a.turnAt = make([]int32, len(a.turns))
	}
	for si := range a.txt.Sentences {
		a.forget(si)
		a.sentence(si)
		// resolve the quotes that end in this sentence
		for a.next < len(a.quotes) && a.quoteEndSentence(a.next) <= si {
			a.resolveQuote(a.next)
			a.next++
		}
	}
	perSentence = a.sentenceAttributions()
	blocks := a.statementBlocks(perSentence)
	for i := range cs {
		cs[i].Attribution = a.claimAttribution(&cs[i])
		if h := headerOf(blocks, cs[i].sent); h >= 0 && !cs[i].Attribution.NamesSource() {
			cs[i].Attribution = statementAttribution(cs[i].Attribution, perSentence[h])
		}
		cs[i].Attribution = a.turnAttribution(cs[i].sent, cs[i].Attribution)
	}
	for si, h := range blocks {
		if h >= 0 && !perSentence[si].NamesSource() {
			perSentence[si] = statementAttribution(perSentence[si], perSentence[h])
		}
	}
	if a.turns != nil {
		for si := range perSentence {
			perSentence[si] = a.turnAttribution(si, perSentence[si])
		}
	}
	claims = a.quoteClaims(doc, cs)
	a.flushUnread()
	return claims, a.done(), perSentence
}

// sentenceAttributions is, per sentence, its according-to source or else
// its speech cue's speaker, with its hedge.
func (a *attributor) sentenceAttributions() []Attribution {
	out := make([]Attribution, len(a.sattr))
	for si := range a.sattr {
		sa := &a.sattr[si]
		according, indirect := &a.said[sa.according], &a.said[sa.indirect]
		at := none
		q := a.mainQuote(si)
		switch {
		case q >= 0:
			// a sentence that is mostly quotation is the quote's speaker's
			at = a.quoteAttribution(q)
		case according.Form != "" && sa.cueAt >= 0 && indirect.Speaker != according.Speaker && (a.quoteIn(si) || a.accordingInSubject(sa)):
			// `"They wanted to get back at him," Miranda said, according to
			// the New York Post`: Miranda's words, via the Post
			at = via(*indirect, *according)
		case according.Form != "":
			at = *according
		case sa.cueAt >= 0:
			at = *indirect
		}
		out[si] = hedged(at, a.hedge(sa))
	}
	return out
}

// claimAttribution attributes a claim: the quote it stands in, else its
// sentence's according-to source, else its sentence's speaker.
func (a *attributor) claimAttribution(c *Claim) Attribution {
	at := none
	if q := a.inQuote[c.tok]; q >= 0 && a.quotes[q].words >= minQuoteWords {
		at = a.quoteAttribution(q)
	} else if sa := &a.sattr[c.sent]; a.said[sa.according].Form != "" && !a.accordingInSubject(sa) {
		at = a.said[sa.according]
	} else if sa.cueAt >= 0 && c.tok != sa.cueAt && c.tok >= sa.contentFrom && c.tok < sa.contentTo {
		at = a.asserted(via(a.said[sa.indirect], a.said[sa.according]), c, sa.contentFrom)
	} else if sa.later > 0 && c.tok >= sa.laterFrom {
		at = a.asserted(via(a.said[sa.later], a.said[sa.according]), c, sa.laterFrom)
	}
	if at.Span != nil && at.Form != FormDirect {
		// a figure in the phrase naming the speaker ("62 nurses said",
		// "the mother of one of the 50 students said") is the writer's
		// description of them, not what they said
		k := c.tok
		if c.val >= 0 {
			k = a.in.Mentions[c.val].First // "shot 12 people": the figure
		}
		if start := a.txt.Tokens[k].Start; start >= at.Span.Start && start < at.Span.End {
			at = none
		}
	}
	return hedged(at, a.hedge(&a.sattr[c.sent]))
}
