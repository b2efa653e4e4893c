package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/claimdiff/claimdiff/claims/output"
	"github.com/claimdiff/claimdiff/compare"
)

// WriteMarkdown writes the report for an issue or pull-request comment:
// a summary table, then a section per finding type with a table per
// finding.
func WriteMarkdown(w io.Writer, rep *compare.Report) error {
	ps := paths(rep)
	fmt.Fprintf(w, "## claimdiff report\n\n%d documents: %s\n\n", len(rep.Documents), Counts(rep))
	fmt.Fprintln(w, "| document | outlet | published | title |")
	fmt.Fprintln(w, "|---|---|---|---|")
	for _, d := range rep.Documents {
		fmt.Fprintf(w, "| `%s` | %s | %s | %s |\n", mdCode(d.Path), mdCell(d.Source), mdCell(d.Published), mdCell(d.Title))
	}
	for _, t := range compare.Types {
		fs := ofType(rep, t)
		if len(fs) == 0 {
			continue
		}
		fmt.Fprintf(w, "\n### %s (%d)\n", titles[t], len(fs))
		for _, f := range fs {
			fmt.Fprintf(w, "\n**%s** `%s`", mdText(f.Summary), mdCode(f.ID))
			if f.Why != "" && t != compare.OnlyIn {
				fmt.Fprintf(w, "  \n_why: %s_", mdText(f.Why))
			}
			fmt.Fprintf(w, "\n\n| outlet | where | value | attribution | text |\n|---|---|---|---|---|\n")
			for _, c := range f.Claims {
				fmt.Fprintf(w, "| %s | `%s` | %s | %s | %s |\n", mdCell(c.Source), mdCode(where(c, ps)), mdCell(claimValue(c)),
					mdCell(output.Speaker(c.Attribution)), mdCell(output.Quote(c.Text, 100)))
			}
			if len(f.Detail.Diff) > 0 {
				fmt.Fprintf(w, "\ndiff: %s\n", mdDiff(f.Detail.Diff))
			}
		}
	}
	return nil
}

// mdText escapes Markdown syntax in running text.
func mdText(s string) string {
	r := strings.NewReplacer(`\`, `\\`, "*", `\*`, "_", `\_`, "`", "\\`", "<", "&lt;", ">", "&gt;", "[", `\[`, "]", `\]`, "|", `\|`)
	return r.Replace(s)
}

// mdCell escapes text for a table cell: one line, pipes escaped.
func mdCell(s string) string {
	return mdText(strings.Join(strings.Fields(s), " "))
}

// mdCode makes text safe inside a code span in a table cell.
func mdCode(s string) string {
	return strings.NewReplacer("`", "'", "|", `\|`, "\n", " ").Replace(s)
}

func mdDiff(ops []compare.DiffOp) string {
	var parts []string
	for _, op := range ops {
		t := mdText(op.Text)
		switch op.Op {
		case "insert":
			parts = append(parts, "<ins>"+t+"</ins>")
		case "delete":
			parts = append(parts, "<del>"+t+"</del>")
		default:
			parts = append(parts, t)
		}
	}
	return strings.Join(parts, " ")
}
