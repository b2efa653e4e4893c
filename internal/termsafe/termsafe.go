// Package termsafe renders text for a terminal so that nothing in it acts
// on the terminal: control characters, escape sequences and invisible
// direction overrides from article text, file names or rules files are
// shown, not obeyed.
//
// Escape is applied to a whole output, after layout and truncation, so a
// shortened quote can never end inside an escape sequence: a control
// character is one rune, and it is rendered as a whole.
package termsafe

import (
	"bytes"
	"fmt"
	"unicode/utf8"
)

// Escape returns b with every character that a terminal would act on
// rendered visibly: C0 controls but tab and newline ("\x1b", "\r", "\x07"),
// DEL, C1 controls ("\u009b"), bidirectional overrides and isolates
// (U+202A–U+202E, U+2066–U+2069: "\u202e") and bytes that are not UTF-8
// ("\xff"). The byte sequences in keep — the program's own colour codes,
// exactly as it writes them — pass unchanged; text cannot add to them.
func Escape(b []byte, keep ...string) []byte {
	if clean(b) {
		return b
	}
	var out bytes.Buffer
	out.Grow(len(b) + len(b)/8)
outer:
	for i := 0; i < len(b); {
		c := b[i]
		if c == 0x1b {
			for _, k := range keep {
				if bytes.HasPrefix(b[i:], []byte(k)) {
					out.WriteString(k)
					i += len(k)
					continue outer
				}
			}
		}
		if c < utf8.RuneSelf {
			if c < 0x20 && c != '\t' && c != '\n' || c == 0x7f {
				out.WriteString(byteEscape(c))
			} else {
				out.WriteByte(c)
			}
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			out.WriteString(fmt.Sprintf(`\x%02x`, c))
		case active(r):
			fmt.Fprintf(&out, `\u%04x`, r)
		default:
			out.Write(b[i : i+n])
		}
		i += n
	}
	return out.Bytes()
}

// String is Escape for a string with nothing to keep.
func String(s string) string {
	return string(Escape([]byte(s)))
}

// byteEscape names an ASCII control character as Go source would.
func byteEscape(c byte) string {
	switch c {
	case '\r':
		return `\r`
	case '\a':
		return `\a`
	case '\b':
		return `\b`
	case '\f':
		return `\f`
	case '\v':
		return `\v`
	}
	return fmt.Sprintf(`\x%02x`, c)
}

// active reports a non-ASCII rune a terminal acts on or that reorders
// what it shows: a C1 control, or a bidirectional embedding, override or
// isolate.
func active(r rune) bool {
	return r >= 0x80 && r <= 0x9f || r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069
}

// clean reports whether b needs no escaping (the common case, checked
// without allocating).
func clean(b []byte) bool {
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			if c < 0x20 && c != '\t' && c != '\n' || c == 0x7f {
				return false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 || active(r) {
			return false
		}
		i += n
	}
	return true
}
