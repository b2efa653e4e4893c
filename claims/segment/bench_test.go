package segment

import (
	"os"
	"strings"
	"testing"
)

// seeds200 is the seeds repeated 200 times (2.26 MB).
func seeds200(b *testing.B) string {
	b.Helper()
	var seed strings.Builder
	for _, name := range []string{"000_9657c7c9ccc2eae3.txt", "004_036ee2da981d46e5.txt"} {
		data, err := os.ReadFile("../../testdata/seeds/" + name)
		if err != nil {
			b.Fatal(err)
		}
		seed.Write(data)
		seed.WriteString("\n\n")
	}
	return strings.Repeat(seed.String(), 200)
}

// BenchmarkNewLines indexes the seeds repeated 200 times (2.26 MB).
func BenchmarkNewLines(b *testing.B) {
	src := seeds200(b)
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		NewLines(src)
	}
}

// BenchmarkSegment segments the seeds repeated 200 times (2.26 MB), as an
// Extractor does: with its forms kept from one run to the next.
func BenchmarkSegment(b *testing.B) {
	src := seeds200(b)
	var forms Forms
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		Segment(src, Options{Forms: &forms})
	}
}

// BenchmarkTokenizeNames tokenises names, as normalising a name does for
// each distinct name of a document.
func BenchmarkTokenizeNames(b *testing.B) {
	names := []string{"Ivan A. Lopez", "Qasem Soleimani", "Secretary of State Mike Pompeo", "Los Angeles County Sheriff's Department",
		"Mr. Trump", "Justine Baez", "New York Police Department", "Iran’s Revolutionary Guards"}
	for b.Loop() {
		for _, n := range names {
			Tokenize(n)
		}
	}
}
