package claims

import (
	"github.com/claimdiff/claimdiff/claims/english"
	"github.com/claimdiff/claimdiff/claims/ingest"
	"github.com/claimdiff/claimdiff/claims/names"
	"github.com/claimdiff/claimdiff/claims/rules"
	"github.com/claimdiff/claimdiff/claims/segment"
)

// builder is the state of one document's extraction that every stage
// reads: the document, its tokens and mentions, the rules, and the names it
// gives. It stands below the stages (frames, slots, casualties, event
// times), and Extract, which runs them, stands above them all.
type builder struct {
	doc   *ingest.Document
	txt   *segment.Text
	in    *rules.Input
	rules *rules.Rules
	names *nameCache
	// people holds the full names of persons the document gives, for
	// back-references ("Lopez" after "Ivan A. Lopez").
	people *names.Index
	// lastPerson is, per sentence, the person the sentences before it
	// are about, and the ones "he" and "she" stand for there.
	lastPerson goneOn
	// folded holds the sentences claims carry, folded to one line, by
	// sentence index.
	folded map[int]string
}

// span returns the source text of tokens [first, last).
func (b *builder) span(first, last int) string {
	if first >= last {
		return ""
	}
	return b.txt.Src[b.txt.Tokens[first].Start:b.txt.Tokens[last-1].End]
}

// nameAt returns the name that is tokens [first, last), normalised: the
// document's tokens read, not its text tokenised again.
func (b *builder) nameAt(first, last int) string {
	return b.names.at(b.txt, first, last)
}

// sentence returns sentence si as a claim at bytes [start, end) of the
// document carries it (sentenceAround). A sentence short enough to be
// carried whole is folded once, and its claims share the string.
func (b *builder) sentence(si, start, end int) string {
	s := b.txt.Sentences[si]
	if s.End-s.Start > maxSentence {
		return sentenceAround(b.txt.Src[s.Start:s.End], start-s.Start, end-s.Start)
	}
	if b.folded == nil {
		b.folded = map[int]string{}
	}
	f, ok := b.folded[si]
	if !ok {
		f = oneLine(b.txt.Src[s.Start:s.End])
		b.folded[si] = f
	}
	return f
}

// spanOf locates bytes [start, end) of the document.
func (b *builder) spanOf(start, end int) Span {
	line, col := b.txt.Lines.Pos(start)
	return Span{Start: start, End: end, Line: line, Col: col}
}

// goneOn is, per sentence, the person the sentences before it are about
// (any), and the ones a "he" and a "she" there stand for.
type goneOn struct{ any, he, she []string }

// standsFor is the person pronoun w stands for at the start of sentence si:
// "he", "his", "him" the last man or person of unknown sex, "she", "her"
// the last woman or such; any other word the person gone on about.
func (g goneOn) standsFor(w string, si int) string {
	if si < 0 || si >= len(g.any) {
		return ""
	}
	switch english.PronounGender(w) {
	case 'm':
		return g.he[si]
	case 'f':
		return g.she[si]
	}
	return g.any[si]
}
