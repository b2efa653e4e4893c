//go:build !unix

package ingest

import "os"

// openRegular opens a file to read and checks that the opened file is a
// regular one; it gives its size.
func openRegular(path string) (*os.File, int64, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, 0, errAt(path, 0, 0, "%s", DescribeOSError(err))
	}
	return checkRegular(path, f)
}
