package compare

import (
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
	ID      string         `json:"id"`
	Type    Type           `json:"type"`
	Kind    string         `json:"kind"`
	Summary string         `json:"summary"`
	Why     string         `json:"why"`
	Claims  []claims.Claim `json:"claims"`
	Detail  Detail         `json:"detail"`
}

// Detail holds the type-specific facts of a finding; unused fields are
// left out of the JSON.
type Detail struct {
	// Values lists each side's value (conflict, update, agreement).
	Values []SideValue `json:"values,omitempty"`
	// Difference between the extreme values of a numeric conflict.
	Difference *Difference `json:"difference,omitempty"`
	// Gap names the attribution gap: bare-vs-attributed,
	// different-speakers or hedged-vs-asserted.
	Gap string `json:"gap,omitempty"`
	// Attributions lists each side's attribution (attribution-gap).
	Attributions []SideAttribution `json:"attributions,omitempty"`
	// Speaker and Diff describe a quote variant: the word-level diff from
	// the first version to the second.
	Speaker    string   `json:"speaker,omitempty"`
	Similarity float64  `json:"similarity,omitempty"`
	Diff       []DiffOp `json:"diff,omitempty"`
	// Sources report the fact; MissingFrom are the outlets that do not.
	Sources     []string `json:"sources,omitempty"`
	MissingFrom []string `json:"missing_from,omitempty"`
}

// SideValue is one document's value for a fact.
type SideValue struct {
	Doc       string `json:"doc"`
	Source    string `json:"source"`
	Published string `json:"published,omitempty"`
	Value     string `json:"value"`
	Claim     string `json:"claim"`
}

// Difference is how far apart two values are.
type Difference struct {
	Absolute float64 `json:"absolute"`
	Relative float64 `json:"relative"`
}

// SideAttribution is one document's attribution of a fact.
type SideAttribution struct {
	Doc     string `json:"doc"`
	Source  string `json:"source"`
	Speaker string `json:"speaker"`
	Form    string `json:"form"`
	Hedged  bool   `json:"hedged"`
	Hedge   string `json:"hedge,omitempty"`
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
}

// Version is the compare JSON contract version.
const Version = 1
