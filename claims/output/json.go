package output

import (
	"encoding/json"
	"io"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/mention"
)

// Version is the version of the extract JSON contract. Bump it when a field
// changes meaning or shape, and document the change in README.md.
const Version = 2

// Document is a document's entry in the JSON contract.
type Document struct {
	ID        string `json:"id"`
	Source    string `json:"source"`
	Title     string `json:"title"`
	Path      string `json:"path"`
	URL       string `json:"url,omitempty"`
	Published string `json:"published"`
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
	Version   int            `json:"version"`
	Documents []Document     `json:"documents"`
	Claims    []claims.Claim `json:"claims"`
	Mentions  []Mention      `json:"mentions,omitempty"`
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
	e := &Extract{Version: Version, Documents: Documents(results), Claims: []claims.Claim{}}
	for _, r := range results {
		e.Claims = append(e.Claims, r.Claims...)
		if withMentions {
			e.Mentions = append(e.Mentions, Mentions(r)...)
		}
	}
	return e
}

// WriteJSON writes the contract as indented JSON.
func WriteJSON(w io.Writer, results []*claims.Result, withMentions bool) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(BuildExtract(results, withMentions))
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
