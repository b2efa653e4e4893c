package claims

import (
	"strconv"
	"strings"

	"github.com/claimdiff/claimdiff/claims/ingest"
	"github.com/claimdiff/claimdiff/claims/rules"
)

// Windows of a large document. A document longer than a window is
// extracted a window at a time, so that what extraction keeps (tokens,
// mentions, claims: some 40 bytes a byte of claim-dense text) is bounded by
// the window, not the document. Each window is cut at paragraph boundaries
// and extracted with context on both sides: paragraphs before it, for what
// looks back (pronouns, the last person named, a quote's cue), and after
// it, for what looks ahead (a quote that closes in a later paragraph, a
// cue after it). Of a window's claims only those that start inside it are
// kept, with their places made the document's. On the development corpus,
// cut into 1 KB windows, this gives every article's claims byte for byte
// (TestExtractWindowsSame). What a document shares across more than the
// context is a window's instead: the index of the names it gives (a
// surname resolved to a full name given megabytes before), and the
// casualty tally (a wounded count derived once per window, not once per
// document).
const (
	// windowBefore and windowAfter are the least context, in bytes, a
	// window is extracted with before and after it.
	windowBefore = 16 << 10
	windowAfter  = 16 << 10
)

// window is a part of a document: claims starting in [from, to) are its
// own; text [ctxFrom, ctxTo) is extracted for them.
type window struct {
	ctxFrom, from, to, ctxTo int
}

// windows cuts text into windows of about size bytes at paragraph
// boundaries: a blank line, or, unless soft is set (Markdown, where a
// single line break wraps a paragraph), any line break. A text without
// such a boundary past size is one window.
// Each is given at least before and after bytes of context where the text
// has them.
func windows(text string, size, before, after int, soft bool) []window {
	var out []window
	for from := 0; from < len(text); {
		to := boundaryAfter(text, from+size, soft)
		w := window{ctxFrom: boundaryBefore(text, from-before, soft), from: from, to: to,
			ctxTo: boundaryAfter(text, to+after, soft)}
		out = append(out, w)
		from = to
	}
	return out
}

// boundaryAfter is the first paragraph boundary at or after at: the start
// of the line after a break; len(text) when there is none.
func boundaryAfter(text string, at int, soft bool) int {
	for at < len(text) {
		i := strings.IndexByte(text[at:], '\n')
		if i < 0 {
			return len(text)
		}
		p := at + i + 1
		if !soft || blankBefore(text, p) {
			return p
		}
		at = p
	}
	return len(text)
}

// boundaryBefore is the last paragraph boundary at or before at; 0 when
// there is none.
func boundaryBefore(text string, at int, soft bool) int {
	for at > 0 {
		i := strings.LastIndexByte(text[:at], '\n')
		if i < 0 {
			return 0
		}
		if p := i + 1; !soft || blankBefore(text, p) {
			return p
		}
		at = i
	}
	return 0
}

// blankBefore reports whether the line ending just before p (text[p-1] is
// a line break) follows another line break with only white space between:
// a blank line ends there.
func blankBefore(text string, p int) bool {
	for i := p - 2; i >= 0; i-- {
		switch text[i] {
		case '\n':
			return true
		case ' ', '\t', '\r':
			continue
		}
		return false
	}
	return false
}

// ExtractWindows extracts doc as Extract does, a window of about size
// bytes at a time when doc is longer than that, handing each window's
// claims to emit in text order as a Result of their own. Only such a
// result's Doc and Claims are set: its claims carry the document's spans,
// lines, ids and indexes, as Extract gives them, but the text, mentions
// and attributions of a window are not kept. A document no longer than
// size is one Result, Extract's.
func ExtractWindows(doc *ingest.Document, r *rules.Rules, size int, emit func(*Result) error) error {
	return NewExtractor(r).ExtractWindows(doc, size, emit)
}

// ExtractWindows is ExtractWindows with e's rules, e's interned word
// forms and buffers kept.
func (e *Extractor) ExtractWindows(doc *ingest.Document, size int, emit func(*Result) error) error {
	return e.extractWindows(doc, size, windowBefore, windowAfter, emit)
}

