package claims

import (
	"strings"

	"github.com/claimdiff/claimdiff/claims/english"
	"github.com/claimdiff/claimdiff/claims/mention"
	"github.com/claimdiff/claimdiff/claims/segment"
)

// ageRangeFrame frames a generic number that is an age ("between 15 and
// 17 years old", "aged between 18 and 60") as an age claim, and reports
// whether it did.
func (b *builder) ageRangeFrame(c *Claim, mv mention.Mention, s segment.Sentence) bool {
	if !b.ageNumber(mv, s, true) {
		return false
	}
	k := b.rules.KindForHead("age")
	if k == nil {
		return false
	}
	f := c.Frame
	c.Kind, c.Value.Unit = k.Name, k.Unit
	f.Measured, f.Head = "age", "age"
	if p := b.parenthesisedPerson(mv, s); p != "" {
		f.Entity, c.Subject = p, p
	} else if who := b.ageHolder(mv, s); who != "" {
		f.Entity, c.Subject = who, who
	}
	return true
}

// ageHolder finds whose age an age said after its holder is, within a
// bounded look-back: the subject of a copula ("The child is almost three
// years old", "The shooter, who is believed to be 17 to 20 years old"),
// the noun an age is set beside ("The participants - aged between 18 and
// 60", "her three children, ranging in age from 9 months", "healthy people
// between the age of 18 and 60", "a man aged 30"), or the person a
// sentence opens with when the age follows its verb ("Mark Blum, an actor,
// has died aged 69"). A person's name is resolved as ages' names are; a
// common noun is its head word. "" when nothing holds it: no guess.
func (b *builder) ageHolder(mv mention.Mention, s segment.Sentence) string {
	toks := b.txt.Tokens
	if k := mv.First; (b.norm(k, s) == "aged" || b.norm(k, s) == "ages") && k-1 >= s.First {
		// "a man aged 30" is the man's age; "has died aged 69" the
		// subject's, when the sentence opens with a person
		if w := toks[k-1].Norm; strings.HasSuffix(w, "ed") || english.IsAuxiliary(w) {
			return b.openingPerson(k, s)
		}
		if who := b.holderBefore(k, s); who != "" {
			return who
		}
	}
	for k := mv.First - 1; k >= s.First && mv.First-k <= 2*frameWindow; k-- {
		w := toks[k].Norm
		who := ""
		switch {
		case english.IsBeForm(w):
			j := k
			if j-1 >= s.First && toks[j-1].Norm == "who" {
				j--
				if j-1 >= s.First && toks[j-1].Norm == "," {
					j--
				}
			}
			who = b.holderBefore(j, s)
		case w == "," || w == "-" || w == "–" || w == "—" || w == "(":
			return b.holderBefore(k, s)
		case w == "between" || w == "aged" || w == "ages":
			who = b.holderBefore(k, s)
		case w == "as" && k-1 > s.First && b.rules.Frames.Identifyings.HasWordKey(toks[k-1].Key, toks[k-1].Norm):
			// "the body of a man later identified as 20-year-old": the man
			j := k - 1
			for j-1 > s.First && (english.IsAdverbKey(toks[j-1].Key, toks[j-1].Norm) || toks[j-1].Norm == "later") {
				j--
			}
			return b.holderBefore(j, s)
		case b.in.Cover(k) >= 0 || toks[k].Kind == segment.Number || english.IsAdverb(w) || agePhraseWords[w]:
			// "who is believed to be between 17 to", "ranging in age from
			// 9 months old to"
		default:
			return "" // any other word: the age is not said of what stands before it
		}
		if who != "" {
			return who
		}
	}
	return ""
}

// holderBefore is the person or thing whose age follows token end: a name
// ending there, or the head noun of the noun phrase ending there.
func (b *builder) holderBefore(end int, s segment.Sentence) string {
	toks := b.txt.Tokens
	if end <= s.First {
		return ""
	}
	if start := b.rules.Names.Backward(b.txt, end, s.First, b.in.Free); start < end {
		name := b.nameAt(start, end)
		if b.names.kind(name) == SpeakerPerson && !b.isPlace(name) {
			return b.person(name)
		}
		return ""
	}
	q := b.npBefore(end, s)
	if !q.ok() || q.last != end {
		return ""
	}
	h := toks[q.last-1]
	if h.Kind != segment.Word || h.Cap || english.IsFunctionWordKey(h.Key, h.Norm) || !nounLike(h) {
		return ""
	}
	return h.Norm
}

