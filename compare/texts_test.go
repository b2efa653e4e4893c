package compare

import (
	"context"
	"encoding/json"
	"fmt"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/ingest"
	"github.com/claimdiff/claimdiff/claims/rules"
	"github.com/claimdiff/claimdiff/internal/rulestest"
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
// them. It also compares the results as the extraction cache gives them
// back (asCached: no tokens, no mentions) and fails unless both reports
// are the same: a cached comparison must read what a fresh one does.
func compareTexts(t *testing.T, texts ...string) *Report {
	t.Helper()
	r := rulestest.Default(t)
	results := outletResults(r, texts...)
	rep, err := Compare(context.Background(), results, r, Options{NearMisses: true})
	if err != nil {
		t.Fatal(err)
	}
	cached := make([]*claims.Result, len(results))
	for i, res := range results {
		cached[i] = asCached(t, res, r)
	}
	again, err := Compare(context.Background(), cached, r, Options{NearMisses: true})
	if err != nil {
		t.Fatal(err)
	}
	if a, b := reportJSON(t, rep), reportJSON(t, again); a != b {
		i := 0
		for i < min(len(a), len(b)) && a[i] == b[i] {
			i++
		}
		from := max(0, i-200)
		t.Fatalf("a comparison of cached results differs from a fresh one at byte %d:\nfresh:  …%s\ncached: …%s",
			i, a[from:min(len(a), i+100)], b[from:min(len(b), i+100)])
	}
	return rep
}

// asCached is res as the extraction cache stores and reads it back for a
// comparison: its words and statement words filled, encoded, and decoded
// without tokens and mentions (claims.DecodeOptions.ForComparison).
func asCached(t *testing.T, res *claims.Result, r *rules.Rules) *claims.Result {
	t.Helper()
	FillStatements(res, r)
	back, err := claims.DecodeResult(res.AppendBinary(nil), res.Doc, claims.DecodeOptions{ForComparison: true})
	if err != nil {
		t.Fatal(err)
	}
	return back
}

// reportJSON is rep as compare --format json writes it, less the document
// paths.
func reportJSON(t *testing.T, rep *Report) string {
	t.Helper()
	b, err := json.Marshal(rep)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
