//go:build !unix

package ingest

import "os"

// openRegular opens a file to read and checks that the opened file is a
// regular one.
func openRegular(path string) (*os.File, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, errAt(path, 0, 0, "%s", DescribeOSError(err))
	}
	return checkRegular(path, f)
}
