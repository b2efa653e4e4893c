package ingest

import "os"

// Size is how much input paths hold, for progress: the files to read and,
// when none holds records (JSON, JSONL), as many documents.
type Size struct {
	// Files is the number of article files.
	Files int
	// Bytes is their total size.
	Bytes int64
	// Records says some file holds several documents, so the number of
	// documents is not known before reading.
	Records bool
}

// Measure sizes up the inputs Walk would read, without reading them;
// standard input and paths that cannot be listed are left out (Walk
// reports those).
func Measure(paths []string) Size {
	var s Size
	for _, p := range paths {
		if p == "-" {
			s.Records = true
			continue
		}
		files, err := expand(p)
		if err != nil {
			continue
		}
		for _, f := range files {
			s.Files++
			if f.format == "json" || f.format == "jsonl" {
				s.Records = true
			}
			if st, err := statSize(f.path); err == nil {
				s.Bytes += st
			}
		}
	}
	return s
}

func statSize(path string) (int64, error) {
	st, err := os.Stat(path)
	if err != nil {
		return 0, err
	}
	return st.Size(), nil
}
