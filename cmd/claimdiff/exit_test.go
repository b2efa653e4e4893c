package main

import (
	"errors"
	"fmt"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
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
