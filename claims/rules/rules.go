package rules

import (
	"sort"
	"strings"
	"unicode"

	"github.com/claimdiff/claimdiff/claims/english"
	"github.com/claimdiff/claimdiff/claims/mention"
	"github.com/claimdiff/claimdiff/claims/names"
	"github.com/claimdiff/claimdiff/claims/phrase"
	"github.com/claimdiff/claimdiff/claims/segment"
	"github.com/claimdiff/claimdiff/claims/wordset"
)

// Rules is a compiled rules file: vocabulary, claim kinds and claim rules.
// It is immutable after Load and safe for concurrent use.
type Rules struct {
	// File names where the rules came from, for messages ("rules.yaml",
	// "(default)").
	File string
	// Version is the rules language version the file declares.
	Version int
	// Aliases normalises names: "Qasem Soleimani" -> "Qassem Soleimani".
	Aliases *Aliases
	// Titles are words stripped from the front of names: "President", "Gen.".
	Titles *phrase.Set[bool]
	// Names finds names with the particles and suffixes the rules give
	// (names:). It is immutable: clones share it.
	Names *names.Scanner
	// Units maps unit phrases to unit names for the quantity recogniser.
	Units *phrase.Set[string]
	// Currencies names the currencies of money amounts: "$", "US$",
	// "dollars" -> USD.
	Currencies *mention.Currencies
	// Places are canonical names of places: never people, and candidates
	// for the place slot.
	Places map[string]bool
	// Kinds holds each claim kind's comparison defaults.
	Kinds map[string]*Kind
	// Rules are the claim rules in priority order: when two rules claim the
	// same quantity, the earlier one wins; fallback rules come last.
	Rules []*Rule
	// Attribution vocabulary: cue verbs, according-to phrases, hedges and
	// speaker classes (used by the attribution stage).
	Attribution *Attribution
	// Frames is the vocabulary that tells what a number measures.
	Frames *Frames
	// Time is the vocabulary of time anchors: zones, relative phrases.
	Time *Time
	// Compare holds comparison settings such as the statement threshold.
	Compare CompareSettings
	// Stories holds the vocabulary of story grouping.
	Stories StoriesSettings
	// Casualties is the vocabulary that finishes casualty claims.
	Casualties *Casualties
	// Asides is the vocabulary of page text that is not the article.
	Asides *Asides
	// Fingerprint identifies the rules' content (a hash of the file, and of
	// the rules it extends): an index re-extracts documents indexed under
	// other rules.
	Fingerprint string

	index anchorIndex
	byID  map[string]*Rule
	// priority is each rule's index in Rules (Priority), built with byID.
	priority map[*Rule]int
	byHead   map[string]*Kind
}

// CompareSettings tune alignment of claims across documents.
// StoriesSettings are the vocabulary story grouping takes from the rules.
type StoriesSettings struct {
	// BoilerplateWords mark web page furniture: a sentence with two or
	// more of them (a sign-up box, a copyright line) is not part of the
	// article's story features.
	BoilerplateWords map[string]bool
}

// CompareSettings are how claims are aligned across outlets.
type CompareSettings struct {
	// StatementThreshold is the content-word overlap (Jaccard, 0..1) above
	// which two sentences from different documents state the same fact.
	StatementThreshold float64
	// StopWords are left out of the statement overlap.
	StopWords map[string]bool
	// Stages are the stages of a story told over months (a criminal case:
	// charge and arraignment, then conviction and sentencing), earliest
	// first, each the lower-case phrases that name it. Figures of a kind
	// that grows with time (Kind.Grows: an age) stated beside words of two
	// different stages hold at different times.
	Stages [][]string
	// Synonyms are groups of lower-case words that outlets use for one
	// another in a statement ("replace", "succeed"): statements are aligned
	// as if each word of a group were the group's first.
	Synonyms [][]string
	// LifeStages are the words of a time of someone's life ("child",
	// "teenager"): a figure whose clause says "when X was a child" is
	// history, not the story's fact.
	LifeStages map[string]bool
	// LongAgo are the lower-case phrases that date a clause far back
	// ("years ago", "decades earlier"): a figure in such a clause is
	// history, not the story's fact.
	LongAgo []string
	// CountsFrom are the lower-case words that, just before a long-ago
	// phrase, make it the start of a running count ("since it began two
	// years ago"), not the time of a figure.
	CountsFrom map[string]bool
	// SettingWords are the lower-case words of an address or a setting
	// ("block", "street"): every outlet of an incident writes them, so
	// two sentences that share only them and names ("in the 3500 block of
	// S. 17th St.") share where, not what they state.
	SettingWords map[string]bool
}

