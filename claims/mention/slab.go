package mention

import "strings"

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

// textRoom is the room made for a recogniser's texts at its first
// (bytes): the dates of most documents.
const textRoom = 256

// texts holds the strings a recogniser builds (a date's ISO form), one
// after another in a strings.Builder, which never rewrites what it
// holds: each is a string of it, and a document's take an allocation or
// two, not one each.
type texts struct{ b strings.Builder }

// keep returns b, built on the stack, as a string of t.
func (t *texts) keep(b []byte) string {
	if t.b.Cap() == 0 {
		t.b.Grow(textRoom)
	}
	start := t.b.Len()
	t.b.Write(b)
	return t.b.String()[start:]
}
