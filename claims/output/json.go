package output

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/ingest"
	"github.com/claimdiff/claimdiff/claims/mention"
)

// Version is the version of the extract JSON contract. Bump it when a field
// changes meaning or shape, and document the change in README.md.
// Version 2: each document carries the table of the sentences its claims
// stand in, and a claim names its sentence by index in that table; empty
// fields are left out; one record a line.
// Version 3: claims (and mentions) are listed inside their document, the
// document's tables hold each sentence (as the text has it) and each
// attribution once, spans are [start, end, line, col] arrays, and a claim's
// text is left out where its sentence and span give it.
const Version = 3

// Document is a document's entry in the JSON contracts (compare's lists
// the documents compared; extract's adds the tables and claims).
type Document struct {
	ID        string `json:"id"`
	Source    string `json:"source"`
	Title     string `json:"title"`
	Path      string `json:"path"`
	URL       string `json:"url,omitempty"`
	Published string `json:"published"`
	// Sentences are the sentences the document's claims stand in, in text
	// order, each once (extract JSON only).
	Sentences []Sentence `json:"sentences,omitempty"`
	// Attributions are the distinct attributions of the document's claims,
	// in the order of the first claim that has each (extract JSON only).
	Attributions []Attribution `json:"attributions,omitempty"`
}

// Span is a claims.Span as the extract contract writes it: the array
// [start, end, line, col].
type Span [4]int

// compact returns s as a Span.
func compact(s claims.Span) Span { return Span{s.Start, s.End, s.Line, s.Col} }

// Sentence is an entry of a document's sentence table: the sentence as it
// stands in the document's text (white space and line breaks kept), and
// where.
type Sentence struct {
	Text string `json:"text"`
	Span Span   `json:"span"`
}

// Claim is a claim in the extract contract: claims.Claim without what its
// document gives (id, doc, source), its sentence and attribution given as
// indexes into the document's tables, its text left out when its span in
// its sentence gives it, and empty fields left out.
type Claim struct {
	Kind string `json:"kind"`
	// Rule is left out when it is Kind.
	Rule  string `json:"rule,omitempty"`
	Value *Value `json:"value,omitempty"`
	Date  *Date  `json:"date,omitempty"`
	// Subject, Place and Victim as in claims.Claim.
	Subject string `json:"subject,omitempty"`
	Place   string `json:"place,omitempty"`
	Victim  string `json:"victim,omitempty"`
	// Text is left out when it is the sentence's text at Span, or stands
	// word for word in the sentence's text at TextAt.
	Text string `json:"text,omitempty"`
	// TextAt is where Text stands in the sentence's text, as byte offsets
	// [start, end) into it, when it stands there word for word but not at
	// Span (a quote: its span holds the quote marks).
	TextAt *[2]int `json:"text_at,omitempty"`
	// Sentence indexes the document's Sentences.
	Sentence int  `json:"sentence"`
	Span     Span `json:"span"`
	// Attribution indexes the document's Attributions; nil for a claim
	// stated as bare fact (form none, speaker type none, no hedge).
	Attribution *int   `json:"attribution,omitempty"`
	Frame       *Frame `json:"frame,omitempty"`
}

// Value is mention.Value with empty fields left out: no low or high is
// unbounded.
type Value struct {
	Number float64       `json:"number"`
	Low    *float64      `json:"low,omitempty"`
	High   *float64      `json:"high,omitempty"`
	Bound  mention.Bound `json:"bound"`
	Unit   string        `json:"unit,omitempty"`
	Vague  bool          `json:"vague,omitempty"`
}

func leanValue(v *mention.Value) *Value {
	if v == nil {
		return nil
	}
	return &Value{Number: v.Number, Low: v.Low, High: v.High, Bound: v.Bound, Unit: v.Unit, Vague: v.Vague}
}

// Date is mention.DateValue with year_inferred left out when false.
type Date struct {
	Start        string `json:"start"`
	End          string `json:"end"`
	YearInferred bool   `json:"year_inferred,omitempty"`
	Precision    string `json:"precision,omitempty"`
}

func leanDate(d *mention.DateValue) *Date {
	if d == nil {
		return nil
	}
	return &Date{Start: d.Start, End: d.End, YearInferred: d.YearInferred, Precision: d.Precision}
}