// FrameFields are the frame fields a kind can name under frame.
var FrameFields = []string{"head", "entity", "change", "per", "scope", "cause"}

// FrameFieldsOf returns the frame fields that keep claims of the kind
// apart: its Frame, or all of FrameFields.
func (k *Kind) FrameFieldsOf() []string {
	if k == nil || k.Frame == nil {
		return FrameFields
	}
	return k.Frame
}

// Rule turns pattern matches into claims of one kind.
type Rule struct {
	ID          string
	Kind        string
	Description string
	Patterns    []*Pattern
	// Slots lists the slots filled by the default heuristics: subject (an
	// entity in or before the match), place ("in Iraq" after it) and time
	// (a date in the sentence).
	Slots []string
	// Negative words make the claim's value negative when they occur in the
	// match: "fell", "dropped" for a price change.
	Negative *phrase.Set[bool]
	// Unit, when set, replaces the value's unit in claims ("people").
	Unit string
	// Value, when set, is the claim's value for patterns with no number in
	// them: "a man was shot dead" is one person killed.
	Value *float64
	// Fallback rules only claim quantities no other rule claimed.
	Fallback bool
	// Tolerance overrides the kind's tolerance for this rule's claims.
	Tolerance *Tolerance
	// Perpetrator, when set, says whether this rule's casualty counts
	// include the perpetrator: PerpetratorIncluded ("three dead, including
	// the gunman") or PerpetratorExcluded ("killing two before turning the
	// gun on himself").
	Perpetrator string
	// Follows, when set, lists claim kinds one of which must stand earlier
	// in the sentence or in the two sentences before for this rule's claims
	// to stand: "a second was taken to hospital" counts a victim only after
	// a casualty has been counted.
	Follows  []string
	Examples []Example
	Pos      Pos
}

// Example is a text and the claims a rule must make from it. An example
// whose Claims is empty is negative: the rule must make nothing.
type Example struct {
	Text   string
	Claims []Expect
	Pos    Pos
}

// Expect is one expected claim in an example. Empty fields are not checked.
type Expect struct {
	Value   *float64
	Low     *float64
	High    *float64
	Bound   string
	Unit    string
	Subject string
	Place   string
	Victim  string
	Date    string
	Speaker string
	Form    string
	Hedged  *bool
	// Perpetrator is the claim frame's perpetrator flag: "included",
	// "excluded", or "none" for a claim whose frame does not say.
	Perpetrator string
	Pos         Pos
}

// The values of a casualty count's perpetrator flag (Rule.Perpetrator and
// the claim frame's Perpetrator field).
const (
	PerpetratorIncluded = "included"
	PerpetratorExcluded = "excluded"
)

