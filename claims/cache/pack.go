package cache

import (
	"bytes"
	"cmp"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"hash/crc32"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/ingest"
)

// A pack holds in one file what comparison reads of every document of one
// list (a check's baseline): each document's entry in its shared form
// (claims.SharedForm: no tokens, its strings numbers into the pack's one
// string table). A later run over the same list reads one file and one
// table instead of an entry and a table per document.
//
// A pack is named by a hash of its documents' entry keys in order (packKey),
// so any change to a document, to the list, to the rules or to the program
// names another pack. It is written to a temporary file and renamed into
// place whole; every part is checksummed, and a pack that fails a check is
// never trusted: one that fails when opened is written again by the run
// that found it, and one whose record fails is removed, that document read
// from its entry, and the pack written again by the next run.
//
// A list that has no pack yet takes what it shares with the kept pack
// that shares the most with it (a baseline that grew by a few articles
// since, not another list compared meanwhile): the records of the
// documents both hold are checked and copied, only their strings'
// numbers rewritten (the new table holds only what its records use, so it
// does not grow from pack to pack). A pack's time is renewed whenever a
// run reads it, and only the maxPacks packs used last are kept. A pack's
// footer names its documents' entry keys, checked against the list's.
//
// A record holds no story terms (claims.Result.StoryTerms): the footer
// keeps every document's, as numbers into the table, so that a check can
// choose the documents of its story (ExtractChosen) from the footer alone
// and decode only their records.
//
// The file: the header (packMagic, packVersion, the pack key); the
// records; the footer (the string table, then each document's record as
// its entry key, offset, length and CRC-32C, and its story terms: 0 for
// none, else their count plus one and each one's number); the trailer
// (the footer's offset, its CRC-32C, packEnd).

const (
	packMagic   = "claimdiff-pack\n"
	packVersion = 2
	packEnd     = "packend\n"
	// packHeader is the magic, the version byte and the pack key.
	packHeader = len(packMagic) + 1 + sha256.Size
	// packTrailer is the footer's offset (8 bytes), its CRC (4) and packEnd.
	packTrailer = 8 + 4 + len(packEnd)
	// maxPacks is how many packs are kept, those used last.
	maxPacks = 4
)

// MinPack is the fewest documents a list needs for ExtractAll to keep a
// pack of it: below that, reading the entries costs little.
const MinPack = 100

// packKey names the pack of the documents whose entry keys are keys.
func (c *Cache) packKey(keys []Key) Key {
	h := sha256.New()
	fmt.Fprintf(h, "pack %d\x00", packVersion)
	h.Write(c.salt)
	for _, k := range keys {
		h.Write(k[:])
	}
	var k Key
	h.Sum(k[:0])
	return k
}

func (c *Cache) packPath(k Key) string {
	return filepath.Join(c.dir, packDir, hex.EncodeToString(k[:]))
}

// record is where a document's shared form lies in a pack, and the key of
// its entry.
type record struct {
	key    Key
	off, n int64
	sum    uint32
}

// pack is an open pack being read; its methods are safe for concurrent use.
type pack struct {
	f     *os.File
	name  string
	table []string
	recs  []record
	terms [][]uint32 // each record's story terms, numbers into table; nil for none
	bufs  *sync.Pool
	bad   atomic.Bool // a record failed its checks
	// byKey finds a record by its entry key, in a pack a new one takes
	// records from (see latestPack).
	byKey map[Key]int
}

// openPack opens the pack named k of the documents whose entry keys are
// keys, marking it used, or returns an error when there is none or it
// fails a check.
func (c *Cache) openPack(k Key, keys []Key) (*pack, error) {
	name := c.packPath(k)
	p, err := c.openPackFile(name, &k, keys)
	if err != nil {
		return nil, err
	}
	touch(name)
	return p, nil
}

// touch marks the file name used now: packs are kept, and entries
// trimmed, by when they were used last.
func touch(name string) {
	now := time.Now()
	os.Chtimes(name, now, now)
}

