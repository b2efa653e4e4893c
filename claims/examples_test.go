package claims

import (
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/claims/ingest"
	"github.com/claimdiff/claimdiff/claims/rules"
)

// TestDefaultRuleExamples runs every example in the embedded rules.yaml, as
// `claimdiff rules test` does.
func TestDefaultRuleExamples(t *testing.T) {
	r, err := rules.Default()
	if err != nil {
		t.Fatalf("default rules do not load:\n%v", err)
	}
	n, fails := RunExamples(r)
	if n < 20 {
		t.Errorf("only %d examples ran", n)
	}
	for _, f := range fails {
		t.Error(f.String())
	}
}

// TestExamplePanicFails: an example whose extraction panics (a bug) is a
// failure shown at the example, with what was raised, and the examples
// after it run on a new extraction; the others hold as before.
func TestExamplePanicFails(t *testing.T) {
	r, err := rules.Default()
	if err != nil {
		t.Fatalf("default rules do not load:\n%v", err)
	}
	var bad *rules.Rule
	for i := range r.Rules {
		if len(r.Rules[i].Examples) > 0 {
			bad = r.Rules[i]
			break
		}
	}
	if bad == nil {
		t.Fatal("no rule with an example")
	}
	badText := bad.Examples[0].Text
	made, panicked := 0, 0
	n, fails := runExamples(r, func() func(*ingest.Document) *Result {
		made++
		x := NewExtractor(r)
		return func(d *ingest.Document) *Result {
			if d.Text == badText {
				panicked++
				var none []int
				_ = none[len(d.Text)] // index out of range
			}
			return x.Extract(d)
		}
	})
	if n < 20 || panicked == 0 {
		t.Fatalf("%d examples ran, %d panicked", n, panicked)
	}
	if len(fails) != panicked || made != panicked+1 {
		t.Fatalf("%d failures and %d extractions made for %d panics; want one failure each and a new extraction after each", len(fails), made, panicked)
	}
	for _, f := range fails {
		if f.Text != badText || len(f.Got) != 1 || !strings.HasPrefix(f.Got[0], "internal error (a bug in claimdiff): runtime error: index out of range") {
			t.Errorf("failure %s", f.String())
		}
	}
	if f := fails[0]; f.Rule != bad.ID || f.Pos != bad.Examples[0].Pos {
		t.Errorf("first failure at rule %s %v, want %s %v", f.Rule, f.Pos, bad.ID, bad.Examples[0].Pos)
	}
}
