//go:build unix

package ingest

import (
	"os"
	"syscall"
)

// openRegular opens a file to read and checks the opened file, not the
// path: a path swapped for a FIFO or device between listing and opening
// is refused instead of blocking in open() (O_NONBLOCK makes opening a
// FIFO return at once; reads of a regular file are not affected). It
// gives the opened file's size.
func openRegular(path string) (*os.File, int64, error) {
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK|syscall.O_NOCTTY, 0)
	if err != nil {
		return nil, 0, errAt(path, 0, 0, "%s", DescribeOSError(err))
	}
	return checkRegular(path, f)
}
