package claims

import (
	"strings"
	"unicode"

	"github.com/claimdiff/claimdiff/claims/segment"
)

// Transcripts and interviews printed as turns: paragraphs that open with
// who speaks and a colon.
//
//	TAPPER: Do you think he has campaigned as a healer?
//	FALLIN: I think he is trying to.
//	Q: How many came?
//	A: About 200 people.
//
// A turn's sentences are its speaker's words, as a quotation's are: the
// figures in them are no statement of the outlet's. A label opens a turn
// only where the document holds a dialogue (dialogueTurns): one
// "Update:" or a list of "Ruiz: Student loans" headings is none, nor are
// datelines ("BAGHDAD:"), section labels ("LAKERS:" in sports notes) or
// tallies ("Ruiz: 1,501 delegates").

// maxTurnLabel bounds the tokens of a turn's label: "SEN. ADA RUIZ".
const maxTurnLabel = 5

// turnLabel returns the colon that closes the label opening sentence si,
// when the sentence opens its paragraph (not the headline's) with one: at
// most maxTurnLabel capitalised words (and the periods of their
// abbreviations), a colon, and words after it, not a number ("Ruiz:
// 1,501 delegates" is a tally); -1 otherwise.
func (a *attributor) turnLabel(si int) int {
	s := a.txt.Sentences[si]
	if si != a.txt.Paragraphs[s.Para].First || s.Para == 0 {
		return -1
	}
	toks := a.txt.Tokens
	for k := s.First; k < s.Last && k <= s.First+maxTurnLabel; k++ {
		t := &toks[k]
		switch {
		case t.Norm == ":":
			if k == s.First || k+1 >= s.Last || toks[k+1].Kind == segment.Number || countWords(a.txt, k+1, s.Last) == 0 {
				return -1
			}
			return k
		case t.Kind == segment.Word && t.Cap && a.inQuote[k] < 0:
		case t.Norm == "." && k > s.First && toks[k-1].Kind == segment.Word:
		default:
			return -1
		}
	}
	return -1
}

// A turnCandidate is a paragraph a label opens: the sentence, the colon,
// the label as written, its last word in lower case (the key one
// speaker's labels share: "JAKE TAPPER:", "TAPPER:") and whether it may
// name a person (personLabel).
type turnCandidate struct {
	para, si, colon int
	label, last     string
	person          bool
}

// dialogueTurns marks the paragraphs of a dialogue and returns, per
// paragraph, the label that names its speaker at its fullest ("JAKE
// TAPPER" for a "TAPPER:" turn), "" for a paragraph that is no turn; nil
// when the document holds no dialogue. A dialogue is an interview's "Q:"
// and "A:", both present, a question among the questions and an
// interview named before them (attribution.interview-signals: "in an
// interview", "edited for length"); or labels naming two people or more,
// one of whom speaks twice, a question among the turns and two turns
// spoken in the first or second person. A person's
// label names one the document names in full elsewhere ("Gov. Mary
// Fallin" for "FALLIN:") or is the full form of another label ("JAKE
// TAPPER:" for "TAPPER:"); no label the rules hold for a heading
// (attribution.colon-labels: "Update:", "Watch:"), nor a place.
func (a *attributor) dialogueTurns() []string {
	var cands []turnCandidate
	for p := range a.txt.Paragraphs {
		si := a.txt.Paragraphs[p].First
		if si >= a.txt.Paragraphs[p].Last {
			continue
		}
		if c := a.turnLabel(si); c >= 0 {
			label := a.txt.Src[a.txt.Tokens[a.txt.Sentences[si].First].Start:a.txt.Tokens[c-1].End]
			tc := turnCandidate{para: p, si: si, colon: c, label: label, last: strings.ToLower(label[strings.LastIndexByte(label, ' ')+1:])}
			tc.person = label != "Q" && label != "A" && a.personLabel(tc)
			cands = append(cands, tc)
		}
	}
	if len(cands) < 2 {
		return nil
	}
	out := make([]string, len(a.txt.Paragraphs))
	if a.interview(cands) {
		for _, c := range cands {
			if c.label == "Q" || c.label == "A" {
				out[c.para] = c.label
			}
		}
	}
	// people's labels: each short label joins the full one it ends
	full := map[string]string{} // label's last word, lower case -> fullest label
	count := map[string]int{}
	for _, c := range cands {
		if !c.person {
			continue
		}
		if len(c.label) > len(full[c.last]) {
			full[c.last] = c.label
		}
		count[c.last]++
	}
	named := a.namedInFull(count, cands)
	for last := range count {
		if !named[last] && !shortened(last, full[last], cands) {
			// "SWAT:", "FIRST QUARTER:": no one the document names
			delete(count, last)
		}
	}
	repeated, question, inPerson := false, false, 0
	for _, n := range count {
		repeated = repeated || n > 1
	}
	for _, c := range cands {
		if c.person && count[c.last] > 0 {
			question = question || a.asks(c.para)
			if a.inPerson(c.para) {
				inPerson++
			}
		}
	}
	if len(count) >= 2 && repeated && question && inPerson >= 2 {
		for _, c := range cands {
			if c.person && count[c.last] > 0 {
				out[c.para] = full[c.last]
			}
		}
	}
	for _, l := range out {
		if l != "" {
			return out
		}
	}
	return nil
}

