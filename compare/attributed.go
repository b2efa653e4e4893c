package compare

import (
	"strings"
	"unicode"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/english"
)

// attributedPart is the byte range of a sentence [start, end) that an
// attribution covers: the words before the speaker and cue when they close
// the sentence ("..., police said on Monday"), the words after them when
// they open it or open a clause of it ("X told the BBC that ...", "...,
// but his lawyer told the court ..."), the whole sentence otherwise (a bare
// sentence, a speaker named in another sentence, a cue in parentheses).
func attributedPart(src string, start, end int, a claims.Attribution) (int, int) {
	if a.Form == claims.FormNone || a.Span == nil || a.CueSpan == nil {
		return start, end
	}
	lo, hi := min(a.Span.Start, a.CueSpan.Start), max(a.Span.End, a.CueSpan.End)
	if lo < start || hi > end {
		return start, end
	}
	// what follows starts at the cue when the cue follows the speaker: the
	// cue is often the statement's verb ("has urged all citizens to leave")
	from := hi
	if a.CueSpan.Start >= a.Span.End {
		from = a.CueSpan.Start
	}
	if a.CueSpan.Start >= a.Span.End && participleClause(src[a.Span.End:a.CueSpan.Start], src[a.CueSpan.Start:a.CueSpan.End]) {
		// "Police arrested a man after they say he shot his brother and
		// lied about it, first claiming the boy fired the gun": a
		// cue in a participle clause set off from its subject's own verb
		// governs that clause alone
		return a.CueSpan.Start, end
	}
	if a.CueSpan.Start >= a.Span.End && relative(src[a.Span.Start:a.CueSpan.Start]) {
		// "Pell, who has maintained his innocence, cannot be retried": the
		// cue governs its relative clause, up to the next comma
		to := end
		if i := strings.IndexAny(src[a.CueSpan.End:end], ",;"); i >= 0 {
			to = a.CueSpan.End + i
		}
		return a.CueSpan.Start, to
	}
	const few = 3 // "earlier", "on Thursday", "in a statement"
	before, after := lowerWords(src[start:lo]), lowerWords(src[hi:end])
	switch {
	case len(before) > 0 && english.IsAdverbialSubordinator(before[len(before)-1]):
		// "the US had at least 82,000 cases while Spain was reporting
		// 80,100": a speaker that opens an adverbial clause speaks in
		// that clause alone
		return lo, end
	case len(after) <= few:
		return start, lo
	case len(before) <= few:
		return from, end
	case a.Form == claims.FormAccordingTo && a.CueSpan.Start < a.Span.Start && strings.HasSuffix(strings.TrimSpace(src[start:lo]), ","):
		// "X happened, according to results published by The Lancet that
		// were hailed by Moscow": "according to" after a comma sources the
		// clause before it; what follows its source describes the source.
		// Without the comma it opens its own clause ("... at 11:16 a.m.
		// According to Detective Holley, a boy was playing with a gun")
		return start, lo
	case clauseEnds(src[start:lo]):
		return from, end
	}
	return start, end
}

// participleClause reports a cue in the -ing form that opens a clause of
// its own after the speaker's main clause: the words between the speaker
// and the cue (between) end with a comma, or "and", before the cue (and
// an adverb: "initially claiming", ", repeatedly criticizing him ... and
// contending") and hold more than a few words, the speaker's own
// predicate ("David Brat ... toppled Mr. Cantor, ... contending that").
func participleClause(between, cue string) bool {
	if !strings.HasSuffix(strings.ToLower(strings.TrimSpace(cue)), "ing") {
		return false
	}
	const predicate = 3 // more words than an apposition's "a spokesman, "
	words := strings.FieldsFunc(strings.ToLower(between), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' })
	if len(words) <= predicate || english.IsAuxiliary(words[len(words)-1]) {
		return false // "David Brat, a professor, was saying": the main verb
	}
	b := strings.TrimSpace(between)
	if i := strings.LastIndexAny(b, ",;"); i >= 0 && len(strings.Fields(b[i+1:])) <= 1 {
		return true // ", initially claiming"
	}
	last := words[len(words)-1]
	return last == "and" || words[len(words)-2] == "and" // "and contending", "and repeatedly contending"
}

// relative reports a speaker and the words up to its cue that open a
// relative clause: "Pell, who has", "the court, which".
func relative(between string) bool {
	for _, w := range lowerWords(between) {
		if relativeOpener(w) {
			return true
		}
	}
	return false
}

// clauseEnds reports text that ends a clause and maybe starts the next
// one's subject, so that a speaker after it opens a new clause: "Pell did
// not take the stand, but his lawyer", "...; ".
func clauseEnds(s string) bool {
	s = strings.TrimSpace(s)
	if strings.HasSuffix(s, ";") || strings.HasSuffix(s, ":") {
		return true
	}
	i := strings.LastIndexAny(s, ",;")
	if i < 0 {
		return false
	}
	f := strings.Fields(s[i+1:])
	const subject = 4 // "but his lawyer", "and the state's governor"
	return len(f) > 0 && len(f) <= subject && english.IsConjunction(strings.ToLower(f[0]))
}

// relativeOpener reports a relative pronoun, which opens a clause that
// describes the noun before it.
func relativeOpener(w string) bool {
	switch w {
	case "which", "who", "whom", "whose":
		return true
	}
	return false
}