// Attribution is the vocabulary of the attribution stage.
type Attribution struct {
	// Cues are speech verbs: "said", "tweeted", "claimed", "warned".
	Cues *phrase.Set[string]
	// AccordingTo are phrases that introduce a source: "according to", "per".
	AccordingTo *phrase.Set[bool]
	// Hedges are words and phrases that mark a claim as unverified.
	Hedges *phrase.Set[bool]
	// NegatedHedges hedge only after a negator: "nor ... provided details".
	NegatedHedges *phrase.Set[bool]
	// AttributiveHedges hedge only before what they qualify: "an apparent
	// murder-suicide"; as a predicate they say what is evident ("it
	// became apparent that").
	AttributiveHedges *phrase.Set[bool]
	// HedgeCues are cue verbs that hedge by themselves ("claimed", "alleged").
	HedgeCues map[string]bool
	// StanceCues are verbs that report a position held, not a statement
	// made: "wants", "supports", "plans", "declined". Their attributions
	// are recorded, but a claim in their scope is not sourced by them.
	StanceCues *phrase.Set[string]
	// ActCues are speech cues that also name a physical act ("attacked
	// a second mosque", "responded to the scene"): cues only where the
	// trained cue model reads them as speech.
	ActCues *phrase.Set[bool]
	// EvidenceCues are verbs by which a paper source speaks: "the poll
	// shows", "a study found": cues only when their speaker is a document.
	EvidenceCues *phrase.Set[string]
	// Captions are the words of photo captions and credits ("Buy Photo",
	// "File photo"): a speaker's phrase never reaches back over them.
	Captions *phrase.Set[bool]
	// Anonymous are speaker heads that name nobody: "officials", "sources".
	Anonymous *phrase.Set[bool]
	// AnonymousModifiers are the phrases by which a news story says why
	// a source it does not name knows: "people familiar with the talks",
	// "officials briefed on the plan", "a person close to the family".
	// After a head of Anonymous (or "person", a role in the plural) and
	// before the cue, the whole phrase is the anonymous speaker, and a
	// cue word in it ("briefed") is no cue.
	AnonymousModifiers *phrase.Set[bool]
	// Organisations are speaker heads that are organisations: "Pentagon".
	Organisations *phrase.Set[bool]
	// ClauseCues are speech cues that are acts before a plain object:
	// "the U.S. added 292,000 jobs", "has maintained a large lead". One
	// reports what was said only where a clause, a colon or a quote
	// follows it before a comma, or nothing does.
	ClauseCues *phrase.Set[bool]
	// FigureCues are verbs by which a source gives a figure as its own,
	// the figure after "at": "the ministry puts the death toll at 230".
	FigureCues *phrase.Set[bool]
	// PlaceHeads are the last words of place names: "Sea" of "Aral Sea",
	// "Island" of "Coney Island". A name of more than one word that ends
	// in one is a place, never the person "he" or "she" refers back to.
	PlaceHeads *phrase.Set[bool]
	// FemaleNames and MaleNames are given names borne by one sex far more
	// often than the other: where no title tells it, the first word of a
	// person's name tells which pronoun refers back to them ("Hillary
	// Clinton ... she said" is not Tim Kaine).
	FemaleNames, MaleNames *phrase.Set[bool]
	// Media are outlets cited as sources: "Reuters".
	Media *phrase.Set[bool]
	// Documents are paper sources: "statement", "report".
	Documents *phrase.Set[bool]
	// InDocuments are the documents whose figures a sentence gives as
	// found "in" them, which then source it as "according to" does: "38
	// percent support in a Fox poll", "Trump leads in the polls". The
	// phrase after "in" is the source when one heads it, or heads what it
	// is an "of" of ("the average of New Hampshire polls").
	InDocuments *phrase.Set[bool]
	// Disputing are the words with which an outlet disputes what a source
	// said ("Trump also falsely stated that"): the sentences after one
	// are the outlet's own, not the source's account carried on.
	Disputing *phrase.Set[bool]
	// MindCues are the cues of a state of mind rather than a report ("the
	// child thought someone was breaking in"): they source their own
	// clause but carry no account on to the sentences after. Listed by
	// their base forms, inflected on load.
	MindCues *phrase.Set[bool]
	// AddresseeCues are cues whose object is whom the speaker addressed,
	// never the speaker: "told Reuters", "assured reporters".
	AddresseeCues *phrase.Set[bool]
	// ColonLabels are words that make the capitalised words before a
	// colon a label, not a speaker: "Breaking:", "Analysis:", "Q:",
	// "Ingredients:", "Hurricane Ian:".
	ColonLabels *phrase.Set[bool]
	// ViewCues are verbs that report a view when their object is followed
	// by "as": "four in 10 voters see the campaign as unfair".
	ViewCues *phrase.Set[bool]
	// SharedSubject are the verbs and adjectives before "to" whose subject
	// is the speaker of the cue after "to": "Trump continued to say",
	// "he went on to say", "she was quick to point out". A base verb
	// stands for its forms ("go on": went on).
	SharedSubject *phrase.Set[bool]
	// WriterCues are verbs by which the writer reports how something
	// looks: "Trump seemed to mock him", "the forecast appeared
	// accurate". A cue the writer speaks: its subject is no speaker.
	// A base verb stands for its forms.
	WriterCues *phrase.Set[bool]
	// WithOpeners are verbs after which "with", a name and a participle
	// cue open an absolute phrase, the name its speaker: "The debate
	// ended with Lee asking". After a comma "with" always does (", with
	// Ruiz calling for a ban"). A base verb stands for its forms.
	WithOpeners *phrase.Set[bool]
	// InterviewSignals are words by which a document says it prints an
	// interview, before its "Q:" and "A:" turns: "in an interview",
	// "edited for length". Without one, questions and answers are the
	// outlet's own (an explainer's FAQ).
	InterviewSignals *phrase.Set[bool]
	// UnnamedCues are words by which the writer gives what a sentence
	// says to someone it does not name: "reportedly", "is expected to".
	// They are cues of someone unknown that source no claim (a hedge of
	// the hedges list marks the claim). A phrase opening with a
	// participle ("expected to") is one only after a form of "be": "The
	// storm is expected to bring"; "Ruiz expected to win" is Ruiz's
	// stance.
	UnnamedCues *phrase.Set[bool]
	// QuoteCues are verbs that attribute only the quote they frame: "called
	// the flooding 'the worst in living memory'", "described it as '...'".
	QuoteCues *phrase.Set[string]
	// Roles are nouns naming a person by what they do: "the mayor said", "a
	// spokesman for the ministry". A role is a speaker, and "the governor"
	// refers back to the person last named with that title.
	Roles *phrase.Set[bool]
	// Departments are what a title names after "of" before the person's
	// name: "Secretary of Homeland Security Kirstjen Nielsen".
	Departments *phrase.Set[bool]
	// PartyTags are the party-and-state tags written after a legislator's
	// name ("R-Texas", "D-N.Y.", "I-Vt"): every party letter joined by a
	// hyphen to every state of the rules' party-states, each with and
	// without its closing period. A tag is the name's apposition, never a
	// speaker.
	PartyTags *phrase.Set[bool]
	// StateAbbreviations are the party-states written with a closing
	// period ("Tex.", "Calif."), without it: after a place and its comma
	// ("in Beaumont, Tex., Mr. Trump"), the place's state, never a
	// speaker.
	StateAbbreviations *phrase.Set[bool]
	// Idioms are set phrases holding a cue's word that report nothing:
	// "needless to say", "all told", "easier said than done". Their words
	// are no cues.
	Idioms *phrase.Set[bool]
	// GroupQuantities are nouns that count a part of a group before "of":
	// "a handful of Democrats", "a number of senators". The phrase is a
	// quantified group, nobody in particular.
	GroupQuantities *phrase.Set[bool]
	// Reproduced are phrases by which a statement's header announces the
	// document printed after it: "issued the following statement:".
	Reproduced *phrase.Set[bool]
}

