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
// The small plain-text and Markdown files of one path are read on all
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
	for _, p := range paths {
		if err := ctx.Err(); err != nil {
			return err
		}
		if p == "-" {
			if opt.Stdin == nil {
				return errAt("-", 0, 0, "no standard input")
			}
			b, err := readLimited("-", opt.Stdin, opt.MaxBytes)
			if err != nil {
				return err
			}
			docs, ws, err := parseFile("-", "txt", b, opt, true)
			if err := deliver(docs, ws, err, add, warn); err != nil {
				return err
			}
			continue
		}
		files, err := expand(p)
		if err != nil {
			return err
		}
		if err := readFiles(ctx, files, opt, add, warn); err != nil {
			return err
		}
	}
	return nil
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

func readFile(ctx context.Context, path, format string, opt Options, explicit bool, add func(*Document) error, warn func(*Error)) error {
	f, err := openRegular(path)
	if err != nil {
		return err
	}
	defer f.Close()
	if format == "jsonl" {
		return streamJSONL(ctx, path, f, opt, add, warn)
	}
	b, err := readLimited(path, f, opt.MaxBytes)
	if err != nil {
		return err
	}
	docs, ws, err := parseFile(path, format, b, opt, explicit)
	return deliver(docs, ws, err, add, warn)
}

// aheadBytes bounds the files read ahead (readAhead): a larger one is read
// when its turn comes, so what waits in memory stays small.
const aheadBytes = 1 << 20

// aheadFormats are the formats read ahead: plain text and Markdown, what a
// large baseline mostly is. Any other is read when its turn comes (JSONL
// streams, HTML and JSON are parsed as they always were).
var aheadFormats = map[string]bool{"txt": true, "md": true}

// read is one file read ahead: its documents, warnings or error, or
// inPlace when it is to be read when its turn comes.
type read struct {
	docs    []*Document
	ws      []*Error
	err     error
	inPlace bool
	done    chan struct{}
}

// readFiles reads files and hands their documents and warnings on in
// order, as reading each in turn does (readFile), but reads small plain
// files on all cores, at most a few ahead of the one handed on: reading
// and checking 10,000 small articles is work for both cores. It stops at
// the first error, in the files' order, and returns it; files after it may
// have been opened and read, never handed on.
func readFiles(ctx context.Context, files []file, opt Options, add func(*Document) error, warn func(*Error)) error {
	workers := min(runtime.GOMAXPROCS(0), len(files))
	if workers < 2 {
		for _, f := range files {
			if err := ctx.Err(); err != nil {
				return err
			}
			if err := readFile(ctx, f.path, f.format, opt, f.explicit, add, warn); err != nil {
				return err
			}
		}
		return nil
	}
	reads := make([]read, len(files))
	for i := range reads {
		reads[i].done = make(chan struct{})
	}
	window := make(chan struct{}, 4*workers) // a token for each file taken and not yet handed on
	stop := make(chan struct{})
	var wg sync.WaitGroup
	var mu sync.Mutex
	next := 0
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-stop:
					return
				default:
				}
				select {
				case window <- struct{}{}:
				case <-stop:
					return
				}
				mu.Lock()
				i := next
				next++
				mu.Unlock()
				if i >= len(files) {
					return
				}
				reads[i].readAhead(files[i], opt)
				close(reads[i].done)
			}
		}()
	}
	defer func() {
		close(stop)
		wg.Wait()
	}()
	for i, f := range files {
		if err := ctx.Err(); err != nil {
			return err
		}
		r := &reads[i]
		<-r.done
		var err error
		if r.inPlace {
			err = readFile(ctx, f.path, f.format, opt, f.explicit, add, warn)
		} else {
			err = deliver(r.docs, r.ws, r.err, add, warn)
		}
		*r = read{} // handed on: not held any longer
		<-window
		if err != nil {
			return err
		}
	}
	return nil
}

// readAhead reads f as readFile does, into r, or marks it to be read in
// place: a format not read ahead, or a file over aheadBytes.
func (r *read) readAhead(f file, opt Options) {
	if !aheadFormats[f.format] {
		r.inPlace = true
		return
	}
	fh, err := openRegular(f.path)
	if err != nil {
		r.err = err
		return
	}
	defer fh.Close()
	if st, err := fh.Stat(); err != nil || st.Size() > aheadBytes {
		r.inPlace = true
		return
	}
	b, err := readLimited(f.path, fh, opt.MaxBytes)
	if err != nil {
		r.err = err
		return
	}
	r.docs, r.ws, r.err = parseFile(f.path, f.format, b, opt, f.explicit)
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

func readLimited(path string, r io.Reader, max int64) ([]byte, error) {
	b, err := readAll(io.LimitReader(r, max+1), sizeHint(r, max))
	if err != nil {
		return nil, errAt(path, 0, 0, "read failed: %s", DescribeOSError(err))
	}
	if int64(len(b)) > max {
		return nil, errAt(path, 0, 0, "file is larger than --max-bytes (%d bytes); raise the limit to read it", max)
	}
	return b, nil
}

// sizeHint is how many bytes reading r will likely give: a regular file's
// size, when within max, so that it is read into one buffer of the right
// size in two reads (its bytes, then the end), not into a growing one.
func sizeHint(r io.Reader, max int64) int {
	if f, ok := r.(*os.File); ok {
		if st, err := f.Stat(); err == nil && st.Mode().IsRegular() && st.Size() <= max {
			return int(st.Size())
		}
	}
	return 0
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
