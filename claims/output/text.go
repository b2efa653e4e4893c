package output

import (
	"fmt"
	"io"
	"strings"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/ingest"
)

// Style switches terminal decoration on or off.
type Style struct {
	Color bool
}

func (s Style) paint(code, text string) string {
	if !s.Color || text == "" {
		return text
	}
	return "\x1b[" + code + "m" + text + "\x1b[0m"
}

// Sequences returns the escape sequences the style writes (none when
// colour is off), so a terminal writer can keep them and show any other.
func (s Style) Sequences() []string {
	if !s.Color {
		return nil
	}
	return []string{"\x1b[0m", "\x1b[1m", "\x1b[2m", "\x1b[31m", "\x1b[32m", "\x1b[33m", "\x1b[36m"}
}

// Bold, Dim, Red, Green, Yellow and Cyan decorate text when colour is on.
func (s Style) Bold(t string) string   { return s.paint("1", t) }
func (s Style) Dim(t string) string    { return s.paint("2", t) }
func (s Style) Red(t string) string    { return s.paint("31", t) }
func (s Style) Green(t string) string  { return s.paint("32", t) }
func (s Style) Yellow(t string) string { return s.paint("33", t) }
func (s Style) Cyan(t string) string   { return s.paint("36", t) }

// WriteText writes each document's claims as aligned columns: position,
// kind, value, slots, who says it, and the matched text; with o.Mentions
// its mentions after them. Rows fit o.Width (see Table).
func WriteText(w io.Writer, results []*claims.Result, o ExtractOptions) error {
	for i, r := range results {
		if i > 0 {
			fmt.Fprintln(w)
		}
		writeHeading(w, textHead(r.Doc), claimCount(len(r.Claims)), o)
		if err := writeClaimRows(w, r.Claims, o); err != nil {
			return err
		}
		if o.Mentions {
			fmt.Fprintf(w, "  %s\n", o.Style.Dim("mentions:"))
			var rows [][]string
			for _, m := range Mentions(r) {
				v := ""
				if m.Value != nil {
					v = m.Value.String()
				}
				if m.Date != nil {
					v = m.Date.String()
				}
				rows = append(rows, []string{fmt.Sprintf("%d:%d", m.Span.Line, m.Span.Col), string(m.Type), v, m.Text})
			}
			if err := writeRows(w, rows, -1, 60, o); err != nil {
				return err
			}
		}
	}
	return nil
}

// writeHeading writes a document's heading and its count ("" for none),
// wrapped to o.Width when they do not fit on one line.
func writeHeading(w io.Writer, head, count string, o ExtractOptions) {
	switch {
	case count == "" && (o.Width <= 0 || Columns(head) <= o.Width):
		fmt.Fprintln(w, o.Style.Bold(head))
		return
	case o.Width <= 0 || Columns(head)+2+Columns(count) <= o.Width:
		fmt.Fprintf(w, "%s  %s\n", o.Style.Bold(head), o.Style.Dim(count))
		return
	}
	for _, l := range WrapCells(strings.Split(head, "  "), o.Width, 0, 2) {
		fmt.Fprintln(w, o.Style.Bold(l))
	}
	if count != "" {
		fmt.Fprintf(w, "  %s\n", o.Style.Dim(count))
	}
}

// textHead is the text format's heading of a document: its path, source
// and publication date.
func textHead(d *ingest.Document) string {
	head := fmt.Sprintf("%s  source=%s", d.Path, d.Source)
	if p := d.PublishedString(); p != "" {
		head += "  published=" + p
	}
	return head
}

// claimCount is the text format's count of a document's claims.
func claimCount(n int) string { return fmt.Sprintf("(%d claims)", n) }

// writeClaimRows writes claims a row each, in columns aligned across
// them, when every row fits o.Width; else each claim as a block: its
// position, kind, frame, slots and speaker wrapped to the width, and its
// quotation on the lines after, indented, never cut (o.Width 0: rows).
func writeClaimRows(w io.Writer, cs []claims.Claim, o ExtractOptions) error {
	rows := make([][]string, len(cs))
	for i, c := range cs {
		rows[i] = []string{fmt.Sprintf("%d:%d", c.Span.Line, c.Span.Col), c.Kind, FrameText(c), Slots(c), Speaker(c.Attribution), c.Text}
	}
	return writeRows(w, rows, 1, 70, o)
}

// writeRows writes rows whose last cell is a quotation (of up to quoteMax
// columns) as writeClaimRows does; in rows, the cell of column kind is
// painted in the style's colour ("-", no value, is left out of a block).
func writeRows(w io.Writer, rows [][]string, kind, quoteMax int, o ExtractOptions) error {
	t := Table{Indent: 2}
	lines := t.Lines(rows, quoteUpTo(quoteMax))
	fits := true
	for _, l := range lines {
		fits = fits && (o.Width <= 0 || Columns(strings.TrimRight(l, " ")) <= o.Width)
	}
	if fits {
		if o.Style.Color {
			t.Paint = func(col int, cell string) string {
				if col == kind {
					return o.Style.Cyan(cell)
				}
				return cell
			}
			lines = t.Lines(rows, quoteUpTo(quoteMax))
		}
		return writeLines(w, lines)
	}
	var b strings.Builder
	for _, r := range rows {
		last := len(r) - 1
		var cells []string
		for _, c := range r[:last] {
			if c = strings.Join(strings.Fields(c), " "); c != "" && c != "-" {
				cells = append(cells, c)
			}
		}
		for _, l := range WrapCells(cells, o.Width, 2, blockIndent) {
			b.WriteString(l + "\n")
		}
		for _, l := range Wrap(Quote(r[last], 1<<20), o.Width, blockIndent, blockIndent+1) {
			b.WriteString(l + "\n")
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// blockIndent is how far a claim's lines after its first are indented
// when it is written as a block.
const blockIndent = 6

// quoteUpTo renders a table's quotation as Quote does, in at most max
// columns and the room the table leaves.
func quoteUpTo(max int) func(s string, n int) string {
	return func(s string, n int) string { return Quote(s, min(max, n-2)) }
}

// writeLines writes lines, each ended by a newline, without the spaces a
// row's padding leaves at its end.
func writeLines(w io.Writer, lines []string) error {
	for _, l := range lines {
		if _, err := io.WriteString(w, strings.TrimRight(l, " ")+"\n"); err != nil {
			return err
		}
	}
	return nil
}
