package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/claimdiff/claimdiff/claims/output"
	"github.com/claimdiff/claimdiff/compare"
)

// WriteText writes the report for a terminal: a summary, then each
// finding type in turn, each finding with one aligned row per claim.
func WriteText(w io.Writer, rep *compare.Report, st output.Style) error {
	return writeText(w, rep, st, 0)
}

// writeText is WriteText fitted to a terminal width (0: no limit).
func writeText(w io.Writer, rep *compare.Report, st output.Style, width int) error {
	ps := paths(rep)
	names := newOutletNames(rep.Documents)
	for _, l := range output.Wrap(fmt.Sprintf("claimdiff: %s — %s", output.Count(len(rep.Documents), "document", "documents"), Counts(rep)), width, 0, 2) {
		fmt.Fprintln(w, st.Bold(l))
	}
	rows := output.Table{Indent: 4, Max: width, Split: 2, Left: 1}
	quote := func(s string, n int) string { return output.Quote(s, min(60, n-2)) }
	first := ""
	for _, t := range compare.Types {
		fs := ofType(rep, t)
		if len(fs) == 0 {
			continue
		}
		fmt.Fprintf(w, "\n%s\n", st.Bold(fmt.Sprintf("%s (%d)", titles[t], len(fs))))
		for _, f := range fs {
			if first == "" {
				first = f.ID
			}
			color := func(s string) string { return s }
			switch t {
			case compare.Conflict:
				color = st.Red
			case compare.Update, compare.AttributionGap, compare.QuoteVariant:
				color = st.Yellow
			case compare.Agreement:
				color = st.Green
			}
			id := "[" + f.ID + "]"
			lines := output.Wrap(names.in(f.Summary)+" "+id, width, 2, 4)
			for i, l := range lines {
				if i == len(lines)-1 {
					head := strings.TrimSuffix(l, id)
					fmt.Fprintf(w, "%s%s\n", colorText(color, head), st.Dim(id))
					continue
				}
				fmt.Fprintln(w, colorText(color, l))
			}
			if f.Why != "" && t != compare.OnlyIn {
				for _, l := range output.Wrap("why: "+f.Why, width, 4, 9) {
					fmt.Fprintln(w, st.Dim(l))
				}
			}
			var cells [][]string
			for k, c := range f.Claims {
				cells = append(cells, []string{names.of(c.Source), where(c, ps), claimValue(c), output.Speaker(c.Attribution), f.ClaimText(k)})
			}
			for _, l := range rows.Lines(cells, quote) {
				fmt.Fprintln(w, l)
			}
			if len(f.Detail.Diff) > 0 {
				for _, l := range output.Wrap("diff: "+diffText(f.Detail.Diff), width, 4, 10) {
					fmt.Fprintln(w, l)
				}
			}
			if f.Detail.Note != "" {
				fmt.Fprintf(w, "    %s\n", st.Dim("note: "+f.Detail.Note))
			}
		}
	}
	if len(rep.NearMisses) > 0 {
		fmt.Fprintf(w, "\n%s\n", st.Bold(fmt.Sprintf("Near-misses: figures kept apart (%d)", len(rep.NearMisses))))
		for _, m := range rep.NearMisses {
			a, b := m.Sides[0], m.Sides[1]
			fmt.Fprintf(w, "  %s %s (%s) and %s (%s): %s — %s\n", m.Kind, a.Value, a.Source, b.Value, b.Source, m.Field, m.Reason)
		}
	}
	if first != "" {
		fmt.Fprintln(w)
		for _, l := range output.Wrap(fingerprintNote(first), width, 0, 0) {
			fmt.Fprintln(w, st.Dim(l))
		}
	}
	return nil
}

// fingerprintNote explains, once, the [ids] after the findings, with the
// first finding's as the example.
func fingerprintNote(id string) string {
	return "[" + id + "] after a finding is its fingerprint, the same in every run: to accept a known difference, " +
		"list it in a file given to claimdiff check --accepted FILE (or under accepted: in .claimdiff.yaml)."
}

// colorText colours the text of a line, leaving its indent plain.
func colorText(color func(string) string, l string) string {
	t := strings.TrimLeft(l, " ")
	if t == "" {
		return l
	}
	return l[:len(l)-len(t)] + color(t)
}
