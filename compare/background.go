package compare

import (
	"slices"
	"strings"

	"github.com/claimdiff/claimdiff/claims/english"
)

// A sentence's background is what it mentions without stating it: a
// restrictive relative clause ("the fatal shooting of a girl who was
// returning home from church") or a reduced one ("a request from a House
// committee investigating the attacks", "the blood of a child shot
// during a domestic dispute") on a noun in a prepositional phrase, and
// its adverbial clauses (adjunctWords). What the sentence's
// speaker is said to state is the rest: "Detectives believe there may be
// more than one suspect involved in the shooting of a girl who was
// returning home" credits the detectives with the suspects, not with the
// girl's trip home.

// backgroundSplit splits a sentence's words (lower-cased, trimmed of
// punctuation, hyphens folded as statement words are) into those of its
// background and the rest.
func backgroundSplit(text string) (bg, rest []string) {
	ws := bgWords(text)
	in := make([]bool, len(ws))
	// "when he's released from the hospital", not "before midnight
	// Friday": what the source says happened then is what it states
	adverbialClauses(in, ws, false)
	verb := false // a verb of the clause seen: a past form after it is a participle
	// rel follows a relative clause that is no background ("the gunman
	// who had a history of mental illness opened fire"): its verb is the
	// relative's, not the clause's
	rel := relNone
	for i := 1; i < len(ws); i++ {
		if in[i] {
			continue
		}
		if !opensBackground(ws, i, verb) {
			switch w := ws[i].w; {
			case w == "that":
				verb, rel = false, relNone // "said that ...": a clause of its own
			case w == "who" || w == "whom" || w == "which":
				rel = relOpen
			case verbForm(w) || strings.HasSuffix(w, "ing") && participle(w) && !english.IsArticle(ws[i-1].w) && !english.IsDeterminer(ws[i-1].w) && !english.IsPossessive(ws[i-1].w):
				if rel == relOpen || rel == relVerb {
					rel = relVerb
				} else {
					verb, rel = true, relNone
				}
			case rel == relVerb:
				rel = relDone
			}
			continue
		}
		markClause(in, ws, i)
	}
	for i, x := range ws {
		if in[i] {
			bg = append(bg, x.w)
		} else {
			rest = append(rest, x.w)
		}
	}
	return bg, rest
}

// adverbialClauses marks the words of a sentence's adverbial clauses:
// from a subordinator that opens a clause (opensClause) to the clause's
// end (markClause); with phrases, also from one that opens a phrase
// ("after convictions for assault", "before midnight").
func adverbialClauses(in []bool, ws []bgWord, phrases bool) {
	for i := range ws {
		if !in[i] && english.IsAdverbialSubordinator(ws[i].w) && (phrases || opensClause(ws, i)) {
			markClause(in, ws, i)
		}
	}
}

// The states of a relative clause that is no background, as
// backgroundSplit reads it: none, opened and waiting for its verb, in its
// verb group, past its verb group.
const (
	relNone = iota
	relOpen
	relVerb
	relDone
)

// markClause marks the words of the clause word i opens, up to a comma,
// semicolon, colon or dash, or a second predicate joined by "and"
// (coordinatedVerb), as background.
func markClause(in []bool, ws []bgWord, i int) {
	for j := i; j < len(ws) && !in[j]; j++ {
		in[j] = true
		if ws[j].closes || j+1 < len(ws) && coordinatedVerb(ws, j+1) {
			return
		}
	}
}

// opensBackground reports whether word i opens a relative clause on the
// noun before it, a noun in a prepositional phrase: a relative pronoun
// without a comma before it ("of a girl who was returning"; ", who" adds
// a statement of its own) or a participle ("of a child shot during",
// "from a committee investigating"). After a verb the noun phrase may be
// the subject of what was said ("told dispatchers the boy shot himself");
// "that" may open what was said ("said in a release that ..."). verb
// reports a verb of the clause before word i.
func opensBackground(ws []bgWord, i int, verb bool) bool {
	prev, w := ws[i-1], ws[i]
	if prev.closes || w.upper || w.compound || !nounLike(prev) {
		return false
	}
	if npPosition(ws, i-1) != npPrepObject {
		return false // "said the man who fired fled": the subject of what was said
	}
	switch {
	case w.w == "who" || w.w == "whom" || w.w == "whose" || w.w == "which":
		return true
	case strings.HasSuffix(w.w, "ing"):
		return participle(w.w)
	}
	// a past form is the clause's own verb until it has one ("one of the
	// children inside the home heard a noise"), unless no object follows
	// it before a time ("the story published Friday") or the sentence end;
	// before a preposition it is the verb ("the driver of the sedan crashed
	// into a pole")
	return participle(w.w) && (verb || i+1 == len(ws) || english.IsTimeWord(ws[i+1].w))
}

