package compare

import (
	"strings"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/english"
	"github.com/claimdiff/claimdiff/claims/rules"
)

// maxWhenSubject is the most words of the subject between "when" and
// "was": "when Mr. McCulloch was a child".
const maxWhenSubject = 3

// datedApart reports a figure its clause dates apart from the story (the
// rules' compare.life-stages and compare.long-ago): "his father, an
// officer, died of a gunshot on patrol when the prosecutor was a
// child", "two people were killed at the corner years
// ago". Such a figure is history, not the story's fact said again. The
// clause is the claim's words and those beside it up to a comma,
// semicolon, colon or dash.
func datedApart(c *claims.Claim, cs *rules.CompareSettings) bool {
	if len(cs.LifeStages) == 0 && len(cs.LongAgo) == 0 {
		return false
	}
	words := clauseWords(c)
	for _, p := range cs.LongAgo {
		if at := wordsAt(words, strings.Fields(p)); at >= 0 && !countsFrom(words[max(0, at-countsFromReach):at], cs.CountsFrom) {
			return true
		}
	}
	for i, w := range words {
		if w == "when" && lifeStageAfter(words[i+1:], cs.LifeStages) {
			return true
		}
	}
	return false
}

// countsFromReach is how many words before a long-ago phrase may tie it
// to a count from then: "since it began two years ago", "from 30 six
// years ago"; not "shot over a parking dispute at the same corner two
// years ago".
const countsFromReach = 4

// countsFrom reports clause words just before a long-ago phrase, one of
// the rules' compare.counts-from, that make it the start of what the
// figure counts or the figure it is measured against, not the figure's
// own time: "has killed 500 people since it began two years ago", "rose
// to 45 last year from 30 six years ago".
func countsFrom(before []string, from map[string]bool) bool {
	for _, w := range before {
		if from[w] {
			return true
		}
	}
	return false
}

// lifeStageAfter reports words after "when" that say someone was at a
// stage of life: a subject of a few words, "was" or "were", maybe an
// article, and a life stage ("Mr. McCulloch was a child", "they were
// teenagers"); not "he was killed and the boy wounded".
func lifeStageAfter(words []string, stages map[string]bool) bool {
	for k := 1; k <= maxWhenSubject && k < len(words); k++ {
		if v := words[k]; v != "was" && v != "were" {
			continue
		}
		rest := words[k+1:]
		if len(rest) > 0 && english.IsArticle(rest[0]) {
			rest = rest[1:]
		}
		return len(rest) > 0 && stages[rest[0]]
	}
	return false
}

// clauseWords are the lower-case words of the clause a claim stands in:
// from the last clause mark before it to the first after it.
func clauseWords(c *claims.Claim) []string {
	s := c.Sentence
	from, to := c.Span.Start-c.SentenceSpan.Start, c.Span.End-c.SentenceSpan.Start
	if from < 0 || to > len(s) || from > to {
		return nil
	}
	const marks = ",;:—–("
	lo := 0
	if i := strings.LastIndexAny(s[:from], marks); i >= 0 {
		_, n := utf8.DecodeRuneInString(s[i:])
		lo = i + n
	}
	hi := len(s)
	if i := strings.IndexAny(s[to:], marks); i >= 0 {
		hi = to + i
	}
	var out []string
	for _, w := range strings.Fields(strings.ToLower(s[lo:hi])) {
		if w = strings.Trim(w, `.!?"'“”‘’)`); w != "" {
			out = append(out, w)
		}
	}
	return out
}
