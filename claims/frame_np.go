package claims

import (
	"strings"

	"github.com/claimdiff/claimdiff/claims/english"
	"github.com/claimdiff/claimdiff/claims/mention"
	"github.com/claimdiff/claimdiff/claims/names"
	"github.com/claimdiff/claimdiff/claims/phrase"
	"github.com/claimdiff/claimdiff/claims/segment"
	"github.com/claimdiff/claimdiff/claims/wordset"
)

// np is a noun phrase: tokens [first, last), its head at last-1, and
// whether it is a name through and through ("WTI", "FTSE 100").
type np struct{ first, last int }

func (p np) ok() bool { return p.last > p.first }

// isName reports a capitalised token that reads as (part of) a name: not
// a sentence's first word unless it is in capitals ("WTI"), an alias, or
// followed by another capitalised word.
func (b *builder) isName(i int, s segment.Sentence) bool {
	toks := b.txt.Tokens
	t := toks[i]
	if !t.Cap || names.IsFunctionWord(t.Norm) {
		return false
	}
	if !names.Opens(toks, i, s.First, s.Last) {
		return true
	}
	src := b.txt.Src[t.Start:t.End]
	if strings.ToUpper(src) == src && len(src) > 1 {
		return true
	}
	_, ok := b.rules.Aliases.Canonical(src)
	return ok
}

func (b *builder) norm(i int, s segment.Sentence) string {
	if i < s.First || i >= s.Last {
		return ""
	}
	return b.txt.Tokens[i].Norm
}

// word is token i of s as the keyed closed-class tests read it, its Key
// and the word norm gives (0 and "" outside s): english.IsArticleKey(b.word(i, s)).
func (b *builder) word(i int, s segment.Sentence) (wordset.Key, string) {
	if i < s.First || i >= s.Last {
		return 0, ""
	}
	return b.txt.Tokens[i].Key, b.txt.Tokens[i].Norm
}

// endsAt reports whether a phrase of set ends at token i (inclusive) and
// returns where it starts.
func (b *builder) endsAt(set *phrase.Set[bool], i, lo int) (int, bool) {
	for k := max(lo, i-3); k <= i; k++ {
		if _, n := set.Longest(b.txt.Tokens, k, i+1); n == i+1-k {
			return k, true
		}
	}
	return 0, false
}

func (b *builder) isDirection(i int) bool {
	fr := b.rules.Frames
	if b.in.Cover(i) >= 0 || !fr.Up.HasWordKey(b.txt.Tokens[i].Key, b.txt.Tokens[i].Norm) && !fr.Down.HasWordKey(b.txt.Tokens[i].Key, b.txt.Tokens[i].Norm) {
		return false
	}
	_, thing := b.endsAt(fr.NotChanges, i, max(0, i-3)) // "storm surge": a thing, not a move
	return !thing
}

func (b *builder) direction(i int) string {
	if b.rules.Frames.Up.HasWordKey(b.txt.Tokens[i].Key, b.txt.Tokens[i].Norm) {
		return "up"
	}
	return "down"
}

// per reads a denominator at token i: "$61.20 a barrel", "per day", "per
// 100,000 people". It returns the token after it (i when there is none).
func (b *builder) per(f *Frame, mv mention.Mention, i int, s segment.Sentence) int {
	if f.Per != "" || i >= s.Last || b.in.Cover(i) >= 0 {
		return i
	}
	_, n := b.rules.Frames.Per.Longest(b.txt.Tokens, i, s.Last)
	if n == 0 {
		return i
	}
	j := i + n
	if j >= s.Last {
		return i
	}
	if k := b.in.Cover(j); k >= 0 {
		if w := b.txt.Tokens[i].Norm; w != "per" && w != "every" {
			return i
		}
		m := b.in.Mentions[k]
		if m.Type != mention.Number {
			return i
		}
		f.Per = b.span(m.First, m.Last)
		end := m.Last
		if p := b.npAt(m.Last, s); p.ok() {
			f.Per += " " + b.span(p.first, p.last)
			end = p.last
		}
		return end
	}
	t := b.txt.Tokens[j]
	if t.Kind != segment.Word || english.IsFunctionWordKey(t.Key, t.Norm) || t.Cap {
		return i
	}
	switch n := b.norm(j+1, s); {
	case b.rules.Time.Before.HasWord(n), n == "later", n == "before", n == "after", n == "old", n == "long":
		return i // "a year ago" (rules.yaml time.before), "a year later": a time, not a rate
	}
	f.Per = english.Singular(t.Norm)
	return j + 1
}

