package compare

import (
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/english"
	"github.com/claimdiff/claimdiff/claims/mention"
	"github.com/claimdiff/claimdiff/claims/rules"
	"github.com/claimdiff/claimdiff/claims/segment"
)

// The fields that can keep two claims apart, as named in near-misses and
// in a finding's matched fields. The frame fields are rules.FrameFields.
const (
	fieldKind     = "kind"
	fieldUnit     = "unit"
	fieldSubject  = "subject"
	fieldVictim   = "victim"
	fieldTime     = "time"
	fieldPlace    = "place"
	fieldHead     = "head"
	fieldEntity   = "entity"
	fieldChange   = "change"
	fieldPer      = "per"
	fieldScope    = "scope"
	fieldCause    = "cause"
	fieldEvidence = "evidence"
)

// frameOf returns the claim's frame, or the empty frame of a claim that has
// none (extracted before frames, or without a value).
func frameOf(c *claims.Claim) claims.Frame {
	if c.Frame == nil {
		return claims.Frame{}
	}
	return *c.Frame
}

// frameField returns one frame field of f by its rules name ("" for unset).
func frameField(f claims.Frame, field string) string {
	switch field {
	case fieldHead:
		return f.Head
	case fieldEntity:
		return f.Entity
	case fieldPer:
		return f.Per
	case fieldScope:
		return f.Scope
	case fieldCause:
		return f.Cause
	case fieldChange:
		if f.Change {
			return "change"
		}
	}
	return ""
}

// names decides whether two names written by two outlets are one entity:
// the same after the rules' aliases and titles, or one name's words all
// within the other's ("Tarrant" and "Brenton Tarrant", "Laura" and
// "Hurricane Laura"). Normalised names are cached: a comparison meets the
// same few names many times.
type names struct {
	r     *rules.Rules
	cache map[string][]string
}

func newNames(r *rules.Rules) *names { return &names{r: r, cache: map[string][]string{}} }

// words returns a name's normalised words, lower-case, without a leading
// article or a possessive.
func (n *names) words(s string) []string {
	if w, ok := n.cache[s]; ok {
		return w
	}
	norm := s
	if n.r != nil {
		norm = n.r.Normalize(s)
	}
	var out []string
	for i, w := range strings.Fields(strings.ToLower(norm)) {
		w = nameWord(w)
		if w == "" || (i == 0 && (w == "the" || w == "a" || w == "an")) {
			continue
		}
		out = append(out, w)
	}
	n.cache[s] = out
	return out
}

// nameWord is a lower-case word as names compare it: without a possessive
// or the punctuation around it.
func nameWord(w string) string {
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	return strings.Trim(w, ".,;:\"'()")
}

// frames returns the rules' frame vocabulary (empty without rules).
func (n *names) frames() *rules.Frames {
	if n.r == nil || n.r.Frames == nil {
		return &rules.Frames{}
	}
	return n.r.Frames
}

// zones returns the rules' time zones (nil without rules).
func (n *names) zones() map[string]*time.Location {
	if n.r == nil || n.r.Time == nil {
		return nil
	}
	return n.r.Time.Zones
}

// same reports whether a and b name one thing; an empty name matches any.
func (n *names) same(a, b string) bool {
	if a == "" || b == "" || a == b {
		return true
	}
	wa, wb := n.words(a), n.words(b)
	if len(wa) == 0 || len(wb) == 0 {
		return true
	}
	return shorterWithin(wa, wb)
}

// sameScope reports whether two count scopes can describe one figure: a
// figure with no scope is a running total ("13 killed"), so it matches
// "total" but not "current" ("now in hospital") or "previous" ("the
// previous night"), and a part ("three of the victims",
// claims.ScopePart) is kept apart from the whole.
func sameScope(a, b string) bool {
	return totalScope(a) == totalScope(b)
}

func totalScope(s string) string {
	if s == "" {
		return "total"
	}
	return s
}

// frameSide is what a group knows of its fact: each slot and frame field
// as the first claim that gives it says it.
type frameSide struct {
	subject string
	place   string
	date    *mention.DateValue
	frame   claims.Frame
	measure *rules.Measure // the measure its claims name, if any
	// entityNamed reports that frame.entity is a name the sentence it was
	// read from shows (named).
	entityNamed bool
	stage       stage // the story's stage its claims are stated at, for a kind that grows
	withDead    bool  // its primary claim counts the dead among the hurt
}

