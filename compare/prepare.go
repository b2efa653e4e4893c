package compare

import (
	"slices"
	"sync"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/phrase"
	"github.com/claimdiff/claimdiff/claims/rules"
)

// FillStatements sets res.Statements, each sentence's words as statement
// alignment reads them, res.Words, and res.Passages, the words of the
// quoted passages quote alignment takes (takenPassages), unless they are
// set already. They depend on the result and the rules alone, so the
// extraction cache keeps them with the result (cache.Open's fill): a
// comparison of results read from it does not read their sentences
// again, nor trimming them their quotes.
func FillStatements(res *claims.Result, r *rules.Rules) {
	if res.Text == nil {
		return
	}
	if res.Passages == nil {
		res.Passages = make([][][]string, len(res.Claims))
		for ci := range res.Claims {
			if c := &res.Claims[ci]; c.Kind == claims.KindQuote {
				res.Passages[ci] = takenPassages(res.Text.Src, c)
			}
		}
	}
	if res.Statements != nil {
		return
	}
	res.FillWords(r)
	cmp := &comparer{results: []*claims.Result{res}, r: r, words: make([][]wordSet, 1)}
	st := make([]claims.StatementWords, len(res.Text.Sentences))
	for si := range st {
		if len(res.Words[si]) < minStatementWords {
			continue // never aligned as a statement (statementItems); worked out if asked
		}
		all, inside := cmp.statementWords(0, si)
		if slices.Equal(all, res.Words[si]) {
			all = res.Words[si] // most sentences: held once, as a decoded entry holds them
		}
		st[si] = claims.StatementWords{All: all, Inside: inside}
	}
	res.Statements = st
}

// takenPassages are the words (quoteWords) of each passage of quote
// claim c, src its document's text, that quote alignment takes.
func takenPassages(src string, c *claims.Claim) [][]string {
	var out [][]string
	for _, ws := range alignedPassages(src, c) {
		out = append(out, ws)
	}
	return out
}

// passagesOf is what takenPassages gives of claim ci of res, a result
// whose Passages, when set, are one a claim.
func passagesOf(res *claims.Result, ci int) [][]string {
	if res.Passages != nil {
		return res.Passages[ci]
	}
	return takenPassages(res.Text.Src, &res.Claims[ci])
}

// items are a document's typed claims as alignment takes them, in text
// order; the stage of the story each sentence names is read once.
func (cmp *comparer) items(di int, res *claims.Result) []*item {
	var items []*item
	stages := map[int]stage{}
	var lower map[string]bool // the words the document writes in lower case, once a claim's entity asks
	for ci := range res.Claims {
		c := &res.Claims[ci]
		if c.Kind == claims.KindQuote || derived(c, cmp.r) || datedApart(c, &cmp.r.Compare) {
			continue // a history figure ("... killed when Mr. McCulloch was a child") is no fact of the story
		}
		si := c.SentenceIndex()
		it := &item{c: c, doc: di, words: cmp.sentenceWords(di, si), m: measureOf(cmp.r, c)}
		if e := frameOf(c).Entity; e != "" {
			if lower == nil && openingWord(e, c.Sentence) {
				lower = lowerCaseWords(res)
			}
			it.entityNamed = named(e, c.Sentence, lower)
		}
		it.place, it.subject = slotsOf(c)
		if describedCount(cmp.r, c) {
			it.persons = personWords(c.Text)
			it.diedBeside = deathsBeside(c, deathWords(cmp.r))
		}
		if c.Kind == claims.KindEventTime {
			it.span, it.timed = eventSpan(cmp.r, c)
		}
		if staged(cmp.r.Kinds[c.Kind]) {
			st, ok := stages[si]
			if !ok {
				st = sentenceStage(cmp.stages(), c.Sentence)
				stages[si] = st
			}
			it.stage = st
		}
		items = append(items, it)
	}
	countedWithDead(items, cmp.r)
	return items
}

// deathWords is the rules' casualties.deaths list, or nil.
func deathWords(r *rules.Rules) *phrase.Set[bool] {
	if r.Casualties == nil {
		return nil
	}
	return r.Casualties.Deaths
}

// preparedItems are the items (comparer.items) of the baseline results a
// Focus trimmed, each made on the worker that trimmed its result, as the
// results are decoded: the comparison, which starts after the last one,
// does not make them one after another. Compare takes each result's
// items once (takeItems): alignment marks them.
type preparedItems struct {
	r      *rules.Rules
	stages [][]stagePhrase // the rules' stages, split once for every result
	mu     sync.Mutex
	of     map[*claims.Result][]*item
}

func newPreparedItems(r *rules.Rules) *preparedItems {
	return &preparedItems{r: r, stages: stagePhrases(r), of: map[*claims.Result][]*item{}}
}

// add makes the items of res, a trimmed result as the comparison will
// read it; their document is set when they are taken. A nil p makes none.
func (p *preparedItems) add(res *claims.Result) {
	if p == nil || len(res.Claims) == 0 {
		return
	}
	cmp := &comparer{results: []*claims.Result{res}, r: p.r, words: make([][]wordSet, 1), stagesOf: p.stages}
	items := cmp.items(0, res)
	p.mu.Lock()
	p.of[res] = items
	p.mu.Unlock()
}

// take returns the items made of res, as those of document di, and
// forgets them; false when none were made.
func (p *preparedItems) take(res *claims.Result, di int) ([]*item, bool) {
	if p == nil {
		return nil, false
	}
	p.mu.Lock()
	items, ok := p.of[res]
	delete(p.of, res)
	p.mu.Unlock()
	for _, it := range items {
		it.doc = di
	}
	return items, ok
}
