package claims

import (
	"strings"
	"unicode"

	"github.com/claimdiff/claimdiff/claims/english"
	"github.com/claimdiff/claimdiff/claims/mention"
	"github.com/claimdiff/claimdiff/claims/names"
	"github.com/claimdiff/claimdiff/claims/phrase"
	"github.com/claimdiff/claimdiff/claims/rules"
	"github.com/claimdiff/claimdiff/claims/segment"
)

// owner fills what is measured, its head and the entity it belongs to,
// from the noun phrase measured or, failing it, from the sentence around
// the number. It returns the noun phrase the frame's scope ends with.
func (b *builder) owner(c *Claim, measured np, mv mention.Mention, s segment.Sentence, subject bool, kind *rules.Kind) np {
	f := c.Frame
	if subject && measured.ok() && english.IsBearing(b.norm(mv.Last, s)) && b.rules.Frames.UnitHeads[c.Value.Unit] != "" {
		// "Mead Valley is about 15 miles south of Riverside": a distance
		// from the place, which is what it belongs to
		f.Entity = b.entityOf(measured, mv, c.sent, s, subject)
		if f.Entity == "" {
			f.Entity = b.span(measured.first, measured.last)
		}
		measured = np{}
	}
	if measured.ok() {
		f.Measured = b.span(measured.first, measured.last)
		f.Head = b.headOf(measured, s)
		f.Entity = b.namedAfter(measured.last, s) // "a 150-foot yacht called the Lady May"
		if part := b.partCounted(c, mv, measured); part != "" {
			// "the 12-nation Pacific trade deal": the deal's nations
			f.Measured, f.Head, f.Entity = part, english.Singular(part), f.Measured
		}
		if f.Entity == "" {
			f.Entity = b.entityOf(measured, mv, c.sent, s, subject)
		}
		if f.Entity == "" {
			f.Entity = b.personAfter(measured.last, s) // "three term Texas Governor Rick Perry"
		}
		if f.Entity == "" {
			f.Entity = b.containerAfter(measured.last, mv.Type == mention.Number, s) // "230 sailors aboard the Roosevelt"
		}
	} else if f.Entity == "" {
		f.Entity = b.possessiveBefore(mv.First, c.sent, s) // "LePage's six years in office"
	}
	if f.Head == "" {
		b.unitHead(c, mv, s)
	}
	if f.Head == "" && mv.Type == mention.Quantity && countedUnit(c.Value.Unit) {
		f.Head = english.Singular(c.Value.Unit) // "two doses": doses are what is counted
	}
	if f.Entity == "" && measured.ok() {
		f.Entity = b.holdingBefore(mv, measured, s) // "a car with four men inside", "his vessel, which has 4,000 crew"
	}
	if f.Entity == "" && measured.ok() {
		f.Entity = b.enrolledIn(measured, f.Head, s) // "3,000 people had been recruited for the large-scale trial"
	}
	casualty := (kind != nil && kind.Revisable || b.displaced(mv, measured, f.Head, s)) && b.rules.Frames.Incidents.Len() > 0
	if f.Entity == "" && casualty {
		// "three people were shot in the drive-by shooting"; only a
		// casualty count belongs to the incident near it ("300 people
		// attended a vigil for the victims of the shooting" does not)
		f.Entity = b.incident(mv, s)
		if f.Entity == "" && (kind == nil || !kind.Revisable) {
			f.Entity = b.placeOpening(mv, s) // "In Haiti, officials have moved at least 90,000 people"
		}
	}
	if f.Entity == "" && measured.ok() {
		f.Entity = b.heldIn(measured, s) // "five people were in the house"
	}
	people := f.Head == "person" || f.Head == "victim"
	// a casualty count's agent does not own the people it counts, but an
	// act of rules.yaml frames.acts it counts is the agent's ("The
	// authorities made 47 arrests"; "Gunmen killed 12 villagers" is not)
	act := f.Head != "" && b.rules.Frames.Acts.HasWord(english.Singular(f.Head))
	if f.Entity == "" && !subject && (!casualty || act) && !people && !b.sideBySide(mv, s) {
		// the agent of a casualty count ("Lopez killed three") is not
		// what the count belongs to
		f.Entity = b.agentOwner(mv, c.sent, s)
	}
	return measured
}

// placeOpening is the place a sentence opens with, "In <place>,", when
// the figure stands in the main clause after it: people moved from their
// homes there are that place's ("In Haiti, officials have moved at least
// 90,000 people, and thousands more left homes in Jamaica"); "" otherwise.
func (b *builder) placeOpening(mv mention.Mention, s segment.Sentence) string {
	if b.norm(s.First, s) != "in" {
		return ""
	}
	e, n := b.entityAt(s.First+1, s.Last)
	comma := s.First + 1 + n
	if n == 0 || !b.isPlace(e) || b.norm(comma, s) != "," || comma >= mv.First {
		return ""
	}
	for k := comma + 1; k < mv.First; k++ {
		if b.clauseBreak(k, s, false) && !english.IsAuxiliaryKey(b.txt.Tokens[k].Key, b.txt.Tokens[k].Norm) {
			return ""
		}
	}
	for k := mv.Last; k < min(s.Last, mv.Last+frameWindow); k++ {
		if b.norm(k, s) == "from" {
			// "In Turkey, officials evacuated 3,000 people from Syria": the
			// place they left
			if from, n := b.entityAt(k+1, s.Last); n > 0 && b.isPlace(from) {
				return from
			}
			break
		}
		if b.clauseBreak(k, s, false) {
			break
		}
	}
	return e
}

// agentOwner is who a figure belongs to as the one who has, does or
// undergoes what its clause says: the agent of a gerund, the subject of a
// participle's main clause, of the figure's verb, of the sentence or of
// its main clause, the first found.
func (b *builder) agentOwner(mv mention.Mention, si int, s segment.Sentence) string {
	if who := b.gerundAgent(mv, si, s); who != "" {
		return who // "Pell's conviction for assaulting two choirboys"
	}
	if who := b.participleOwner(mv, si, s); who != "" {
		return who // "BuzzFeed published the story, citing two officials"
	}
	if who := b.clauseSubject(mv, s); who != "" {
		return who
	}
	if !b.objectPronounBefore(mv, s) {
		if who := b.sentenceSubject(mv, si, s); who != "" {
			return who
		}
	}
	return b.mainSubject(mv, si, s)
}

// namedAfter reads the name a measured thing is given right after it, by
// a word of rules.yaml frames.namings: "a 150-foot yacht called the Lady
// May", "a US$25 million crowdfunding campaign called We Build The Wall".
// The name runs over capitalised words and the articles, "of" and "and"
// inside a title ("We Build the Wall", "Friends of the Earth"), bounded by
// names.MaxTokens; "" when no capitalised name follows.
func (b *builder) namedAfter(i int, s segment.Sentence) string {
	_, n := b.rules.Frames.Namings.Longest(b.txt.Tokens, i, s.Last)
	if n == 0 {
		return ""
	}
	first := i + n
	k := first
	if b.norm(k, s) == "the" {
		k++
	}
	j, end := k, k
	for j < s.Last && j-k < names.MaxTokens && b.txt.Tokens[j].Kind == segment.Word && b.in.Cover(j) < 0 {
		t := b.txt.Tokens[j]
		if !t.Cap && !(j > k && (english.IsArticleKey(t.Key, t.Norm) || t.Norm == "of" || t.Norm == "and")) {
			break
		}
		if t.Cap {
			end = j + 1
		}
		j++
	}
	if end == k {
		return ""
	}
	return b.span(first, end)
}

// personAfter is the person a measured noun describes when the person's
// name follows it with no word between (npAt ends the phrase before a
// name): "three term Texas Governor Rick Perry", "20-year veteran John
// Smith" — a full name, its title cut; "" otherwise.
func (b *builder) personAfter(i int, s segment.Sentence) string {
	if i >= s.Last || !b.txt.Tokens[i].Cap || b.txt.Tokens[i].Newlines > 0 || b.txt.Tokens[i-1].Cap {
		return "" // a capitalised noun before it: a headline's capitals ("3 People Found Shot")
	}
	j := b.rules.Names.Forward(b.txt, i, s.Last, b.in.Free)
	if j < i+2 || b.norm(j, s) == "'s" {
		return ""
	}
	if k, _ := b.titleIn(i, j); k > i {
		i = k
	}
	name := b.nameAt(i, j)
	if b.names.kind(name) != SpeakerPerson || b.isPlace(name) || !strings.Contains(name, " ") {
		return ""
	}
	return b.person(name)
}

// partCounted is the noun of a hyphenated count that counts parts of the
// noun phrase it modifies, right after it (rules.yaml frames.part-counts):
// "nation" of "the 12-nation Pacific trade deal", "door" of "a four-door
// Mazda"; "" for any other figure.
func (b *builder) partCounted(c *Claim, mv mention.Mention, measured np) string {
	if mv.Type != mention.Quantity || mv.Last-mv.First != 1 || measured.first != mv.Last {
		return ""
	}
	parts := strings.Split(b.txt.Tokens[mv.First].Norm, "-")
	if len(parts) != 2 || !b.rules.Frames.PartCounts.HasWord(english.Singular(parts[1])) {
		return ""
	}
	return parts[1]
}

// displaced reports a count of people that a word of rules.yaml
// frames.displaced follows in its clause, within frameWindow tokens ("5,000
// people were evacuated", "420,000 Texas residents were ordered to leave"),
// or comes just before ("have moved at least 90,000 people").
func (b *builder) displaced(mv mention.Mention, measured np, head string, s segment.Sentence) bool {
	if head != "person" && !b.personNoun(head) {
		return false
	}
	set, toks := b.rules.Frames.Displaced, b.txt.Tokens
	k := max(mv.Last, measured.last)
	for j := k; j < min(s.Last, k+frameWindow); j++ {
		if w := toks[j].Norm; w == ";" || w == "," || english.IsConjunction(w) {
			break
		}
		if _, n := set.Longest(toks, j, s.Last); n > 0 {
			return true
		}
	}
	for j := max(s.First, mv.First-3); j < mv.First; j++ {
		if _, n := set.Longest(toks, j, mv.First); n > 0 && j+n >= mv.First-2 {
			return true
		}
	}
	return false
}