// fill takes the slots the side lacks from an item's claim.
func (s *frameSide) fill(it *item) {
	c := it.c
	if s.subject == "" {
		s.subject = it.subject
	}
	if s.place == "" {
		s.place = it.place
	}
	if s.date == nil {
		s.date = c.Date
	}
	f := frameOf(c)
	if s.frame.Measured == "" {
		s.frame.Measured = f.Measured
	}
	if s.frame.Head == "" {
		s.frame.Head = f.Head
	}
	if s.frame.Entity == "" || f.Entity != "" && !s.entityNamed && it.entityNamed {
		// a name ("Riverside") says more than a description ("attack")
		s.frame.Entity, s.entityNamed = f.Entity, it.entityNamed
	}
	if s.frame.Scope == "" {
		s.frame.Scope = f.Scope
	}
	if s.frame.Per == "" {
		s.frame.Per = f.Per
	}
	if s.frame.Perpetrator == "" {
		s.frame.Perpetrator = f.Perpetrator
	}
	if s.frame.Cause == "" {
		s.frame.Cause = f.Cause
	}
	if s.frame.Time == nil {
		s.frame.Time = f.Time
	}
	s.frame.Change = s.frame.Change || f.Change
	if s.frame.Direction == "" {
		s.frame.Direction = f.Direction
	}
}

// apart names the first slot or frame field on which a claim contradicts
// what a side knows of its fact, or "" when it can describe the same fact:
// each field equal (names by names.same; heads that name one measure of
// the rules' frames.measures alike: m is the claim's measure), or missing
// on one side. Time and place always count, and for a kind that grows
// with time the stage of the story (st); the frame fields the kind lists
// (rules FrameFieldsOf) count too.
func apart(s *frameSide, it *item, k *rules.Kind, nm *names) (string, string) {
	c, m, st := it.c, it.m, it.stage
	fr := nm.frames()
	if subj := it.subject; s.subject != "" && subj != "" && !nm.same(s.subject, subj) {
		return fieldSubject, s.subject + " vs " + subj
	}
	if c.Kind == claims.KindEventTime {
		// an event time's time is its value, compared by the verdict
	} else if s.date != nil && c.Date != nil && !keyedByDate(k) && !datesOverlap(s.date, c.Date) {
		return fieldTime, s.date.String() + " vs " + c.Date.String()
	}
	if (k == nil || !k.Revisable) && c.Kind != claims.KindEventTime {
		// a revisable figure at another time is an update of it
		if why := differentTimes(s.frame.Time, anchorOf(c), nm.zones()); why != "" {
			return fieldTime, why
		}
	}
	if staged(k) && s.stage.n != 0 && st.n != 0 && s.stage.n != st.n {
		// "Hernandez, 17, pleaded not guilty" and "Hernandez, 18, was
		// sentenced": a year may lie between; "indicted on three counts"
		// and "convicted on three counts": the counts of two stages
		return fieldTime, fmt.Sprintf("%q vs %q: different stages of the story", s.stage.word, st.word)
	}
	if place := it.place; s.place != "" && place != "" && !nm.same(s.place, place) {
		return fieldPlace, s.place + " vs " + place
	}
	if s.withDead != it.withDead {
		return fieldScope, "the dead counted among the hurt in one and not the other"
	}
	f := frameOf(c)
	if parts, ok := fr.DifferentParts(s.frame.Head, f.Head); ok {
		return fieldHead, parts // "four adults" and "1 child": different people
	}
	for _, field := range k.FrameFieldsOf() {
		a, b := frameField(s.frame, field), frameField(f, field)
		switch field {
		case fieldChange, fieldPer:
			continue // in the identity key
		case fieldScope:
			if s.frame.Scope != "" || f.Scope != "" {
				if !sameScope(a, b) {
					return field, orNone(a) + " vs " + orNone(b)
				}
			}
			continue
		case fieldEntity:
			if s.entityNamed && it.entityNamed && !nm.same(a, b) {
				return field, a + " vs " + b
			}
			continue
		}
		if field == fieldHead && s.measure != nil && s.measure == m {
			continue // "positive tests" and "cases": one measure
		}
		if a != "" && b != "" && a != b {
			return field, a + " vs " + b
		}
	}
	return "", ""
}

