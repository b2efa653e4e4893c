package segment

import (
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/claims/wordset"
)

// TestAbbreviations: the months' abbreviations come from package english;
// a full month name ends a sentence like any word.
func TestAbbreviations(t *testing.T) {
	for w, want := range map[string]bool{"dec": true, "sept": true, "jan": true, "gen": true, "may": false,
		"december": false, "etc": false} {
		if IsAbbreviationToken(&Token{Norm: w, Key: wordset.KeyOf(w)}) != want {
			t.Errorf("IsAbbreviationToken(%q) = %v", w, !want)
		}
	}
	if n := len(Segment("It ended on Dec. 27 in Baghdad. Then it began.", Options{}).Sentences); n != 2 {
		t.Errorf("%d sentences, want 2: Dec. ends none", n)
	}
}

// TestArticleTokens: the room made for an article's tokens stays between
// a token every 16 bytes and one every 3, whatever its spaces: padded
// text, a run of spaces, Chinese without any.
func TestArticleTokens(t *testing.T) {
	for _, tc := range []struct{ name, src string }{
		{"prose", strings.Repeat("Two people were killed, police said. ", 1000)},
		{"padding", strings.Repeat("a          ", 10000)},
		{"spaces", strings.Repeat(" ", 100000)},
		{"Chinese", strings.Repeat("两人死亡警方说", 5000)},
	} {
		n := articleTokens(tc.src)
		if lo, hi := len(tc.src)/16, len(tc.src)/3+16; n < lo || n > hi {
			t.Errorf("%s: room for %d tokens in %d bytes, want %d to %d", tc.name, n, len(tc.src), lo, hi)
		}
	}
	prose := strings.Repeat("Two people were killed, police said. ", 1000)
	if got := len(Segment(prose, Options{}).Tokens); articleTokens(prose) < got {
		t.Errorf("prose: room for %d tokens, %d made", articleTokens(prose), got)
	}
}
