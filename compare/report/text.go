package report

import (
	"fmt"
	"io"
	"text/tabwriter"

	"github.com/claimdiff/claimdiff/claims/output"
	"github.com/claimdiff/claimdiff/compare"
)

// WriteText writes the report for a terminal: a summary, then each
// finding type in turn, each finding with one aligned row per claim.
func WriteText(w io.Writer, rep *compare.Report, st output.Style) error {
	ps := paths(rep)
	fmt.Fprintf(w, "%s\n", st.Bold(fmt.Sprintf("claimdiff: %d documents — %s", len(rep.Documents), Counts(rep))))
	for _, t := range compare.Types {
		fs := ofType(rep, t)
		if len(fs) == 0 {
			continue
		}
		fmt.Fprintf(w, "\n%s\n", st.Bold(fmt.Sprintf("%s (%d)", titles[t], len(fs))))
		for _, f := range fs {
			head := f.Summary
			switch t {
			case compare.Conflict:
				head = st.Red(head)
			case compare.Update, compare.AttributionGap, compare.QuoteVariant:
				head = st.Yellow(head)
			case compare.Agreement:
				head = st.Green(head)
			}
			fmt.Fprintf(w, "  %s %s\n", head, st.Dim("["+f.ID+"]"))
			if f.Why != "" && t != compare.OnlyIn {
				fmt.Fprintf(w, "    %s\n", st.Dim("why: "+f.Why))
			}
			tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
			for _, c := range f.Claims {
				fmt.Fprintf(tw, "    %s\t%s\t%s\t%s\t%s\n", c.Source, where(c, ps), claimValue(c),
					output.Speaker(c.Attribution), output.Quote(c.Text, 60))
			}
			if err := tw.Flush(); err != nil {
				return err
			}
			if len(f.Detail.Diff) > 0 {
				fmt.Fprintf(w, "    diff: %s\n", diffText(f.Detail.Diff))
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
	return nil
}
