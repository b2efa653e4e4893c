package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"
	"unicode/utf16"
)

// badInput is one row of the bad-input campaign: files to create, the
// command, and what must happen.
type badInput struct {
	name  string
	files map[string]string // path -> content ("" with a special setup)
	setup func(t *testing.T, dir string)
	args  []string
	code  int
	// stderr must match; for errors it names the file (and line:col).
	stderr string
	// stdout must match when set; when empty, stdout must be empty for
	// code 2 (nothing partial).
	stdout string
	// within bounds the run's time.
	within time.Duration
}

func utf16File(s string) string {
	b := []byte{0xFF, 0xFE}
	for _, u := range utf16.Encode([]rune(s)) {
		b = append(b, byte(u), byte(u>>8))
	}
	return string(b)
}

const article = "Attack kills 16\n16 people were killed, police said.\n"

func badInputs() []badInput {
	nested := strings.Repeat("<div>", 10000) + "<p>16 people were killed in the attack, police said on Monday.</p>" + strings.Repeat("</div>", 10000)
	manyQuotes := strings.Repeat(`He said "yes" and `, 100000) + "16 people were killed.\n"
	bomb := "version: 1\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]\ng: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]\nh: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]\n"
	return []badInput{
		{name: "missing file", args: []string{"extract", "missing.txt"}, code: 2, stderr: `^claimdiff: missing.txt: no such file or directory\n$`},
		{name: "directory without articles", files: map[string]string{"d/notes.csv": "a,b"}, args: []string{"extract", "d"}, code: 2, stderr: `^claimdiff: d: directory has no articles`},
		{name: "permission denied", files: map[string]string{"secret.txt": article}, setup: func(t *testing.T, dir string) {
			if os.Geteuid() == 0 {
				t.Skip("root reads any file")
			}
			os.Chmod(filepath.Join(dir, "secret.txt"), 0)
		}, args: []string{"extract", "secret.txt"}, code: 2, stderr: `^claimdiff: secret.txt: permission denied`},
		{name: "symlink loop", setup: func(t *testing.T, dir string) {
			os.Symlink(filepath.Join(dir, "b.txt"), filepath.Join(dir, "a.txt"))
			os.Symlink(filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt"))
		}, args: []string{"extract", "a.txt"}, code: 2, stderr: `^claimdiff: a.txt: too many levels of symbolic links`},
		{name: "fifo", setup: func(t *testing.T, dir string) {
			if err := syscall.Mkfifo(filepath.Join(dir, "pipe.txt"), 0o644); err != nil {
				t.Skip(err)
			}
		}, args: []string{"extract", "pipe.txt"}, code: 2, stderr: `^claimdiff: pipe.txt: not a regular file`},
		{name: "a file used as a directory", files: map[string]string{"a.txt": article}, args: []string{"extract", "a.txt/b.txt"}, code: 2, stderr: `^claimdiff: a.txt/b.txt: not a directory`},
		{name: "binary file", files: map[string]string{"image.txt": "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"}, args: []string{"extract", "image.txt"}, code: 2, stderr: `^claimdiff: image.txt:\d+:\d+: binary file: NUL byte`},
		{name: "NUL bytes in text", files: map[string]string{"n.txt": "Attack\nkills\x0016"}, args: []string{"extract", "n.txt"}, code: 2, stderr: `^claimdiff: n.txt:2:6: binary file: NUL byte`},
		{name: "invalid UTF-8", files: map[string]string{"l.txt": "Attack\ncaf\xe9 16 killed"}, args: []string{"extract", "l.txt"}, code: 2, stderr: `^claimdiff: l.txt:2:4: not valid UTF-8 \(byte 0xe9\)`},
		{name: "UTF-16 with BOM recovers", files: map[string]string{"u.txt": utf16File(article)}, args: []string{"extract", "--format", "jsonl", "u.txt"}, code: 0, stdout: `"kind":"killed"`},
		{name: "UTF-8 BOM recovers", files: map[string]string{"b.txt": "\xEF\xBB\xBF" + article}, args: []string{"extract", "--format", "jsonl", "b.txt"}, code: 0, stdout: `"line":2,"col":1`},
		{name: "CRLF recovers with right lines", files: map[string]string{"c.txt": strings.ReplaceAll(article, "\n", "\r\n")}, args: []string{"extract", "--format", "jsonl", "c.txt"}, code: 0, stdout: `"line":2,"col":1`},
		{name: "lone CR recovers", files: map[string]string{"r.txt": strings.ReplaceAll(article, "\n", "\r")}, args: []string{"extract", "--format", "jsonl", "r.txt"}, code: 0, stdout: `"line":2,"col":1`},
		{name: "0-byte file is a warning", files: map[string]string{"z.txt": ""}, args: []string{"extract", "z.txt"}, code: 0, stderr: `^claimdiff: warning: z.txt: empty article, skipped\n$`},
		{name: "whitespace only is a warning", files: map[string]string{"w.txt": " \n\t \n"}, args: []string{"extract", "w.txt"}, code: 0, stderr: `^claimdiff: warning: w.txt: empty article`},
		{name: "one 50 MB line", setup: func(t *testing.T, dir string) {
			b := bytes.Repeat([]byte("the market was quiet and nobody was hurt "), 50<<20/41)
			b = append(b, []byte("and 16 people were killed.\n")...)
			os.WriteFile(filepath.Join(dir, "huge.txt"), b, 0o644)
		}, args: []string{"extract", "--format", "jsonl", "huge.txt"}, code: 0, stdout: `"kind":"killed"`, within: 60 * time.Second},
		{name: "file over --max-bytes", files: map[string]string{"a.txt": article}, args: []string{"extract", "--max-bytes", "20", "a.txt"}, code: 2, stderr: `^claimdiff: a.txt: file is larger than --max-bytes \(20 bytes\)`},
		{name: "10,000-level nested HTML", files: map[string]string{"deep.html": "<html><body>" + nested + "</body></html>"}, args: []string{"extract", "deep.html"}, code: -1, stderr: `^(|claimdiff: deep.html: .*\n)$`, within: 60 * time.Second},
		{name: "HTML with no body", files: map[string]string{"nobody.html": "<html><head><title>x</title></head></html>"}, args: []string{"extract", "nobody.html"}, code: 2, stderr: `^claimdiff: nobody.html: no main text found`},
		{name: "front matter never closed", files: map[string]string{"f.md": "---\nsource: x\n\nBody"}, args: []string{"extract", "f.md"}, code: 2, stderr: `^claimdiff: f.md:1:1: front matter opened with --- is never closed`},
		{name: "front matter not a map", files: map[string]string{"f.md": "---\n- a\n- b\n---\nBody"}, args: []string{"extract", "f.md"}, code: 2, stderr: `^claimdiff: f.md:2:1: front matter must be a mapping`},
		{name: "front matter bad date", files: map[string]string{"f.md": "---\npublished: someday\n---\nBody"}, args: []string{"extract", "f.md"}, code: 2, stderr: `^claimdiff: f.md:2:12: published "someday" is not a date`},
		{name: "JSONL with a broken line stops there", files: map[string]string{"a.jsonl": "{\"id\":\"a\",\"text\":\"2 killed\"}\n{\"id\":\"b\",\"text\":\"x\"\n{\"id\":\"c\",\"text\":\"3 killed\"}\n"}, args: []string{"extract", "--format", "jsonl", "a.jsonl"}, code: 2, stderr: `^claimdiff: a.jsonl:2:\d+: malformed JSON record`},
		{name: "duplicate document ids", files: map[string]string{"a.jsonl": "{\"id\":\"x\",\"text\":\"2 killed\"}\n{\"id\":\"x\",\"text\":\"3 killed\"}\n"}, args: []string{"extract", "a.jsonl"}, code: 2, stderr: `^claimdiff: a.jsonl:2:1: duplicate document id "x"`},
		{name: "JSON record without text", files: map[string]string{"a.json": `{"id": "x"}`}, args: []string{"extract", "a.json"}, code: 2, stderr: `^claimdiff: a.json:1:1: record has no "text" field`},
		{name: "malformed JSON", files: map[string]string{"a.json": "{\"id\": \"x\",\n \"text\": }"}, args: []string{"extract", "a.json"}, code: 2, stderr: `^claimdiff: a.json:2:\d+: malformed JSON`},
		{name: "JSON with a UTF-8 BOM recovers", files: map[string]string{"a.json": "\xEF\xBB\xBF{\"id\":\"x\",\"text\":\"16 people were killed.\"}"}, args: []string{"extract", "--format", "jsonl", "a.json"}, code: 0, stdout: `"kind":"killed"`},
		{name: "JSON in UTF-16 with a BOM recovers", files: map[string]string{"a.json": utf16File(`[{"id":"x","text":"16 people were killed."}]`)}, args: []string{"extract", "--format", "jsonl", "a.json"}, code: 0, stdout: `"kind":"killed"`},
		{name: "JSONL with a UTF-8 BOM recovers", files: map[string]string{"a.jsonl": "\xEF\xBB\xBF{\"id\":\"x\",\"text\":\"16 people were killed.\"}\n"}, args: []string{"extract", "--format", "jsonl", "a.jsonl"}, code: 0, stdout: `"kind":"killed"`},
		{name: "JSONL in UTF-16 with a BOM recovers", files: map[string]string{"a.jsonl": utf16File("{\"id\":\"x\",\"text\":\"16 people were killed.\"}\r\n{\"id\":\"y\",\"text\":\"3 people were killed \U0001F600.\"}\n")}, args: []string{"extract", "--format", "jsonl", "a.jsonl"}, code: 0, stdout: `"number":3,`},
		{name: "JSON array of numbers", files: map[string]string{"a.json": "[1]"}, args: []string{"extract", "a.json"}, code: 2, stderr: `^claimdiff: a.json:1:2: record 1: a record must be an object, got a number\n$`},
		{name: "JSON field of the wrong type", files: map[string]string{"a.json": `{"text": "16 people were killed.", "title": 5}`}, args: []string{"extract", "a.json"}, code: 2, stderr: `^claimdiff: a.json:1:45: "title" must be a string, got a number\n$`},
		{name: "invalid UTF-8 inside a JSON string", files: map[string]string{"a.json": "{\"text\": \"caf\xe9 16 killed\"}"}, args: []string{"extract", "a.json"}, code: 2, stderr: `^claimdiff: a.json:1:14: not valid UTF-8 \(byte 0xe9\)`},
		{name: "invalid UTF-8 inside a JSONL string", files: map[string]string{"a.jsonl": "{\"text\": \"ok\"}\n{\"text\": \"caf\xe9 16 killed\"}\n"}, args: []string{"extract", "a.jsonl"}, code: 2, stderr: `^claimdiff: a.jsonl:2:14: not valid UTF-8 \(byte 0xe9\)`},
		{name: "duplicate JSON keys", files: map[string]string{"a.json": `{"text": "16 people were killed.", "text": "17 people were killed."}`}, args: []string{"extract", "a.json"}, code: 2, stderr: `^claimdiff: a.json:1:36: key "text" given twice\n$`},
		{name: "JSON key differing in case", files: map[string]string{"a.jsonl": `{"text": "16 people were killed.", "Text": "17"}` + "\n"}, args: []string{"extract", "a.jsonl"}, code: 2, stderr: `^claimdiff: a.jsonl:1:36: unknown key "Text" \(keys are case-sensitive: did you mean "text"\?\)\n$`},
		{name: "data after the JSON value", files: map[string]string{"a.json": `{"text": "16 people were killed."} {"text": "x"}`}, args: []string{"extract", "a.json"}, code: 2, stderr: `^claimdiff: a.json:1:36: unexpected data after the JSON value\n$`},
		{name: "empty JSONL is a warning", files: map[string]string{"e.jsonl": "\n\n"}, args: []string{"extract", "e.jsonl"}, code: 0, stderr: `^claimdiff: warning: e.jsonl: no records, skipped`},
		{name: "unknown config key", files: map[string]string{".claimdiff.yaml": "baseline: [b.txt]\nfailon: [conflict]\n", "b.txt": article, "n.txt": article}, args: []string{"check", "n.txt"}, code: 2, stderr: `^claimdiff: .*\.claimdiff\.yaml:2:1: unknown key "failon"`},
		{name: "config not YAML", files: map[string]string{".claimdiff.yaml": "baseline: [b.txt\n", "n.txt": article}, args: []string{"check", "n.txt"}, code: 2, stderr: `\.claimdiff\.yaml:`},
		{name: "rules YAML alias bomb", files: map[string]string{"bomb.yaml": bomb}, args: []string{"extract", "--rules", "bomb.yaml", "-"}, code: 2, stderr: `^claimdiff: bomb.yaml:\d+:\d+: `, within: 10 * time.Second},
		{name: "rules pattern matching the empty string", files: map[string]string{"r.yaml": "version: 1\nkinds: {k: {}}\nrules:\n  - {id: a, kind: k, patterns: [\"x?\"]}\n"}, args: []string{"rules", "lint", "r.yaml"}, code: 2, stderr: ``, stdout: `r.yaml:4:3[3-5]: error: rule a: pattern matches the empty string`},
		{name: "rules not YAML", files: map[string]string{"r.yaml": "version: 1\nrules: [\n"}, args: []string{"extract", "--rules", "r.yaml", "x.txt"}, code: 2, stderr: `^claimdiff: r.yaml:2:1: did not find expected node content`},
		{name: "rules empty", files: map[string]string{"r.yaml": ""}, args: []string{"rules", "test", "r.yaml"}, code: 2, stderr: `^claimdiff: r.yaml:1:1: rules file is empty`},
		{name: "rules unknown field", files: map[string]string{"r.yaml": "version: 1\nrulez: []\n"}, args: []string{"rules", "test", "r.yaml"}, code: 2, stderr: `^claimdiff: r.yaml:2:1: unknown field "rulez" in the rules file \(did you mean "rules"\?\)`},
		{name: "rules file missing", args: []string{"extract", "--rules", "nope.yaml", "x.txt"}, code: 2, stderr: `^claimdiff: nope.yaml: no such file`},
		{name: "number 1e400", files: map[string]string{"a.txt": "1e400 people were killed.\n"}, args: []string{"extract", "--format", "jsonl", "a.txt"}, code: 0, stdout: `^$`},
		{name: "Indian grouping 9,99,999", files: map[string]string{"a.txt": "9,99,999 people were killed.\n"}, args: []string{"extract", "--format", "jsonl", "a.txt"}, code: 0, stdout: `"number":999999,`},
		{name: "not a number 1.2.3", files: map[string]string{"a.txt": "Version 1.2.3 people were killed.\n"}, args: []string{"extract", "--format", "jsonl", "--mentions", "a.txt"}, code: 0, stdout: `^$`},
		{name: "February 30 is no date and no count", files: map[string]string{"a.txt": "The attack on February 30 killed nobody.\n"}, args: []string{"extract", "--format", "jsonl", "--mentions", "a.txt"}, code: 0, stdout: `^$`},
		{name: "quote never closed in a 1 MB article", setup: func(t *testing.T, dir string) {
			os.WriteFile(filepath.Join(dir, "q.txt"), []byte("Mayor Ann Cole said: \""+strings.Repeat("and then 16 people were killed ", 1<<20/31)+"\n"), 0o644)
		}, args: []string{"extract", "--format", "jsonl", "q.txt"}, code: 0, stdout: `"form":"direct"`, within: 30 * time.Second},
		{name: "a 200 KB line of quote marks is linear", files: map[string]string{"q.txt": strings.Repeat(`"`, 200_000) + "\n16 people were killed.\n"}, args: []string{"extract", "--format", "jsonl", "q.txt"}, code: 0, stdout: `"kind":"killed"`},
		{name: "lines of closing brackets in Markdown are linear", files: map[string]string{"b.md": strings.Repeat(strings.Repeat(")", 50_000)+"\n", 4) + "\n16 people were killed.\n"}, args: []string{"extract", "--format", "jsonl", "b.md"}, code: 0, stdout: `"kind":"killed"`},
		{name: "compare of 8,000 files is linear before comparing", setup: func(t *testing.T, dir string) {
			os.Mkdir(filepath.Join(dir, "many"), 0o755)
			for i := range 8000 {
				os.WriteFile(filepath.Join(dir, "many", fmt.Sprintf("a%05d.txt", i)), []byte(fmt.Sprintf("Attack kills %d\n%d people were killed.\n", i%50+2, i%50+2)), 0o644)
			}
		}, args: []string{"compare", "--format", "json", "many"}, code: 0, stdout: `"version"`},
		{name: "PostgreSQL errors redact the password", files: map[string]string{"a.txt": article}, args: []string{"index", "--db", "postgres://ci:s3cret@127.0.0.1:1/archive?sslmode=disable", "a.txt"}, code: 2, stderr: `^claimdiff: postgres://ci:xxxxx@127\.0\.0\.1:1/archive\?sslmode=disable: cannot reach PostgreSQL: [^\n]*\n$`},
		{name: "100,000 quotes in one article", files: map[string]string{"q.txt": manyQuotes}, args: []string{"extract", "--format", "jsonl", "q.txt"}, code: 0, stdout: `"kind":"killed"`, within: 30 * time.Second},
		{name: "zero-width and right-to-left marks inside numbers and names", files: map[string]string{"a.txt": "About 5\u200b200 American soldiers are based in Iraq. Qassem \u200fSoleimani was killed.\n"}, args: []string{"extract", "--format", "jsonl", "a.txt"}, code: 0, stdout: `"number":5200,`},
		{name: "unknown --format", files: map[string]string{"a.txt": article}, args: []string{"extract", "--format", "yaml", "a.txt"}, code: 2, stderr: `^claimdiff: --format "yaml": want one of text, json, jsonl\n$`},
		{name: "bad --published", files: map[string]string{"a.txt": article}, args: []string{"extract", "--published", "tomorrow", "a.txt"}, code: 2, stderr: `^claimdiff: --published "tomorrow" is not a date`},
		{name: "unknown flag", args: []string{"--bogus"}, code: 2, stderr: `^claimdiff: unknown flag --bogus \(see 'claimdiff --help'\)\n$`},
		{name: "unknown command flag", args: []string{"extract", "--bogus", "a.txt"}, code: 2, stderr: `^claimdiff: unknown flag --bogus \(see 'claimdiff extract --help'\)\n$`},
		{name: "unknown subcommand flag", args: []string{"rules", "lint", "--bogus"}, code: 2, stderr: `^claimdiff: unknown flag --bogus \(see 'claimdiff rules lint --help'\)\n$`},
		{name: "bad --published in explain", args: []string{"rules", "explain", "--published", "tomorrow", "Two people were killed."}, code: 2, stderr: `^claimdiff: --published "tomorrow" is not a date`},
		{name: "unknown --only", files: map[string]string{"a.txt": article, "b.txt": article}, args: []string{"compare", "--only", "conflicts", "a.txt", "b.txt"}, code: 2, stderr: `^claimdiff: --only: unknown finding type "conflicts"`},
		{name: "unwritable --out", files: map[string]string{"a.txt": article, "b.txt": article}, args: []string{"compare", "--out", "no/such/dir/r.html", "a.txt", "b.txt"}, code: 2, stderr: `^claimdiff: no/such/dir/r.html: cannot write`},
		{name: "--out is a directory", files: map[string]string{"a.txt": article, "b.txt": article, "out/x": ""}, args: []string{"compare", "--out", "out", "a.txt", "b.txt"}, code: 2, stderr: `^claimdiff: out: cannot write: is a directory`},
		{name: "compare with one document", files: map[string]string{"a.txt": article}, args: []string{"compare", "a.txt"}, code: 2, stderr: `^claimdiff: compare needs at least two articles, got 1\n$`},
		{name: "compare the same file twice", files: map[string]string{"a.txt": article}, args: []string{"compare", "a.txt", "./a.txt"}, code: 2, stderr: `are the same file`},
		{name: "compare of empty articles", files: map[string]string{"a.txt": "", "b.txt": " "}, args: []string{"compare", "a.txt", "b.txt"}, code: 2, stderr: `compare needs at least two articles, got 0`},
		{name: "check without a baseline", files: map[string]string{"a.txt": article}, args: []string{"check", "a.txt"}, code: 2, stderr: `^claimdiff: no baseline: give --baseline PATH`},
		{name: "check with a broken accepted file", files: map[string]string{"a.txt": article, "b.txt": article, "acc.txt": "deadbeef\n"}, args: []string{"check", "--baseline", "b.txt", "--accepted", "acc.txt", "a.txt"}, code: 2, stderr: `^claimdiff: acc.txt:1:1: "deadbeef" is not a finding fingerprint`},
		{name: "check --fail-on typo", files: map[string]string{"a.txt": article, "b.txt": article}, args: []string{"check", "--baseline", "b.txt", "--fail-on", "conflct", "a.txt"}, code: 2, stderr: `unknown finding type "conflct"`},
		{name: "unknown command", args: []string{"extrct", "a.txt"}, code: 2, stderr: `unknown command "extrct"`},
		{name: "empty standard input", args: []string{"extract", "-"}, code: 0, stderr: `^claimdiff: warning: -: empty article, skipped`},
	}
}

// TestBadInputs runs the real binary on each bad input: the exit code, a
// clear message naming the file (and line:col where there is one), and no
// partial output on stdout.
func TestBadInputs(t *testing.T) {
	exe, err := exec.LookPath("claimdiff")
	if err != nil {
		t.Fatal(err)
	}
	cases := badInputs()
	if len(cases) < 40 {
		t.Fatalf("only %d bad inputs", len(cases))
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel() // each case has its own directory; most time is process start-up
			if heavyInputs[tc.name] {
				heavy(t)
			}
			dir := t.TempDir()
			for p, content := range tc.files {
				full := filepath.Join(dir, p)
				os.MkdirAll(filepath.Dir(full), 0o755)
				if err := os.WriteFile(full, []byte(content), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			if tc.setup != nil {
				tc.setup(t, dir)
			}
			within := tc.within
			if within == 0 {
				within = 20 * time.Second
			}
			if raceEnabled {
				within *= 8 // the race detector's overhead, not ours
			}
			ctx, cancel := context.WithTimeout(context.Background(), within)
			defer cancel()
			cmd := exec.CommandContext(ctx, exe, tc.args...)
			cmd.Dir = dir
			cmd.Env = append(os.Environ(), "NO_COLOR=1", "CLAIMDIFF_CONFIG=")
			var stdout, stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			cmd.Stdin = strings.NewReader("")
			start := time.Now()
			err := cmd.Run()
			if ctx.Err() != nil {
				t.Fatalf("did not finish within %v", within)
			}
			code := 0
			if ee, ok := err.(*exec.ExitError); ok {
				code = ee.ExitCode()
			} else if err != nil {
				t.Fatal(err)
			}
			if tc.code >= 0 && code != tc.code {
				t.Errorf("exit %d, want %d\nstderr: %s", code, tc.code, stderr.String())
			}
			if tc.code < 0 && code != 0 && code != 2 {
				t.Errorf("exit %d, want 0 or 2\nstderr: %s", code, stderr.String())
			}
			if !regexp.MustCompile(tc.stderr).MatchString(stderr.String()) {
				t.Errorf("stderr %q does not match %q", stderr.String(), tc.stderr)
			}
			if tc.stdout != "" {
				if !regexp.MustCompile(tc.stdout).MatchString(stdout.String()) {
					t.Errorf("stdout does not match %q:\n%s", tc.stdout, trim(stdout.String()))
				}
			} else if code == 2 && stdout.Len() > 0 {
				t.Errorf("exit 2 with partial output on stdout:\n%s", trim(stdout.String()))
			}
			// every line of stderr is claimdiff's: warnings, then one error
			// (a rules file with several faults lists each, at its position)
			for _, line := range strings.Split(strings.TrimSpace(stderr.String()), "\n") {
				if line != "" && !strings.HasPrefix(line, "claimdiff: ") {
					t.Errorf("stray stderr line %q", line)
				}
			}
			if code == 2 && !strings.HasPrefix(tc.args[0], "rules") && !strings.Contains(tc.stderr, "bomb") {
				var errs int
				for _, line := range strings.Split(strings.TrimSpace(stderr.String()), "\n") {
					if !strings.HasPrefix(line, "claimdiff: warning: ") {
						errs++
					}
				}
				if errs > 1 && !strings.Contains(tc.name, "bomb") {
					t.Errorf("more than one error line: %q", stderr.String())
				}
			}
			if leftovers, _ := filepath.Glob(filepath.Join(dir, "**", ".*.tmp*")); len(leftovers) > 0 {
				t.Errorf("temporary files left: %v", leftovers)
			}
			t.Logf("%v", time.Since(start).Round(time.Millisecond))
		})
	}
}

func trim(s string) string {
	if len(s) > 500 {
		return s[:500] + fmt.Sprintf("… (%d bytes)", len(s))
	}
	return s
}
