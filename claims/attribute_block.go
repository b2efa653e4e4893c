package claims

import (
	"strings"

	"github.com/claimdiff/claimdiff/claims/english"
	"github.com/claimdiff/claimdiff/claims/segment"
)

// Statements introduced by a colon at a paragraph's end: "Police said in a
// statement:", "On Sunday, Forsyth Police issued the following press
// release:". Local news prints the statement itself in the paragraphs that
// follow, without quotation marks; its sentences are the source's words,
// not the outlet's. The header's source is read in the sentence stage
// (headerSource), where pronouns resolve against the sentences before it;
// the statement's sentences take it once the pass is over
// (statementBlocks).

// maxStatementParagraphs bounds how many paragraphs a reproduced document
// ("the following") may run to.
const maxStatementParagraphs = 12

// documentAuthor reads the author of the document named at tokens [i,
// i+n) when "by" or "from" follows it: "a statement by Mark Esper", "The
// statement from the Springfield Police Department reads:". The author's
// phrase ends before a word that goes on to what the document says ("reads",
// a cue), and a name's before a lower-case participle or preposition that
// modifies the document ("a statement from Greenville County Schools
// following Friday's gun incident"; "of" and "for" stay inside a name:
// "the Department of Health").
func (a *attributor) documentAuthor(i, n, si int) (speaker, bool) {
	s := a.txt.Sentences[si]
	toks := a.txt.Tokens
	if i+n >= s.Last || (toks[i+n].Norm != "by" && toks[i+n].Norm != "from") {
		return speaker{}, false
	}
	f, l := a.npAfter(i+n+1, s.Last)
	for k := f + 1; k < l; k++ {
		if t := &toks[k]; toks[k-1].Cap && !t.Cap && t.Kind == segment.Word && (strings.HasSuffix(t.Norm, "ing") && len(t.Norm) > 5 ||
			english.IsPreposition(t.Norm) && t.Norm != "of" && t.Norm != "for") {
			l = k // "Greenville County Schools following Friday's gun incident": the name ends at its modifier
			break
		}
		if _, m := a.r.Attribution.Reproduced.Longest(toks, k, l); m > 0 {
			l = k
			break
		}
		if _, m := a.r.Attribution.Cues.Longest(toks, k, l); m > 0 && !toks[k].Cap {
			l = k
			break
		}
	}
	sp := a.resolve(f, l, si)
	return sp, sp.ok()
}

// headerSource reads the source of a header that names a document and no
// speech cue, a sentence that closes its paragraph on a colon: "From a
// statement from Greenville County Schools:" (the document's author),
// "Forsyth Police issued the following press release:", "He issued the
// following statement:" (the subject that put it out).
func (a *attributor) headerSource(si int) (Attribution, bool) {
	s := a.txt.Sentences[si]
	if si != a.txt.Paragraphs[s.Para].Last-1 || !closesOnColon(a.txt, si) {
		return none, false
	}
	toks := a.txt.Tokens
	for i := s.First; i < s.Last; i++ {
		_, n := a.r.Attribution.Documents.Longest(toks, i, s.Last)
		if n == 0 || a.inQuote[i] >= 0 {
			continue
		}
		cue := a.txt.Src[toks[i].Start:toks[i+n-1].End]
		if sp, ok := a.documentAuthor(i, n, si); ok && sp.named() {
			return a.attr(sp, FormAccordingTo, cue, i, i+n), true
		}
		if v := a.putOut(i, s.First); v > s.First && a.reproduces(si) {
			if sp := a.subjectBefore(v, si); sp.named() {
				return a.attr(sp, FormIndirect, cue, v, i+n), true
			}
		}
	}
	return none, false
}

// putOut returns the verb before the noun phrase that ends in the document
// at token doc ("issued" in "issued the following, updated press
// release"): the word before the phrase's determiner, at most six tokens
// back; -1 when there is none.
func (a *attributor) putOut(doc, first int) int {
	toks := a.txt.Tokens
	for d := doc - 1; d > first && d >= doc-6; d-- {
		if english.IsDeterminerKey(toks[d].Key, toks[d].Norm) {
			if toks[d-1].Kind == segment.Word && !toks[d-1].Cap {
				return d - 1
			}
			return -1
		}
	}
	return -1
}

// reproduces reports a header that announces a document printed after it:
// "issued the following statement:", "the release reads as follows:".
func (a *attributor) reproduces(si int) bool {
	s := a.txt.Sentences[si]
	for i := s.First; i < s.Last; i++ {
		if _, n := a.r.Attribution.Reproduced.Longest(a.txt.Tokens, i, s.Last); n > 0 {
			return true
		}
	}
	return false
}

