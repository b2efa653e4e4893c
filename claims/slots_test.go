package claims

import (
	"testing"

	"github.com/claimdiff/claimdiff/claims/ingest"
	"github.com/claimdiff/claimdiff/internal/rulestest"
)

// TestSubjectNotAudience checks that the name a speaker tells is never
// the subject of the claim told: "told CNN that 114 sailors" is no count
// of CNN's.
func TestSubjectNotAudience(t *testing.T) {
	r := rulestest.Default(t)
	for _, tc := range []struct{ text, notSubject string }{
		{"A Pentagon spokesman told CNN on Thursday night that 114 sailors had tested positive.", "CNN"},
		{"The governor told Reuters on Monday that 40 homes were destroyed.", "Reuters"},
	} {
		res := Extract(&ingest.Document{ID: "case", Source: "case", Text: "Title\n\n" + tc.text + "\n"}, r)
		if len(res.Claims) == 0 {
			t.Errorf("%q: no claim", tc.text)
		}
		for _, c := range res.Claims {
			if c.Subject == tc.notSubject {
				t.Errorf("%q: claim %q has subject %q, the audience", tc.text, c.Text, c.Subject)
			}
		}
	}
}
