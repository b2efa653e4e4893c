package output

import (
	"fmt"
	"io"
	"text/tabwriter"

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
// kind, value, slots, who says it, and the matched text.
func WriteText(w io.Writer, results []*claims.Result, withMentions bool, st Style) error {
	for i, r := range results {
		if i > 0 {
			fmt.Fprintln(w)
		}
		fmt.Fprintf(w, "%s  %s\n", st.Bold(textHead(r.Doc)), st.Dim(claimCount(len(r.Claims))))
		if err := writeClaimRows(w, r.Claims, st); err != nil {
			return err
		}
		if withMentions {
			fmt.Fprintf(w, "  %s\n", st.Dim("mentions:"))
			tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
			for _, m := range Mentions(r) {
				v := ""
				if m.Value != nil {
					v = m.Value.String()
				}
				if m.Date != nil {
					v = m.Date.String()
				}
				fmt.Fprintf(tw, "  %d:%d\t%s\t%s\t%s\n", m.Span.Line, m.Span.Col, m.Type, v, Quote(m.Text, 60))
			}
			if err := tw.Flush(); err != nil {
				return err
			}
		}
	}
	return nil
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

// writeClaimRows writes claims a line each, in columns aligned across
// them.
func writeClaimRows(w io.Writer, cs []claims.Claim, st Style) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for _, c := range cs {
		fmt.Fprintf(tw, "  %d:%d\t%s\t%s\t%s\t%s\t%s\n", c.Span.Line, c.Span.Col, st.Cyan(c.Kind),
			FrameText(c), Slots(c), Speaker(c.Attribution), Quote(c.Text, 70))
	}
	return tw.Flush()
}
