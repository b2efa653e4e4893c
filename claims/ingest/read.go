package ingest

import (
	"bytes"
	"context"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// DefaultMaxBytes is the default size limit of one article (or one JSONL
// record): generous for news, small enough to refuse a stray dump.
const DefaultMaxBytes = 64 << 20

// Options control reading.
type Options struct {
	// Source names the outlet of documents whose metadata does not.
	Source string
	// Published is the publication time of documents whose metadata gives none.
	Published time.Time
	// MaxBytes limits one article; 0 means DefaultMaxBytes.
	MaxBytes int64
	// Stdin is read for the path "-".
	Stdin io.Reader
}

// Extensions lists the file endings a directory walk reads, with the format
// each is read as.
var Extensions = map[string]string{
	".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html",
	".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl",
}

// Result is what Read found: the documents in input order, and warnings for
// inputs it skipped (empty articles, JSON files with no article records in a
// directory walk).
type Result struct {
	Documents []*Document
	Warnings  []*Error
}

// Read reads every path: files, directories (walked in sorted order,
// hidden entries skipped) and "-" for standard input. It stops at the first
// error, which is an *Error naming the file.
func Read(ctx context.Context, paths []string, opt Options) (*Result, error) {
	res := &Result{}
	err := Walk(ctx, paths, opt, func(d *Document) error {
		res.Documents = append(res.Documents, d)
		return nil
	}, func(w *Error) { res.Warnings = append(res.Warnings, w) })
	if err != nil {
		return nil, err
	}
	return res, nil
}

// Walk reads the paths like Read but hands each document to fn as soon as
// it is read, so a large JSONL archive streams through in bounded memory.
// The small plain-text and Markdown files of consecutive path arguments
// (a directory's files, a glob's many single files) are read on all
// cores, a few ahead of the one handed on (readFiles); fn and warn are
// called in order, from Walk's goroutine.
// warn receives the skipped inputs. An error from fn stops the walk and is
// returned as it is.
func Walk(ctx context.Context, paths []string, opt Options, fn func(*Document) error, warn func(*Error)) error {
	if opt.MaxBytes <= 0 {
		opt.MaxBytes = DefaultMaxBytes
	}
	ids := map[string]string{}
	add := func(d *Document) error {
		if prev, dup := ids[d.ID]; dup {
			return errAt(d.Path, d.Line, 1, "duplicate document id %q (also in %s)", d.ID, prev)
		}
		ids[d.ID] = d.Path
		return fn(d)
	}
	for i := 0; i < len(paths); {
		if err := ctx.Err(); err != nil {
			return err
		}
		if paths[i] == "-" {
			if err := readStdin(opt, add, warn); err != nil {
				return err
			}
			i++
			continue
		}
		j := i + 1
		for j < len(paths) && paths[j] != "-" {
			j++
		}
		if err := readPaths(ctx, paths[i:j], opt, add, warn); err != nil {
			return err
		}
		i = j
	}
	return nil
}

// readStdin reads standard input as one plain-text article.
func readStdin(opt Options, add func(*Document) error, warn func(*Error)) error {
	if opt.Stdin == nil {
		return errAt("-", 0, 0, "no standard input")
	}
	size := int64(-1) // a file redirected in is read into one buffer of its size
	if f, ok := opt.Stdin.(*os.File); ok {
		if st, err := f.Stat(); err == nil && st.Mode().IsRegular() {
			size = st.Size()
		}
	}
	b, err := readLimited("-", opt.Stdin, size, opt.MaxBytes)
	if err != nil {
		return err
	}
	docs, ws, err := parseFile("-", "txt", b, opt, true)
	return deliver(docs, ws, err, add, warn)
}

// readPaths reads the files of consecutive path arguments as one run, so
// that a glob's many single files are read ahead as a directory's are. A
// path that cannot be expanded is reported once the files of the paths
// before it have been handed on, as reading each path in turn would.
func readPaths(ctx context.Context, paths []string, opt Options, add func(*Document) error, warn func(*Error)) error {
	var files []file
	for _, p := range paths {
		if err := ctx.Err(); err != nil {
			return err
		}
		more, err := expand(p)
		if err != nil {
			if err := readFiles(ctx, files, opt, add, warn); err != nil {
				return err
			}
			return err
		}
		files = append(files, more...)
	}
	return readFiles(ctx, files, opt, add, warn)
}

type file struct {
	path     string
	format   string
	explicit bool
}

// expand resolves one path argument into the files to read.
func expand(p string) ([]file, error) {
	st, err := os.Stat(p)
	if err != nil {
		return nil, errAt(p, 0, 0, "%s", DescribeOSError(err))
	}
	if !st.IsDir() {
		if !st.Mode().IsRegular() {
			return nil, errAt(p, 0, 0, "not a regular file (%s)", st.Mode().Type())
		}
		format := Extensions[strings.ToLower(filepath.Ext(p))]
		if format == "" {
			format = "txt"
		}
		return []file{{p, format, true}}, nil
	}
	var out []file
	err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return errAt(path, 0, 0, "%s", DescribeOSError(err))
		}
		name := d.Name()
		if path != p && strings.HasPrefix(name, ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() || !d.Type().IsRegular() {
			return nil
		}
		if format := Extensions[strings.ToLower(filepath.Ext(name))]; format != "" {
			out = append(out, file{path, format, false})
		}
		return nil
	})
	if err != nil {
		var ie *Error
		if errors.As(err, &ie) {
			return nil, ie
		}
		return nil, errAt(p, 0, 0, "%v", err)
	}
	if len(out) == 0 {
		return nil, errAt(p, 0, 0, "directory has no articles (looked for %s)", extList())
	}
	sort.Slice(out, func(i, j int) bool { return out[i].path < out[j].path })
	return out, nil
}

