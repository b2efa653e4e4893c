package segment

import (
	"strings"
	"testing"
	"unsafe"

	"github.com/claimdiff/claimdiff/claims/wordset"
	"github.com/claimdiff/claimdiff/internal/seedstest"
)

// TestForms wants texts segmented with a Forms to have the tokens they
// have without, and a form met in one text to be the one built for the
// text before.
func TestForms(t *testing.T) {
	texts := []string{"The Mayor said “No.”", "THE MAYOR’S office, the mayor said.", "Short", strings.Repeat("Word word ", 300)}
	var forms Forms
	var the string
	for i, src := range texts {
		got := Segment(src, Options{Forms: &forms}).Tokens
		want := Segment(src, Options{}).Tokens
		if len(got) != len(want) {
			t.Fatalf("text %d: %d tokens with Forms, %d without", i, len(got), len(want))
		}
		for k := range got {
			if got[k] != want[k] {
				t.Errorf("text %d token %d: %+v with Forms, %+v without", i, k, got[k], want[k])
			}
			if got[k].Norm == "the" && src[got[k].Start:got[k].End] != "the" {
				if the == "" {
					the = got[k].Norm
				} else if unsafe.StringData(got[k].Norm) != unsafe.StringData(the) {
					t.Errorf("text %d: %q built again", i, got[k].Norm)
				}
			}
		}
	}
}

// TestTokenizeFolds wants a short text's tokens (a name or a phrase, whose
// ASCII is lowered once as a whole) to have the folded forms each token's
// bytes fold to alone, and the tokens the same text has inside an article.
func TestTokenizeFolds(t *testing.T) {
	long := strings.Repeat("filler words here. ", internFrom/10)
	for _, src := range []string{"Ivan A. Lopez", "J. R. R. Tolkien", "IRAN'S Top General", "O'Brien", "U.S. Department of STATE",
		"Iran’s “Quds” Force", "Ölaf Müller-Lüdenscheidt", "al-Baghdadi", "THE MAYOR", "the mayor", "A", "", "x...Y",
		"Dr. Jane Doe-Smith, 24", "Zero\u200bWidth"} {
		got := Tokenize(src)
		in := Segment(long+"\n"+src, Options{}).Tokens
		in = in[len(in)-len(got):]
		for k, tok := range got {
			var n normalizer
			if want := n.normalize(src[tok.Start:tok.End]); tok.Norm != want {
				t.Errorf("%q token %d: Norm %q, its bytes fold to %q", src, k, tok.Norm, want)
			}
			if tok.Norm != in[k].Norm || tok.Kind != in[k].Kind || tok.Cap != in[k].Cap {
				t.Errorf("%q token %d: %+v alone, %+v in an article", src, k, tok, in[k])
			}
		}
	}
}

// TestPlainWords wants every token of an article, a plain word (ASCII
// without a capital, taken as its own folded form while it is scanned),
// an ASCII word with a capital (lowered in place) or neither, to have the
// folded form its bytes fold to alone.
func TestPlainWords(t *testing.T) {
	texts := []string{"Iran’s top general, Qasem Soleimani, was killed; the U.S. said 5,200.5 don't co-operate\u200bd Naïve naïve ‐hyphen x\u2010y it’s A4.5 4.5A 27th 3,000-strong ÉTÉ 5,2é"}
	texts = append(texts, seedstest.Texts(t)...)
	for _, src := range texts {
		for k, tok := range Segment(src, Options{}).Tokens {
			var n normalizer
			if want := n.normalize(src[tok.Start:tok.End]); tok.Norm != want {
				t.Errorf("token %d %q: Norm %q, its bytes fold to %q", k, src[tok.Start:tok.End], tok.Norm, want)
			}
			if tok.Key != wordset.KeyOf(tok.Norm) {
				t.Errorf("token %d %q: Key %d, its Norm's is %d", k, tok.Norm, tok.Key, wordset.KeyOf(tok.Norm))
			}
		}
	}
}
