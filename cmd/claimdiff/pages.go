package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"github.com/claimdiff/claimdiff/internal/outfile"
)

// A directory of pages (compare --by-story --format html --out DIR) is
// shared with the user: claimdiff writes its pages into it and removes
// only pages it wrote there itself, which it lists in the manifest. It
// never deletes the directory or anything it did not write. A directory
// holding other files is refused unless --force, which writes the pages
// beside them (a file of the same name as a page is replaced).

// manifestName lists, one per line, the pages claimdiff wrote in a
// directory.
const manifestName = ".claimdiff-pages"

// pageName is what a page claimdiff writes is called; a manifest entry of
// another shape is ignored, so an edited manifest cannot make claimdiff
// remove other files.
var pageName = regexp.MustCompile(`^(index|story-[0-9A-Za-z_-]+)\.html$`)

// page is one file of a directory of pages.
type page struct {
	name string
	data []byte
}

// writePages writes pages into dir (created if missing), then removes the
// pages an earlier run wrote there that this run no longer has.
func writePages(dir string, force bool, pages []page) error {
	if err := os.Mkdir(dir, 0o777); err != nil && !errors.Is(err, fs.ErrExist) {
		return fail(exitError, "%s: cannot write: %s", dir, osMessage(err))
	}
	if st, err := os.Stat(dir); err != nil {
		return fail(exitError, "%s: cannot write: %s", dir, osMessage(err))
	} else if !st.IsDir() {
		return fail(exitError, "%s: cannot write: not a directory", dir)
	}
	owned, err := readManifest(dir)
	if err != nil {
		return fail(exitError, "%s: %v", filepath.Join(dir, manifestName), err)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return fail(exitError, "%s: cannot read: %s", dir, osMessage(err))
	}
	var foreign []string
	for _, e := range entries {
		if n := e.Name(); n != manifestName && !owned[n] && !isTempName(n) {
			foreign = append(foreign, n)
		}
	}
	if len(foreign) > 0 && !force {
		more := ""
		if len(foreign) > 1 {
			more = fmt.Sprintf(" and %d more", len(foreign)-1)
		}
		return fail(exitError, "%s: holds files claimdiff did not write (%s%s); give a new or empty directory, or --force to write the pages beside them", dir, foreign[0], more)
	}
	// list every page before writing it, so an interrupted run leaves a
	// manifest that names all it wrote
	all := map[string]bool{}
	now := map[string]bool{}
	for n := range owned {
		all[n] = true
	}
	for _, p := range pages {
		all[p.name], now[p.name] = true, true
	}
	if err := writeManifest(dir, all); err != nil {
		return err
	}
	for _, p := range pages {
		if err := writeFile(filepath.Join(dir, p.name), p.data); err != nil {
			return err
		}
	}
	for n := range owned {
		if now[n] {
			continue
		}
		full := filepath.Join(dir, n)
		if fi, err := os.Lstat(full); err == nil && fi.Mode().IsRegular() {
			if err := os.Remove(full); err != nil {
				return fail(exitError, "%s: cannot remove an old page: %s", full, osMessage(err))
			}
		}
	}
	return writeManifest(dir, now)
}

// writeFile writes one file of the directory atomically.
func writeFile(name string, data []byte) error {
	f, err := outfile.Create(name)
	if err == nil {
		if _, err = f.Write(data); err != nil {
			f.Abort()
		} else {
			err = f.Commit()
		}
	}
	if err != nil {
		return fail(exitError, "%s: cannot write: %s", name, osMessage(err))
	}
	return nil
}

// readManifest returns the pages claimdiff wrote in dir.
func readManifest(dir string) (map[string]bool, error) {
	owned := map[string]bool{}
	b, err := os.ReadFile(filepath.Join(dir, manifestName))
	if errors.Is(err, fs.ErrNotExist) {
		return owned, nil
	}
	if err != nil {
		return nil, fmt.Errorf("cannot read: %s", osMessage(err))
	}
	sc := bufio.NewScanner(bytes.NewReader(b))
	for sc.Scan() {
		if n := strings.TrimSpace(sc.Text()); pageName.MatchString(n) {
			owned[n] = true
		}
	}
	return owned, nil
}

func writeManifest(dir string, names map[string]bool) error {
	var list []string
	for n := range names {
		list = append(list, n)
	}
	sort.Strings(list)
	var b strings.Builder
	b.WriteString("# pages claimdiff wrote here (compare --by-story); it removes only these\n")
	for _, n := range list {
		b.WriteString(n + "\n")
	}
	return writeFile(filepath.Join(dir, manifestName), []byte(b.String()))
}

// isTempName reports whether name is a temporary file outfile makes for a
// page or the manifest (left by a killed run).
func isTempName(name string) bool {
	i := strings.LastIndex(name, ".tmp")
	if !strings.HasPrefix(name, ".") || i < 0 {
		return false
	}
	base := name[1:i]
	return base == manifestName || pageName.MatchString(base)
}
