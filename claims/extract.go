package claims

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"github.com/claimdiff/claimdiff/claims/english"
	"github.com/claimdiff/claimdiff/claims/ingest"
	"github.com/claimdiff/claimdiff/claims/mention"
	"github.com/claimdiff/claimdiff/claims/names"
	"github.com/claimdiff/claimdiff/claims/rules"
	"github.com/claimdiff/claimdiff/claims/segment"
)

// Extract finds the claims in one document with the given rules. It is a
// pure function of (document, rules) and linear in the document's length.
func Extract(doc *ingest.Document, r *rules.Rules) *Result {
	e := NewExtractor(r)
	e.once = true
	return e.Extract(doc)
}

// An Extractor extracts documents one after another with one set of
// rules, as Extract does, keeping the tokens' folded forms it learnt from
// one document to the next. Its results are Extract's. It is not safe for
// concurrent use: each goroutine has its own.
//
// Names' normalised forms and types are memoised for one document only: a
// cache kept from one document to the next cost more than it saved (the
// seeds x400 on one core took 1.09x the CPU with it, the corpus the same),
// for every collection marks it again while it holds a worker's names.
// The tables of that memo and of the document's people are kept, emptied,
// from one document to the next, so they are not grown again each time.
type Extractor struct {
	rules  *rules.Rules
	forms  segment.Forms
	names  *nameCache
	people *names.Index
	// input indexes each document's mentions for the rules, its tables
	// reused: they hold no pointers. matches holds the rules' matches,
	// and seen what peopleIndex reads, their room reused.
	input   rules.Input
	matches []rules.Match
	seen    peopleSeen
	// attrBuf holds the attribution pass's index buffers, reused: they hold
	// no pointers, so keeping them costs the collector nothing.
	attrBuf attrBuffers
	// build holds the builder's buffers, reused likewise.
	build buildBuffers
	// claims is the room the claims are built in, reused: each document's
	// are copied out at their number (keep), and the room emptied; once
	// is set for an Extractor that extracts one document only (Extract),
	// which hands its room to the result rather than copy it.
	claims []Claim
	once   bool
}

// NewExtractor returns an Extractor with rules r.
func NewExtractor(r *rules.Rules) *Extractor {
	return &Extractor{rules: r, names: newNameCache(r), people: names.NewIndex(r.Names)}
}

// Extract finds the claims in one document, as Extract does.
func (e *Extractor) Extract(doc *ingest.Document) *Result {
	r, names := e.rules, e.names
	names.reset()
	e.people.Reset()
	txt := segment.Segment(doc.Text, segment.Options{SoftWrap: doc.Format == "md", Forms: &e.forms})
	ms := mention.Recognise(txt, r.Lexicon(), mention.Options{Published: doc.Published})
	in := e.input.Index(txt, ms)
	res := &Result{Doc: doc, Text: txt, Mentions: ms}
	b := builder{doc: doc, txt: txt, in: in, rules: r, names: names, buf: &e.build}
	b.people, b.lastPerson = b.peopleIndex(e.people, &e.seen)
	e.matches = r.AppendMatches(e.matches[:0], in)
	cs := b.claims(e.claims[:0], e.matches)
	built := len(cs) // in order; the attribution appends its quotes, in order
	e.seen.forget()  // the people gone on about are the builder's, done
	cs, res.Attributions, res.SentenceAttributions = attribute(doc, txt, cs, r, in, names, &e.attrBuf)
	res.Claims = e.keep(cs)
	mergeClaims(res.Claims, built, &e.build.sortIdx)
	setIDs(res.Claims, doc.ID)
	return res
}

// setIDs sets each claim's ID, the document's ID, '#' and the claim's
// number from 1, made in one string whose parts they are.
func setIDs(cs []Claim, doc string) {
	n := 0
	for i := range cs {
		n += len(doc) + 1 + digits(i+1)
	}
	var sb strings.Builder
	sb.Grow(n)
	var num [20]byte
	for i := range cs {
		sb.WriteString(doc)
		sb.WriteByte('#')
		sb.Write(strconv.AppendInt(num[:0], int64(i+1), 10))
	}
	all, at := sb.String(), 0
	for i := range cs {
		end := at + len(doc) + 1 + digits(i+1)
		cs[i].ID = all[at:end]
		at = end
	}
}