// participleAt reports a participle standing right after a group: "the
// people injured", "those killed" (but not "two of the victims dead").
func (b *builder) participleAt(i int, s segment.Sentence) bool {
	w := b.norm(i, s)
	return len(w) > 4 && strings.HasSuffix(w, "ed")
}

// npAt reads the noun phrase that starts at token i: content words, up to
// five, not crossing a mention, a function word, a predicate ("16 people
// dead") or punctuation; it ends on a noun, not on a participle.
func (b *builder) npAt(i int, s segment.Sentence) np {
	toks := b.txt.Tokens
	fr := b.rules.Frames
	for k := 0; k < 2 && i < s.Last; k++ {
		switch w := toks[i].Norm; {
		case w == "other" || w == "more" || w == "additional" || w == "further" || w == "young":
			i++ // "19 other states", "four young men"
		case k == 0 && (w == "\"" || w == "“") && i+1 < s.Last && toks[i+1].Kind == segment.Word:
			i++ // a 74-page "manifesto"
		case b.in.Cover(i) >= 0 && b.in.Mentions[b.in.Cover(i)].Type == mention.Age && b.in.Mentions[b.in.Cover(i)].First == i:
			i = b.in.Mentions[b.in.Cover(i)].Last // "two 13-year-old choir boys"
		case b.modifierAt(i, s):
			k = 2 // "74 percent of promised benefits", "5,000 reported cases": the participle is part of the phrase
		case w == "(":
			// a parenthesis between the figure and its noun: "US$2.2
			// trillion ($3.1 trillion) relief package"
			j := i + 1
			for j < s.Last && j-i < frameWindow && toks[j].Norm != ")" {
				j++
			}
			if j < s.Last && toks[j].Norm == ")" {
				i = j + 1
			}
		}
	}
	j := i
	for j < s.Last && j-i < 5 {
		t := toks[j]
		if t.Kind != segment.Word || b.in.Cover(j) >= 0 {
			if t.Kind == segment.Number && j > i && toks[j-1].Cap && b.in.Cover(j) >= 0 && b.in.Mentions[b.in.Cover(j)].Last == j+1 {
				j++ // "FTSE 100"
				continue
			}
			break
		}
		if english.IsFunctionWordKey(t.Key, t.Norm) && !(t.Cap && !names.IsFunctionWordKey(t.Key, t.Norm)) {
			break
		}
		if (fr.Predicates.HasWordKey(t.Key, t.Norm) || b.rules.Attribution.Cues.HasWordKey(t.Key, t.Norm) || fr.Links.HasWordKey(t.Key, t.Norm) ||
			(j > i && english.IsIrregularPastKey(t.Key, t.Norm))) && !(j == i && b.modifierAt(j, s)) {
			break
		}
		if j > i && english.Singular(toks[j-1].Norm) != toks[j-1].Norm && b.timeWord(t.Norm) {
			break // "47 arrests overnight", "14 people yesterday": the time is no noun of the phrase
		}
		if j > i && b.isDirection(j) && !strings.HasSuffix(t.Norm, "s") {
			break // "prices fell"; but "spending cuts" is a noun
		}
		if j > i && !t.Cap && strings.HasSuffix(t.Norm, "ed") && len(t.Norm) > 3 && nounLike(toks[j-1]) && !toks[j-1].Cap {
			break // "35 million seniors received benefits": the verb after the counted noun
		}
		if j > i && t.Cap && !toks[j-1].Cap {
			// "three term Texas Governor Rick Perry": a name after the
			// counted noun is not part of it; one before a noun modifies
			// it ("two extreme U.S. hawks")
			e := b.rules.Names.Forward(b.txt, j, s.Last, b.in.Free)
			if e == j || e >= s.Last || toks[e].Kind != segment.Word || toks[e].Cap || english.IsFunctionWordKey(toks[e].Key, toks[e].Norm) {
				break
			}
		}
		j++
	}
	for j > i && !nounLike(toks[j-1]) {
		if w := toks[j-1].Norm; strings.HasSuffix(w, "ing") && !english.IsVerbalING(w) &&
			(j-1 == i || english.IsPrepositionKey(b.word(i-1, s)) && english.Singular(toks[j-2].Norm) == toks[j-2].Norm) {
			break // "one building", "days of public mourning": a gerund heading the phrase is a noun
		}
		j--
	}
	return np{i, j}
}

