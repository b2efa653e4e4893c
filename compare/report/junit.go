package report

import (
	"encoding/xml"
	"fmt"
	"io"
	"strings"

	"github.com/claimdiff/claimdiff/compare/check"
)

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
			at := where(f.Claims[0], ps)
			if f.Fails {
				tc.Failures = append(tc.Failures, junitFailure{Message: f.Summary, Type: string(f.Type),
					Text: fmt.Sprintf("%s: %s\nwhy: %s\nfingerprint: %s", at, f.Summary, f.Why, f.ID)})
			} else {
				info = append(info, fmt.Sprintf("%s: %s %s: %s [%s]", at, status(f), f.Type, f.Summary, f.ID))
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