// openPackFile opens the pack in the file name, for the pack key k and
// the documents whose entry keys are keys (nil and nil: any), or returns
// an error when it fails a check. An error other than the file not being
// there is recorded (see Cache.Err).
func (c *Cache) openPackFile(name string, k *Key, keys []Key) (*pack, error) {
	f, err := os.Open(name)
	if err != nil {
		c.remember(err)
		return nil, err
	}
	p := &pack{f: f, name: name, bufs: &c.bufs}
	if err := p.readFooter(k, keys); err != nil {
		f.Close()
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return p, nil
}

// latestPack opens the kept pack that shares the most documents with the
// list whose entry keys are keys (of those sharing as many, the one used
// last), to take records from, marking it used; or returns nil when none
// shares any and passes its checks.
func (c *Cache) latestPack(keys []Key) *pack {
	want := make(map[Key]bool, len(keys))
	for _, k := range keys {
		want[k] = true
	}
	var best *pack
	most := 0
	for _, f := range c.packFiles() {
		p, err := c.openPackFile(f.path, nil, nil)
		if err != nil {
			continue
		}
		shared := 0
		for _, r := range p.recs {
			if want[r.key] {
				shared++
			}
		}
		if shared > most {
			if best != nil {
				best.close()
			}
			best, most = p, shared
		} else {
			p.close()
		}
	}
	if best == nil {
		return nil
	}
	touch(best.name)
	best.byKey = make(map[Key]int, len(best.recs))
	for i, r := range best.recs {
		best.byKey[r.key] = i
	}
	return best
}

// packFiles lists the packs, the one used last first.
func (c *Cache) packFiles() []file {
	var out []file
	ents, _ := os.ReadDir(filepath.Join(c.dir, packDir))
	for _, e := range ents {
		if info, err := e.Info(); err == nil && info.Mode().IsRegular() && len(e.Name()) == 2*sha256.Size && !strings.HasPrefix(e.Name(), ".") {
			out = append(out, file{filepath.Join(c.dir, packDir, e.Name()), info.Size(), info.ModTime()})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].mod.After(out[j].mod) })
	return out
}

// dropOldPacks removes all but the maxPacks packs used last, and the
// temporary files of packs abandoned (older than tmpAge: a killed run's).
func (c *Cache) dropOldPacks() {
	packs := c.packFiles()
	for _, f := range packs[min(len(packs), maxPacks):] {
		os.Remove(f.path)
	}
	tmps, _ := filepath.Glob(filepath.Join(c.dir, packDir, ".tmp-*"))
	for _, name := range tmps {
		if st, err := os.Stat(name); err == nil && time.Since(st.ModTime()) > tmpAge {
			os.Remove(name)
		}
	}
}

// readFooter checks the pack's header, trailer and footer and reads its
// string table and records.
func (p *pack) readFooter(k *Key, keys []Key) error {
	st, err := p.f.Stat()
	if err != nil {
		return err
	}
	size := st.Size()
	if size < int64(packHeader+packTrailer) {
		return errors.New("too short")
	}
	head := make([]byte, packHeader)
	tail := make([]byte, packTrailer)
	if _, err := p.f.ReadAt(head, 0); err != nil {
		return err
	}
	if _, err := p.f.ReadAt(tail, size-int64(packTrailer)); err != nil {
		return err
	}
	if string(head[:len(packMagic)]) != packMagic || head[len(packMagic)] != packVersion ||
		k != nil && !bytes.Equal(head[len(packMagic)+1:], k[:]) || string(tail[12:]) != packEnd {
		return errors.New("not this pack")
	}
	at := int64(binary.LittleEndian.Uint64(tail))
	end := size - int64(packTrailer)
	if at < int64(packHeader) || at > end {
		return errors.New("bad footer offset")
	}
	footer := make([]byte, end-at)
	if _, err := p.f.ReadAt(footer, at); err != nil {
		return err
	}
	if crc32.Checksum(footer, crcTable) != binary.LittleEndian.Uint32(tail[8:]) {
		return errors.New("bad footer checksum")
	}
	return p.parseFooter(footer, at, keys)
}

