// Package seedstest gives tests the text of the reference articles,
// testdata/seeds/*.txt at the module's root, found from the test's
// directory, failing the test when there are none.
package seedstest

import (
	"os"
	"path/filepath"
	"testing"
)

// Texts returns the text of each seed article, in file name order, or
// fails t.
func Texts(t testing.TB) []string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("seedstest: no go.mod above the test's directory")
		}
		dir = parent
	}
	paths, _ := filepath.Glob(filepath.Join(dir, "testdata", "seeds", "*.txt"))
	if len(paths) == 0 {
		t.Fatalf("seedstest: no seeds in %s", filepath.Join(dir, "testdata", "seeds"))
	}
	texts := make([]string, len(paths))
	for i, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		texts[i] = string(data)
	}
	return texts
}
