package claims

import "github.com/claimdiff/claimdiff/claims/english"

// objectReach bounds the words of a person object read after an active
// verb: a determiner or possessive, two words, the noun ("his 8-year-old
// brother").
const objectReach = 4

// objectVictim re-reads a single victim by rule whose words are a subject
// and an active verb that a person object follows ("A 12-year-old grandson
// fatally shot his 8-year-old brother", "a 19-year-old man shot and killed
// his infant daughter"): the subject is who shot, never the victim, so the
// claim's words become the verb and its object ("fatally shot his
// 8-year-old brother"), the victim's. The count, one, stays. A verb in the
// passive ("was fatally shot") has no such object, and neither has one
// before a number or a date ("fatally shot 2 dogs" is agentOf's).
func (b *builder) objectVictim(c *Claim) {
	toks := b.txt.Tokens
	s := b.txt.Sentences[c.sent]
	text := b.casualtyText()
	end := text.claimEnd(*c)
	if end >= s.Last || end-c.tok < 2 || c.Kind != kindKilled && c.Kind != kindShot {
		return
	}
	if w := toks[end-1].Norm; w != "shot" && w != "killed" && w != "shoots" && w != "kills" {
		return
	}
	verb := end - 1 // the first word of the verb group: "fatally shot", "shot and killed"
	for verb-1 > c.tok && b.verbGroupWord(toks[verb-1].Norm) {
		verb--
	}
	for i := c.tok; i < end; i++ {
		if english.IsBeForm(toks[i].Norm) {
			return // "was fatally shot": passive
		}
	}
	if w := toks[end].Norm; !english.IsArticle(w) && !english.IsPossessive(w) || b.in.Cover(end) >= 0 {
		return
	}
	voc := b.rules.Casualties
	for i := end + 1; i < s.Last && i <= end+objectReach; i++ {
		if voc.PersonNouns.HasWord(toks[i].Norm) || voc.KinNouns.HasWord(toks[i].Norm) {
			c.tok, c.end = verb, i+1
			c.Span = b.spanOf(toks[verb].Start, toks[i].End)
			c.Text = b.txt.Src[c.Span.Start:c.Span.End]
			return
		}
	}
}

// verbGroupWord reports a word of a killing's verb group before its last
// verb: "fatally" (rules.yaml casualties.deaths), "shot and killed".
func (b *builder) verbGroupWord(w string) bool {
	return w == "and" || w == "shot" || b.rules.Casualties.Deaths.HasWord(w) || english.IsAdverb(w)
}
