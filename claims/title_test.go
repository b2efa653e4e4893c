package claims

import (
	"testing"

	"github.com/claimdiff/claimdiff/claims/segment"
	"github.com/claimdiff/claimdiff/internal/rulestest"
)

// TestLastTitle checks the one rule for cutting a name at its last title,
// over a name alone (untitled) and over the name's tokens inside a
// sentence (titleIn, which must not reach past the name's first token).
func TestLastTitle(t *testing.T) {
	r := rulestest.Default(t)
	b := &builder{rules: r}
	for _, tc := range []struct{ name, want string }{
		{"Democratic Attorney General Richard Blumenthal", "Richard Blumenthal"},
		{"Louisiana Governor John Bel Edwards", "John Bel Edwards"},
		{"President Donald Trump", "Donald Trump"},
		{"Lt. Gen. Mark Milley", "Mark Milley"},
		{"Grand Ayatollah Ali al-Sistani", "Ali al-Sistani"},
		{"Richard Blumenthal", "Richard Blumenthal"},
		{"Governor", "Governor"}, // all title: stays as it is
	} {
		if got := b.untitled(tc.name); got != tc.want {
			t.Errorf("untitled(%q) = %q, want %q", tc.name, got, tc.want)
		}
		text := "Yesterday the " + tc.name + " spoke."
		toks := segment.Tokenize(text)
		first, last := 2, len(toks)-2 // the name's tokens, between "the" and "spoke"
		b.txt = &segment.Text{Src: text, Tokens: toks}
		cut, _ := b.titleIn(first, last)
		if got := text[toks[cut].Start:toks[last-1].End]; got != tc.want {
			t.Errorf("titleIn over %q in a sentence cuts to %q, want %q", tc.name, got, tc.want)
		}
	}
}
