package main

import (
	"context"
	"errors"
	"fmt"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/ingest"
)

// TestExitCodeOf: each kind of error a command returns exits with the
// code the README's table gives it.
func TestExitCodeOf(t *testing.T) {
	internal := &claims.InternalError{Doc: "a.txt", Value: "index out of range [-1]"}
	for _, tc := range []struct {
		name string
		err  error
		code int
	}{
		{"findings", &exitErr{code: exitFindings}, 1},
		{"usage", usageErr("unknown flag"), 2},
		{"plain error", errors.New("a.txt: no such file"), 2},
		{"panic while extracting", internal, 3},
		{"panic, wrapped", fmt.Errorf("comparing: %w", internal), 3},
	} {
		if code, _ := exitCodeOf(tc.err); code != tc.code {
			t.Errorf("%s: exit %d, want %d", tc.name, code, tc.code)
		}
	}
	if _, err := exitCodeOf(internal); err == nil || err.Error() != "a.txt: internal error while extracting claims (a bug in claimdiff: please report it with this document): index out of range [-1]" {
		t.Errorf("internal error printed as %v", err)
	}
}

// TestIndexError: index reports a document it cannot read and a panic
// while extracting one by the document, with their exit codes, and
// anything else by the database, its password left out.
func TestIndexError(t *testing.T) {
	live := context.Background()
	cancelled, cancel := context.WithCancel(live)
	cancel()
	const db = "postgres://claimdiff:secret@localhost/archive"
	bad := &ingest.Error{Path: "a.html", Line: 3, Col: 7, Msg: "invalid UTF-8"}
	bug := &claims.InternalError{Doc: "b.txt", Value: "index out of range [5] with length 5"}
	for _, tc := range []struct {
		name string
		ctx  context.Context
		err  error
		code int
		msg  string // what the user reads, after "claimdiff: "
	}{
		{"bad input", live, fmt.Errorf("indexing: %w", bad), 2, "a.html:3:7: invalid UTF-8"},
		{"panic while extracting", live, fmt.Errorf("indexing: %w", bug), 3, "b.txt: internal error while extracting claims (a bug in claimdiff: please report it with this document): index out of range [5] with length 5"},
		{"store", live, errors.New("connection refused"), 2, "postgres://claimdiff:xxxxx@localhost/archive: connection refused"},
	} {
		code, err := exitCodeOf(indexError(tc.ctx, tc.err, db))
		if code != tc.code || err == nil || err.Error() != tc.msg {
			t.Errorf("%s: exit %d, %v; want exit %d, %s", tc.name, code, err, tc.code, tc.msg)
		}
	}
	if err := indexError(cancelled, errors.New("store closed"), db); !errors.Is(err, context.Canceled) {
		t.Errorf("interrupted: %v, want the context's error", err)
	}
}
