package output

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/mention"
)

// WriteExplain writes the rules debugger's view of a text: its tokens, the
// recognised mentions, the claims with the rule and slots behind each, the
// pattern matches no claim came from, the near misses, and the attributions.
func WriteExplain(w io.Writer, ex *claims.Explanation, st Style) error {
	txt := ex.Text
	pos := func(off int) string {
		l, c := txt.Lines.Pos(off)
		return fmt.Sprintf("%d:%d", l, c)
	}
	fmt.Fprintln(w, st.Bold("tokens:"))
	for _, s := range txt.Sentences {
		var parts []string
		for _, t := range txt.Tokens[s.First:s.Last] {
			parts = append(parts, t.Norm)
		}
		fmt.Fprintf(w, "  %s  %s\n", pos(s.Start), strings.Join(parts, " | "))
	}
	fmt.Fprintln(w, st.Bold("mentions:"))
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for _, m := range ex.Mentions {
		fmt.Fprintf(tw, "  %s\t%s\n", pos(txt.Tokens[m.First].Start), mention.Describe(txt, m))
	}
	tw.Flush()
	fmt.Fprintln(w, st.Bold("claims:"))
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for _, c := range ex.Claims {
		fmt.Fprintf(tw, "  %d:%d\t%s\trule %s\t%s\t%s\t%s\n", c.Span.Line, c.Span.Col, st.Cyan(c.Kind), c.Rule,
			ValueText(c), Slots(c), Quote(c.Text, 60))
	}
	tw.Flush()
	claimedBy := func(rule string, start, end int) bool {
		for _, c := range ex.Claims {
			if c.Rule == rule && c.Span.Start < end && start < c.Span.End {
				return true
			}
		}
		return false
	}
	fmt.Fprintln(w, st.Bold("matches without a claim (another rule won the quantity, or a slot was rejected):"))
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	n := 0
	for _, m := range ex.Matches {
		start, end := txt.Tokens[m.First].Start, txt.Tokens[m.Last-1].End
		if claimedBy(m.Rule.ID, start, end) {
			continue
		}
		n++
		fmt.Fprintf(tw, "  %s\trule %s\tpattern %d\t%s\n", pos(start), m.Rule.ID, m.Pattern+1, Quote(txt.Src[start:end], 60))
	}
	tw.Flush()
	if n == 0 {
		fmt.Fprintln(w, "  (none)")
	}
	fmt.Fprintln(w, st.Bold("near misses (anchor found, pattern failed):"))
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for _, ms := range ex.Misses {
		t := txt.Tokens[ms.Anchor]
		fmt.Fprintf(tw, "  %s\trule %s\tpattern %d %s\tanchor %q: %s fails %s\n", pos(t.Start), ms.Rule.ID, ms.Pattern+1,
			Quote(ms.Rule.Patterns[ms.Pattern].Src, 48), txt.Src[t.Start:t.End], ms.Element, sideText(ms.Side))
	}
	tw.Flush()
	if len(ex.Misses) == 0 {
		fmt.Fprintln(w, "  (none)")
	}
	fmt.Fprintln(w, st.Bold("attributions:"))
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for _, a := range ex.Attributions {
		at := "-"
		if a.Span != nil {
			at = fmt.Sprintf("%d:%d", a.Span.Line, a.Span.Col)
		}
		fmt.Fprintf(tw, "  %s\t%s\t%s\n", at, Speaker(a), a.SpeakerType)
	}
	tw.Flush()
	if len(ex.Attributions) == 0 {
		fmt.Fprintln(w, "  (none)")
	}
	return nil
}

func sideText(side string) string {
	switch side {
	case "left":
		return "before the anchor"
	case "right":
		return "after the anchor"
	}
	return "at the anchor"
}
