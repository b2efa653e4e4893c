package rules

import (
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/claims/segment"
	"github.com/claimdiff/claimdiff/internal/seedstest"
)

// TestSingleSpaced wants singleSpaced true exactly where folding the
// spaces (strings.Fields, then strings.Join) leaves a name as it is.
func TestSingleSpaced(t *testing.T) {
	for _, s := range []string{"", " ", "John", "John Smith", "John  Smith", " John", "John ", "John\tSmith",
		"John\u00a0Smith", "Jos\u00e9 Mar\u00eda", "a b c", "a\nb", "\u2003"} {
		want := strings.Join(strings.Fields(s), " ") == s
		if got := singleSpaced(s); got != want {
			t.Errorf("singleSpaced(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestNormalizeAt wants NormalizeAt, which reads a document's tokens, to
// give what Normalize gives for their text, for every span of up to six
// tokens of the seed articles and of texts made to trip it (spaces of
// other kinds, a leading apostrophe, titles, aliases, initials).
func TestNormalizeAt(t *testing.T) {
	r, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{
		"Gen. Qassem Soleimani met U.S. President Donald Trump and Iran’s  Supreme Leader.",
		"the 's Bob Smith, Lt. Col. J. R. R. Tolkien Jr. and John\u00a0Smith of the Pentagon",
		"Sen. Ted Cruz,\tGov. John Bel Edwards and Mr Lopez\nsaid 'Smith's 'sake",
		"Jos\u00e9 Mar\u00eda Aznar, the US and the IS, ISIS and the Islamic State\u200b group",
		"Ivanka Trump, Ms. Trump, Mr. Trump, Donald John Trump, Donald Trump Jr. and Eric Trump met Mrs Trump.",
	}
	texts = append(texts, seedstest.Texts(t)...)
	for _, text := range texts {
		txt := segment.Segment(text, segment.Options{})
		for i := range txt.Tokens {
			for j := i + 1; j <= min(i+6, len(txt.Tokens)); j++ {
				span := text[txt.Tokens[i].Start:txt.Tokens[j-1].End]
				if got, want := r.NormalizeAt(txt, i, j), r.Normalize(span); got != want {
					t.Errorf("NormalizeAt(%q) = %q, Normalize gives %q", span, got, want)
				}
			}
		}
	}
}

// TestNormalizeOtherPerson: an alias ends a name of someone else where a
// given name or a courtesy title says so; the canonical person keeps his
// middle name, his titles and his alias.
func TestNormalizeOtherPerson(t *testing.T) {
	r, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]string{
		"Ivanka Trump":                "Ivanka Trump",
		"Eric Trump":                  "Eric Trump",
		"Ms. Trump":                   "Trump",
		"Mrs Trump":                   "Trump",
		"Mr. Trump":                   "Donald Trump",
		"President Trump":             "Donald Trump",
		"Donald John Trump":           "Donald Trump",
		"U.S. President Donald Trump": "Donald Trump",
		"Trump":                       "Donald Trump",
		"Donald Trump Jr.":            "Donald Trump Jr.",
	} {
		if got := r.Normalize(name); got != want {
			t.Errorf("Normalize(%q) = %q, want %q", name, got, want)
		}
	}
}
