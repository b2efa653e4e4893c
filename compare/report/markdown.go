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
	names := newOutletNames(rep.Documents)
	fmt.Fprintf(w, "## claimdiff report\n\n%d documents: %s\n\n", len(rep.Documents), Counts(rep))
	fmt.Fprintln(w, "| document | outlet | published | title |")
	fmt.Fprintln(w, "|---|---|---|---|")
	for _, d := range rep.Documents {
		fmt.Fprintf(w, "| `%s` | %s | %s | %s |\n", mdCode(d.Path), mdCell(names.of(d.Source)), mdCell(d.Published), mdCell(d.Title))
	}
	for _, t := range compare.Types {
		fs := ofType(rep, t)
		if len(fs) == 0 {
			continue
		}
		fmt.Fprintf(w, "\n### %s (%d)\n", titles[t], len(fs))
		for _, f := range fs {
			fmt.Fprintf(w, "\n**%s** `%s`", mdText(names.in(f.Summary)), mdCode(f.ID))
			if f.Why != "" && t != compare.OnlyIn {
				fmt.Fprintf(w, "  \n_why: %s_", mdText(f.Why))
			}
			fmt.Fprintf(w, "\n\n| outlet | where | value | attribution | text |\n|---|---|---|---|---|\n")
			for k, c := range f.Claims {
				fmt.Fprintf(w, "| %s | `%s` | %s | %s | %s |\n", mdCell(names.of(c.Source)), mdCode(where(c, ps)), mdCell(claimValue(c)),
					mdCell(output.Speaker(c.Attribution)), mdCell(output.Quote(f.ClaimText(k), 100)))
			}
			if len(f.Detail.Diff) > 0 {
				fmt.Fprintf(w, "\ndiff: %s\n", mdDiff(f.Detail.Diff))
			}
		}
	}
	return nil
}

// mdText escapes Markdown syntax in running text, and keeps article text
// from acting on the forge that shows it: "@name" (a mention that notifies
// someone) and "#123" (a link to an issue) get a zero-width space after
// the sign, and "&" is escaped so an entity cannot spell them either.
func mdText(s string) string {
	r := strings.NewReplacer(`\`, `\\`, "*", `\*`, "_", `\_`, "`", "\\`", "<", "&lt;", ">", "&gt;", "[", `\[`, "]", `\]`, "|", `\|`, "&", "&amp;")
	return noRefs(r.Replace(s))
}

// MarkdownText escapes text for running Markdown as the report does: its
// syntax, and mentions and issue references.
func MarkdownText(s string) string { return mdText(s) }

// noRefs breaks GitHub mentions and issue references: "@" before a letter
// or digit and "#" before a digit get "&#8203;" (a zero-width space) after
// them, so they show unchanged but neither notify nor link.
func noRefs(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		b.WriteByte(s[i])
		if i+1 < len(s) && (s[i] == '@' && isAlnum(s[i+1]) || s[i] == '#' && '0' <= s[i+1] && s[i+1] <= '9') {
			b.WriteString("&#8203;")
		}
	}
	return b.String()
}

func isAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
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