// Frame is claims.Frame with empty fields left out.
type Frame struct {
	Measured    string `json:"measured,omitempty"`
	Head        string `json:"head,omitempty"`
	Entity      string `json:"entity,omitempty"`
	Change      bool   `json:"change,omitempty"`
	Direction   string `json:"direction,omitempty"`
	Per         string `json:"per,omitempty"`
	Scope       string `json:"scope,omitempty"`
	Perpetrator string `json:"perpetrator,omitempty"`
	Cause       string `json:"cause,omitempty"`
	// Time is when the figure holds, as claims.TimeAnchor writes it.
	Time *claims.TimeAnchor `json:"time,omitempty"`
}

func leanFrame(f *claims.Frame) *Frame {
	if f == nil {
		return nil
	}
	return &Frame{Measured: f.Measured, Head: f.Head, Entity: f.Entity, Change: f.Change,
		Direction: f.Direction, Per: f.Per, Scope: f.Scope, Perpetrator: f.Perpetrator, Cause: f.Cause, Time: f.Time}
}

// Attribution is claims.Attribution with empty fields left out.
type Attribution struct {
	Speaker     string             `json:"speaker,omitempty"`
	SpeakerType claims.SpeakerType `json:"speaker_type"`
	Cue         string             `json:"cue,omitempty"`
	Form        claims.Form        `json:"form"`
	Hedged      bool               `json:"hedged,omitempty"`
	Hedge       string             `json:"hedge,omitempty"`
	Span        *Span              `json:"span,omitempty"`
	CueSpan     *Span              `json:"cue_span,omitempty"`
	Via         string             `json:"via,omitempty"`
	// ModelCue marks a cue the trained cue model found, not the rules.
	ModelCue bool `json:"model_cue,omitempty"`
}

// bareFact reports an attribution of a statement made as bare fact.
func bareFact(a claims.Attribution) bool {
	return a.Form == claims.FormNone && a.SpeakerType == claims.SpeakerNone && !a.Hedged && a.Hedge == "" && a.Speaker == "" && a.Via == ""
}

// attributionKey is an attribution by value, for the document's table:
// the attribution itself with its spans by value rather than by pointer,
// so a field added to claims.Attribution is part of the key without a
// line here.
type attributionKey struct {
	a                   claims.Attribution // Span and CueSpan nil
	span, cueSpan       claims.Span
	hasSpan, hasCueSpan bool
}

func keyOf(a claims.Attribution) attributionKey {
	k := attributionKey{a: a}
	k.a.Span, k.a.CueSpan = nil, nil
	if a.Span != nil {
		k.span, k.hasSpan = *a.Span, true
	}
	if a.CueSpan != nil {
		k.cueSpan, k.hasCueSpan = *a.CueSpan, true
	}
	return k
}

func leanAttribution(a claims.Attribution) Attribution {
	out := Attribution{Speaker: a.Speaker, SpeakerType: a.SpeakerType, Cue: a.Cue, Form: a.Form,
		Hedged: a.Hedged, Hedge: a.Hedge, Via: a.Via, ModelCue: a.ModelCue}
	if a.Span != nil {
		s := compact(*a.Span)
		out.Span = &s
	}
	if a.CueSpan != nil {
		s := compact(*a.CueSpan)
		out.CueSpan = &s
	}
	return out
}

// Mention is a recognised quantity, date or duration in the JSONL output
// (with --mentions).
type Mention struct {
	Doc   string             `json:"doc"`
	Type  mention.Type       `json:"type"`
	Text  string             `json:"text"`
	Span  claims.Span        `json:"span"`
	Value *mention.Value     `json:"value"`
	Date  *mention.DateValue `json:"date"`
	Unit  string             `json:"unit"`
}

// LeanMention is a mention in the extract JSON contract, inside its
// document, with empty fields left out.
type LeanMention struct {
	Type  mention.Type `json:"type"`
	Text  string       `json:"text"`
	Span  Span         `json:"span"`
	Value *Value       `json:"value,omitempty"`
	Date  *Date        `json:"date,omitempty"`
}

// DocumentClaims is a document of the extract contract with its claims
// (and, with --mentions, its mentions).
type DocumentClaims struct {
	Document
	Claims   []Claim       `json:"claims"`
	Mentions []LeanMention `json:"mentions,omitempty"`
}

