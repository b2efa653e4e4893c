package ingest

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
)

// TestReadAheadInOrder reads a directory of many files, read ahead on
// several cores, with an empty file, a large one (read in place), a
// Markdown file and a JSONL archive among them: documents and warnings
// come in the files' order, and the first bad file's error stops the walk
// with nothing after it handed on.
func TestReadAheadInOrder(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(4))
	tests := []struct {
		name string
		bad  int // the file that is not UTF-8, -1 for none
	}{
		{"all good", -1},
		{"bad first", 0},
		{"bad in the middle", 57},
		{"bad last", 119},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			var want []string // the ids, then the warnings, in order
			for i := range 120 {
				name := fmt.Sprintf("a%03d.txt", i)
				text := fmt.Sprintf("Story %d\n\nSome words about it.\n", i)
				switch {
				case i == tc.bad:
					text = "bad \xff byte\n"
				case i == 10:
					text = "  \n"
				case i == 20:
					text = strings.Repeat("Long line of words.\n", aheadBytes/10)
				case i == 30:
					name = fmt.Sprintf("a%03d.md", i)
					text = "---\ntitle: Front\n---\nBody words.\n"
				case i == 40:
					name = fmt.Sprintf("a%03d.jsonl", i)
					text = `{"id": "j1", "text": "One."}` + "\n" + `{"id": "j2", "text": "Two."}` + "\n"
				}
				write(t, dir, name, []byte(text))
				if tc.bad >= 0 && i >= tc.bad {
					continue
				}
				switch i {
				case 10:
					want = append(want, "warning "+filepath.Join(dir, name))
				case 40:
					want = append(want, "j1", "j2")
				default:
					want = append(want, filepath.Join(dir, name))
				}
			}
			var got []string
			err := Walk(context.Background(), []string{dir}, Options{}, func(d *Document) error {
				got = append(got, d.ID)
				return nil
			}, func(e *Error) { got = append(got, "warning "+e.Path) })
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("handed on\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
			var ie *Error
			switch {
			case tc.bad < 0 && err != nil:
				t.Errorf("error %v", err)
			case tc.bad >= 0 && (!errors.As(err, &ie) || ie.Path != filepath.Join(dir, fmt.Sprintf("a%03d.txt", tc.bad))):
				t.Errorf("error %v, want one naming file %d", err, tc.bad)
			}
		})
	}
}

// TestReadAheadStops stops a run from its callback, and by cancelling its
// context, part way: nothing more is handed on, and no reader is left
// running once the run returns (readers are slowed, so one still at work
// would be seen).
func TestReadAheadStops(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(4))
	dir := t.TempDir()
	for i := range 200 {
		write(t, dir, fmt.Sprintf("a%03d.txt", i), []byte(fmt.Sprintf("Story %d\n", i)))
	}
	files, err := expand(dir)
	if err != nil {
		t.Fatal(err)
	}
	run := func(ctx context.Context, fn func(*Document) error) (*ahead, error) {
		a := newAhead(files, Options{MaxBytes: DefaultMaxBytes})
		a.onRead = func(file) { time.Sleep(2 * time.Millisecond) }
		return a, a.run(ctx, fn, func(*Error) {})
	}
	stop := errors.New("enough")
	n := 0
	a, err := run(context.Background(), func(d *Document) error {
		if n++; n == 50 {
			return stop
		}
		return nil
	})
	if err != stop || n != 50 {
		t.Errorf("callback's error: got %v after %d documents", err, n)
	}
	if live := a.live.Load(); live != 0 {
		t.Errorf("callback's error: %d readers still running", live)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	n = 0
	a, err = run(ctx, func(d *Document) error {
		if n++; n == 70 {
			cancel()
		}
		return nil
	})
	if !errors.Is(err, context.Canceled) || n != 70 {
		t.Errorf("cancelled: got %v after %d documents", err, n)
	}
	if live := a.live.Load(); live != 0 {
		t.Errorf("cancelled: %d readers still running", live)
	}
}

// TestReadAheadBudget reads files larger than a small budget allows ahead
// while the caller is slow: the bytes held never pass the budget, files it
// has no room for are read in place, and all come in order.
func TestReadAheadBudget(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(4))
	dir := t.TempDir()
	var want []string
	for i := range 40 {
		name := fmt.Sprintf("a%03d.txt", i)
		write(t, dir, name, []byte(strings.Repeat(fmt.Sprintf("Story %d words.\n", i), 6000)))
		want = append(want, filepath.Join(dir, name))
	}
	files, err := expand(dir)
	if err != nil {
		t.Fatal(err)
	}
	a := newAhead(files, Options{MaxBytes: DefaultMaxBytes})
	a.budget = 300 << 10 // room for two or three of the ~100 KiB files
	var got []string
	err = a.run(context.Background(), func(d *Document) error {
		time.Sleep(time.Millisecond) // a slow caller: the readers run ahead
		got = append(got, d.ID)
		return nil
	}, func(*Error) {})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("handed on\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if a.peak > a.budget || a.peak == 0 {
		t.Errorf("held at most %d bytes, want some and no more than %d", a.peak, a.budget)
	}
	if a.held != 0 {
		t.Errorf("%d bytes still held after the run", a.held)
	}
}

// TestReadPathsRun reads many single-file paths (what a glob baseline
// is) as one run, read ahead: the documents come in the paths' order, and
// a path that is missing is reported only after the ones before it were
// handed on, with nothing after it.
func TestReadPathsRun(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(4))
	dir := t.TempDir()
	var paths []string
	for i := range 90 {
		p := filepath.Join(dir, fmt.Sprintf("a%03d.txt", i))
		if i != 60 {
			write(t, dir, filepath.Base(p), []byte(fmt.Sprintf("Story %d\n", i)))
		}
		paths = append(paths, p)
	}
	var got []string
	err := Walk(context.Background(), paths, Options{}, func(d *Document) error {
		got = append(got, d.ID)
		return nil
	}, func(*Error) {})
	if strings.Join(got, "\n") != strings.Join(paths[:60], "\n") {
		t.Errorf("handed on\n%s\nwant the first 60 paths", strings.Join(got, "\n"))
	}
	var ie *Error
	if !errors.As(err, &ie) || ie.Path != paths[60] {
		t.Errorf("error %v, want one naming %s", err, paths[60])
	}
}
