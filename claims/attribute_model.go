package claims

import (
	"strings"

	"github.com/claimdiff/claimdiff/claims/cuemodel"
	"github.com/claimdiff/claimdiff/claims/english"
	"github.com/claimdiff/claimdiff/claims/segment"
)

// The trained cue model's place in the attribution pass: a token no cue
// list holds is a cue when the model (claims/cuemodel) scores it above
// modelThreshold, its speaker then found as a listed cue's is; a listed
// stance cue the model scores at or under stanceThreshold is dropped.
// Listed speech and evidence cues are the rules' alone.

// modelThreshold is the probability above which the weights fitted to
// every candidate (Score) confirm a list's word as a cue (an act cue, a
// writer cue, a finding), and stanceThreshold the one a listed stance
// cue must reach to be kept ("Voters said they support Clinton":
// annotators mark a stance inside a statement seldom). stanceThreshold
// and knownThreshold (below) were chosen on PolNeAR train by 5-fold
// cross-validation (each fold scored by a model trained on the other
// four; see TestEvalPolNeAR), for the best F1 with source precision at
// least the rules' own. unreadThreshold and unreadStanceThreshold are the
// ones a listed speech or stance cue whose speaker was not read must
// reach to stand as a cue of someone unknown (unknownCue), chosen the
// same way with cue precision kept.
// knownThreshold is the one a known stem no list holds must reach by the
// weights fitted to the known stems (ScoreKnown) to be a cue, chosen the
// same way: such a cue sources no claim (a speaker's act, "Ruiz
// denounced the taxes"), while modelThreshold also confirms the act cues
// that do (attribution.act-cues: "attacked a second mosque, killing
// seven") and stays where those are read right.
// writerThreshold is the one a writer cue (attribution.writer-cues:
// "seemed to", "appears") must reach: a cue of no one named that sources
// no claim, chosen by the same cross-validation for the best cue F1
// (annotators mark about half of "seem" and "appear").
const (
	modelThreshold        = 0.75
	knownThreshold        = 0.65
	writerThreshold       = 0.4
	stanceThreshold       = 0.3
	unreadThreshold       = 0.5
	unreadStanceThreshold = 0.7
)

// modelTakes reports whether the model takes token i of sentence s, which
// no cue list holds, for a cue, and of which class: one it takes at or
// under modelThreshold is a weakModelCue, an attribution whose speaker is
// no one a later pronoun refers to (one in two such cues is no
// annotator's, and a speaker read wrong there, "Harking back to the Great
// Game, he says", would take the next "he" from the one named before).
func (a *attributor) modelTakes(i int, s segment.Sentence) (cueClass, bool) {
	// the cheap tests first: most tokens are names or short words
	if t := &a.txt.Tokens[i]; t.Cap || len(t.Norm) < 3 || a.foundCue[i] || !a.model.KnownToken(t) || !cuemodel.Candidate(a.txt.Tokens, i) {
		return modelCue, false
	}
	if a.nounUse(i, s.First) {
		return modelCue, false // "Mr. Trump's view of", "the plans": as for a listed cue
	}
	if i > s.First && a.foundCue[i-1] {
		return modelCue, false // "pleaded guilty", "sounded off": the cue before goes on
	}
	if p := i - 1; p == a.datelineEnd(s) && a.txt.Tokens[p].Cap && strings.HasSuffix(a.txt.Tokens[p].Norm, "ing") && a.openingParticiple(p, s.Last) && !a.knownName(p) {
		// "Harking back to the Great Game, he says": the particle of an
		// opening participle, whose phrase is no one's cue ("Harking"
		// is no speaker; "Beijing lashed out", "Manning lashed out"
		// name one)
		return modelCue, false
	}
	if a.r.Attribution.WriterCues.Has(a.txt.Tokens[i].Norm) {
		// "Sanders appears to have won": a list's word (writer-cues), which
		// the weights fitted to every candidate confirm, as they do the
		// cue lists'
		return modelCue, a.modelScore(i, s) > writerThreshold
	}
	if a.sharesSubject(i, s) {
		return modelCue, false // "Witnesses began to say": the cue after "to" is the one
	}
	if a.r.Frames.Namings.MayStart(&a.txt.Tokens[i]) { // most words start no naming: the call spared
		if _, n := a.r.Frames.Namings.Longest(a.txt.Tokens, i, s.Last); n > 1 {
			return modelCue, false // "also known as": a name given (frames.namings)
		}
	}
	if _, reduced, _ := a.passiveCue(i, s); reduced && a.prepositionAfter(i+1, s) {
		// "The victim, identified by police as", "Man, 34, charged in
		// shooting": a past participle and a preposition, no object,
		// is a passive without its auxiliary ("Ruiz, the mayor, called
		// the fee illegal" is no passive)
		return modelCue, false
	}
	a.feats = cuemodel.FeaturesKnown(a.feats[:0], a.txt, s, i, a.starts.lists)
	score := a.model.ScoreKnown(a.feats)
	if score <= modelThreshold {
		return weakModelCue, score > orDefault(a.threshold, knownThreshold)
	}
	return modelCue, true
}

