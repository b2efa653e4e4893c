package compare_test

import (
	"context"
	"fmt"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/ingest"
	"github.com/claimdiff/claimdiff/claims/rules"
	"github.com/claimdiff/claimdiff/compare"
)

// Two short reports of one toll: the same kind, frame and sentence, two
// figures that cannot both be the count.
func Example() {
	r, err := rules.Default()
	if err != nil {
		panic(err)
	}
	docs := []*ingest.Document{
		{ID: "bbc", Source: "BBC", Text: "At least 13 people were killed by the gas leak at the chemical plant on Thursday."},
		{ID: "cnn", Source: "CNN", Text: "At least 11 people were killed by the gas leak at the chemical plant on Thursday."},
	}
	var results []*claims.Result
	for _, d := range docs {
		results = append(results, claims.Extract(d, r))
	}
	rep, err := compare.Compare(context.Background(), results, r, compare.Options{})
	if err != nil {
		panic(err)
	}
	for _, f := range rep.Findings {
		if f.Type == compare.Conflict {
			fmt.Println(f.Summary)
			fmt.Println("why:", f.Why)
			fmt.Println("read as:", f.Detail.Tolerance.Readings[0])
		}
	}
	// Output:
	// killed: at least 11 people (CNN) vs at least 13 people (BBC) — differ by 2 (15.4%)
	// why: same kind (killed); same head, entity; similar sentences (80% of content words shared)
	// read as: "at least N" read as the reported count N
}
