package main

import "testing"

// heavyInputs are the bad inputs whose cost is their size.
var heavyInputs = map[string]bool{
	"one 50 MB line":                       true,
	"quote never closed in a 1 MB article": true,
}

// heavy skips a test whose cost is its size (a 50 MB line, thousands of
// documents) under -short, and under the race detector, which multiplies
// its time several times over (a 50 MB line: 168 s) and has nothing to
// find in one large input that the small cases do not exercise. `go test
// ./cmd/claimdiff` without -race runs them; so does .ci/run.
func heavy(t *testing.T) {
	t.Helper()
	if testing.Short() || raceEnabled {
		t.Skip("heavy: runs without -short and -race")
	}
}