// Documents lists the documents of results in the contract's form.
func Documents(results []*claims.Result) []Document {
	out := make([]Document, 0, len(results))
	for _, r := range results {
		out = append(out, document(r.Doc))
	}
	return out
}

func document(d *ingest.Document) Document {
	return Document{ID: d.ID, Source: d.Source, Title: d.Title, Path: d.Path, URL: d.URL, Published: d.PublishedString()}
}

// Mentions lists every mention of a result.
func Mentions(r *claims.Result) []Mention {
	out := make([]Mention, 0, len(r.Mentions))
	for _, m := range r.Mentions {
		start, end := r.Text.Tokens[m.First].Start, r.Text.Tokens[m.Last-1].End
		line, col := r.Text.Lines.Pos(start)
		om := Mention{Doc: r.Doc.ID, Type: m.Type, Text: r.Text.Src[start:end],
			Span: claims.Span{Start: start, End: end, Line: line, Col: col}, Value: m.Value, Date: m.Date}
		if m.Value != nil {
			om.Unit = m.Value.Unit
		}
		out = append(out, om)
	}
	return out
}

// docBuilder assembles one document of the extract contract a claim at a
// time, its tables growing with the claims.
type docBuilder struct {
	d DocumentClaims
	// sentenceAt indexes the sentences by span (start, end: in one
	// document they give the line and column).
	sentenceAt    map[[2]int]int
	attributionAt map[attributionKey]int
	// sentFrom and attrFrom are the indexes of d's first sentence and
	// attribution: those before were taken out (JSONWriter's tables).
	sentFrom, attrFrom int
}

func newDocBuilder(doc *ingest.Document) *docBuilder {
	return &docBuilder{d: DocumentClaims{Document: document(doc)},
		sentenceAt: map[[2]int]int{}, attributionAt: map[attributionKey]int{}}
}

// reset makes b the builder of doc, its indexes emptied.
func (b *docBuilder) reset(doc *ingest.Document) {
	b.d = DocumentClaims{Document: document(doc)}
	clear(b.sentenceAt)
	clear(b.attributionAt)
	b.sentFrom, b.attrFrom = 0, 0
}

// claim adds c's sentence and attribution to the tables when they are new
// and returns c in the contract's form.
func (b *docBuilder) claim(r *claims.Result, c *claims.Claim) Claim {
	d := &b.d
	at := [2]int{c.SentenceSpan.Start, c.SentenceSpan.End}
	k, ok := b.sentenceAt[at]
	if !ok {
		k = b.sentFrom + len(d.Sentences)
		b.sentenceAt[at] = k
		d.Sentences = append(d.Sentences, Sentence{Text: sentenceText(r, c), Span: compact(c.SentenceSpan)})
	}
	var sentence string
	if i := k - b.sentFrom; i >= 0 {
		sentence = d.Sentences[i].Text
	} else { // taken out: the document gives it again
		sentence = sentenceText(r, c)
	}
	oc := Claim{Kind: c.Kind, Rule: c.Rule, Value: leanValue(c.Value), Date: leanDate(c.Date),
		Subject: c.Subject, Place: c.Place, Victim: c.Victim, Text: c.Text, Sentence: k, Span: compact(c.Span), Frame: leanFrame(c.Frame)}
	if oc.Rule == oc.Kind {
		oc.Rule = ""
	}
	if c.SentenceSpan.Start <= c.Span.Start && c.Span.End <= c.SentenceSpan.End &&
		len(sentence) == c.SentenceSpan.End-c.SentenceSpan.Start &&
		sentence[c.Span.Start-c.SentenceSpan.Start:c.Span.End-c.SentenceSpan.Start] == c.Text {
		oc.Text = ""
	} else if at := textAt(sentence, c.Text, c.Span.Start-c.SentenceSpan.Start); at != nil {
		oc.Text, oc.TextAt = "", at
	}
	if !bareFact(c.Attribution) {
		key := keyOf(c.Attribution)
		a, ok := b.attributionAt[key]
		if !ok {
			a = b.attrFrom + len(d.Attributions)
			b.attributionAt[key] = a
			d.Attributions = append(d.Attributions, leanAttribution(c.Attribution))
		}
		oc.Attribution = &a
	}
	return oc
}