// enrolledIn is the body or event a count of people is put in, by a word
// of rules.yaml frames.enrolments within frameWindow tokens after the
// counted phrase, in its clause: the noun phrase after it with its
// determiner ("the large-scale trial", "the trials"); "" otherwise.
func (b *builder) enrolledIn(measured np, head string, s segment.Sentence) string {
	if head != "person" && !b.personNoun(head) {
		return ""
	}
	k := b.phraseAfter(measured, b.rules.Frames.Enrolments, false, s)
	if k < 0 || !english.IsDeterminerKey(b.word(k, s)) {
		return ""
	}
	if p := b.npAt(k+1, s); p.ok() {
		return b.span(k, p.last)
	}
	return ""
}

// phraseAfter finds a phrase of set within frameWindow tokens after the
// counted phrase, in its clause, and returns the token after it; -1 when
// none stands there. Another figure on the way ends the search unless
// figures are let through ("Five people under the age of 19 were in the
// house").
func (b *builder) phraseAfter(measured np, set *phrase.Set[bool], figures bool, s segment.Sentence) int {
	toks := b.txt.Tokens
	for j := measured.last; j < min(s.Last, measured.last+frameWindow); j++ {
		if w := toks[j].Norm; w == ";" || w == "," || english.IsConjunction(w) || b.in.Cover(j) >= 0 && !figures {
			return -1
		}
		if _, n := set.Longest(toks, j, s.Last); n > 0 {
			return j + n
		}
	}
	return -1
}

// heldIn is what holds a counted group or what it was taken from, by a
// word of rules.yaml frames.holders after it: the noun phrase after that
// with its determiner ("five people were in the house", "1,000 sailors
// have been evacuated from the ship") or a name that is no place ("43
// firearms stolen from SCCY Industries"); "" otherwise.
func (b *builder) heldIn(measured np, s segment.Sentence) string {
	k := b.phraseAfter(measured, b.rules.Frames.Holders, true, s)
	if k < 0 {
		return ""
	}
	if e, n := b.entityAt(k, s.Last); n > 0 {
		if b.isPlace(e) || b.isPlace(b.span(k, k+n)) || b.names.kind(e) != SpeakerOrganisation {
			return "" // "people from El Salvador": a place owns no one, nor does a person hold anyone
		}
		return e
	}
	if !english.IsDeterminerKey(b.word(k, s)) || english.IsPossessiveKey(b.word(k, s)) {
		return ""
	}
	if e, n := b.entityAt(k+1, s.Last); n > 0 && (b.isPlace(e) || b.isPlace(b.span(k+1, k+1+n))) {
		return "" // "Five people were in the Netherlands": a place
	}
	if p := b.npAt(k+1, s); p.ok() && !b.rules.Frames.NotHolders.HasWordKey(b.txt.Tokens[p.last-1].Key, b.txt.Tokens[p.last-1].Norm) && b.norm(p.last, s) != "to" && b.norm(p.last, s) != "of" {
		// "were in a gray Chrysler sedan"; "is in a position to win" and
		// "were in the path of the car" name none
		return b.span(k, p.last)
	}
	return ""
}

// containerAfter reads what holds a counted group, after it: "aboard
// the Roosevelt", "on board the vessel"; for a count, a name it is drawn
// from: "114 sailors from the USS Theodore Roosevelt".
func (b *builder) containerAfter(i int, count bool, s segment.Sentence) string {
	from := false
	switch b.norm(i, s) {
	case "aboard", "onboard":
		i++
	case "on":
		if b.norm(i+1, s) != "board" {
			// "three sailors on the Roosevelt": a named vessel or
			// vehicle, read as "from" is (a place owns no one)
			if !count || b.norm(i+1, s) != "the" {
				return ""
			}
			from = true
			i++
			break
		}
		i += 2
	case "from":
		// only a name with an article, whole: "300,000 people from El
		// Salvador" are of a place, which owns no one; "from the start of
		// the year" is a time, "from a Town of Newark home" more than the
		// name, "from the Bad Boyz Hair & Barber Salon" a name cut short
		if !count || !english.IsArticleKey(b.word(i+1, s)) {
			return ""
		}
		from = true
		i++
	default:
		return ""
	}
	first := i
	if english.IsDeterminerKey(b.word(i, s)) {
		i++
	}
	if e, n := b.entityAt(i, s.Last); n > 0 {
		if w := b.norm(i+n, s); from && (w == "of" || w != "" && !english.IsFunctionWord(w) && w != "," && w != "." && w != ";") {
			return ""
		}
		if from && (b.isPlace(e) || b.isPlace(b.span(i, i+n))) {
			return "" // "300,000 people from El Salvador", "two people on the Strip": a place owns no one
		}
		return b.span(first, i+n)
	}
	if p := b.npAt(i, s); p.ok() && !from {
		return b.span(first, p.last)
	}
	return ""
}

// holdingBefore reads what holds a counted group named before the count:
// "a car with four young men inside", "a Jeep with two people inside"
// (the group ends in "inside" or "aboard"), the noun a relative clause
// says has it ("his vessel, which has more than 4,000 crew"), the nouns
// each of which has it ("studies, each with thousands of
// volunteers") or the body it makes up ("a full bench of seven judges").
// It returns the noun phrase with its determiner, or "".
func (b *builder) holdingBefore(mv mention.Mention, measured np, s segment.Sentence) string {
	toks := b.txt.Tokens
	k := mv.First - 1
	switch {
	case b.norm(k, s) == "with" && (b.norm(measured.last, s) == "inside" || b.norm(measured.last, s) == "aboard"):
	case (b.norm(k, s) == "has" || b.norm(k, s) == "had" || b.norm(k, s) == "have") && b.norm(k-1, s) == "which" && b.norm(k-2, s) == ",":
		k -= 2
	case b.norm(k, s) == "with" && b.norm(k-1, s) == "each" && b.norm(k-2, s) == ",":
		k -= 2 // "studies, each with thousands of volunteers"
	case b.norm(k, s) == "including" && b.norm(measured.last, s) == "each" && isAsideMark(b.norm(k-1, s)):
		k-- // "The three studies - including 40 volunteers each"
	case b.norm(k, s) == "of" && mv.Type == mention.Number:
		return b.groupOf(k, s) // "a village of at least 3,000 people"
	default:
		return ""
	}
	if b.norm(k-1, s) == "," {
		k-- // "a car, with seven people inside"
	}
	if b.norm(k, s) != "," && isAsideMark(b.norm(k, s)) {
		return b.holdersBefore(k, s)
	}
	p := b.npBefore(k, s)
	if !p.ok() || p.last != k {
		return ""
	}
	det := p.first > s.First && english.IsDeterminerKey(toks[p.first-1].Key, toks[p.first-1].Norm)
	if toks[p.last-1].Cap && !(det && english.IsArticleKey(toks[p.first-1].Key, toks[p.first-1].Norm) && toks[p.first-1].Norm != "the") {
		return "" // a name holds only as a common noun: "a Jeep", not "the Roosevelt" (aboard is containerAfter's)
	}
	if det {
		p.first--
	}
	return b.span(p.first, p.last)
}

// entityOf finds what a measured thing belongs to: a possessive before it
// ("the band's 14 albums", "Iran's population"), a name inside it
// ("American soldiers", "WTI crude"), or "of <entity>" after it ("the
// population of Iran").
func (b *builder) entityOf(p np, mv mention.Mention, si int, s segment.Sentence, subject bool) string {
	toks := b.txt.Tokens
	if o := b.ofIn(p); o > p.first {
		// "the ages of the victims": the victims'
		if e, n := b.entityAt(o+1+b.detAt(o+1, p.last), p.last); n > 0 {
			return e
		}
		return b.span(o+1, p.last)
	}
	// possessive before the phrase or before the number
	for _, at := range []int{p.first, mv.First} {
		if e := b.possessiveBefore(at, si, s); e != "" {
			return e
		}
	}
	// a name the phrase is ("WTI crude fell"); a name that only modifies
	// a counted noun ("12 Russian intelligence officers", "60 House
	// Democrats") is not what the count belongs to
	for i := p.first; i < p.last && subject; i++ {
		if !b.isName(i, s) {
			continue
		}
		j := i
		for j < p.last && (b.isName(j, s) || toks[j].Kind == segment.Number) {
			j++
		}
		name := b.nameAt(i, j)
		if subject && j == p.last-1 || j == p.last {
			if _, alias := b.rules.Aliases.Canonical(b.span(i, j)); !alias {
				return b.span(i, p.last) // "WTI crude", "FTSE 100"
			}
		}
		return name
	}
	if e := b.employerIn(p, s); e != "" {
		return e // "The 11 OPD officers", "One State Department official"
	}
	// "of <entity>" after the phrase
	if b.norm(p.last, s) == "of" {
		k := p.last + 1
		if english.IsDeterminerKey(b.word(k, s)) {
			k++
		}
		if e, n := b.entityAt(k, s.Last); n > 0 {
			return e
		}
	}
	return ""
}

// possessiveBefore reads the owner in a possessive just before token at,
// over determiners and figures: "the band's 14 albums", "Iran's
// population"; "his"/"her" is the last person named before it in the
// sentence, "its" the thing the sentence opens with.
func (b *builder) possessiveBefore(at, si int, s segment.Sentence) string {
	toks := b.txt.Tokens
	k := at - 1
	for k >= s.First && at-k < 4 {
		w := toks[k].Norm
		if w == "his" || w == "her" {
			if who := b.pairedPerson(k, s); who != "" {
				return who // "a father and his two young children"
			}
			if who := b.personBefore(k, s, false); who != "" {
				return who
			}
			if who := b.titledBefore(k, si, s); who != "" {
				return who // "The weary governor, close to the end of his second term"
			}
			return b.personGoneOn(w, si, s) // "His age, 75, could be problematic"
		}
		if w == "its" {
			return b.itsOwner(k, s)
		}
		if w == "their" {
			return b.pluralBefore(k, s) // "Amy and Lance Buckley ... alongside their two daughters"
		}
		if !(english.IsDeterminer(w) && w != "'s" || b.in.Cover(k) >= 0) {
			break
		}
		k--
	}
	if k > s.First && toks[k].Norm == "'s" {
		return b.ownerBefore(k, s)
	}
	return ""
}

