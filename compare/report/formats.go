package report

import (
	"io"

	"github.com/claimdiff/claimdiff/claims/output"
	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/compare/check"
)

// Context is what writers need besides the findings; each takes the parts
// it uses.
type Context struct {
	// Style is the terminal styling of the text writers.
	Style output.Style
	// Articles are the compared articles' texts (html).
	Articles []Article
	// Paths makes check paths relative to the repository (check writers);
	// nil leaves them as they are.
	Paths CheckPaths
	// Version is the tool's version (sarif).
	Version string
	// Width is the terminal width the text writer fits its lines to; 0
	// leaves lines whole.
	Width int
}

func (c Context) paths() CheckPaths {
	if c.Paths == nil {
		return func(p string) string { return p }
	}
	return c.Paths
}

// A CompareWriter writes a compare report in one format.
type CompareWriter func(w io.Writer, rep *compare.Report, ctx Context) error

// A CheckWriter writes a check result in one format.
type CheckWriter func(w io.Writer, res *check.Result, ctx Context) error

// compareWriters are the formats of `claimdiff compare`, one file each.
func compareWriters() map[string]CompareWriter {
	return map[string]CompareWriter{
		"text":     func(w io.Writer, rep *compare.Report, c Context) error { return writeText(w, rep, c.Style, c.Width) },
		"markdown": func(w io.Writer, rep *compare.Report, _ Context) error { return WriteMarkdown(w, rep) },
		"json":     func(w io.Writer, rep *compare.Report, _ Context) error { return WriteJSON(w, rep) },
		"html":     func(w io.Writer, rep *compare.Report, c Context) error { return WriteHTML(w, rep, c.Articles) },
	}
}

// checkWriters are the formats of `claimdiff check`.
func checkWriters() map[string]CheckWriter {
	return map[string]CheckWriter{
		"text": func(w io.Writer, res *check.Result, c Context) error {
			return writeCheckText(w, res, c.paths(), c.Style, c.Width)
		},
		"github": func(w io.Writer, res *check.Result, c Context) error { return WriteGitHub(w, res, c.paths()) },
		"sarif":  func(w io.Writer, res *check.Result, c Context) error { return WriteSARIF(w, res, c.paths(), c.Version) },
		"json":   func(w io.Writer, res *check.Result, _ Context) error { return WriteCheckJSON(w, res) },
		"junit":  func(w io.Writer, res *check.Result, c Context) error { return WriteJUnit(w, res, c.paths()) },
	}
}

// CompareFormat returns the writer of a compare format.
func CompareFormat(name string) (CompareWriter, bool) {
	w, ok := compareWriters()[name]
	return w, ok
}

// CheckFormat returns the writer of a check format.
func CheckFormat(name string) (CheckWriter, bool) {
	w, ok := checkWriters()[name]
	return w, ok
}

// CompareFormatNames lists the compare formats in the order help shows them.
func CompareFormatNames() []string { return []string{"text", "markdown", "json", "html"} }

// CheckFormatNames lists the check formats in the order help shows them.
func CheckFormatNames() []string { return []string{"text", "github", "sarif", "json", "junit"} }
