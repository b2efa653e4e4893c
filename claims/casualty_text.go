package claims

import (
	"strings"

	"github.com/claimdiff/claimdiff/claims/english"
	"github.com/claimdiff/claimdiff/claims/phrase"
	"github.com/claimdiff/claimdiff/claims/rules"
	"github.com/claimdiff/claimdiff/claims/segment"
)

// casualtyText is what the casualty stages that read a claim's words
// beside it need of a document: its tokens and sentences, and the rules'
// casualty vocabulary. Its methods are plain readings of those, with no
// state of their own.
type casualtyText struct {
	toks  []segment.Token
	sents []segment.Sentence
	voc   *rules.Casualties
	in    *rules.Input      // the mentions, by token (Cover)
	prev  *phrase.Set[bool] // rules.yaml frames.previous
}

// claimEnd is the token after a claim's last: its words are tokens
// [c.tok, claimEnd(c)), all in its sentence. The casualty stage sets it
// once per claim (c.end, by setEnds), and it is read from there.
func (t casualtyText) claimEnd(c *Claim) int {
	if c.end > c.tok {
		return c.end
	}
	return t.findEnd(c)
}

// setEnds records each claim's end, read once from its tokens.
func (t casualtyText) setEnds(cs []Claim) {
	for i := range cs {
		cs[i].end = t.findEnd(&cs[i])
	}
}

// findEnd reads the token after a claim's last from its tokens.
func (t casualtyText) findEnd(c *Claim) int {
	last := t.sents[c.sent].Last
	end := c.tok
	for end < last && t.toks[end].Start < c.Span.End {
		end++
	}
	return end
}

// casualtyText gives the document's text and casualty vocabulary, for the
// stages that read a claim's words beside it.
func (b *builder) casualtyText() casualtyText {
	return casualtyText{toks: b.txt.Tokens, sents: b.txt.Sentences, voc: b.rules.Casualties, in: b.in, prev: b.rules.Frames.Previous}
}

// tellsDeathIn reports a word of rules.yaml casualties.deaths in sentence
// s outside a denial: "they died early Monday", not "no one died".
func (t casualtyText) tellsDeathIn(s segment.Sentence) bool {
	toks := t.toks
	deaths := t.voc.Deaths
	denied := false
	for i := s.First; i < s.Last; i++ {
		switch w := toks[i].Norm; {
		case english.IsNegator(w) || w == "nobody":
			denied = true
		case deaths.HasWord(w) && !denied:
			return true
		}
	}
	return false
}

// has reports whether a phrase of set stands in tokens [from, to).
func (t casualtyText) has(set *phrase.Set[bool], from, to int) bool {
	for i := from; i < to; i++ {
		if _, n := set.Longest(t.toks, i, to); n > 0 {
			return true
		}
	}
	return false
}

// storyCount reports a casualty count with a value that is the story's
// own figure: no frame scope keeps it apart (a total, "in all", is one).
func storyCount(c *Claim) bool {
	return c.Value != nil && (c.Frame == nil || c.Frame.Scope == "" || c.Frame.Scope == "total")
}

// setCause sets an injured count's frame cause, creating its frame.
func setCause(c *Claim, cause string) { frameFor(c).Cause = cause }

// frameFor is a claim's frame, created when it has none.
func frameFor(c *Claim) *Frame {
	if c.Frame == nil {
		c.Frame = &Frame{}
	}
	return c.Frame
}

// The casualty kinds. "shot" counts people hit by gunfire, the dead and
// the wounded together: shot = killed + injured when all three are given.
const (
	kindKilled  = "killed"
	kindInjured = "injured"
	kindShot    = "shot"
)

// followWindow is how many sentences back a rule's follows: look-back
// reaches ("One man died at the scene. A second was taken to hospital.").
const followWindow = 2

// claimWindow bounds every look at neighbouring claims to this many, so a
// document that is one endless sentence stays linear.
const claimWindow = 16

// The scopes a casualty count takes beyond the frames' own (current,
// total, previous): what the count covers when it is not the story's
// incident's figure. Compare keeps a scoped count apart from the story's
// counts (a figure with no scope is a running total).
const (
	scopePrevious = "previous" // another, earlier incident's ("eight months after a bystander was killed")
	scopeTally    = "tally"    // several incidents' ("in separate shootings", "this year")
	scopeOther    = "other"    // another, later incident's ("hours before three officers were shot dead"), or one named as another ("in another shooting")
	scopePart     = ScopePart  // some of the victims ("two of the victims", "two men and two women")
	scopeCurrent  = "current"  // the frames' scope of a figure said to stand now ("six remained in critical condition")
	// scopeRevised is the story's own count as first reported, since
	// revised: the wounded before some of them died ("five people hurt",
	// then "one of them has died"), or a figure the document calls a first
	// report ("originally, reports said eight were injured"). It was true
	// then; compare keeps it apart from the standing figures.
	scopeRevised = "revised"
)

// isCasualty reports a casualty kind.
func isCasualty(kind string) bool {
	return kind == kindKilled || kind == kindInjured || kind == kindShot || kind == "missing"
}

// setScope sets a claim's frame scope, creating its frame, unless scope
// is empty.
func setScope(c *Claim, scope string) {
	if scope != "" {
		frameFor(c).Scope = scope
	}
}

// isListJoiner reports a word that joins groups in a list: "and", "&", a
// comma.
func isListJoiner(w string) bool { return w == "and" || w == "&" || w == "," }

// additive reports a word that adds people to those already told of:
// "two others were hurt", "no one else", "no further injuries", "22 more
// wounded", "another victim". The casualty stages read it to tell a count
// beside earlier ones (othersBesides) and a zero beyond them (beyond).
func additive(w string) bool {
	switch w {
	case "else", "further", "additional", "more", "another":
		return true
	}
	return isOther(w)
}

// isOther reports "other" or "others", the additive words that after a
// number make its count the rest of a group ("22 others injured"): "more"
// after a number ("Two people were killed and seven more people shot")
// counts the next outcome, not a part.
func isOther(w string) bool { return w == "other" || w == "others" }

// personNoun reports a noun of people (rules.yaml casualties.people), plural
// or singular, or an age used as one: "3-year-old".
func (b *builder) personNoun(w string) bool {
	return b.rules.Casualties.People.HasWord(english.Singular(w)) || strings.HasSuffix(w, "-old") || strings.HasSuffix(w, "-olds")
}

// victimNoun reports a noun that may name a victim: a noun of people
// (personNoun) or one of the nouns rules' patterns name one victim or kin
// by (rules.yaml casualties.person-nouns, kin-nouns: "driver",
// "stepson").
func (b *builder) victimNoun(w string) bool {
	voc := b.rules.Casualties
	return b.personNoun(w) || voc.PersonNouns.HasWord(w) || voc.KinNouns.HasWord(w)
}