// pairedPerson is the person a "his" or "her" at token k stands for in
// "<person> and his ...": a person noun of the rules with its determiner
// or possessive, just before "and" ("a father and his two young children",
// "his daughter and her six children"), else "".
func (b *builder) pairedPerson(k int, s segment.Sentence) string {
	toks := b.txt.Tokens
	if b.norm(k-1, s) != "and" || k-2 <= s.First {
		return ""
	}
	n := toks[k-2]
	if n.Kind != segment.Word || n.Cap || b.in.Cover(k-2) >= 0 || !b.personNoun(n.Norm) || english.Singular(n.Norm) != n.Norm {
		return ""
	}
	if d := toks[k-3].Norm; !english.IsDeterminer(d) && !english.IsPossessive(d) {
		return ""
	}
	return b.span(k-3, k-1)
}

// personBefore is the person a pronoun at token k stands for: the last
// person named in full before it in its sentence (within a bounded
// look-back); a pronoun with no such name stays unresolved, as the person
// it stands for is then a guess.
//
// A possessive ("Lopez shot his 16 victims") is bound by its clause's
// subject and takes a name of unknown sex, though not one whose title
// tells another. A subject pronoun opens a clause of its own, where
// another person is as likely ("Trump said she deleted 30,000 emails"):
// when strict, a name is taken only when its courtesy title tells the
// pronoun's sex ("Mrs. Clinton said she ..."), else none; the title makes
// a surname alone enough.
func (b *builder) personBefore(k int, s segment.Sentence, strict bool) string {
	toks := b.txt.Tokens
	g := english.PronounGender(toks[k].Norm)
	fits := func(i int) bool {
		t := b.titledGender(i, s)
		if t == 0 {
			t = english.TitleGender(toks[i].Norm) // the name read with its title: "Mrs. Clinton"
		}
		return t == g || !strict && t == 0
	}
	last := ""
	for i := max(s.First, k-3*frameWindow); i < k; i++ {
		if !toks[i].Cap || b.in.Cover(i) >= 0 {
			continue
		}
		j := b.rules.Names.Forward(b.txt, i, k, b.in.Free)
		if j == i {
			continue
		}
		if i-2 >= s.First && toks[i-1].Norm == "of" && toks[i-2].Cap {
			i = j - 1 // "Department of Public Safety": part of an organisation's name
			continue
		}
		name := b.nameAt(i, j)
		if b.names.kind(name) == SpeakerPerson && !b.isPlace(name) && fits(i) {
			if p := b.person(name); strings.Contains(p, " ") || strict {
				last = p // a surname alone when its title tells the pronoun's sex: "Mrs. Clinton ..., she"
			}
		}
		i = j - 1
	}
	return last
}

// pluralBefore is the group "they" or "their" at token k stands for: the
// subject its sentence opens with (after an opening adverbial), ending
// before k, when that names a group — two names joined by "and" ("Amy and
// Lance Buckley"), or a noun phrase whose head is plural before its verb
// ("Health officials said") — else "": a pronoun with no such group before
// it is left unresolved rather than guessed.
func (b *builder) pluralBefore(k int, s segment.Sentence) string {
	toks := b.txt.Tokens
	i := b.subjectStart(s)
	if i >= k {
		return ""
	}
	if j := b.rules.Names.Forward(b.txt, i, k, b.in.Free); j > i && b.norm(j, s) == "and" {
		if e := b.rules.Names.Forward(b.txt, j+1, k, b.in.Free); e > j+1 {
			return b.span(i, e)
		}
		return ""
	}
	first := i
	if english.IsArticleKey(b.word(i, s)) {
		i++
	}
	j := i
	for j < k && j-i < 4 && toks[j].Kind == segment.Word && b.in.Cover(j) < 0 && !english.IsFunctionWordKey(toks[j].Key, toks[j].Norm) &&
		nounLike(toks[j]) && !english.IsAuxiliaryKey(toks[j].Key, toks[j].Norm) && !b.rules.Attribution.Cues.HasWordKey(toks[j].Key, toks[j].Norm) {
		j++
	}
	if j == i || j >= k {
		return ""
	}
	head := toks[j-1].Norm
	if toks[j-1].Cap && j-1 > i || english.Singular(head) == head {
		return "" // a name ("Police" aside, the subject's first word) or a singular head
	}
	n := b.norm(j, s)
	if b.rules.Attribution.Cues.HasWord(n) {
		// a source is what "they" right after its cue stands for ("Health
		// officials said they are monitoring"); a pronoun further into what
		// it reports is someone's there ("Officials say a man, his wife and
		// their two daughters died")
		if k == j+1 || k == j+2 && b.norm(j+1, s) == "that" {
			return b.span(first, j)
		}
		return ""
	}
	if !english.IsAuxiliary(n) && !english.IsPastForm(n) {
		return ""
	}
	return b.span(first, j)
}

// titledGender is the sex a courtesy title just before token i tells of
// the name at i ("Mrs. Clinton", "Mr Lopez"), else 0.
func (b *builder) titledGender(i int, s segment.Sentence) byte {
	toks := b.txt.Tokens
	k := i - 1
	if k >= s.First && toks[k].Norm == "." {
		k--
	}
	if k < s.First {
		return 0
	}
	return english.TitleGender(toks[k].Norm)
}

// ownerBefore reads the owner before a possessive "'s" at token k: a name
// or a noun phrase ("the band").
func (b *builder) ownerBefore(k int, s segment.Sentence) string {
	toks := b.txt.Tokens
	if start := b.rules.Names.Backward(b.txt, k, s.First, b.in.Free); start < k {
		return b.person(b.nameAt(start, k))
	}
	j := k
	for j > s.First && k-j < 3 && toks[j-1].Kind == segment.Word && !english.IsFunctionWordKey(toks[j-1].Key, toks[j-1].Norm) {
		j--
	}
	if j == k {
		return ""
	}
	if j > s.First && english.IsDeterminerKey(toks[j-1].Key, toks[j-1].Norm) {
		j--
	}
	return b.span(j, k)
}

// clauseSubject is the subject of the clause a number is the object of:
// "The band released 14 studio albums", "Iran produced 2.1 million bpd".
func (b *builder) clauseSubject(mv mention.Mention, s segment.Sentence) string {
	toks := b.txt.Tokens
	first := b.changedObject(mv, s) // "the bill would cut deficits by $416 billion": the verb before its object
	i := first - 1
	// the verb group: one verb and its auxiliaries and adverbs
	verbs := 0
	for i >= s.First && first-i <= 6 {
		w := toks[i].Norm
		if toks[i].Kind != segment.Word || b.in.Cover(i) >= 0 {
			return ""
		}
		switch {
		case verbs == 0 && i == first-1 && (w == "has" || w == "have" || w == "had"):
			verbs++ // "the state had 4,000 ventilators": have is the verb
		case verbs == 1 && (w == "or" || w == "and") && i-1 >= s.First && !toks[i-1].Cap &&
			english.IsPastFormKey(toks[i-1].Key, toks[i-1].Norm):
			i-- // "she sent or received 60,000 emails": two verbs, one object
		case verbs == 1 && strings.HasSuffix(toks[i+1].Norm, "ing") && !toks[i].Cap && !english.IsFunctionWordKey(toks[i].Key, w) &&
			!english.IsAuxiliaryKey(toks[i].Key, w) && english.IsPastFormKey(toks[i].Key, w):
			// "Grimm has acknowledged receiving $300,000": the verb a gerund is the object of
		case english.IsNegator(w) || strings.HasSuffix(w, "n't"):
			return "" // "Voters aren't likely to help one candidate": what a clause denies is nobody's
		case pronounContraction(w):
			return "" // "I'm able to contribute millions": a pronoun, no name
		case verbs == 0 && b.objectNounAt(i, s):
			return "" // "paid the college professor $5,000": a first object, no verb
		case english.IsAuxiliaryKey(toks[i].Key, w) || english.IsAdverbKey(toks[i].Key, w):
		case verbs == 1 && w == "to" && i-1 >= s.First && b.rules.Frames.Catenatives.HasWordKey(toks[i-1].Key, toks[i-1].Norm):
			i-- // "she seems to have provided two answers": the infinitive's subject is the clause's
		case verbs == 0 && !toks[i].Cap && !english.IsFunctionWordKey(toks[i].Key, w):
			// "Clinton told about 600 supporters"; "Neighbors told 69 News"
			// names a broadcaster, "told 60 Minutes" a programme
			audience := i == first-1 && b.rules.Frames.AudienceVerbs.HasWord(w) && mv.Type == mention.Number &&
				mv.Last < s.Last && !toks[mv.Last].Cap
			if !audience && (b.rules.Attribution.Cues.HasWord(w) || b.rules.Frames.Witnesses.HasWord(w) || b.rules.Frames.Harms.HasWord(w) && b.countsPeople(mv, s)) {
				// "officials said three people": the source, not the owner; "they
				// heard five gunshots": a witness; "tried to shoot 2 officers": a
				// harm ("shot more than 20 rounds" are the shooters')
				return ""
			}
			verbs++
		default:
			if verbs == 0 {
				return ""
			}
			return b.subjectEndingAt(i, s)
		}
		i--
	}
	if verbs == 0 || i < s.First {
		return ""
	}
	return b.subjectEndingAt(i, s)
}

