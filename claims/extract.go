package claims

import (
	"cmp"
	"context"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/claimdiff/claimdiff/claims/ingest"
	"github.com/claimdiff/claimdiff/claims/mention"
	"github.com/claimdiff/claimdiff/claims/names"
	"github.com/claimdiff/claimdiff/claims/rules"
	"github.com/claimdiff/claimdiff/claims/segment"
)

// Result is the extraction of one document.
type Result struct {
	Doc      *ingest.Document
	Text     *segment.Text
	Mentions []mention.Mention
	Claims   []Claim
	// Attributions lists every attribution found, claim or not: each
	// quote's, each according-to phrase's and each speech cue's, in text
	// order. Evaluation against annotated corpora reads it.
	Attributions []Attribution
	// SentenceAttributions is, per sentence of Text, who the sentence's
	// statement is attributed to outside quotes (according-to first, then a
	// speech cue), with its hedge; form none for bare statements.
	SentenceAttributions []Attribution
	// Words is, per sentence of Text, its content words as comparison
	// matches them (ContentWords); nil until FillWords, which comparison
	// and the extraction cache call. A Result read from the cache for
	// comparison has Words but no Tokens.
	Words [][]string
}

// Extract finds the claims in one document with the given rules. It is a
// pure function of (document, rules) and linear in the document's length.
func Extract(doc *ingest.Document, r *rules.Rules) *Result {
	txt := segment.Segment(doc.Text, segment.Options{SoftWrap: doc.Format == "md"})
	ms := mention.Recognise(txt, r.Lexicon(), mention.Options{Published: doc.Published})
	in := rules.NewInput(txt, ms)
	res := &Result{Doc: doc, Text: txt, Mentions: ms}
	names := newNameCache(r)
	b := builder{doc: doc, txt: txt, in: in, rules: r, names: names}
	b.people, b.lastPerson = b.peopleIndex()
	res.Claims, res.Attributions, res.SentenceAttributions = attribute(doc, txt, b.claims(r.Match(in)), r, in, names)
	sortClaims(res.Claims)
	id := append([]byte(doc.ID), '#')
	for i := range res.Claims {
		res.Claims[i].ID = string(strconv.AppendInt(id, int64(i+1), 10))
	}
	return res
}

// ExtractAll extracts every document on all cores and returns the results in
// input order. It stops early when ctx is cancelled.
func ExtractAll(ctx context.Context, docs []*ingest.Document, r *rules.Rules, progress func(done int)) ([]*Result, error) {
	return ExtractAllWith(ctx, docs, func(d *ingest.Document) *Result { return Extract(d, r) }, progress)
}

// ExtractAllWith runs extract over every document on all cores and returns
// the results in input order; progress, when not nil, is told how many are
// done after each. It stops early when ctx is cancelled. The extraction
// cache passes an extract that reads a stored result first.
func ExtractAllWith(ctx context.Context, docs []*ingest.Document, extract func(*ingest.Document) *Result, progress func(done int)) ([]*Result, error) {
	out := make([]*Result, len(docs))
	workers := min(runtime.GOMAXPROCS(0), len(docs))
	next := make(chan int)
	var wg sync.WaitGroup
	var mu sync.Mutex
	done := 0
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				out[i] = extract(docs[i])
				if progress != nil {
					mu.Lock()
					done++
					progress(done)
					mu.Unlock()
				}
			}
		}()
	}
	var err error
feed:
	for i := range docs {
		select {
		case next <- i:
		case <-ctx.Done():
			err = ctx.Err()
			break feed
		}
	}
	close(next)
	wg.Wait()
	if err != nil {
		return nil, err
	}
	return out, nil
}

// builder assembles claims from matches for one document.
type builder struct {
	doc   *ingest.Document
	txt   *segment.Text
	in    *rules.Input
	rules *rules.Rules
	names *nameCache
	// people holds the full names of persons the document gives, for
	// back-references ("Lopez" after "Ivan A. Lopez").
	people *names.Index
	// lastPerson is, per sentence, the last person named before it.
	lastPerson []string
	// folded holds the sentences claims carry, folded to one line, by
	// sentence index.
	folded map[int]string
}

