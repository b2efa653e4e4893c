package claims

import (
	"testing"

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