// isPlace reports a place name: one of rules.yaml places or of
// frames.countries.
func (b *builder) isPlace(name string) bool {
	return b.rules.Places[name] || b.rules.Frames.Countries.Has(strings.ToLower(name))
}

// timeWord reports a word that says when on its own: a time word
// ("yesterday", "Monday") or a one-word phrase of rules.yaml time.relative
// ("overnight").
func (b *builder) timeWord(w string) bool {
	return english.IsTimeWord(w) || b.rules.Time != nil && b.rules.Time.Relative.HasWord(w)
}

// countedUnit reports a unit that is a plain noun ("doses", "barrels"),
// so a quantity in it counts that noun; "mph", "km" and "barrels/day" are
// measures, named by rules.yaml frames.unit-heads.
func countedUnit(u string) bool {
	if len(u) < 4 {
		return false
	}
	for i := 0; i < len(u); i++ {
		if u[i] < 'a' || u[i] > 'z' {
			return false
		}
	}
	return true
}

// modifierAt reports a participle that modifies the noun after it at the
// start of a counted phrase ("promised benefits", "reported cases",
// "confirmed deaths"), rather than ending the phrase ("two said").
func (b *builder) modifierAt(i int, s segment.Sentence) bool {
	toks := b.txt.Tokens
	if i+1 >= s.Last || !strings.HasSuffix(toks[i].Norm, "ed") || toks[i].Cap {
		return false
	}
	n := toks[i+1]
	return n.Kind == segment.Word && !n.Cap && b.in.Cover(i+1) < 0 && !english.IsFunctionWordKey(n.Key, n.Norm) &&
		!strings.HasSuffix(n.Norm, "ed") && !strings.HasSuffix(n.Norm, "ly") && nounLike(n) &&
		!b.rules.Frames.Predicates.HasWordKey(n.Key, n.Norm) && english.Singular(n.Norm) != n.Norm
}

// nounLike reports a token that can head a noun phrase: not a participle,
// gerund or adverb ("killed", "living", "nearly").
func nounLike(t segment.Token) bool {
	if t.Cap || t.Kind == segment.Number {
		return true
	}
	w := t.Norm
	return !(strings.HasSuffix(w, "ed") && len(w) > 3 || strings.HasSuffix(w, "ing") && len(w) > 4 ||
		strings.HasSuffix(w, "ly") && len(w) > 4)
}

// npBefore reads the noun phrase that ends just before token end: back
// over content words and a determiner; over an apposition set off by
// commas ("WTI crude, the US benchmark, fell").
func (b *builder) npBefore(end int, s segment.Sentence) np {
	toks := b.txt.Tokens
	if end-1 >= s.First && toks[end-1].Norm == "," {
		// an apposition: back to the comma before it
		k := end - 2
		for k > s.First && end-k < frameWindow+2 && toks[k].Norm != "," {
			k--
		}
		if k > s.First && toks[k].Norm == "," {
			if p := b.npBefore(k, s); p.ok() {
				return p
			}
		}
		return np{}
	}
	j := end
	for j > s.First && end-j < 5 {
		t := toks[j-1]
		if t.Kind != segment.Word && !(t.Kind == segment.Number && j-2 >= s.First && toks[j-2].Cap) {
			break
		}
		if english.IsFunctionWordKey(t.Key, t.Norm) && !(t.Cap && !names.IsFunctionWordKey(t.Key, t.Norm)) {
			break
		}
		if b.in.Cover(j-1) >= 0 && t.Kind != segment.Number {
			break
		}
		if fr := b.rules.Frames; j < end && (b.isDirection(j-1) || fr.Links.HasWordKey(t.Key, t.Norm) ||
			!nounLike(t) || english.IsIrregularPastKey(t.Key, t.Norm)) {
			break // "the council cut spending", "has caused oil prices": the verb ends the phrase
		}
		j--
	}
	p := np{j, end}
	if p.ok() && !nounLike(toks[end-1]) && !strings.HasSuffix(toks[end-1].Norm, "ing") {
		return np{} // the word before the verb is no noun
	}
	return p
}