// digits is the number of decimal digits of n > 0.
func digits(n int) int {
	d := 1
	for ; n >= 10; n /= 10 {
		d++
	}
	return d
}

// keep returns the document's claims cs in a slice of their own, of their
// number (nil for none, as a document without claims is decoded), and
// empties the room they were built in for the next document, keeping
// the larger room where the attribution outgrew it. An Extractor used
// once hands the room itself over: no document comes next.
func (e *Extractor) keep(cs []Claim) []Claim {
	if e.once && len(cs) > 0 {
		e.claims = nil
		return cs
	}
	var out []Claim
	if len(cs) > 0 {
		out = slices.Clone(cs)
	}
	if cap(cs) > cap(e.claims) {
		e.claims = cs[:0]
	}
	if cap(e.claims) > 4*len(cs)+64 {
		// a room a large document made is let go, not emptied for every
		// small one after it: a document's cost stays its own
		e.claims = nil
		return out
	}
	clear(e.claims[:cap(e.claims)]) // it refers to no document's strings
	return out
}

// claims resolves overlapping matches (earlier rules win a quantity; one
// claim per named victim and sentence) and builds the claims in text
// order, appending them to room (empty): keep copies them out.
func (b *builder) claims(room []Claim, matches []rules.Match) []Claim {
	order, bound := b.rankMatches(matches)
	// Room for the claims derived from them, and for the quotes the
	// attribution adds: about one for each pair of double quote marks
	// (an estimate: the room grows where it falls short).
	more := bound/8 + b.quoteMarks()/2 + 4
	if cap(room) < bound+more {
		// made, not grown by slices.Grow: that appends a slice it makes,
		// which the race detector's build does allocate
		room = make([]Claim, 0, bound+more)
	}
	out := b.resolveMatches(matches, order, room)
	out = b.frames(out)
	out = b.casualties(out) // after frames: it sets the perpetrator flag in them
	out = append(out, b.eventTimes()...)
	sortClaims(out, &b.buffers().sortIdx)
	return out
}

// ranked is a match's place in the order claims are built in: rule
// priority, first token, input order.
type ranked struct{ prio, first, i int32 }

// rankMatches orders the matches by (rule priority, first token, input
// order): a stable sort of indices, without moving the matches or looking
// priorities up in every comparison. It also returns a bound on the
// claims they make: each claim has its own key (a mention, or a kind and
// sentence), so the distinct mentions plus the matches without one bound
// them.
func (b *builder) rankMatches(matches []rules.Match) (order []ranked, bound int) {
	bb := b.buffers()
	order = grow(bb.order, len(matches))
	bb.order = order
	seen := grow(bb.seen, len(b.in.Mentions))
	clear(seen)
	bb.seen = seen
	for i := range matches {
		m := &matches[i]
		order[i] = ranked{int32(b.rules.Priority(m.Rule)), int32(m.First), int32(i)}
		k := -1 // the mention the claim would be keyed on, as claim keys it
		if m.Value >= 0 && m.Rule.Value == nil {
			k = m.Value
		} else if m.Value < 0 {
			k = m.Date
		}
		if k < 0 || !seen[k] {
			bound++
		}
		if k >= 0 {
			seen[k] = true
		}
	}
	slices.SortFunc(order, func(a, b ranked) int {
		if c := cmp.Compare(a.prio, b.prio); c != 0 {
			return c
		}
		if c := cmp.Compare(a.first, b.first); c != 0 {
			return c
		}
		return cmp.Compare(a.i, b.i)
	})
	return order, bound
}

