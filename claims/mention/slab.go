package mention

// slab hands out pointers to values of T made in chunks, one allocation a
// chunk rather than one a value: a document's mentions point to values
// made by one recogniser. A chunk is never grown (what it holds is
// pointed to) nor reused; each next one is twice the last, from slabMin
// up to slabMax.
type slab[T any] struct{ free []T }

// slabMin and slabMax bound a slab's chunks.
const slabMin, slabMax = 8, 64

// new returns a pointer to a copy of v in s's chunk.
func (s *slab[T]) new(v T) *T {
	if len(s.free) == cap(s.free) {
		s.free = make([]T, 0, min(max(2*cap(s.free), slabMin), slabMax))
	}
	s.free = append(s.free, v)
	return &s.free[len(s.free)-1]
}
