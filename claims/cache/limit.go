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
// are left to their writers. It records the size it leaves (see
// TrimIfDue).
func Trim(dir string, max int64) (Removed, error) {
	removed, total, err := trim(dir, max)
	if err == nil {
		writeLedger(dir, ledger{at: time.Now(), size: total})
	}
	return removed, err
}

// trimInterval is how long a cache's size as last measured is trusted:
// after it, the next run that writes walks the cache again, which also
// counts what concurrent runs wrote (each adds its own bytes to the
// ledger, and two at once may each miss the other's).
const trimInterval = time.Hour

// ledgerName is the file in the cache directory that records when the
// cache's size was last measured, and the size since, in a line
// "<unix seconds> <bytes>". It only saves walking the cache: a missing or
// unreadable one means "measure again".
const ledgerName = "trim.txt"

// ledger is a cache's size as last measured, plus what runs wrote since.
type ledger struct {
	at   time.Time
	size int64
}

// readLedger reads dir's ledger, or false.
func readLedger(dir string) (ledger, bool) {
	b, err := os.ReadFile(filepath.Join(dir, ledgerName))
	if err != nil {
		return ledger{}, false
	}
	f := strings.Fields(string(b))
	if len(f) != 2 {
		return ledger{}, false
	}
	at, err1 := strconv.ParseInt(f[0], 10, 64)
	size, err2 := strconv.ParseInt(f[1], 10, 64)
	if err1 != nil || err2 != nil || size < 0 {
		return ledger{}, false
	}
	return ledger{at: time.Unix(at, 0), size: size}, true
}

// writeLedger replaces dir's ledger with l, through a temporary file
// renamed into place; a failure leaves the next run to measure again. A
// cache directory that is not there is not made for it.
func writeLedger(dir string, l ledger) {
	if _, err := os.Stat(dir); err != nil {
		return
	}
	writeFile(filepath.Join(dir, ledgerName), fmt.Appendf(nil, "%d %d\n", l.at.Unix(), l.size))
}

// TrimIfDue trims the cache in dir to max bytes (Trim) after a run that
// wrote written bytes to it, when that may be needed: when the ledger
// says the cache, with what was written, may be over max, or when its
// size was last measured more than trimInterval ago, or is not known.
// Otherwise it only adds written to the ledger: a run that adds a few
// entries to a large cache does not walk all its files. It reports
// whether it walked the cache.
func TrimIfDue(dir string, max, written int64) (Removed, bool, error) {
	l, ok := readLedger(dir)
	if ok && time.Since(l.at) < trimInterval && l.at.Before(time.Now().Add(time.Minute)) && l.size+written <= max {
		writeLedger(dir, ledger{at: l.at, size: l.size + written})
		return Removed{}, false, nil
	}
	removed, err := Trim(dir, max)
	return removed, true, err
}

// trim is Trim, also returning the bytes the cache holds after it.
func trim(dir string, max int64) (Removed, int64, error) {
	var removed Removed
	fs, err := files(dir)
	if err != nil {
		return removed, 0, err
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
		return removed, total, nil
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
	return removed, total, nil
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
	stale, _ := filepath.Glob(filepath.Join(dir, ".tmp-*"))
	for _, name := range append(stale, filepath.Join(dir, ledgerName)) {
		os.Remove(name)
	}
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
