package claims

import (
	"math/rand"
	"testing"
)

// TestMergeClaims wants mergeClaims to order two runs as sortClaims
// orders them (stably, the first run's claim first among equal ones),
// whether the runs are each in order or not.
func TestMergeClaims(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	kinds := []string{"killed", "injured", "quote"}
	run := func(n int, sorted bool) []Claim {
		cs := make([]Claim, n)
		for i := range cs {
			cs[i] = Claim{Span: Span{Start: rng.Intn(8)}, Kind: kinds[rng.Intn(len(kinds))]}
		}
		if sorted {
			sortClaims(cs, nil)
		}
		return cs
	}
	var room []int32
	for trial := range 2000 {
		n, m := rng.Intn(6), rng.Intn(6)
		cs := append(run(n, trial%5 != 0), run(m, trial%7 != 0)...)
		for i := range cs {
			cs[i].Rule = string(rune('a' + i))
		}
		want := append([]Claim(nil), cs...)
		sortClaims(want, nil)
		mergeClaims(cs, n, &room)
		for i := range cs {
			if cs[i].Rule != want[i].Rule {
				t.Fatalf("trial %d: merged %v, want %v", trial, ruleLetters(cs), ruleLetters(want))
			}
		}
	}
}

// ruleLetters is the claims' rules, one after the other.
func ruleLetters(cs []Claim) string {
	var s string
	for _, c := range cs {
		s += c.Rule
	}
	return s
}
