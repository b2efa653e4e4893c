package claims

import "github.com/claimdiff/claimdiff/claims/english"

// roundupWindow is how many sentences after a sentence that ranks the
// story's incident in a series ("The incident was the second reported
// shooting in Millbrook in a day") the other incidents of the
// series may be told.
const roundupWindow = 3

// ordinalReach bounds the words between an ordinal and its incident noun
// ("the third city shooting", "the second reported shooting").
const ordinalReach = 2

// roundups tells which sentences rank the story's incident in a series
// of incidents, memoised per sentence: a sentence read once stays read.
type roundups map[int]bool

// afterRoundup reports a casualty count in one of the roundupWindow
// sentences after a sentence that ranks the story's incident in a series
// and counts no victims itself ("Tuesday's incident marks the third city
// shooting in five days. Five people were shot, one of whom died, Friday
// in a shooting at a shopping center."): the sentences after it tell of
// the other incidents of the series, a round-up, and their counts are
// another incident's. A sentence that counts victims and ranks the
// incident ("One of five people shot Sunday has died, marking the fourth
// fatal shooting in that neighborhood this month") is the story's.
//
// A round-up opens only after the story has told a count of its own:
// story is the sentence of the first such count, -1 before one ("Police
// are investigating the second shooting in Dayton this weekend. Two men
// were wounded Sunday night" tells the story's toll after the ranking).
// A count that points back to victims counted before its sentence ("One
// of the men later died", "two of them", "the two men") is the story's,
// wherever it stands; one whose whole its own sentence counts ("Five
// people were shot, one of whom died") goes with that whole.
func (b *builder) afterRoundup(cs []Claim, i int, seen roundups, story int) bool {
	c := &cs[i]
	if story < 0 || b.countsBack(c) && !countBefore(cs, i) {
		return false
	}
	for s := c.sent - 1; s > story && s >= c.sent-roundupWindow; s-- {
		ranks, ok := seen[s]
		if !ok {
			ranks = b.ranksIncident(s)
			seen[s] = ranks
		}
		if ranks {
			return true
		}
	}
	return false
}

// countsBack reports a count whose words point back to people counted
// before it: its number follows "the" or is followed by "of" ("the two
// men", "one of the men", "one of whom"), it says it is a part
// (rules.yaml casualties.parts: "two of them fatally") or a death later
// (casualties.later-deaths: "later died"), or it is a single victim
// named with "the" ("the victim").
func (b *builder) countsBack(c *Claim) bool {
	if b.says(c, b.rules.Casualties.Parts) || b.says(c, b.rules.Casualties.LaterDeaths) {
		return true // "two of them fatally"; "One man later died at the hospital"
	}
	if c.val < 0 {
		// a single victim told as one already met: "The victim died
		// Monday", "The older victim died at the hospital"
		return b.txt.Tokens[c.tok].Norm == "the"
	}
	toks := b.txt.Tokens
	s := b.txt.Sentences[c.sent]
	m := b.in.Mentions[c.val]
	return m.First > s.First && toks[m.First-1].Norm == "the" || m.Last < s.Last && toks[m.Last].Norm == "of"
}

// countBefore reports a casualty count before cs[i] in its sentence, at
// most claimWindow claims back.
func countBefore(cs []Claim, i int) bool {
	for j := i - 1; j >= 0 && j >= i-claimWindow && cs[j].sent == cs[i].sent; j-- {
		if isCasualty(cs[j].Kind) && cs[j].Value != nil && cs[j].tok < cs[i].tok {
			return true
		}
	}
	return false
}

// ranksIncident reports a sentence with "the", an ordinal above first and,
// at most ordinalReach words after it, an incident noun (rules.yaml
// frames.incidents), and no word of an outcome (rules.yaml
// casualties.outcomes, casualties.deaths): "The incident was the second
// reported shooting in Millbrook in a day".
func (b *builder) ranksIncident(si int) bool {
	toks := b.txt.Tokens
	s := b.txt.Sentences[si]
	voc := b.rules.Casualties
	seriesNamed := false
	for i := s.First; i < s.Last; i++ {
		w := toks[i].Norm
		if voc.Outcomes.HasWord(w) || voc.Deaths.HasWord(w) {
			return false
		}
		if seriesNamed || i == s.First || toks[i-1].Norm != "the" {
			continue
		}
		if _, ok := english.Ordinal(w); !ok {
			continue
		}
		for j := i + 1; j < s.Last && j <= i+1+ordinalReach; j++ {
			if b.rules.Frames.Incidents.HasWordKey(toks[j].Key, toks[j].Norm) {
				seriesNamed = true
				break
			}
		}
	}
	return seriesNamed
}
