// Package textarena keeps short strings made from bytes one after another
// in one buffer, so that a document's many small strings (index keys, a
// date's ISO form) take an allocation or two, not one each.
package textarena

import "strings"

// An Arena keeps strings in a strings.Builder, which never rewrites what
// it holds: each string Keep returns is a string of it, valid as long as
// the caller holds it. The zero Arena is ready to use.
type Arena struct{ b strings.Builder }

// Keep returns b (built on the caller's stack, say) as a string kept in
// the arena. The first call makes room bytes of room at least: what the
// caller's strings of one document mostly take.
func (a *Arena) Keep(b []byte, room int) string {
	if a.b.Cap() == 0 {
		a.b.Grow(room)
	}
	start := a.b.Len()
	a.b.Write(b)
	return a.b.String()[start:]
}

// Reset lets the arena's buffer go (the strings kept in it stay valid
// while held): the next Keep starts another.
func (a *Arena) Reset() { a.b.Reset() }
