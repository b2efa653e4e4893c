package ingest

import (
	"context"
	"runtime"
	"sync"
)

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