// openingPerson is the person a sentence opens with ("Mark Blum, an actor
// who ..., has died aged 69"), when no other person is named before token
// end; "" otherwise.
func (b *builder) openingPerson(end int, s segment.Sentence) string {
	j := b.rules.Names.Forward(b.txt, s.First, end, b.in.Free)
	if j == s.First {
		return ""
	}
	name := b.nameAt(s.First, j)
	if b.names.kind(name) != SpeakerPerson || b.isPlace(name) {
		return ""
	}
	return b.person(name)
}

// ageNumber reports a bare number that is an age: the low end of an age
// range ("between 15 and 17 years old", "ages 3 to 10-year-old"), or a
// number after "aged", "ages" or "the age of" ("aged between 18 and 60"),
// and, when more is set, the high end of such a range.
func (b *builder) ageNumber(mv mention.Mention, s segment.Sentence, more bool) bool {
	rangeWord := func(w string) bool { return w == "and" || w == "to" || w == "-" || w == "–" || w == "or" }
	if rangeWord(b.norm(mv.Last, s)) && mv.Last+1 < s.Last {
		if k := b.in.Cover(mv.Last + 1); k >= 0 && b.in.Mentions[k].Type == mention.Age && b.in.Mentions[k].First == mv.Last+1 {
			return true
		}
	}
	if v := mv.Value; v == nil || v.Number < 0 || v.Number > 120 || v.Number != float64(int(v.Number)) {
		return false
	}
	if !b.npAt(mv.Last, s).ok() {
		// "a fifth individual, who was 17 at the time"
		if w := b.norm(mv.First-1, s); (w == "was" || w == "is") && b.norm(mv.First-2, s) == "who" {
			return true
		}
		// "Gary Jones (32) was hurt"
		if b.parenthesisedPerson(mv, s) != "" {
			return true
		}
	}
	i := mv.First - 1
	if w := b.norm(i, s); w == "between" || w == "from" {
		i--
	}
	switch b.norm(i, s) {
	case "aged", "ages":
		return true
	case "of":
		if b.norm(i-1, s) == "age" {
			return true
		}
	}
	if more && rangeWord(b.norm(mv.First-1, s)) {
		if k := b.in.Cover(mv.First - 2); k >= 0 && b.in.Mentions[k].Type == mention.Number {
			return b.ageNumber(b.in.Mentions[k], s, false)
		}
	}
	return false
}

// parenthesisedPerson is the person a figure in parentheses right after
// a name is the age of: "Gary Jones (32)", "Jones (32)" after "Gary
// Jones" — a full name, so that "Labour (32)" is no one's age.
func (b *builder) parenthesisedPerson(mv mention.Mention, s segment.Sentence) string {
	k := mv.First - 1
	if b.norm(k, s) != "(" || b.norm(mv.Last, s) != ")" {
		return ""
	}
	start := b.rules.Names.Backward(b.txt, k, s.First, b.in.Free)
	if start >= k {
		return ""
	}
	name := b.nameAt(start, k)
	if b.names.kind(name) != SpeakerPerson || b.isPlace(name) {
		return ""
	}
	if p := b.person(name); strings.Contains(p, " ") {
		return p
	}
	return ""
}

// ageFrame frames an age: the person's age, the person named beside it
// or, when no name is given, the noun the age describes ("a 7-year-old
// boy").
// babyHeld reports an age in months, weeks or days held by a person — a
// name, or a noun of people ("an 18-month-old boy") — since the things
// such an age is said of are as often not ("the 30-day-old ceasefire",
// "the strike, now 40 days old"): those are no one's age.
func (b *builder) babyHeld(c *Claim, mv mention.Mention, s segment.Sentence) bool {
	if mv.Person[0] >= 0 {
		return true
	}
	if strings.HasSuffix(b.txt.Tokens[mv.Last-1].Norm, "-old") && !b.npAt(mv.Last, s).ok() {
		return true // "the 18-month-old was wounded": the age word is the child
	}
	who := c.Frame.Entity
	if who == "" {
		return false
	}
	if b.names.kind(who) == SpeakerPerson && who != strings.ToLower(who) {
		return true
	}
	return b.personNoun(strings.ToLower(who[strings.LastIndexByte(who, ' ')+1:]))
}