// Lexicon returns the vocabulary the mention recognisers need.
func (r *Rules) Lexicon() *mention.Lexicon {
	return &mention.Lexicon{Units: r.Units, Currencies: r.Currencies, Names: r.Names}
}

// Rule returns the rule with the given id, or nil.
func (r *Rules) Rule(id string) *Rule {
	if r.byID != nil {
		return r.byID[id]
	}
	for _, ru := range r.Rules { // while loading, before the index is built
		if ru.ID == id {
			return ru
		}
	}
	return nil
}

// ToleranceFor returns the tolerance a claim of kind made by rule (may be
// empty) is compared with.
func (r *Rules) ToleranceFor(kind, rule string) Tolerance {
	if ru := r.Rule(rule); ru != nil && ru.Tolerance != nil {
		return *ru.Tolerance
	}
	if k := r.Kinds[kind]; k != nil {
		return k.Tolerance
	}
	return Tolerance{}
}

// KindForHead returns the kind that covers a measured head, or nil.
func (r *Rules) KindForHead(head string) *Kind { return r.byHead[head] }

// buildHeads indexes the kinds by the heads they cover, and gives each
// kind the unit its rules give counts.
func (r *Rules) buildHeads() {
	r.byHead = map[string]*Kind{}
	names := make([]string, 0, len(r.Kinds))
	for name := range r.Kinds {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		for _, h := range r.Kinds[name].Heads {
			if _, dup := r.byHead[h]; !dup {
				r.byHead[h] = r.Kinds[name]
			}
		}
	}
	for _, ru := range r.Rules {
		if k := r.Kinds[ru.Kind]; k != nil && k.Unit == "" && ru.Unit != "" && ru.Value == nil {
			k.Unit = ru.Unit
		}
	}
}

