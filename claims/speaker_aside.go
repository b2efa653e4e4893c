package claims

import (
	"github.com/claimdiff/claimdiff/claims/english"
	"github.com/claimdiff/claimdiff/claims/segment"
)

// A cue's subject read back past the asides between it and the cue:
// appositions, relative and participial clauses, ages, places, quoted
// titles, each closed by a comma.

// maxAsides bounds the comma segments asideSubject walks back over, and
// maxAsideReach the tokens from the cue back to the subject's start.
const (
	maxAsides     = 5
	maxAsideReach = 56
)

// asideSubject reads the speaker of a cue at token i that follows a comma
// closing asides about the sentence's subject: "Sam Ruiz, a contestant
// on the show "Top Chef," who later worked for the host,
// said", "Federal officials familiar with the server, speaking on the
// condition of anonymity, said". The subject opens the sentence (or
// follows its opening phrase) and every comma segment after it is an
// aside; the speaker's span takes them in, up to the comma.
func (a *attributor) asideSubject(i, si int) speaker {
	s := a.txt.Sentences[si]
	toks := a.txt.Tokens
	k := i - 1
	for k > s.First && (a.inVerbGroup(k) || a.mannerAdverb(k) || a.adverbAt(k)) {
		k--
	}
	closing := k > s.First && a.participleBreak(k, s.First) && a.inQuote[k] >= 0
	if k <= s.First || (toks[k].Norm != "," || a.inQuote[k] >= 0) && !closing {
		// 'Humphrey, who calls Trump a "sociopath," said': the aside
		// may close on a quotation's comma
		return speaker{}
	}
	end, asides := k, 0
	for end > s.First && asides <= maxAsides {
		c := a.segmentStart(end, max(s.First, k-maxAsideReach))
		if c < 0 {
			return speaker{}
		}
		seg := [2]int{c, end}
		if asides > 0 && c == s.First {
			// "The mayor, who called the plan "reckless," said": the
			// subject opens the sentence, no comma before it
			if sp := a.resolve(c, end, si); sp.ok() && sp.first >= c && sp.last <= end && sp.typ != SpeakerUnknown {
				sp.last = k + 1
				return sp
			}
		}
		if a.asideSegment(seg) {
			asides++
			if c == s.First {
				return speaker{}
			}
			end = c - 1
			continue
		}
		if asides == 0 || !a.opensSubject(c, s) {
			return speaker{}
		}
		head := end
		for r := c + 1; r < end; r++ {
			if n := toks[r].Norm; n == "who" || n == "that" || n == "which" {
				head = r // "some voters who have listened to him": the voters
				break
			}
		}
		sp := a.resolve(c, head, si)
		if !sp.ok() || sp.first < c || sp.last > head || sp.typ == SpeakerUnknown {
			return speaker{}
		}
		sp.last = k + 1 // the asides and the comma that closes them
		return sp
	}
	return speaker{}
}

// segmentStart returns the first token of the comma segment that ends
// before token end: after the comma outside quotes before it, or at
// floor when it reaches floor. It returns -1 when a semicolon, colon or
// dash stands between, or the segment reaches past floor.
func (a *attributor) segmentStart(end, floor int) int {
	toks := a.txt.Tokens
	for c := end - 1; c >= floor; c-- {
		switch n := toks[c].Norm; {
		case n == "," && a.inQuote[c] < 0:
			return c + 1
		case n == "," && c+1 < end && a.inQuote[c+1] == a.inQuote[c] && markOf(a.txt, c+1) != notMark:
			return c + 2 // "the show "The Apprentice," who": the comma before a closing mark
		case n == ";" || n == ":" || n == "—" || n == "–" || n == "(" || n == ")":
			return -1
		case c == floor:
			if floor == a.txt.Sentences[a.sentOf[c]].First {
				return c
			}
			return -1
		}
	}
	return -1
}

