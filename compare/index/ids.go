package index

import (
	"os"
	"path/filepath"
	"strings"

	"github.com/claimdiff/claimdiff/claims/ingest"
)

// IDs gives documents read from files the ids they have in an index, the
// same wherever the command runs: a file's path from the root of the git
// repository that holds it (the nearest directory above it with .git), or,
// for a file in no repository, its canonical absolute path (symbolic
// links resolved). So indexing one archive from two working directories
// stores each document once, and --prune from anywhere removes only
// documents whose files were not given. Ids of their own (a JSON record's
// "id", a front-matter id) are kept; standard input keeps "-". The zero
// value is ready to use; it caches the repository roots it finds.
type IDs struct {
	roots map[string]string // directory -> its repository root, "" for none
	dirs  map[string]string // directory -> it with links resolved, "" when that fails
}

// Apply sets d.ID (when it is derived from the path) and d.Path to the
// stable form of d.Path.
func (ids *IDs) Apply(d *ingest.Document) {
	if d.Path == "" || d.Path == "-" {
		return
	}
	Rename(d, ids.key(d.Path))
}

// Rename names d's file name instead of its path: d.Path becomes name, and
// an id derived from the path (the path itself, or the N-th record of a
// file, "path#N") follows it; an id of its own is kept.
func Rename(d *ingest.Document, name string) {
	switch {
	case d.ID == d.Path:
		d.ID = name
	case strings.HasPrefix(d.ID, d.Path+"#"): // the N-th record of a file
		d.ID = name + d.ID[len(d.Path):]
	}
	d.Path = name
}

// key is the stable name of the file at path.
func (ids *IDs) key(path string) string {
	if rel, ok := ids.RepoPath(path); ok {
		return rel
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return filepath.ToSlash(path)
	}
	return filepath.ToSlash(ids.real(abs))
}

// real is abs, an absolute path, with symbolic links resolved
// (filepath.EvalSymlinks), or abs when that fails. Each directory is
// resolved once: a file that is no link itself then costs one Lstat, not
// one for each element of its path (10,000 files of one baseline).
func (ids *IDs) real(abs string) string {
	dir := filepath.Dir(abs)
	rdir, ok := ids.dirs[dir]
	if !ok {
		if rdir, _ = filepath.EvalSymlinks(dir); ids.dirs == nil {
			ids.dirs = map[string]string{}
		}
		ids.dirs[dir] = rdir
	}
	if rdir != "" {
		p := filepath.Join(rdir, filepath.Base(abs))
		if fi, err := os.Lstat(p); err == nil && fi.Mode()&os.ModeSymlink == 0 {
			return p
		}
	}
	if real, err := filepath.EvalSymlinks(abs); err == nil {
		return real
	}
	return abs
}

// RepoPath is the path of the file at path from the root of the git
// repository that holds it (the nearest directory above the file with
// .git, symbolic links resolved), with forward slashes; ok is false for a
// file in no repository.
func (ids *IDs) RepoPath(path string) (rel string, ok bool) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", false
	}
	abs = ids.real(abs)
	root := ids.root(filepath.Dir(abs))
	if root == "" {
		return "", false
	}
	if rel, err = filepath.Rel(root, abs); err != nil {
		return "", false
	}
	return filepath.ToSlash(rel), true
}

// root is the repository root at or above dir, or "".
func (ids *IDs) root(dir string) string {
	if ids.roots == nil {
		ids.roots = map[string]string{}
	}
	if r, ok := ids.roots[dir]; ok {
		return r
	}
	r := ""
	if _, err := os.Stat(filepath.Join(dir, ".git")); err == nil {
		r = dir
	} else if parent := filepath.Dir(dir); parent != dir {
		r = ids.root(parent)
	}
	ids.roots[dir] = r
	return r
}
