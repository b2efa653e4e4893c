package compare

import (
	"slices"
	"strings"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/english"
)

// A sentence's core clause is the first clause of what it states: the
// stated part (statedPart) up to its first comma, semicolon, colon, dash or
// parenthesis, past a fronted phrase of fewer than two content words ("On
// Thursday, ..."). What follows is description the outlets add each their
// own way: a relative clause ("styrene, which is usually refrigerated"), an
// apposition ("Styrene, a flammable liquid that is used to make ..."), a
// list. Two sentences whose core clauses say the same state one fact,
// however much either adds after it.

// minCoreWords is the fewest content words a core clause shares with
// another to say the same: one word is a topic, not a statement.
const minCoreWords = 2

// coreClause of a sentence, as compared: its content words (statement
// words), its marks (the figures, number and quantity words and negators it
// writes, which two cores saying the same write alike: "The shooting was
// reported around 9 p.m." is not "... around 4:30 p.m.", "No one is in
// custody" not "The student is in police custody") and the content words
// it writes only capitalised (names).
type core struct {
	words, marks, names []string
	text                string // the clause as written
}

// coreOf is the core clause of sentence rf (its statement words set), the
// copulas of naming ("identified as", rules frames.identifyings) aside:
// "the gas has been identified as styrene" says what "the leaked gas was
// styrene" does.
func (cmp *comparer) coreOf(rf ref, set wordSet) core {
	text := coreClause(cmp.statedContent(rf))
	if text == "" {
		return core{}
	}
	words, written := lowerWords(text), textWords(text)
	ids := cmp.r.Frames.Identifyings
	var c core
	for _, w := range set {
		if figure(w) || functionWord(w) || strings.Contains(w, " ") || !stemOfAny(w, words) {
			continue
		}
		if ids != nil && identifying(w, words, ids.Has) {
			continue
		}
		c.words = append(c.words, w)
		if !lowerIn(w, written) {
			c.names = append(c.names, w)
		}
	}
	c.marks, c.text = coreMarks(text), text
	return c
}

