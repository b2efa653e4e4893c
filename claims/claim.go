package claims

import (
	"cmp"
	"slices"
	"strings"

	"github.com/claimdiff/claimdiff/claims/mention"
)

// Span locates a claim in its document: byte offsets into the document's
// (normalised) text, and the 1-based line and column (in characters) of Start.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
	Line  int `json:"line"`
	Col   int `json:"col"`
}

// Claim is one factual claim made by one document. Its JSON form is part of
// the versioned contract documented in README.md.
type Claim struct {
	ID     string `json:"id"`
	Doc    string `json:"doc"`
	Source string `json:"source"`
	Kind   string `json:"kind"`
	Rule   string `json:"rule"`
	// Value is the claimed quantity, nil for claims without one (a named
	// victim, an event date, a quote).
	Value *mention.Value `json:"value"`
	// Date is when the claimed fact holds: the event date for event-date
	// claims, the time slot for others; nil when the sentence gives none.
	Date    *mention.DateValue `json:"date"`
	Subject string             `json:"subject"`
	Place   string             `json:"place"`
	Victim  string             `json:"victim"`
	// Text is the matched words (for quotes, the quoted words).
	Text string `json:"text"`
	// Sentence is the whole sentence the claim stands in.
	Sentence     string      `json:"sentence"`
	Span         Span        `json:"span"`
	SentenceSpan Span        `json:"sentence_span"`
	Attribution  Attribution `json:"attribution"`
	// Frame says what the claim's number measures; nil for claims without
	// a value (quotes, event dates, named victims).
	Frame *Frame `json:"frame,omitempty"`

	// sentence index and first token in the document, for alignment and
	// attribution; val is the index of the value's mention, or -1.
	sent, tok, val int
	// end is the token after the claim's last, set once by the casualty
	// stage for its own reading (claimEnd) and 0 outside it.
	end int
}

// Frame says what a number measures, so that two figures are compared only
// when they measure the same thing. Its time and place are the claim's Date
// and Place. Every field is read from the text; a field the text does not
// give stays empty, never guessed.
type Frame struct {
	// Measured is the thing counted or measured, a short noun phrase as the
	// text words it ("studio albums", "people taken to hospital", "maximum
	// sustained winds"); empty when the text names none.
	Measured string `json:"measured"`
	// Head is Measured's head word, lower-case and singular ("album",
	// "person", "wind").
	Head string `json:"head"`
	// Entity is what or whom the figure is about: "WTI crude", "FTSE 100",
	// "John Smith", "Hurricane Laura"; normalised as a name where it is one.
	Entity string `json:"entity"`
	// Change is set for a change ("fell 4.1%", "up $8", "cut by 10 per
	// cent"), as opposed to a level ("at $58.24", "140 mph").
	Change bool `json:"change"`
	// Direction is "up" or "down" for a change with a direction, and for a
	// level reached by a move ("the toll rose to 18": a level, up).
	Direction string `json:"direction,omitempty"`
	// Per is the denominator of a rate: "barrel", "ounce", "day",
	// "100,000 people"; empty for plain figures.
	Per string `json:"per,omitempty"`
	// Scope qualifies the period a count covers where the text says so:
	// "current" ("now in hospital"), "total" ("in all", "so far"),
	// "previous" ("the previous night", "a year earlier"; a casualty count
	// dated to an earlier event or placed before the story's), "tally" (a
	// casualty count over several incidents or a period: "killed in
	// separate shootings", "this year"), "other" (another, later
	// incident's casualty count: "hours before three officers were shot
	// dead"), "part" (ScopePart: a casualty count of some of the victims,
	// "three of the victims", "two men and two women"), "revised" (the
	// story's own casualty count as first reported, since revised: "five
	// people hurt", then "one of them has died"); empty otherwise.
	Scope string `json:"scope,omitempty"`
	// Perpetrator says whether a casualty count includes the perpetrator:
	// "included" ("including the gunman"), "excluded" ("two others",
	// "not including the shooter"), or empty when the text does not say.
	Perpetrator string `json:"perpetrator,omitempty"`
	// Cause says what an injured count counts where the text tells causes
	// apart: "gunshot" (hit by gunfire: "16 suffering gunshot wounds",
	// "four from gunshots"), "other" (hurt otherwise: "four others
	// injured in the panic to flee", "one from flying glass") or "all"
	// (every cause together: "20 were hurt, with 16 suffering gunshot
	// wounds"); empty when the text does not tell them apart.
	Cause string `json:"cause,omitempty"`
	// Time is when the figure holds, as the sentence says it: "as of 4
	// p.m. CT Thursday", "the previous night", "in 1984"; nil when the
	// sentence gives no time.
	Time *TimeAnchor `json:"time,omitempty"`
}

