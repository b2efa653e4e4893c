package claims

import (
	"github.com/claimdiff/claimdiff/claims/english"
	"github.com/claimdiff/claimdiff/claims/ingest"
	"github.com/claimdiff/claimdiff/claims/mention"
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
	// sentence index ("" for one not folded yet); made at the document's
	// number of sentences when the first is.
	folded []string
	// buf is the room the stages use within the document and let go,
	// kept by the Extractor from one document to the next (nil: made).
	buf *buildBuffers
	// The slabs hold what the claims point to, made in chunks: the
	// document's own, which its result keeps.
	valueSlab  slab[mention.Value]
	dateSlab   slab[mention.DateValue]
	frameSlab  slab[Frame]
	anchorSlab slab[TimeAnchor]
}

// buildBuffers is the room of the builder's stages that no result keeps:
// slices emptied and maps cleared before the next document.
type buildBuffers struct {
	order                     []ranked
	seen, usedMention, asides []bool
	usedVictim                map[sentenceKey]bool
	sortIdx                   []int32 // sortClaims' indices
}

// buffers returns b's buffers, made when b has none.
func (b *builder) buffers() *buildBuffers {
	if b.buf == nil {
		b.buf = &buildBuffers{}
	}
	return b.buf
}

// slab hands out pointers to values of T made in chunks, one allocation a
// chunk rather than one a value. A chunk is never grown (what it holds is
// pointed to) nor reused: a builder's slabs hold its document's claims'
// values, which the result keeps. The first chunk is small, as most
// documents make few claims; each next one is twice the last, up to
// slabMax.
type slab[T any] struct{ free []T }

// slabMin and slabMax bound a slab's chunks.
const slabMin, slabMax = 4, 64

// reserve makes s's next chunk room for n values, the most a stage will
// ask for, when the chunk it has is full: one allocation, not several
// growing ones.
func (s *slab[T]) reserve(n int) {
	if len(s.free) == cap(s.free) && n > 0 {
		s.free = make([]T, 0, n)
	}
}

// new returns a pointer to a copy of v in s's chunk.
func (s *slab[T]) new(v T) *T {
	if len(s.free) == cap(s.free) {
		s.free = make([]T, 0, min(max(2*cap(s.free), slabMin), slabMax))
	}
	s.free = append(s.free, v)
	return &s.free[len(s.free)-1]
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
// carried whole is folded once, and its claims share the string. Most
// are their words one space apart, which the tokens' offsets tell
// (segment.Text.SpacedOnce) for less than searching the text: kept as
// they are, as oneLine would keep them (attribute_fold.go reads them so).
func (b *builder) sentence(si, start, end int) string {
	s := b.txt.Sentences[si]
	if s.End-s.Start > maxSentence {
		return sentenceAround(b.txt.Src[s.Start:s.End], start-s.Start, end-s.Start)
	}
	if b.folded == nil {
		b.folded = make([]string, len(b.txt.Sentences))
	}
	f := b.folded[si]
	if f == "" {
		f = b.txt.Src[s.Start:s.End]
		if !asWritten(b.txt, s) {
			f = oneLine(f)
		}
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
