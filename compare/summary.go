package compare

import (
	"slices"
	"strings"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/english"
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
		w := lowerWord(x, ta)
		if w == "" || !writesWord(tb, w) {
			continue // the same word as written: "managing director" is no "managed to"
		}
		if p := partIn(cmp.statedContent(a), w); p != partNone && p == partIn(cmp.statedContent(b), w) {
			return x
		}
	}
	return ""
}

// wordPart is the part a summary's key word plays in the clause that
// writes it.
type wordPart int

const (
	partNone       wordPart = iota // the clause does not write it
	partSubject                    // "Boulden's mother was there as well"
	partObject                     // "the shooting followed an argument"
	partComplement                 // "the trials were too small", "due to negligence", "to a local hospital"
)

// partIn is the part the word w (as written, lower case) plays where a
// stated text first writes it, read back from it within its clause: past
// determiners, adverbs and modifiers, a form of "be" or a preposition
// makes it a complement, a verb in the past or in -ing ("followed",
// "took") an object; the clause's start (or a comma, a subordinator) a
// subject. A coordinator passes over the conjunct before it ("encouraging
// but small").
func partIn(text, w string) wordPart {
	fs := strings.Fields(text)
	k := slices.IndexFunc(fs, func(f string) bool { return strings.ToLower(bareWord(f)) == w })
	if k < 0 {
		return partNone
	}
	for j := k - 1; j >= 0; j-- {
		if strings.ContainsAny(fs[j][len(fs[j])-1:], ",;:") {
			return partSubject
		}
		x := strings.ToLower(bareWord(fs[j]))
		switch {
		case x == "":
		case english.IsBeForm(x) || english.IsPreposition(x):
			return partComplement
		case english.IsSubordinator(x) || relativeOpener(x):
			return partSubject
		case english.IsCoordinator(x):
			j--
		case pastOrParticiple(x):
			return partObject
		}
	}
	return partSubject
}

// bareWord is a field of text without the punctuation and quote marks
// around it.
func bareWord(f string) string { return strings.Trim(f, ".,;:!?\"'“”‘’()") }

// pastOrParticiple reports a word written as a verb's past or -ing form
// ("followed", "took", "pending"): a lower-case guess, closed-class words
// aside.
func pastOrParticiple(w string) bool {
	if functionWord(w) {
		return false
	}
	return english.IsIrregularPast(w) || english.IsAuxiliary(w) ||
		len(w) > 4 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing"))
}
