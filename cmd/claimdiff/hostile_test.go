package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// hostile is article text carrying terminal escapes: clear screen, an
// OSC-8 link, a title change, BEL, backspace, a C1 CSI and a direction
// override, in the headline, a quote, a speaker's name and a file name.
const hostile = "Attack kills 16 \x1b[2J\x1b]0;pwned\x07\n" +
	"16 people were killed in the attack, police chief Ann \x1b]8;;http://evil.example/\x1b\\Cole\x1b]8;;\x1b\\ said. " +
	"\"We will \x08\x08\x08not stop \u009b2J\u202eyrrow\u202c,\" said Mayor Bob Lee \x1b[8m.\n"

// TestTerminalOutputsShowControls runs every output meant for a terminal
// over hostile articles: no control character but newline and tab reaches
// standard output or standard error, and the escapes are shown instead.
func TestTerminalOutputsShowControls(t *testing.T) {
	exe, err := exec.LookPath("claimdiff")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	evil := "evil\x1b[31m.txt"
	os.WriteFile(filepath.Join(dir, evil), []byte(hostile), 0o644)
	os.WriteFile(filepath.Join(dir, "b.txt"), []byte(strings.Replace(hostile, "16", "17", -1)), 0o644)
	os.WriteFile(filepath.Join(dir, "empty\x07.txt"), nil, 0o644)
	control := regexp.MustCompile("[\x00-\x08\x0b-\x1f\x7f\u0080-\u009f\u202a-\u202e\u2066-\u2069]")
	for _, args := range [][]string{
		{"extract", evil, "empty\x07.txt"},
		{"extract", "--mentions", "--color", "always", evil},
		{"compare", evil, "b.txt"},
		{"compare", "--color", "always", evil, "b.txt"},
		{"compare", "--format", "markdown", evil, "b.txt"},
		{"compare", "--by-story", evil, "b.txt"},
		{"compare", "--by-story", "--format", "markdown", evil, "b.txt"},
		{"check", "--baseline", "b.txt", evil},
		{"stories", evil, "b.txt"},
		{"rules", "explain", hostile},
		{"extract", "missing\x1b[2J.txt"},
	} {
		cmd := exec.Command(exe, args...)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "NO_COLOR=", "CLAIMDIFF_CONFIG=")
		var stdout, stderr strings.Builder
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		cmd.Run()
		out := stdout.String()
		if strings.Contains(strings.Join(args, " "), "--color always") {
			// claimdiff's own colours, and only those
			out = regexp.MustCompile("\x1b\\[(0|1|2|31|32|33|36)m").ReplaceAllString(out, "")
		}
		for name, s := range map[string]string{"stdout": out, "stderr": stderr.String()} {
			if loc := control.FindStringIndex(s); loc != nil {
				t.Errorf("%q: %s holds %q at %d:\n%s", args, name, s[loc[0]:loc[1]], loc[0], s)
			}
		}
		if stdout.Len()+stderr.Len() == 0 {
			t.Errorf("%q: no output", args)
		}
		if args[0] != "extract" || len(args) > 2 {
			continue
		}
		if all := stdout.String() + stderr.String(); !strings.Contains(all, `\x1b`) {
			t.Errorf("%q: the escapes are not shown:\n%s", args, all)
		}
	}
}
