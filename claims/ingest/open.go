package ingest

import "os"

// checkRegular refuses an opened file that is not a regular file (by
// fstat, so it is the file read, not whatever the path names now).
func checkRegular(path string, f *os.File) (*os.File, error) {
	st, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, errAt(path, 0, 0, "%s", DescribeOSError(err))
	}
	if !st.Mode().IsRegular() {
		f.Close()
		return nil, errAt(path, 0, 0, "not a regular file (%s)", st.Mode().Type())
	}
	return f, nil
}
