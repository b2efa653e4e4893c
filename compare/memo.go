package compare

// memo gives f's value for each of n items, computed the first time it is
// asked for and kept for the next: a sentence's core clause, its stage.
func memo[T any](n int, f func(int) T) func(int) T {
	vals := make([]T, n)
	done := make([]bool, n)
	return func(i int) T {
		if !done[i] {
			vals[i], done[i] = f(i), true
		}
		return vals[i]
	}
}