// coreMarks are the figures, number and quantity words and negators of a
// core clause's text (its words as bgWords reads them), sorted, each once.
func coreMarks(text string) []string {
	var out []string
	for _, x := range bgWords(text) {
		w := x.w
		switch {
		case strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t"):
			w = "not"
		case figure(w) || english.IsQuantifier(w) || english.IsNegator(w):
		default:
			continue
		}
		if english.IsNegator(w) {
			w = "not" // "no one", "not yet", "never": one negation
		}
		out = append(out, w)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// statedContent is the part of a sentence its attribution covers, without
// the cue that opens it and the addressee a "that" closes ("told the BBC
// that the leaked gas was styrene": "the leaked gas was styrene").
func (cmp *comparer) statedContent(rf ref) string {
	res := cmp.results[rf.doc]
	s := res.Text.Sentences[rf.sent]
	a := res.SentenceAttribution(rf.sent)
	src := res.Text.Src
	lo, hi := attributedPart(src, s.Start, s.End, a)
	if a.CueSpan == nil || a.CueSpan.Start != lo || a.CueSpan.End > hi {
		return src[lo:hi]
	}
	lo = a.CueSpan.End
	const addressee = 4 // "told the BBC that", "told reporters on Thursday that"
	words := strings.Fields(src[lo:hi])
	for i := 0; i < len(words) && i <= addressee; i++ {
		if strings.EqualFold(words[i], "that") {
			return strings.Join(words[i+1:], " ")
		}
	}
	return src[lo:hi]
}

// identifying reports a stem that stands in words only as a naming
// participle.
func identifying(stem string, words []string, has func(string) bool) bool {
	seen := false
	for _, x := range words {
		if !strings.HasPrefix(x, stem) {
			continue
		}
		if !has(x) {
			return false
		}
		seen = true
	}
	return seen
}

// coreClause is the first clause of a stated part holding at least
// minCoreWords words that are not closed-class, or "". A phrase a
// preposition or a subordinator opens, set off before the rest ("In a
// statement on Saturday, ...", "After his arrest, ..."), is the clause's
// circumstance, and one a relative pronoun opens (", which is owned by
// ...,") describes a noun: neither is the core. A subject a relative clause
// or an apposition interrupts (one content word, no discourse adverb: "The
// driver, who is 34, was taken to a hospital"; "The mayor, Ann Lee,
// approved") opens the clause it is the subject of: "The driver was taken
// to a hospital".
func coreClause(part string) string {
	segs := strings.FieldsFunc(part, func(r rune) bool { return strings.ContainsRune(",;:()–—", r) })
	subject := "" // "The driver" of "The driver, who is 34, was taken to a hospital"
	for k, seg := range segs {
		seg = cutDash(seg)
		words := lowerWords(seg)
		if len(words) == 0 {
			continue
		}
		if k+1 < len(segs) && (english.IsPreposition(words[0]) || english.IsSubordinator(words[0])) || relativeOpener(words[0]) ||
			subject != "" && (words[0] == "a" || words[0] == "an") || // an apposition: ", a 34-year-old man from Canton,"
			subject != "" && k+1 < len(segs) && allCapitalised(seg) { // a name for the subject: "The mayor, Ann Lee, approved"
			continue
		}
		n := 0
		for _, w := range words {
			if !figure(w) && !functionWord(claims.Stem(w)) {
				n++
			}
		}
		switch {
		case subject != "" && n > 0:
			return subject + " " + strings.TrimSpace(seg)
		case n >= minCoreWords:
			return seg
		case n == 1 && subject == "" && k+1 < len(segs) && !english.IsDiscourseAdverb(words[0]):
			subject = strings.TrimSpace(seg)
		}
	}
	return ""
}

// allCapitalised reports a segment whose every word opens with a capital
// letter: a name ("Ann Lee", "Sgt. John Smith").
func allCapitalised(seg string) bool {
	fields := strings.Fields(seg)
	return len(fields) > 0 && !slices.ContainsFunc(fields, func(f string) bool { return !startsCapital(f) })
}

// cutDash cuts a segment at a spaced hyphen (" - "), which sets off an aside
// as a dash does.
func cutDash(seg string) string {
	if i := strings.Index(seg, " - "); i >= 0 {
		return seg[:i]
	}
	return seg
}

// sameCore reports two core clauses that say the same: at least
// minCoreWords words shared, every word of the shorter in the longer, the
// longer with at most one word more, written in lower case (not a name:
// "Summerfield took off running" is not "she took off running"), and the
// same marks ("the leaked gas was styrene" and "the gas has been identified
// as styrene"; not "the man was taken to hospital" and "the man was taken
// into custody").
func sameCore(a, b core) bool {
	return slices.Equal(a.marks, b.marks) && sameCoreWords(a, b)
}

// sameCoreWords is sameCore's test of the words alone, whatever figures
// and negations the two clauses write.
func sameCoreWords(a, b core) bool {
	if len(a.words) > len(b.words) {
		a, b = b, a
	}
	if len(a.words) < minCoreWords || len(b.words) > len(a.words)+1 {
		return false
	}
	for _, w := range a.words {
		if !slices.Contains(b.words, w) {
			return false
		}
	}
	for _, w := range b.words {
		if !slices.Contains(a.words, w) && slices.Contains(b.names, w) {
			return false
		}
	}
	return true
}

// negatedOnce reports two core clauses of which one writes a negation
// and the other none: with the same words, one denies what the other
// says.
func negatedOnce(a, b core) bool {
	return slices.Contains(a.marks, "not") != slices.Contains(b.marks, "not")
}

// coreVerdict is what two sentences' core clauses tell of them: nothing,
// that they say the same, or that they say two things.
type coreVerdict int

const (
	coresSilent coreVerdict = iota
	coresSame
	coresDiffer
)

// cores compares sentences a and b by their core clauses (ca, cb). Cores
// that would say the same (sameCore) say the same when the longer's word
// more, if it has one, is one the shorter's document writes somewhere, and
// else, as a rule, two things (extraVerdict): "The school was closed permanently" says more
// than "The school was closed", "The suspect's father was arrested" and
// "The ferry operator refused to inspect the engine" other things than
// "The suspect was arrested" and "The ferry operator inspected the
// engine", unless the other outlet writes "permanently", "father" or
// "refused" too ("the leaked gas was styrene" and "the gas has been
// identified as styrene" where the other outlet writes of the leak).
func (cmp *comparer) cores(a, b ref, ca, cb core) coreVerdict {
	if !sameCore(ca, cb) {
		if negatedOnce(ca, cb) && sameCoreWords(ca, cb) {
			return coresDiffer // "The council approved the budget" and "The council did not approve the budget"
		}
		return coresSilent
	}
	if len(ca.words) > len(cb.words) {
		a, ca, cb = b, cb, ca
	}
	for _, w := range cb.words {
		if !slices.Contains(ca.words, w) && !cmp.writesStem(a.doc, w) {
			return extraVerdict(ca, cb, w)
		}
	}
	return coresSame
}

// extraVerdict is what the longer core clause's word more w, one the
// shorter's document never writes, tells: two things when it stands in
// the subject or the verb ("The bar owner's brother was shot", "refused to
// inspect"), nothing when it stands after a preposition ("in the car at
// the time"), when it is an adverb in -ly ("then quickly turned into a
// hostage situation") or when the shorter's subject is a pronoun that may stand for
// it ("It was published" and "The letter was published").
func extraVerdict(short, long core, w string) coreVerdict {
	first := lowerWords(short.text)
	if len(first) > 0 && english.IsPronoun(first[0]) || len(first) > 0 && english.IsSubjectPronoun(first[0]) {
		return coresSilent
	}
	if written := lowerWord(w, textWords(long.text)); written == "" || strings.HasSuffix(written, "ly") || partIn(long.text, written) == npPrepObject {
		return coresSilent
	}
	return coresDiffer
}

// coreWhy says why two sentences were aligned by their core clauses,
// naming the shorter core's words as its sentence (text) writes them.
func coreWhy(words []string, text string) string {
	shown, written := make([]string, len(words)), textWords(text)
	for i, w := range words {
		shown[i] = asWritten(w, written)
	}
	return "the same core clause (" + strings.Join(shown, ", ") + ")"
}
