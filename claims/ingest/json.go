package ingest

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
)

// JSON and JSONL input follow one policy, the same as for text files:
//
//   - a UTF-8 or UTF-16 byte-order mark is accepted (and dropped);
//   - invalid UTF-8, anywhere, is refused at its line:col, as in .txt;
//   - a record is an object; its keys are matched exactly (case matters):
//     "id", "source", "title", "url", "published", "text", each a string
//     or null; other keys are ignored, but one that differs from these only
//     in case ("Text") is refused, and so is any key given twice;
//   - errors name the file, line and column and the key, never a Go type.

// record is an article in JSON input.
type record struct {
	ID        *string
	Source    string
	Title     string
	URL       string
	Published string
	Text      *string
}

// recordKeys are the keys a record is read from.
var recordKeys = []string{"id", "source", "title", "url", "published", "text"}

// set stores the string value of a known key.
func (rec *record) set(key, v string) {
	switch key {
	case "id":
		rec.ID = &v
	case "source":
		rec.Source = v
	case "title":
		rec.Title = v
	case "url":
		rec.URL = v
	case "published":
		rec.Published = v
	case "text":
		rec.Text = &v
	}
}

// jsonError is a fault at a byte offset of the JSON being read.
type jsonError struct {
	off int64
	msg string
}

func (e *jsonError) Error() string { return e.msg }

// decodeRecord reads one record object from dec; b is the input dec reads,
// to locate faults.
func decodeRecord(dec *json.Decoder, b []byte) (record, *jsonError) {
	var rec record
	start := skipSpace(b, dec.InputOffset())
	tok, err := dec.Token()
	if err != nil {
		return rec, syntaxError(err, b, start)
	}
	if d, ok := tok.(json.Delim); !ok || d != '{' {
		return rec, &jsonError{start, fmt.Sprintf("a record must be an object, got %s", jsonKind(tok))}
	}
	seen := map[string]bool{}
	for dec.More() {
		keyOff := skipSpace(b, dec.InputOffset())
		tok, err := dec.Token()
		if err != nil {
			return rec, syntaxError(err, b, keyOff)
		}
		key, _ := tok.(string)
		if seen[key] {
			return rec, &jsonError{keyOff, fmt.Sprintf("key %q given twice", key)}
		}
		seen[key] = true
		valOff := skipSpace(b, dec.InputOffset())
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return rec, syntaxError(err, b, valOff)
		}
		known := ""
		for _, k := range recordKeys {
			if key == k {
				known = k
			} else if strings.EqualFold(key, k) {
				return rec, &jsonError{keyOff, fmt.Sprintf("unknown key %q (keys are case-sensitive: did you mean %q?)", key, k)}
			}
		}
		if known == "" {
			continue
		}
		switch raw[0] {
		case 'n': // null: as if absent
		case '"':
			var v string
			if err := json.Unmarshal(raw, &v); err != nil {
				return rec, &jsonError{valOff, err.Error()}
			}
			rec.set(known, v)
		default:
			return rec, &jsonError{valOff, fmt.Sprintf("%q must be a string, got %s", key, rawKind(raw))}
		}
	}
	if _, err := dec.Token(); err != nil { // the closing brace
		return rec, syntaxError(err, b, dec.InputOffset())
	}
	return rec, nil
}