// interview reports an interview's questions and answers among the
// candidates: "Q:" and "A:" turns, a question among the questions, and
// an interview named in a paragraph before the first
// (attribution.interview-signals).
func (a *attributor) interview(cands []turnCandidate) bool {
	first, q, ans, asked := -1, false, false, false
	for _, c := range cands {
		switch c.label {
		case "Q":
			if first < 0 {
				first = c.si
			}
			q, asked = true, asked || a.asks(c.para)
		case "A":
			ans = true
		}
	}
	if !q || !ans || !asked {
		return false
	}
	signals := a.r.Attribution.InterviewSignals
	toks := a.txt.Tokens
	for k := 0; k < a.txt.Sentences[first].First; k++ {
		if signals.MayStart(&toks[k]) {
			if _, n := signals.Longest(toks, k, a.txt.Sentences[first].First); n > 0 {
				return true
			}
		}
	}
	return false
}

// personLabel reports a candidate label that may name a person: no
// heading the rules list, no place, no word of it a number.
func (a *attributor) personLabel(c turnCandidate) bool {
	s := a.txt.Sentences[c.si]
	if _, n := a.r.Attribution.ColonLabels.Longest(a.txt.Tokens, s.First, c.colon); n > 0 {
		return false
	}
	return !a.r.Places[nameCase(c.label)] && !a.r.Places[c.label]
}

// namedInFull returns which of the labels' last words (keys of lasts, in
// lower case) the document names after another capitalised word outside
// the candidates' labels: "Gov. Mary Fallin", "Jake Tapper" for
// "FALLIN:", "TAPPER:". One pass over the tokens.
func (a *attributor) namedInFull(lasts map[string]int, cands []turnCandidate) map[string]bool {
	toks := a.txt.Tokens
	out := map[string]bool{}
	c := 0 // the first candidate whose colon is not before token k
	for k := 1; k < len(toks); k++ {
		for c < len(cands) && cands[c].colon < k {
			c++
		}
		if c < len(cands) && k >= a.txt.Sentences[cands[c].si].First {
			continue // inside a label
		}
		t, p := &toks[k], &toks[k-1]
		if !t.Cap || t.Kind != segment.Word || !(p.Cap && p.Kind == segment.Word || p.Norm == "." && k > 1 && toks[k-2].Cap) {
			continue
		}
		if _, ok := lasts[t.Norm]; ok {
			out[t.Norm] = true
		}
	}
	return out
}

// shortened reports a label of several words, fullest, whose last word
// last is another candidate's whole label: "JAKE TAPPER:" and later
// "TAPPER:".
func shortened(last, fullest string, cands []turnCandidate) bool {
	if !strings.Contains(fullest, " ") {
		return false
	}
	for _, c := range cands {
		if strings.EqualFold(c.label, last) {
			return true
		}
	}
	return false
}

