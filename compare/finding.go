package compare

import (
	"sort"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/output"
)

// Type is a finding type; the names are part of the JSON contract.
type Type string

// The finding types, in report order.
const (
	Conflict       Type = "conflict"
	Update         Type = "update"
	AttributionGap Type = "attribution-gap"
	QuoteVariant   Type = "quote-variant"
	Agreement      Type = "agreement"
	OnlyIn         Type = "only-in"
)

// Types lists every finding type in report order.
var Types = []Type{Conflict, Update, AttributionGap, QuoteVariant, Agreement, OnlyIn}

// ParseType returns the Type named s.
func ParseType(s string) (Type, bool) {
	for _, t := range Types {
		if string(t) == s {
			return t, true
		}
	}
	return "", false
}

// Finding is one judgement about one aligned fact.
type Finding struct {
	// ID is stable across runs for the same claims: a hash of the type,
	// kind and the claims' documents and texts (not their positions), so
	// unrelated edits do not change it.
	ID   string `json:"id"`
	Type Type   `json:"type"`
	Kind string `json:"kind"`
	// Title names the fact by its frame and gives the values side by side:
	// "Hurricane Laura sustained winds: 50 mph (bbc) vs 80 mph (cnn)".
	// Empty for findings on sentences and quotes.
	Title   string         `json:"title,omitempty"`
	Summary string         `json:"summary"`
	Why     string         `json:"why"`
	Claims  []claims.Claim `json:"claims"`
	Detail  Detail         `json:"detail"`
}

// Detail holds the type-specific facts of a finding; unused fields are
// left out of the JSON.
type Detail struct {
	// Frame is what the fact measures, as its claims agree on it, and the
	// fields they were seen to share (numeric findings).
	Frame *FactFrame `json:"frame,omitempty"`
	// Values lists each side's value (conflict, update, agreement, and an
	// attribution gap on a figure).
	Values []SideValue `json:"values,omitempty"`
	// Tolerance is how far apart values may be and still agree, and how
	// their bounds were read.
	Tolerance *ToleranceUsed `json:"tolerance,omitempty"`
	// Note explains a reading that changed the verdict: complementary
	// shares not compared, a count including the perpetrator.
	Note string `json:"note,omitempty"`
	// Difference between the extreme values of a numeric conflict.
	Difference *Difference `json:"difference,omitempty"`
	// Gap names the attribution gap: bare-vs-attributed,
	// different-speakers, unnamed-vs-named or hedged-vs-asserted.
	Gap string `json:"gap,omitempty"`
	// Attributions lists each side's attribution (attribution-gap).
	Attributions []SideAttribution `json:"attributions,omitempty"`
	// Speaker and Diff describe a quote variant: the word-level diff from
	// the first version to the second.
	Speaker    string   `json:"speaker,omitempty"`
	Similarity float64  `json:"similarity,omitempty"`
	Diff       []DiffOp `json:"diff,omitempty"`
	// Passages are, in a quote finding, the passage of each claim (in the
	// order of the finding's Claims) that was set beside the others: one
	// quote claim may hold several passages, and its text runs them
	// together.
	Passages []string `json:"passages,omitempty"`
	// Sources report the fact; MissingFrom are the outlets that do not.
	Sources     []string `json:"sources,omitempty"`
	MissingFrom []string `json:"missing_from,omitempty"`
}

// ClaimText is what the finding's k-th claim says as the finding reads
// it: in a quote finding the passage set beside the others
// (Detail.Passages), else the claim's text.
func (f *Finding) ClaimText(k int) string {
	if k < len(f.Detail.Passages) && f.Detail.Passages[k] != "" {
		return f.Detail.Passages[k]
	}
	return f.Claims[k].Text
}

// SortClaims sorts the finding's claims, stably, by less, and their
// passages (Detail.Passages) with them; passages that are not one a
// claim are dropped, never shown beside the wrong claim.
func (f *Finding) SortClaims(less func(a, b *claims.Claim) bool) {
	if len(f.Detail.Passages) != len(f.Claims) {
		f.Detail.Passages = nil // not one a claim: no passage can be said to be whose
		sort.SliceStable(f.Claims, func(a, b int) bool { return less(&f.Claims[a], &f.Claims[b]) })
		return
	}
	order := make([]int, len(f.Claims))
	for k := range order {
		order[k] = k
	}
	sort.SliceStable(order, func(a, b int) bool { return less(&f.Claims[order[a]], &f.Claims[order[b]]) })
	cs := make([]claims.Claim, len(order))
	ps := make([]string, len(order))
	for k, o := range order {
		cs[k], ps[k] = f.Claims[o], f.Detail.Passages[o]
	}
	f.Claims, f.Detail.Passages = cs, ps
}