// objectNounAt reports a word at token i that ends a noun phrase its
// article or determiner opens, within 3 tokens, right after a lower-case
// word that is no function word: the first object of a verb that takes
// two ("outraised the college professor $5.4 million", "paid the family
// $2 million"), not the verb before a figure ("The authorities made 47
// arrests": the article opens the sentence).
func (b *builder) objectNounAt(i int, s segment.Sentence) bool {
	toks := b.txt.Tokens
	if w := toks[i].Norm; english.IsPastForm(w) || strings.HasSuffix(w, "ing") {
		return false // "That year the city recorded 305 homicides": the verb
	}
	for j := i - 1; j > s.First && i-j <= 3; j-- {
		t := toks[j]
		if t.Kind != segment.Word || t.Cap {
			return false
		}
		if english.IsDeterminerKey(t.Key, t.Norm) {
			v := toks[j-1]
			return v.Kind == segment.Word && !v.Cap && !english.IsFunctionWordKey(v.Key, v.Norm) && !english.IsAuxiliaryKey(v.Key, v.Norm) &&
				!b.rules.Attribution.Cues.HasWordKey(v.Key, v.Norm) // "Police say the bullet ...": a cue's clause
		}
		if english.IsFunctionWordKey(t.Key, t.Norm) {
			return false
		}
	}
	return false
}

// subjectEndingAt is the subject of a clause that ends at token i, before
// its verb group: the antecedent of "which" or of "who" after a name, the
// plural "they" stands for, the person "he" or "she" stands for, a name,
// or a noun phrase with its determiner or possessor; "" when none.
func (b *builder) subjectEndingAt(i int, s segment.Sentence) string {
	toks := b.txt.Tokens
	if i-2 >= s.First && english.IsSubjectPronounKey(toks[i-1].Key, toks[i-1].Norm) && toks[i-2].Norm == "which" {
		i -= 2 // "the wall, which he estimates would cost $8 billion": his estimate, the wall's cost
	}
	if toks[i].Norm == "which" {
		return b.antecedent(i, s) // "the wall, which would cost about $8 billion"
	}
	if toks[i].Norm == "who" {
		// "Rubio, who seems to advocate two positions": a name; "the only
		// person who can get 100 votes" names nobody
		if a := b.antecedent(i, s); a != "" && i-2 >= s.First && toks[i-1].Norm == "," && toks[i-2].Cap {
			return a
		}
		return ""
	}
	if toks[i].Norm == "they" {
		return b.pluralBefore(i, s) // "State officials said they are watching four care homes"
	}
	if w := toks[i].Norm; w == "he" || w == "she" {
		// "Clinton acknowledged that she sent 60,000 emails": the person
		// named before it in the sentence, if any
		return b.personBefore(i, s, true)
	}
	if start := b.rules.Names.Backward(b.txt, i+1, s.First, b.in.Free); start <= i {
		if start == s.First && i == start && toks[start].Newlines == 0 && names.IsFunctionWord(toks[start].Norm) {
			return ""
		}
		return b.person(b.nameAt(start, i+1))
	}
	p := b.npBefore(i+1, s)
	if !p.ok() {
		return ""
	}
	if b.cueVerb(toks[p.last-1].Norm) {
		return "" // "Officials told reporters 40 homes had burned": a cue and its audience, no subject ("The report found" has one)
	}
	if p.first-1 > s.First && toks[p.first-1].Norm == "'s" {
		// "Brewer's office had received 10,000 calls": the owner's
		if owner := b.ownerBefore(p.first-1, s); owner != "" {
			return owner + "'s " + b.span(p.first, p.last)
		}
	}
	if p.first > s.First && english.IsDeterminerKey(toks[p.first-1].Key, toks[p.first-1].Norm) {
		p.first--
	}
	return b.span(p.first, p.last)
}

// changedObject is where a figure's verb group ends when the figure is
// the amount of a change to the verb's object, after "by": the direction
// word's next token in "would cut deficits by $416 billion", "raised prices
// by 5%" (an object of up to three lower-case content words between);
// mv.First otherwise.
func (b *builder) changedObject(mv mention.Mention, s segment.Sentence) int {
	by := mv.First - 1
	if b.norm(by, s) != "by" {
		return mv.First
	}
	for d := by - 1; d >= s.First && by-d <= 4; d-- {
		t := b.txt.Tokens[d]
		if t.Kind != segment.Word || t.Cap || b.in.Cover(d) >= 0 || english.IsFunctionWordKey(t.Key, t.Norm) {
			return mv.First
		}
		if d < by-1 && b.isDirection(d) {
			return d + 1
		}
	}
	return mv.First
}

// antecedent is the noun phrase a relative "which" at token i stands
// for, just before it and its comma, with its determiner: "the wall" of
// "the wall, which would cost"; "" when none ends there.
func (b *builder) antecedent(i int, s segment.Sentence) string {
	k := i
	if b.norm(k-1, s) == "," {
		k--
	}
	p := b.npBefore(k, s)
	if !p.ok() || p.last != k {
		return ""
	}
	if p.first > s.First && english.IsDeterminerKey(b.txt.Tokens[p.first-1].Key, b.txt.Tokens[p.first-1].Norm) {
		p.first--
	}
	return b.span(p.first, p.last)
}

// incident finds the event a casualty count belongs to in its sentence:
// an incident noun from rules.yaml with the words before it, the nearest
// named one ("Clewiston shooting", "the 2014 post shooting", "the Orlando
// night club shooting": one of the words a name or a date) or, when none
// is named, the nearest description ("the drive-by shooting", "a
// late-night shooting"). Compare keeps figures apart only by named
// entities, so a description ties a count to its event without parting it
// from another outlet's words for the same event.
func (b *builder) incident(mv mention.Mention, s segment.Sentence) string {
	toks := b.txt.Tokens
	inc := b.rules.Frames.Incidents
	best, bestDist := "", 1<<30
	described, describedDist := "", 1<<30
	for i := max(s.First, mv.First-3*frameWindow); i < min(s.Last, mv.Last+3*frameWindow); i++ {
		if b.in.Cover(i) >= 0 || !inc.HasWordKey(toks[i].Key, toks[i].Norm) {
			continue
		}
		if n := toks[min(i+1, s.Last-1)]; i+1 < s.Last && n.Kind == segment.Word && !n.Cap && !english.IsFunctionWordKey(n.Key, n.Norm) && nounLike(n) {
			continue // "shooting victims": a modifier, not the event
		}
		j := i
		for j > s.First && i-j < 4 && b.in.Cover(j-1) < 0 && toks[j-1].Kind == segment.Word &&
			!english.IsFunctionWordKey(toks[j-1].Key, toks[j-1].Norm) && !b.rules.Attribution.Cues.HasWordKey(toks[j-1].Key, toks[j-1].Norm) &&
			(nounLike(toks[j-1]) || strings.Contains(toks[j-1].Norm, "-")) {
			j--
		}
		if j > s.First && b.in.Cover(j-1) >= 0 && b.in.Mentions[b.in.Cover(j-1)].Type == mention.Date && b.in.Mentions[b.in.Cover(j-1)].Last == j {
			j = b.in.Mentions[b.in.Cover(j-1)].First // "the 2014 post shooting"
		}
		named := false
		for k := j; k < i; k++ {
			named = named || b.isName(k, s) || b.in.Cover(k) >= 0
		}

		d := i - mv.Last
		if i < mv.First {
			d = mv.First - i
		}
		switch {
		case named && d < bestDist:
			best, bestDist = b.span(j, i+1), d
		case !named && d < describedDist && !b.verbObject(j, s):
			// in lower case: a capital here is only the sentence's
			// ("Toxic gas leak kills 11"), and must not read as a name
			described, describedDist = strings.ToLower(b.span(j, i+1)), d
		}
	}
	if best == "" {
		return described
	}
	return best
}

// verbObject reports a phrase starting at token j that is the object of
// the word before it, not an event of its own: "opened fire", "set fire".
// A description of an event follows a determiner, a preposition, a
// possessive or punctuation ("after a shooting", "the gang's attack").
func (b *builder) verbObject(j int, s segment.Sentence) bool {
	if j <= s.First {
		return false
	}
	t := b.txt.Tokens[j-1]
	return t.Kind == segment.Word && !english.IsFunctionWordKey(t.Key, t.Norm) && t.Norm != "'s" && b.in.Cover(j-1) < 0
}

// sentenceSubject is the person a sentence is about when it opens with
// one: "Garner spoke at a meeting with about 30 local pastors",
// "Police say John Lee Moss, 41, drove to three farms"; "He" at the start is the last person named before.
func (b *builder) sentenceSubject(mv mention.Mention, si int, s segment.Sentence) string {
	toks := b.txt.Tokens
	i := s.First
	if i >= s.Last {
		return ""
	}
	switch toks[i].Norm {
	case "he", "she":
		if !b.reportsAt(i+1, s) {
			return b.lastPerson.standsFor(toks[i].Norm, si) // "He said 1,000 sailors ...": a speaker, not the owner
		}
		return ""
	}
	for k := 0; k < 2; k++ {
		if english.IsDeterminerKey(b.word(i, s)) || b.rules.Titles.Starts(b.norm(i, s)) && !toks[i].Cap {
			i++
		}
	}
	j := b.rules.Names.Forward(b.txt, i, s.Last, b.in.Free)
	if j == i {
		return ""
	}
	name := b.nameAt(i, j)
	if b.rules.Attribution.Cues.HasWord(b.norm(j, s)) {
		// "Police say John Lee Moss ...": the subject after the cue
		k := j + 1
		if e := b.rules.Names.Forward(b.txt, k, s.Last, b.in.Free); e > k {
			name = b.nameAt(k, e)
			j = e
		} else {
			return ""
		}
	}
	if b.names.kind(name) != SpeakerPerson || b.isPlace(name) {
		return ""
	}
	if !strings.Contains(name, " ") && b.person(name) == name {
		// a lone capitalised word opening a sentence ("Investigators",
		// "Seconds", "MELBOURNE") is a person only as the surname of one
		// the document names in full
		return ""
	}
	if b.cueWithin(j, s) {
		return "" // "Carl Bildt, the former prime minister, tweeted": a speaker, not the owner
	}
	for k := j; k < mv.First; k++ {
		if w := toks[k].Norm; w == ";" || w != "or" && w != "nor" && english.IsClauseConjunction(w) {
			return "" // "Cardinal Pell appealed ..., but three judges upheld it": another clause's figure
		}
	}
	return b.person(name)
}