func extList() string {
	var exts []string
	for e := range Extensions {
		exts = append(exts, e)
	}
	sort.Strings(exts)
	return strings.Join(exts, " ")
}

// DescribeOSError turns a file-system error into the short phrase an error
// line ends with: "no such file or directory", "permission denied".
func DescribeOSError(err error) string {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "no such file or directory"
	case errors.Is(err, fs.ErrPermission):
		return "permission denied"
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// readFile reads one file when its turn comes and hands its documents on;
// a JSONL archive streams through.
func readFile(ctx context.Context, f file, opt Options, add func(*Document) error, warn func(*Error)) error {
	fh, size, err := openRegular(f.path)
	if err != nil {
		return err
	}
	defer fh.Close()
	if f.format == "jsonl" {
		return streamJSONL(ctx, f.path, fh, opt, add, warn)
	}
	docs, ws, err := parseOpened(f, fh, size, opt)
	return deliver(docs, ws, err, add, warn)
}

// parseOpened reads an opened file of size bytes (-1 when not known) whole
// and parses it.
func parseOpened(f file, r io.Reader, size int64, opt Options) ([]*Document, []*Error, error) {
	b, err := readLimited(f.path, r, size, opt.MaxBytes)
	if err != nil {
		return nil, nil, err
	}
	return parseFile(f.path, f.format, b, opt, f.explicit)
}

// aheadBytes bounds the files read ahead (readAhead): a larger one is read
// when its turn comes, so what waits in memory stays small.
const aheadBytes = 1 << 20

// aheadBudget bounds the bytes of all the files read ahead and not yet
// handed on, however many cores read them: a file that would pass it is
// read when its turn comes.
const aheadBudget = 8 << 20

// aheadFormats are the formats read ahead: plain text and Markdown, what a
// large baseline mostly is. Any other is read when its turn comes (JSONL
// streams, HTML and JSON are parsed as they always were).
var aheadFormats = map[string]bool{"txt": true, "md": true}

// read is one file read ahead: its documents, warnings or error, or
// inPlace when it is to be read when its turn comes; size is the bytes it
// holds of the budget.
type read struct {
	docs    []*Document
	ws      []*Error
	err     error
	inPlace bool
	size    int64
	done    chan struct{}
}

// readFiles reads files and hands their documents and warnings on in
// order, as reading each in turn does (readFile), but reads small plain
// files on all cores, at most a few ahead of the one handed on: reading
// and checking 10,000 small articles is work for both cores. It stops at
// the first error, in the files' order, and returns it; files after it may
// have been opened and read, never handed on.
func readFiles(ctx context.Context, files []file, opt Options, add func(*Document) error, warn func(*Error)) error {
	return newAhead(files, opt).run(ctx, add, warn)
}

// ahead is one readFiles run: the readers take the files in order, a
// window of them at a time and within a budget of bytes, and the caller
// hands them on in the same order.
type ahead struct {
	files   []file
	opt     Options
	reads   []read
	workers int
	window  chan struct{} // a token for each file taken and not yet handed on
	stop    chan struct{}
	mu      sync.Mutex // guards next, held and peak
	next    int        // the next file a reader takes
	budget  int64
	held    int64        // bytes of files read ahead, not yet handed on
	peak    int64        // the most held at once (tests)
	live    atomic.Int32 // readers running (tests)
	onRead  func(file)   // nil, or called by a reader before it reads a file (tests)
}

func newAhead(files []file, opt Options) *ahead {
	workers := max(1, min(runtime.GOMAXPROCS(0), len(files)))
	a := &ahead{files: files, opt: opt, reads: make([]read, len(files)), workers: workers,
		window: make(chan struct{}, 4*workers), stop: make(chan struct{}), budget: aheadBudget}
	for i := range a.reads {
		a.reads[i].done = make(chan struct{})
	}
	return a
}

// run starts the readers and hands the files on in order; it returns once
// every reader has stopped.
func (a *ahead) run(ctx context.Context, add func(*Document) error, warn func(*Error)) error {
	if len(a.files) == 0 {
		return nil
	}
	var wg sync.WaitGroup
	for range a.workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			a.live.Add(1)
			defer a.live.Add(-1)
			a.reader()
		}()
	}
	defer func() {
		close(a.stop)
		wg.Wait()
	}()
	for i, f := range a.files {
		if err := ctx.Err(); err != nil {
			return err
		}
		r := &a.reads[i]
		<-r.done
		var err error
		if r.inPlace {
			err = readFile(ctx, f, a.opt, add, warn)
		} else {
			err = deliver(r.docs, r.ws, r.err, add, warn)
		}
		a.release(r.size)
		*r = read{} // handed on: not held any longer
		<-a.window
		if err != nil {
			return err
		}
	}
	return nil
}

