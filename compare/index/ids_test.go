package index

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/claimdiff/claimdiff/claims/ingest"
)

// TestIDsDoNotDependOnTheWorkingDirectory names one file from two working
// directories, by a relative and a symlinked path: one id.
func TestIDsDoNotDependOnTheWorkingDirectory(t *testing.T) {
	dir, _ := filepath.EvalSymlinks(t.TempDir())
	repo := filepath.Join(dir, "repo")
	os.MkdirAll(filepath.Join(repo, ".git"), 0o755)
	os.MkdirAll(filepath.Join(repo, "news", "2020"), 0o755)
	os.MkdirAll(filepath.Join(dir, "loose"), 0o755)
	os.WriteFile(filepath.Join(repo, "news", "2020", "a.txt"), []byte("x"), 0o644)
	os.WriteFile(filepath.Join(dir, "loose", "b.jsonl"), []byte("x"), 0o644)
	os.Symlink(filepath.Join(dir, "loose"), filepath.Join(dir, "link"))
	wd, _ := os.Getwd()
	defer os.Chdir(wd)
	id := func(cwd, path, docID string) (string, string) {
		t.Helper()
		if err := os.Chdir(cwd); err != nil {
			t.Fatal(err)
		}
		var ids IDs
		d := &ingest.Document{ID: docID, Path: path}
		ids.Apply(d)
		return d.ID, d.Path
	}
	for _, c := range []struct{ cwd, path, id, want string }{
		{repo, "news/2020/a.txt", "news/2020/a.txt", "news/2020/a.txt"},
		{filepath.Join(repo, "news"), "2020/a.txt", "2020/a.txt", "news/2020/a.txt"},
		{dir, "repo/news/2020/a.txt", "repo/news/2020/a.txt", "news/2020/a.txt"},
		{dir, "loose/b.jsonl", "loose/b.jsonl#3", filepath.ToSlash(filepath.Join(dir, "loose", "b.jsonl")) + "#3"},
		{repo, "../link/b.jsonl", "../link/b.jsonl#3", filepath.ToSlash(filepath.Join(dir, "loose", "b.jsonl")) + "#3"},
		{repo, "../loose/b.jsonl", "story-17", "story-17"},
	} {
		if got, _ := id(c.cwd, c.path, c.id); got != c.want {
			t.Errorf("from %s, %s (id %s): id %q, want %q", c.cwd, c.path, c.id, got, c.want)
		}
	}
	if got, _ := id(dir, "-", "-"); got != "-" {
		t.Errorf("standard input: %q", got)
	}
}

// TestIDsResolveLinks: a file named through a linked directory, a link to
// a file (into another repository, or none) and a dangling link are named
// as filepath.EvalSymlinks resolves them, one IDs naming them all (its
// directories resolved once).
func TestIDsResolveLinks(t *testing.T) {
	dir, err := filepath.EvalSymlinks(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	for _, r := range []string{"a", "b"} {
		must(os.MkdirAll(filepath.Join(dir, r, ".git"), 0o755))
		must(os.MkdirAll(filepath.Join(dir, r, "news"), 0o755))
		must(os.WriteFile(filepath.Join(dir, r, "news", "x.txt"), []byte("x"), 0o644))
	}
	must(os.WriteFile(filepath.Join(dir, "loose.txt"), []byte("x"), 0o644))
	for _, l := range [][2]string{
		{filepath.Join(dir, "a", "news"), filepath.Join(dir, "b", "alias")},          // a linked directory
		{filepath.Join(dir, "a", "news", "x.txt"), filepath.Join(dir, "b", "y.txt")}, // a linked file, into a
		{filepath.Join(dir, "loose.txt"), filepath.Join(dir, "a", "z.txt")},          // into no repository
		{filepath.Join(dir, "gone.txt"), filepath.Join(dir, "a", "dangling.txt")},
	} {
		if err := os.Symlink(l[0], l[1]); err != nil {
			t.Skipf("symbolic links cannot be made here: %v", err)
		}
	}
	var ids IDs
	for _, c := range []struct{ path, want string }{
		{"a/news/x.txt", "news/x.txt"},
		{"b/alias/x.txt", "news/x.txt"},
		{"b/y.txt", "news/x.txt"},
		{"b/news/x.txt", "news/x.txt"},
		{"a/z.txt", filepath.ToSlash(filepath.Join(dir, "loose.txt"))},
		{"a/dangling.txt", "dangling.txt"},
	} {
		d := &ingest.Document{ID: filepath.Join(dir, c.path), Path: filepath.Join(dir, c.path)}
		ids.Apply(d)
		if d.ID != c.want {
			t.Errorf("%s: id %q, want %q", c.path, d.ID, c.want)
		}
	}
}
