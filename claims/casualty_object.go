package claims

import (
	"strings"

	"github.com/claimdiff/claimdiff/claims/english"
)

// objectReach bounds the words of a person object read after an active
// verb: a determiner or possessive, two words, the noun ("his 8-year-old
// brother").
const objectReach = 4

// activeObject reads a killed or shot claim whose words end on an active
// "shot", "killed", "shoots" or "kills" with no form of "be" among them
// and a word after them in its sentence ("A 12-year-old grandson fatally
// shot his 8-year-old brother", "The deputy fatally shot 2 dogs"): it
// gives the verb's last word and the token after it, where an object
// would begin. "was fatally shot" is passive: no object.
func (b *builder) activeObject(c *Claim) (verb, obj int, ok bool) {
	toks := b.txt.Tokens
	s := b.txt.Sentences[c.sent]
	end := b.casualtyText().claimEnd(c)
	if end >= s.Last || end == c.tok || c.Kind != kindKilled && c.Kind != kindShot {
		return 0, 0, false
	}
	if w := toks[end-1].Norm; w != "shot" && w != "killed" && w != "shoots" && w != "kills" {
		return 0, 0, false
	}
	for i := c.tok; i < end; i++ {
		if english.IsBeFormKey(toks[i].Key, toks[i].Norm) {
			return 0, 0, false // "was fatally shot": passive
		}
	}
	return end - 1, end, true
}

