package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestExtractWindowed extracts a document over the window (extractWindow)
// and a short one in each format: the text format writes the large one's
// heading without a count, its claims, and their count after them, and
// the short one as always; JSON and JSONL give the same claims.
func TestExtractWindowed(t *testing.T) {
	t.Setenv("COLUMNS", "400") // a claim a line
	dir := t.TempDir()
	var big strings.Builder
	for i := 0; big.Len() <= extractWindow+extractWindow/4; i++ {
		fmt.Fprintf(&big, "Police said %d people were killed in the attack on the town.\n\n", i%90+2)
	}
	bigPath, shortPath := filepath.Join(dir, "big.txt"), filepath.Join(dir, "short.txt")
	if err := os.WriteFile(bigPath, []byte(big.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(shortPath, []byte("Police said 3 people were killed on Monday.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	extract := func(format string) string {
		t.Helper()
		var stdout, stderr bytes.Buffer
		if code := run([]string{"claimdiff", "extract", "-f", format, "--color", "never", bigPath, shortPath},
			strings.NewReader(""), &stdout, &stderr); code != 0 {
			t.Fatalf("%s: exit %d: %s", format, code, stderr.String())
		}
		return stdout.String()
	}
	docs := strings.Split(extract("text"), "\n\n")
	if len(docs) != 2 {
		t.Fatalf("text: %d documents, want 2", len(docs))
	}
	lines := strings.Split(docs[0], "\n")
	rows := len(lines) - 2 // heading, count
	if !strings.HasSuffix(lines[0], "big.txt  source=big") || rows < 20000 ||
		lines[len(lines)-1] != fmt.Sprintf("(%d claims)", rows) {
		t.Errorf("text: large document: heading %q, %d rows, last line %q", lines[0], rows, lines[len(lines)-1])
	}
	if !regexp.MustCompile(`short.txt  source=short  \(1 claims\)\n  1:13 `).MatchString(docs[1]) {
		t.Errorf("text: short document:\n%s", docs[1])
	}
	if n := strings.Count(extract("jsonl"), "\n"); n != rows+1 {
		t.Errorf("jsonl: %d claims, text %d", n, rows+1)
	}
	var out struct {
		Documents []struct {
			Claims []json.RawMessage `json:"claims"`
		} `json:"documents"`
	}
	if err := json.Unmarshal([]byte(extract("json")), &out); err != nil {
		t.Fatal(err)
	}
	if len(out.Documents) != 2 || len(out.Documents[0].Claims) != rows || len(out.Documents[1].Claims) != 1 {
		t.Errorf("json: %d documents, want 2 with %d and 1 claims", len(out.Documents), rows)
	}
}
