package claims

import (
	"strings"
	"testing"
)

// TestOneLine wants oneLine to fold white space exactly as
// strings.Join(strings.Fields(s), " ") does, invalid UTF-8 and non-ASCII
// spaces included, once the text has a line break, a tab or two spaces in
// a row (without, it is kept as it is).
func TestOneLine(t *testing.T) {
	for _, s := range []string{
		"", "plain", "two  spaces", " lead and trail \n", "line\nbreak\r\nand\ttab",
		"no\u00a0break\u2003em\u0085next", "no\u00a0break\u2003em\u0085next\n", "bad \xff\xfe  bytes\n\xc3", "\n\n\t ", "a\u200bb  c",
	} {
		want := s
		if strings.ContainsAny(s, "\n\t\r") || strings.Contains(s, "  ") {
			want = strings.Join(strings.Fields(s), " ")
		}
		if got := oneLine(s); got != want {
			t.Errorf("oneLine(%q) = %q, want %q", s, got, want)
		}
	}
}
