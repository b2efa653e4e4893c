package segment

import (
	"slices"
	"unicode"
	"unicode/utf8"
)

// IsUpper reports whether s reads the same in upper case: whether
// strings.ToUpper(s) == s, without building the upper-case copy.
func IsUpper(s string) bool { return sameUnder(s, unicode.ToUpper) }

// IsLower reports whether s reads the same in lower case: whether
// strings.ToLower(s) == s, without building the lower-case copy.
func IsLower(s string) bool { return sameUnder(s, unicode.ToLower) }

// sameUnder reports whether strings.Map(f, s) == s, as strings.ToUpper and
// strings.ToLower map: a byte that is no UTF-8 becomes U+FFFD, a change.
func sameUnder(s string, f func(rune) rune) bool {
	for i, r := range s {
		if r < utf8.RuneSelf {
			if f(r) != r {
				return false
			}
			continue
		}
		if r == utf8.RuneError {
			if _, size := utf8.DecodeRuneInString(s[i:]); size == 1 {
				return false
			}
		}
		if f(r) != r {
			return false
		}
	}
	return true
}

// AppendLower appends s in lower case, as strings.ToLower gives it, to
// buf. Looked up as m[string(AppendLower(buf[:0], s))] with buf on the
// stack, a map keyed by lower-case words is read without allocating.
func AppendLower(buf []byte, s string) []byte {
	start := len(buf)
	buf = slices.Grow(buf, len(s)) // room made once, written in place
	b := buf[start : start+len(s)]
	var all byte // every byte ORed: its top bit is set by one above ASCII
	for i := range b {
		c := s[i]
		all |= c
		b[i] = lowerByte(c)
	}
	if all >= utf8.RuneSelf {
		// strings.ToLower's runes, written in place: an invalid byte
		// becomes U+FFFD as there
		buf = buf[:start]
		for _, r := range s {
			buf = utf8.AppendRune(buf, unicode.ToLower(r))
		}
		return buf
	}
	return buf[:start+len(s)]
}
