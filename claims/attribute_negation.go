package claims

import (
	"strings"

	"github.com/claimdiff/claimdiff/claims/english"
	"github.com/claimdiff/claimdiff/claims/segment"
)

// Negated cues: "police did not say whether 12 people died" reports what
// the speaker left unsaid. The cue keeps its speaker and span as
// evidence, and the claims it reports are hedged by the negated verb
// group (cueNegation), but for a figure the question takes as known
// (presupposed, factQuestion), which keeps the attribution unhedged, and
// the figures after a negated cue whose object is "any" and a noun, which
// are the writer's (asserted).

// cueNegation returns where the negated verb group of the cue spanning
// tokens [first, last) starts ("did not say", "have never said",
// "wouldn't confirm"), its auxiliary included, or -1 when no negator
// stands in it; "not only said" negates nothing.
func (a *attributor) cueNegation(first, last int) int {
	toks := a.txt.Tokens
	for k := first; k < last-1; k++ {
		w := toks[k].Norm
		if !english.IsNegator(w) && (len(w) <= 3 || !strings.HasSuffix(w, "n't")) || toks[k+1].Norm == "only" {
			continue
		}
		if k > 0 && english.IsAuxiliaryKey(toks[k-1].Key, toks[k-1].Norm) && !strings.HasSuffix(w, "n't") {
			return k - 1 // "did not", "would never"
		}
		return k
	}
	return -1
}

// maxPresupposed bounds the words between a figure and the determiner of
// the definite noun phrase it stands in ("the two boys and four girls").
const maxPresupposed = 4

// presupposed reports the figure at token k, inside a negated cue's
// content from token from, standing in a definite noun phrase, which the
// question presupposes rather than leaves unsaid: "did not say whether
// the three people who were wounded knew each other", "... the mother of
// Spirit's two boys". Between the determiner ("the", "these", a
// possessive) and the figure stand only numbers, "of", "and" and words
// that are neither closed-class nor a verb's past ("whether the gunman
// shot 12 people" asks about the 12).
func (a *attributor) presupposed(k, from int) bool {
	toks := a.txt.Tokens
	for j := k - 1; j >= from && j >= k-maxPresupposed; j-- {
		t := &toks[j]
		w := t.Norm
		switch {
		case w == "the" || w == "these" || w == "those" || english.IsPossessiveKey(t.Key, w) && w != "whose" ||
			strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s"):
			return true
		case t.Kind == segment.Number || a.in.Cover(j) >= 0 || w == "of" || w == "and":
		case t.Kind != segment.Word || functionLike(t.Key, w) || verbGroup(t.Key, w) || english.IsBeFormKey(t.Key, w) ||
			english.IsPastFormKey(t.Key, w):
			return false
		}
	}
	return false
}

// asserted returns at, the attribution of claim c by a cue whose content
// starts at token from, without the hedge of a negated cue when the
// claim's figure is presupposed, not left unsaid (see presupposed). A
// negated cue whose object is "any" and a noun ("Police have not announced
// any arrests in the shooting that wounded four people") reports no
// statement at all: the figures after it are the writer's, bare.
func (a *attributor) asserted(at Attribution, c *Claim, from int) Attribution {
	if !negationHedged(at) {
		return at
	}
	if from < len(a.txt.Tokens) && a.txt.Tokens[from].Norm == "any" {
		return none
	}
	k := c.tok
	if c.val >= 0 {
		k = a.in.Mentions[c.val].First // "shot 12 people": the figure
	}
	if a.presupposed(k, from) || a.factQuestion(k, from) {
		return unnegated(at)
	}
	return at
}

// maxQuestionBack bounds the look-back from a figure to the word opening
// the question it stands in.
const maxQuestionBack = 8

// factQuestion reports the figure at token k, in a negated cue's content
// from token from, inside a question of why, when, where or how a thing
// happened ("did not say why 12 people died"): the question presupposes
// its clause, leaving only the reason, time, place or manner unsaid; not
// "how many" or "how much", which ask the figure, nor "whether", "if" or
// "that", the nearer of which ends the look-back.
func (a *attributor) factQuestion(k, from int) bool {
	toks := a.txt.Tokens
	for j := k - 1; j >= from && j >= k-maxQuestionBack; j-- {
		switch toks[j].Norm {
		case "why", "when", "where":
			return true
		case "how":
			return toks[j+1].Norm != "many" && toks[j+1].Norm != "much"
		case "whether", "if", "that", ",", ";", ":":
			return false
		}
	}
	return false
}

// negationHedged reports an attribution hedged at its cue by a negation
// (cueNegation): attr hedges by no other word but a hedge cue itself.
func negationHedged(at Attribution) bool {
	return at.Hedged && at.Hedge != at.Cue
}

// unnegated returns at without the hedge of its negated cue: a quote in
// a negated cue's content ("did not say how long it lasted but said
// "..."") holds words someone said all the same.
func unnegated(at Attribution) Attribution {
	if negationHedged(at) {
		at.Hedged, at.Hedge = false, ""
	}
	return at
}
