package check

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestLoadConfig(t *testing.T) {
	tests := []struct {
		name, src, err string
	}{
		{"good", "rules: r.yaml\nbaseline: [archive/**/*.md]\nfail-on: [conflict, attribution-gap]\ntolerance: {troops: 10%}\n", ""},
		{"unknown key", "baseline: [a]\nfailon: [conflict]\n", `:2:1: unknown key "failon"`},
		{"bad fail-on", "fail-on: [conflicts]\n", `:1:10: fail-on: unknown finding type "conflicts"`},
		{"bad tolerance", "tolerance: {troops: lots}\n", `:1:21: tolerance "lots" for troops`},
		{"not a mapping", "- a\n- b\n", ":1:1: config must be a mapping"},
		{"baseline not strings", "baseline: {a: b}\n", ":1:11: baseline must be a string or a list of strings"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := filepath.Join(t.TempDir(), ConfigName)
			if err := os.WriteFile(p, []byte(tc.src), 0o644); err != nil {
				t.Fatal(err)
			}
			c, err := LoadConfig(p)
			if tc.err == "" {
				if err != nil {
					t.Fatal(err)
				}
				if c.Rules != "r.yaml" || len(c.FailOn) != 2 || c.Tolerance["troops"].Rel != 0.1 {
					t.Errorf("config %+v", c)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tc.err) || !strings.HasPrefix(err.Error(), p) {
				t.Errorf("error %v, want %q after the file name", err, tc.err)
			}
		})
	}
}

func TestFindConfigWalksUp(t *testing.T) {
	root := t.TempDir()
	deep := filepath.Join(root, "a", "b")
	if err := os.MkdirAll(deep, 0o755); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(root, ConfigName)
	os.WriteFile(p, []byte("baseline: [x]\n"), 0o644)
	t.Setenv("CLAIMDIFF_CONFIG", "")
	if got := FindConfig("", deep); got != p {
		t.Errorf("FindConfig = %q, want %q", got, p)
	}
	if got := FindConfig("explicit.yaml", deep); got != "explicit.yaml" {
		t.Errorf("explicit: %q", got)
	}
	t.Setenv("CLAIMDIFF_CONFIG", "env.yaml")
	if got := FindConfig("", deep); got != "env.yaml" {
		t.Errorf("env: %q", got)
	}
}

func TestExpandGlobs(t *testing.T) {
	root := t.TempDir()
	for _, f := range []string{"archive/2024/a.md", "archive/2024/05/b.md", "archive/c.txt", "drafts/d.md"} {
		p := filepath.Join(root, f)
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, []byte("x"), 0o644)
	}
	got, err := Expand(root, []string{"archive/**/*.md", "drafts/*.md"}, []string{"drafts/**"})
	if err != nil {
		t.Fatal(err)
	}
	var rel []string
	for _, g := range got {
		r, _ := filepath.Rel(root, g)
		rel = append(rel, filepath.ToSlash(r))
	}
	if strings.Join(rel, " ") != "archive/2024/05/b.md archive/2024/a.md" {
		t.Errorf("Expand = %v", rel)
	}
}

func TestReadAccepted(t *testing.T) {
	ok, err := ReadAccepted("acc", strings.NewReader("# comment\n0f255ffab3cb  # conflict: x\n\n"))
	if err != nil || !ok["0f255ffab3cb"] {
		t.Errorf("got %v %v", ok, err)
	}
	if _, err := ReadAccepted("acc", strings.NewReader("0f255ffab3cb\nnot-a-fingerprint\n")); err == nil || !strings.HasPrefix(err.Error(), "acc:2:1:") {
		t.Errorf("error %v", err)
	}
}
