package claims

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/claims/english"
	"github.com/claimdiff/claimdiff/claims/rules"
	"github.com/claimdiff/claimdiff/claims/segment"
)

// The last check on a speaker's name before it is recorded: a phrase that
// does not read as a name or a noun phrase was misread, and the speaker is
// unknown rather than wrong. Plain functions over the name: the lowest of
// the attribution files with attribute_state.go.

// plausibleSpeaker reports a speaker name that reads as a name or a noun
// phrase, not a misread: not a clock time ("35 a.m."), not a dateline or
// headline in capitals ("NEW YORK", "COURT FACING CHARGES") or a dateline
// and a clause ("SAN ANTONIO -- A Halloween party"), not a sentence adverb
// ("Instead"), no contraction ("Don't Republicans"), no lower-case pronoun,
// auxiliary or clause conjunction in it and no subject pronoun opening it
// ("He sent out a fundraising email", "who introduced a bill"), no
// lower-case adverb at its end ("officer vividly"), no negative or
// distributive determiner at its start ("Neither suspect", "Every year"),
// no preposition opening it ("During the response effort") or alone
// ("Like"), no participle and its preposition opening it ("taken from a
// dashcam video", whose noun stands before it),
// and no speech cue followed by a determiner ("Lancet said the"), which
// shows it ran on into the clause it reports, and no party-and-state tag
// ("R-Texas", the apposition of a name). Figures ("42%", "one
// resident") and capitalised words that are also auxiliaries ("Will
// Doyle") are speakers.
func plausibleSpeaker(name string, at *rules.Attribution) bool {
	if name == "" {
		return true
	}
	if at.PartyTags.Has(name) {
		return false // "R-Texas": the tag of the name before it
	}
	upper, lower := false, false
	for _, r := range name {
		upper = upper || unicode.IsUpper(r)
		lower = lower || unicode.IsLower(r)
	}
	words := strings.Count(name, " ") + 1
	if upper && !lower && words > 1 {
		return false
	}
	var buf, nextBuf [32]byte
	rest := name
	for i := 0; rest != ""; i++ {
		var w string
		w, rest, _ = strings.Cut(rest, " ")
		if i > 0 && trimPunct(w, "-–—") == "" {
			return false
		}
		lw := trimPunct(w, ",.-–—")
		if n := lowerInto(lw, buf[:]); n > 0 {
			lw = string(buf[:n]) // on the stack: lw does not escape
		}
		last := rest == ""
		switch {
		case lw == "":
		case i == 0 && last && english.IsDiscourseAdverb(lw) && !strings.HasSuffix(lw, "ly"):
			return false // "Instead"; "Kelly" ends in -ly and is a name
		case i == 0 && !last && unicode.IsDigit(rune(w[0])):
			if next, _, _ := strings.Cut(rest, " "); next == "a.m." || next == "p.m." {
				return false // "35 a.m."
			}
		case contraction(lw):
			return false
		case i == 0 && !last && english.IsSubjectPronoun(lw):
			return false
		case i == 0 && (lw == "neither" || lw == "either" || lw == "no" || lw == "every" || lw == "each"):
			return false
		case i == 0 && !last && english.IsPreposition(lw) && lw != "per" && !startsNumber(rest) && !((lw == "about" || lw == "around") && startsNumberWord(rest)) &&
			!(lw == "at" && (strings.HasPrefix(rest, "least ") || strings.HasPrefix(rest, "most "))):
			return false // "During the response effort": an adverbial, not who spoke; but "At least half of voters"
		case i == 0 && last && w != lw && english.IsPreposition(lw):
			return false // "Like others defending the law, ...": the word opening it
		case i == 0 && !last && english.IsAuxiliary(lw) && auxiliaryQuestion(rest):
			return false // "Does the president still hope": a question's verb
		case i == 0 && !last && strings.TrimRight(w, ",") == lw && english.IsPastOrParticiple(lw) && prepositionNext(rest):
			return false // "taken from a dashcam video": a participle's phrase, its noun before it ("A photo taken from ...")
		case w != lw:
			// capitalised: a name's word ("Will Doyle", "May")
		case i == 0 && (lw == "one" || english.IsQuantifier(lw) || english.IsPossessive(lw) && lw != "whose"):
			// "one resident", "some experts", "her family"
		case lw == "us" && i == 0 && !last:
			// "us officials" (unnamed sources come lower-cased): an
			// object pronoun never modifies a noun, the country does
		case lw == "one" && i > 0 && !last && ofBefore(name, rest):
			// "the uncle of one of the girls": a part of a group, no pronoun
		case english.IsPronoun(lw) || english.IsAuxiliary(lw) || english.IsClauseConjunction(lw):
			return false
		case last && i > 0 && (english.IsAdverb(lw) || strings.HasSuffix(lw, "ly") && len(lw) > 4) &&
			!at.Anonymous.HasWord(lw) && !at.Roles.HasWord(lw) && !at.Organisations.HasWord(lw):
			return false // "family" is a noun of the rules' vocabulary
		case i > 0 && !last && at.Cues.HasWord(w):
			next, _, _ := strings.Cut(rest, " ")
			if n := lowerInto(next, nextBuf[:]); n > 0 {
				next = string(nextBuf[:n])
			}
			if english.IsDeterminer(next) {
				return false
			}
		}
	}
	return true
}

