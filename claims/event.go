package claims

import (
	"strings"

	"github.com/claimdiff/claimdiff/claims/english"
	"github.com/claimdiff/claimdiff/claims/mention"
	"github.com/claimdiff/claimdiff/claims/phrase"
	"github.com/claimdiff/claimdiff/claims/segment"
	"github.com/claimdiff/claimdiff/claims/wordset"
)

// KindEventTime is the kind of a claim that says when an event the rules
// name happens: "it made landfall shortly after midnight local time".
const KindEventTime = "event-time"

// eventWindow bounds how many tokens from an event noun its time is looked
// for, so that the time is the event's, not another clause's, and each
// event costs O(1).
const eventWindow = 10

// eventTimes finds when the events the rules name happen (rules.yaml
// frames.events): for each event noun, the time anchor nearest to it in its
// sentence within eventWindow tokens ("landfall ... shortly after midnight
// local time", "trials ... will begin in Moscow next week", "vaccination of
// citizens in October"), as an event-time claim whose frame's head is the
// event and whose frame's time is the anchor. The claim's text runs from
// the event to its time, with the words that qualify the time ("around 1
// a.m.", "shortly after midnight").
func (b *builder) eventTimes() []Claim {
	fr := b.rules.Frames
	if fr.Events.Len()+fr.StartedEvents.Len() == 0 || b.rules.Kinds[KindEventTime] == nil {
		return nil
	}
	toks := b.txt.Tokens
	// the first words of both lists' phrases, one test a token: most
	// tokens start neither
	var first wordset.Filter
	first.Join(fr.Events.Firsts())
	first.Join(fr.StartedEvents.Firsts())
	var out []Claim
	for si, s := range b.txt.Sentences {
		for i := s.First; i < s.Last; i++ {
			if !first.MayKey(toks[i].Key) {
				continue
			}
			n, started := b.eventAt(i, s)
			if n == 0 {
				continue
			}
			a, first, last := b.eventAnchor(i, n, s)
			if a == nil || b.scheduled(min(i, first)-scheduleLookBack, max(i+n, last), s) ||
				started && !b.startedAt(min(i, first)-scheduleLookBack, max(i+n, last), s) {
				i += n - 1
				continue
			}
			lo, hi := min(i, first), max(i+n, last)
			if first > i+n {
				lo = i
			} else if first < i {
				hi = i + n
			}
			lo = b.timeQualifier(lo, first, s)
			c := Claim{Doc: b.doc.ID, Source: b.doc.Source, Kind: KindEventTime, Rule: KindEventTime, sent: si, tok: i, val: -1,
				Attribution: none}
			head := b.span(i, i+n)
			c.Frame = &Frame{Measured: head, Head: eventHead(head), Time: a}
			if a.Precision != "unresolved" && a.Start != "" {
				c.Date = &mention.DateValue{Start: a.Start, End: a.End, Precision: a.Precision}
			}
			c.Text = b.span(lo, hi)
			c.Span = b.spanOf(toks[lo].Start, toks[hi-1].End)
			c.Sentence = b.sentence(si, c.Span.Start, c.Span.End)
			c.SentenceSpan = b.spanOf(s.Start, s.End)
			out = append(out, c)
			i += n - 1
		}
	}
	return out
}

// eventAt reads an event noun of the rules at token i: how many tokens it
// takes (0 for none) and whether it names an event only with a start word
// beside it (frames.started-events: "trial"). The longer of the two lists'
// phrases wins: "phase 3 trial" is an event of its own.
func (b *builder) eventAt(i int, s segment.Sentence) (int, bool) {
	fr := b.rules.Frames
	w := b.txt.Tokens[i].Norm
	n, ns := 0, 0
	if fr.Events.Starts(w) {
		_, n = fr.Events.Longest(b.txt.Tokens, i, s.Last)
	}
	if fr.StartedEvents.Starts(w) {
		_, ns = fr.StartedEvents.Longest(b.txt.Tokens, i, s.Last)
	}
	if ns > n {
		return ns, true
	}
	return n, false
}

// startedAt reports a word that starts an event (rules.yaml
// frames.event-starts: "begin", "launched") in tokens [lo, hi) of the
// sentence.
func (b *builder) startedAt(lo, hi int, s segment.Sentence) bool {
	return b.phraseIn(b.rules.Frames.EventStarts, lo, hi, s)
}

// eventAnchor finds the time of the event noun at tokens [i, i+n): the
// anchor nearest after it within eventWindow tokens ("landfall around 1
// a.m."), else one that ends right before it ("the Nov. 16 trial"); an
// anchor further back belongs to something else ("a conference on June
// 17 and a trial"), as does one running out of the window ("the trial led
// to a six-year sentence that started on March 13, 2019"). It returns the
// anchor and its tokens, as the anchor reader found them.
func (b *builder) eventAnchor(i, n int, s segment.Sentence) (*TimeAnchor, int, int) {
	mv := mention.Mention{First: i, Last: i + n}
	after := s
	after.First, after.Last = i, min(s.Last, i+n+eventWindow)
	if a, first, last := b.anchorAt(mv, after); a != nil && last <= after.Last {
		return a, first, last // within the window, all of it: a date running past it is another's
	}
	before := s
	before.First, before.Last = max(s.First, i-eventWindow), i+n
	if a, first, last := b.anchorAt(mv, before); a != nil && first >= before.First && (last == i || last+1 == i && b.txt.Tokens[last].Norm == "'s") {
		return a, first, last
	}
	return nil, -1, -1
}

// scheduleLookBack is how many tokens before an event time are read for a
// schedule word ("a tentative Nov. 16 trial date").
const scheduleLookBack = 3

// scheduled reports a schedule word (rules.yaml frames.schedules:
// "scheduled", "tentative", "postponed") in tokens [lo, hi) of the
// sentence: a time that courts and organisers set and move is a plan, not
// a fact two outlets can disagree on.
func (b *builder) scheduled(lo, hi int, s segment.Sentence) bool {
	return b.phraseIn(b.rules.Frames.Schedules, lo, hi, s)
}

// phraseIn reports a phrase of set starting in tokens [lo, hi) of the
// sentence (and ending in it); false for a nil set.
func (b *builder) phraseIn(set *phrase.Set[bool], lo, hi int, s segment.Sentence) bool {
	if set == nil {
		return false
	}
	for k := max(lo, s.First); k < min(hi, s.Last); k++ {
		if _, n := set.Longest(b.txt.Tokens, k, s.Last); n > 0 {
			return true
		}
	}
	return false
}

// timeQualifier widens an event time's text back over the words that
// qualify it ("around 1 a.m.", "shortly after midnight"), which the
// anchor's text leaves out or holds only in part: the anchor's qualifier
// (TimeAnchor.Qualifier) is read before its first word, or before its
// preposition.
func (b *builder) timeQualifier(lo, first int, s segment.Sentence) int {
	k := first
	if first+1 < s.Last && english.IsTimePrepositionKey(b.txt.Tokens[first].Key, b.txt.Tokens[first].Norm) {
		_, k = b.qualifierBefore(first+1, s)
	}
	if k >= first {
		_, k = b.qualifierBefore(first, s)
	}
	return min(lo, k)
}

// eventHead is an event noun's head: its last word, lower case and
// singular ("Phase 3 trials": "trial").
func eventHead(phrase string) string {
	w := strings.Fields(strings.ToLower(phrase))
	if len(w) == 0 {
		return ""
	}
	return english.Singular(w[len(w)-1])
}
