package ingest

import "fmt"

// Error is an input problem: the file, and where known the 1-based line and
// column, and what is wrong.
type Error struct {
	Path string
	Line int
	Col  int
	Msg  string
	// Warning marks problems that skip a document without failing the run
	// (an empty article).
	Warning bool
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d:%d: %s", e.Path, e.Line, e.Col, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.Path, e.Msg)
}

func errAt(path string, line, col int, format string, args ...any) *Error {
	return &Error{Path: path, Line: line, Col: col, Msg: fmt.Sprintf(format, args...)}
}
