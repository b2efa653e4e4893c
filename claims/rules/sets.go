package rules

import "github.com/claimdiff/claimdiff/claims/phrase"

// copySet copies a phrase set, for the clone a file that extends other
// rules adds to: Rules.clone and each section's clone use it.
func copySet[V any](s *phrase.Set[V]) *phrase.Set[V] {
	out := phrase.New[V]()
	for _, w := range s.Words() {
		v, _ := s.Get(w)
		out.Add(w, v)
	}
	return out
}