// ScopePart is the scope of a casualty count of some of the victims
// ("three of the victims", "two men and two women"): compare keeps it apart
// from the incident's whole count.
const ScopePart = "part"

// TimeAnchor is when a figure holds: the words as written and their
// normalised reading. Weekdays and relative phrases ("on Tuesday", "a year
// earlier", "next week") are resolved against the date the sentence gives,
// else the document's publication date; a clock time with a zone ("4 p.m.
// CT", "21:00 GMT") on a known day is also an instant in UTC, so "4 p.m. CT
// Thursday" and "21:00 GMT on Thursday" (in August) are equal.
type TimeAnchor struct {
	// Text is the anchor as written, with its preposition: "as of 4 p.m.
	// CT Thursday".
	Text string `json:"text"`
	// Start and End are the dates (YYYY-MM-DD, or --MM-DD when the year is
	// unknown) the anchor covers; empty when it cannot be resolved.
	Start string `json:"start,omitempty"`
	End   string `json:"end,omitempty"`
	// Precision is "day", "week", "month", "year", or "unresolved" (a
	// relative anchor in a document with no publication date, or a clock
	// time alone).
	Precision string `json:"precision"`
	// Clock is the clock time as given, 24-hour ("16:00"), and Zone its
	// zone abbreviation ("CT"), "local", or empty.
	Clock string `json:"clock,omitempty"`
	Zone  string `json:"zone,omitempty"`
	// Instant is the moment in UTC (RFC 3339) when a clock time, a known
	// zone and a day are all given.
	Instant string `json:"instant,omitempty"`
	// Relative is set when the anchor was resolved against another date
	// (a weekday, "yesterday", "the previous night", "two days later").
	Relative bool `json:"relative,omitempty"`
	// Qualifier is the words before the anchor that widen or shift it,
	// lower case: an approximator ("around", "about") or a shift the rules
	// name (time.qualifiers: "shortly after", "by"); empty when none.
	Qualifier string `json:"qualifier,omitempty"`
}

// SentenceIndex is the index of the claim's sentence in its document.
func (c *Claim) SentenceIndex() int { return c.sent }

// SpeakerType classifies who stands behind a claim.
type SpeakerType string

// The speaker types; part of the JSON contract.
const (
	SpeakerPerson       SpeakerType = "person"
	SpeakerOrganisation SpeakerType = "organisation"
	SpeakerMedia        SpeakerType = "media"
	SpeakerDocument     SpeakerType = "document"
	SpeakerAnonymous    SpeakerType = "anonymous"
	// SpeakerUnknown is a quotation whose speaker the text does not let us
	// find: attributed (a quote is never a bare assertion) to nobody known.
	// An unknown speaker is never evidence of an attribution gap.
	SpeakerUnknown SpeakerType = "unknown"
	SpeakerNone    SpeakerType = "none"
)

// Form is how a claim is attributed.
type Form string

// The attribution forms; part of the JSON contract.
const (
	FormDirect      Form = "direct"       // inside a quote
	FormIndirect    Form = "indirect"     // "X said (that) ..."
	FormAccordingTo Form = "according-to" // "according to X, ..."
	FormNone        Form = "none"         // stated as bare fact
)

