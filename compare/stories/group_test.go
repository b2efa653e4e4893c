package stories

import (
	"context"
	"testing"

	"github.com/claimdiff/claimdiff/claims/ingest"
	"github.com/claimdiff/claimdiff/claims/rules"
)

// TestGroupSeedsAndFixture: the seed pair is one story, the fixture's three
// reports of the Riverside shooting another.
func TestGroupSeedsAndFixture(t *testing.T) {
	r, _ := rules.Default()
	res, err := ingest.Read(context.Background(), []string{"../../testdata/seeds", "../../testdata/compare"}, ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	sts, err := Group(context.Background(), res.Documents, r, DefaultOptions)
	if err != nil {
		t.Fatal(err)
	}
	if len(sts) != 2 || len(sts[0].Members) != 2 || len(sts[1].Members) != 3 {
		for _, s := range sts {
			t.Logf("%s %s %v", s.ID, s.Label, s.Members)
		}
		t.Fatalf("want 2 stories of 2 and 3 articles, got %d", len(sts))
	}
	again, _ := Group(context.Background(), res.Documents, r, DefaultOptions)
	if again[0].ID != sts[0].ID || again[0].Label != sts[0].Label {
		t.Error("grouping is not deterministic")
	}
}