// cueWithin reports an attribution cue within 3*frameWindow tokens from
// token j: the sentence's subject is then a speaker.
func (b *builder) cueWithin(j int, s segment.Sentence) bool {
	for k := j; k < min(s.Last, j+3*frameWindow); k++ {
		if b.rules.Attribution.Cues.HasWordKey(b.txt.Tokens[k].Key, b.txt.Tokens[k].Norm) {
			return true
		}
	}
	return false
}

// mainSubject is the subject of the main clause a figure stands in, read
// from the sentence's start: "The authorities made at least 47 arrests",
// "Harlan, a 35-year-old Canadian, pleaded guilty to six counts of murder
// and two of arson", "In Haiti,
// officials have moved at least 90,000 people". The figure must
// follow the subject's verb in the same clause: no subordinate or relative
// clause, quotation, colon or semicolon in between ("Warren hinted that
// as president she would keep the 12-nation pact" is no claim of
// Warren's), only the items of a list of figures, and at most
// one preposition other than "of" or one of a date ("was charged in 2017
// with one charge"; a second hangs the figure on another noun). A verb that is
// an attribution cue makes the subject a source, not an owner ("Officials
// said 47 people ..."): "". The walk is bounded by 4*frameWindow tokens.
//
// A figure in a clause a subordinator opens ("Dozens more were injured
// when Tarrant opened fire on two mosques") is read the same way from the
// subordinate clause's start.
func (b *builder) mainSubject(mv mention.Mention, si int, s segment.Sentence) string {
	i := b.openingAdverbial(mv, s)
	if i < 0 {
		return b.adverbialOwner(mv, s)
	}
	if k := b.in.Cover(mv.First); k >= 0 && b.personNoun(b.txt.Tokens[min(mv.Last, s.Last-1)].Norm) {
		return "" // "Investigators are looking for two men": the agent does not own the people it acts on
	}
	if who := b.ownerFrom(i, si, mv, s); who != "" {
		return who
	}
	if k := b.subordinateBefore(i, mv, s); k > i {
		return b.ownerFrom(k, si, mv, s)
	}
	return ""
}

// subordinateBefore is where the clause a subordinator opens starts, the
// nearest before the figure mv and after token i (within 4*frameWindow
// tokens of the figure): "when Tarrant opened fire on two mosques"; i when
// none does.
func (b *builder) subordinateBefore(i int, mv mention.Mention, s segment.Sentence) int {
	for k := mv.First - 1; k > i && mv.First-k <= 4*frameWindow; k-- {
		if w := b.txt.Tokens[k].Norm; (english.IsAdverbialSubordinator(w) || b.reportedThat(k, s)) && b.in.Cover(k) < 0 {
			return k + 1
		}
	}
	return i
}

// reportedThat reports a "that" at token k opening what a cue reports:
// "Clinton acknowledged that she sent 60,000 emails", "a story claiming
// that Cruz had affairs with five women". The clause after it has a
// subject of its own, which may own a figure in it.
func (b *builder) reportedThat(k int, s segment.Sentence) bool {
	return b.txt.Tokens[k].Norm == "that" && k > s.First && b.rules.Attribution.Cues.HasWordKey(b.txt.Tokens[k-1].Key, b.txt.Tokens[k-1].Norm)
}

// ownerFrom is the subject of the clause that starts at token i when the
// figure mv is its verb's (mainSubject), else "".
func (b *builder) ownerFrom(i, si int, mv mention.Mention, s segment.Sentence) string {
	if mv.First-i > 4*frameWindow {
		return ""
	}
	who, j := b.subjectAt(i, si, mv, s)
	if who == "" {
		return ""
	}
	j = b.appositionsAfter(j, mv, s)
	v, ok := b.verbGroupAt(j, mv, s)
	if !ok {
		return ""
	}
	if b.norm(mv.First-1, s) == "with" && b.norm(mv.First-2, s) == "," {
		// "The US now has more confirmed cases than any other country, with
		// more than 85,500 positive tests": an adjunct of the main clause
		for k := v; k < mv.First-2; k++ {
			if w := b.txt.Tokens[k].Norm; b.clauseBreak(k, s, false) && !b.rules.Attribution.Cues.HasWord(w) {
				return "" // a cue inside the object ("more confirmed cases") is a modifier here
			}
		}
		return who
	}
	preps, figure := 0, false
	for k := v; k < mv.First; k++ {
		if b.clauseBreak(k, s, figure) {
			return ""
		}
		if c := b.in.Cover(k); c >= 0 {
			figure = figure || b.in.Mentions[c].Type != mention.Date
			k = b.in.Mentions[c].Last - 1
			continue
		}
		if t := b.txt.Tokens[k]; !figure && t.Kind == segment.Word && !english.IsFunctionWordKey(t.Key, t.Norm) && !b.beforeFigure(k, s) {
			return "" // "have not made any arrests in the four shootings": an object comes first, the figure is its
		}
		if w := b.txt.Tokens[k].Norm; english.IsPreposition(w) && w != "of" && !b.dateAt(k+1) {
			// "opened fire on two mosques"; but in "admitted to 51 charges
			// ... during the rampage at two mosques" the mosques are the
			// rampage's
			if preps++; preps > 1 {
				return ""
			}
		}
	}
	return who
}

// openingAdverbial skips an adverbial that opens a sentence before its
// subject, up to its comma: "In Cuba, authorities ...", "Earlier this
// month, Clinton ...", "Last week, the Pentagon ...". It returns where the
// subject may start, or -1 when the figure stands in the adverbial.
func (b *builder) openingAdverbial(mv mention.Mention, s segment.Sentence) int {
	toks := b.txt.Tokens
	i := s.First
	if i >= s.Last {
		return -1
	}
	w := toks[i].Norm
	if !english.IsPreposition(w) && !english.IsDiscourseAdverb(w) && !english.IsTimeWord(w) && w != "last" {
		return i
	}
	for k := i + 1; k < min(s.Last, i+frameWindow); k++ {
		if toks[k].Norm == "," {
			if k >= mv.First {
				return -1
			}
			return k + 1
		}
	}
	return -1
}

// subjectAt reads a clause's subject at token i: a name ("Tarrant",
// "Congress", "the House"), a noun phrase with an article or none ("The
// authorities", "Health officials"), or "he"/"she" opening the sentence
// (the person last named before it), before a verb group that comes
// before the figure mv. It returns the subject and the token after it; ""
// when none stands there. A possessive subject ("His legal
// team", "Brewer's office") is left: whose it is is clauseSubject's.
func (b *builder) subjectAt(i, si int, mv mention.Mention, s segment.Sentence) (string, int) {
	toks := b.txt.Tokens
	if i >= s.Last {
		return "", i
	}
	switch toks[i].Norm {
	case "he", "she":
		if i == s.First {
			return b.lastPerson.standsFor(toks[i].Norm, si), i + 1
		}
		if b.reportedThat(i-1, s) {
			return b.reporter(i, si, s), i + 1
		}
		return "", i
	}
	if english.TitleGender(toks[i].Norm) != 0 && i+1 < s.Last {
		// "Mr. Cohen was sentenced ...": the courtesy title before the name
		i++
		if toks[i].Norm == "." {
			i++
		}
	}
	first := i
	if english.IsArticleKey(toks[i].Key, toks[i].Norm) {
		i++
	} else if english.IsFunctionWordKey(toks[i].Key, toks[i].Norm) {
		return "", i
	}
	if who, j := b.agedSubject(first, si, s); who != "" {
		return who, j // "The 29-year-old Australian has pleaded guilty to ..."
	}
	if j := b.rules.Names.Forward(b.txt, i, s.Last, b.in.Free); j > i && first == i && !names.Opens(toks, i, s.First, s.Last) {
		if b.norm(j, s) == "'s" {
			return "", i
		}
		name := b.nameAt(i, j)
		if b.names.kind(name) == SpeakerPerson {
			name = b.person(name)
		}
		return name, j
	}
	// a noun phrase: content words up to the verb group
	for k := i + 1; k < min(s.Last, i+5); k++ {
		t := toks[k-1]
		if t.Kind != segment.Word || b.in.Cover(k-1) >= 0 || english.IsFunctionWordKey(t.Key, t.Norm) && !t.Cap || strings.ContainsAny(t.Norm, "'’") ||
			b.cueVerb(t.Norm) {
			return "", i // "HCSO officials said investigators arrived": a cue ends the subject, none before it
		}
		if _, ok := b.verbGroupAt(b.appositionsAfter(k, mv, s), mv, s); ok && nounLike(t) {
			if k == i+1 && first < i && b.people != nil {
				if who := b.people.ByTitle(t.Norm); who != "" {
					return who, k // "The cardinal was charged": the one cardinal the document names
				}
			}
			return b.span(first, k), k
		}
	}
	return "", i
}

// reporter is the person a "he" or "she" at token k, opening what a cue
// reports, stands for: the person named before it in the sentence
// ("Clinton acknowledged that she sent ...") when that is also the one the
// text may call so (the last person named whose sex is not shown to be
// the other); else "": in "Trump said she deleted 30,000 emails", with
// Clinton the last woman named, "she" is not the speaker, and the figure
// is left to no one rather than guessed.
func (b *builder) reporter(k, si int, s segment.Sentence) string {
	who := b.personBefore(k, s, false)
	if who == "" || !b.rules.Names.Same(who, b.lastPerson.standsFor(b.txt.Tokens[k].Norm, si)) {
		return "" // the pronoun is another's: the last person of its sex the text named
	}
	return who
}

// appositionsAfter skips up to two appositions set off by commas after a
// subject: "Harlan, a 35-year-old Canadian, pleaded", "Jackson, 24, of
// Raytown, Mo. is charged". An apposition opens with a determiner, a
// figure, "of" or a participle and its agent ("The vaccine, developed by
// the Gamaleya Institute, is"), and ends before the figure mv; an aside
// between dashes is skipped whole.
func (b *builder) appositionsAfter(j int, mv mention.Mention, s segment.Sentence) int {
	toks := b.txt.Tokens
	if d := b.norm(j, s); d == "-" || d == "–" || d == "—" {
		// "The volunteers - aged 20 to 55 - were tracked":
		// an aside between dashes
		for k := j + 1; k < min(mv.First, j+frameWindow+2); k++ {
			if toks[k].Norm == d {
				return k + 1
			}
		}
		return j
	}
	for n := 0; n < 2 && b.norm(j, s) == ","; n++ {
		w := b.norm(j+1, s)
		byAgent := strings.HasSuffix(w, "ed") && b.norm(j+2, s) == "by" // ", developed by Moscow's Gamaleya Institute,"
		if !english.IsDeterminer(w) && w != "of" && b.in.Cover(j+1) < 0 && !byAgent {
			return j
		}
		k := j + 2
		for k < min(mv.First, j+frameWindow+2) && toks[k].Norm != "," {
			k++
		}
		if k >= mv.First || toks[k].Norm != "," {
			return j
		}
		j = k + 1
	}
	return j
}

