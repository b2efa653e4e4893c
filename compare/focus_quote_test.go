package compare

import (
	"slices"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
)

// TestMayQuote checks Focus.mayQuote, which reads an ASCII quote in
// place, against its definition: some word of quoteWords of the quote is
// a word of the focus documents' quotes.
func TestMayQuote(t *testing.T) {
	f := &Focus{quoted: map[string]bool{}}
	for _, w := range quoteWords("We criticised the Zoning board's plan -- a 'disaster'") {
		f.quoted[w] = true
	}
	cases := []string{
		"", "'", "--", "the", "THE", "criticized", "Kritisized", "zoning", "Board's", "board", "'disaster'",
		"plan-", "we're", "nothing in common", "naïve plan", "naïve words only", "a", "-a-",
		"a word far longer than sixty-four bytes: pneumonoultramicroscopicsilicovolcanoconiosisxxxxxxxxxxxxxxxxxxxxxx",
	}
	for _, s := range cases {
		want := slices.ContainsFunc(quoteWords(s), func(w string) bool { return f.quoted[w] })
		if got := f.mayQuote(&claims.Claim{Kind: claims.KindQuote, Text: s}); got != want {
			t.Errorf("mayQuote(%q) = %v, want %v", s, got, want)
		}
	}
}