// named reports an entity that holds a name ("Hurricane Laura", "WTI
// crude", "Riverside"): a capitalised word that is not a closed-class word
// ("The", "In"), read from a sentence whose capitals mean something. Only
// two names can tell facts apart: outlets describe one event in their own
// common nouns ("the attack", "the shooting", "the massacre"), so a
// description differs from nothing; and in a headline written in title
// case ("Five Shot Dead In South Shore") every word is capitalised, so
// capitals show no name there. Nor does the capital of a sentence's first
// word that its document writes in lower case elsewhere (lower): "Man gets
// 20-42 years" over "A 30-year-old man will spend 20 to 42 years".
func named(entity, sentence string, lower map[string]bool) bool {
	if titleCase(sentence) || openingWord(entity, sentence) && lower[strings.ToLower(entity)] {
		return false
	}
	for _, w := range strings.Fields(entity) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) && !english.IsFunctionWord(strings.ToLower(w)) {
			return true
		}
	}
	return false
}

// openingWord reports a one-word entity that its sentence holds only as
// its first word.
func openingWord(entity, sentence string) bool {
	if entity == "" || strings.Contains(entity, " ") {
		return false
	}
	for i, w := range strings.Fields(sentence) {
		if strings.Trim(w, "\"'“‘(,.:;") == entity {
			return i == 0 && strings.Count(sentence, entity) == 1
		}
	}
	return false
}

// lowerCaseWords is the set of words a document writes in lower case, as
// its tokens' normal forms. A result read from the cache holds no tokens
// (comparison reads none but these): its text is tokenised again, so that
// a cached comparison reads what a fresh one does.
func lowerCaseWords(res *claims.Result) map[string]bool {
	out := map[string]bool{}
	toks := res.Text.Tokens
	if toks == nil {
		toks = segment.Tokenize(res.Text.Src)
	}
	for _, t := range toks {
		if t.Kind == segment.Word && !t.Cap {
			out[t.Norm] = true
		}
	}
	return out
}

// slotsOf is the claim's place and subject slots as compared, none from a
// sentence in capitals: in "POLICE SAY FIVE PEOPLE IN TOTAL WERE SHOT"
// every word looks like a name ("TOTAL", "HANDS", "CAR").
func slotsOf(c *claims.Claim) (place, subject string) {
	if c.Place == "" && c.Subject == "" || shouted(c.Sentence) {
		return "", ""
	}
	return c.Place, c.Subject
}

// shouted reports a sentence in capitals, as broadcast transcripts and
// some headlines are written: at least four in five of its words of four
// letters or more upper case ("Carmen: NEW DETAILS IN THE SHOOTING DEATH
// ..."), at least three of them.
func shouted(sentence string) bool {
	long, upper := longWords(sentence, func(w string) bool { return strings.ToUpper(w) == w })
	return upper >= 3 && upper*5 >= long*4
}

// titleCase reports a sentence written in title case or in capitals, as
// headlines are: most of its words of four letters or more start with a
// capital (ordinary prose capitalises its names only).
func titleCase(sentence string) bool {
	long, upper := longWords(sentence, startsCapital)
	return long >= 3 && upper*4 >= long*3
}

// longWords counts the words of four letters or more of a sentence (its
// letters only), and how many of them are capitalised as capital says.
func longWords(sentence string, capital func(w string) bool) (long, capitalised int) {
	for _, w := range strings.Fields(sentence) {
		w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
		if utf8.RuneCountInString(w) < 4 {
			continue
		}
		long++
		if capital(w) {
			capitalised++
		}
	}
	return long, capitalised
}

func orNone(s string) string {
	if s == "" {
		return "(none)"
	}
	return s
}

// measureOf returns the measure (rules frames.measures) a generic claim's
// figure names: by its frame's measured phrase, or by a cue in the rest of
// its clause ("at least 100 people on the ship are infected"
// counts cases). Nil for typed kinds, which are their own measure, and for
// figures no measure names.
func measureOf(r *rules.Rules, c *claims.Claim) *rules.Measure {
	if c.Value == nil || r.Frames == nil || len(r.Frames.Measures) == 0 {
		return nil
	}
	if !takesMeasure(r, c.Kind) {
		return nil
	}
	f := frameOf(c)
	return r.Frames.MeasureOf(f.Measured, f.Head, clauseAfter(c))
}

