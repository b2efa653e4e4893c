package claims

import (
	"strings"

	"github.com/claimdiff/claimdiff/claims/segment"
)

// Transcripts and interviews printed as turns: paragraphs that open with
// who speaks and a colon, and no quotation marks.
//
//	TAPPER: Do you think he has campaigned as a healer?
//	FALLIN: I think he is trying to.
//	Q: How many came?
//	A: About 200 people.
//
// A turn's sentences are its speaker's words, as a quotation's are: the
// figures in them are no statement of the outlet's. A label is a turn's
// only where the document holds a dialogue (dialogueTurns): one "Update:"
// or "Jeb Bush: Student loans" heading is none.

// maxTurnLabel bounds the tokens of a turn's label: "SEN. ADA RUIZ".
const maxTurnLabel = 5

// turnLabel returns the colon that closes the label opening sentence si,
// when the sentence opens its paragraph with one: at most maxTurnLabel
// capitalised words (and the periods of their abbreviations), a colon,
// and words after it; -1 otherwise.
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
			if k == s.First || !a.wordAfter(k+1, s.Last) {
				return -1 // "Sanders: 1,547." is a tally
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

// wordAfter reports a word among tokens [k, last).
func (a *attributor) wordAfter(k, last int) bool {
	for ; k < last; k++ {
		if a.txt.Tokens[k].Kind == segment.Word {
			return true
		}
	}
	return false
}

// labelKey is what tells one turn's speaker from another's: "q" and "a"
// for an interview's questions and answers, else the label's last word in
// lower case ("JAKE TAPPER:" and "TAPPER:" are one speaker).
func (a *attributor) labelKey(si, colon int) string {
	last := &a.txt.Tokens[colon-1]
	if last.Norm == "." && colon-2 >= a.txt.Sentences[si].First {
		last = &a.txt.Tokens[colon-2]
	}
	return last.Norm
}

// dialogueTurns marks the paragraphs of a dialogue: an interview's
// "Q:" and "A:", both present, or labels naming two speakers or more, one
// of whom speaks twice (a dialogue alternates; a list of headings names
// each once). A label the rules hold for a heading (attribution
// colon-labels: "Update:", "Watch:") turns no paragraph, bar "Q" and "A".
// It returns, per paragraph, whether it is a turn; nil when the document
// holds no dialogue.
func (a *attributor) dialogueTurns() []bool {
	var keys []string
	var paras []int
	qa := [2]bool{}
	for p := range a.txt.Paragraphs {
		si := a.txt.Paragraphs[p].First
		if si >= a.txt.Paragraphs[p].Last {
			continue
		}
		c := a.turnLabel(si)
		if c < 0 {
			continue
		}
		key := a.labelKey(si, c)
		s := a.txt.Sentences[si]
		switch raw := a.txt.Src[a.txt.Tokens[s.First].Start:a.txt.Tokens[c-1].End]; {
		case raw == "Q" || raw == "A":
			qa[strings.Index("QA", raw)] = true
		default:
			if _, n := a.r.Attribution.ColonLabels.Longest(a.txt.Tokens, s.First, c); n > 0 {
				continue // "UPDATE:", "Read more:"
			}
		}
		keys = append(keys, key)
		paras = append(paras, p)
	}
	if len(keys) < 2 {
		return nil
	}
	count := map[string]int{}
	for _, k := range keys {
		count[k]++
	}
	names, repeated := 0, false
	for k, n := range count {
		if k == "q" || k == "a" {
			continue
		}
		names++
		repeated = repeated || n > 1
	}
	dialogue := names >= 2 && repeated
	if !dialogue && !(qa[0] && qa[1]) {
		return nil
	}
	out := make([]bool, len(a.txt.Paragraphs))
	for i, p := range paras {
		if k := keys[i]; k == "q" || k == "a" {
			out[p] = qa[0] && qa[1]
		} else {
			out[p] = dialogue
		}
	}
	return out
}

// turnSpeaker reads the speaker of the turn whose label closes at colon
// in sentence si: an all-capital name written as a name ("JAKE TAPPER" is
// Jake Tapper, "TAPPER" the Tapper named before), else the name the label
// gives (colonName: a name of several words, a surname the document knows),
// and someone unknown for an interview's "Q" and "A", the questioner and
// the one who answers, whom the label does not name.
func (a *attributor) turnSpeaker(si, colon int) speaker {
	s := a.txt.Sentences[si]
	f := s.First
	if raw := a.txt.Src[a.txt.Tokens[f].Start:a.txt.Tokens[colon-1].End]; raw == "Q" || raw == "A" {
		return speaker{typ: SpeakerUnknown, first: f, last: colon}
	}
	raw := a.txt.Src[a.txt.Tokens[f].Start:a.txt.Tokens[colon-1].End]
	if !segment.IsUpper(raw) {
		sp, g := a.colonName(f, colon)
		if sp.named() {
			sp.first, sp.last = a.extent(sp.first, sp.last, g, colon)
		}
		return sp
	}
	name := nameCase(raw)
	var buf [64]byte
	if full, ok := a.surnames[string(segment.AppendLower(buf[:0], a.labelKey(si, colon)))]; ok && !strings.Contains(name, " ") {
		name = full // "TAPPER:" after "Jake Tapper"
		if segment.IsUpper(full) {
			name = nameCase(full) // after "JAKE TAPPER:", as the names index keeps it
		}
	} else if i := strings.LastIndexByte(name, ' '); i > 0 {
		a.surnames[string(segment.AppendLower(buf[:0], name[i+1:]))] = name
	}
	return speaker{name: name, typ: SpeakerPerson, first: f, last: colon}
}

// nameCase writes an all-capital name as a name: "JAKE TAPPER" is "Jake
// Tapper", "O'NEILL" is "O'Neill".
func nameCase(s string) string {
	b := []rune(strings.ToLower(s))
	up := true
	for i, r := range b {
		if up {
			b[i] = []rune(strings.ToUpper(string(r)))[0]
		}
		up = r == ' ' || r == '-' || r == '\'' || r == '’' || r == '.'
	}
	return string(b)
}

// turn records the attribution of sentence si when it opens a turn: the
// label's speaker, a direct attribution with the colon for its cue, which
// the turn's sentences take (see turnAttribution). It reports whether si
// opens one.
func (a *attributor) turn(si int) bool {
	if a.turns == nil || !a.turns[a.txt.Sentences[si].Para] {
		return false
	}
	c := a.turnLabel(si)
	if c < 0 {
		return false // the turn's later sentences
	}
	sp := a.turnSpeaker(si, c)
	if !sp.ok() {
		a.turns[a.txt.Sentences[si].Para] = false
		return false
	}
	at := a.attr(sp, FormDirect, ":", c, c+1)
	a.turnAt[a.txt.Sentences[si].Para] = a.keep(at)
	a.record(at, c)
	if sp.named() {
		a.salience(si).remember(sp)
	}
	return true
}

// turnAttribution is the attribution a claim or sentence of sentence si
// with its own attribution own takes in a turn: the turn's, unless its
// own names someone; its own hedge stays.
func (a *attributor) turnAttribution(si int, own Attribution) Attribution {
	p := a.txt.Sentences[si].Para
	if a.turns == nil || !a.turns[p] || ownSource(&own) {
		return own
	}
	return statementAttribution(own, a.said[a.turnAt[p]])
}

// turnSpeakerOf returns the speaker of the turn sentence si stands in, the
// one its "I" is: nobody outside a turn.
func (a *attributor) turnSpeakerOf(si int) speaker {
	p := a.txt.Sentences[si].Para
	if a.turns == nil || !a.turns[p] || a.turnAt[p] == 0 {
		return speaker{}
	}
	at := &a.said[a.turnAt[p]]
	return speaker{name: at.Speaker, typ: at.SpeakerType}
}
