package claims

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/claims/ingest"
	"github.com/claimdiff/claimdiff/claims/rules"
	"github.com/claimdiff/claimdiff/internal/rulestest"
)

// seedText is both seed articles, one after the other (about 11 KB).
func seedText(b *testing.B) string {
	b.Helper()
	var sb strings.Builder
	for _, name := range []string{"000_9657c7c9ccc2eae3.txt", "004_036ee2da981d46e5.txt"} {
		data, err := os.ReadFile("../testdata/seeds/" + name)
		if err != nil {
			b.Fatal(err)
		}
		sb.Write(data)
		sb.WriteString("\n\n")
	}
	return sb.String()
}

func benchRules(b *testing.B) *rules.Rules {
	r := rulestest.Default(b)
	return r
}

// BenchmarkExtractLong extracts one long document made of the seeds
// repeated: ×20 (~220 KB) and ×200 (~2.2 MB). Compare the two ns/op: a 10×
// longer document must take about 10× the time (linear extraction).
func BenchmarkExtractLong(b *testing.B) {
	r := benchRules(b)
	seed := seedText(b)
	for _, times := range []int{20, 200} {
		text := strings.Repeat(seed, times)
		doc := &ingest.Document{ID: "long", Source: "long", Text: text, Format: "txt"}
		b.Run(fmt.Sprintf("x%d", times), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				Extract(doc, r)
			}
		})
	}
}

// manyDocs is ExtractMany's 400 documents, each both seeds (4.5 MB in
// all), with b's bytes set to their size.
func manyDocs(b *testing.B) []*ingest.Document {
	seed := seedText(b)
	docs := make([]*ingest.Document, 400)
	for i := range docs {
		docs[i] = &ingest.Document{ID: fmt.Sprint(i), Source: "s", Text: seed, Format: "txt"}
	}
	b.SetBytes(int64(len(seed) * len(docs)))
	return docs
}

// BenchmarkExtractMany extracts the seeds ×200 twice over (4.5 MB) as 400 short documents on
// all cores (run with -cpu 1,2 to see the scaling).
func BenchmarkExtractMany(b *testing.B) {
	r := benchRules(b)
	docs := manyDocs(b)
	for b.Loop() {
		if _, err := ExtractAll(context.Background(), docs, r, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkExtractDropped extracts ExtractMany's 400 documents with one
// Extractor, letting each result go as it is made: beside ExtractMany at
// -cpu 1, what keeping every result costs (the collector marks them again
// at each collection, and new memory is touched for them), and so the
// most any cut of what a result holds can give ExtractMany.
func BenchmarkExtractDropped(b *testing.B) {
	r := benchRules(b)
	docs := manyDocs(b)
	e := NewExtractor(r)
	for b.Loop() {
		for _, d := range docs {
			e.Extract(d)
		}
	}
}

// BenchmarkExtractCorpus extracts the development corpus's articles (the
// .txt files of gva, events and basil, about 500 different documents) one
// after another with one Extractor, as a worker of ExtractAll does: unlike
// the seeds repeated, their names, numbers and quotes differ from one
// document to the next. Skipped without the corpus.
func BenchmarkExtractCorpus(b *testing.B) {
	r := benchRules(b)
	var docs []*ingest.Document
	size := 0
	for _, set := range []string{"gva", "events", "basil"} {
		paths, _ := filepath.Glob(filepath.Join(corpusDir, set, "*", "*.txt"))
		more, _ := filepath.Glob(filepath.Join(corpusDir, set, "*.txt"))
		for _, p := range append(paths, more...) {
			data, err := os.ReadFile(p)
			if err != nil {
				b.Fatal(err)
			}
			docs = append(docs, &ingest.Document{ID: p, Source: "s", Text: string(data), Format: "txt"})
			size += len(data)
		}
	}
	if len(docs) == 0 {
		b.Skip("corpus not present at ../shared/corpus")
	}
	b.SetBytes(int64(size))
	for b.Loop() {
		e := NewExtractor(r)
		for _, d := range docs {
			e.Extract(d)
		}
	}
}
