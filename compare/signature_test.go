package compare

import (
	"math/rand/v2"
	"testing"
)

// TestSharedAtMost checks the signature bound against the true count on
// random word sets: never below it, and exact for sets sharing every word
// or none whose bits meet.
func TestSharedAtMost(t *testing.T) {
	vocab := make([]string, 300)
	for i := range vocab {
		vocab[i] = string(rune('a'+i%26)) + string(rune('a'+i/26)) + "x"
	}
	rng := rand.New(rand.NewPCG(1, 2))
	pick := func() wordSet {
		var ws []string
		for range rng.IntN(30) {
			ws = append(ws, vocab[rng.IntN(len(vocab))])
		}
		return setOf(ws)
	}
	// like is a set sharing a random part of a's words, so that the pairs
	// span jaccard 0 to 1, the thresholds alignment uses included
	like := func(a wordSet) wordSet {
		ws := append([]string(nil), a...)
		for range rng.IntN(len(ws) + 1) {
			ws[rng.IntN(len(ws))] = vocab[rng.IntN(len(vocab))]
		}
		return setOf(ws)
	}
	reached := map[float64]int{}
	for i := range 4000 {
		a, b := pick(), pick()
		if i%2 == 1 && len(a) > 0 {
			b = like(a)
		}
		sa, sb := signatureOf(a), signatureOf(b)
		got, want := sharedAtMost(sa, sb), intersect(a, b)
		if got < want {
			t.Fatalf("sharedAtMost(%q, %q) = %d, below the %d shared", a, b, got, want)
		}
		if back := sharedAtMost(sb, sa); back < want {
			t.Fatalf("sharedAtMost(%q, %q) = %d, below the %d shared", b, a, back, want)
		}
		for _, th := range []float64{0.1, 0.3, 0.5, 0.8} {
			if jaccard(a, b) >= th {
				reached[th]++
				if !signaturesCanReach(sa, sb, th) {
					t.Fatalf("signaturesCanReach(%q, %q, %v) rejects a pair of jaccard %v", a, b, th, jaccard(a, b))
				}
			}
		}
	}
	for _, th := range []float64{0.3, 0.5, 0.8} {
		if reached[th] < 100 {
			t.Errorf("only %d pairs reach jaccard %v: the bound is not tested where alignment uses it", reached[th], th)
		}
	}
	if n := sharedAtMost(signatureOf(setOf([]string{"killed", "storm"})), signatureOf(setOf([]string{"killed", "storm"}))); n != 2 {
		t.Errorf("a set with itself: %d, want 2", n)
	}
}
