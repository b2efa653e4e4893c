package cache

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/ingest"
	"github.com/claimdiff/claimdiff/claims/rules"
)

// formatVersion is the version of the entry format and of the binary form
// of a Result inside it; entries of another version are ignored.
const formatVersion = 6

// magic starts every entry file.
const magic = "claimdiff-cache\n"

// header is the magic, a version byte, the 32-byte key and the payload's
// CRC-32C.
const headerSize = len(magic) + 1 + sha256.Size + 4

var crcTable = crc32.MakeTable(crc32.Castagnoli)

// packDir is the directory of the packs (pack.go) in the version's
// directory, beside the entries' two-hex-digit folders.
const packDir = "packs"

// file is one of the cache's files, as listed for trimming.
type file struct {
	path string
	size int64
	mod  time.Time
}

// Key identifies an entry: a SHA-256 of everything extraction depends on.
type Key [sha256.Size]byte

// Cache reads and writes the entries for one set of rules and one build
// of the program. Its methods are safe for concurrent use.
type Cache struct {
	dir   string // the version's directory: entries in two-hex-digit folders
	salt  []byte // rules fingerprint and program identity
	rules *rules.Rules
	fill  func(*claims.Result) // completes a result before it is stored

	// bufs holds the buffers entries are read into (*[]byte): reading ten
	// thousand entries allocates a few buffers, not ten thousand.
	bufs sync.Pool

	mu      sync.Mutex
	written int   // entries written by this process
	packs   int   // packs written by this process
	bytes   int64 // bytes of the entries and packs written by this process
	werr    error // the first error reading or writing, other than "not found"
}

// Dir is the cache's default directory: $CLAIMDIFF_CACHE_DIR when set,
// else claimdiff under the user's cache directory (os.UserCacheDir).
func Dir() (string, error) {
	if d := os.Getenv("CLAIMDIFF_CACHE_DIR"); d != "" {
		return d, nil
	}
	d, err := os.UserCacheDir()
	if err != nil {
		return "", fmt.Errorf("no cache directory: %w", err)
	}
	return filepath.Join(d, "claimdiff"), nil
}

// Open returns the cache in dir for results of the rules r extracted by
// this program. The directory is created when the first entry is written.
// fill, when not nil, completes each result before it is stored with what
// its readers would otherwise work out from it again on every read
// (compare.FillStatements); it must depend on the result and the rules
// alone.
func Open(dir string, r *rules.Rules, fill func(*claims.Result)) (*Cache, error) {
	prog, err := programID()
	if err != nil {
		return nil, err
	}
	salt := fmt.Appendf(nil, "%d\x00%s\x00%s\x00", formatVersion, prog, r.Fingerprint)
	return &Cache{dir: filepath.Join(dir, fmt.Sprintf("v%d", formatVersion)), salt: salt, rules: r, fill: fill}, nil
}

// Key is the key of doc's extraction.
func (c *Cache) Key(doc *ingest.Document) Key {
	h := sha256.New()
	h.Write(c.salt)
	var n [binary.MaxVarintLen64]byte
	buf := make([]byte, 0, 32<<10)
	for _, s := range []string{doc.Format, published(doc.Published), doc.Text} {
		h.Write(n[:binary.PutUvarint(n[:], uint64(len(s)))])
		for len(s) > 0 { // through a buffer: no copy of the whole text
			k := min(len(s), cap(buf))
			h.Write(append(buf[:0], s[:k]...))
			s = s[k:]
		}
	}
	var k Key
	h.Sum(k[:0])
	return k
}

func published(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.RFC3339Nano)
}

func (c *Cache) path(k Key) string {
	name := hex.EncodeToString(k[:])
	return filepath.Join(c.dir, name[:2], name[2:])
}

// Get returns doc's cached extraction, rebuilt as opt says, or false when
// there is none or the entry does not pass every check.
func (c *Cache) Get(doc *ingest.Document, opt claims.DecodeOptions) (*claims.Result, bool) {
	return c.get(c.Key(doc), doc, opt, nil)
}

// get is Get of the entry k; form, when not nil, is given the entry's
// binary form once it has passed its checks (valid only during the call).
func (c *Cache) get(k Key, doc *ingest.Document, opt claims.DecodeOptions, form func([]byte)) (*claims.Result, bool) {
	var res *claims.Result
	c.getForm(k, func(payload []byte) bool {
		// the decoder copies what it keeps, so the buffer is free again after
		var err error
		if res, err = claims.DecodeResult(payload, doc, opt); err != nil {
			res = nil
			return false
		}
		if form != nil {
			form(payload)
		}
		return true
	})
	return res, res != nil
}

