package report

import (
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"

	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/compare/check"
	"github.com/claimdiff/claimdiff/internal/uripath"
)

// SARIF 2.1.0 types: only what claimdiff writes. The output is validated
// against the official schema in the tests.
type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool       sarifTool     `json:"tool"`
	ColumnKind string        `json:"columnKind"`
	Results    []sarifResult `json:"results"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	InformationURI string      `json:"informationUri"`
	Version        string      `json:"version"`
	Rules          []sarifRule `json:"rules"`
}

type sarifRule struct {
	ID                   string        `json:"id"`
	Name                 string        `json:"name"`
	ShortDescription     sarifText     `json:"shortDescription"`
	FullDescription      sarifText     `json:"fullDescription"`
	DefaultConfiguration sarifRuleConf `json:"defaultConfiguration"`
}

type sarifRuleConf struct {
	Level string `json:"level"`
}

type sarifText struct {
	Text string `json:"text"`
}

type sarifResult struct {
	RuleID              string            `json:"ruleId"`
	RuleIndex           int               `json:"ruleIndex"`
	Level               string            `json:"level"`
	Message             sarifText         `json:"message"`
	Locations           []sarifLocation   `json:"locations"`
	RelatedLocations    []sarifLocation   `json:"relatedLocations,omitempty"`
	PartialFingerprints map[string]string `json:"partialFingerprints"`
	Suppressions        []sarifSupp       `json:"suppressions,omitempty"`
}

type sarifSupp struct {
	Kind          string `json:"kind"`
	Justification string `json:"justification,omitempty"`
}

type sarifLocation struct {
	ID               int           `json:"id,omitempty"`
	PhysicalLocation sarifPhysical `json:"physicalLocation"`
	Message          *sarifText    `json:"message,omitempty"`
}

type sarifPhysical struct {
	ArtifactLocation sarifArtifact `json:"artifactLocation"`
	Region           sarifRegion   `json:"region"`
}

type sarifArtifact struct {
	URI string `json:"uri"`
}

type sarifRegion struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn"`
}

var typeText = map[compare.Type]string{
	compare.Conflict:       "Values that cannot both be true",
	compare.Update:         "A later report revises a figure",
	compare.AttributionGap: "The same fact attributed differently",
	compare.QuoteVariant:   "The same quote worded differently",
	compare.OnlyIn:         "A fact no baseline document reports",
}

// WriteSARIF writes the check as SARIF 2.1.0 for code scanning: one rule
// per finding type and kind (stable ids "claimdiff/TYPE/KIND"), results
// located in the new article with columns counted in Unicode code points,
// and partial fingerprints that do not depend on line numbers.
func WriteSARIF(w io.Writer, res *check.Result, rel CheckPaths, version string) error {
	ps := docPaths(res, rel)
	rules, ruleIndex := sarifRules(res)
	run := sarifRun{ColumnKind: "unicodeCodePoints", Results: []sarifResult{},
		Tool: sarifTool{Driver: sarifDriver{Name: "claimdiff", InformationURI: "https://github.com/claimdiff/claimdiff", Version: version, Rules: rules}}}
	for _, f := range res.Findings {
		run.Results = append(run.Results, newSARIFResult(f, ruleIndex[sarifRuleID(f.Type, f.Kind)], ps))
	}
	return writeIndentedJSON(w, sarifLog{Schema: "https://json.schemastore.org/sarif-2.1.0.json", Version: "2.1.0", Runs: []sarifRun{run}})
}

// sarifRuleID is the stable id of the rule of a finding type and kind.
func sarifRuleID(t compare.Type, kind string) string { return "claimdiff/" + string(t) + "/" + kind }

// sarifLevel is the level of a finding (or, by default, of its rule): an
// error when it fails the run, a note for a fact only the new article
// reports, a warning otherwise.
func sarifLevel(fails bool, t compare.Type) string {
	switch {
	case fails:
		return "error"
	case t == compare.OnlyIn:
		return "note"
	}
	return "warning"
}

// sarifRules lists the rules of the check's findings, sorted by id, and
// each one's index; a rule whose type is in the fail level defaults to
// error.
func sarifRules(res *check.Result) ([]sarifRule, map[string]int) {
	type typeKind struct {
		typ  compare.Type
		kind string
	}
	ruleOf := map[string]typeKind{}
	var ids []string
	for _, f := range res.Findings {
		id := sarifRuleID(f.Type, f.Kind)
		if _, ok := ruleOf[id]; !ok {
			ruleOf[id] = typeKind{f.Type, f.Kind}
			ids = append(ids, id)
		}
	}
	sort.Strings(ids)
	rules, index := []sarifRule{}, map[string]int{}
	for i, id := range ids {
		index[id] = i
		typ, kind := string(ruleOf[id].typ), ruleOf[id].kind
		rules = append(rules, sarifRule{ID: id, Name: typ + "-" + kind,
			ShortDescription:     sarifText{fmt.Sprintf("%s (%s)", typeText[ruleOf[id].typ], kind)},
			FullDescription:      sarifText{fmt.Sprintf("claimdiff %s finding on %s claims between a new article and earlier coverage.", typ, kind)},
			DefaultConfiguration: sarifRuleConf{Level: sarifLevel(slices.Contains(res.FailOn, typ), ruleOf[id].typ)}})
	}
	return rules, index
}

// newSARIFResult is one finding located at its first claim, with its
// claims in other documents as related locations, and suppressed when it
// is accepted or covered by an ignore comment.
func newSARIFResult(f check.Finding, ruleIndex int, ps map[string]string) sarifResult {
	c := f.Claims[0]
	r := sarifResult{RuleID: sarifRuleID(f.Type, f.Kind), RuleIndex: ruleIndex, Level: sarifLevel(f.Fails, f.Type),
		Message:             sarifText{f.Summary},
		Locations:           []sarifLocation{{PhysicalLocation: physical(ps[c.Doc], c.Span.Line, c.Span.Col)}},
		PartialFingerprints: map[string]string{"claimdiff/v1": f.ID}}
	for i, o := range elsewhere(f.Finding) {
		r.RelatedLocations = append(r.RelatedLocations, sarifLocation{ID: i,
			PhysicalLocation: physical(ps[o.Doc], o.Span.Line, o.Span.Col), Message: &sarifText{o.Source + ": " + o.Text}})
	}
	if f.Accepted {
		r.Suppressions = []sarifSupp{{Kind: "external", Justification: "listed in the accepted findings file"}}
	} else if f.Suppressed {
		r.Suppressions = []sarifSupp{{Kind: "inSource", Justification: "claimdiff-ignore comment"}}
	}
	return r
}

// physical locates a finding: path (relative to the repository root, or
// absolute) as a percent-encoded URI reference, so spaces, '#', '?' and
// '%' in a file name reach SARIF consumers as that file.
func physical(path string, line, col int) sarifPhysical {
	uri := uripath.Escape(path)
	if strings.HasPrefix(path, "/") {
		uri = "file://" + uri
	}
	return sarifPhysical{ArtifactLocation: sarifArtifact{URI: uri}, Region: sarifRegion{StartLine: line, StartColumn: col}}
}