// forget drops from the indexes of the tables every entry with a span
// starting before byte from: no claim to come stands there.
func (b *docBuilder) forget(from int) {
	for at := range b.sentenceAt {
		if at[0] < from {
			delete(b.sentenceAt, at)
		}
	}
	for k := range b.attributionAt {
		if k.hasSpan && k.span.Start < from || k.hasCueSpan && k.cueSpan.Start < from {
			delete(b.attributionAt, k)
		}
	}
}

// leanMentions lists a result's mentions in the contract's form.
func leanMentions(r *claims.Result) []LeanMention {
	out := make([]LeanMention, 0, len(r.Mentions))
	for _, m := range Mentions(r) {
		out = append(out, LeanMention{Type: m.Type, Text: m.Text, Span: compact(m.Span), Value: leanValue(m.Value), Date: leanDate(m.Date)})
	}
	return out
}

// textAt returns where text stands in sentence, word for word: its first
// occurrence from byte from on (where the claim starts), else its first;
// nil when it is not there.
func textAt(sentence, text string, from int) *[2]int {
	if text == "" {
		return nil
	}
	from = max(0, min(from, len(sentence)))
	k := strings.Index(sentence[from:], text)
	if k >= 0 {
		k += from
	} else if k = strings.Index(sentence, text); k < 0 {
		return nil
	}
	return &[2]int{k, k + len(text)}
}

// sentenceText is the text of c's sentence as the document has it (the
// segmented text's, or, for a window of a document, which keeps no
// segmented text, the document's), or, for a result without its text
// (read from a store), the claim's folded sentence.
func sentenceText(r *claims.Result, c *claims.Claim) string {
	if r.Text != nil && c.SentenceSpan.End <= len(r.Text.Src) {
		return r.Text.Src[c.SentenceSpan.Start:c.SentenceSpan.End]
	}
	if r.Text == nil && r.Doc != nil && c.SentenceSpan.End <= len(r.Doc.Text) {
		return r.Doc.Text[c.SentenceSpan.Start:c.SentenceSpan.End]
	}
	return c.Sentence
}

// JSONWriter writes the extract contract one document at a time, one
// record a line: the version, then each document with its tables, then
// each of its claims (and mentions) on a line of its own, so that the
// output is compact, still reads (and diffs) by line, and memory holds one
// document, never the whole output. A document may come in windows
// (claims.ExtractWindows), several Results in a row with the same Doc:
// its claims are encoded as they come and written after its tables, when
// the next document comes or at Close; past tableSpill entries its tables
// too are encoded as they grow, any of the three past spillAt bytes goes
// to a temporary file, and the indexes of its tables forget, window by
// window, what no later window can give (claims.LaterWindowsFrom), so
// memory then holds about a window's worth of it.
type JSONWriter struct {
	w            io.Writer
	buf          bytes.Buffer
	enc          *json.Encoder
	withMentions bool
	docs         int
	// cur is the document being written, nil before the first.
	cur *pendingDoc
	// spare is the document written last, whose buffers and indexes the
	// next one reuses (nil when none is spare).
	spare *pendingDoc
	// tableSpill and spillAt are tableSpill and spillAt (smaller in
	// tests).
	tableSpill, spillAt int
}

// pendingDoc is a document whose tables may still grow: its claims so far,
// encoded, the entries taken out of its tables, encoded, and its mentions.
type pendingDoc struct {
	doc                             *ingest.Document
	b                               *docBuilder
	claims, sentences, attributions spillBuffer
	mentions                        []LeanMention
}

const (
	// tableSpill is how many entries a document's sentence and
	// attribution tables hold before they are encoded as they grow (a
	// claim-dense document's tables take some ten bytes a byte of its
	// text, their indexes a few more).
	tableSpill = 1 << 14
	// spillAt is how many bytes of a document's encoded claims, or of one
	// of its encoded tables, are held in memory before they go to a
	// temporary file.
	spillAt = 4 << 20
)

// spillBuffer holds a document's encoded records, claims or a table's
// entries, comma-separated, until the document is written: in memory, and
// past a size in a temporary file.
type spillBuffer struct {
	mem  bytes.Buffer
	file *os.File
	enc  *json.Encoder
	n    int
	// lines puts each record on a line of its own.
	lines bool
	// inMemory is set once a temporary file could not be made: the
	// records stay in memory, and no later spill tries again.
	inMemory bool
}

