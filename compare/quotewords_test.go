package compare

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
)

// TestASCIIQuoteWords checks the ASCII path of quoteWords against the
// general one, on constructed cases and on every line of the seeds (and
// of the corpus, when it is there).
func TestASCIIQuoteWords(t *testing.T) {
	texts := []string{"", " ", "'", "-- '-'", "Don't", "people,' -", "'people'", "Sceptics criticised OFFENCES",
		"we're 100% sure--really", "a-b-c", "K.Z.C", "\t\nx\ty", "it's 5,200 (about)"}
	files, _ := filepath.Glob("../testdata/seeds/*.txt")
	corpus, _ := filepath.Glob("../../shared/corpus/events/*/*.txt")
	for _, f := range append(files, corpus...) {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, strings.Split(string(data), "\n")...)
	}
	ascii := 0
	for _, s := range texts {
		got, ok := asciiQuoteWords(s)
		if !ok {
			continue
		}
		ascii++
		if want := slowQuoteWords(s); !slices.Equal(got, want) {
			t.Fatalf("asciiQuoteWords(%q) = %q, want %q", s, got, want)
		}
	}
	if ascii < 10 {
		t.Fatalf("only %d ASCII texts tried", ascii)
	}
	if _, ok := asciiQuoteWords("naïve"); ok {
		t.Error("a text with an accent is not ASCII")
	}
}

// slowQuoteWords is quoteWords without its ASCII path.
func slowQuoteWords(s string) []string {
	ws := strings.FieldsFunc(foldMarks.Replace(strings.ToLower(s)), func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '-')
	})
	var out []string
	for _, w := range ws {
		if w = strings.Trim(w, "'-"); w != "" {
			out = append(out, spellFold.Replace(w))
		}
	}
	return out
}