// statementBlocks returns, for each sentence, the header sentence whose
// statement it prints, or -1; nil when the document has no statement. A
// header is the last sentence of a paragraph, ends with a colon and has a
// named source (perSentence gives each sentence's own attribution). The
// statement is the next paragraph; after a header that announces a
// reproduced document (attribution.reproduced: "the following", "as
// follows") it runs on over the paragraphs after it that speak in the
// statement's voice (statementVoice), up to maxStatementParagraphs. A
// sentence with a quotation mark, sourced on its own or ending on a colon
// ends the statement (statementLead): the outlet's own voice or another
// statement starts there; the sentences of the first paragraph before it
// are the statement's, no later paragraph that holds one is.
func (a *attributor) statementBlocks(perSentence []Attribution) []int32 {
	txt := a.txt
	var out []int32
	for p := 0; p+1 < len(txt.Paragraphs); p++ {
		h := txt.Paragraphs[p].Last - 1
		if h < txt.Paragraphs[p].First || !closesOnColon(txt, h) || !namesSource(perSentence[h]) {
			continue
		}
		limit := 1
		if a.reproduces(h) {
			limit = maxStatementParagraphs
		}
		for q := p + 1; q < len(txt.Paragraphs) && q <= p+limit; q++ {
			last := txt.Paragraphs[q].Last
			if !a.statementBody(q, perSentence) {
				if q > p+1 {
					break
				}
				// the first paragraph's sentences up to one sourced on its
				// own: "Here's a summary of what Detective William Murphy
				// wrote: ¶ An officer was dispatched at 7:38 p.m. ... Carr
				// was crying and said he shot Summerfield."
				last = a.statementLead(q, perSentence)
			} else if q > p+1 && !a.statementVoice(q, perSentence[h].Speaker) {
				break
			}
			if last > txt.Paragraphs[q].First && out == nil {
				out = make([]int32, len(txt.Sentences))
				for si := range out {
					out[si] = -1
				}
			}
			for si := txt.Paragraphs[q].First; si < last; si++ {
				out[si] = int32(h)
			}
			if last < txt.Paragraphs[q].Last {
				break
			}
		}
	}
	return out
}

// closesOnColon reports a sentence whose last token is a colon.
func closesOnColon(txt *segment.Text, si int) bool {
	s := txt.Sentences[si]
	return s.Last > s.First && txt.Tokens[s.Last-1].Norm == ":"
}

// namesSource reports a header's attribution that names who speaks: a
// person, an organisation or a document, not nobody and not an unknown
// speaker.
func namesSource(at Attribution) bool {
	if at.Form != FormIndirect && at.Form != FormAccordingTo {
		return false
	}
	return at.Speaker != "" && at.SpeakerType != SpeakerUnknown && at.SpeakerType != SpeakerNone
}

// statementBody reports a paragraph that may continue a statement whole:
// none of its sentences ends the statement (statementLead: sourced on its
// own or hedged, with a quotation mark, ending on a colon). A sentence
// whose cue has no speaker it can name ("I want to
// make clear that ...": the statement's author in the first person) is
// none of its own (NamesSource), whatever its cue says of it.
func (a *attributor) statementBody(p int, perSentence []Attribution) bool {
	return a.statementLead(p, perSentence) == a.txt.Paragraphs[p].Last
}

// statementLead returns where the statement that paragraph p opens stops
// when the paragraph holds more than the statement (statementBody fails):
// at its first sentence sourced on its own or hedged, or with a quotation
// mark, or closing on a colon; the sentences before it are the
// statement's.
func (a *attributor) statementLead(p int, perSentence []Attribution) int {
	txt := a.txt
	par := txt.Paragraphs[p]
	for si := par.First; si < par.Last; si++ {
		at := &perSentence[si]
		if at.NamesSource() || at.Hedged && at.Form == FormNone || closesOnColon(txt, si) {
			return si
		}
		for i := txt.Sentences[si].First; i < txt.Sentences[si].Last; i++ {
			if a.inQuote[i] >= 0 {
				return si
			}
		}
	}
	return par.Last
}

// statementVoice reports a paragraph past a reproduced document's first
// that still speaks in its source's voice: a first-person word ("our
// officers") or a capitalised word of the source's name ("The Forsyth
// Police Department was dispatched"). A paragraph with neither may be the
// outlet's own again.
func (a *attributor) statementVoice(p int, source string) bool {
	txt := a.txt
	par := txt.Paragraphs[p]
	for i := txt.Sentences[par.First].First; i < txt.Sentences[par.Last-1].Last; i++ {
		t := &txt.Tokens[i]
		if t.Kind != segment.Word {
			continue
		}
		if english.IsFirstPerson(t.Norm) || (t.Cap && len(t.Norm) > 2 && !english.IsFunctionWordKey(t.Key, t.Norm) && nameWord(source, t.Norm)) {
			return true
		}
	}
	return false
}

// nameWord reports whether w, lower case, is one of the words of name.
func nameWord(name, w string) bool {
	for f := range strings.FieldsSeq(name) {
		if strings.EqualFold(strings.Trim(f, "’'.,"), w) {
			return true
		}
	}
	return false
}

// headerOf is the header of sentence si's statement, or -1.
func headerOf(blocks []int32, si int) int {
	if blocks == nil {
		return -1
	}
	return int(blocks[si])
}

// statementAttribution is a printed statement's sentence attributed to its
// header's source; the sentence's own hedge stays.
func statementAttribution(own, header Attribution) Attribution {
	at := header
	at.Hedged, at.Hedge = own.Hedged || header.Hedged, own.Hedge
	if at.Hedge == "" {
		at.Hedge = header.Hedge
	}
	return at
}
