package report

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/claimdiff/claimdiff/claims/output"
	"github.com/claimdiff/claimdiff/compare/check"
)

// CheckPaths turns document paths into the paths CI tools show: relative to
// the repository root (forward slashes), as SARIF and GitHub expect.
type CheckPaths func(path string) string

// RelativeTo returns CheckPaths that make paths relative to root.
func RelativeTo(root string) CheckPaths {
	return func(p string) string {
		abs, err := filepath.Abs(p)
		if err != nil {
			return filepath.ToSlash(p)
		}
		if rel, err := filepath.Rel(root, abs); err == nil && !strings.HasPrefix(rel, "..") {
			return filepath.ToSlash(rel)
		}
		return filepath.ToSlash(p)
	}
}

func docPaths(res *check.Result, rel CheckPaths) map[string]string {
	m := map[string]string{}
	for _, d := range res.Documents {
		m[d.ID] = rel(d.Path)
	}
	return m
}

// status renders whether a finding fails, and why not.
func status(f check.Finding) string {
	switch {
	case f.Fails:
		return "FAIL"
	case f.Accepted:
		return "accepted"
	case f.Suppressed:
		return "suppressed"
	}
	return "info"
}

// WriteCheckText writes a check for a person: each new article's findings,
// located in the new article, then the verdict.
func WriteCheckText(w io.Writer, res *check.Result, rel CheckPaths, st output.Style) error {
	return writeCheckText(w, res, rel, st, 0)
}

// writeCheckText is WriteCheckText fitted to a width (0: no limit), as the
// compare text report is.
func writeCheckText(w io.Writer, res *check.Result, rel CheckPaths, st output.Style, width int) error {
	ps := docPaths(res, rel)
	names := newOutletNames(res.Documents)
	failing := 0
	rows := output.Table{Indent: 6, Max: width, Split: 1, Left: 0}
	quote := func(s string, n int) string { return output.Quote(s, min(50, n-2)) }
	for _, n := range res.New {
		var fs []check.Finding
		for _, f := range res.Findings {
			if f.New == n {
				fs = append(fs, f)
			}
		}
		fmt.Fprintf(w, "%s  %s\n", st.Bold(ps[n]), st.Dim("("+findings(len(fs))+comparedWith(res, n)+")"))
		for _, f := range fs {
			c := f.Claims[0]
			tag := status(f)
			color := st.Dim
			if f.Fails {
				failing++
				color = st.Red
			}
			id := "[" + f.ID + "]"
			lines := output.Wrap(fmt.Sprintf("%s: %s %s: %s %s", where(c, ps), tag, f.Type, names.in(f.Summary), id), width, 2, 4)
			lines[0] = strings.Replace(lines[0], " "+tag+" ", " "+color(tag)+" ", 1)
			last := len(lines) - 1
			lines[last] = strings.TrimSuffix(lines[last], id) + st.Dim(id)
			for _, l := range lines {
				fmt.Fprintln(w, l)
			}
			var cells [][]string
			for _, o := range elsewhere(f.Finding) {
				cells = append(cells, []string{"vs " + where(o, ps), claimValue(o), output.Speaker(o.Attribution), o.Text})
			}
			for _, l := range rows.Lines(cells, quote) {
				fmt.Fprintln(w, l)
			}
		}
	}
	verdict := fmt.Sprintf("ok: no finding fails (fail-on: %s)", failOnText(res))
	if res.Failed {
		verdict = st.Red(fmt.Sprintf("FAILED: %s at the fail level (fail-on: %s)", findings(failing), failOnText(res)))
	}
	fmt.Fprintln(w, verdict)
	return nil
}

// comparedWith says, after a new article's findings, how many baseline
// articles it was compared with when not all: those of its story.
func comparedWith(res *check.Result, id string) string {
	n, ok := res.Baseline.Compared[id]
	switch given := res.Baseline.Candidates[id]; {
	case !ok || n >= given:
		return ""
	case given == 1:
		return "; the baseline article does not report its story"
	case n == 0:
		return fmt.Sprintf("; none of the %s baseline articles reports its story", output.Thousands(float64(given)))
	default:
		return fmt.Sprintf("; compared with %s of the %s baseline articles, those of its story", output.Thousands(float64(n)), output.Thousands(float64(given)))
	}
}

func failOnText(res *check.Result) string {
	if len(res.FailOn) == 0 {
		return "none"
	}
	return strings.Join(res.FailOn, ",")
}

// findings counts findings in words: "1 finding", "3 findings".
func findings(n int) string { return output.Count(n, "finding", "findings") }
