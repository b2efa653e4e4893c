package output

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/mention"
)

// Version is the version of the extract JSON contract. Bump it when a field
// changes meaning or shape, and document the change in README.md.
// Version 2: each document carries the table of the sentences its claims
// stand in, and a claim names its sentence by index in that table; empty
// fields are left out; one record a line.
const Version = 2

// Document is a document's entry in the JSON contract.
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
}

// Sentence is an entry of a document's sentence table: a claim's
// "sentence" and "sentence_span".
type Sentence struct {
	Text string      `json:"text"`
	Span claims.Span `json:"span"`
}

// Claim is a claim in the extract JSON contract: claims.Claim with its
// sentence given as an index into its document's sentence table, and with
// empty fields (and the attribution of a bare statement) left out.
type Claim struct {
	ID     string             `json:"id"`
	Doc    string             `json:"doc"`
	Source string             `json:"source,omitempty"`
	Kind   string             `json:"kind"`
	Rule   string             `json:"rule"`
	Value  *mention.Value     `json:"value,omitempty"`
	Date   *mention.DateValue `json:"date,omitempty"`
	// Subject, Place and Victim as in claims.Claim.
	Subject string `json:"subject,omitempty"`
	Place   string `json:"place,omitempty"`
	Victim  string `json:"victim,omitempty"`
	Text    string `json:"text"`
	// Sentence indexes the document's Sentences.
	Sentence int         `json:"sentence"`
	Span     claims.Span `json:"span"`
	// Attribution is nil for a claim stated as bare fact (form none,
	// speaker type none, no hedge).
	Attribution *Attribution  `json:"attribution,omitempty"`
	Frame       *claims.Frame `json:"frame,omitempty"`
}

// Attribution is claims.Attribution with empty fields left out.
type Attribution struct {
	Speaker     string             `json:"speaker,omitempty"`
	SpeakerType claims.SpeakerType `json:"speaker_type"`
	Cue         string             `json:"cue,omitempty"`
	Form        claims.Form        `json:"form"`
	Hedged      bool               `json:"hedged,omitempty"`
	Hedge       string             `json:"hedge,omitempty"`
	Span        *claims.Span       `json:"span,omitempty"`
	CueSpan     *claims.Span       `json:"cue_span,omitempty"`
	Via         string             `json:"via,omitempty"`
}

// Mention is a recognised quantity, date or duration in the JSON contract.
type Mention struct {
	Doc   string             `json:"doc"`
	Type  mention.Type       `json:"type"`
	Text  string             `json:"text"`
	Span  claims.Span        `json:"span"`
	Value *mention.Value     `json:"value"`
	Date  *mention.DateValue `json:"date"`
	Unit  string             `json:"unit"`
}

// Extract is the whole `claimdiff extract --format json` output.
type Extract struct {
	Version   int        `json:"version"`
	Documents []Document `json:"documents"`
	Claims    []Claim    `json:"claims"`
	Mentions  []Mention  `json:"mentions,omitempty"`
}

// Documents lists the documents of results in the contract's form.
func Documents(results []*claims.Result) []Document {
	out := make([]Document, 0, len(results))
	for _, r := range results {
		d := r.Doc
		out = append(out, Document{ID: d.ID, Source: d.Source, Title: d.Title, Path: d.Path, URL: d.URL, Published: d.PublishedString()})
	}
	return out
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

// BuildExtract assembles the JSON contract for results.
func BuildExtract(results []*claims.Result, withMentions bool) *Extract {
	e := &Extract{Version: Version, Documents: Documents(results), Claims: []Claim{}}
	for i, r := range results {
		e.Documents[i].Sentences = sentenceTable(r, &e.Claims)
		if withMentions {
			e.Mentions = append(e.Mentions, Mentions(r)...)
		}
	}
	return e
}

// sentenceTable appends r's claims to out in the contract's form and
// returns the table of their sentences.
func sentenceTable(r *claims.Result, out *[]Claim) []Sentence {
	var table []Sentence
	at := map[Sentence]int{}
	for _, c := range r.Claims {
		s := Sentence{Text: c.Sentence, Span: c.SentenceSpan}
		k, ok := at[s]
		if !ok {
			k = len(table)
			at[s] = k
			table = append(table, s)
		}
		oc := Claim{ID: c.ID, Doc: c.Doc, Source: c.Source, Kind: c.Kind, Rule: c.Rule, Value: c.Value, Date: c.Date,
			Subject: c.Subject, Place: c.Place, Victim: c.Victim, Text: c.Text, Sentence: k, Span: c.Span, Frame: c.Frame}
		if a := c.Attribution; a.Form != claims.FormNone || a.SpeakerType != claims.SpeakerNone || a.Hedged || a.Hedge != "" || a.Speaker != "" || a.Via != "" {
			oc.Attribution = &Attribution{Speaker: a.Speaker, SpeakerType: a.SpeakerType, Cue: a.Cue, Form: a.Form,
				Hedged: a.Hedged, Hedge: a.Hedge, Span: a.Span, CueSpan: a.CueSpan, Via: a.Via}
		}
		*out = append(*out, oc)
	}
	return table
}

// WriteJSON writes the contract as JSON with one record a line: the
// version, each document, each claim and each mention on a line of its
// own, so that the output is compact and still reads (and diffs) by line.
func WriteJSON(w io.Writer, results []*claims.Result, withMentions bool) error {
	e := BuildExtract(results, withMentions)
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	fmt.Fprintf(&buf, "{\"version\": %d,\n", e.Version)
	list := func(name string, n int, item func(i int) any, last bool) error {
		fmt.Fprintf(&buf, "\"%s\": [", name)
		for i := range n {
			if i > 0 {
				buf.WriteByte(',')
			}
			buf.WriteByte('\n')
			if err := enc.Encode(item(i)); err != nil {
				return err
			}
			buf.Truncate(buf.Len() - 1) // the encoder's newline
			if buf.Len() > 1<<20 {
				if _, err := w.Write(buf.Bytes()); err != nil {
					return err
				}
				buf.Reset()
			}
		}
		if last {
			buf.WriteString("]}\n")
		} else {
			buf.WriteString("],\n")
		}
		return nil
	}
	if err := list("documents", len(e.Documents), func(i int) any { return e.Documents[i] }, false); err != nil {
		return err
	}
	if err := list("claims", len(e.Claims), func(i int) any { return e.Claims[i] }, !withMentions); err != nil {
		return err
	}
	if withMentions {
		if err := list("mentions", len(e.Mentions), func(i int) any { return e.Mentions[i] }, true); err != nil {
			return err
		}
	}
	_, err := w.Write(buf.Bytes())
	return err
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
