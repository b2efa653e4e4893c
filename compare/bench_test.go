package compare

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/ingest"
	"github.com/claimdiff/claimdiff/internal/rulestest"
)

// BenchmarkCompare compares 2, 10, 100 and 1,000 seed-sized articles
// (the seeds with their figures varied, so there are conflicts to find).
// Extraction is done before the timer starts; ns/op is the comparison.
func BenchmarkCompare(b *testing.B) {
	r := rulestest.Default(b)
	var seeds []string
	for _, name := range []string{"000_9657c7c9ccc2eae3.txt", "004_036ee2da981d46e5.txt"} {
		data, err := os.ReadFile("../testdata/seeds/" + name)
		if err != nil {
			b.Fatal(err)
		}
		seeds = append(seeds, string(data))
	}
	for _, n := range []int{2, 10, 100, 1000} {
		docs := make([]*ingest.Document, n)
		for i := range docs {
			text := seeds[i%2]
			text = strings.Replace(text, "5,200", fmt.Sprintf("%d", 5000+i%7*100), 1)
			text = strings.Replace(text, "three days", fmt.Sprintf("%d days", 2+i%3), 1)
			docs[i] = &ingest.Document{ID: fmt.Sprint(i), Source: fmt.Sprintf("outlet%d", i%20), Text: text, Format: "txt"}
		}
		results, err := claims.ExtractAll(context.Background(), docs, r, nil)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("articles=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Compare(context.Background(), results, r, Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