func (b *builder) ageFrame(c *Claim, mv mention.Mention, s segment.Sentence) {
	f := c.Frame
	f.Measured, f.Head = "age", "age"
	if c.Subject != "" {
		c.Subject = b.person(c.Subject)
		f.Entity = c.Subject
		return
	}
	p := b.npAt(mv.Last, s)
	if b.presentVerbAt(p, s) {
		// "The 49-year-old teaches at Randolph-Macon": no noun; the
		// person the text is about, when the sentence opens with the age
		if who, _ := b.agedSubject(mv.First-1, c.sent, s); who != "" {
			f.Entity, c.Subject = who, who
		}
		return
	}
	if w := b.norm(mv.First, s); !p.ok() || w == "aged" || w == "ages" || mention.IsAgeUnit(b.norm(p.first, s)) {
		// "The child is three years old", "The participants - aged 18 to
		// 60 -": the holder is before the age; "a 16-year-old who was
		// robbed": no noun, no guess
		if who := b.ageHolder(mv, s); who != "" {
			f.Entity, c.Subject = who, who
		}
		return
	}
	if who := b.ageSaidOf(mv, s); who != "" {
		f.Entity, c.Subject = who, who
		return
	}
	// "his 16-year-old brother, C.J.": a name set beside the phrase
	if b.norm(p.last, s) == "," {
		if end := b.rules.Names.Forward(b.txt, p.last+1, s.Last, b.in.Free); end > p.last+1 {
			f.Entity = b.person(b.nameAt(p.last+1, end))
			c.Subject = f.Entity
			return
		}
	}
	f.Entity = b.ageNoun(mv, p, s)
	c.Subject = f.Entity
}

// ageNoun is the holder an age phrase p names itself: a name ("the
// 25-year-old Smith") or else its noun ("a 13-year-old Erie County boy" ->
// boy), the person the document gave that title ("the 78-year-old
// cardinal": Cardinal George Pell), with the owner before it ("Sylvester's
// 33-year-old wife").
func (b *builder) ageNoun(mv mention.Mention, p np, s segment.Sentence) string {
	if end := b.rules.Names.Forward(b.txt, p.first, p.last, b.in.Free); end == p.last {
		return b.person(b.nameAt(p.first, end))
	}
	who := b.txt.Tokens[p.last-1].Norm
	if b.people != nil && b.norm(mv.First-1, s) == "the" {
		if titled := b.people.ByTitle(who); titled != "" {
			who = titled
		}
	}
	k := mv.First - 1
	for k >= s.First && english.IsDeterminerKey(b.txt.Tokens[k].Key, b.txt.Tokens[k].Norm) {
		k--
	}
	if k > s.First && b.txt.Tokens[k].Norm == "'s" {
		if owner := b.ownerBefore(k, s); owner != "" {
			who = owner + "'s " + who
		}
	}
	return who
}

// agePhraseWords are the words an age phrase may hold between its holder
// and its figure: "who is believed to be between 17 to 20 years old",
// "ranging in age from 9 months old to 10 years old". Any other word
// stops ageHolder's look-back.
var agePhraseWords = map[string]bool{
	"who": true, "believed": true, "thought": true, "said": true, "to": true, "be": true, "between": true,
	"from": true, "and": true, "or": true, "ranging": true, "range": true, "in": true, "age": true, "ages": true,
	"aged": true, "of": true, "the": true, "old": true, "year": true, "years": true, "month": true, "months": true,
}

// presentVerbAt reports a one-word phrase after an age that is a verb in
// the present, not a noun: a word in -s after which no verb comes ("The
// 49-year-old teaches at ..."; but "the 2-year-old twins were found").
func (b *builder) presentVerbAt(p np, s segment.Sentence) bool {
	if p.last-p.first != 1 {
		return false
	}
	w := b.txt.Tokens[p.first].Norm
	if !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || b.txt.Tokens[p.first].Cap {
		return false
	}
	n := b.norm(p.last, s)
	return english.IsPreposition(n) || english.IsDeterminer(n)
}

// ageSaidOf is whom an age phrase before its noun is said of: the name it
// is set beside ("Mr Elayyan, a 33-year-old goalkeeper") or the subject of
// the copula before it ("Lopez was a 34-year-old Army specialist", "One
// suspect is a 26-year-old man"); "" when neither.
func (b *builder) ageSaidOf(mv mention.Mention, s segment.Sentence) string {
	k := mv.First - 1
	if k >= s.First && (b.norm(k, s) == "a" || b.norm(k, s) == "an" || b.norm(k, s) == "the") {
		k--
	}
	if k > s.First && b.norm(k, s) == "," {
		if start := b.rules.Names.Backward(b.txt, k, s.First, b.in.Free); start < k {
			return b.person(b.nameAt(start, k))
		}
	}
	if w := b.norm(k, s); (w == "is" || w == "was") && k > s.First && b.norm(mv.First-1, s) != "the" {
		if start := b.rules.Names.Backward(b.txt, k, s.First, b.in.Free); start < k && b.names.kind(b.nameAt(start, k)) == SpeakerPerson {
			return b.person(b.nameAt(start, k))
		}
		if q := b.npBefore(k, s); q.ok() && q.last-q.first == 1 && !b.txt.Tokens[q.first].Cap && b.txt.Tokens[q.first].Kind == segment.Word {
			return b.txt.Tokens[q.first].Norm
		}
	}
	return ""
}
