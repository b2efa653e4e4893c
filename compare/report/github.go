package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/compare/check"
)

// WriteGitHub writes GitHub Actions workflow commands: ::error for findings
// that fail the run, ::warning for the other problems, ::notice for facts
// only the new article reports.
func WriteGitHub(w io.Writer, res *check.Result, rel CheckPaths) error {
	ps := docPaths(res, rel)
	for _, f := range res.Findings {
		c := f.Claims[0]
		level := "warning"
		switch {
		case f.Fails:
			level = "error"
		case f.Type == compare.OnlyIn || f.Accepted || f.Suppressed:
			level = "notice"
		}
		msg := f.Summary
		if len(f.Baseline) > 0 {
			var others []string
			for _, o := range elsewhere(f.Finding) {
				others = append(others, where(o, ps))
			}
			msg += "\nbaseline: " + strings.Join(others, ", ")
		}
		if f.Accepted {
			msg += "\n(accepted)"
		}
		msg += "\nfingerprint: " + f.ID
		title := fmt.Sprintf("claimdiff %s (%s)", f.Type, f.Kind)
		fmt.Fprintf(w, "::%s file=%s,line=%d,col=%d,title=%s::%s\n", level,
			escapeProperty(ps[c.Doc]), c.Span.Line, c.Span.Col, escapeProperty(title), escapeData(msg))
	}
	return nil
}

// escapeData escapes a workflow command's message as the runner expects.
func escapeData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

// escapeProperty escapes a workflow command property value.
func escapeProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}