// Attribution says who a claim is attributed to, how, and how firmly.
type Attribution struct {
	Speaker     string      `json:"speaker"`
	SpeakerType SpeakerType `json:"speaker_type"`
	Cue         string      `json:"cue"`
	Form        Form        `json:"form"`
	Hedged      bool        `json:"hedged"`
	Hedge       string      `json:"hedge"`
	// Span is where the speaker is named; nil when there is no speaker.
	Span *Span `json:"span"`
	// CueSpan is where the cue stands ("said", "according to"); nil when
	// there is none.
	CueSpan *Span `json:"cue_span"`
	// Via is a reporting source behind the speaker: "according to Reuters"
	// after a quote by Soleimani.
	Via string `json:"via,omitempty"`
	// ModelCue is true when the cue is no word of the rules' lists but one
	// the trained cue model (claims/cuemodel) found.
	ModelCue bool `json:"model_cue,omitempty"`
}

// NamesSource reports an attribution that names who speaks: a cue with a
// speaker it can name, not a bare statement nor an unknown speaker.
func (a *Attribution) NamesSource() bool {
	return a.Form != FormNone && a.Speaker != "" && a.SpeakerType != SpeakerUnknown
}

// none is the attribution of a bare statement.
var none = Attribution{SpeakerType: SpeakerNone, Form: FormNone}

// claimOrder is the order claims are given in: by position, then kind
// and victim.
func claimOrder(a, b *Claim) int {
	if c := cmp.Compare(a.Span.Start, b.Span.Start); c != 0 {
		return c
	}
	if c := strings.Compare(a.Kind, b.Kind); c != 0 {
		return c
	}
	return strings.Compare(a.Victim, b.Victim)
}

// inOrder reports whether cs is in claimOrder.
func inOrder(cs []Claim) bool {
	for i := 1; i < len(cs); i++ {
		if claimOrder(&cs[i-1], &cs[i]) > 0 {
			return false
		}
	}
	return true
}

// sortClaims orders claims in claimOrder, stably. It sorts indices and
// then moves each claim once, in place, along the permutation's cycles
// (permute): a claim is a large value, and a stable sort (or a sorted
// copy) would move or allocate many. The indices are sorted in room,
// reused (*room keeps what it grew to; nil: made).
func sortClaims(cs []Claim, room *[]int32) {
	if inOrder(cs) {
		return
	}
	idx := indices(room, len(cs))
	for i := range idx {
		idx[i] = int32(i)
	}
	slices.SortStableFunc(idx, func(i, j int32) int { return claimOrder(&cs[i], &cs[j]) })
	permute(cs, idx)
}

// mergeClaims orders claims as sortClaims does, where the first n and
// the rest are two runs each in claimOrder already (the builder's claims
// and the quotes the attribution appends to them): it merges the runs in
// one pass, the earlier run's claim first among equal ones, which is the
// stable sort's order. Where a run is out of order it sorts them all.
func mergeClaims(cs []Claim, n int, room *[]int32) {
	if !inOrder(cs[:n]) || !inOrder(cs[n:]) {
		sortClaims(cs, room)
		return
	}
	if n == 0 || n == len(cs) || claimOrder(&cs[n-1], &cs[n]) <= 0 {
		return // one run, or the second after the first
	}
	idx := indices(room, len(cs))
	i, j := 0, n
	for k := range idx {
		if j == len(cs) || i < n && claimOrder(&cs[i], &cs[j]) <= 0 {
			idx[k] = int32(i)
			i++
		} else {
			idx[k] = int32(j)
			j++
		}
	}
	permute(cs, idx)
}

// indices returns n indices' room, in *room (kept grown) or made when
// room is nil.
func indices(room *[]int32, n int) []int32 {
	if room == nil {
		return make([]int32, n)
	}
	*room = grow(*room, n)
	return *room
}

// permute moves the claim at idx[k] to position k, for every k, each
// claim once: it follows each cycle of the permutation, marking the
// indices done (-1).
func permute(cs []Claim, idx []int32) {
	for i := range idx {
		if idx[i] < 0 || int(idx[i]) == i {
			continue
		}
		tmp := cs[i]
		j := i
		for {
			k := int(idx[j])
			idx[j] = -1
			if k == i {
				cs[j] = tmp
				break
			}
			cs[j] = cs[k]
			j = k
		}
	}
}