// parseFooter reads the string table and the records, each within the
// records' part of the file (before at), of the documents whose entry
// keys are keys, in order (nil: any).
func (p *pack) parseFooter(footer []byte, at int64, keys []Key) error {
	b := footer
	uvarint := func() (uint64, bool) {
		v, k := binary.Uvarint(b)
		if k <= 0 {
			return 0, false
		}
		b = b[k:]
		return v, true
	}
	count, ok := uvarint()
	if !ok || count > uint64(len(b)) {
		return errors.New("bad string table")
	}
	// the table's strings are slices of one string of its bytes
	lens := make([]int, count)
	all := make([]byte, 0, len(b))
	for i := range lens {
		l, ok := uvarint()
		if !ok || l > uint64(len(b)) {
			return errors.New("bad string table")
		}
		lens[i] = int(l)
		all = append(all, b[:l]...)
		b = b[l:]
	}
	s := string(all)
	p.table = make([]string, count)
	for i, l := range lens {
		p.table[i], s = s[:l], s[l:]
	}
	nr, ok := uvarint()
	if !ok || keys != nil && nr != uint64(len(keys)) || nr > uint64(len(b)) {
		return errors.New("not the documents' pack")
	}
	p.recs = make([]record, nr)
	p.terms = make([][]uint32, nr)
	for i := range p.recs {
		if len(b) < sha256.Size {
			return errors.New("bad record")
		}
		r := &p.recs[i]
		copy(r.key[:], b)
		if keys != nil && r.key != keys[i] {
			return errors.New("not the documents' pack")
		}
		b = b[sha256.Size:]
		o, ok1 := uvarint()
		l, ok2 := uvarint()
		if !ok1 || !ok2 || len(b) < 4 || o < uint64(packHeader) || l > uint64(at) || o > uint64(at)-l {
			return errors.New("bad record")
		}
		r.off, r.n, r.sum = int64(o), int64(l), binary.LittleEndian.Uint32(b)
		b = b[4:]
		nt, ok := uvarint()
		if !ok || nt > uint64(len(b))+1 {
			return errors.New("bad story terms")
		}
		if nt > 0 {
			ts := make([]uint32, nt-1)
			for k := range ts {
				id, ok := uvarint()
				if !ok || id >= count {
					return errors.New("bad story terms")
				}
				ts[k] = uint32(id)
			}
			p.terms[i] = ts
		}
	}
	if len(b) != 0 {
		return errors.New("trailing bytes in the footer")
	}
	return nil
}

// get decodes document i's record as opt says, or returns false (and
// marks the pack bad) when it fails a check. raw, when not nil, is given
// the record once it has passed them (valid only during the call).
func (p *pack) get(i int, doc *ingest.Document, opt claims.DecodeOptions, raw func([]byte)) (*claims.Result, bool) {
	var res *claims.Result
	p.raw(i, func(data []byte) {
		opt.Table = p.table
		opt.ForComparison = true
		var err error
		if res, err = claims.DecodeResult(data, doc, opt); err != nil {
			res = nil
			p.bad.Store(true)
			return
		}
		res.StoryTerms = p.termStrings(i)
		if raw != nil {
			raw(data)
		}
	})
	return res, res != nil
}

// raw gives record i's bytes to fn once they pass their checksum (valid
// only during the call), without decoding them, and reports whether they
// did; one that fails marks the pack bad.
func (p *pack) raw(i int, fn func(rec []byte)) bool {
	rec := p.recs[i]
	buf, _ := p.bufs.Get().(*[]byte)
	if buf == nil {
		buf = new([]byte)
	}
	defer p.bufs.Put(buf)
	if int64(cap(*buf)) < rec.n {
		*buf = make([]byte, rec.n)
	}
	data := (*buf)[:rec.n]
	if _, err := p.f.ReadAt(data, rec.off); err != nil || crc32.Checksum(data, crcTable) != rec.sum {
		p.bad.Store(true)
		return false
	}
	fn(data)
	return true
}

// termStrings is record i's story terms, nil for none.
func (p *pack) termStrings(i int) []string {
	ids := p.terms[i]
	if ids == nil {
		return nil
	}
	out := make([]string, len(ids))
	for k, id := range ids {
		out[k] = p.table[id]
	}
	return out
}

// hasTerms reports whether every record has its story terms.
func (p *pack) hasTerms() bool {
	for _, ts := range p.terms {
		if ts == nil {
			return false
		}
	}
	return true
}