// extractWindows is ExtractWindows with the context asked for.
func (e *Extractor) extractWindows(doc *ingest.Document, size, before, after int, emit func(*Result) error) error {
	if size <= 0 || len(doc.Text) <= size {
		return emit(e.Extract(doc))
	}
	var at windowPlace
	for _, w := range windows(doc.Text, size, before, after, doc.Format == "md") {
		part := *doc
		part.Text = doc.Text[w.ctxFrom:w.ctxTo]
		res := e.Extract(&part)
		if err := emit(at.place(doc, res, w)); err != nil {
			return err
		}
	}
	return nil
}

// windowPlace carries, from one window to the next, what makes a window's
// claims the document's: the claims, sentences, tokens and mentions before
// the window, and its line.
type windowPlace struct {
	claims, sentences, tokens, mentions int
	lineAt, line                        int // line is the 0-based line of byte lineAt
}

// place keeps the claims of res, the extraction of window w's text, that
// start in w, moved to their place in doc, and returns them as a Result;
// it then counts what w holds.
func (p *windowPlace) place(doc *ingest.Document, res *Result, w window) *Result {
	base := w.from - w.ctxFrom // where w starts in the extracted text
	p.line += strings.Count(doc.Text[p.lineAt:w.ctxFrom], "\n")
	p.lineAt = w.ctxFrom
	// what the extracted text holds before w, and in it
	sentBefore, tokBefore, menBefore := 0, 0, 0
	for _, s := range res.Text.Sentences {
		if s.Start < base {
			sentBefore++
		}
	}
	for _, t := range res.Text.Tokens {
		if t.Start < base {
			tokBefore++
		}
	}
	for _, m := range res.Mentions {
		if res.Text.Tokens[m.First].Start < base {
			menBefore++
		}
	}
	// res's claims are its own (Extract hands them over): those kept are
	// moved to the front of their slice, not copied to another (a claim
	// is some 400 bytes, and a window holds tens of thousands)
	out := &Result{Doc: doc, Claims: res.Claims[:0]}
	id := append([]byte(doc.ID), '#')
	for i := range res.Claims {
		c := &res.Claims[i]
		if c.Span.Start < base || c.Span.Start >= base+w.to-w.from {
			continue
		}
		c.ID = string(strconv.AppendInt(id, int64(p.claims+len(out.Claims)+1), 10))
		p.shift(&c.Span, w.ctxFrom)
		p.shift(&c.SentenceSpan, w.ctxFrom)
		if c.Attribution.Span != nil {
			s := *c.Attribution.Span
			p.shift(&s, w.ctxFrom)
			c.Attribution.Span = &s
		}
		if c.Attribution.CueSpan != nil {
			s := *c.Attribution.CueSpan
			p.shift(&s, w.ctxFrom)
			c.Attribution.CueSpan = &s
		}
		c.sent += p.sentences - sentBefore
		c.tok += p.tokens - tokBefore
		if c.Value != nil && c.val >= 0 { // a quote's val is unset
			c.val += p.mentions - menBefore
		}
		out.Claims = append(out.Claims, *c) // at or before i: read already
	}
	clear(res.Claims[len(out.Claims):]) // what they held goes with them
	p.claims += len(out.Claims)
	for _, s := range res.Text.Sentences {
		if s.Start >= base && s.Start < base+w.to-w.from {
			p.sentences++
		}
	}
	for _, t := range res.Text.Tokens {
		if t.Start >= base && t.Start < base+w.to-w.from {
			p.tokens++
		}
	}
	for _, m := range res.Mentions {
		if st := res.Text.Tokens[m.First].Start; st >= base && st < base+w.to-w.from {
			p.mentions++
		}
	}
	return out
}

// shift moves a span of text extracted from byte from of the document to
// the document's place. Windows start at a line's start, so columns stay.
func (p *windowPlace) shift(s *Span, from int) {
	s.Start += from
	s.End += from
	s.Line += p.line
}

// LaterWindowsFrom is, for a document extracted in windows by
// ExtractWindows, the least byte at which any span (a claim's, its
// sentence's, its attribution's) of a later window can start, once a
// window has given a claim starting at byte last: a later window starts
// past last, and its text at most its context before that. Whoever
// indexes what the windows give by span can forget what starts before it.
func LaterWindowsFrom(doc *ingest.Document, last int) int {
	return boundaryBefore(doc.Text, last+1-windowBefore, doc.Format == "md")
}
