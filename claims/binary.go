package claims

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"

	"github.com/claimdiff/claimdiff/claims/ingest"
	"github.com/claimdiff/claimdiff/claims/mention"
	"github.com/claimdiff/claimdiff/claims/segment"
	"github.com/claimdiff/claimdiff/claims/wordset"
)

// The binary form of a Result is what the extraction cache stores: its
// story terms first (StoryTerms, readable without the rest: see
// SplitStoryTerms), then the segmentation (tokens, sentences, paragraphs),
// the mentions, the claims and the attributions, without the document's
// text, which the reader supplies (the cache is keyed by it). Strings that are slices of the text
// (a token's form, a claim's words and sentence) are stored as offsets and
// come back as slices of it, so a decoded Result costs no more memory than
// an extracted one; other strings go through a table, each stored once.
// Claim ids, document ids and sources come from the document at decode
// time, so a cached result serves the same text under any name.

// AppendBinary appends the binary form of res to b. Words are stored when
// res has them (see FillWords).
func (res *Result) AppendBinary(b []byte) []byte {
	b = appendStoryTerms(b, res.StoryTerms)
	e := &encoder{src: res.Text.Src, index: map[string]int{}}
	e.text(res.Text)
	e.section(func() { writeList(e, res.Mentions, e.mention) })
	writeList(e, res.Claims, e.claim)
	writeList(e, res.Attributions, e.attribution)
	writeList(e, res.SentenceAttributions, e.attribution)
	e.bool(res.Words != nil)
	for _, ws := range res.Words {
		e.uint(len(ws))
		for _, w := range ws {
			e.str(w, -1)
		}
	}
	stmts := res.Words != nil && res.Statements != nil && len(res.Statements) == len(res.Words)
	e.bool(stmts)
	if stmts {
		for i := range res.Statements {
			e.statement(&res.Statements[i], res.Words[i])
		}
	}
	quoted := res.Passages != nil && len(res.Passages) == len(res.Claims)
	e.bool(quoted)
	if quoted {
		writeList(e, res.Passages, func(ps *[][]string) {
			writeList(e, *ps, func(ws *[]string) {
				writeList(e, *ws, func(w *string) { e.str(*w, -1) })
			})
		})
	}
	// the string table first, so the decoder has it before the body
	b = binary.AppendUvarint(b, uint64(len(e.table)))
	for _, s := range e.table {
		b = binary.AppendUvarint(b, uint64(len(s)))
		b = append(b, s...)
	}
	return append(b, e.buf...)
}

// DecodeOptions say how much of a Result to rebuild, and how.
type DecodeOptions struct {
	// ForComparison leaves out the tokens and the mentions (Text.Tokens
	// and Mentions are nil) and wants Words: what comparison reads, at a
	// fraction of the memory. A form without Words is then an error.
	ForComparison bool
	// Intern, when set, returns the string of stored bytes: strings many
	// results share (words, kinds, rules) can then be kept once for all.
	Intern func([]byte) string
	// Filter, when set, says which claims and which sentences' words of
	// the result to build: the others are read past, never allocated.
	Filter DecodeFilter
	// Table, when set, is the string table of a pack the form was taken
	// from (SharedForm): its strings are numbers into Table, and it has
	// no tokens and no story terms (the pack keeps those apart), so
	// ForComparison must be set too.
	Table []string
}

// A DecodeFilter chooses, while one result is decoded, which of its claims
// and which of its sentences' words are built: a caller that keeps only
// part of each result (compare.Focus) then never allocates the rest. A
// filter serves one result. A result decoded through a filter has no
// Attributions (the list of every attribution found): what a claim or a
// sentence says of its source is in its own Attribution and in
// SentenceAttributions.
type DecodeFilter interface {
	// Claim is asked of each claim in order, decoded whole but for its
	// ID, and valid only during the call (what it points to is reused for
	// the next); a claim left out keeps its number in the others' IDs.
	Claim(c *Claim) bool
	// Words is asked, after every claim, of each sentence's words in
	// order; words is only valid during the call.
	Words(sentence int, words []string) bool
	// Source is asked, after every sentence's words, of each sentence
	// whose words were kept, in order, when the result has statement
	// words (all, the sentence's StatementWords.All; a, its attribution
	// without its spans; both valid only during the call): whether the
	// sentence's attribution and the words it covers
	// (StatementWords.Inside) are built too. Without statement words, the
	// attribution of every sentence whose words were kept is built.
	Source(sentence int, all []string, a *Attribution) bool
	// Finish returns the result decoded through the filter as its owner
	// keeps it (for a Trimmer's filter: what Trim of the whole gives).
	Finish(res *Result) *Result
}

// A Trimmer keeps of each result only what its caller reads, so that many
// results fit in little memory (compare.Focus is one).
type Trimmer interface {
	// Trim returns what the caller reads of res; res is not changed.
	Trim(res *Result) *Result
	// DecodeFilter returns a new filter that builds, of one result
	// decoded, no more than Trim keeps of it.
	DecodeFilter() DecodeFilter
}