// storyTerms is every record's story terms, in order.
func (p *pack) storyTerms() [][]string {
	out := make([][]string, len(p.recs))
	for i := range out {
		out[i] = p.termStrings(i)
	}
	return out
}

// close closes the pack, and removes it when a record failed: the next
// run over the same documents writes it again.
func (p *pack) close() {
	p.f.Close()
	if p.bad.Load() {
		os.Remove(p.name)
	}
}

// packWriter writes a pack as the documents' forms come, in any order;
// its methods are safe for concurrent use.
type packWriter struct {
	ids   *stringIDs
	mu    sync.Mutex
	f     *os.File // the temporary file
	name  string   // the pack's name
	off   int64
	recs  []record
	terms [][]uint32 // each document's story terms, numbered as the table's
	have  []bool
	err   error
	c     *Cache
	// fromIDs are this pack's numbers (plus one) of the strings of the
	// pack records are taken from, as they are asked for (addFrom).
	fromIDs []atomic.Uint32
	once    sync.Once
}

// createPack starts writing the pack named k for the documents whose
// entry keys are keys, or returns nil when it cannot (the pack only saves
// time; the error is recorded, see Cache.Err).
func (c *Cache) createPack(k Key, keys []Key) *packWriter {
	name := c.packPath(k)
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		c.remember(err)
		return nil
	}
	f, err := os.CreateTemp(filepath.Dir(name), ".tmp-*")
	if err != nil {
		c.remember(err)
		return nil
	}
	head := append([]byte(packMagic), packVersion)
	head = append(head, k[:]...)
	w := &packWriter{ids: newStringIDs(), f: f, name: name, recs: make([]record, len(keys)), terms: make([][]uint32, len(keys)),
		have: make([]bool, len(keys)), c: c}
	for i, k := range keys {
		w.recs[i].key = k
	}
	w.off, w.err = writeAt(f, head, 0)
	return w
}

// writeAt writes b at off and returns the offset after it.
func writeAt(f *os.File, b []byte, off int64) (int64, error) {
	n, err := f.WriteAt(b, off)
	return off + int64(n), err
}

// addFrom writes document i's record taken from record j of the pack
// from, its strings and story terms numbered again as this pack's.
func (w *packWriter) addFrom(i, j int, rec []byte, from *pack) {
	n, k := binary.Uvarint(rec)
	if k <= 0 || n > uint64(len(rec)-k)/4 {
		w.mu.Lock()
		w.err = cmp.Or(w.err, errors.New("bad record"))
		w.mu.Unlock()
		return
	}
	out := make([]byte, len(rec))
	copy(out, rec)
	ids := out[k : k+4*int(n)]
	for at := 0; at < len(ids); at += 4 {
		if int(binary.LittleEndian.Uint32(ids[at:])) >= len(from.table) {
			w.mu.Lock()
			w.err = cmp.Or(w.err, errors.New("bad record"))
			w.mu.Unlock()
			return
		}
	}
	for at := 0; at < len(ids); at += 4 {
		old := binary.LittleEndian.Uint32(ids[at:])
		binary.LittleEndian.PutUint32(ids[at:], w.renumber(old, from))
	}
	var terms []uint32
	if ts := from.terms[j]; ts != nil {
		terms = make([]uint32, len(ts))
		for k, old := range ts {
			terms[k] = w.renumber(old, from)
		}
	}
	w.addShared(i, out, terms)
}

// renumber is this pack's number of string old of the pack from (in its
// table: addFrom checks).
func (w *packWriter) renumber(old uint32, from *pack) uint32 {
	w.once.Do(func() { w.fromIDs = make([]atomic.Uint32, len(from.table)) })
	if id := w.fromIDs[old].Load(); id != 0 {
		return id - 1
	}
	id := w.ids.id([]byte(from.table[old])) // the same for the same string, whoever asks
	w.fromIDs[old].Store(id + 1)
	return id
}