// objectVictim re-reads a single victim by rule whose words are a subject
// and an active verb that a person object follows ("A 12-year-old grandson
// fatally shot his 8-year-old brother", "a 19-year-old man shot and killed
// his infant daughter", "A 60-year-old man fatally shot his grandson"):
// the subject is who shot, never the victim, so the claim's words become
// the verb and its object ("fatally shot his 8-year-old brother"), the
// victim's. The count, one, stays. A verb in the passive ("was fatally
// shot") has no such object (activeObject), and neither has one before a
// number or a date ("fatally shot 2 dogs" is agentOf's).
func (b *builder) objectVictim(c *Claim) {
	toks := b.txt.Tokens
	s := b.txt.Sentences[c.sent]
	verb, end, ok := b.activeObject(c)
	if !ok || verb == c.tok {
		return
	}
	for verb-1 > c.tok && b.verbGroupWord(toks[verb-1].Norm) {
		verb-- // the first word of the verb group: "fatally shot", "shot and killed"
	}
	if w := toks[end].Norm; !english.IsArticle(w) && !english.IsPossessive(w) || b.in.Cover(end) >= 0 {
		return
	}
	for i := end + 1; i < s.Last && i <= end+objectReach; i++ {
		if b.victimNoun(toks[i].Norm) && (i+1 >= s.Last || !b.victimNoun(toks[i+1].Norm)) { // "8-year-old brother": the noun
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

// pronounVictim names the victim of a death by rule told of a pronoun or
// "the victim" that opens its sentence ("Officers found Marcus Bell, 24,
// with a gunshot wound. Bell was taken to a hospital. He later died."):
// the person the sentences before it are about, as a "he" or "she" there
// stands for (builder.lastPerson), so the death joins the person named
// before it. Only a person the document tells of as one hurt or killed,
// or gives an age, is read (people: the victims named and the subjects of
// ages), and only one named in the followWindow sentences before: a
// pronoun may stand for a suspect named further back. A victim the rule
// named already, or a pronoun no such person stands for, leaves the claim
// as it is.
func (b *builder) pronounVictim(c *Claim, people map[string]bool) {
	toks := b.txt.Tokens
	s := b.txt.Sentences[c.sent]
	if c.Victim != "" || c.Kind != kindKilled || c.tok != s.First {
		return
	}
	w := toks[c.tok].Norm
	switch {
	case english.IsSubjectPronoun(w) && english.PronounGender(w) != 0:
	case w == "the" && c.tok+1 < s.Last && toks[c.tok+1].Norm == "victim":
	default:
		return
	}
	if who := b.lastPerson.standsFor(w, c.sent); people[who] && b.namedBefore(who, c.sent) {
		c.Victim = who
	}
}

// namedBefore reports whether name stands in one of the followWindow
// sentences before sentence si: the bounded look-back a pronoun's person
// is sought in.
func (b *builder) namedBefore(name string, si int) bool {
	for k := si - 1; k >= 0 && k >= si-followWindow; k-- {
		s := b.txt.Sentences[k]
		if s.First >= s.Last {
			continue
		}
		if strings.Contains(b.txt.Src[b.txt.Tokens[s.First].Start:b.txt.Tokens[s.Last-1].End], name) {
			return true
		}
	}
	return false
}

// describedPeople is the set of people the claims tell of as victims
// (a casualty claim's victim) or with an age (an age claim's subject).
func describedPeople(cs []Claim) map[string]bool {
	out := map[string]bool{}
	for i := range cs {
		switch c := &cs[i]; {
		case isCasualty(c.Kind) && c.Victim != "":
			out[c.Victim] = true
		case c.Kind == "age" && c.Subject != "":
			out[c.Subject] = true
		}
	}
	return out
}

// ageKey is an age as written: its number and unit ("18 months").
type ageKey struct {
	n    float64
	unit string
}

// woundedWhoDied marks dropped a single wounded victim by rule whose
// words give an age ("the adults turned to see the 18-month-old wounded")
// that another sentence gives to someone whose death it tells ("An
// 18-month old boy was shot in the head ... and died shortly after"): the
// wounded one is the one who died, and was not wounded at the end. The
// age must stand before the sentence's first word of a death, in a
// sentence that tells of no one wounded (deathOf): "9-year-old girl
// wounded, man killed", "the shooting that killed a baby is 16-year-old"
// give the age to another. Ages are matched as written, number and unit;
// a death in the victim's own sentence is another person's. The wounded
// one's age must name no person of its own ("the 18-month-old wounded")
// or the same as the one who died: "A 17-year-old boy was shot and
// killed ... a 17-year-old girl was wounded" tells of two. Each sentence
// is read once.
func (b *builder) woundedWhoDied(cs []Claim, dropped []bool) {
	type death struct {
		sent    int
		subject string // the person the age is given to ("boy"), or ""
	}
	first := map[int]int{} // per sentence read, its first word of a death, or -1
	died := map[ageKey][]death{}
	for i := range cs {
		c := &cs[i]
		if c.Kind != "age" || c.Value == nil {
			continue
		}
		d, ok := first[c.sent]
		if !ok {
			d = b.deathOf(c.sent)
			first[c.sent] = d
		}
		if k := (ageKey{c.Value.Number, c.Value.Unit}); c.tok < d && len(died[k]) < 2 {
			died[k] = append(died[k], death{c.sent, c.Subject})
		}
	}
	text := b.casualtyText()
	if len(died) == 0 {
		return
	}
	for i := range cs {
		c := &cs[i]
		ru := b.rules.Rule(c.Rule)
		if dropped[i] || c.Kind != kindInjured || ru == nil || ru.Value == nil || *ru.Value != 1 {
			continue
		}
		end := text.claimEnd(c)
		if text.has(b.rules.Casualties.Others, c.tok, end) {
			continue // "a second 30-year-old man was wounded": someone new
		}
		lo, hi := max(0, i-claimWindow), min(len(cs), i+claimWindow+1)
		for j := lo; j < hi; j++ {
			a := &cs[j]
			if a.Kind != "age" || a.Value == nil || a.sent != c.sent || a.tok < c.tok || a.tok >= end {
				continue
			}
			for _, d := range died[ageKey{a.Value.Number, a.Value.Unit}] {
				dropped[i] = dropped[i] || d.sent != c.sent && (a.Subject == "" || a.Subject == d.subject)
			}
		}
	}
}

// deathOf is the first word of a death (rules.yaml casualties.deaths) in
// sentence si that tells of a death (tellsDeathIn) and of no one wounded
// (no word of casualties.outcomes but those of deaths and "shot"), or -1.
func (b *builder) deathOf(si int) int {
	s := b.txt.Sentences[si]
	voc := b.rules.Casualties
	if !b.casualtyText().tellsDeathIn(s) {
		return -1
	}
	at := -1
	for i := s.First; i < s.Last; i++ {
		w := b.txt.Tokens[i].Norm
		switch {
		case voc.Deaths.HasWord(w):
			if at < 0 {
				at = i
			}
		case w != "shot" && voc.Outcomes.HasWord(w):
			return -1 // "9-year-old girl wounded, man killed"
		}
	}
	return at
}