// sharesSubject reports token i of sentence s ending a phrase of
// attribution.shared-subject right before "to": "began to", "went on
// to", whose subject the verb after "to" shares.
func (a *attributor) sharesSubject(i int, s segment.Sentence) bool {
	return i+1 < s.Last && a.txt.Tokens[i+1].Norm == "to" && a.sharedPhraseBefore(i+1, s) >= 0
}

// orDefault returns x, or def when x is 0 (not set).
func orDefault(x, def float64) float64 {
	if x == 0 {
		return def
	}
	return x
}

// modelScore is the model's probability that token i of sentence s is a
// cue.
func (a *attributor) modelScore(i int, s segment.Sentence) float64 {
	a.feats = cuemodel.Features(a.feats[:0], a.txt, s, i, a.starts.lists)
	return a.model.Score(a.feats)
}

// cueKept reports whether the listed cue of the given class at tokens
// [i, i+n) of sentence s (n > 0) stands: a stance or an act cue
// (rules.yaml attribution.act-cues, "attacked a second mosque") only
// where the model confirms it.
func (a *attributor) cueKept(class cueClass, i, n int, s segment.Sentence) bool {
	switch {
	case class == stanceCue:
		return a.stanceKept(i, s) || a.shareStance(i, s)
	case class == speechCue && a.r.Attribution.ActCues.MayStart(&a.txt.Tokens[i]): // no act cue starts most cues (nor any, a nil set): the call spared
		if _, m := a.r.Attribution.ActCues.Longest(a.txt.Tokens, i, i+n); m == n {
			return a.modelConfirms(i, s)
		}
	}
	return true
}

// shareStance reports a stance cue at token i of sentence s right after
// a part of a group named by its size ("About 40 percent of voters
// support Clinton", "Two-thirds of Republicans favor a ban"): a poll's
// finding, which the model, reading "support" as the noun it mostly is,
// would drop. The size makes the group plural and the word its verb;
// not after a bare share ("38 percent support" is the noun).
func (a *attributor) shareStance(i int, s segment.Sentence) bool {
	f, l := a.npBefore(i, s.First)
	for f < l && isLead(&a.txt.Tokens[f]) && !english.IsArticleKey(a.txt.Tokens[f].Key, a.txt.Tokens[f].Norm) {
		f++
	}
	if f >= l {
		return false // no group before it (a cue opening its sentence, the text's first word among them)
	}
	if p := &a.txt.Tokens[i-1]; p.Kind == segment.Number || p.Norm == "%" || p.Norm == "percent" || p.Norm == "points" {
		return false // "Cruz had 38 percent support": the noun, a share of it
	}
	return l-f <= maxQuantityPhrase && a.quantity(f, l)
}

// modelConfirms reports whether the cue model, where it scores token i
// of sentence s, reads it as a cue.
func (a *attributor) modelConfirms(i int, s segment.Sentence) bool {
	return !a.model.Trained() || !cuemodel.Candidate(a.txt.Tokens, i) || a.modelScore(i, s) > modelThreshold
}

// stanceKept reports whether the model keeps the listed stance cue at
// token i of sentence s: a token the model does not score is kept.
func (a *attributor) stanceKept(i int, s segment.Sentence) bool {
	if !a.model.Trained() || !cuemodel.Candidate(a.txt.Tokens, i) {
		return true
	}
	return a.modelScore(i, s) > orDefault(a.stanceMin, stanceThreshold)
}

// prepositionAfter reports a preposition at token k of sentence s, past
// a time word or an adverb: "identified by", "named Tuesday as",
// "charged Friday with".
func (a *attributor) prepositionAfter(k int, s segment.Sentence) bool {
	toks := a.txt.Tokens
	for k < s.Last && (english.IsTimeWordKey(toks[k].Key, toks[k].Norm) || english.IsCalendarWordKey(toks[k].Key, toks[k].Norm) || a.adverbAt(k) || a.mannerAdverb(k)) {
		k++
	}
	return k < s.Last && (english.IsPrepositionKey(toks[k].Key, toks[k].Norm) || toks[k].Norm == "as")
}
