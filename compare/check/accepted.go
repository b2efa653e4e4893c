package check

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"regexp"
	"strings"
)

// fingerprintRE is the form of a finding id.
var fingerprintRE = regexp.MustCompile(`^[0-9a-f]{12}$`)

// ReadAccepted reads an accepted-findings file: one fingerprint a line,
// anything after it (and lines starting with #) a comment. A line that is
// not a fingerprint is an error at its line.
func ReadAccepted(name string, r io.Reader) (map[string]bool, error) {
	out := map[string]bool{}
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		t := strings.TrimSpace(sc.Text())
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		id := strings.Fields(t)[0]
		if !fingerprintRE.MatchString(id) {
			return nil, fmt.Errorf("%s:%d:1: %q is not a finding fingerprint (12 hex digits)", name, line, id)
		}
		out[id] = true
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %v", name, err)
	}
	return out, nil
}

// WriteAccepted writes the fingerprints of a check's findings, each with
// its summary as a comment, sorted, so the file diffs well; n is how many
// fingerprints it holds.
func WriteAccepted(res *Result) (data []byte, n int) {
	var b bytes.Buffer
	b.WriteString("# claimdiff accepted findings: one fingerprint a line; a finding listed here does not fail `claimdiff check`.\n")
	seen := map[string]bool{}
	var lines []string
	for _, f := range res.Findings {
		if seen[f.ID] {
			continue
		}
		seen[f.ID] = true
		lines = append(lines, fmt.Sprintf("%s  # %s: %s", f.ID, f.Type, strings.Join(strings.Fields(f.Summary), " ")))
	}
	sortStrings(lines)
	for _, l := range lines {
		b.WriteString(l + "\n")
	}
	return b.Bytes(), len(lines)
}