// reader takes the next file while the window has room, until the files
// run out or the run stops.
func (a *ahead) reader() {
	for {
		select {
		case a.window <- struct{}{}:
		case <-a.stop:
			return
		}
		a.mu.Lock()
		i := a.next
		a.next++
		a.mu.Unlock()
		if i >= len(a.files) {
			return
		}
		if a.onRead != nil {
			a.onRead(a.files[i])
		}
		a.readAhead(&a.reads[i], a.files[i])
		close(a.reads[i].done)
	}
}

// readAhead reads f as readFile does, into r, or marks it to be read in
// place: a format not read ahead, a file over aheadBytes or one the budget
// has no room for.
func (a *ahead) readAhead(r *read, f file) {
	if !aheadFormats[f.format] {
		r.inPlace = true
		return
	}
	fh, size, err := openRegular(f.path)
	if err != nil {
		r.err = err
		return
	}
	defer fh.Close()
	if size > aheadBytes || !a.take(size) {
		r.inPlace = true
		return
	}
	r.size = size
	r.docs, r.ws, r.err = parseOpened(f, fh, size, a.opt)
}

// take holds n bytes of the budget, if it has room for them.
func (a *ahead) take(n int64) bool {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.held+n > a.budget {
		return false
	}
	a.held += n
	a.peak = max(a.peak, a.held)
	return true
}

// release gives n bytes back to the budget.
func (a *ahead) release(n int64) {
	a.mu.Lock()
	a.held -= n
	a.mu.Unlock()
}

// deliver hands a parsed file's warnings and documents on, or its error.
func deliver(docs []*Document, ws []*Error, err error, add func(*Document) error, warn func(*Error)) error {
	if err != nil {
		return err
	}
	for _, w := range ws {
		warn(w)
	}
	for _, d := range docs {
		if err := add(d); err != nil {
			return err
		}
	}
	return nil
}

// readLimited reads r whole, refusing more than max bytes; size is how
// many it will likely give (a regular file's size), -1 when not known.
func readLimited(path string, r io.Reader, size, max int64) ([]byte, error) {
	hint := 0
	if size >= 0 && size <= max {
		hint = int(size) // one buffer of the right size, read in two reads
	}
	b, err := readAll(io.LimitReader(r, max+1), hint)
	if err != nil {
		return nil, errAt(path, 0, 0, "read failed: %s", DescribeOSError(err))
	}
	if int64(len(b)) > max {
		return nil, errAt(path, 0, 0, "file is larger than --max-bytes (%d bytes); raise the limit to read it", max)
	}
	return b, nil
}

// readAll reads r whole into a buffer made for hint bytes, with room to
// see the end (bytes.Buffer.ReadFrom grows it only when a file grew while
// read).
func readAll(r io.Reader, hint int) ([]byte, error) {
	var buf bytes.Buffer
	buf.Grow(hint + bytes.MinRead)
	_, err := buf.ReadFrom(r)
	return buf.Bytes(), err
}

// parseFile turns a whole file's bytes into documents.
func parseFile(path, format string, b []byte, opt Options, explicit bool) ([]*Document, []*Error, error) {
	if format == "json" {
		return parseJSON(path, b, opt, explicit)
	}
	if format == "jsonl" {
		return readJSONL(path, bytes.NewReader(b), opt)
	}
	text, err := decodeText(path, b)
	if err != nil {
		return nil, nil, err
	}
	d := &Document{ID: path, Path: path, Format: format, Line: 1}
	switch format {
	case "md":
		if err := frontMatter(d, text); err != nil {
			return nil, nil, err
		}
	case "html":
		if err := fromHTML(d, text); err != nil {
			return nil, nil, err
		}
	default:
		d.Text = text
		d.Title = firstLine(text)
	}
	finish(d, opt)
	if strings.TrimSpace(d.Text) == "" {
		return nil, []*Error{{Path: path, Msg: "empty article, skipped", Warning: true}}, nil
	}
	return []*Document{d}, nil, nil
}

// finish fills the source and publication time from the options and the
// file name where the metadata gave none.
func finish(d *Document, opt Options) {
	if d.Source == "" {
		d.Source = opt.Source
	}
	if d.Source == "" {
		base := filepath.Base(d.Path)
		if d.Path == "-" {
			base = "stdin"
		}
		d.Source = strings.TrimSuffix(base, filepath.Ext(base))
	}
	if d.Published.IsZero() {
		d.Published = opt.Published
	}
}

func firstLine(text string) string {
	for _, l := range strings.Split(text, "\n") {
		if t := strings.TrimSpace(l); t != "" {
			return strings.TrimLeft(t, "# ")
		}
	}
	return ""
}
