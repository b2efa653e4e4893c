package check

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// TestResolve merges config, flags and defaults: flags win over the
// config, the config over the defaults; mistakes are errors at
// file:line:col.
func TestResolve(t *testing.T) {
	const fp1, fp2 = "0123456789ab", "ba9876543210"
	files := map[string]string{
		"archive/a.md": "a", "archive/b.md": "b", "new/n.md": "n",
		"accepted.txt": fp2 + "  # a comment\n",
		"r.yaml":       "extends: default\nkinds: {sightings: {tolerance: 0}}\n",
	}
	tests := []struct {
		name     string
		config   string // .claimdiff.yaml; "" for none
		req      Request
		failOn   []string
		accepted []string
		baseline []string
		rules    string // the rules file in use
		tolKind  string // a kind whose tolerance the config sets
		ignored  int    // new articles the config's ignore: leaves out, all of them
		all      bool   // every baseline document compared (all-baseline)
		err      string
	}{
		{name: "defaults", req: Request{New: []string{"new/n.md"}, Baseline: []string{"archive/*.md"}},
			failOn: []string{"conflict"}, baseline: []string{"archive/a.md", "archive/b.md"}, rules: "default"},
		{name: "config gives all", config: "baseline: [archive/**/*.md]\nfail-on: [update]\naccepted: [" + fp1 + "]\nrules: r.yaml\ntolerance: {sightings: 5%}\n",
			req:    Request{New: []string{"new/n.md"}},
			failOn: []string{"update"}, accepted: []string{fp1}, baseline: []string{"archive/a.md", "archive/b.md"}, rules: "r.yaml", tolKind: "sightings"},
		{name: "flags win", config: "baseline: [archive/a.md]\nfail-on: [update]\naccepted: [" + fp1 + "]\n",
			req:    Request{New: []string{"new/n.md"}, Baseline: []string{"archive/b.md"}, FailOn: "only-in,conflict", FailOnSet: true, Accepted: "accepted.txt"},
			failOn: []string{"conflict", "only-in"}, accepted: []string{fp1, fp2}, baseline: []string{"archive/b.md"}, rules: "default"},
		{name: "fail-on none", config: "fail-on: none\n", req: Request{New: []string{"new/n.md"}, Baseline: []string{"archive/a.md"}},
			baseline: []string{"archive/a.md"}, rules: "default"},
		{name: "new article is not its own baseline", req: Request{New: []string{"archive/a.md"}, Baseline: []string{"archive/*.md"}},
			failOn: []string{"conflict"}, baseline: []string{"archive/b.md"}, rules: "default"},
		{name: "index needs no baseline", req: Request{New: []string{"new/n.md"}, Index: true},
			failOn: []string{"conflict"}, rules: "default"},
		{name: "unknown tolerance kind", config: "baseline: [archive]\ntolerance:\n  troops: 5%\n  killd: 0\n", req: Request{New: []string{"new/n.md"}},
			err: `.claimdiff.yaml:4:3: tolerance: unknown kind "killd" (did you mean "killed"?)`},
		{name: "tolerance kind of the config's rules", config: "rules: r.yaml\ntolerance: {sightngs: 0}\n", req: Request{New: []string{"new/n.md"}},
			err: `.claimdiff.yaml:2:13: tolerance: unknown kind "sightngs" (did you mean "sightings"?)`},
		{name: "malformed accepted", config: "accepted: [" + fp1 + ", zzz]\n", req: Request{New: []string{"new/n.md"}},
			err: `.claimdiff.yaml:1:26: accepted: "zzz" is not a finding fingerprint`},
		{name: "fail-on typo", req: Request{New: []string{"new/n.md"}, FailOn: "conflicts", FailOnSet: true},
			err: `--fail-on: unknown finding type "conflicts" (did you mean "conflict"?)`},
		{name: "no new", req: Request{Baseline: []string{"archive"}}, err: "no new articles given"},
		{name: "every new article ignored", config: "ignore: [new/**]\n", req: Request{New: []string{"new/n.md"}},
			failOn: []string{"conflict"}, ignored: 1, rules: "default"},
		{name: "no file to ignore", config: "ignore: [new/**]\n", req: Request{New: []string{"drafts/*.md"}}, err: "no new articles given"},
		{name: "no baseline", req: Request{New: []string{"new/n.md"}}, err: "no baseline: give --baseline PATH"},
		{name: "baseline is only the new", req: Request{New: []string{"archive/a.md"}, Baseline: []string{"archive/a.md"}}, err: "the baseline holds no articles besides the new ones"},
		{name: "missing rules of the config", config: "rules: nope.yaml\n", req: Request{New: []string{"new/n.md"}},
			err: "nope.yaml: no such file or directory (rules named in "},
		{name: "all-baseline from the config", config: "baseline: [archive]\nall-baseline: true\n", req: Request{New: []string{"new/n.md"}},
			failOn: []string{"conflict"}, baseline: []string{"archive"}, rules: "default", all: true},
		{name: "all-baseline flag wins", config: "baseline: [archive]\nall-baseline: true\n", req: Request{New: []string{"new/n.md"}, AllBaselineSet: true},
			failOn: []string{"conflict"}, baseline: []string{"archive"}, rules: "default"},
		{name: "all-baseline flag", req: Request{New: []string{"new/n.md"}, Baseline: []string{"archive"}, AllBaseline: true, AllBaselineSet: true},
			failOn: []string{"conflict"}, baseline: []string{"archive"}, rules: "default", all: true},
		{name: "all-baseline not a bool", config: "baseline: [archive]\nall-baseline: yes please\n", req: Request{New: []string{"new/n.md"}},
			err: `.claimdiff.yaml:2:15: all-baseline must be true or false`},
		{name: "all-baseline yes", config: "baseline: [archive]\nall-baseline: yes\n", req: Request{New: []string{"new/n.md"}},
			err: `.claimdiff.yaml:2:15: all-baseline must be true or false`},
		{name: "all-baseline tagged yes", config: "baseline: [archive]\nall-baseline: !!bool yes\n", req: Request{New: []string{"new/n.md"}},
			err: `.claimdiff.yaml:2:15: all-baseline must be true or false`},
		{name: "all-baseline quoted", config: "baseline: [archive]\nall-baseline: \"true\"\n", req: Request{New: []string{"new/n.md"}},
			err: `.claimdiff.yaml:2:15: all-baseline must be true or false`},
		{name: "all-baseline False", config: "baseline: [archive]\nall-baseline: False\n", req: Request{New: []string{"new/n.md"}},
			failOn: []string{"conflict"}, baseline: []string{"archive"}, rules: "default"},
		{name: "missing accepted file", req: Request{New: []string{"new/n.md"}, Accepted: "nope.txt"}, err: "nope.txt: no such file"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			for name, body := range files {
				p := filepath.Join(dir, name)
				if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			if tc.config != "" {
				if err := os.WriteFile(filepath.Join(dir, ConfigName), []byte(tc.config), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			t.Setenv("CLAIMDIFF_CONFIG", "")
			req := tc.req
			req.Dir = dir
			if req.Accepted != "" {
				req.Accepted = filepath.Join(dir, req.Accepted)
			}
			s, err := Resolve(req)
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("error %v, want %q", err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			var failOn []string
			for typ := range s.Options.FailOn {
				failOn = append(failOn, string(typ))
			}
			sort.Strings(failOn)
			if strings.Join(failOn, ",") != strings.Join(tc.failOn, ",") {
				t.Errorf("fail-on %v, want %v", failOn, tc.failOn)
			}
			var acc []string
			for id := range s.Options.Accepted {
				acc = append(acc, id)
			}
			sort.Strings(acc)
			if strings.Join(acc, ",") != strings.Join(tc.accepted, ",") {
				t.Errorf("accepted %v, want %v", acc, tc.accepted)
			}
			var base []string
			for _, p := range s.Baseline {
				rel, _ := filepath.Rel(dir, p)
				base = append(base, filepath.ToSlash(rel))
			}
			if s.AllBaseline != tc.all {
				t.Errorf("all-baseline %v, want %v", s.AllBaseline, tc.all)
			}
			if strings.Join(base, ",") != strings.Join(tc.baseline, ",") {
				t.Errorf("baseline %v, want %v", base, tc.baseline)
			}
			if s.Ignored != tc.ignored || (tc.ignored > 0 && len(s.New) > 0) {
				t.Errorf("ignored %d, new %v; want %d ignored", s.Ignored, s.New, tc.ignored)
			}
			if !strings.Contains(s.Rules.File, tc.rules) {
				t.Errorf("rules from %v, want %s", s.Rules.File, tc.rules)
			}
			if tc.tolKind != "" && s.Rules.Kinds[tc.tolKind].Tolerance.Rel != 0.05 {
				t.Errorf("tolerance of %s = %+v, want 5%%", tc.tolKind, s.Rules.Kinds[tc.tolKind].Tolerance)
			}
		})
	}
}