// takesMeasure reports whether a claim of kind may take a measure
// (measureOf): a generic count's may. A claim of any other kind is
// identified by its kind first (identity), which Focus.mayShareKey reads
// before any identity is made.
func takesMeasure(r *rules.Rules, kind string) bool {
	k := r.Kinds[kind]
	return k != nil && k.Generic
}

// maxClause bounds the text after a figure that is read for a measure's
// cues.
const maxClause = 160

// clauseAfter is the lower-case text after the claim's figure up to the end
// of its clause (a semicolon or the sentence's end), at most maxClause
// bytes.
func clauseAfter(c *claims.Claim) string {
	from := c.Span.End - c.SentenceSpan.Start
	if from < 0 || from > len(c.Sentence) {
		return ""
	}
	rest := c.Sentence[from:]
	if i := strings.IndexByte(rest, ';'); i >= 0 {
		rest = rest[:i]
	}
	if len(rest) > maxClause {
		rest = rest[:maxClause]
	}
	return strings.ToLower(rest)
}

// keyedByDate reports a kind whose identity includes its date.
func keyedByDate(k *rules.Kind) bool {
	return k != nil && slices.Contains(k.Identity, "date")
}

func datesOverlap(a, b *mention.DateValue) bool {
	if a.Start == "" || b.Start == "" {
		return true
	}
	if a.Start[0] == '-' || b.Start[0] == '-' {
		// a year unknown on one side: compare month and day only
		return monthDay(a.Start) <= monthDay(b.End) && monthDay(b.Start) <= monthDay(a.End)
	}
	return a.Start <= b.End && b.Start <= a.End
}

func monthDay(d string) string {
	if len(d) >= 5 {
		return d[len(d)-5:]
	}
	return d
}

// besidesOthers reports a count of people besides some its sentence names:
// the figure followed by "other", "others" or "more" ("Davis and three
// other men", "two more people").
func besidesOthers(c *claims.Claim) bool {
	first, _, _ := strings.Cut(strings.TrimLeft(clauseAfter(c), " "), " ")
	switch strings.Trim(first, ",;:.") {
	case "other", "others", "more":
		return true
	}
	return false
}

// personWords are the words of a claim's text that may describe the
// person it counts, lower case and singular, a subject pronoun read as
// the sex it tells ("He died": male): heads the rules' parts
// (frames.parts) may hold.
func personWords(text string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
		switch english.PronounGender(w) {
		case 'm':
			w = "male"
		case 'f':
			w = "female"
		default:
			w = english.Singular(w)
		}
		out = append(out, w)
	}
	return out
}

// The perpetrator flags of a casualty frame (claims.Frame.Perpetrator).
const (
	perpIncluded = "included"
	perpExcluded = "excluded"
)

// The scopes of a count that is no document's whole count of its
// incident: one over several incidents or a period, an earlier or another
// incident's, one first reported and since revised, or some of the
// victims.
var notWhole = []string{"tally", "previous", "other", "revised", claims.ScopePart}

// personHead and victimHead are the heads of a count of people that
// names no part of them ("people", "victims").
const (
	personHead = "person"
	victimHead = "victim"
)

// repetitionHead is the head of a count of how many times an act was done
// ("shot five times", "fired it three times"): the multiplicative adverb
// of English grammar, closed-class like "once" and "twice".
const repetitionHead = "time"

// repetitions reports a count of how many times an act was done: it is
// the act's, and of whom it was done (Angel Colon "was shot five times",
// another survivor "was shot in the abdomen five times" are two facts).
func repetitions(c *claims.Claim) bool {
	return frameOf(c).Head == repetitionHead && c.Value != nil && c.Value.Unit == repetitionHead
}

// actOf is the verb a count of repetitions counts ("fired" in "then fired
// it three times"): the word before the figure, object pronouns skipped;
// "" when there is none.
func actOf(c *claims.Claim) string {
	for _, w := range wordsBefore(c, 3) {
		w = strings.Trim(w, ".,;:\"'()")
		if w == "" || english.IsPronoun(w) {
			continue
		}
		if english.IsFunctionWord(w) {
			return ""
		}
		return w
	}
	return ""
}
