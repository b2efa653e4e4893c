package compare

import (
	"strings"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/segment"
)

// A source's account runs on past its cue: "Deputies said Williams fired
// once. The shot struck his wife in the neck." gives the second sentence
// as the deputies' too, though it names no one. A sentence inside such an
// account (carried) is no side of an attribution gap: an editor reads it
// as the source's, not as the outlet's own statement.

// carried reports a sentence k of document doc that a source of its
// document stands behind though the sentence itself names none: an editor
// reads it as the source's, no evidence of a bare statement. Newsrooms run
// a source's account over several sentences of a paragraph with one cue:
//   - a sentence before it in its paragraph, at most carryReach back with
//     only bare sentences between, has a speaker report it ("Deputies
//     said Williams fired once. The shot struck his wife in the neck.");
//     not "according to" one that trails its sentence (it scopes its own
//     sentence: "..., according to a law enforcement source. That yacht
//     is owned by Guo Wengui" states the owner as the outlet's), though
//     one that opens it frames an account ("Then, according to police,
//     the two drove to the house. A fight broke out");
//   - the sentence before it in its paragraph speaks in the first person
//     outside a quotation ("Our officer engaged in a gun battle with that
//     suspect"): the document is the source's own (a police release);
//   - it stands inside one speaker's account across paragraphs: the
//     nearest sourced sentences before and after it, each at most
//     carryReach sentences away, name the same speaker ("..., Greer said.
//     ¶ A 22-year-old woman was also taken to West Suburban. A 19-year-old
//     woman took herself there, Greer said.").
//
// Not a source given only after it ("He was arrested on a yacht by postal
// inspectors. The yacht is owned by Guo Wengui, US media report.": the
// trailing cue covers its own sentence), nor one only in the paragraph
// before (a new paragraph, a new statement: "Mr Edwards said people should
// stay off the roads. ¶ Some 1,500 people are being deployed" states the
// figure as the outlet's), nor a sentence that gives a source of its own
// (its bare claim is outside what the source says), nor one after the
// outlet disputes the source (disputes: "Trump also falsely stated that
// the U.S. is the only country. More than 30 nations have similar
// policies." is the outlet's) or hedges by what the source did not give
// (withheld: "The president said the general was plotting to kill US
// citizens, but neither he nor Mr Pompeo provided additional details.
// Americans in Iraq have been urged to leave.").
func (cmp *comparer) carried(doc, k int) bool {
	res := cmp.results[doc]
	if res == nil || res.Text == nil || k <= 0 || k >= len(res.Text.Sentences) || res.SentenceAttribution(k).Form != claims.FormNone {
		return false
	}
	sents := res.Text.Sentences
	text := func(j int) string { return res.Text.Src[sents[j].Start:sents[j].End] }
	var before claims.Attribution
	for j := k - 1; j >= max(0, k-carryReach); j-- {
		if cmp.headlineSentence(doc, j) {
			break // a headline's colon sources none of the body ("Police: Two dead")
		}
		a := res.SentenceAttribution(j)
		if cmp.disputes(text(j), a, sents[j].Start) || withheld(a) {
			return false
		}
		source := a.NamesSource() && !cmp.mindCue(a) // a state of mind carries no account
		if sents[j].Para == sents[k].Para {
			switch {
			case source && !trailingAccordingTo(a, sents[j]):
				return true
			case j == k-1 && a.Form == claims.FormNone && firstPerson(text(j)) && !quotation(text(j)):
				return true
			}
		}
		if source {
			before = a
			break
		}
	}
	if before.Speaker == "" {
		return false
	}
	for j := k + 1; j < min(len(sents), k+1+carryReach); j++ {
		if a := res.SentenceAttribution(j); a.NamesSource() {
			return oneSpeaker(before, a)
		}
	}
	return false
}

// mindCue reports an attribution whose cue tells a state of mind (rules
// attribution.mind-cues: "the child thought"), which carries no account.
func (cmp *comparer) mindCue(a claims.Attribution) bool {
	m := cmp.r.Attribution.MindCues
	return m != nil && m.Has(strings.ToLower(a.Cue))
}