// claims resolves overlapping matches (earlier rules win a quantity; one
// claim per named victim and sentence) and builds the claims in text order.
func (b *builder) claims(matches []rules.Match) []Claim {
	order, bound := b.rankMatches(matches)
	// Room for the claims derived from them, and for the quotes the
	// attribution adds: at most one for each pair of quote marks.
	room := bound/8 + b.quoteMarks()/2 + 4
	out := b.resolveMatches(matches, order, make([]Claim, 0, bound+room))
	out = b.frames(out)
	out = b.casualties(out) // after frames: it sets the perpetrator flag in them
	out = append(out, b.eventTimes()...)
	if len(out) == 0 {
		return nil // as a document without claims is decoded
	}
	if cap(out)-len(out) > 2*room {
		// the bound was loose: keep room for the quotes to come, not more
		out = append(make([]Claim, 0, len(out)+room), out...)
	}
	sortClaims(out)
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
	order = make([]ranked, len(matches))
	seen := make([]bool, len(b.in.Mentions))
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

// quoteMarks counts the quote marks of the document.
func (b *builder) quoteMarks() int {
	marks := 0
	for i := range b.txt.Tokens {
		if t := &b.txt.Tokens[i]; t.Kind == segment.Punct && (t.Norm == "\"" || t.Norm == "'") {
			marks++
		}
	}
	return marks
}

// resolveMatches builds the claims of the matches in rank order, appending
// to out, and resolves overlaps: an earlier rule wins a quantity, a
// sentence has one constant claim of a kind and one claim per named
// victim, and asides (lists of other stories) make none.
func (b *builder) resolveMatches(matches []rules.Match, order []ranked, out []Claim) []Claim {
	type sentenceKey struct {
		kind, victim string
		sentence     int
	}
	usedMention := make([]bool, len(b.in.Mentions))
	usedVictim := map[sentenceKey]bool{}
	aside := asides(b.txt, b.rules.Asides.Headings)
	for _, o := range order {
		m := matches[o.i]
		if aside[b.txt.Sentences[m.Sentence].Para] {
			continue // a list of other stories: not the article's claims
		}
		if m.Rule.Value != nil && usedVictim[sentenceKey{kind: m.Rule.Kind, sentence: m.Sentence}] {
			continue // the sentence has its constant claim of this kind: do not build another
		}
		c, key, ok := b.claim(m)
		if !ok {
			continue
		}
		switch {
		case key.mention >= 0:
			if usedMention[key.mention] {
				continue
			}
			usedMention[key.mention] = true
		case key.constant:
			k := sentenceKey{kind: c.Kind, sentence: m.Sentence}
			if usedVictim[k] {
				continue
			}
			usedVictim[k] = true
		case key.victim != "":
			k := sentenceKey{kind: c.Kind, victim: key.victim, sentence: m.Sentence}
			if usedVictim[k] {
				continue
			}
			usedVictim[k] = true
		}
		out = append(out, c)
	}
	return out
}

// sortClaims orders claims by position, then kind and victim, stably. It
// sorts indices and then moves each claim once, in place, along the
// permutation's cycles: a claim is a large value, and a stable sort (or a
// sorted copy) would move or allocate many.
func sortClaims(cs []Claim) {
	less := func(a, b *Claim) int {
		if c := cmp.Compare(a.Span.Start, b.Span.Start); c != 0 {
			return c
		}
		if c := strings.Compare(a.Kind, b.Kind); c != 0 {
			return c
		}
		return strings.Compare(a.Victim, b.Victim)
	}
	sorted := true
	for i := 1; i < len(cs) && sorted; i++ {
		sorted = less(&cs[i-1], &cs[i]) <= 0
	}
	if sorted {
		return
	}
	idx := make([]int32, len(cs))
	for i := range idx {
		idx[i] = int32(i)
	}
	slices.SortStableFunc(idx, func(i, j int32) int { return less(&cs[i], &cs[j]) })
	// Position k takes the claim at idx[k]; follow each cycle once.
	for i := range idx {
		if idx[i] < 0 || int(idx[i]) == i {
			continue
		}
		tmp := cs[i]
		j := i
		for {
			k := int(idx[j])
			idx[j] = -1
			if k == i {
				cs[j] = tmp
				break
			}
			cs[j] = cs[k]
			j = k
		}
	}
}

type claimKey struct {
	mention  int
	victim   string
	constant bool // a rule's constant value: one per kind and sentence
}

// claim builds the claim for one match.
func (b *builder) claim(m rules.Match) (Claim, claimKey, bool) {
	ru := m.Rule
	toks := b.txt.Tokens
	c := Claim{Doc: b.doc.ID, Source: b.doc.Source, Kind: ru.Kind, Rule: ru.ID, sent: m.Sentence, tok: m.First, val: -1, Attribution: none}
	key := claimKey{mention: -1}
	if m.Value >= 0 && ru.Value == nil { // a rule's constant is the value: "a 16-year-old was killed" is 1
		mv := b.in.Mentions[m.Value]
		v := *mv.Value
		if m.Negative {
			negate(&v)
		}
		if ru.Unit != "" && (mv.Type == mention.Number) {
			v.Unit = ru.Unit
		}
		c.Value = &v
		c.val = m.Value
		key.mention = m.Value
		if mv.Type == mention.Age && mv.Person[0] >= 0 {
			c.Subject = b.person(b.names.normalize(b.span(mv.Person[0], mv.Person[1])))
		}
	}
	if ru.Value != nil {
		c.Value = &mention.Value{Number: *ru.Value, Bound: mention.Exact, Unit: ru.Unit}
		key.constant = true
	}
	if m.Date >= 0 {
		d := b.in.Mentions[m.Date].Date
		if d != nil && d.Precision != "unresolved" {
			dv := *d
			c.Date = &dv
		}
		if m.Value < 0 {
			key.mention = m.Date
		}
	}
	if sp, ok := m.Slots["victim"]; ok {
		if !b.victimOK(m, sp) {
			return c, key, false
		}
		c.Victim = b.names.normalize(b.span(sp[0], sp[1]))
		key.victim = c.Victim
	}
	if sp, ok := m.Slots["subject"]; ok {
		c.Subject = b.names.normalize(b.span(sp[0], sp[1]))
	} else if sp, ok := m.Slots["person"]; ok {
		c.Subject = b.names.normalize(b.span(sp[0], sp[1]))
	}
	if sp, ok := m.Slots["place"]; ok {
		c.Place = b.names.normalize(b.span(sp[0], sp[1]))
	}
	if c.Value == nil && c.Date == nil && c.Victim == "" {
		return c, key, false // e.g. a relative date with no publication date to resolve it
	}
	s := b.txt.Sentences[m.Sentence]
	for _, slot := range ru.Slots {
		switch slot {
		case "subject":
			if c.Subject == "" {
				c.Subject = b.subject(m, s)
			}
		case "place":
			if c.Place == "" {
				c.Place = b.place(m, s)
			}
		case "time":
			if c.Date == nil {
				c.Date = b.time(m, s)
			}
		}
	}
	c.Text = b.span(m.First, m.Last)
	c.Span = b.spanOf(toks[m.First].Start, toks[m.Last-1].End)
	c.Sentence = b.sentence(m.Sentence, c.Span.Start, c.Span.End)
	c.SentenceSpan = b.spanOf(s.Start, s.End)
	return c, key, true
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
	for k >= 0 && (toks[k].Norm == "the" || toks[k].Norm == "a" || toks[k].Norm == "an") {
		k--
	}
	return k < 0 || !prepositions[toks[k].Norm]
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

// span returns the source text of tokens [first, last).
func (b *builder) span(first, last int) string {
	if first >= last {
		return ""
	}
	return b.txt.Src[b.txt.Tokens[first].Start:b.txt.Tokens[last-1].End]
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
