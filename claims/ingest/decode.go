package ingest

import (
	"bytes"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// decodeText turns file bytes into clean UTF-8 text: a UTF-8 BOM is dropped,
// UTF-16 with a BOM is converted, CRLF and lone CR become LF. Binary data
// (NUL bytes) and invalid UTF-8 are errors located at their line:col.
func decodeText(path string, b []byte) (string, error) {
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		b = b[3:]
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}), bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		s, err := decodeUTF16(path, b)
		if err != nil {
			return "", err
		}
		b = []byte(s)
	}
	if i := bytes.IndexByte(b, 0); i >= 0 {
		line, col := position(b, i)
		return "", errAt(path, line, col, "binary file: NUL byte (not a text article)")
	}
	if !utf8.Valid(b) {
		i := firstInvalid(b)
		line, col := position(b, i)
		return "", errAt(path, line, col, "not valid UTF-8 (byte 0x%02x); convert the file to UTF-8", b[i])
	}
	s := string(b)
	if strings.IndexByte(s, '\r') >= 0 {
		s = strings.ReplaceAll(s, "\r\n", "\n")
		s = strings.ReplaceAll(s, "\r", "\n")
	}
	return s, nil
}

func decodeUTF16(path string, b []byte) (string, error) {
	if len(b)%2 != 0 {
		return "", errAt(path, 0, 0, "UTF-16 file with an odd number of bytes")
	}
	big := b[0] == 0xFE
	u := make([]uint16, 0, len(b)/2-1)
	for i := 2; i+1 < len(b); i += 2 {
		if big {
			u = append(u, uint16(b[i])<<8|uint16(b[i+1]))
		} else {
			u = append(u, uint16(b[i+1])<<8|uint16(b[i]))
		}
	}
	return string(utf16.Decode(u)), nil
}

func firstInvalid(b []byte) int {
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return len(b)
}

// position returns the 1-based line and column (in characters) of byte i.
func position(b []byte, i int) (int, int) {
	line := 1 + bytes.Count(b[:i], []byte{'\n'})
	start := bytes.LastIndexByte(b[:i], '\n') + 1
	return line, utf8.RuneCount(b[start:i]) + 1
}
