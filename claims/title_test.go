package claims

import (
	"testing"

	"github.com/claimdiff/claimdiff/claims/rules"
	"github.com/claimdiff/claimdiff/claims/segment"
)

// TestLastTitle checks the one rule for cutting a name at its last title,
// over a document's tokens (titleIn) and over a name alone (untitled):
// both must cut at the same word.
func TestLastTitle(t *testing.T) {
	r, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
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
		toks := segment.Tokenize(tc.name)
		b.txt = &segment.Text{Tokens: toks}
		cut, _ := b.titleIn(0, len(toks))
		if got := tc.name[toks[cut].Start:]; got != tc.want {
			t.Errorf("titleIn over %q cuts to %q, want %q", tc.name, got, tc.want)
		}
	}
}