// add writes document i's form (AppendBinary's) into the pack.
func (w *packWriter) add(i int, form []byte) {
	terms := []uint32{}
	has, err := claims.SplitStoryTerms(form, func(t []byte) { terms = append(terms, w.ids.id(t)) })
	if !has {
		terms = nil
	}
	var rec []byte
	if err == nil {
		rec, err = claims.SharedForm(nil, form, w.ids.id)
	}
	if err != nil {
		w.mu.Lock()
		w.err = cmp.Or(w.err, err)
		w.mu.Unlock()
		return
	}
	w.addShared(i, rec, terms)
}

// addShared writes document i's record, a shared form whose strings are
// numbered as this pack's, and keeps its story terms (nil for none) for
// the footer.
func (w *packWriter) addShared(i int, rec []byte, terms []uint32) {
	sum := crc32.Checksum(rec, crcTable)
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.err == nil {
		at := w.off
		w.off, w.err = writeAt(w.f, rec, at)
		r := &w.recs[i]
		r.off, r.n, r.sum, w.have[i] = at, int64(len(rec)), sum, true
		w.terms[i] = terms
	}
}

// finish writes the footer and the trailer and renames the pack into
// place when every document's form was added and ok, else removes it.
func (w *packWriter) finish(ok bool) {
	w.mu.Lock()
	defer w.mu.Unlock()
	for _, h := range w.have {
		ok = ok && h
	}
	if ok && w.err == nil {
		footer := w.ids.appendTable(nil)
		footer = binary.AppendUvarint(footer, uint64(len(w.recs)))
		for i, r := range w.recs {
			footer = append(footer, r.key[:]...)
			footer = binary.AppendUvarint(footer, uint64(r.off))
			footer = binary.AppendUvarint(footer, uint64(r.n))
			footer = binary.LittleEndian.AppendUint32(footer, r.sum)
			footer = appendTerms(footer, w.terms[i])
		}
		sum := crc32.Checksum(footer, crcTable)
		footer = binary.LittleEndian.AppendUint64(footer, uint64(w.off))
		footer = binary.LittleEndian.AppendUint32(footer, sum)
		footer = append(footer, packEnd...)
		_, w.err = writeAt(w.f, footer, w.off)
	}
	if err := w.f.Close(); w.err == nil {
		w.err = err
	}
	if ok && w.err == nil {
		w.err = os.Rename(w.f.Name(), w.name)
	}
	if !ok || w.err != nil {
		var pe *fs.PathError
		var le *os.LinkError
		if errors.As(w.err, &pe) || errors.As(w.err, &le) {
			w.c.remember(w.err) // the disk's, not a record's
		}
		os.Remove(w.f.Name())
		w.c.dropOldPacks()
		return
	}
	size := w.off // the records; the footer after them, when the file says
	if st, err := os.Stat(w.name); err == nil {
		size = st.Size()
	}
	w.c.mu.Lock()
	w.c.packs++
	w.c.bytes += size
	w.c.mu.Unlock()
	w.c.dropOldPacks()
}

// stringIDs numbers the strings of the forms added to a pack, safe for
// concurrent use.
type stringIDs struct {
	next atomic.Uint32
	ids  *shardedMap[uint32]
	add  func(string) uint32 // the next number
}

func newStringIDs() *stringIDs {
	s := &stringIDs{ids: newShardedMap[uint32]()}
	s.add = func(string) uint32 { return s.next.Add(1) - 1 }
	return s
}

// id is the number of the string b.
func (s *stringIDs) id(b []byte) uint32 { return s.ids.get(b, s.add) }

// appendTable appends the table: the count, then each string by number
// as its length and bytes.
func (s *stringIDs) appendTable(b []byte) []byte {
	table := make([]string, s.next.Load())
	s.ids.each(func(str string, k uint32) { table[k] = str })
	b = binary.AppendUvarint(b, uint64(len(table)))
	for _, str := range table {
		b = binary.AppendUvarint(b, uint64(len(str)))
		b = append(b, str...)
	}
	return b
}

// appendTerms appends a record's story terms to the footer: 0 for none,
// else their count plus one and each one's number.
func appendTerms(b []byte, terms []uint32) []byte {
	if terms == nil {
		return append(b, 0)
	}
	b = binary.AppendUvarint(b, uint64(len(terms))+1)
	for _, id := range terms {
		b = binary.AppendUvarint(b, uint64(id))
	}
	return b
}