// parseJSON reads a .json file: one record, or an array of records.
func parseJSON(path string, b []byte, opt Options, explicit bool) ([]*Document, []*Error, error) {
	text, err := decodeText(path, b) // byte-order marks, UTF-16, invalid UTF-8
	if err != nil {
		return nil, nil, err
	}
	data := []byte(text)
	fail := func(e *jsonError) error {
		line, col := position(data, int(min(e.off, int64(len(data)))))
		return errAt(path, line, col, "%s", e.msg)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	var recs []record
	var lines []int
	if t := bytes.TrimLeft(data, " \t\r\n"); len(t) > 0 && t[0] == '[' {
		if _, err := dec.Token(); err != nil {
			return nil, nil, fail(syntaxError(err, data, 0))
		}
		for dec.More() {
			off := skipSpace(data, dec.InputOffset())
			rec, jerr := decodeRecord(dec, data)
			if jerr != nil {
				jerr.msg = fmt.Sprintf("record %d: %s", len(recs)+1, jerr.msg)
				return nil, nil, fail(jerr)
			}
			line, _ := position(data, int(off))
			recs, lines = append(recs, rec), append(lines, line)
		}
		if _, err := dec.Token(); err != nil {
			return nil, nil, fail(syntaxError(err, data, dec.InputOffset()))
		}
	} else {
		rec, jerr := decodeRecord(dec, data)
		if jerr != nil {
			return nil, nil, fail(jerr)
		}
		recs, lines = append(recs, rec), append(lines, 1)
	}
	if off := skipSpace(data, dec.InputOffset()); off < int64(len(data)) {
		return nil, nil, fail(&jsonError{off, "unexpected data after the JSON value"})
	}
	var docs []*Document
	var warns []*Error
	for i := range recs {
		if recs[i].Text == nil && !explicit {
			return nil, []*Error{{Path: path, Msg: "JSON file without article records (no \"text\"), skipped", Warning: true}}, nil
		}
		d, err := recs[i].document(path, i+1, lines[i], opt)
		if err != nil {
			return nil, nil, err
		}
		if strings.TrimSpace(d.Text) == "" {
			warns = append(warns, &Error{Path: path, Msg: fmt.Sprintf("record %d: empty article, skipped", i+1), Warning: true})
			continue
		}
		docs = append(docs, d)
	}
	return docs, warns, nil
}

// parseJSONLine reads one JSONL line (already checked to be UTF-8) as a
// record; col is the 1-based column of a fault.
func parseJSONLine(b []byte) (record, int, string) {
	dec := json.NewDecoder(bytes.NewReader(b))
	rec, jerr := decodeRecord(dec, b)
	if jerr == nil {
		if off := skipSpace(b, dec.InputOffset()); off < int64(len(b)) {
			jerr = &jsonError{off, "unexpected data after the record"}
		}
	}
	if jerr != nil {
		_, col := position(b, int(min(jerr.off, int64(len(b)))))
		return rec, col, strings.Replace(jerr.msg, "malformed JSON: ", "malformed JSON record: ", 1)
	}
	return rec, 0, ""
}

func (rec *record) document(path string, n, line int, opt Options) (*Document, error) {
	if rec.Text == nil {
		return nil, errAt(path, line, 1, "record has no \"text\" field")
	}
	d := &Document{Path: path, Source: rec.Source, Title: rec.Title, URL: rec.URL, Format: "json", Line: line}
	text, err := decodeText(path, []byte(*rec.Text))
	if err != nil {
		var ie *Error
		if errors.As(err, &ie) {
			ie.Line, ie.Col = line, 1
		}
		return nil, err
	}
	d.Text = text
	if rec.ID != nil && *rec.ID != "" {
		d.ID = *rec.ID
	} else {
		d.ID = fmt.Sprintf("%s#%d", path, n)
	}
	if rec.Published != "" {
		t, ok := ParsePublished(rec.Published)
		if !ok {
			return nil, errAt(path, line, 1, "published %q is not a date (want RFC 3339 or YYYY-MM-DD)", rec.Published)
		}
		d.Published = t
	}
	if d.Title == "" {
		d.Title = firstLine(d.Text)
	}
	finish(d, opt)
	return d, nil
}

// syntaxError turns a decoder error into a located fault: the decoder's
// offset for a syntax error, else at.
func syntaxError(err error, b []byte, at int64) *jsonError {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		off := se.Offset
		if off > 0 {
			off--
		}
		return &jsonError{off, "malformed JSON: " + se.Error()}
	}
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return &jsonError{int64(len(b)), "malformed JSON: unexpected end of input"}
	}
	return &jsonError{at, "malformed JSON: " + err.Error()}
}

// skipSpace returns the offset of the first byte at or after off that is
// not JSON white space or a separator, to point at a value or key.
func skipSpace(b []byte, off int64) int64 {
	for off < int64(len(b)) && strings.IndexByte(" \t\r\n,:", b[off]) >= 0 {
		off++
	}
	return off
}

// jsonKind names the kind of a decoder token for messages.
func jsonKind(tok any) string {
	switch t := tok.(type) {
	case json.Delim:
		if t == '[' {
			return "an array"
		}
		return fmt.Sprintf("%q", string(t))
	case string:
		return "a string"
	case float64, json.Number:
		return "a number"
	case bool:
		return "a boolean"
	case nil:
		return "null"
	}
	return "a value"
}

// rawKind names the kind of a raw JSON value for messages.
func rawKind(raw json.RawMessage) string {
	switch raw[0] {
	case '{':
		return "an object"
	case '[':
		return "an array"
	case 't', 'f':
		return "a boolean"
	case '"':
		return "a string"
	case 'n':
		return "null"
	}
	return "a number"
}
