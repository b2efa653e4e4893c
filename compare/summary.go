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
// minister's "We need to understand to what extent was this negligence";
// "Experts say the trials were too small to prove effectiveness and
// safety" against an epidemiologist's "encouraging but small". The two
// share little but the summary's key word, written alike, which neither
// document writes in another sentence. That word aligns them when the
// unnamed side's core clause is short (maxSummaryWords) and holds it, and
// the other side names a person in full: the finding is then an
// unnamed-vs-named gap.

// maxSummaryWords is the most content words an unnamed source's core clause
// holds to be read as a summary.
const maxSummaryWords = 6

// minKeyLetters is the fewest letters of a summary's key word (as stemmed):
// shorter words ("said", "told", "time") are in every story.
const minKeyLetters = 5

// summaryKey is the word by which an unnamed source's short statement and
// a named person's say the same, or "": sentences a and b (their statement
// words sa and sb, their core clauses' ca and cb), either way round. once
// reports a word no document uses in more than one of the sentences
// aligned.
func (cmp *comparer) summaryKey(a, b ref, ca, cb []string, sa, sb wordSet, once func(string) bool) string {
	at := func(r ref) claims.Attribution { return cmp.results[r.doc].SentenceAttributions[r.sent] }
	un, named := at(a), at(b)
	if un.SpeakerType != claims.SpeakerAnonymous {
		if named.SpeakerType != claims.SpeakerAnonymous {
			return ""
		}
		a, b, ca = b, a, cb
		un, named = named, un
	}
	if un.Form == claims.FormNone || un.Form == claims.FormDirect || named.SpeakerType != claims.SpeakerPerson ||
		len(strings.Fields(named.Speaker)) < 2 || len(ca) == 0 || len(ca) > maxSummaryWords {
		return ""
	}
	ta, tb := cmp.sentenceText(a), cmp.sentenceText(b)
	for x := range sortedset.Common(sa, sb) {
		if len(x) < minKeyLetters || figure(x) || functionWord(x) || !once(x) || !slices.Contains(ca, x) {
			continue
		}
		if w := lowerWord(x, ta); w != "" && writesWord(tb, w) {
			return x // the same word as written: "managing director" is no "managed to"
		}
	}
	return ""
}