// DecodeResult rebuilds the Result of doc from its binary form. Every
// offset and count is checked, so damaged or foreign data gives an error,
// never a panic or a Result that points outside the text.
func DecodeResult(data []byte, doc *ingest.Document, opt DecodeOptions) (res *Result, err error) {
	var derr error
	d := &decoder{buf: data, src: doc.Text, lean: opt.ForComparison, err: &derr}
	defer func() {
		if err == nil && *d.err != nil {
			err = *d.err
		}
		if err != nil {
			res = nil
		}
	}()
	var terms []string
	if opt.Table == nil {
		terms = d.storyTerms(opt.Intern)
	}
	if err := d.readTable(opt); err != nil {
		return nil, err
	}
	res = &Result{Doc: doc, Text: d.text(), StoryTerms: terms}
	if *d.err != nil {
		return nil, *d.err
	}
	sec := d.section()
	d.mentions = sec.count(6)
	if !d.lean {
		res.Mentions = makeN[mention.Mention](d.mentions)
		for i := range res.Mentions {
			res.Mentions[i] = sec.mention()
		}
		sec.end()
	}
	var kept []int // with a filter, the claims it keeps
	var nclaims int
	res.Claims, kept, nclaims = d.claims(doc, len(res.Text.Sentences), opt.Filter)
	if n := d.count(1); opt.Filter != nil {
		var a Attribution
		for range n {
			d.attributionKept(&a, false) // read past, as checked as the others
		}
	} else {
		res.Attributions = makeN[Attribution](n)
		for i := range res.Attributions {
			d.attribution(&res.Attributions[i])
		}
	}
	d.sentenceParts(res, opt.Filter)
	res.Passages = d.passages(nclaims, kept, opt.Filter != nil)
	if *d.err == nil && len(d.buf) != 0 {
		*d.err = errors.New("trailing bytes")
	}
	if *d.err == nil {
		*d.err = res.checkIndices(d.tokens, d.mentions)
	}
	return res, *d.err
}

// readTable reads the form's string table: its own, or with opt.Table the
// numbers of a shared form's strings in it.
func (d *decoder) readTable(opt DecodeOptions) error {
	if opt.Table != nil {
		if !d.lean {
			return errors.New("a shared form has no tokens: decode it for comparison")
		}
		n := d.count(4)
		d.ids, d.shared = d.buf[:4*n], opt.Table
		d.buf = d.buf[4*n:]
		return *d.err
	}
	d.table = make([]string, d.count(1))
	for i := range d.table {
		l := d.count(1)
		if *d.err != nil {
			return *d.err
		}
		if opt.Intern != nil {
			d.table[i] = opt.Intern(d.buf[:l])
		} else {
			d.table[i] = string(d.buf[:l])
		}
		d.buf = d.buf[l:]
	}
	return *d.err
}

// sentenceParts reads what res holds per sentence: its attribution, its
// content words and its statement words; with a filter, of the sentences
// whose words it keeps only (see keptAttributions).
func (d *decoder) sentenceParts(res *Result, filter DecodeFilter) {
	nsa, sentAttrs := d.count(1), d.buf
	if nsa != len(res.Text.Sentences) {
		d.fail("sentence attributions: not one a sentence")
	}
	if filter == nil {
		res.SentenceAttributions = make([]Attribution, nsa)
		for i := range res.SentenceAttributions {
			d.attribution(&res.SentenceAttributions[i])
		}
	}
	var who func(i int) (*Attribution, bool) // with a filter: sentence i's, without spans, for Source
	var at []int32                           // with a filter: where each sentence's starts in sentAttrs
	if filter != nil {
		at, who = d.attributionsAt(sentAttrs, nsa)
	}
	var lens []int
	if d.bool() {
		res.Words, lens = d.words(len(res.Text.Sentences), filter)
	} else if d.lean {
		d.fail("entry: no words")
	}
	var sourced []bool // the sentences whose attributions are built
	if d.bool() {
		res.Statements, sourced = d.statements(res.Words, lens, filter, who)
	} else if filter != nil {
		sourced = make([]bool, len(res.Words))
		for i := range res.Words {
			sourced[i] = res.Words[i] != nil
		}
	}
	if filter != nil && *d.err == nil {
		res.KeptAttributions = d.keptAttributions(sentAttrs, at, sourced)
	}
}

// attributionsAt reads past the n sentence attributions at the start of
// buf, as checked as those built, and returns where each starts in buf,
// and a function to read sentence i's again, without its spans, into one
// Attribution reused for every call (false for i out of range). A filter
// asks of the few sentences it keeps the words of, so no slice of them
// all is built.
func (d *decoder) attributionsAt(buf []byte, n int) ([]int32, func(i int) (*Attribution, bool)) {
	at := make([]int32, n) // each one's offset in buf
	var a Attribution
	for i := range at {
		at[i] = int32(len(buf) - len(d.buf))
		d.attributionKept(&a, false)
	}
	return at, func(i int) (*Attribution, bool) {
		if i >= len(at) || *d.err != nil {
			return nil, false
		}
		again := *d
		again.buf = buf[at[i]:]
		again.attributionKept(&a, false)
		return &a, true
	}
}