// quoteMarks is the number of the document's double quote marks,
// straight and curly (“ ”), counted in its text's bytes, not read from its
// tokens. Single marks are left out (an apostrophe is written with the
// same ones; a text quoting in them makes its room grow once). It only
// sizes the room the claims are built in, which grows where it falls
// short.
func (b *builder) quoteMarks() int {
	src := b.txt.Src
	return strings.Count(src, "\"") + strings.Count(src, "\u201c") + strings.Count(src, "\u201d")
}

// resolveMatches builds the claims of the matches in rank order, appending
// to out, and resolves overlaps: an earlier rule wins a quantity, a
// sentence has one constant claim of a kind and one claim per named
// victim, and asides (lists of other stories) make none.
func (b *builder) resolveMatches(matches []rules.Match, order []ranked, out []Claim) []Claim {
	values, dates := 0, 0 // the most claim makes: one of each a match
	for i := range matches {
		if matches[i].Value >= 0 || matches[i].Rule.Value != nil {
			values++
		}
		if matches[i].Date >= 0 {
			dates++
		}
	}
	b.valueSlab.reserve(values)
	b.dateSlab.reserve(dates)
	bb := b.buffers()
	usedMention := grow(bb.usedMention, len(b.in.Mentions))
	clear(usedMention)
	bb.usedMention = usedMention
	if bb.usedVictim == nil {
		bb.usedVictim = map[sentenceKey]bool{}
	}
	usedVictim := bb.usedVictim
	defer clear(usedVictim) // it holds the document's names
	aside := markAsides(bb.asides, b.txt, b.rules.Asides.Headings)
	bb.asides = aside
	for _, o := range order {
		m := &matches[o.i]
		if aside[b.txt.Sentences[m.Sentence].Para] {
			continue // a list of other stories: not the article's claims
		}
		if m.Rule.Value != nil && usedVictim[sentenceKey{kind: m.Rule.Kind, sentence: m.Sentence}] {
			continue // the sentence has its constant claim of this kind: do not build another
		}
		// the claim is built in its place in out, and taken back when
		// it is not kept: a Claim is large, and not copied
		out = append(out, Claim{})
		c := &out[len(out)-1]
		if !b.keepClaim(c, m, usedMention, usedVictim) {
			out = out[:len(out)-1]
		}
	}
	return out
}

// keepClaim builds into c the claim of match m, and reports whether to
// keep it: whether m makes one and the claims before it took neither its
// mention nor its kind in its sentence (its constant, or its victim),
// which it then takes.
func (b *builder) keepClaim(c *Claim, m *rules.Match, usedMention []bool, usedVictim map[sentenceKey]bool) bool {
	key, ok := b.claim(c, m)
	if !ok {
		return false
	}
	switch {
	case key.mention >= 0:
		if usedMention[key.mention] {
			return false
		}
		usedMention[key.mention] = true
	case key.constant:
		k := sentenceKey{kind: c.Kind, sentence: m.Sentence}
		if usedVictim[k] {
			return false
		}
		usedVictim[k] = true
	case key.victim != "":
		k := sentenceKey{kind: c.Kind, victim: key.victim, sentence: m.Sentence}
		if usedVictim[k] {
			return false
		}
		usedVictim[k] = true
	}
	return true
}

// sentenceKey is a claim of a kind in a sentence, of a victim or not:
// resolveMatches keeps one of each.
type sentenceKey struct {
	kind, victim string
	sentence     int
}

type claimKey struct {
	mention  int
	victim   string
	constant bool // a rule's constant value: one per kind and sentence
}

