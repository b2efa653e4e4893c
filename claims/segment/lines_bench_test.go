package segment

import (
	"os"
	"strings"
	"testing"
)

// BenchmarkNewLines indexes the seeds repeated 200 times (2.26 MB).
func BenchmarkNewLines(b *testing.B) {
	var seed strings.Builder
	for _, name := range []string{"000_9657c7c9ccc2eae3.txt", "004_036ee2da981d46e5.txt"} {
		data, err := os.ReadFile("../../testdata/seeds/" + name)
		if err != nil {
			b.Fatal(err)
		}
		seed.Write(data)
		seed.WriteString("\n\n")
	}
	src := strings.Repeat(seed.String(), 200)
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		NewLines(src)
	}
}
