//go:build unix

package ingest

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestFIFOSwappedInAfterListing lists a directory, then replaces its
// article with a FIFO before it is read: the read is refused as not a
// regular file, without waiting for a writer.
func TestFIFOSwappedInAfterListing(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "a.txt")
	os.WriteFile(p, []byte("16 people were killed.\n"), 0o644)
	files, err := expand(dir)
	if err != nil || len(files) != 1 {
		t.Fatalf("expand: %v %v", files, err)
	}
	os.Remove(p)
	if err := syscall.Mkfifo(p, 0o644); err != nil {
		t.Skip(err)
	}
	// should the open block (the bug), a writer unblocks it so the test
	// fails on its result instead of hanging
	stop := make(chan struct{})
	defer close(stop)
	go func() {
		select {
		case <-stop:
		case <-time.After(5 * time.Second):
			if w, err := os.OpenFile(p, os.O_WRONLY, 0); err == nil {
				w.WriteString("16 people were killed.\n")
				w.Close()
			}
		}
	}()
	err = readFile(context.Background(), files[0], Options{MaxBytes: DefaultMaxBytes},
		func(*Document) error { return nil }, func(*Error) {})
	if err == nil || !strings.Contains(err.Error(), "not a regular file") {
		t.Fatalf("reading a FIFO swapped in: %v, want 'not a regular file'", err)
	}
}