// inPerson reports a first- or second-person pronoun in paragraph p
// outside quotation marks: people in a dialogue speak as "I" and "you";
// datelines and section notes do not.
func (a *attributor) inPerson(p int) bool {
	par := a.txt.Paragraphs[p]
	for k := a.txt.Sentences[par.First].First; k < a.txt.Sentences[par.Last-1].Last; k++ {
		if a.inQuote[k] < 0 && a.inPersonAt(k) {
			return true
		}
	}
	return false
}

// asks reports a question mark in paragraph p.
func (a *attributor) asks(p int) bool {
	par := a.txt.Paragraphs[p]
	for si := par.First; si < par.Last; si++ {
		s := a.txt.Sentences[si]
		if s.Last > s.First && a.txt.Tokens[s.Last-1].Norm == "?" {
			return true
		}
	}
	return false
}

// turnSpeaker reads the speaker of the turn labelled label that opens
// sentence si, the label closing at colon: an interview's "Q" and "A" are
// someone unknown, the questioner and the one who answers, whom the label
// does not name; an all-capital label is the person the document names in
// full ("FALLIN" is Gov. Mary Fallin), else its fullest label written as
// a name ("JAKE TAPPER" is Jake Tapper); another is the name the label
// gives (colonName).
func (a *attributor) turnSpeaker(si, colon int, label string) speaker {
	f := a.txt.Sentences[si].First
	if label == "Q" || label == "A" {
		return speaker{typ: SpeakerUnknown, first: f, last: colon}
	}
	if !segment.IsUpper(label) {
		sp, g := a.colonName(f, colon)
		if sp.named() {
			sp.first, sp.last = a.extent(sp.first, sp.last, g, colon)
		}
		return sp
	}
	name := nameCase(label)
	if full, ok := a.surnameOf(name[strings.LastIndexByte(name, ' ')+1:]); ok && !segment.IsUpper(full) {
		name = full
	} else if !strings.Contains(name, " ") {
		// "LAKERS:" after "the Los Angeles Lakers": a name the document
		// gives no person
		return speaker{}
	}
	return speaker{name: name, typ: SpeakerPerson, first: f, last: colon}
}

// nameCase writes an all-capital name as a name: "JAKE TAPPER" is "Jake
// Tapper", "O'NEILL" is "O'Neill" (and "MCCAIN" "Mccain": the document's
// own spelling, where it has one, is taken before it).
func nameCase(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	up := true
	for _, r := range s {
		if up {
			b.WriteRune(unicode.ToUpper(r))
		} else {
			b.WriteRune(unicode.ToLower(r))
		}
		up = r == ' ' || r == '-' || r == '\'' || r == '’' || r == '.'
	}
	return b.String()
}

// turn records the attribution of sentence si when it opens a turn: the
// label's speaker, a direct attribution with the colon for its cue, which
// the turn's sentences take (see turnAttribution). The speaker is no one
// a later "he" or "she" refers to: a turn's third person is someone the
// speaker speaks of. It reports whether si opens one.
func (a *attributor) turn(si int) bool {
	p := a.txt.Sentences[si].Para
	if a.turns == nil || a.turns[p] == "" {
		return false
	}
	c := a.turnLabel(si)
	if c < 0 {
		return false // the turn's later sentences
	}
	sp := a.turnSpeaker(si, c, a.turns[p])
	if !sp.ok() {
		a.turns[p] = ""
		return false
	}
	at := a.attr(sp, FormDirect, ":", c, c+1)
	a.turnAt[p] = a.keep(at)
	a.record(at, c)
	return true
}

// turnAttribution is the attribution a claim or sentence of sentence si
// with its own attribution own takes in a turn: the turn's, unless its
// own names someone; its own hedge stays.
func (a *attributor) turnAttribution(si int, own Attribution) Attribution {
	if a.turns == nil {
		return own
	}
	p := a.txt.Sentences[si].Para
	if a.turnAt[p] == 0 || own.NamesSource() {
		return own
	}
	return statementAttribution(own, a.said[a.turnAt[p]])
}