// claims reads doc's claims, those filter keeps when it is set, with
// their numbers (nil without a filter: all are kept) and how many there
// are. A claim left out is checked as checkIndices checks the others.
func (d *decoder) claims(doc *ingest.Document, sentences int, filter DecodeFilter) ([]Claim, []int, int) {
	n := d.count(16)
	if filter == nil {
		cs := makeN[Claim](n)
		for i := range cs {
			d.claim(&cs[i])
			cs[i].Doc, cs[i].Source, cs[i].ID = doc.ID, doc.Source, claimID(doc.ID, i)
		}
		return cs, nil, n
	}
	// each claim decoded into one place to be chosen, and those kept (a
	// filter keeps few of a baseline article's) decoded again into a slice
	// of their number
	type kept struct {
		at []byte // the claim's bytes onwards
		i  int
	}
	var keep []kept
	var c Claim
	d.tmp = new(scratch) // what c points to: chosen, not kept
	defer func() { d.tmp = nil }()
	for i := range n {
		at := d.buf
		c = Claim{}
		d.claim(&c)
		c.Doc, c.Source = doc.ID, doc.Source
		if *d.err == nil && !filter.Claim(&c) {
			if !c.within(sentences, d.tokens, d.mentions) {
				d.fail("claim position")
			}
			continue
		}
		keep = append(keep, kept{at, i})
	}
	if n == 0 || *d.err != nil {
		return nil, nil, n
	}
	cs := make([]Claim, len(keep)) // empty, not nil, when none is kept: as Trim keeps none of some
	at := make([]int, len(keep))
	for k, kc := range keep {
		again := *d
		again.buf, again.tmp = kc.at, nil
		again.claim(&cs[k])
		cs[k].Doc, cs[k].Source, cs[k].ID = doc.ID, doc.Source, claimID(doc.ID, kc.i)
		at[k] = kc.i
	}
	return cs, at, n
}

// passages reads the quoted passages' words of the n claims (Passages),
// when the form has them: with build, those of the claims kept (their
// numbers, in order), else none (read past).
func (d *decoder) passages(n int, kept []int, build bool) [][][]string {
	if !d.bool() {
		return nil
	}
	if d.count(1) != n {
		d.fail("passages: not a list a claim")
		return nil
	}
	var out [][][]string
	if build {
		out = make([][][]string, len(kept))
	}
	k := 0
	for i := range n {
		keep := build && k < len(kept) && kept[k] == i
		var ps [][]string
		np := d.count(1)
		if keep && np > 0 {
			ps = make([][]string, np)
		}
		for p := range np {
			nw := d.count(1)
			var ws []string
			if keep {
				ws = make([]string, nw)
			}
			for j := range nw {
				if w := d.str(-1); keep {
					ws[j] = w
				}
			}
			if keep {
				ps[p] = ws
			}
		}
		if keep {
			out[k] = ps
			k++
		}
	}
	return out
}

// claimID is the ID of claim i (from 0) of document doc.
func claimID(doc string, i int) string { return doc + "#" + strconv.Itoa(i+1) }

// words reads each sentence's content words, those filter keeps when it
// is set (nil for the others), and how many each sentence has.
func (d *decoder) words(sentences int, filter DecodeFilter) ([][]string, []int) {
	out := make([][]string, sentences)
	lens := make([]int, sentences)
	var scratch []string
	for i := range out {
		n := d.count(1)
		lens[i] = n
		if filter == nil {
			ws := makeN[string](n)
			for k := range ws {
				ws[k] = d.str(-1)
			}
			out[i] = ws
			continue
		}
		scratch = scratch[:0]
		for range n {
			scratch = append(scratch, d.str(-1))
		}
		if n > 0 && filter.Words(i, scratch) {
			out[i] = slices.Clone(scratch)
		}
	}
	return out, lens
}

// Statement words are stored against the sentence's content words, which
// they mostly repeat: mode 0 is the same words, 1 a subset (their indices),
// 2 words of their own; Inside likewise against All, with 0 for none.
const (
	sameWords byte = iota
	someWords
	ownWords
)

// statement writes a sentence's statement words, given its content words.
func (e *encoder) statement(s *StatementWords, words []string) {
	if slices.Equal(s.All, words) {
		e.buf = append(e.buf, sameWords)
	} else {
		e.subset(s.All, words)
	}
	if s.Inside == nil {
		e.buf = append(e.buf, sameWords) // none: the attribution covers the whole sentence
		return
	}
	e.subset(s.Inside, s.All)
}

// subset writes the sorted words ws as indices into the sorted words of,
// or as words of their own when some are not in it.
func (e *encoder) subset(ws, of []string) {
	at := make([]int, 0, len(ws))
	for _, w := range ws {
		k, ok := slices.BinarySearch(of, w)
		if !ok {
			e.buf = append(e.buf, ownWords)
			e.uint(len(ws))
			for _, w := range ws {
				e.str(w, -1)
			}
			return
		}
		at = append(at, k)
	}
	e.buf = append(e.buf, someWords)
	e.uint(len(at))
	for _, k := range at {
		e.uint(k)
	}
}