// prepositionNext reports words that open with a preposition.
func prepositionNext(rest string) bool { return english.IsPreposition(firstLower(rest)) }

// firstLower is the first of words in lower case.
func firstLower(words string) string {
	w, _, _ := strings.Cut(words, " ")
	return strings.ToLower(w) // w itself when it has no capital
}

// auxiliaryQuestion reports the words after an auxiliary opening a
// speaker that make it a question's verb, not a name ("Will Doyle"): a
// determiner or a pronoun ("Does the president", "Did he").
func auxiliaryQuestion(rest string) bool {
	next := firstLower(rest)
	return english.IsDeterminer(next) || english.IsSubjectPronoun(next)
}

// ofBefore reports the word of name that ends where rest starts, less
// one space and the word itself, preceded by "of": name "aunt of one of
// the teens" with rest "of the teens" (after "one").
func ofBefore(name, rest string) bool {
	head := strings.TrimSuffix(name, rest)
	head = strings.TrimRight(head, " ")
	if k := strings.LastIndexByte(head, ' '); k >= 0 {
		head = strings.TrimRight(head[:k], " ")
		return strings.HasSuffix(head, " of") || head == "of"
	}
	return false
}

// startsNumber reports words that open with a digit: "About 40 percent"
// opens on a preposition and still names a part of a group.
func startsNumber(words string) bool {
	return words != "" && '0' <= words[0] && words[0] <= '9'
}

// startsNumberWord reports words that open with a number in words, or
// "a" and a fraction, after "about" or "around": "about four in 10
// voters", "about a third of voters" (not "Over three days the union",
// "Within a dozen blocks residents": a time or a place).
func startsNumberWord(words string) bool {
	w, rest, _ := strings.Cut(strings.ToLower(words), " ")
	if w == "a" || w == "an" {
		w, _, _ = strings.Cut(rest, " ")
		return fraction(w) || english.IsFraction(w)
	}
	return english.IsQuantifier(w) && w != "all" && w != "most" && w != "some" && w != "others" && w != "none" || fraction(w)
}

// lowerInto writes w in lower case into buf and returns its length when w
// has an upper-case ASCII letter and fits, else 0 (w is lower case already,
// or too long to be a word of the checks).
func lowerInto(w string, buf []byte) int {
	k := 0
	for k < len(w) && !('A' <= w[k] && w[k] <= 'Z') {
		k++
	}
	if k == len(w) || len(w) > len(buf) {
		return 0
	}
	for j := 0; j < len(w); j++ {
		c := w[j]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[j] = c
	}
	return len(w)
}

// trimPunct is strings.Trim(w, cutset) for a cutset of punctuation: a
// word whose first and last bytes are ASCII and not in the cutset, as
// most are, is returned as it is without a look at its runes (an ASCII
// byte never stands inside another rune's bytes).
func trimPunct(w, cutset string) string {
	if n := len(w); n > 0 && w[0] < utf8.RuneSelf && w[n-1] < utf8.RuneSelf &&
		strings.IndexByte(cutset, w[0]) < 0 && strings.IndexByte(cutset, w[n-1]) < 0 {
		return w
	}
	return strings.Trim(w, cutset)
}

// contraction reports a word like "we're" or "don't" ("O'Brien" and
// "Trump's" are not).
func contraction(w string) bool {
	// the last apostrophe, straight or curly: LastIndexAny would decode
	// every rune of every word of every speaker, and most words have
	// neither (a curly one's bytes open with 0xE2)
	if strings.IndexByte(w, '\'') < 0 && strings.IndexByte(w, 0xE2) < 0 {
		return false
	}
	i := max(strings.LastIndexByte(w, '\''), strings.LastIndex(w, "’"))
	if i < 0 {
		return false
	}
	switch strings.TrimLeft(w[i:], "'’") {
	case "re", "m", "ve", "ll", "d", "t":
		return true
	}
	return false
}

// placeState reports a state's abbreviation at token k after a place and
// its comma, with its period: "Beaumont, Tex.," (rules.yaml
// attribution.party-states); not "Mo" or "Del" named alone.
func (a *attributor) placeState(k int) bool {
	toks := a.txt.Tokens
	if k < 2 || k+1 >= len(toks) || toks[k+1].Norm != "." || toks[k-1].Norm != "," || !toks[k-2].Cap {
		return false
	}
	_, n := a.r.Attribution.StateAbbreviations.Longest(toks, k, k+1)
	return n == 1
}

// knownName reports a capitalised word at token k that names a place the
// rules list or a person whose surname the document knows.
func (a *attributor) knownName(k int) bool {
	if a.r.Places[a.txt.Src[a.txt.Tokens[k].Start:a.txt.Tokens[k].End]] {
		return true
	}
	_, ok := a.surnameOf(a.txt.Tokens[k].Norm)
	return ok
}

// surnameOf returns the full name the document gave earlier for the
// surname w (any case), and whether it gave one.
func (a *attributor) surnameOf(w string) (string, bool) {
	var buf [64]byte
	full, ok := a.surnames[string(segment.AppendLower(buf[:0], w))]
	return full, ok
}