// ofBefore widens a measured thing that is the object of "of" to the
// noun phrase "of" hangs from: "the ages of the victims are 17" measures
// ages, not victims; "the number of victims" stays with victims when the
// noun before "of" is a partitive.
func (b *builder) ofBefore(p np, s segment.Sentence) np {
	k := p.first
	if k-1 >= s.First && english.IsDeterminerKey(b.txt.Tokens[k-1].Key, b.txt.Tokens[k-1].Norm) {
		k--
	}
	if !p.ok() || b.norm(k-1, s) != "of" {
		return p
	}
	q := b.npBefore(k-1, s)
	if !q.ok() || b.rules.Frames.Partitives.HasWordKey(b.txt.Tokens[q.last-1].Key, b.txt.Tokens[q.last-1].Norm) {
		return p
	}
	return np{q.first, p.last}
}

// beforePlace reads back over a prepositional phrase that places a
// measured thing: in "the number of cases in New York stood at 37,000"
// the figure counts the cases, not New York. The noun phrase before the preposition is taken
// when it follows "of" after a partitive ("the number of confirmed cases
// in the US"): p otherwise. end is where the phrase before the figure's
// link ends, p that phrase (none when the mentions hold it).
func (b *builder) beforePlace(p np, end int, s segment.Sentence) np {
	k := p.first
	if !p.ok() {
		// a place the mentions hold ("the US"): its capitalised words
		for k = end; k-1 >= s.First && end-k < 4 && b.txt.Tokens[k-1].Cap && b.in.Cover(k-1) >= 0; k-- {
		}
		if k == end {
			return p
		}
	}
	for k-1 >= s.First && (english.IsArticleKey(b.txt.Tokens[k-1].Key, b.txt.Tokens[k-1].Norm) || english.IsDeterminerKey(b.txt.Tokens[k-1].Key, b.txt.Tokens[k-1].Norm)) {
		k--
	}
	if w := b.norm(k-1, s); w == "of" || !english.IsPreposition(w) {
		return p
	}
	of, ok := b.partitiveOf(k-1, s)
	if !ok || of+1 >= k-1 {
		return p
	}
	// the counted noun ends at the first placing phrase: "the number of
	// deaths from the virus in Italy" counts deaths
	last := k - 1
	for j := of + 2; j < last; j++ {
		if w := b.txt.Tokens[j].Norm; w != "of" && english.IsPreposition(w) {
			last = j
		}
	}
	return np{of + 1, last}
}

// rankedWith reports "with" at token i giving the figure mv of a
// partitive a few words before, the figure closing its clause: "has the
// highest number of known cases in the world with more than 82,000,
// according to ...". A figure the clause goes on after ("the number of
// deaths in the state with 12 more on Friday reached 300") is an aside.
func (b *builder) rankedWith(i int, mv mention.Mention, s segment.Sentence) bool {
	if mv.Last < s.Last {
		if t := b.txt.Tokens[mv.Last]; t.Kind != segment.Punct || t.Norm == "-" {
			return false
		}
	}
	_, ok := b.partitiveOf(i, s)
	return ok
}

// placingPreposition reports a preposition w at token i that a bare count
// does not take as the link to a measured thing ("a father of three",
// "from 8 at night to 4"), except "at" after a partitive and its "of" a
// few words before ("put the count of confirmed cases in the US at
// 85,400" ties the figure to the cases).
func (b *builder) placingPreposition(w string, i int, s segment.Sentence) bool {
	if !english.IsPreposition(w) {
		return false
	}
	if w == "at" {
		if _, ok := b.partitiveOf(i, s); ok {
			return false
		}
	}
	return true
}