// statements reads each sentence's statement words, given the sentences'
// content words as decoded (nil where a filter left them out) and how many
// each has: those of a sentence whose words were left out (filtered: or
// that has none) are read past, and so are the words its attribution
// covers (Inside) where the filter builds no attribution (Source, told
// each sentence's attribution as who holds it). With a filter, it also
// reports the sentences whose attributions are built.
func (d *decoder) statements(words [][]string, lens []int, filter DecodeFilter, who func(int) (*Attribution, bool)) ([]StatementWords, []bool) {
	if words == nil {
		d.fail("statements without words")
		return nil, nil
	}
	out := make([]StatementWords, len(lens))
	var sourced []bool
	if filter != nil {
		sourced = make([]bool, len(lens))
	}
	for i, n := range lens {
		kept := words[i] != nil || n == 0 && filter == nil
		all, na := d.subsetOf(words[i], n, kept, true)
		if kept && all == nil {
			all = []string{}
		}
		src := kept
		if kept && filter != nil && *d.err == nil {
			if a, ok := who(i); ok {
				src = filter.Source(i, all, a)
				sourced[i] = src
			}
		}
		inside, _ := d.subsetOf(all, na, src, false)
		if kept {
			out[i] = StatementWords{All: all, Inside: inside}
		}
	}
	return out, sourced
}

// subsetOf reads words stored by subset against of, which has n words
// (and is nil when not kept: the words are then read past). The mode
// sameWords is of itself when same, else none. It returns the words and
// how many they are.
func (d *decoder) subsetOf(of []string, n int, kept, same bool) ([]string, int) {
	switch d.byte() {
	case sameWords:
		if same {
			return of, n
		}
		return nil, 0
	case someWords:
		m := d.count(1)
		var out []string
		if kept {
			out = make([]string, 0, m)
		}
		prev := -1
		for range m {
			k := d.uint()
			if k >= n || k <= prev {
				d.fail("statement word")
				return nil, 0
			}
			prev = k
			if kept {
				out = append(out, of[k])
			}
		}
		return out, m
	case ownWords:
		m := d.count(1)
		var out []string
		if kept {
			out = make([]string, 0, m)
		}
		for range m {
			w := d.str(-1)
			if kept {
				out = append(out, w)
			}
		}
		return out, m
	}
	d.fail("statement words")
	return nil, 0
}

// checkIndices reports indices of a decoded Result that point outside its
// tokens or sentences.
func (res *Result) checkIndices(nt, nm int) error {
	ns := len(res.Text.Sentences)
	for _, m := range res.Mentions {
		if m.Last > nt || m.Person[0] < -1 || m.Person[0] > nt || m.Person[1] < -1 || m.Person[1] > nt {
			return errors.New("bad mention")
		}
	}
	for i := range res.Claims {
		if !res.Claims[i].within(ns, nt, nm) {
			return errors.New("bad claim position")
		}
	}
	return nil
}

// within reports whether a decoded claim's indices lie within a result of
// ns sentences, nt tokens and nm mentions. A quote's value index is unset
// (no mention states it), so only its sign is checked.
func (c *Claim) within(ns, nt, nm int) bool {
	if c.sent >= ns || c.tok >= nt || c.val < -1 {
		return false
	}
	return c.Kind == KindQuote || c.val < nm
}

// makeN makes n items, nil for none (as extraction leaves them).
func makeN[T any](n int) []T {
	if n == 0 {
		return nil
	}
	return make([]T, n)
}

type encoder struct {
	buf   []byte
	src   string
	index map[string]int
	table []string
}

func (e *encoder) uint(v int) { e.buf = binary.AppendUvarint(e.buf, uint64(v)) }
func (e *encoder) int(v int)  { e.buf = binary.AppendVarint(e.buf, int64(v)) }
func (e *encoder) bool(v bool) {
	if v {
		e.buf = append(e.buf, 1)
	} else {
		e.buf = append(e.buf, 0)
	}
}
func (e *encoder) float(v float64) {
	e.buf = binary.LittleEndian.AppendUint64(e.buf, math.Float64bits(v))
}

// Strings: 0 is "", 1 a slice of the text at the hint (then its length),
// 2+k entry k of the table.
func (e *encoder) str(s string, hint int) {
	switch {
	case s == "":
		e.uint(0)
	case hint >= 0 && hint+len(s) <= len(e.src) && e.src[hint:hint+len(s)] == s:
		e.uint(1)
		e.uint(len(s))
	default:
		k, ok := e.index[s]
		if !ok {
			k = len(e.table)
			e.index[s] = k
			e.table = append(e.table, s)
		}
		e.uint(k + 2)
	}
}

// section writes what fn encodes after its length in bytes, so that a
// reader can skip it.
func (e *encoder) section(fn func()) {
	outer := e.buf
	e.buf = nil
	fn()
	inner := e.buf
	e.buf = binary.AppendUvarint(outer, uint64(len(inner)))
	e.buf = append(e.buf, inner...)
}