// asideSegment reports a comma segment that says something about the
// name before it: a relative or participial clause ("who went on to
// work alongside Trump", "speaking on the condition of anonymity"), a
// prepositional phrase ("on television"), an apposition ("a contestant on the show", "the president's adviser"),
// an age ("70"), a place ("N.Y.") or a quoted title.
func (a *attributor) asideSegment(seg [2]int) bool {
	toks := a.txt.Tokens
	switch {
	case a.relativeAside(seg) || a.participialAside(seg):
		return true
	case seg[1]-seg[0] >= 2 && english.IsPreposition(toks[seg[0]].Norm):
		return true // "on television or at small events"

	case seg[1]-seg[0] == 1 && toks[seg[0]].Kind == segment.Number:
		return true // "Jessie Elkins, 70,"
	case a.properOnly(seg) && seg[1]-seg[0] <= 3 && !a.wholeEntity(seg[0], seg[1]).named():
		return true // "Chappaqua, N.Y.,"
	}
	quoted := true
	for k := seg[0]; k < seg[1] && quoted; k++ {
		quoted = a.inQuote[k] >= 0
	}
	if quoted {
		return true // "the reality show, "The Apprentice,""
	}
	// an apposition: a determined noun phrase, no verb in it
	if n := toks[seg[0]].Norm; !english.IsArticle(n) && !english.IsPossessive(n) {
		return false
	}
	for k := seg[0]; k < seg[1]; k++ {
		if n := toks[k].Norm; english.IsAuxiliary(n) && n != "'s" || english.IsSubjectPronoun(n) || n == "that" || n == "who" {
			return false
		}
	}
	return true
}

// opensSubject reports a subject starting at token c of sentence s: at
// the sentence's start (past a dateline or a lead word), or after an
// opening prepositional phrase closed by a comma ("At a campaign event
// in Ohio, Brenda Johnson, 62, said").
func (a *attributor) opensSubject(c int, s segment.Sentence) bool {
	f := a.datelineEnd(s)
	for f < c && isLead(&a.txt.Tokens[f]) {
		f++
	}
	if c == f {
		return true
	}
	return a.openingPhraseEnd(c-1, s) == c-1
}

// relativeAsideEnds returns the relative pronoun of the clause that the
// comma at token k of sentence s closes, opened by ", who", ", which" or
// ", whose" ("The senator, whose bill failed, said": the senator, not his
// bill) with no other comma between, outside quotes; 0 for none.
func (a *attributor) relativeAsideEnds(k int, s segment.Sentence) int {
	toks := a.txt.Tokens
	if k <= s.First || toks[k].Norm != "," || a.inQuote[k] >= 0 {
		return 0
	}
	for j := k - 1; j > s.First && j >= k-maxAsideReach; j-- {
		if a.inQuote[j] >= 0 {
			continue
		}
		switch toks[j].Norm {
		case ",":
			return 0
		case "who", "which":
			if toks[j-1].Norm == "," {
				return j
			}
			return 0
		case "whose":
			if toks[j-1].Norm == "," {
				return j
			}
			// "Brown, who lost to Clinton and whose views clashed with
			// his, said": a second relative clause of the aside
		}
	}
	return 0
}

// maxRelativeVerbGroup bounds the words between a relative pronoun and
// the cue of its clause: "who has yet to publicly say".
const maxRelativeVerbGroup = 6

// relativeClauseEnd returns the comma that closes the relative clause set
// off by commas in which the cue at token i of sentence s stands ("Ruiz,
// who has yet to say whether he will run, raised $2 million"): the comma
// before the main clause's verb. It returns 0 when the cue stands in no
// such clause, or the clause runs to the sentence's end.
func (a *attributor) relativeClauseEnd(i int, s segment.Sentence) int {
	toks := a.txt.Tokens
	k := i - 1
	for k > s.First && k >= i-maxRelativeVerbGroup && toks[k].Kind == segment.Word && !toks[k].Cap && !relativePronoun(toks[k].Norm) {
		k-- // back over the verb group: "who has yet to say", "whose members met to discuss"
	}
	if k <= s.First || !relativePronoun(toks[k].Norm) || toks[k-1].Norm != "," {
		return 0
	}
	for c := i + 1; c+1 < s.Last; c++ {
		if toks[c].Norm != "," || a.inQuote[c] >= 0 {
			continue
		}
		if next := &toks[c+1]; next.Kind == segment.Word && !next.Cap && (a.inVerbGroup(c+1) || verbForm(next.Key, next.Norm)) && !english.IsSubjectPronounKey(next.Key, next.Norm) {
			return c
		}
	}
	return 0
}