// partitiveOf finds, a few words before token i, the "of" of a partitive
// ("the number of confirmed cases"), with no comma, auxiliary or linking
// verb between.
func (b *builder) partitiveOf(i int, s segment.Sentence) (int, bool) {
	for k := i - 1; k > s.First && i-k <= frameWindow; k-- {
		w := b.txt.Tokens[k].Norm
		if w == "," || english.IsAuxiliary(w) || b.rules.Frames.Links.HasWord(w) && w != "of" && !english.IsPreposition(w) {
			return 0, false
		}
		if w == "of" && b.rules.Frames.Partitives.HasWordKey(b.txt.Tokens[k-1].Key, b.txt.Tokens[k-1].Norm) {
			return k, true
		}
	}
	return 0, false
}

// ofIn is the index of an "of" inside a noun phrase ofBefore widened, or -1.
func (b *builder) ofIn(p np) int {
	for i := p.first; i < p.last; i++ {
		if b.txt.Tokens[i].Norm == "of" {
			return i
		}
	}
	return -1
}

// detAt is 1 when token i (before limit) is a determiner, else 0.
func (b *builder) detAt(i, limit int) int {
	if i < limit && english.IsDeterminerKey(b.txt.Tokens[i].Key, b.txt.Tokens[i].Norm) {
		return 1
	}
	return 0
}

// partitive reads through a noun that counts what its "of" names: in
// "three counts of child abuse" the measured thing is "child abuse", so it
// is not compared with "one count of manslaughter".
func (b *builder) partitive(p np, s segment.Sentence) np {
	if p.last-p.first != 1 || !b.rules.Frames.Partitives.HasWordKey(b.txt.Tokens[p.first].Key, b.txt.Tokens[p.first].Norm) || b.norm(p.last, s) != "of" {
		return p
	}
	k := p.last + 1
	if english.IsDeterminerKey(b.word(k, s)) {
		k++
	}
	if q := b.npAt(k, s); q.ok() {
		return q
	}
	return p
}

// headOf is a noun phrase's head: its last word, lower case and singular;
// the whole phrase for a name ("ftse 100").
func (b *builder) headOf(p np, s segment.Sentence) string {
	toks := b.txt.Tokens
	if o := b.ofIn(p); o > p.first {
		p.last = o // "ages of the victims": ages
	}
	last := toks[p.last-1]
	if last.Kind == segment.Number {
		k := p.last - 1
		for k > p.first && (b.isName(k-1, s) || toks[k-1].Kind == segment.Number) {
			k--
		}
		return strings.ToLower(b.span(k, p.last))
	}
	if p.last-p.first >= 2 && !last.Cap && b.isDirection(p.last-1) && nounLike(toks[p.last-2]) && !toks[p.last-2].Cap {
		// "$800 billion in revenue increases", "spending cuts": the
		// change is of the noun before it
		p.last--
		last = toks[p.last-1]
	}
	w := strings.TrimSuffix(last.Norm, "'s")
	if i := strings.LastIndexByte(w, '-'); i > 0 && i+1 < len(w) && !english.IsBoundPrefix(w[:i]) {
		w = w[i+1:] // "flood-defence" -> "defence"; but "non-citizens" stays
	}
	return english.Singular(w)
}

// frameWindow bounds how far the frame stage looks from a number, so each
// frame costs O(1): the stage stays linear in the document.
const frameWindow = 8

// sideBySide reports the second of two figures of one type set side by
// side by "to" with no direction word before them within frameWindow
// tokens: "outraised Brat $5.4 million to $200,000", "voted 396 to 9".
// What stands before the first, and the clause's subject, are the first
// figure's, not the second's ("fell 4.1% to $61.20" is a move and its
// level).
func (b *builder) sideBySide(mv mention.Mention, s segment.Sentence) bool {
	k := mv.First - 1
	if b.norm(k, s) != "to" || k-1 < s.First {
		return false
	}
	c := b.in.Cover(k - 1)
	if c < 0 || b.in.Mentions[c].Type != mv.Type || b.in.Mentions[c].Last != k {
		return false
	}
	for j := b.in.Mentions[c].First - 1; j >= s.First && mv.First-j <= frameWindow+2; j-- {
		if b.isDirection(j) || b.in.Cover(j) >= 0 {
			return false
		}
	}
	return true
}