func (e *encoder) text(t *segment.Text) {
	e.uint(len(t.Src))
	e.uint(len(t.Tokens))
	e.section(func() {
		prev := 0
		for _, tk := range t.Tokens {
			e.uint(tk.Start - prev)
			e.uint(tk.End - tk.Start)
			flags := byte(tk.Kind) | tk.Newlines<<3
			if tk.Cap {
				flags |= 1 << 2
			}
			e.buf = append(e.buf, flags)
			e.str(tk.Norm, tk.Start)
			prev = tk.End
		}
	})
	writeList(e, t.Sentences, func(s *segment.Sentence) {
		e.ranged(s.Start, s.End)
		e.ranged(s.First, s.Last)
		e.uint(s.Para)
	})
	writeList(e, t.Paragraphs, func(p *segment.Paragraph) {
		e.ranged(p.Start, p.End)
		e.ranged(p.First, p.Last)
	})
}

// ranged writes a range [start, end) as its start and length (read back by
// the decoder's offsets, for a range of text, or indices, for a range of
// items).
func (e *encoder) ranged(start, end int) {
	e.uint(start)
	e.uint(end - start)
}

func (e *encoder) mention(m *mention.Mention) {
	e.str(string(m.Type), -1)
	e.ranged(m.First, m.Last)
	e.value(m.Value)
	e.date(m.Date)
	e.int(m.Person[0])
	e.int(m.Person[1])
}

func (e *encoder) value(v *mention.Value) {
	e.bool(v != nil)
	if v == nil {
		return
	}
	e.float(v.Number)
	writeOptional(e, v.Low, e.float)
	writeOptional(e, v.High, e.float)
	e.str(string(v.Bound), -1)
	e.str(v.Unit, -1)
	e.bool(v.Vague)
}

func (e *encoder) date(d *mention.DateValue) {
	e.bool(d != nil)
	if d == nil {
		return
	}
	e.str(d.Start, -1)
	e.str(d.End, -1)
	e.bool(d.YearInferred)
	e.str(d.Precision, -1)
}

func (e *encoder) span(s Span) {
	e.ranged(s.Start, s.End)
	e.uint(s.Line)
	e.uint(s.Col)
}

// writeList writes a list: its length, then each item.
func writeList[T any](e *encoder, xs []T, write func(*T)) {
	e.uint(len(xs))
	for i := range xs {
		write(&xs[i])
	}
}

// writeOptional writes a value that may be absent: a flag, then the value
// when there is one (read back by optional).
func writeOptional[T any](e *encoder, p *T, write func(T)) {
	e.bool(p != nil)
	if p != nil {
		write(*p)
	}
}

func (e *encoder) claim(c *Claim) {
	e.str(c.Kind, -1)
	e.str(c.Rule, -1)
	e.value(c.Value)
	e.date(c.Date)
	e.str(c.Subject, -1)
	e.str(c.Place, -1)
	e.str(c.Victim, -1)
	e.span(c.Span)
	e.span(c.SentenceSpan)
	e.str(c.Text, c.Span.Start)
	e.str(c.Sentence, c.SentenceSpan.Start)
	e.attribution(&c.Attribution)
	e.bool(c.Frame != nil)
	if f := c.Frame; f != nil {
		e.str(f.Measured, -1)
		e.str(f.Head, -1)
		e.str(f.Entity, -1)
		e.bool(f.Change)
		e.str(f.Direction, -1)
		e.str(f.Per, -1)
		e.str(f.Scope, -1)
		e.str(f.Perpetrator, -1)
		e.str(f.Cause, -1)
		e.bool(f.Time != nil)
		if a := f.Time; a != nil {
			for _, s := range []string{a.Text, a.Start, a.End, a.Precision, a.Clock, a.Zone, a.Instant} {
				e.str(s, -1)
			}
			e.bool(a.Relative)
			e.str(a.Qualifier, -1)
		}
	}
	e.uint(c.sent)
	e.uint(c.tok)
	e.int(c.val)
}

// bareAttribution is the one byte an attribution none is written as
// (most sentences are bare statements); any other opens with a 0.
const bareAttribution = 1

func (e *encoder) attribution(a *Attribution) {
	if *a == none {
		e.buf = append(e.buf, bareAttribution)
		return
	}
	e.buf = append(e.buf, 0)
	hint := -1
	if a.Span != nil {
		hint = a.Span.Start
	}
	writeOptional(e, a.Span, e.span)
	writeOptional(e, a.CueSpan, e.span)
	e.str(a.Speaker, hint)
	e.str(string(a.SpeakerType), -1)
	cueHint := -1
	if a.CueSpan != nil {
		cueHint = a.CueSpan.Start
	}
	e.str(a.Cue, cueHint)
	e.str(string(a.Form), -1)
	e.bool(a.Hedged)
	e.str(a.Hedge, -1)
	e.str(a.Via, -1)
	e.bool(a.ModelCue)
}

