package ingest

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
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

// TestReadAheadStops stops a walk from its callback, and by cancelling its
// context, part way: nothing more is handed on, and no reader is left
// running (the walk returns only once they have stopped).
func TestReadAheadStops(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(4))
	dir := t.TempDir()
	for i := range 200 {
		write(t, dir, fmt.Sprintf("a%03d.txt", i), []byte(fmt.Sprintf("Story %d\n", i)))
	}
	stop := errors.New("enough")
	n := 0
	err := Walk(context.Background(), []string{dir}, Options{}, func(d *Document) error {
		if n++; n == 50 {
			return stop
		}
		return nil
	}, func(*Error) {})
	if err != stop || n != 50 {
		t.Errorf("callback's error: got %v after %d documents", err, n)
	}
	ctx, cancel := context.WithCancel(context.Background())
	n = 0
	err = Walk(ctx, []string{dir}, Options{}, func(d *Document) error {
		if n++; n == 70 {
			cancel()
		}
		return nil
	}, func(*Error) {})
	if !errors.Is(err, context.Canceled) || n != 70 {
		t.Errorf("cancelled: got %v after %d documents", err, n)
	}
	if _, err := os.Stat(dir); err != nil {
		t.Fatal(err)
	}
}
