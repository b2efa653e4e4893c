package index

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/ingest"
	"github.com/claimdiff/claimdiff/internal/rulestest"
)

// TestRelatedStoryMates finds an archived report of the new article's
// story that shares few of its terms (under a fifth of the shorter's),
// but its rarest ones: the ferry's name and the bay. It is a story-mate
// as a check chooses them (stories.Mates over the documents found), so
// it is related though the archive's reports of other searches share
// more of the new article's words.
func TestRelatedStoryMates(t *testing.T) {
	r := rulestest.Default(t)
	docs := []*ingest.Document{doc("ferry.txt", "Ferry Amina Star capsizes off Tarkwa Bay\n\nThe ferry Amina Star capsized off Tarkwa Bay on Sunday, with 45 passengers aboard, the waterways authority said. Fishermen pulled survivors from the water. The wooden vessel, run by a private operator, was travelling from Ikorodu to Marina when it overturned in rough water near the jetty; life jackets were scarce, witnesses told reporters, and the operator's licence had lapsed in March.\n")}
	for i := range 6 {
		docs = append(docs, doc(fmt.Sprintf("other%d.txt", i), fmt.Sprintf("Rescuers search for missing hikers near Town%d\n\nRescuers and divers searched through the night as families waited for news, officials said, and the weather slowed the search near Town%d. Navy boats and a police helicopter joined volunteers, and the governor promised an inquiry.\n", i, i)))
	}
	fresh := claims.Extract(doc("new.txt", "Rescuers search for missing after Amina Star sinks\n\nRescuers and divers searched through the night off Tarkwa Bay as families waited for news of 12 people still missing, officials said, and the weather slowed the search. Navy boats and a police helicopter joined volunteers, and the governor promised an inquiry.\n"), r)
	for name, open := range stores(t) {
		t.Run(name, func(t *testing.T) {
			ctx := context.Background()
			st := open()
			defer st.Close()
			if _, err := Index(ctx, st, r, feedOf(docs...), Options{}); err != nil {
				t.Fatal(err)
			}
			rel, err := Related(ctx, st, fresh, r)
			if err != nil {
				t.Fatal(err)
			}
			var ids []string
			for _, d := range rel {
				ids = append(ids, d.ID)
			}
			if !slices.Contains(ids, "ferry.txt") {
				t.Errorf("related %v, want the ferry's report among them", ids)
			}
		})
	}
}