// decoder reads the binary form; the first error sticks and later reads
// return zero values.
type decoder struct {
	buf      []byte
	src      string
	table    []string
	tmp      *scratch // when set, where decoded claims point (see scratch)
	ids      []byte   // a shared form's table: 4-byte numbers into shared
	shared   []string // DecodeOptions.Table
	lean     bool     // DecodeOptions.ForComparison
	tokens   int      // the document's token count, whether decoded or not
	mentions int      // and its mention count
	err      *error
}

func (d *decoder) fail(what string) {
	if *d.err == nil {
		*d.err = fmt.Errorf("bad %s", what)
	}
}

// section returns a decoder for the next section and moves past it.
func (d *decoder) section() *decoder {
	n := d.uint()
	if n > len(d.buf) {
		d.fail("section")
		n = 0
	}
	sec := *d
	sec.buf = d.buf[:n]
	d.buf = d.buf[n:]
	return &sec
}

// end checks that a section was read to its end.
func (d *decoder) end() {
	if len(d.buf) != 0 {
		d.fail("section end")
	}
}

func (d *decoder) uint() int {
	if *d.err != nil {
		return 0
	}
	v, n := binary.Uvarint(d.buf)
	if n <= 0 || v > math.MaxInt32 {
		d.fail("number")
		return 0
	}
	d.buf = d.buf[n:]
	return int(v)
}

func (d *decoder) int() int {
	if *d.err != nil {
		return 0
	}
	v, n := binary.Varint(d.buf)
	if n <= 0 || v > math.MaxInt32 || v < math.MinInt32 {
		d.fail("number")
		return 0
	}
	d.buf = d.buf[n:]
	return int(v)
}

// count reads a length whose items take at least min bytes each, so a
// damaged count cannot make a huge allocation.
func (d *decoder) count(size int) int {
	n := d.uint()
	if n*size > len(d.buf) {
		d.fail("count")
		return 0
	}
	return n
}

func (d *decoder) byte() byte {
	if *d.err != nil {
		return 0
	}
	if len(d.buf) == 0 {
		d.fail("byte")
		return 0
	}
	b := d.buf[0]
	d.buf = d.buf[1:]
	return b
}

func (d *decoder) bool() bool {
	switch d.byte() {
	case 0:
		return false
	case 1:
		return true
	}
	d.fail("flag")
	return false
}

func (d *decoder) float() float64 {
	if *d.err != nil {
		return 0
	}
	if len(d.buf) < 8 {
		d.fail("float")
		return 0
	}
	v := math.Float64frombits(binary.LittleEndian.Uint64(d.buf))
	d.buf = d.buf[8:]
	return v
}

func (d *decoder) str(hint int) string {
	k := d.uint()
	switch {
	case *d.err != nil || k == 0:
		return ""
	case k == 1:
		l := d.uint()
		if hint < 0 || hint+l > len(d.src) {
			d.fail("text slice")
			return ""
		}
		return d.src[hint : hint+l]
	case k-2 < len(d.table):
		return d.table[k-2]
	case 4*(k-2) < len(d.ids):
		if id := binary.LittleEndian.Uint32(d.ids[4*(k-2):]); int(id) < len(d.shared) {
			return d.shared[id]
		}
	}
	d.fail("string")
	return ""
}

// offset reads a byte range [start, start+len) that must lie in the text.
func (d *decoder) offsets() (int, int) {
	start := d.uint()
	end := start + d.uint()
	if end > len(d.src) {
		d.fail("offset")
		return 0, 0
	}
	return start, end
}

// indices reads an index range [first, first+len) within n items.
func (d *decoder) indices(n int) (int, int) {
	first := d.uint()
	last := first + d.uint()
	if last > n {
		d.fail("index")
		return 0, 0
	}
	return first, last
}

func (d *decoder) text() *segment.Text {
	if d.uint() != len(d.src) {
		d.fail("text length")
		return nil
	}
	t := &segment.Text{Src: d.src}
	d.tokens = d.uint()
	sec := d.section()
	if d.tokens > len(sec.buf)/4 && d.shared == nil { // a shared form has none
		d.fail("token count")
	}
	if !d.lean {
		t.Tokens = make([]segment.Token, d.tokens)
		prev := 0
		for i := range t.Tokens {
			tk := &t.Tokens[i]
			tk.Start = prev + sec.uint()
			tk.End = tk.Start + sec.uint()
			if tk.End > len(d.src) {
				d.fail("token")
				return nil
			}
			flags := sec.byte()
			tk.Kind = segment.Kind(flags & 3)
			tk.Cap = flags&(1<<2) != 0
			tk.Newlines = flags >> 3
			tk.Norm = sec.str(tk.Start)
			tk.Key = wordset.KeyOf(tk.Norm) // as the tokeniser sets it
			prev = tk.End
		}
		sec.end()
	}
	t.Sentences = makeN[segment.Sentence](d.count(5))
	for i := range t.Sentences {
		s := &t.Sentences[i]
		s.Start, s.End = d.offsets()
		s.First, s.Last = d.indices(d.tokens)
		s.Para = d.uint()
	}
	t.Paragraphs = makeN[segment.Paragraph](d.count(4))
	for i := range t.Paragraphs {
		p := &t.Paragraphs[i]
		p.Start, p.End = d.offsets()
		p.First, p.Last = d.indices(len(t.Sentences))
	}
	for _, s := range t.Sentences {
		if s.Para >= len(t.Paragraphs) {
			d.fail("paragraph index")
		}
	}
	if *d.err != nil {
		return nil
	}
	if d.lean { // comparison asks the positions of a few sentences at most
		t.Lines = segment.LazyLines(d.src)
	} else {
		t.Lines = segment.NewLines(d.src)
	}
	return t
}