// anchorRef points at a pattern anchored on a key: pattern of rule, pat.
// alts, for a pattern found by its anchor's word, are the anchor's
// alternatives that start with the word, where no alternative of the
// anchor starts with a prefix ("kill*"); nil otherwise. needs are the
// groups of words pat needs (Pattern.needs), as the index's needs number
// them.
type anchorRef struct {
	rule    *Rule
	pattern int
	pat     *Pattern
	alts    []int32
	needs   groupSet
}

// anchorIndex finds the patterns anchored at a token in O(1): by exact
// word, by mention type, and (rarely) by word prefix.
type anchorIndex struct {
	words    wordset.Map[[]anchorRef]
	mentions map[mention.Type][]anchorRef
	values   []anchorRef // anchored on {value}
	prefixes []prefixRef
	// wordBits holds each anchor word, and prefixStart each prefix's
	// first byte: most tokens anchor nothing, and are passed over without
	// a map look-up.
	wordBits    phrase.WordFilter
	prefixStart [256]bool
	// needs finds the groups of needed words a sentence may hold
	// (matcher.mayHold).
	needs *needIndex
}

// mayAnchor reports whether some pattern may be anchored on the word whose
// filter key is k (segment.Token.Key).
func (idx *anchorIndex) mayAnchor(k wordset.Key) bool { return idx.wordBits.MayKey(k) }

type prefixRef struct {
	prefix string
	ref    anchorRef
}

// Normalize returns the canonical form of a name written in an article:
// titles are stripped ("Gen. Qassem Soleimani" -> "Qassem Soleimani"), then
// the whole name, or failing that its longest alias inside, is looked up.
// Unknown names come back with titles stripped and spaces folded.
func (r *Rules) Normalize(name string) string {
	if !singleSpaced(name) {
		name = strings.Join(strings.Fields(name), " ")
	}
	toks := segment.Tokenize(name)
	i := 0
	var g byte // the sex a title tells: "Ms. Trump" is not Donald Trump
	for i < len(toks) {
		_, n := r.Titles.Longest(toks, i, len(toks))
		if n == 0 {
			break
		}
		g = max(g, titleSex(toks[i:i+n]))
		i += n
		if i < len(toks) && toks[i].Norm == "." {
			i++
		}
	}
	if i == len(toks) {
		return name
	}
	stripped := name[toks[i].Start:]
	if c, ok := r.Aliases.Canonical(stripped); ok && !r.otherSex(g, c) {
		return c
	}
	nt := &segment.Text{Src: name, Tokens: toks}
	for j := i; j < len(toks); j++ {
		if c, n := r.Aliases.Lookup(nt, j, len(toks)); n > 0 && r.aliasNames(toks, i, j, n, len(toks), c, g) {
			return c
		}
	}
	return stripped
}

// GivenSex is 'f' or 'm' for a token that is a woman's or a man's given
// name of the rules (female-names, male-names), 0 for any other: "Hillary",
// "Tim".
func (a *Attribution) GivenSex(t *segment.Token) byte {
	switch {
	case a.FemaleNames.MayStart(t) && a.FemaleNames.HasWordKey(t.Key, t.Norm):
		return 'f'
	case a.MaleNames.MayStart(t) && a.MaleNames.HasWordKey(t.Key, t.Norm):
		return 'm'
	}
	return 0
}

// titleSex is the sex a title's tokens tell ('f' for "Ms.", "Mrs.", 'm'
// for "Mr."), 0 for none.
func titleSex(title []segment.Token) byte {
	for i := range title {
		if g := english.TitleGender(title[i].Norm); g != 0 {
			return g
		}
	}
	return 0
}

// aliasNames reports an alias of n tokens at token m of a name, tokens
// [first, end) of toks past its titles (whose sex is g), that names its
// canonical person c: the alias ends the name with no other given name
// opening it ("President Trump", not "Ivanka Trump"), or opens it with no
// suffix after it (not "Donald Trump Jr."), and no title says the other
// sex ("Ms. Trump").
func (r *Rules) aliasNames(toks []segment.Token, first, m, n, end int, c string, g byte) bool {
	return (m+n == end && !r.otherGivenName(toks, first, m, c) || m == first && !r.suffixAt(toks, m+n)) && !r.otherSex(g, c)
}

