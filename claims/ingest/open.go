package ingest

import "os"

// checkRegular refuses an opened file that is not a regular file (by
// fstat, so it is the file read, not whatever the path names now), and
// gives the size of one that is.
func checkRegular(path string, f *os.File) (*os.File, int64, error) {
	st, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, 0, errAt(path, 0, 0, "%s", DescribeOSError(err))
	}
	if !st.Mode().IsRegular() {
		f.Close()
		return nil, 0, errAt(path, 0, 0, "not a regular file (%s)", st.Mode().Type())
	}
	return f, st.Size(), nil
}
