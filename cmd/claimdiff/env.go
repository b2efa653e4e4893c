package main

import (
	"fmt"
	"io"
)

// What every command shares: its environment (the streams, the exit code
// it wants) and the errors that carry an exit code out of it.

// version is what --version prints and SARIF output names.
const version = "0.1.0"

// Exit codes, documented in README.md.
const (
	exitOK          = 0
	exitFindings    = 1
	exitError       = 2
	exitInternal    = 3 // a panic while extracting a document: a bug (claims.InternalError)
	exitInterrupted = 130
)

// env is what every command shares: the streams and the exit code a
// command that succeeded wants (1 when check found problems).
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	code           int
	// args is the command line as given, to echo flags as the user wrote
	// them.
	args []string
	// cacheWarned is set once the run has said that the extraction cache
	// could not be used (cacheWarning): it says so once.
	cacheWarned bool
}

// exitErr carries an exit code out of a command.
type exitErr struct {
	code int
	err  error
}

func (e *exitErr) Error() string {
	if e.err == nil {
		return ""
	}
	return e.err.Error()
}

func fail(code int, format string, args ...any) error {
	return &exitErr{code: code, err: fmt.Errorf(format, args...)}
}

// usageErr is a mistake in how the command was called.
func usageErr(format string, args ...any) error { return fail(exitError, format, args...) }
