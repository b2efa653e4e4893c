package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// The start-up budget of every command: the packages whose set-up
// (package-level variables and init functions) runs before main, and what
// that set-up allocates. Each package that does work at start costs pages
// of the binary (the kernel maps 64 KB around each page read) in every
// command, whether the command uses the package or not: the PostgreSQL and
// SQLite drivers of `index` once cost 3.3 MiB of every command's peak RSS
// (12 packages fewer since). Raise a bound only with the
// start-up figures measured (README, the speed section's start-up row).
const (
	maxInitPackages = 136
	maxInitBytes    = 1_300_000
)

// TestStartupBudget builds claimdiff as a user would and reads
// GODEBUG=inittrace=1 of `claimdiff --version`.
func TestStartupBudget(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the command: runs without -short")
	}
	gotool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command to build claimdiff with")
	}
	exe := filepath.Join(t.TempDir(), "claimdiff")
	if out, err := exec.Command(gotool, "build", "-o", exe, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	cmd := exec.Command(exe, "--version")
	cmd.Env = append(cmd.Environ(), "GODEBUG=inittrace=1")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("claimdiff --version: %v\n%s", err, stderr.Bytes())
	}
	inits, err := parseInitTrace(stderr.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	total := 0
	for _, in := range inits {
		total += in.bytes
	}
	if len(inits) > maxInitPackages || total > maxInitBytes {
		sort.Slice(inits, func(i, j int) bool { return inits[i].bytes > inits[j].bytes })
		var top []string
		for _, in := range inits[:min(len(inits), 10)] {
			top = append(top, fmt.Sprintf("%s %d", in.pkg, in.bytes))
		}
		t.Errorf("%d packages set up at start, allocating %d bytes; the budget is %d packages and %d bytes (largest: %s)",
			len(inits), total, maxInitPackages, maxInitBytes, strings.Join(top, ", "))
	}
	t.Logf("%d packages set up at start, allocating %d bytes", len(inits), total)
}

// initStep is one line of GODEBUG=inittrace=1: a package whose set-up ran.
type initStep struct {
	pkg   string
	bytes int
}

// parseInitTrace reads the runtime's lines "init PKG @T ms, C ms clock, N
// bytes, M allocs" from a program's standard error.
func parseInitTrace(stderr []byte) ([]initStep, error) {
	var out []initStep
	sc := bufio.NewScanner(bytes.NewReader(stderr))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) < 10 || f[0] != "init" || f[8] != "bytes," {
			continue
		}
		n, err := strconv.Atoi(f[7])
		if err != nil {
			return nil, fmt.Errorf("inittrace line %q: %v", sc.Text(), err)
		}
		out = append(out, initStep{pkg: f[1], bytes: n})
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no inittrace lines in %q", stderr)
	}
	return out, nil
}
