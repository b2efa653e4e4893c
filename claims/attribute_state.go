package claims

import (
	"github.com/claimdiff/claimdiff/claims/rules"
	"github.com/claimdiff/claimdiff/claims/segment"
)

// The state of one attribution pass and its smallest helpers: the lowest
// of the attribution files (see attribute.go); it uses none of them.

// sentenceAttr is what one sentence says about its sources.
type sentenceAttr struct {
	according Attribution // "according to X" for the whole sentence
	accAt     int         // token of the according-to phrase
	indirect  Attribution // "X said (that) ..."
	hedge     string      // the first hedge phrase in the sentence
	cueAt     int         // token of the indirect cue, -1 for none
	// contentFrom is the first token the indirect cue's content may hold:
	// the sentence start when the speaker and cue close the sentence
	// ("..., police said"), else the token after the cue and its speaker.
	contentFrom int
	// contentTo ends it: the speaker, after a quote, else the sentence end.
	contentTo int
	// spFirst and spLast are the tokens naming the indirect speaker.
	spFirst, spLast int
}

// accordingInSubject reports an according-to phrase standing between the
// speaker and the cue: "The A.G., according to the Times, said ..." is the
// A.G.'s statement, reported via the Times.
func (sa *sentenceAttr) accordingInSubject() bool {
	return sa.according.Form != "" && sa.cueAt >= 0 && sa.spFirst >= 0 && sa.accAt > sa.spFirst && sa.accAt < sa.cueAt
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
	qattr   []Attribution
	// unit[q] is the first quote of the statement q belongs to: a quote that
	// continues or inherits its speaker joins the one before it.
	unit  []int
	sattr []sentenceAttr
	// found is every attribution made, for Result.Attributions, and
	// foundCue the cue tokens they stand at, so each cue counts once.
	found    []Attribution
	foundCue map[int]bool

	// surnames maps a person's last name to the full name seen earlier in
	// the document, so "Mr Pompeo" resolves to "Mike Pompeo".
	surnames map[string]string
	// recent holds, per sentence index, its subject and speakers.
	recent map[int]*sentenceSalience
	// roles maps a role noun to the person last named with it ("Governor
	// John Bel Edwards", "Peter Carr, a spokesman"), so "the governor"
	// resolves to him.
	roles map[string]string
	// gender maps a person's name to 'm' or 'f' where a title told it
	// ("Ms. Griffin"), so "she" does not resolve to Mr. Trump.
	gender map[string]byte
	// proper holds the words written capitalised somewhere other than at
	// the start of a sentence ("Iraqi", "US"), which keep their capital
	// when they open an unnamed speaker.
	proper map[string]bool
	// titleCase marks the sentences written in title case, as headlines
	// are ("Salma Hayek Described Her Experience"): a name there ends at
	// a cue verb.
	titleCase []bool
}

func newAttributor(txt *segment.Text, r *rules.Rules, in *rules.Input, names *nameCache) *attributor {
	quotes := findQuotes(txt)
	a := &attributor{txt: txt, in: in, r: r, names: names, quotes: quotes,
		inQuote: make([]int, len(txt.Tokens)), sentOf: make([]int32, len(txt.Tokens)),
		qattr: make([]Attribution, len(quotes)), unit: make([]int, len(quotes)),
		sattr:    make([]sentenceAttr, len(txt.Sentences)),
		surnames: map[string]string{}, foundCue: map[int]bool{}, recent: map[int]*sentenceSalience{}, roles: map[string]string{},
		gender: map[string]byte{}, proper: map[string]bool{}}
	for i := range a.inQuote {
		a.inQuote[i] = -1
	}
	a.titleCase = make([]bool, len(txt.Sentences))
	for si, s := range txt.Sentences {
		opening := true
		words, caps := 0, 0
		for i := s.First; i < s.Last; i++ {
			a.sentOf[i] = int32(si)
			t := &txt.Tokens[i]
			if t.Kind != segment.Word && t.Kind != segment.Number {
				continue
			}
			if t.Kind == segment.Word && len(t.Norm) > 3 {
				words++
				if t.Cap {
					caps++
				}
			}
			if t.Cap && !opening {
				a.proper[t.Norm] = true
			}
			opening = false
		}
		a.titleCase[si] = words >= 4 && 5*caps >= 4*words
	}
	for qi, q := range quotes {
		end := q.last
		if q.close >= 0 {
			end = q.close + 1
		}
		for i := q.open; i < end; i++ {
			a.inQuote[i] = qi
		}
	}
	for i := range a.unit {
		a.unit[i] = i
	}
	return a
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

func (a *attributor) salience(s int) *sentenceSalience {
	if a.recent[s] == nil {
		a.recent[s] = &sentenceSalience{}
	}
	return a.recent[s]
}

// forget drops salience older than the look-back window.
func (a *attributor) forget(s int) { delete(a.recent, s-lookbackSentences-1) }

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