// verbGroupAt reads the verb group at token j, before the figure mv:
// adverbs and auxiliaries, then one verb of rules.yaml frames.owner-verbs
// ("made", "has now", "was sentenced", "pleaded guilty to", "will be able
// to pay"), or a copula before the figure's article ("Smith is a 20-year
// veteran"). It returns the token after it, and false when no such verb
// stands there: the subject of another verb ("Police are searching for
// two gunmen", "Officials said 47 ...") does not own the figure.
func (b *builder) verbGroupAt(j int, mv mention.Mention, s segment.Sentence) (int, bool) {
	toks := b.txt.Tokens
	for k := j; k < mv.First && k < j+5; k++ {
		w := toks[k].Norm
		if toks[k].Kind != segment.Word || b.in.Cover(k) >= 0 || w == "'s" && k == j {
			return 0, false // "The jury's verdict": a possessive, not "is"
		}
		if english.IsAuxiliary(w) {
			n := b.norm(k+1, s)
			switch {
			case (w == "has" || w == "have" || w == "had") && (k+1 == mv.First || english.IsDeterminer(n) || english.IsQuantifier(n) || n == "more" || n == "fewer"):
				return k + 1, true // "The US now has more than 85,500 tests": have is the verb
			case english.IsBeForm(w) && english.IsArticle(n) && b.in.Cover(k+2) >= 0 && b.in.Mentions[b.in.Cover(k+2)].First == k+2:
				return k + 1, true // "Smith is a 20-year veteran"
			}
			continue
		}
		if b.lasting(k, mv, s) {
			return k + 1, true // "The meeting lasted 50 minutes", "were monitored for 42 days"
		}
		if f := b.heldFor(k, mv, s); f > k {
			return f, true // "appeared to be safe for 42 days": the predicate is the verb group's
		}
		if k > j && english.IsBeFormKey(toks[k-1].Key, toks[k-1].Norm) && k+2 == mv.First && b.norm(k+1, s) == "in" &&
			english.IsPastForm(w) && b.countsPortions(mv, s) {
			return k + 1, true // "The vaccine is administered in two doses": the parts it comes in
		}
		if _, n := b.rules.Frames.Owners.Longest(toks, k, mv.First); n > 0 {
			if w := b.norm(k+n, s); w == "or" || w == "and" {
				// "she sent or received 60,000 emails": two verbs, one object
				if _, m := b.rules.Frames.Owners.Longest(toks, k+n+1, mv.First); m > 0 {
					n += 1 + m
				}
			}
			return k + n, true
		}
		if !english.IsAdverb(w) && !english.IsNegator(w) && !b.rules.Frames.Catenatives.HasWord(w) && w != "to" {
			return 0, false
		}
	}
	return 0, false
}

// lasting reports a verb at token k in the past or a participle whose
// clause a duration figure mv is the length of: how long a thing lasted,
// or was done to it, is the subject's whatever the verb ("The meeting
// lasted 50 minutes", "The participants were monitored for 42 days"). An
// attribution cue is no such verb ("said for years").
func (b *builder) lasting(k int, mv mention.Mention, s segment.Sentence) bool {
	t := b.txt.Tokens[k]
	if mv.Type != mention.Duration || t.Kind != segment.Word || t.Cap || english.IsFunctionWordKey(t.Key, t.Norm) ||
		!english.IsPastFormKey(t.Key, t.Norm) ||
		b.rules.Attribution.Cues.HasWordKey(t.Key, t.Norm) || b.rules.Frames.Witnesses.HasWordKey(t.Key, t.Norm) {
		return false
	}
	for j := k + 1; j < mv.First; j++ {
		if w := b.txt.Tokens[j].Norm; w != "for" && (english.IsArticle(w) || !english.IsQuantityOpener(w)) {
			return false // "arrived within five minutes of", "led to a six-year sentence": not how long it lasted
		}
	}
	return !b.npAt(mv.Last, s).ok() // "imposed a 52-month sentence": the figure is its noun's
}

// heldFor finds the "for" before a duration figure mv that its clause's
// predicate, opening at token k, lasts: the subject's state or act holds
// that long whatever the words between ("The vaccine appeared to be safe
// for 42 days", "The road will be closed to traffic for another three
// days"). The words between are the predicate's own, within frameWindow
// tokens: no clause break, no other figure or date ("said for years",
// "was charged in 2019 for two years" are not). It returns the token of
// "for", or -1.
func (b *builder) heldFor(k int, mv mention.Mention, s segment.Sentence) int {
	toks := b.txt.Tokens
	f := mv.First - 1
	for f > k && (english.IsQuantityOpenerKey(b.word(f, s)) || english.IsDeterminerKey(b.word(f, s))) {
		f-- // "for another three to four weeks"
	}
	if mv.Type != mention.Duration || b.norm(f, s) != "for" || f <= k || f-k > frameWindow ||
		toks[k].Kind != segment.Word || toks[k].Cap || b.rules.Attribution.Cues.HasWordKey(toks[k].Key, toks[k].Norm) ||
		b.rules.Frames.Witnesses.HasWordKey(toks[k].Key, toks[k].Norm) {
		return -1
	}
	for j := k; j < f; j++ {
		if toks[j].Kind != segment.Word || b.in.Cover(j) >= 0 || b.clauseBreak(j, s, false) {
			return -1
		}
	}
	return f
}

// cueVerb reports an attribution cue in a past form, which ends a subject
// ("officials said", "Officials told reporters"); a cue noun ("The report
// found", "His claims included") may head one.
func (b *builder) cueVerb(w string) bool {
	return b.rules.Attribution.Cues.HasWord(w) && english.IsPastForm(w)
}

// clauseBreak reports a token that ends the main clause on the way from
// its verb to a figure: a semicolon, colon, dash or quotation mark, a
// relative pronoun or a subordinator, an object pronoun (a clause of the
// object's follows), an attribution cue, and a comma or conjunction unless
// it is between figures (the next item of a list: "51 charges of murder, 40
// counts of attempted murder and one charge").
func (b *builder) clauseBreak(k int, s segment.Sentence, figure bool) bool {
	toks := b.txt.Tokens
	w := toks[k].Norm
	switch w {
	case ";", ":", "—", "–", "\"", "“", "”", "(", "who", "which", "that", "whom", "whose":
		return true
	case "him", "her", "them", "it", "me", "us":
		return true // "a jury found him guilty of abusing two boys": the figure is in another's clause
	case ",", "and", "or", "but":
		if !figure {
			return true
		}
		n := k + 1
		if n < s.Last && (toks[n].Norm == "and" || toks[n].Norm == "or" || english.IsDeterminerKey(toks[n].Key, toks[n].Norm)) {
			n++
		}
		return n >= s.Last || b.in.Cover(n) < 0
	}
	return english.IsSubordinator(w) || b.rules.Attribution.Cues.HasWord(w)
}

// dateAt reports a date mention starting at token k: "in 2017", "on Tuesday".
func (b *builder) dateAt(k int) bool {
	c := b.in.Cover(k)
	return c >= 0 && b.in.Mentions[c].Type == mention.Date && b.in.Mentions[c].First == k
}

// itsOwner is what "its" at token k stands for: the name the sentence
// opens with as its subject, when that is no person ("Florida is
// considered a toss-up, and its 29 electoral votes could swing the
// election"), else "".
func (b *builder) itsOwner(k int, s segment.Sentence) string {
	i := b.openingAdverbial(mention.Mention{First: k}, s)
	if i < 0 || k-i > 4*frameWindow {
		return ""
	}
	j := b.rules.Names.Forward(b.txt, i, k, b.in.Free)
	if j <= i+1 {
		// a lone word opening the sentence: singular as "its" is, and no
		// person the document names ("Florida is considered ...", not
		// "Officials said ..." or "Lopez was ...")
		w := b.span(i, i+1)
		if !b.txt.Tokens[i].Cap || !b.in.Free(i) || strings.HasSuffix(w, "s") || b.person(w) != w {
			return ""
		}
		j = i + 1
	} else if n := b.nameAt(i, j); b.names.kind(n) == SpeakerPerson && !b.isPlace(n) {
		return ""
	}
	name := b.nameAt(i, j)
	if w := b.norm(j, s); !english.IsAuxiliary(w) && !english.IsPastForm(w) {
		return "" // the name is the subject of a verb
	}
	return name
}

// beforeFigure reports a word that modifies a figure right after it (up to
// two words on): "a historic US$2.2 trillion package".
func (b *builder) beforeFigure(k int, s segment.Sentence) bool {
	for n := k + 1; n < min(s.Last, k+3); n++ {
		if b.in.Cover(n) >= 0 {
			return true
		}
		if t := b.txt.Tokens[n]; t.Kind != segment.Word || english.IsFunctionWordKey(t.Key, t.Norm) {
			return false
		}
	}
	return false
}

