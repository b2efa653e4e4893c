package report

import (
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"text/tabwriter"

	"github.com/claimdiff/claimdiff/claims/output"
	"github.com/claimdiff/claimdiff/compare"
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
	ps := docPaths(res, rel)
	failing := 0
	for _, n := range res.New {
		var fs []check.Finding
		for _, f := range res.Findings {
			if f.New == n {
				fs = append(fs, f)
			}
		}
		fmt.Fprintf(w, "%s  %s\n", st.Bold(ps[n]), st.Dim("("+findings(len(fs))+")"))
		for _, f := range fs {
			c := f.Claims[0]
			tag := status(f)
			if f.Fails {
				failing++
				tag = st.Red(tag)
			} else {
				tag = st.Dim(tag)
			}
			fmt.Fprintf(w, "  %s:%d:%d: %s %s: %s %s\n", ps[c.Doc], c.Span.Line, c.Span.Col, tag, f.Type, f.Summary, st.Dim("["+f.ID+"]"))
			tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
			for _, o := range f.Claims[1:] {
				if o.Doc == c.Doc {
					continue
				}
				fmt.Fprintf(tw, "      vs %s:%d:%d\t%s\t%s\t%s\n", ps[o.Doc], o.Span.Line, o.Span.Col, claimValue(o),
					output.Speaker(o.Attribution), output.Quote(o.Text, 50))
			}
			if err := tw.Flush(); err != nil {
				return err
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

func failOnText(res *check.Result) string {
	if len(res.FailOn) == 0 {
		return "none"
	}
	return strings.Join(res.FailOn, ",")
}

// WriteCheckJSON writes the compare contract plus the exit decision.
func WriteCheckJSON(w io.Writer, res *check.Result) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(res)
}

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
			for _, o := range f.Claims[1:] {
				if o.Doc != c.Doc {
					others = append(others, fmt.Sprintf("%s:%d:%d", ps[o.Doc], o.Span.Line, o.Span.Col))
				}
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

// JUnit types: one test suite, one test case per new article, a failure
// per finding that fails the run.
type junitSuites struct {
	XMLName xml.Name     `xml:"testsuites"`
	Suites  []junitSuite `xml:"testsuite"`
}

type junitSuite struct {
	Name     string      `xml:"name,attr"`
	Tests    int         `xml:"tests,attr"`
	Failures int         `xml:"failures,attr"`
	Cases    []junitCase `xml:"testcase"`
}

type junitCase struct {
	Name      string         `xml:"name,attr"`
	Classname string         `xml:"classname,attr"`
	Failures  []junitFailure `xml:"failure"`
	SystemOut string         `xml:"system-out,omitempty"`
}

type junitFailure struct {
	Message string `xml:"message,attr"`
	Type    string `xml:"type,attr"`
	Text    string `xml:",chardata"`
}

// WriteJUnit writes the check as JUnit XML for CI systems that show it.
func WriteJUnit(w io.Writer, res *check.Result, rel CheckPaths) error {
	ps := docPaths(res, rel)
	suite := junitSuite{Name: "claimdiff check"}
	for _, n := range res.New {
		tc := junitCase{Name: ps[n], Classname: "claimdiff"}
		var info []string
		for _, f := range res.Findings {
			if f.New != n {
				continue
			}
			c := f.Claims[0]
			where := fmt.Sprintf("%s:%d:%d", ps[c.Doc], c.Span.Line, c.Span.Col)
			if f.Fails {
				tc.Failures = append(tc.Failures, junitFailure{Message: f.Summary, Type: string(f.Type),
					Text: fmt.Sprintf("%s: %s\nwhy: %s\nfingerprint: %s", where, f.Summary, f.Why, f.ID)})
			} else {
				info = append(info, fmt.Sprintf("%s: %s %s: %s [%s]", where, status(f), f.Type, f.Summary, f.ID))
			}
		}
		tc.SystemOut = strings.Join(info, "\n")
		suite.Tests++
		if len(tc.Failures) > 0 {
			suite.Failures++
		}
		suite.Cases = append(suite.Cases, tc)
	}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(junitSuites{Suites: []junitSuite{suite}}); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}

// findings counts findings in words: "1 finding", "3 findings".
func findings(n int) string { return output.Count(n, "finding", "findings") }