func (d *decoder) mention() mention.Mention {
	var m mention.Mention
	m.Type = mention.Type(d.str(-1))
	m.First = d.uint()
	m.Last = m.First + d.uint()
	m.Value = d.value()
	m.Date = d.date()
	m.Person = [2]int{d.int(), d.int()}
	return m
}

func (d *decoder) value() *mention.Value {
	if !d.bool() {
		return nil
	}
	v := fresh(d, func(s *scratch) *mention.Value { return &s.value })
	v.Number = d.float()
	v.Low = optional(d, d.float, func(s *scratch) *float64 { return &s.low })
	v.High = optional(d, d.float, func(s *scratch) *float64 { return &s.high })
	v.Bound = mention.Bound(d.str(-1))
	v.Unit = d.str(-1)
	v.Vague = d.bool()
	return v
}

func (d *decoder) date() *mention.DateValue {
	if !d.bool() {
		return nil
	}
	v := fresh(d, func(s *scratch) *mention.DateValue { return &s.date })
	v.Start, v.End = d.str(-1), d.str(-1)
	v.YearInferred = d.bool()
	v.Precision = d.str(-1)
	return v
}

func (d *decoder) span() Span {
	var s Span
	s.Start, s.End = d.offsets()
	s.Line = d.uint()
	s.Col = d.uint()
	return s
}

// scratch is where a decoder with one (decoder.tmp) puts what a decoded
// claim points to, each decoded claim over the last: a filtered decoding
// reads every claim to choose, and decodes those it keeps again.
type scratch struct {
	value     mention.Value
	low, high float64
	date      mention.DateValue
	frame     Frame
	time      TimeAnchor
	span, cue Span
}

// fresh is a new zero T, or with the decoder's scratch its place there,
// zeroed.
func fresh[T any](d *decoder, place func(*scratch) *T) *T {
	if d.tmp == nil {
		return new(T)
	}
	p := place(d.tmp)
	var zero T
	*p = zero
	return p
}

// optional reads a value that may be absent (a flag, then the value when
// the flag is set), as writeOptional writes it, where fresh puts one.
func optional[T any](d *decoder, read func() T, place func(*scratch) *T) *T {
	if !d.bool() {
		return nil
	}
	p := fresh(d, place)
	*p = read()
	return p
}

func (d *decoder) claim(c *Claim) {
	c.Kind = d.str(-1)
	c.Rule = d.str(-1)
	c.Value = d.value()
	c.Date = d.date()
	c.Subject = d.str(-1)
	c.Place = d.str(-1)
	c.Victim = d.str(-1)
	c.Span = d.span()
	c.SentenceSpan = d.span()
	c.Text = d.str(c.Span.Start)
	c.Sentence = d.str(c.SentenceSpan.Start)
	d.attribution(&c.Attribution)
	if d.bool() {
		c.Frame = fresh(d, func(s *scratch) *Frame { return &s.frame })
		*c.Frame = Frame{Measured: d.str(-1), Head: d.str(-1), Entity: d.str(-1), Change: d.bool(),
			Direction: d.str(-1), Per: d.str(-1), Scope: d.str(-1), Perpetrator: d.str(-1), Cause: d.str(-1)}
		if d.bool() {
			c.Frame.Time = fresh(d, func(s *scratch) *TimeAnchor { return &s.time })
			*c.Frame.Time = TimeAnchor{Text: d.str(-1), Start: d.str(-1), End: d.str(-1), Precision: d.str(-1),
				Clock: d.str(-1), Zone: d.str(-1), Instant: d.str(-1), Relative: d.bool(), Qualifier: d.str(-1)}
		}
	}
	c.sent = d.uint()
	c.tok = d.uint()
	c.val = d.int()
}

func (d *decoder) attribution(a *Attribution) { d.attributionKept(a, true) }

// attributionKept reads an attribution into a, or, unless keep, reads it
// past as checked as one kept, allocating nothing.
func (d *decoder) attributionKept(a *Attribution, keep bool) {
	switch d.byte() {
	case bareAttribution:
		*a = none
		return
	case 0:
	default:
		d.fail("attribution")
		return
	}
	var span, cueSpan Span
	hasSpan := d.bool()
	if hasSpan {
		span = d.span()
	}
	hasCue := d.bool()
	if hasCue {
		cueSpan = d.span()
	}
	a.Span, a.CueSpan = nil, nil
	if hasSpan && keep {
		a.Span = fresh(d, func(s *scratch) *Span { return &s.span })
		*a.Span = span
	}
	if hasCue && keep {
		a.CueSpan = fresh(d, func(s *scratch) *Span { return &s.cue })
		*a.CueSpan = cueSpan
	}
	hint, cueHint := -1, -1
	if hasSpan {
		hint = span.Start
	}
	if hasCue {
		cueHint = cueSpan.Start
	}
	a.Speaker = d.str(hint)
	a.SpeakerType = SpeakerType(d.str(-1))
	a.Cue = d.str(cueHint)
	a.Form = Form(d.str(-1))
	a.Hedged = d.bool()
	a.Hedge = d.str(-1)
	a.Via = d.str(-1)
	a.ModelCue = d.bool()
}