// add encodes v after the records before, and spills them all past
// spillAt bytes.
func (s *spillBuffer) add(v any, spillAt int) error {
	if s.enc == nil {
		s.enc = newEncoder(&s.mem)
	}
	if s.n > 0 {
		s.mem.WriteByte(',')
	}
	s.n++
	if s.lines {
		s.mem.WriteByte('\n')
	}
	if err := encode(s.enc, &s.mem, v); err != nil {
		return err
	}
	if s.mem.Len() > spillAt {
		return s.spill()
	}
	return nil
}

// spill moves the records in memory to the temporary file, made (and,
// where the system allows, unlinked at once, so nothing is left behind
// however the run ends) at the first spill. Without a temporary file the
// records stay in memory.
func (s *spillBuffer) spill() error {
	if s.inMemory {
		return nil
	}
	if s.file == nil {
		f, err := os.CreateTemp("", "claimdiff-claims-*")
		if err != nil {
			s.inMemory = true // the data is kept, only in memory
			return nil
		}
		if os.Remove(f.Name()) != nil {
			defer os.Remove(f.Name()) // Windows: removed once closed
		}
		s.file = f
	}
	_, err := s.file.Write(s.mem.Bytes())
	s.mem.Reset()
	return err
}

// writeTo writes the records to j's output, through its buffer when they
// are few, and lets go of them.
func (s *spillBuffer) writeTo(j *JSONWriter) error {
	var w io.Writer = &j.buf
	if s.file != nil || j.buf.Len()+s.mem.Len() > 1<<20 {
		if err := j.flush(); err != nil {
			return err
		}
		w = j.w
	}
	if s.file != nil {
		f := s.file
		s.file = nil
		defer f.Close()
		if _, err := f.Seek(0, io.SeekStart); err != nil {
			return err
		}
		if _, err := io.Copy(w, f); err != nil {
			return err
		}
	}
	_, err := w.Write(s.mem.Bytes())
	s.mem.Reset() // the next document's records reuse the memory
	return err
}

// takeTables encodes the entries of p's tables and takes them out of its
// document, for them to be written from p's buffers.
func (p *pendingDoc) takeTables(spillAt int) error {
	d := &p.b.d
	for i := range d.Sentences {
		if err := p.sentences.add(&d.Sentences[i], spillAt); err != nil {
			return err
		}
	}
	for i := range d.Attributions {
		if err := p.attributions.add(&d.Attributions[i], spillAt); err != nil {
			return err
		}
	}
	p.b.sentFrom += len(d.Sentences)
	p.b.attrFrom += len(d.Attributions)
	d.Sentences, d.Attributions = nil, nil
	return nil
}

// pending starts writing doc, in the buffers and indexes of the document
// written before when there was one.
func (j *JSONWriter) pending(doc *ingest.Document) *pendingDoc {
	p := j.spare
	j.spare = nil
	if p == nil {
		p = &pendingDoc{b: newDocBuilder(doc)}
		p.claims.lines = true
	}
	p.doc = doc
	p.b.reset(doc)
	p.mentions = p.mentions[:0]
	for _, s := range []*spillBuffer{&p.claims, &p.sentences, &p.attributions} {
		s.mem.Reset()
		s.n, s.inMemory = 0, false
	}
	return p
}

// tablesTaken reports whether p's tables are written from its buffers.
func (p *pendingDoc) tablesTaken() bool { return p.sentences.n > 0 || p.attributions.n > 0 }

// NewJSONWriter starts the contract on w.
func NewJSONWriter(w io.Writer, withMentions bool) *JSONWriter {
	j := &JSONWriter{w: w, withMentions: withMentions, tableSpill: tableSpill, spillAt: spillAt}
	j.enc = newEncoder(&j.buf)
	fmt.Fprintf(&j.buf, "{\"version\": %d,\n\"documents\": [", Version)
	return j
}

func newEncoder(w io.Writer) *json.Encoder {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc
}

// encode appends v's JSON to buf through enc, without the encoder's
// newline.
func encode(enc *json.Encoder, buf *bytes.Buffer, v any) error {
	if err := enc.Encode(v); err != nil {
		return err
	}
	buf.Truncate(buf.Len() - 1)
	return nil
}

