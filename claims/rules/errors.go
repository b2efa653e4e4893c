package rules

import (
	"fmt"
	"sort"
	"strings"
)

// Pos is a position in a rules file.
type Pos struct {
	Line, Col int
}

// Error is one problem in a rules file, located at a YAML node.
type Error struct {
	File     string `json:"file"`
	Line     int    `json:"line"`
	Col      int    `json:"col"`
	Msg      string `json:"message"`
	Severity string `json:"severity"` // "error" or "warning"
}

func (e Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d:%d: %s", e.File, e.Line, e.Col, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.File, e.Msg)
}

// WithSeverity renders the problem as "file:line:col: warning: message",
// the form editors and compilers use.
func (e Error) WithSeverity() string {
	sev := e.Severity
	if sev == "" {
		sev = "error"
	}
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d:%d: %s: %s", e.File, e.Line, e.Col, sev, e.Msg)
	}
	return fmt.Sprintf("%s: %s: %s", e.File, sev, e.Msg)
}

// ErrorList is every problem found in a rules file, in file order. It is
// returned as one error so callers can report all problems at once.
type ErrorList []Error

func (l ErrorList) Error() string {
	var b strings.Builder
	for i, e := range l {
		if i > 0 {
			b.WriteString("\n")
		}
		b.WriteString(e.Error())
	}
	return b.String()
}

// sort orders the list by position.
func (l ErrorList) sort() {
	sort.SliceStable(l, func(i, j int) bool {
		if l[i].Line != l[j].Line {
			return l[i].Line < l[j].Line
		}
		return l[i].Col < l[j].Col
	})
}

// Errors returns only the entries with severity "error".
func (l ErrorList) Errors() ErrorList {
	var out ErrorList
	for _, e := range l {
		if e.Severity != "warning" {
			out = append(out, e)
		}
	}
	return out
}
