package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

var update = flag.Bool("update", false, "rewrite golden files and testscript expectations")

func TestMain(m *testing.M) {
	// runs keep their extraction cache out of the user's (a script may
	// choose its own)
	if os.Getenv("CLAIMDIFF_CACHE_DIR") == "" {
		os.Setenv("CLAIMDIFF_CACHE_DIR", filepath.Join(os.TempDir(), "claimdiff-test-cache"))
	}
	testscript.Main(m, map[string]func(){
		"claimdiff": func() { os.Exit(run(os.Args, os.Stdin, os.Stdout, os.Stderr)) },
	})
}

// TestScripts runs the txtar scripts in testdata/script against the real
// binary. Each script gets the seed articles in $WORK/seeds.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:           "testdata/script",
		UpdateScripts: *update,
		Setup: func(env *testscript.Env) error {
			return copyDir("../../testdata/seeds", filepath.Join(env.WorkDir, "seeds"))
		},
	})
}

func copyDir(from, to string) error {
	if err := os.MkdirAll(to, 0o755); err != nil {
		return err
	}
	entries, err := os.ReadDir(from)
	if err != nil {
		return err
	}
	for _, e := range entries {
		b, err := os.ReadFile(filepath.Join(from, e.Name()))
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(to, e.Name()), b, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// golden runs the command in-process and compares its standard output with
// testdata/golden/NAME (rewritten with -update).
func golden(t *testing.T, name string, wantCode int, args ...string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := run(append([]string{"claimdiff"}, args...), strings.NewReader(""), &stdout, &stderr)
	if code != wantCode {
		t.Fatalf("exit %d, want %d; stderr:\n%s", code, wantCode, stderr.String())
	}
	path := filepath.Join("..", "..", "testdata", "golden", name)
	if *update {
		if err := os.WriteFile(path, stdout.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./... -update to create it)", err)
	}
	if !bytes.Equal(stdout.Bytes(), want) {
		t.Errorf("output differs from %s (run go test ./cmd/claimdiff -update and review the diff):\n%s", path, firstDiff(string(want), stdout.String()))
	}
}

// firstDiff shows the first differing line.
func firstDiff(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(wl) || i < len(gl); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			return "line " + strconv.Itoa(i+1) + ":\n  want: " + w + "\n  got:  " + g
		}
	}
	return ""
}

func TestGoldenExtract(t *testing.T) {
	t.Setenv("COLUMNS", "") // text fits the fallback width, 100
	golden(t, "extract-seeds.json", 0, "extract", "--format", "json", "--published", "2020-01-03", "../../testdata/seeds")
	golden(t, "extract-seeds.txt", 0, "extract", "--color", "never", "--published", "2020-01-03", "../../testdata/seeds")
}

func TestGoldenCompare(t *testing.T) {
	t.Setenv("COLUMNS", "") // text fits the fallback width, 100
	for _, format := range []string{"text", "markdown", "json", "html"} {
		ext := map[string]string{"text": "txt", "markdown": "md", "json": "json", "html": "html"}[format]
		golden(t, "compare-seeds."+ext, 0, "compare", "--color", "never", "--format", format, "--published", "2020-01-03", "../../testdata/seeds")
		golden(t, "compare-fixture."+ext, 0, "compare", "--color", "never", "--format", format, "../../testdata/compare")
	}
}

func TestGoldenRules(t *testing.T) {
	golden(t, "rules-test-failing.txt", exitFindings, "rules", "test", "../../testdata/rules/failing.yaml")
	golden(t, "rules-explain.txt", 0, "rules", "explain", "--color", "never",
		"About 5,200 American soldiers are based in Iraq, the Pentagon said. Dead bodies lay in the street.")
	golden(t, "rules-lint-broken.txt", exitError, "rules", "lint", "../../testdata/rules/broken/never-matches.yaml")
}