// adverbialOwner is the subject of the main clause after an opening
// adverbial that holds the figure: "With just over $200,000, David Brat
// ... toppled Mr. Cantor", "In one emailed statement, Perry stated ...",
// "In its two-page summary, the High Court said". The adverbial
// opens with "with", "in" or "at" and ends in a comma within frameWindow
// tokens of the figure; the subject is a name before its verb (or an
// apposition and its verb).
func (b *builder) adverbialOwner(mv mention.Mention, s segment.Sentence) string {
	toks := b.txt.Tokens
	reach := frameWindow
	switch b.norm(s.First, s) {
	case "with", "in", "at":
	default:
		if !b.participleBefore(mv, s) {
			return ""
		}
		reach = 2 * frameWindow // "Citing two officials involved in the investigation, BuzzFeed's report ..."
	}
	k := mv.Last
	for k < min(s.Last, mv.Last+reach) && toks[k].Norm != "," {
		if b.in.Cover(k) >= 0 || toks[k].Kind != segment.Word {
			return ""
		}
		k++
	}
	if b.norm(k, s) != "," {
		return ""
	}
	i := k + 1
	first := i
	if b.norm(i, s) == "the" {
		i++
	}
	j := b.rules.Names.Forward(b.txt, i, s.Last, b.in.Free)
	if j == i {
		return "" // a common noun ("In all three cases, the weapons ...") need not own it
	}
	v := b.appositionsAfter(j, mention.Mention{First: s.Last}, s)
	if w := b.norm(v, s); w == "'s" && first == i && b.participleBefore(mv, s) {
		// "Citing two officials, BuzzFeed's report claimed": the
		// report's, and so its owner's
	} else if !english.IsAuxiliary(w) && !english.IsPastForm(w) &&
		!b.rules.Attribution.Cues.HasWord(w) {
		return ""
	}
	if first == i {
		name := b.nameAt(i, j)
		if b.names.kind(name) == SpeakerPerson {
			return b.person(name)
		}
		return name
	}
	return b.span(first, j)
}

// isAsideMark reports a comma or a dash, which set off an aside.
func isAsideMark(w string) bool { return w == "," || w == "-" || w == "–" || w == "—" }

// holdersBefore reads the noun phrase that ends at token k with its
// determiner and the figures and modifiers inside it: "The three
// studies" before " - including 40 volunteers each"; "" when a name
// heads it or none ends there.
func (b *builder) holdersBefore(k int, s segment.Sentence) string {
	toks := b.txt.Tokens
	j := k
	for j > s.First && k-j < frameWindow && (toks[j-1].Kind == segment.Word && !toks[j-1].Cap && !english.IsFunctionWordKey(toks[j-1].Key, toks[j-1].Norm) || b.in.Cover(j-1) >= 0) {
		j--
	}
	if j == k || b.in.Cover(k-1) >= 0 || english.Singular(toks[k-1].Norm) == toks[k-1].Norm {
		return "" // a plural noun heads a group of holders
	}
	if j > s.First && english.IsDeterminerKey(toks[j-1].Key, toks[j-1].Norm) {
		j--
	}
	return b.span(j, k)
}

// participleBefore reports a figure right after the present participle of
// an owner verb (rules.yaml frames.owner-verbs) that opens its sentence
// or follows a comma: "Citing two officials, BuzzFeed reported ...",
// "BuzzFeed published the story, citing two officials". The participle's
// subject is the main clause's, and so is the figure.
func (b *builder) participleBefore(mv mention.Mention, s segment.Sentence) bool {
	k := mv.First - 1
	if k < s.First || !strings.HasSuffix(b.txt.Tokens[k].Norm, "ing") {
		return false
	}
	if _, n := b.rules.Frames.Owners.Longest(b.txt.Tokens, k, mv.First); n != 1 {
		return false
	}
	return k == s.First || b.norm(k-1, s) == ","
}

// participleOwner is the owner of a figure after a participle
// (participleBefore): after a comma, the subject the sentence opens with
// ("The site ran the report Monday, citing two officials"), a
// name before a verb; opening the sentence, the main clause's after it
// (adverbialOwner).
func (b *builder) participleOwner(mv mention.Mention, si int, s segment.Sentence) string {
	if !b.participleBefore(mv, s) {
		return ""
	}
	if mv.First-1 == s.First {
		return b.adverbialOwner(mv, s) // "Citing two officials, BuzzFeed's report claimed"
	}
	i := b.openingAdverbial(mv, s)
	if i < 0 {
		return ""
	}
	j := b.rules.Names.Forward(b.txt, i, mv.First, b.in.Free)
	if j == i {
		return ""
	}
	if w := b.norm(j, s); !english.IsAuxiliary(w) && !english.IsPastForm(w) {
		return ""
	}
	name := b.nameAt(i, j)
	if b.names.kind(name) != SpeakerPerson {
		return name
	}
	if j == i+1 && b.person(name) == name && !camelCase(name) && names.Opens(b.txt.Tokens, i, s.First, s.Last) {
		return "" // a lone capitalised word opening the sentence ("Investigators") is a person only as a known surname
	}
	return b.person(name)
}

// camelCase reports a word with a capital inside it and lower case
// letters, which only a name has: "BuzzFeed", "McLaughlin" (not "MELBOURNE").
func camelCase(w string) bool {
	upper, lower := false, false
	for i, r := range w {
		upper = upper || i > 0 && unicode.IsUpper(r)
		lower = lower || unicode.IsLower(r)
	}
	return upper && lower
}

// gerundAgent is who does what a gerund before a figure says, when a
// possessive or an object pronoun names them just before its noun and
// "for" or "of": "George Pell's conviction for sexually assaulting two
// choirboys" (Pell's), "a jury found him guilty of abusing two boys" (the
// person "him" stands for, the one the text is about).
func (b *builder) gerundAgent(mv mention.Mention, si int, s segment.Sentence) string {
	toks := b.txt.Tokens
	k := mv.First - 1
	if k <= s.First || toks[k].Cap || !strings.HasSuffix(toks[k].Norm, "ing") || english.IsFunctionWordKey(toks[k].Key, toks[k].Norm) {
		return ""
	}
	k--
	for k > s.First && (english.IsAdverbKey(toks[k].Key, toks[k].Norm) || strings.HasSuffix(toks[k].Norm, "ly")) {
		k-- // "sexually"
	}
	if w := toks[k].Norm; w != "for" && w != "of" || k-2 < s.First {
		return ""
	}
	k-- // the noun the gerund's phrase hangs on
	if t := toks[k]; t.Kind != segment.Word || t.Cap || english.IsFunctionWordKey(t.Key, t.Norm) || b.in.Cover(k) >= 0 {
		return ""
	}
	switch w := toks[k-1].Norm; {
	case w == "'s":
		if start := b.rules.Names.Backward(b.txt, k-1, s.First, b.in.Free); start < k-1 {
			return b.person(b.nameAt(start, k-1))
		}
	case (w == "him" || w == "her") && toks[k].Norm == "guilty":
		return b.lastPerson.standsFor(w, si)
	}
	return ""
}

// timeLeftFor is whom the time left is for: "just three weeks left for
// lawmakers to avert a fiscal crisis" → lawmakers (a plural noun, a name,
// or a noun phrase with its determiner).
func (b *builder) timeLeftFor(mv mention.Mention, s segment.Sentence) string {
	if b.norm(mv.Last+1, s) != "for" { // after "left" or "remaining": durationHead's "time"
		return ""
	}
	k := mv.Last + 2
	if e, n := b.entityAt(k, s.Last); n > 0 {
		return e
	}
	first := k
	if english.IsDeterminerKey(b.word(k, s)) {
		k++
	}
	if p := b.npAt(k, s); p.ok() && (first < k || english.Singular(b.txt.Tokens[p.last-1].Norm) != b.txt.Tokens[p.last-1].Norm) {
		return b.span(first, p.last)
	}
	return ""
}

// unitHead fills the head of a figure with no noun of its own from its
// unit ("for 42 days": a duration, "$8 billion": an amount), named more
// closely by the words around it where they say (durationHead,
// namedHead), and the entity its words give then.
func (b *builder) unitHead(c *Claim, mv mention.Mention, s segment.Sentence) {
	f := c.Frame
	f.Head = b.rules.Frames.UnitHeads[c.Value.Unit]
	if f.Head == "duration" && mv.Type == mention.Duration {
		f.Head = b.durationHead(mv, s)
		if f.Head == "time" && f.Entity == "" {
			f.Entity = b.timeLeftFor(mv, s) // "three weeks left for lawmakers"
		}
	}
	if (f.Head == "duration" || f.Head == "amount") && !f.Change {
		if h := b.namedHead(mv, s, f.Head == "amount"); h != "" {
			f.Head = h // "six years in office": tenure
		}
	}
	if f.Entity == "" && english.IsBearing(b.norm(mv.Last, s)) && b.rules.Frames.UnitHeads[c.Value.Unit] != "" {
		f.Entity = b.placeBefore(mv, s) // "we reached Kailasagiri beach, about 20km away"
	}
}

// namedHead is what a duration or an amount with no noun of its own
// measures when the phrase right after it says (rules.yaml
// frames.after-heads: "six years in office" is a tenure) or, for an
// amount, the verb right before it, over adverbs (frames.verb-heads:
// "would cost about $8 billion" is a cost, "spent more than $1 million"
// spending; "spent a year at Georgetown" is no spending); "" when neither
// does.
func (b *builder) namedHead(mv mention.Mention, s segment.Sentence, amount bool) string {
	fr := b.rules.Frames
	toks := b.txt.Tokens
	if h, n := fr.AfterHeads.Longest(toks, mv.Last, s.Last); n > 0 {
		return h
	}
	k := mv.First - 1
	for k >= s.First && english.IsAdverbKey(toks[k].Key, toks[k].Norm) {
		k--
	}
	if !amount || k < s.First {
		return ""
	}
	h, _ := fr.VerbHeads.Exact(toks, k, k+1)
	return h
}

// durationHead names what a duration with no noun of its own measures
// when its words say: a prison term after "sentenced to" ("was sentenced in
// December to three years in prison": a sentence), the time left to do a
// thing ("just three weeks left", "have three weeks to reach a deal":
// time); else "duration".
func (b *builder) durationHead(mv mention.Mention, s segment.Sentence) string {
	k := mv.First - 1
	for k >= s.First && english.IsAdverbKey(b.txt.Tokens[k].Key, b.txt.Tokens[k].Norm) {
		k-- // "to just over three years"
	}
	if b.norm(k, s) == "to" {
		j := k - 1
		if c := b.in.Cover(j); c >= 0 && b.in.Mentions[c].Type == mention.Date && english.IsPrepositionKey(b.word(b.in.Mentions[c].First-1, s)) {
			j = b.in.Mentions[c].First - 2 // "sentenced in December to three years"
		}
		if b.norm(j, s) == "sentenced" {
			return "sentence"
		}
	}
	switch b.norm(mv.Last, s) {
	case "left", "remaining":
		return "time"
	case "to":
		n := b.norm(mv.Last+1, s)
		if w := b.norm(k, s); (w == "have" || w == "has" || w == "had") && english.VerbForms(n) != nil {
			return "time" // "have three weeks to reach a deal": the verb's base form after "to"
		}
	}
	return "duration"
}