// opensClause reports a subordinator at word i that opens a clause, not a
// prepositional phrase ("after he was shot", not "after treatment",
// "before midnight"): a verb or a subject pronoun within a few words.
func opensClause(ws []bgWord, i int) bool {
	if !english.IsPreposition(ws[i].w) {
		return true // "when", "while", "because"
	}
	const few = 3
	for j := i + 1; j < len(ws) && j <= i+few; j++ {
		if verbForm(ws[j].w) || english.IsSubjectPronoun(ws[j].w) {
			return true
		}
		if ws[j].closes {
			break
		}
	}
	return false
}

// coordinatedVerb reports "and" or "but" at word i joining a second
// predicate to the clause ("went to a home located in the 16800 block
// and fired shots"): the relative clause before it has ended.
func coordinatedVerb(ws []bgWord, i int) bool {
	return (ws[i].w == "and" || ws[i].w == "but") && i+1 < len(ws) && verbForm(ws[i+1].w)
}

// nounLike reports a word that may head a noun phrase: lower case, no
// closed-class word, no adverb in -ly, no verb form.
func nounLike(x bgWord) bool {
	return !x.upper && !english.IsFunctionWord(x.w) && !strings.HasSuffix(x.w, "ly") && !verbForm(x.w) && !figureWord(x.w)
}

// participle reports a word in a participle's form: "investigating",
// "published", "shot".
func participle(w string) bool {
	if english.IsFunctionWord(w) || english.IsVerbalING(w) {
		return false
	}
	return len(w) >= 5 && (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed")) || english.IsIrregularPast(w)
}

// verbForm reports a word that is a verb's: an auxiliary, a past form.
func verbForm(w string) bool {
	return english.IsAuxiliary(w) || english.IsBeForm(w) || english.IsIrregularPast(w) || len(w) >= 5 && strings.HasSuffix(w, "ed")
}

// figureWord reports a word holding a digit: "$500,000", "2012".
func figureWord(w string) bool { return strings.ContainsAny(w, "0123456789") }

// Where a noun phrase stands: opening its clause (its subject), after a
// verb (its object), after a preposition.
const (
	npSubject = iota
	npObject
	npPrepObject
)

// maxNPWords bounds how far npPosition looks back for the start of a noun
// phrase.
const maxNPWords = 6

// npPosition is where the noun phrase that ends at word j stands, read
// back over its modifiers ("a specially appointed House committee") to
// the word before it.
func npPosition(ws []bgWord, j int) int {
	for k := j - 1; k >= 0 && k >= j-maxNPWords; k-- {
		x := ws[k]
		switch {
		case x.closes:
			return npSubject
		case english.IsPreposition(x.w):
			return npPrepObject
		case english.IsArticle(x.w) || english.IsDeterminer(x.w) || english.IsPossessive(x.w) || x.upper || figureWord(x.w) || strings.HasSuffix(x.w, "ly"):
			continue
		case verbForm(x.w) && k > 0 && (english.IsArticle(ws[k-1].w) || strings.HasSuffix(ws[k-1].w, "ly")):
			continue // "a specially appointed committee": an adjective
		case verbForm(x.w) || english.IsConjunction(x.w) || x.w == "that":
			if verbForm(x.w) {
				return npObject
			}
			return npSubject
		}
	}
	return npSubject
}

// partIn is where the word w (as written, lower case) stands in its
// clause, where a stated text first writes it, as npPosition reads a noun
// phrase's place, -1 when the text does not write it: read back from it
// past determiners and modifiers, a verb makes it an object, the clause's
// start (a comma, a subordinator) a subject, a preposition or a form of
// "be" a complement (npPrepObject: "the trials were too small", "due to
// negligence", "to a local hospital"). A coordinator passes over the
// conjunct before it ("encouraging but small").
func partIn(text, w string) int {
	ws := bgWords(text)
	w = strings.ReplaceAll(w, "-", "")
	j := slices.IndexFunc(ws, func(x bgWord) bool { return x.w == w })
	if j < 0 {
		return -1
	}
	for k := j - 1; k >= 0; k-- {
		x := ws[k]
		switch {
		case x.closes || english.IsSubordinator(x.w) || relativeOpener(x.w):
			return npSubject
		case english.IsBeForm(x.w) || english.IsPreposition(x.w):
			return npPrepObject
		case english.IsCoordinator(x.w):
			k--
		case verbForm(x.w):
			return npObject
		}
	}
	return npSubject
}

// statedInBackground reports an attributed sentence whose words shared
// with another's (shared, stemmed statement words) stand mostly in the
// background of what its source is said to state (part, from the cue on
// when the cue comes first): it mentions that statement, its source
// states something else.
func statedInBackground(part string, shared []string) bool {
	bg, rest := backgroundSplit(part)
	if len(bg) == 0 {
		return false
	}
	stated, back := 0, 0
	for _, w := range shared {
		switch {
		case stemOfAny(w, rest):
			stated++
		case stemOfAny(w, bg):
			back++
		}
	}
	content := 0
	for _, w := range rest {
		if !functionWord(w) && !figureWord(w) {
			content++
		}
	}
	return back > stated && 2*stated < content
}