// keptAttributions builds the sentence attributions of the sentences a
// filter keeps them of (keep[i]: the ones statement alignment reads, and
// their neighbours, withContext),
// as a result's KeptAttributions, reading each where it starts in buf
// (at, attributionsAt's) and nothing of the others. Trim of a whole
// result keeps the same (compare.Focus, Result.KeepAttributions).
func (d *decoder) keptAttributions(buf []byte, at []int32, keep []bool) *KeptAttributions {
	keep = withContext(keep)
	kept, bare := 0, 0
	for i := range min(len(at), len(keep)) {
		if keep[i] {
			kept++
			if buf[at[i]] == bareAttribution {
				bare++
			}
		}
	}
	k := newKeptAttributions(kept, bare)
	again := *d
	for i := range min(len(at), len(keep)) {
		if keep[i] {
			var a Attribution
			again.buf = buf[at[i]:]
			again.attribution(&a)
			k.add(i, a)
		}
	}
	return k
}

// SharedForm rewrites the binary form of a result (AppendBinary's) for a
// pack of many: the strings of its table become numbers given by id (into
// the pack's one table, DecodeOptions.Table), 4 bytes each, and its
// tokens, which comparison never reads, are left out. The result decodes
// from it for comparison as from the form itself. The form is checked
// only as far as it is rewritten: a damaged one gives an error or a
// shared form that fails to decode.
func SharedForm(dst, form []byte, id func(s []byte) uint32) ([]byte, error) {
	var derr error
	d := &decoder{buf: form, err: &derr}
	d.eachStoryTerm(nil, func([]byte) {}) // read past: the pack keeps them apart
	n := d.count(1)
	dst = binary.AppendUvarint(dst, uint64(n))
	for range n {
		l := d.count(1)
		if derr != nil {
			return nil, derr
		}
		dst = binary.LittleEndian.AppendUint32(dst, id(d.buf[:l]))
		d.buf = d.buf[l:]
	}
	src, tokens := d.uint(), d.uint()
	d.section() // the tokens: left out
	if derr != nil {
		return nil, derr
	}
	dst = binary.AppendUvarint(dst, uint64(src))
	dst = binary.AppendUvarint(dst, uint64(tokens))
	dst = binary.AppendUvarint(dst, 0)
	return append(dst, d.buf...), nil
}

// appendStoryTerms appends the story terms: 0 for none (nil), else their
// count plus one, then each as its length and bytes.
func appendStoryTerms(b []byte, terms []string) []byte {
	if terms == nil {
		return append(b, 0)
	}
	b = binary.AppendUvarint(b, uint64(len(terms))+1)
	for _, t := range terms {
		b = binary.AppendUvarint(b, uint64(len(t)))
		b = append(b, t...)
	}
	return b
}

// eachStoryTerm reads the story terms at the start of a form, passing
// their number to sized (when set) and then each to yield as bytes valid
// only during the call, and reports whether the form has any (none: nil
// terms).
func (d *decoder) eachStoryTerm(sized func(n int), yield func(term []byte)) (has bool) {
	n := d.uint()
	if n == 0 || *d.err != nil {
		return false
	}
	if n--; n > len(d.buf) { // each term takes a byte at least
		d.fail("story terms")
		return false
	}
	if sized != nil {
		sized(n)
	}
	for range n {
		l := d.uint()
		if *d.err != nil || l > len(d.buf) {
			d.fail("story terms")
			return false
		}
		yield(d.buf[:l])
		d.buf = d.buf[l:]
	}
	return *d.err == nil
}

// storyTerms reads the story terms at the start of a form, each made a
// string by intern when it is set.
func (d *decoder) storyTerms(intern func([]byte) string) []string {
	var terms []string // filled and empty: made, of no length
	has := d.eachStoryTerm(func(n int) { terms = make([]string, 0, n) }, func(t []byte) {
		if intern != nil {
			terms = append(terms, intern(t))
		} else {
			terms = append(terms, string(t))
		}
	})
	if !has {
		return nil
	}
	return terms
}

// SplitStoryTerms returns the story terms at the start of a form
// (AppendBinary's), each passed to yield as bytes valid only during the
// call, and reports whether the form has any (a result stored before they
// were filled has none). It reads nothing past them, so a reader that
// wants only the terms (a pack's footer) need not decode the result.
func SplitStoryTerms(form []byte, yield func(term []byte)) (has bool, err error) {
	var derr error
	d := &decoder{buf: form, err: &derr}
	has = d.eachStoryTerm(nil, yield) // true only with no error
	return has, derr
}
