// Package uripath writes a file path as the path of a URI: every byte but
// letters, digits, "-._~" and "/" is percent-encoded, so a name holding
// '?', '#', '%', ':', spaces or control characters names that file to any
// URI parser (SQLite's file: URIs, SARIF's artifactLocation.uri).
package uripath

import "strings"

// Escape percent-encodes path for use as the path of a URI.
func Escape(path string) string {
	const hex = "0123456789ABCDEF"
	var b strings.Builder
	for i := 0; i < len(path); i++ {
		c := path[i]
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9', strings.IndexByte("-._~/", c) >= 0:
			b.WriteByte(c)
		default:
			b.WriteByte('%')
			b.WriteByte(hex[c>>4])
			b.WriteByte(hex[c&15])
		}
	}
	return b.String()
}