// KeepClaims keeps the finding's claims for which keep is true, in order,
// and their passages (Detail.Passages) with them.
func (f *Finding) KeepClaims(keep func(c *claims.Claim) bool) {
	withPassages := len(f.Detail.Passages) == len(f.Claims)
	if !withPassages {
		f.Detail.Passages = nil
	}
	cs := f.Claims[:0:0]
	var ps []string
	for k := range f.Claims {
		if keep(&f.Claims[k]) {
			cs = append(cs, f.Claims[k])
			if withPassages {
				ps = append(ps, f.Detail.Passages[k])
			}
		}
	}
	f.Claims = cs
	if withPassages {
		f.Detail.Passages = ps
	}
}

// SideValue is one document's value for a fact.
type SideValue struct {
	Doc       string `json:"doc"`
	Source    string `json:"source"`
	Published string `json:"published,omitempty"`
	// Value is the value as compared ("at least 13 people"); Text is the
	// words the outlet wrote ("At least 13 people have been killed").
	Value string `json:"value"`
	Text  string `json:"text"`
	Claim string `json:"claim"`
}

// FactFrame is the frame of an aligned fact: the claims' kind, what they
// measure and of what or whom, when and where. Fields no claim gives are
// empty.
type FactFrame struct {
	Kind      string `json:"kind"`
	Measured  string `json:"measured,omitempty"`
	Head      string `json:"head,omitempty"`
	Entity    string `json:"entity,omitempty"`
	Change    bool   `json:"change,omitempty"`
	Direction string `json:"direction,omitempty"`
	Per       string `json:"per,omitempty"`
	Scope     string `json:"scope,omitempty"`
	// Part says what the fact is some of, when its documents count more
	// of its people elsewhere ("some of 5 shot"), or "a person described" when a
	// document gives no count, only one person it describes (a victim, a
	// suspect).
	Part string `json:"part,omitempty"`
	// Quoting names the person every document quotes the figure from,
	// in his own words: the fact is what he said ("As president, I will
	// secure the border within a year"), not a fact the outlets state.
	Quoting string `json:"quoting,omitempty"`
	Subject string `json:"subject,omitempty"`
	Victim  string `json:"victim,omitempty"`
	Time    string `json:"time,omitempty"`
	Place   string `json:"place,omitempty"`
	// Matched lists the fields two or more documents give alike.
	Matched []string `json:"matched,omitempty"`
}

// ToleranceUsed is the tolerance values were compared with: Abs in the
// value's unit, Rel a fraction of the larger value; Readings say how bounds
// were read ("at least N" as the reported count N).
type ToleranceUsed struct {
	Abs      float64  `json:"abs"`
	Rel      float64  `json:"rel"`
	Readings []string `json:"readings,omitempty"`
}

// NearMiss is a pair of figures of one kind that were not compared, and
// the field that kept them apart: what a user reads to see why a conflict
// was not reported.
type NearMiss struct {
	Kind string `json:"kind"`
	// Field kept the two apart: time, place, entity, head, scope, change,
	// per, subject, or evidence (nothing showed they are one fact).
	Field string `json:"field"`
	// Reason gives the two sides' values of that field.
	Reason string       `json:"reason"`
	Sides  [2]SideValue `json:"sides"`
}

// Difference is how far apart two values are.
type Difference struct {
	Absolute float64 `json:"absolute"`
	Relative float64 `json:"relative"`
}

// SideAttribution is one document's attribution of a fact, with the
// evidence: the cue and the speaker as the text gives them and where they
// stand (nil spans for a bare statement).
type SideAttribution struct {
	Doc    string `json:"doc"`
	Source string `json:"source"`
	// Claim is the id of the claim whose attribution this is.
	Claim       string       `json:"claim,omitempty"`
	Speaker     string       `json:"speaker"`
	SpeakerType string       `json:"speaker_type,omitempty"`
	Form        string       `json:"form"`
	Cue         string       `json:"cue,omitempty"`
	SpeakerSpan *claims.Span `json:"speaker_span,omitempty"`
	CueSpan     *claims.Span `json:"cue_span,omitempty"`
	Hedged      bool         `json:"hedged"`
	Hedge       string       `json:"hedge,omitempty"`
	// SpeakerRole is, in an unnamed-vs-named gap, the role the side's
	// document gives the person it names, where it first names them in
	// full ("minister for Industries", "Harris County Sheriff").
	SpeakerRole string `json:"speaker_role,omitempty"`
	// Value is this side's value, when the sides' values differ.
	Value string `json:"value,omitempty"`
}

// DiffOp is one step of a word diff: equal, insert or delete.
type DiffOp struct {
	Op   string `json:"op"`
	Text string `json:"text"`
}

// Report is the result of a comparison; its JSON form is the versioned
// contract documented in README.md.
type Report struct {
	Version   int               `json:"version"`
	Documents []output.Document `json:"documents"`
	Findings  []Finding         `json:"findings"`
	Summary   map[Type]int      `json:"summary"`
	// NearMisses lists figures kept apart (Options.NearMisses).
	NearMisses []NearMiss `json:"near_misses,omitempty"`
}

// Version is the compare JSON contract version.
const Version = 2
