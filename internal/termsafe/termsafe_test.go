package termsafe

import "testing"

func TestEscape(t *testing.T) {
	red, reset := "\x1b[31m", "\x1b[0m"
	for _, c := range []struct {
		in, want string
		keep     []string
	}{
		{"plain text, tab\tand newline\n", "plain text, tab\tand newline\n", nil},
		{"clear \x1b[2J screen", `clear \x1b[2J screen`, nil},
		{"title \x1b]0;pwned\x07 set", `title \x1b]0;pwned\a set`, nil},
		{"link \x1b]8;;http://evil/\x1b\\x\x1b]8;;\x1b\\", `link \x1b]8;;http://evil/\x1b\x\x1b]8;;\x1b\`, nil},
		{"back\bspace, bell\a, CR\r, DEL\x7f", `back\bspace, bell\a, CR\r, DEL\x7f`, nil},
		{"C1 CSI \u009b2J", `C1 CSI \u009b2J`, nil},
		{"rtl \u202eevil\u202c", `rtl \u202eevil\u202c`, nil},
		{"bad \xff byte", `bad \xff byte`, nil},
		{"café – “ok” 5\u200b200", "café – “ok” 5\u200b200", nil},
		// the program's own colours pass; the same bytes in text pass only
		// as the exact sequences kept, anything else is shown
		{red + "conflict" + reset + " \x1b[8mhidden", red + "conflict" + reset + ` \x1b[8mhidden`, []string{red, reset}},
		{red + "x", `\x1b[31mx`, nil},
	} {
		if got := string(Escape([]byte(c.in), c.keep...)); got != c.want {
			t.Errorf("Escape(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func FuzzEscape(f *testing.F) {
	f.Add("\x1b[2J\x07\u009b\u202e\xff")
	f.Fuzz(func(t *testing.T, s string) {
		out := Escape([]byte(s))
		if !clean(out) {
			t.Fatalf("Escape(%q) = %q still holds a control", s, out)
		}
	})
}
