package compare

import (
	"testing"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/mention"
	"github.com/claimdiff/claimdiff/claims/rules"
)

// TestIdentity: the slots a kind declares as its identity key the fact; a
// claim missing one compares with nothing.
func TestIdentity(t *testing.T) {
	byPerson := &rules.Kind{Identity: []string{"subject"}}
	byDate := &rules.Kind{Identity: []string{"date"}}
	d := func(s string) *mention.DateValue { return &mention.DateValue{Start: s, End: s} }
	v := &mention.Value{Number: 24, Unit: "years"}
	tests := []struct {
		name   string
		c      claims.Claim
		k      *rules.Kind
		key    string
		usable bool
	}{
		{"age of a person", claims.Claim{Kind: "age", Value: v, Subject: "Daniel Reyes"}, byPerson, "age|years|subject=Daniel Reyes", true},
		{"age of nobody", claims.Claim{Kind: "age", Value: v}, byPerson, "", false},
		{"age of a boy: a description, not a person", claims.Claim{Kind: "age", Value: v, Subject: "boy"}, byPerson, "", false},
		{"age of a place", claims.Claim{Kind: "age", Value: v, Subject: "Detroit"}, byPerson, "", false},
		{"age of a headline", claims.Claim{Kind: "age", Value: v, Subject: "AT THE HANDS OF THE"}, byPerson, "", false},
		{"event on a day, year known or not", claims.Claim{Kind: "event-date", Date: d("2019-12-27")}, byDate, "event-date|date|on=12-27", true},
		{"same day, year unknown", claims.Claim{Kind: "event-date", Date: d("--12-27")}, byDate, "event-date|date|on=12-27", true},
		{"named victim", claims.Claim{Kind: "killed", Victim: "Qassem Soleimani"}, nil, "killed|victim=Qassem Soleimani", true},
		{"count with no identity slots", claims.Claim{Kind: "troops", Value: &mention.Value{Unit: "troops"}}, &rules.Kind{}, "troops|troops", true},
	}
	for _, tc := range tests {
		key, ok := identity(&tc.c, tc.k, map[string]bool{"Detroit": true})
		if key != tc.key || ok != tc.usable {
			t.Errorf("%s: identity = %q, %v; want %q, %v", tc.name, key, ok, tc.key, tc.usable)
		}
	}
}