// trailingAccordingTo reports an "according to" attribution whose cue
// stands in the second half of its sentence s: "..., according to a law
// enforcement source." (not "Then, according to police, ...").
func trailingAccordingTo(a claims.Attribution, s segment.Sentence) bool {
	return a.Form == claims.FormAccordingTo && a.CueSpan != nil && a.CueSpan.Start > s.Start+(s.End-s.Start)/2
}

// uncarried returns the sides xs (each of gs's side of the same index)
// that stand in no source's account, in place: a side inside one is no
// side of a gap, and shown as "stated as fact" it would misstate how its
// outlet gives the fact.
func uncarried[T any](gs []gapSide, xs []T) []T {
	out := xs[:0]
	for i, x := range xs {
		if !gs[i].carried {
			out = append(out, x)
		}
	}
	return out
}

// carryReach is how many sentences away carried looks for the source of
// an account a sentence stands inside.
const carryReach = claims.AttributionContext

// oneSpeaker reports two attributions within one document that name one
// speaker: the same words ("police" and "police"), one surname ("Goshen
// County Sheriff's Lt. Jeremy Wardell" and "Wardell"), or speakers of one
// type that sameSpeaker takes for one. Unlike sameSpeaker, which keeps
// apart only what must be two speakers across outlets, a person and a body
// are two here, and so are two unnamed sources.
func oneSpeaker(a, b claims.Attribution) bool {
	if strings.EqualFold(strings.TrimSpace(a.Speaker), strings.TrimSpace(b.Speaker)) {
		return true
	}
	if a.SpeakerType == claims.SpeakerPerson && b.SpeakerType == claims.SpeakerPerson {
		fa, fb := strings.Fields(a.Speaker), strings.Fields(b.Speaker)
		if len(fa) > 0 && len(fb) > 0 {
			if sa, sb := fa[len(fa)-1], fb[len(fb)-1]; sa == sb && startsCapital(sa) {
				return true
			}
		}
	}
	ka, kb := speakerKey(a), speakerKey(b)
	return ka != "" && kb != "" && a.SpeakerType == b.SpeakerType && ka != "anonymous" && kb != "anonymous" && sameSpeaker(ka, kb)
}

// disputes reports a sourced sentence (text, starting at byte start of
// its document, attributed as a) in which the outlet disputes what its
// source said: a phrase of the rules' attribution.disputing within
// disputeWindow words of the cue, outside quotation marks ("Trump also
// falsely stated that"; not the source's own words, "They wrongly blamed
// the crew," officials said, nor what it said, "officials said the sailor
// was wrongly disciplined"): what follows it is the outlet's own account.
func (cmp *comparer) disputes(text string, a claims.Attribution, start int) bool {
	if a.CueSpan == nil || a.CueSpan.Start < start || a.CueSpan.End > start+len(text) {
		return false
	}
	lo, hi := a.CueSpan.Start-start, a.CueSpan.End-start
	before := strings.Fields(unquoted(text[:lo]))
	after := strings.Fields(unquoted(text[hi:]))
	near := append(before[max(0, len(before)-disputeWindow):], strings.Fields(text[lo:hi])...) // the cue may hold it: "falsely said"
	near = append(near, after[:min(len(after), disputeWindow)]...)
	d := cmp.r.Attribution.Disputing
	return d != nil && holdsPhrase(d, strings.Join(near, " "))
}

// disputeWindow is how many words either side of a cue disputes reads.
const disputeWindow = 3

// unquoted is text with what stands between quotation marks blanked.
func unquoted(text string) string {
	b := []rune(text)
	in := false
	for i, r := range b {
		switch r {
		case '"', '“', '”':
			in = r == '“' || r == '"' && !in
			b[i] = ' '
		default:
			if in {
				b[i] = ' '
			}
		}
	}
	return string(b)
}

// withheld reports an attribution the outlet hedges by what its source
// did not give or could not show, a hedge of several words ("but neither
// he nor Mr Pompeo provided additional details", "without evidence",
// "could not be independently verified", "did not say"): the sentences
// after it are the outlet's, not the source's account carried on. Not a
// one-word hedge ("allegedly", "claimed": the source's account still
// runs on).
func withheld(a claims.Attribution) bool {
	return a.Hedged && a.Form != claims.FormNone && !cueHedge(a) && strings.Contains(strings.TrimSpace(a.Hedge), " ")
}