// spill writes the buffer out when it holds more than 1 MB.
func (j *JSONWriter) spill() error {
	if j.buf.Len() > 1<<20 {
		return j.flush()
	}
	return nil
}

func (j *JSONWriter) flush() error {
	_, err := j.w.Write(j.buf.Bytes())
	j.buf.Reset()
	return err
}

// Write adds one document with its claims, or the next window of the
// document before.
func (j *JSONWriter) Write(r *claims.Result) error {
	if j.cur != nil && j.cur.doc != r.Doc {
		if err := j.finish(); err != nil {
			return err
		}
	}
	if j.cur == nil {
		j.cur = j.pending(r.Doc)
	}
	p := j.cur
	for i := range r.Claims {
		if err := p.claims.add(p.b.claim(r, &r.Claims[i]), j.spillAt); err != nil {
			return err
		}
	}
	if d := &p.b.d; p.tablesTaken() || len(d.Sentences)+len(d.Attributions) > j.tableSpill {
		if err := p.takeTables(j.spillAt); err != nil {
			return err
		}
		if r.Text == nil && len(r.Claims) > 0 { // a window (claims.ExtractWindows)
			last := 0
			for i := range r.Claims {
				last = max(last, r.Claims[i].Span.Start)
			}
			p.b.forget(claims.LaterWindowsFrom(r.Doc, last))
		}
	}
	if j.withMentions {
		p.mentions = append(p.mentions, leanMentions(r)...)
	}
	return nil
}

// finish writes the document being written: its entry with its tables,
// then its claims and mentions.
func (j *JSONWriter) finish() error {
	p := j.cur
	j.cur = nil
	if j.docs > 0 {
		j.buf.WriteByte(',')
	}
	j.docs++
	j.buf.WriteByte('\n')
	// the tables, taken out of the Document, as its fields would give them
	if err := p.takeTables(j.spillAt); err != nil {
		return err
	}
	if err := encode(j.enc, &j.buf, p.b.d.Document); err != nil {
		return err
	}
	j.buf.Truncate(j.buf.Len() - 1) // the document's closing brace
	for _, t := range []struct {
		name string
		s    *spillBuffer
	}{{"sentences", &p.sentences}, {"attributions", &p.attributions}} {
		if t.s.n == 0 {
			continue
		}
		j.buf.WriteString(",\"" + t.name + "\":[")
		if err := t.s.writeTo(j); err != nil {
			return err
		}
		j.buf.WriteByte(']')
	}
	j.buf.WriteString(",\"claims\":[")
	if err := j.spill(); err != nil {
		return err
	}
	if err := p.claims.writeTo(j); err != nil {
		return err
	}
	j.buf.WriteByte(']')
	if j.withMentions {
		j.buf.WriteString(",\"mentions\":[")
		for i := range p.mentions {
			if i > 0 {
				j.buf.WriteByte(',')
			}
			j.buf.WriteByte('\n')
			if err := encode(j.enc, &j.buf, &p.mentions[i]); err != nil {
				return err
			}
			if err := j.spill(); err != nil {
				return err
			}
		}
		j.buf.WriteByte(']')
	}
	j.buf.WriteByte('}')
	j.spare = p
	return j.spill()
}

// Close ends the contract and writes what is left.
func (j *JSONWriter) Close() error {
	if j.cur != nil {
		if err := j.finish(); err != nil {
			return err
		}
	}
	if j.docs > 0 {
		j.buf.WriteByte('\n')
	}
	j.buf.WriteString("]}\n")
	return j.flush()
}

// WriteJSON writes the contract for results (see JSONWriter).
func WriteJSON(w io.Writer, results []*claims.Result, withMentions bool) error {
	j := NewJSONWriter(w, withMentions)
	for _, r := range results {
		if err := j.Write(r); err != nil {
			return err
		}
	}
	return j.Close()
}

// WriteJSONL writes one claim a line (and, with mentions, one mention a
// line, marked by "record": "mention").
func WriteJSONL(w io.Writer, results []*claims.Result, withMentions bool) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, r := range results {
		for _, c := range r.Claims {
			if err := enc.Encode(c); err != nil {
				return err
			}
		}
		if withMentions {
			for _, m := range Mentions(r) {
				if err := enc.Encode(struct {
					Record string `json:"record"`
					Mention
				}{"mention", m}); err != nil {
					return err
				}
			}
		}
	}
	return nil
}
