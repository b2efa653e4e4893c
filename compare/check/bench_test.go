package check

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/ingest"
	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/internal/rulestest"
)

// BenchmarkCheck checks one new article against a baseline of 10,000
// seed-sized articles (the seeds with figures varied). Extracting the
// baseline happens before the timer and is reported once on its own.
// "whole" compares the whole results; "trimmed" first keeps of each
// baseline result what the comparison can read (compare.Focus.Trim, as
// the check command does while it reads the baseline), so it measures
// the work of a check whose baseline comes from the cache, less the
// reading and decoding; "cached" does the same with the statement words
// the cache keeps with each result.
func BenchmarkCheck(b *testing.B) {
	r := rulestest.Default(b)
	var seeds []string
	for _, name := range []string{"000_9657c7c9ccc2eae3.txt", "004_036ee2da981d46e5.txt"} {
		data, err := os.ReadFile("../../testdata/seeds/" + name)
		if err != nil {
			b.Fatal(err)
		}
		seeds = append(seeds, string(data))
	}
	const n = 10000
	docs := make([]*ingest.Document, n)
	for i := range docs {
		text := strings.Replace(seeds[i%2], "5,200", fmt.Sprint(5000+i%9*50), 1)
		text = strings.Replace(text, "2.1 million", fmt.Sprintf("%d.%d million", 2, i%5), 1)
		docs[i] = &ingest.Document{ID: fmt.Sprintf("base/%05d.txt", i), Source: fmt.Sprintf("outlet%03d", i%300), Text: text, Format: "txt"}
	}
	start := time.Now()
	base, err := claims.ExtractAll(context.Background(), docs, r, nil)
	if err != nil {
		b.Fatal(err)
	}
	b.Logf("extracting the %d-article baseline took %v", n, time.Since(start))
	newDoc := claims.Extract(&ingest.Document{ID: "new.txt", Source: "new", Format: "txt",
		Text: strings.Replace(seeds[1], "5,200", "6,100", 1)}, r)
	opt := Options{FailOn: map[compare.Type]bool{compare.Conflict: true}}
	check := func(b *testing.B, base []*claims.Result) {
		res, err := Check(context.Background(), []*claims.Result{newDoc}, base, r, opt)
		if err != nil {
			b.Fatal(err)
		}
		if !res.Failed {
			b.Fatal("the changed troop figure did not fail the check")
		}
	}
	b.ResetTimer()
	b.Run("whole", func(b *testing.B) {
		for b.Loop() {
			check(b, base)
		}
	})
	b.Run("trimmed", func(b *testing.B) {
		for b.Loop() {
			focus := compare.NewFocus([]*claims.Result{newDoc}, r)
			trimmed := make([]*claims.Result, len(base))
			for i, res := range base {
				trimmed[i] = focus.Trim(res)
			}
			check(b, trimmed)
		}
	})
	// "cached": the baseline results as the extraction cache keeps them,
	// with their statement words (compare.FillStatements), then trimmed:
	// the comparison of a second check
	for _, res := range base {
		compare.FillStatements(res, r)
	}
	b.Run("cached", func(b *testing.B) {
		for b.Loop() {
			focus := compare.NewFocus([]*claims.Result{newDoc}, r)
			trimmed := make([]*claims.Result, len(base))
			for i, res := range base {
				trimmed[i] = focus.Trim(res)
			}
			check(b, trimmed)
		}
	})
}
