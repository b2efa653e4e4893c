package compare

import (
	"testing"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/mention"
	"github.com/claimdiff/claimdiff/claims/rules"
)

// TestKeyDifference: a near-miss names the part of the identity its two
// figures differ on, by its field and both sides, never the kind when the
// kinds are one.
func TestKeyDifference(t *testing.T) {
	count := &rules.Kind{Generic: true}
	counted := func(sentence, text string, unit string) claims.Claim {
		at := len(sentence) - len(text)
		for i := 0; i+len(text) <= len(sentence); i++ {
			if sentence[i:i+len(text)] == text {
				at = i
				break
			}
		}
		return claims.Claim{Kind: "count", Value: &mention.Value{Number: 3, Unit: unit}, Text: text, Sentence: sentence,
			Span: claims.Span{Start: at, End: at + len(text)}, Frame: &claims.Frame{Head: unit}}
	}
	others := counted("The shooter, accompanied by three other men, fired at a crowd.", "three", "man")
	all := counted("The victims were three men, ages 22, 45 and 67.", "three", "man")
	women := counted("The victims were three women.", "three", "woman")
	dated := func(day string) claims.Claim {
		return claims.Claim{Kind: "event-date", Date: &mention.DateValue{Start: day, End: day}}
	}
	byDate := &rules.Kind{Identity: []string{"date"}}
	up := all
	up.Frame = &claims.Frame{Head: "man", Change: true, Direction: "up"}
	tests := []struct {
		name          string
		a, c          claims.Claim
		k             *rules.Kind
		field, reason string
	}{
		{"a count besides others against one of all", others, all, count,
			fieldScope, "a count besides others its sentence names vs a count of all"},
		{"the same, the other way round", all, others, count,
			fieldScope, "a count of all vs a count besides others its sentence names"},
		{"counts of two things", all, women, count, fieldUnit, "man vs woman"},
		{"a change against a level", up, all, &rules.Kind{Generic: true, Frame: []string{fieldChange}},
			fieldChange, "a change (up) vs a level"},
		{"two days", dated("2019-12-27"), dated("2019-12-29"), byDate, fieldTime, "2019-12-27 vs 2019-12-29"},
	}
	for _, tc := range tests {
		ka, okA := identity(&tc.a, tc.k, nil, nil)
		kc, okC := identity(&tc.c, tc.k, nil, nil)
		if !okA || !okC || ka == kc {
			t.Fatalf("%s: identities %q, %q: want two usable, different keys", tc.name, ka, kc)
		}
		field, reason := keyDifference(&tc.a, &tc.c, ka, kc)
		if field != tc.field || reason != tc.reason {
			t.Errorf("%s: keyDifference = %q, %q; want %q, %q", tc.name, field, reason, tc.field, tc.reason)
		}
	}
}