// objectPronounBefore reports an object pronoun in the clause words before
// a figure (within 3*frameWindow tokens): "Judge Kevin Sasinoski sentenced
// him to 11½ to 23 months" is the sentenced man's term, not the judge's.
func (b *builder) objectPronounBefore(mv mention.Mention, s segment.Sentence) bool {
	for k := max(s.First, mv.First-3*frameWindow); k < mv.First; k++ {
		switch b.txt.Tokens[k].Norm {
		case "him", "her", "them", "me", "us":
			return true
		}
	}
	return false
}

// agedSubject reads a sentence that opens with "The" and an age ("The
// 29-year-old Australian has pleaded guilty", "The 49-year-old teaches at
// Randolph-Macon"): a person the text has been about, who is the one "He"
// would stand for there. It returns that person and the token after the
// age and its nouns, or "" when the sentence opens otherwise or no one is
// known.
func (b *builder) agedSubject(i, si int, s segment.Sentence) (string, int) {
	if i != s.First || b.norm(i, s) != "the" || b.lastPerson.standsFor("the", si) == "" {
		return "", i
	}
	c := b.in.Cover(i + 1)
	if c < 0 || b.in.Mentions[c].Type != mention.Age || b.in.Mentions[c].First != i+1 {
		return "", i
	}
	j := b.in.Mentions[c].Last
	for j < s.Last && j < i+6 && b.txt.Tokens[j].Kind == segment.Word && !english.IsFunctionWordKey(b.txt.Tokens[j].Key, b.txt.Tokens[j].Norm) &&
		nounLike(b.txt.Tokens[j]) && !b.rules.Frames.Owners.StartsKey(b.txt.Tokens[j].Key, b.txt.Tokens[j].Norm) {
		j++
	}
	return b.lastPerson.standsFor("the", si), j
}

// groupOf reads the body a count makes up, from the "of" at token k before
// it: "a" and a common noun, "a village of at least 3,000 people", "A full
// bench of seven judges" (with "the" it is as often a part or an act: "the
// souls of 51 people", "the arrest of two teens"). A noun that only counts or measures what
// its "of" names (rules.yaml frames.partitives: "a total of", "a number
// of"), a quantifier ("a majority of two judges") or a change ("an increase
// of 57 cases") is no body.
func (b *builder) groupOf(k int, s segment.Sentence) string {
	toks := b.txt.Tokens
	p := b.npBefore(k, s)
	if a := b.norm(p.first-1, s); !p.ok() || p.last != k || a != "a" && a != "an" {
		return ""
	}
	head := toks[p.last-1]
	if head.Cap || head.Kind != segment.Word || b.rules.Frames.Partitives.HasWordKey(head.Key, head.Norm) ||
		english.IsQuantifierKey(head.Key, head.Norm) || b.isDirection(p.last-1) {
		return ""
	}
	return b.span(p.first-1, p.last)
}

// employerIn reads the body whose people a counted phrase counts: an
// organisation's name before a role noun of the rules (attribution.roles:
// "official", "officer", "employee") that heads the phrase — "The 11 OPD
// officers", "One State Department official". A name the names model does
// not know for an organisation's ("12 Russian intelligence officers", "60
// House Democrats", "three Texas men") is none, unless written as an
// acronym.
func (b *builder) employerIn(p np, s segment.Sentence) string {
	toks := b.txt.Tokens
	head := toks[p.last-1]
	if head.Cap || !b.rules.Attribution.Roles.HasWord(english.Singular(head.Norm)) {
		return ""
	}
	i := p.first
	for i < p.last-1 && !toks[i].Cap {
		i++
	}
	j := i
	for j < p.last-1 && toks[j].Cap && toks[j].Kind == segment.Word {
		j++
	}
	if j == i || i > p.first+1 {
		return ""
	}
	name := b.span(i, j)
	if c, ok := b.rules.Aliases.Canonical(name); b.isPlace(name) || ok && b.isPlace(c) {
		return "" // "three US officials": a country is no employer here
	}
	acronym := j == i+1 && len(name) >= 2 && allCaps(name)
	if !acronym && b.names.kind(b.names.normalize(name)) != SpeakerOrganisation {
		return ""
	}
	return name
}

// titledBefore is the person a "his" or "her" at token k stands for when
// a title with "the" comes before it in its sentence, the nearest within
// frameWindow tokens, naming no one else on the way ("The somber
// president, nearing the end of his eight-year term"): the one person the
// document gives that title, else "". A person noun or a verb not set off
// by a comma on the way ("The president met the widow and her 2 sons"),
// or a pronoun of another's sex, leaves it "".
func (b *builder) titledBefore(k, si int, s segment.Sentence) string {
	if b.people == nil {
		return ""
	}
	toks := b.txt.Tokens
	for i := k - 1; i > s.First && k-i <= frameWindow; i-- {
		t := toks[i]
		if t.Cap && b.in.Cover(i) < 0 || t.Kind != segment.Word {
			if t.Norm == "," {
				continue
			}
			return "" // a name, or a figure, between: another's
		}
		if !b.rules.Titles.HasWordKey(t.Key, t.Norm) {
			if b.personNoun(t.Norm) || english.IsPastFormKey(t.Key, t.Norm) && toks[i-1].Norm != "," && i < k-1 {
				// "The president met the widow and her 2 sons": a nearer
				// person, or a verb of another clause; not the verb right
				// before the pronoun, whose subject it stands for ("The
				// governor said her 3 proposals would pass")
				return ""
			}
			continue
		}
		j := i - 1
		for j > s.First && i-j <= 2 && !english.IsArticleKey(toks[j].Key, toks[j].Norm) && !toks[j].Cap && toks[j].Kind == segment.Word && !english.IsFunctionWordKey(toks[j].Key, toks[j].Norm) {
			j-- // "the weary governor"
		}
		if toks[j].Norm != "the" {
			return ""
		}
		who := b.people.ByTitle(t.Norm)
		opposite := "his"
		if toks[k].Norm == "his" {
			opposite = "her"
		}
		if who != "" && !b.rules.Names.Same(who, b.lastPerson.standsFor(toks[k].Norm, si)) &&
			b.rules.Names.Same(who, b.lastPerson.standsFor(opposite, si)) {
			return "" // the person is known to be of the other sex: "his" is the last man's
		}
		return who
	}
	return ""
}

// personGoneOn is the person the text goes on about, for a possessive
// "his" or "her" in a sentence that names no one before it and opens with
// it or with its subject pronoun ("His age, 75, could be problematic"; "He
// said his two sons ..."), which is the person the sentences before are
// about (whoHeIs); "" otherwise: in "The bodies of his daughter and her six
// children" "her" is the daughter.
func (b *builder) personGoneOn(possessive string, si int, s segment.Sentence) string {
	i := b.subjectStart(s)
	if w := b.norm(i, s); w != possessive && !(w == "he" && possessive == "his" || w == "she" && possessive == "her") {
		return ""
	}
	return b.lastPerson.standsFor(possessive, si)
}

// reportsAt reports a subject's verb group at token j that reports speech
// or thought: an attribution cue after at most two auxiliaries or adverbs
// ("He said", "She estimated", "He is described as"), unless an indefinite
// article follows it, which makes what follows its object ("He posted a
// 74-page manifesto").
func (b *builder) reportsAt(j int, s segment.Sentence) bool {
	for k := j; k < min(s.Last, j+3); k++ {
		w := b.txt.Tokens[k].Norm
		if b.rules.Attribution.Cues.HasWord(w) {
			n := b.norm(k+1, s)
			return n != "a" && n != "an"
		}
		if !english.IsAuxiliary(w) && !english.IsAdverb(w) && !english.IsNegator(w) {
			return false
		}
	}
	return false
}

// placeBefore is the place a distance set after it by a comma is measured
// from: "we reached Kailasagiri beach, about 20km away" (a name ending
// right before the comma), else "".
func (b *builder) placeBefore(mv mention.Mention, s segment.Sentence) string {
	k := mv.First - 1
	if b.norm(k, s) != "," {
		return ""
	}
	p := b.npBefore(k, s)
	if !p.ok() || p.last != k || !b.txt.Tokens[p.first].Cap || p.first == s.First && !b.isName(p.first, s) {
		return "" // a name, and its noun: "Kailasagiri beach"
	}
	return b.span(p.first, p.last)
}

// countsPeople reports a figure mv that counts people: the last word of
// the noun phrase after it is one of rules.yaml casualties.people
// ("2 officers"; not "20 rounds").
func (b *builder) countsPeople(mv mention.Mention, s segment.Sentence) bool {
	p := b.npAt(mv.Last, s)
	return p.ok() && b.personNoun(b.txt.Tokens[p.last-1].Norm)
}

// countsPortions reports a figure mv that counts the parts a thing comes
// in: the noun after it, or its unit, is one of rules.yaml frames.portions
// ("in two doses"; not "arrested in two states").
func (b *builder) countsPortions(mv mention.Mention, s segment.Sentence) bool {
	if p := b.npAt(mv.Last, s); p.ok() {
		return b.rules.Frames.Portions.HasWord(english.Singular(b.txt.Tokens[p.last-1].Norm))
	}
	return mv.Value != nil && b.rules.Frames.Portions.HasWord(english.Singular(mv.Value.Unit))
}

// pronounContraction reports a subject pronoun contracted with its verb:
// "i'm", "we're", "they've".
func pronounContraction(w string) bool {
	if k := strings.IndexAny(w, "'’"); k > 0 {
		return english.IsSubjectPronoun(w[:k])
	}
	return false
}
