package rules

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

var wantRE = regexp.MustCompile(`# want "((?:[^"\\]|\\.)*)"`)

// TestLintBrokenFiles runs the linter over each broken rules file in
// testdata/rules/broken. Each file says what it must report, in the style
// of analysistest: a line carrying `# want "regexp"` must get a problem
// (rendered as file:line:col: severity: message) matching the regexp on that
// line, and no other error may be reported.
func TestLintBrokenFiles(t *testing.T) {
	files, _ := filepath.Glob("../../testdata/rules/broken/*.yaml")
	if len(files) < 10 {
		t.Fatalf("found %d broken rule files", len(files))
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			wants := map[int]*regexp.Regexp{}
			for i, line := range strings.Split(string(data), "\n") {
				if m := wantRE.FindStringSubmatch(line); m != nil {
					wants[i+1] = regexp.MustCompile(strings.ReplaceAll(m[1], `\"`, `"`))
				}
			}
			name := filepath.Base(f)
			problems, err := Lint(name, data)
			if el, ok := err.(ErrorList); ok {
				problems = el
			} else if err != nil {
				t.Fatal(err)
			}
			seen := map[int]bool{}
			for _, p := range problems {
				re := wants[p.Line]
				if re == nil {
					if p.Severity != "warning" {
						t.Errorf("unexpected: %s", p.WithSeverity())
					}
					continue
				}
				if !re.MatchString(p.WithSeverity()) {
					t.Errorf("%s\n  does not match %q", p.WithSeverity(), re)
					continue
				}
				if !strings.HasPrefix(p.WithSeverity(), name+":") {
					t.Errorf("%s does not name the file", p.WithSeverity())
				}
				seen[p.Line] = true
			}
			for line, re := range wants {
				if !seen[line] {
					t.Errorf("line %d: no problem matching %q; got:\n%v", line, re, problems)
				}
			}
		})
	}
}
