// Package sortedset works on sets held as sorted slices, each element once
// (the content words of a sentence, the term ids of an article): what two
// sets share is found in one merge-like pass over both.
package sortedset

import (
	"cmp"
	"iter"
)

// Common yields the elements that the sorted sets a and b share, in
// order.
func Common[S ~[]E, E cmp.Ordered](a, b S) iter.Seq[E] {
	return func(yield func(E) bool) {
		for i, j := 0, 0; i < len(a) && j < len(b); {
			// equality first: equal strings are often one string (interned
			// words), told equal without reading them, and unequal ones
			// are then ordered by one comparison, not two
			switch {
			case a[i] == b[j]:
				if !yield(a[i]) {
					return
				}
				i++
				j++
			case a[i] < b[j]:
				i++
			default:
				j++
			}
		}
	}
}

// Count returns how many elements the sorted sets a and b share.
func Count[S ~[]E, E cmp.Ordered](a, b S) int {
	n := 0
	for range Common(a, b) {
		n++
	}
	return n
}