// getForm gives the binary form of the entry k to fn once it has passed
// its checks (valid only during the call), without decoding it, and
// reports whether there was one. The entry is marked used when fn takes
// it (returns true).
func (c *Cache) getForm(k Key, fn func(form []byte) bool) bool {
	name := c.path(k)
	buf, _ := c.bufs.Get().(*[]byte)
	if buf == nil {
		buf = new([]byte)
	}
	defer c.bufs.Put(buf)
	data, mod, err := readFile(name, *buf)
	if err != nil {
		c.remember(err)
		return false
	}
	*buf = data[:0]
	payload, ok := check(data, k)
	if !ok {
		return false
	}
	if !fn(payload) {
		return false
	}
	if now := time.Now(); now.Sub(mod) > touchAfter {
		// mark it used, so trimming removes the least recently used first
		os.Chtimes(name, now, now)
	}
	return true
}

// touchAfter is how old an entry's time must be before a read renews it:
// renewing it on every read would cost a write per entry and run.
const touchAfter = 24 * time.Hour

// tmpAge is how old a temporary file must be to count as abandoned (a
// killed run's) rather than being written.
const tmpAge = time.Hour

// readFile reads a whole file into buf (grown as needed) and returns its
// bytes and modification time.
func readFile(name string, buf []byte) ([]byte, time.Time, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, time.Time{}, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, time.Time{}, err
	}
	n := int(st.Size())
	if cap(buf) < n {
		buf = make([]byte, n)
	}
	data := buf[:n]
	if _, err := io.ReadFull(f, data); err != nil {
		return nil, time.Time{}, err
	}
	return data, st.ModTime(), nil
}

// check verifies an entry's header and checksum and returns its payload.
func check(data []byte, k Key) ([]byte, bool) {
	if len(data) < headerSize || string(data[:len(magic)]) != magic || data[len(magic)] != formatVersion {
		return nil, false
	}
	at := len(magic) + 1
	if !bytes.Equal(data[at:at+sha256.Size], k[:]) {
		return nil, false
	}
	at += sha256.Size
	sum := binary.LittleEndian.Uint32(data[at:])
	payload := data[headerSize:]
	return payload, crc32.Checksum(payload, crcTable) == sum
}

// Put stores res, with its Words (filled first when missing) and what the
// cache's fill adds to it. It writes a temporary file and renames it into
// place, so a reader sees the whole entry or none; a failure is remembered
// (see Err) and otherwise ignored: the cache only saves time.
func (c *Cache) Put(res *claims.Result) { c.put(c.Key(res.Doc), res) }

// put is Put under the key k, and returns the binary form it stored.
func (c *Cache) put(k Key, res *claims.Result) []byte {
	res.FillWords(c.rules)
	if c.fill != nil {
		c.fill(res)
	}
	buf := make([]byte, headerSize, headerSize+16<<10)
	copy(buf, magic)
	buf[len(magic)] = formatVersion
	copy(buf[len(magic)+1:], k[:])
	buf = res.AppendBinary(buf)
	binary.LittleEndian.PutUint32(buf[headerSize-4:], crc32.Checksum(buf[headerSize:], crcTable))
	if err := writeFile(c.path(k), buf); err != nil {
		c.remember(err)
		return buf[headerSize:]
	}
	c.mu.Lock()
	c.written++
	c.bytes += int64(len(buf))
	c.mu.Unlock()
	return buf[headerSize:]
}

// writeFile writes data to the file name through a temporary file in its
// directory (created when missing) renamed into place, so that a reader
// sees the whole file or none.
func writeFile(name string, data []byte) error {
	dir := filepath.Dir(name)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	f, err := os.CreateTemp(dir, ".tmp-*")
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(f.Name(), name)
	}
	if err != nil {
		os.Remove(f.Name())
	}
	return err
}

// remember keeps err as the first error (see Err) unless it only says
// that a file is not there: a cache misses, it does not fail.
func (c *Cache) remember(err error) {
	if err == nil || errors.Is(err, fs.ErrNotExist) {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.werr == nil {
		c.werr = err
	}
}

// Err is the first error reading or writing the cache other than a file
// not found (permission denied, a cache directory that is a file...),
// if any: a cache with one may have been of no use to the run.
func (c *Cache) Err() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.werr
}

// Written is how many entries this Cache has written.
func (c *Cache) Written() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.written
}

// PacksWritten is how many packs this Cache has written.
func (c *Cache) PacksWritten() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.packs
}

// BytesWritten is the size of the entries and packs this Cache has
// written, which TrimIfDue adds to the cache's size as last measured.
func (c *Cache) BytesWritten() int64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.bytes
}

// newInterner returns a function that keeps one copy of each string it is
// given, safe for concurrent use: the words, kinds and rule names of
// thousands of cached results are then stored once.
func newInterner() func([]byte) string {
	m := newShardedMap[string]()
	self := func(s string) string { return s }
	return func(b []byte) string { return m.get(b, self) }
}
