package compare

import (
	"slices"
	"strings"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/internal/sortedset"
)

// An outlet that leaves a source unnamed often sums up in a few words of
// its own what another outlet quotes a named person saying: "The leak may
// have been due to negligence, officials say" against the industries
// minister's "We must learn how far this was negligence"; "Experts say
// the studies were too small to show it works safely" against an
// epidemiologist's "encouraging but small". The two
// share little but the summary's key word, written alike, which neither
// document writes in another sentence. That word aligns them when the
// unnamed side's core clause is short (maxSummaryWords) and holds it, and
// the other side names a person in full, and the word plays the same part
// in both statements (partIn): the finding is then an unnamed-vs-named
// gap. "The shooting followed an argument" says nothing of what "officers
// had responded to an argument at the same address" says, nor "The bridge
// will stay closed pending an inspection" of "a separate inspection of the
// water mains would cost $2 million".

// maxSummaryWords is the most content words an unnamed source's core clause
// holds to be read as a summary.
const maxSummaryWords = 6

// minKeyLetters is the fewest letters of a summary's key word (as stemmed):
// shorter words ("said", "told", "time") are in every story.
const minKeyLetters = 5

// summaryPair reports sentences a and b that may be an unnamed source's
// statement (indirect or mixed, not a quotation) and a named person's (a
// person named in full), either way round; swap says b is the unnamed one.
// It reads only the two attributions: the cheap test, before any clause.
func (cmp *comparer) summaryPair(a, b ref) (swap, ok bool) {
	at, bt := cmp.results[a.doc].SentenceAttribution(a.sent), cmp.results[b.doc].SentenceAttribution(b.sent)
	sa, oka := summarySide(&at)
	sb, okb := summarySide(&bt)
	return sa == summaryNamed, oka && okb && sa != sb
}

// The two sides of an unnamed source's summary (summaryKey): the
// sentence an unnamed source is said to state, the one a person named in
// full is.
const (
	summaryUnnamed = iota
	summaryNamed
)

// summarySide is the side of an unnamed source's summary a sentence
// attributed as a can stand on, if any (summaryPair's test of each).
func summarySide(a *claims.Attribution) (int, bool) {
	switch {
	case a.SpeakerType == claims.SpeakerAnonymous && a.Form != claims.FormNone && a.Form != claims.FormDirect:
		return summaryUnnamed, true
	case a.SpeakerType == claims.SpeakerPerson && len(strings.Fields(a.Speaker)) >= 2:
		return summaryNamed, true
	}
	return 0, false
}

// summaryWord reports a statement word that can be a summary's key
// (summaryKey's test of the word alone).
func summaryWord(w string) bool { return len(w) >= minKeyLetters && !figure(w) && !functionWord(w) }

// summaryKey is the word by which an unnamed source's short statement (un,
// its core clause's words cu) and a named person's (named) say the same,
// or "": sentences summaryPair reads as such a pair, sa and sb their
// statement words. once reports a word no document uses in more than one
// of the sentences aligned.
func (cmp *comparer) summaryKey(un, named ref, cu []string, sa, sb wordSet, once func(string) bool) string {
	if len(cu) == 0 || len(cu) > maxSummaryWords {
		return ""
	}
	tu, tn := textWords(cmp.sentenceText(un)), textWords(cmp.sentenceText(named))
	for x := range sortedset.Common(sa, sb) {
		if !summaryWord(x) || !once(x) || !slices.Contains(cu, x) {
			continue
		}
		w := lowerWord(x, tu)
		if w == "" || !slices.Contains(tn, w) {
			continue // the same word as written: "managing director" is no "managed to"
		}
		if p := partIn(cmp.statedContent(un), w); p >= 0 && p == partIn(cmp.statedContent(named), w) {
			return x
		}
	}
	return ""
}