// suffixAt reports a name's suffix at token k of toks ("Jr.", "III"):
// "Donald Trump Jr." after the alias "Donald Trump" is his son.
func (r *Rules) suffixAt(toks []segment.Token, k int) bool {
	return k < len(toks) && r.Names.IsSuffix(toks[k].Norm)
}

// otherSex reports a title's sex g ('f' or 'm', 0 for none) that is not
// the one the given name of canonical tells: "Ms. Trump" is not Donald
// Trump.
func (r *Rules) otherSex(g byte, canonical string) bool {
	if g == 0 {
		return false
	}
	known := r.NameSex(canonical)
	return known != 0 && known != g
}

// NameSex is 'f' or 'm' for a person's name of more than one word whose
// first is a woman's or a man's given name of the rules
// (Attribution.GivenSex): "Hillary Clinton", "Donald Trump"; 0 for any
// other, a one-word name included (its word may be a surname). It
// tokenises the word: a caller that has the name's tokens asks GivenSex
// of the first.
func (r *Rules) NameSex(name string) byte {
	first, rest, ok := strings.Cut(name, " ")
	if !ok || rest == "" || r.Attribution == nil {
		return 0
	}
	toks := segment.Tokenize(first)
	if len(toks) != 1 {
		return 0
	}
	return r.Attribution.GivenSex(&toks[0])
}

// otherGivenName reports a name, tokens [first, m) of toks and an alias
// at m that ends it, whose first word is a given name other than the
// alias's canonical name's: "Ivanka Trump" is not "Donald Trump" though
// "Trump" is his alias, where "President Trump", "U.S. President Donald
// Trump" and "Donald John Trump" are. The given names are the rules'
// (attribution.female-names, male-names).
func (r *Rules) otherGivenName(toks []segment.Token, first, m int, canonical string) bool {
	if first >= m || r.Attribution == nil {
		return false
	}
	t := &toks[first]
	if !t.Cap || r.Attribution.GivenSex(t) == 0 {
		return false
	}
	given, _, _ := strings.Cut(canonical, " ")
	return !strings.EqualFold(given, t.Norm)
}

// NormalizeAt is Normalize of the text of tokens [i, j) of txt, read from
// those tokens instead of tokenising the text again: they are the tokens
// Normalize would make of it when it is its words one space apart and does
// not open with an apostrophe (whose "'s" the tokeniser reads by the word
// before). Otherwise it is Normalize.
func (r *Rules) NormalizeAt(txt *segment.Text, i, j int) string {
	if i >= j {
		return ""
	}
	toks := txt.Tokens
	name := txt.Src[toks[i].Start:toks[j-1].End]
	if !spacedOnce(txt, i, j) || name[0] == '\'' || strings.HasPrefix(name, "’") {
		return r.Normalize(name)
	}
	k := i
	var g byte // the sex a title tells, as in Normalize
	for k < j {
		_, n := r.Titles.Longest(toks, k, j)
		if n == 0 {
			break
		}
		g = max(g, titleSex(toks[k:k+n]))
		k += n
		if k < j && toks[k].Norm == "." {
			k++
		}
	}
	if k == j {
		return name
	}
	stripped := txt.Src[toks[k].Start:toks[j-1].End]
	if c, ok := r.Aliases.canonicalAt(toks, k, j, stripped); ok && !r.otherSex(g, c) {
		return c
	}
	for m := k; m < j; m++ {
		if c, n := r.Aliases.Lookup(txt, m, j); n > 0 && r.aliasNames(toks, k, m, n, j, c, g) {
			return c
		}
	}
	return stripped
}

// spacedOnce reports that the text of tokens [i, j) of txt is its words
// one space apart (singleSpaced): read from the gaps between the tokens
// (segment.Text.SpacedOnce), and where a gap is anything else, from the
// text itself.
func spacedOnce(txt *segment.Text, i, j int) bool {
	return txt.SpacedOnce(i, j) || singleSpaced(txt.Src[txt.Tokens[i].Start:txt.Tokens[j-1].End])
}

// singleSpaced reports whether s is its words one space apart, as
// strings.Fields and strings.Join would give them back: no other space,
// none at either end.
func singleSpaced(s string) bool {
	prev := ' '
	for _, r := range s {
		if unicode.IsSpace(r) && (r != ' ' || prev == ' ') {
			return false
		}
		prev = r
	}
	return s == "" || prev != ' '
}
