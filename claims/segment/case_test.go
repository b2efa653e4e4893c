package segment

import (
	"strings"
	"testing"
)

// TestCase wants IsUpper, IsLower and AppendLower to agree with
// strings.ToUpper and strings.ToLower on every kind of text: ASCII, other
// scripts, title-case letters, U+FFFD and bytes that are no UTF-8.
func TestCase(t *testing.T) {
	for _, s := range []string{"", "MIAMI", "Miami", "miami", "U.S.", "123", "ÉCOLE", "École", "école",
		"ǅ", "Ǆ", "ǆ", "\ufffd", "AB\xffCD", "ab\xff", "ΣΑΣ", "ß", "İ", "ﬁ", "MIAMI-DADE", "A\u0301"} {
		if got, want := IsUpper(s), strings.ToUpper(s) == s; got != want {
			t.Errorf("IsUpper(%q) = %v, want %v", s, got, want)
		}
		if got, want := IsLower(s), strings.ToLower(s) == s; got != want {
			t.Errorf("IsLower(%q) = %v, want %v", s, got, want)
		}
		if got, want := string(AppendLower([]byte("x"), s)), "x"+strings.ToLower(s); got != want {
			t.Errorf("AppendLower(x, %q) = %q, want %q", s, got, want)
		}
	}
}

// TestAppendLowerAllocs wants AppendLower to lower text above ASCII in
// the room it is given, as it does ASCII, without a string of its own.
func TestAppendLowerAllocs(t *testing.T) {
	buf := make([]byte, 0, 64)
	for _, s := range []string{"MIAMI", "ÉCOLE à Paris", "AB\xffCD"} {
		if n := testing.AllocsPerRun(10, func() { buf = AppendLower(buf[:0], s) }); n != 0 {
			t.Errorf("AppendLower(%q) allocates %v times, want 0", s, n)
		}
	}
}
