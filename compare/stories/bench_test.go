package stories

import (
	"context"
	"testing"

	"github.com/claimdiff/claimdiff/internal/rulestest"
)

// BenchmarkExtract computes the features of every BASIL, GVA and event
// article of the development corpus (skipped without it).
func BenchmarkExtract(b *testing.B) {
	docs, _ := corpusDocs(b, false, "events/*", "basil/*", "gva/*")
	r := rulestest.Default(b)
	bytes := 0
	for _, d := range docs {
		bytes += len(d.Text)
	}
	b.SetBytes(int64(bytes))
	for b.Loop() {
		for _, d := range docs {
			Extract(d, r)
		}
	}
}

// BenchmarkGroup groups the same articles, their features computed once.
func BenchmarkGroup(b *testing.B) {
	docs, _ := corpusDocs(b, false, "events/*", "basil/*", "gva/*")
	r := rulestest.Default(b)
	fs := make([]Features, len(docs))
	for i, d := range docs {
		fs[i] = Extract(d, r)
	}
	for b.Loop() {
		var g Grouper
		for i, d := range docs {
			g.AddFeatures(d, fs[i])
		}
		if _, err := g.Group(context.Background(), DefaultOptions()); err != nil {
			b.Fatal(err)
		}
	}
}
