package compare

import (
	"context"
	"fmt"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/ingest"
	"github.com/claimdiff/claimdiff/claims/rules"
)

// outletResults extracts each text as the article of one outlet ("Outlet
// A", "Outlet B", ...), in order.
func outletResults(r *rules.Rules, texts ...string) []*claims.Result {
	var results []*claims.Result
	for i, text := range texts {
		doc := &ingest.Document{ID: fmt.Sprintf("d%d", i), Source: fmt.Sprintf("Outlet %c", 'A'+i), Text: text, Format: "txt"}
		results = append(results, claims.Extract(doc, r))
	}
	return results
}

// compareTexts extracts each text as one outlet's article and compares
// them.
func compareTexts(t *testing.T, texts ...string) *Report {
	t.Helper()
	r, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	rep, err := Compare(context.Background(), outletResults(r, texts...), r, Options{NearMisses: true})
	if err != nil {
		t.Fatal(err)
	}
	return rep
}
