package cache

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
)

// DefaultMax is the cache's default size limit in bytes.
const DefaultMax = 1 << 30

// MaxSize is the size limit: $CLAIMDIFF_CACHE_MAX (bytes, or with a K, M or
// G suffix: "500M"), else DefaultMax.
func MaxSize() (int64, error) {
	s := strings.TrimSpace(os.Getenv("CLAIMDIFF_CACHE_MAX"))
	if s == "" {
		return DefaultMax, nil
	}
	return ParseSize(s)
}

// ParseSize reads a size in bytes, with an optional K, M or G suffix
// (powers of 1024; a trailing B or iB is allowed: "2GiB", "500MB").
func ParseSize(s string) (int64, error) {
	t := strings.ToUpper(strings.TrimSpace(s))
	t = strings.TrimSuffix(strings.TrimSuffix(t, "B"), "I")
	mult := int64(1)
	if t != "" {
		switch t[len(t)-1] {
		case 'K':
			mult = 1 << 10
		case 'M':
			mult = 1 << 20
		case 'G':
			mult = 1 << 30
		}
		if mult > 1 {
			t = t[:len(t)-1]
		}
	}
	n, err := strconv.ParseInt(strings.TrimSpace(t), 10, 64)
	if err != nil || n < 0 {
		return 0, fmt.Errorf("cache size %q: want a number of bytes, optionally with K, M or G", s)
	}
	return n * mult, nil
}

// entryName matches the files the cache owns under dir: entries
// (v<version>/<2 hex>/<62 hex>), packs (v<version>/packs/<64 hex>) and
// temporary files being written.
var entryName = regexp.MustCompile(`^v[0-9]+/([0-9a-f]{2}/[0-9a-f]{62}|packs/[0-9a-f]{64}|([0-9a-f]{2}|packs)/\.tmp-[0-9]+)$`)

// CheckDir returns an error, not naming dir, when dir exists but is not a
// directory (a cache directory set to a file) or cannot be looked at; a
// dir that does not exist yet is fine: the cache creates it when it first
// writes.
func CheckDir(dir string) error {
	st, err := os.Stat(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	if err != nil {
		return err
	}
	if !st.IsDir() {
		return errors.New("not a directory")
	}
	return nil
}

// files lists the cache's own files under dir; anything else there is
// not the cache's and is left alone.
func files(dir string) ([]file, error) {
	if err := CheckDir(dir); err != nil {
		return nil, err
	}
	var out []file
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p == dir && os.IsNotExist(err) {
				return fs.SkipAll
			}
			return err
		}
		if d.IsDir() {
			return nil
		}
		rel, err := filepath.Rel(dir, p)
		if err != nil || !entryName.MatchString(filepath.ToSlash(rel)) {
			return nil
		}
		info, err := d.Info()
		if err != nil {
			return nil // removed meanwhile
		}
		out = append(out, file{p, info.Size(), info.ModTime()})
		return nil
	})
	return out, err
}

// Removed counts the files Trim or Clear removed, by kind.
type Removed struct {
	Entries, Packs, Temp int
}

// tally counts the removed file f.
func (r *Removed) tally(f file) {
	switch base := filepath.Base(f.path); {
	case strings.HasPrefix(base, ".tmp-"):
		r.Temp++
	case filepath.Base(filepath.Dir(f.path)) == packDir:
		r.Packs++
	default:
		r.Entries++
	}
}

// String says what was removed: "2 entries", "3 entries and 1 pack",
// "0 entries" when nothing was.
func (r Removed) String() string {
	parts := []string{plural(r.Entries, "entry", "entries")}
	if r.Packs > 0 {
		parts = append(parts, plural(r.Packs, "pack", "packs"))
	}
	if r.Temp > 0 {
		parts = append(parts, plural(r.Temp, "temporary file", "temporary files"))
	}
	if len(parts) == 1 {
		return parts[0]
	}
	return strings.Join(parts[:len(parts)-1], ", ") + " and " + parts[len(parts)-1]
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// Trim removes the least recently used entries and packs until the cache
// in dir holds at most max bytes (with some room to spare, so that not
// every run trims), and temporary files abandoned by killed runs (older
// than tmpAge). Temporary files being written count toward the limit but
// are left to their writers.
func Trim(dir string, max int64) (Removed, error) {
	var removed Removed
	fs, err := files(dir)
	if err != nil {
		return removed, err
	}
	var total int64
	var kept []file
	for _, f := range fs {
		if strings.HasPrefix(filepath.Base(f.path), ".tmp-") {
			if time.Since(f.mod) > tmpAge && os.Remove(f.path) == nil {
				removed.tally(f)
				continue
			}
			total += f.size
			continue
		}
		total += f.size
		kept = append(kept, f)
	}
	if total <= max {
		return removed, nil
	}
	sort.Slice(kept, func(i, j int) bool { return kept[i].mod.Before(kept[j].mod) })
	goal := max - max/10
	for _, f := range kept {
		if total <= goal {
			break
		}
		if err := os.Remove(f.path); err == nil || os.IsNotExist(err) {
			total -= f.size
			removed.tally(f)
		}
	}
	removeEmptyDirs(dir)
	return removed, nil
}

// Clear removes every entry and pack of the cache in dir, and dir itself
// when nothing else is left in it. Files the cache does not own are kept.
func Clear(dir string) (Removed, error) {
	var removed Removed
	fs, err := files(dir)
	if err != nil {
		return removed, err
	}
	for _, f := range fs {
		if err := os.Remove(f.path); err != nil && !os.IsNotExist(err) {
			return removed, err
		}
		removed.tally(f)
	}
	removeEmptyDirs(dir)
	os.Remove(dir) // only when empty
	return removed, nil
}

// removeEmptyDirs removes the cache's version and fan-out directories
// that are empty.
func removeEmptyDirs(dir string) {
	vs, _ := filepath.Glob(filepath.Join(dir, "v[0-9]*"))
	for _, v := range vs {
		subs, _ := filepath.Glob(filepath.Join(v, "[0-9a-f][0-9a-f]"))
		subs = append(subs, filepath.Join(v, packDir))
		for _, s := range subs {
			os.Remove(s) // fails unless empty
		}
		os.Remove(v)
	}
}