// claim builds the claim for one match into c, a zero Claim, and reports
// the key it is resolved by and whether m makes one. Its fields are set
// one by one: a Claim literal would be made aside and copied in.
func (b *builder) claim(c *Claim, m *rules.Match) (claimKey, bool) {
	ru := m.Rule
	toks := b.txt.Tokens
	c.Doc, c.Source, c.Kind, c.Rule = b.doc.ID, b.doc.Source, ru.Kind, ru.ID
	c.sent, c.tok, c.val, c.Attribution = m.Sentence, m.First, -1, none
	key := claimKey{mention: -1}
	if m.Value >= 0 && ru.Value == nil { // a rule's constant is the value: "a 16-year-old was killed" is 1
		mv := b.in.Mentions[m.Value]
		v := b.valueSlab.new(*mv.Value)
		if m.Negative {
			negate(v)
		}
		if ru.Unit != "" && (mv.Type == mention.Number) {
			v.Unit = ru.Unit
		}
		c.Value = v
		c.val = m.Value
		key.mention = m.Value
		if mv.Type == mention.Age && mv.Person[0] >= 0 {
			c.Subject = b.person(b.nameAt(mv.Person[0], mv.Person[1]))
		}
	}
	if ru.Value != nil {
		c.Value = b.valueSlab.new(mention.Value{Number: *ru.Value, Bound: mention.Exact, Unit: ru.Unit})
		key.constant = true
	}
	if m.Date >= 0 {
		d := b.in.Mentions[m.Date].Date
		if d != nil && d.Precision != "unresolved" {
			c.Date = b.dateSlab.new(*d)
		}
		if m.Value < 0 {
			key.mention = m.Date
		}
	}
	if sp, ok := m.Slots.Get("victim"); ok {
		if !b.victimOK(*m, sp) {
			return key, false
		}
		c.Victim = b.nameAt(sp[0], sp[1])
		key.victim = c.Victim
	}
	if sp, ok := m.Slots.Get("subject"); ok {
		c.Subject = b.nameAt(sp[0], sp[1])
	} else if sp, ok := m.Slots.Get("person"); ok {
		c.Subject = b.nameAt(sp[0], sp[1])
	}
	if sp, ok := m.Slots.Get("place"); ok {
		c.Place = b.nameAt(sp[0], sp[1])
	}
	if c.Value == nil && c.Date == nil && c.Victim == "" {
		return key, false // e.g. a relative date with no publication date to resolve it
	}
	s := b.txt.Sentences[m.Sentence]
	for _, slot := range ru.Slots {
		switch slot {
		case "subject":
			if c.Subject == "" {
				c.Subject = b.subject(*m, s)
			}
		case "place":
			if c.Place == "" {
				c.Place = b.place(*m, s)
			}
		case "time":
			if c.Date == nil {
				c.Date = b.time(*m, s)
			}
		}
	}
	c.Text = b.span(m.First, m.Last)
	c.Span = b.spanOf(toks[m.First].Start, toks[m.Last-1].End)
	c.Sentence = b.sentence(m.Sentence, c.Span.Start, c.Span.End)
	c.SentenceSpan = b.spanOf(s.Start, s.End)
	return key, true
}

// victimOK rejects names that are not the one killed: a name the pattern
// starts with that stands inside a prepositional phrase ("commander in
// Iraq, was killed") or is a possessive ("killing of Iran's top general").
func (b *builder) victimOK(m rules.Match, sp [2]int) bool {
	toks := b.txt.Tokens
	possessive := sp[1] < len(toks) && toks[sp[1]].Norm == "'s"
	if possessive {
		return sp[1] < m.Last-1 // "Soleimani's death", not "killing of Iran's general"
	}
	if sp[0] != m.First {
		return true
	}
	k := sp[0] - 1
	for k >= 0 && english.IsArticleKey(toks[k].Key, toks[k].Norm) {
		k--
	}
	return k < 0 || !english.IsCommonPrepositionKey(toks[k].Key, toks[k].Norm)
}

func negate(v *mention.Value) {
	v.Number = -v.Number
	lo, hi := v.Low, v.High
	v.Low, v.High = nil, nil
	if hi != nil {
		x := -*hi
		v.Low = &x
	}
	if lo != nil {
		x := -*lo
		v.High = &x
	}
	switch v.Bound {
	case mention.AtLeast:
		v.Bound = mention.AtMost
	case mention.MoreThan:
		v.Bound = mention.LessThan
	case mention.AtMost:
		v.Bound = mention.AtLeast
	case mention.LessThan:
		v.Bound = mention.MoreThan
	}
}
