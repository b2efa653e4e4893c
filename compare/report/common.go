package report

import (
	"fmt"
	"iter"
	"strings"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/output"
	"github.com/claimdiff/claimdiff/compare"
)

// titles are the section headings of each finding type.
var titles = map[compare.Type]string{
	compare.Conflict:       "Conflicts",
	compare.Update:         "Updates",
	compare.AttributionGap: "Attribution gaps",
	compare.QuoteVariant:   "Quote variants",
	compare.Agreement:      "Agreements",
	compare.OnlyIn:         "Only in one outlet",
}

// typeNames are each finding type's names in a count: one, many.
var typeNames = map[compare.Type][2]string{
	compare.Conflict:       {"conflict", "conflicts"},
	compare.Update:         {"update", "updates"},
	compare.AttributionGap: {"attribution gap", "attribution gaps"},
	compare.QuoteVariant:   {"quote variant", "quote variants"},
	compare.Agreement:      {"agreement", "agreements"},
	compare.OnlyIn:         {"only-in", "only-in"},
}

// Counts renders the summary line: "0 conflicts, 1 attribution gap, ...".
func Counts(rep *compare.Report) string {
	var parts []string
	for _, t := range compare.Types {
		parts = append(parts, output.Count(rep.Summary[t], typeNames[t][0], typeNames[t][1]))
	}
	return strings.Join(parts, ", ")
}

// paths maps document ids to their paths.
func paths(rep *compare.Report) map[string]string {
	m := map[string]string{}
	for _, d := range rep.Documents {
		m[d.ID] = d.Path
	}
	return m
}

// where renders a claim's location: "path:line:col".
func where(c claims.Claim, paths map[string]string) string {
	p := paths[c.Doc]
	if p == "" {
		p = c.Doc
	}
	return fmt.Sprintf("%s:%d:%d", p, c.Span.Line, c.Span.Col)
}

// elsewhere yields the claims of a finding that stand in other documents
// than its first claim (the one it is located at), with their index in
// f.Claims.
func elsewhere(f compare.Finding) iter.Seq2[int, claims.Claim] {
	return func(yield func(int, claims.Claim) bool) {
		for i := 1; i < len(f.Claims); i++ {
			if f.Claims[i].Doc == f.Claims[0].Doc {
				continue
			}
			if !yield(i, f.Claims[i]) {
				return
			}
		}
	}
}

// claimValue renders what a claim says in a finding row.
func claimValue(c claims.Claim) string {
	switch {
	case c.Kind == claims.KindQuote || c.Kind == compare.KindStatement:
		return "-"
	case c.Value != nil:
		return output.HumanValue(c.Value)
	case c.Date != nil:
		return c.Date.String()
	case c.Victim != "":
		return c.Victim
	}
	return "-"
}

// diffText renders a word diff inline: [-deleted-] {+inserted+}.
func diffText(ops []compare.DiffOp) string {
	var b strings.Builder
	for i, op := range ops {
		if i > 0 {
			b.WriteByte(' ')
		}
		switch op.Op {
		case "insert":
			b.WriteString("{+" + op.Text + "+}")
		case "delete":
			b.WriteString("[-" + op.Text + "-]")
		default:
			b.WriteString(op.Text)
		}
	}
	return b.String()
}

// ofType returns the report's findings of one type, in order.
func ofType(rep *compare.Report, t compare.Type) []compare.Finding {
	var fs []compare.Finding
	for _, f := range rep.Findings {
		if f.Type == t {
			fs = append(fs, f)
		}
	}
	return fs
}
