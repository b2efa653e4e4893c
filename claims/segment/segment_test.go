package segment

import (
	"os"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/claims/wordset"
)

func sentences(t *Text) []string {
	var out []string
	for _, s := range t.Sentences {
		out = append(out, t.Src[s.Start:s.End])
	}
	return out
}

func TestSegmentSentences(t *testing.T) {
	tests := []struct {
		name string
		src  string
		soft bool
		want []string
	}{
		{"two sentences", "Iran is angry. The U.S. disagrees.", false,
			[]string{"Iran is angry.", "The U.S. disagrees."}},
		{"abbreviations", "Mr. Pompeo met Gen. Milley on Dec. 27. No. 5 was there.", false,
			[]string{"Mr. Pompeo met Gen. Milley on Dec. 27.", "No. 5 was there."}},
		{"initial", "Spc. Ivan A. Lopez fired. He died.", false,
			[]string{"Spc. Ivan A. Lopez fired.", "He died."}},
		{"line without punctuation ends its unit", "Please allow a moment for the live blog to load\nBenjamin Netanyahu has cut short a trip.", false,
			[]string{"Please allow a moment for the live blog to load", "Benjamin Netanyahu has cut short a trip."}},
		{"soft wrap joins lines", "Benjamin Netanyahu has cut\nshort a trip. Then\n\nNew para.", true,
			[]string{"Benjamin Netanyahu has cut\nshort a trip.", "Then", "New para."}},
		{"closing quote stays", `"We will respond." Iran said so.`, false,
			[]string{`"We will respond."`, "Iran said so."}},
		{"quote opening a paragraph", "They left Iraq.\n\n\"Due to attacks, all operations are suspended,\" it said. \"Do not approach.\"", false,
			[]string{"They left Iraq.", `"Due to attacks, all operations are suspended," it said.`, `"Do not approach."`}},
		{"ellipsis inside sentence", "aggression on Iraq ... and the breach.", false,
			[]string{"aggression on Iraq ... and the breach."}},
		{"decimal", "Output fell to 2.1 million. Prices rose.", false,
			[]string{"Output fell to 2.1 million.", "Prices rose."}},
		{"question", "Why? Because.", false, []string{"Why?", "Because."}},
		{"empty", "", false, nil},
		{"whitespace", " \n\t\n ", false, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := sentences(Segment(tc.src, Options{SoftWrap: tc.soft}))
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("got %q\nwant %q", got, tc.want)
			}
		})
	}
}

func TestTokens(t *testing.T) {
	tests := []struct {
		src  string
		want string
	}{
		{"Iran's 5,200 troops", "iran|'s|5,200|troops"},
		{"the U.S. Embassy", "the|u.s.|embassy"},
		{"a 62-year-old man", "a|62-year-old|man"},
		{"$50bn and 4%", "$|50bn|and|4|%"},
		{"Tehran’s don’t", "tehran|'s|don't"},
		{"1.2.3 9,99,999", "1.2.3|9,99,999"},
		{"5\u200b200 Sol\u200deimani", "5200|soleimani"},
		{"wait... what", "wait|...|what"},
		{"al-Muhandis", "al-muhandis"},
	}
	for _, tc := range tests {
		var got []string
		for _, tok := range Segment(tc.src, Options{}).Tokens {
			got = append(got, tok.Norm)
		}
		if g := strings.Join(got, "|"); g != tc.want {
			t.Errorf("%q: got %s want %s", tc.src, g, tc.want)
		}
	}
}

func TestLinesPos(t *testing.T) {
	for _, src := range []string{
		"héllo\nwörld ñ\n" + strings.Repeat("é", 3000) + "x",
		// all-ASCII checkpoint blocks (columns by byte count) between
		// others, and a text ending on a block boundary
		strings.Repeat("a b\n", 200) + "é" + strings.Repeat("c", 700) + "\nü" + strings.Repeat("d", 300),
		strings.Repeat("x", 2*checkpoint),
		strings.Repeat("y", checkpoint-1) + "é" + strings.Repeat("z\n", checkpoint),
		// newlines on and next to block boundaries, invalid UTF-8
		strings.Repeat("a", checkpoint-1) + "\n\n" + strings.Repeat("b", checkpoint-2) + "\xff\n" + strings.Repeat("\n", checkpoint) + "ü\n",
	} {
		l := NewLines(src)
		// Check every rune boundary against a direct count.
		line, col := 1, 1
		for off := 0; off <= len(src); {
			gl, gc := l.Pos(off)
			if gl != line || gc != col {
				t.Fatalf("Pos(%d) = %d:%d, want %d:%d", off, gl, gc, line, col)
			}
			if off == len(src) {
				break
			}
			r, size := utf8.DecodeRuneInString(src[off:])
			off += size
			if r == '\n' {
				line, col = line+1, 1
			} else {
				col++
			}
		}
	}
}

func TestSeedsSegment(t *testing.T) {
	src, err := os.ReadFile("../../testdata/seeds/004_036ee2da981d46e5.txt")
	if err != nil {
		t.Fatal(err)
	}
	txt := Segment(string(src), Options{})
	found := false
	for _, s := range sentences(txt) {
		if s == "Please allow a moment for the live blog to load" {
			found = true
		}
		if strings.Contains(s, "\n") {
			t.Errorf("sentence spans lines: %q", s)
		}
	}
	if !found {
		t.Error("live-blog line is not its own unit")
	}
	// Every sentence lies inside its paragraph, in order.
	for pi, p := range txt.Paragraphs {
		for _, s := range txt.Sentences[p.First:p.Last] {
			if s.Para != pi || s.Start < p.Start || s.End > p.End {
				t.Fatalf("sentence %+v outside paragraph %d %+v", s, pi, p)
			}
		}
	}
}

func TestHyphenInitials(t *testing.T) {
	got := sentences(Segment(`Rep. Nydia Velázquez (D-N.Y.), concluded, "It was the President." Then he left.`, Options{}))
	if len(got) != 2 || !strings.HasSuffix(got[0], `President."`) {
		t.Errorf("got %q", got)
	}
}

// TestSegmentFormsRoom wants the texts segmented with one Forms to be
// those segmented without, each kept intact while the next is segmented
// in the room Forms keeps, and, from the second text on, their sentences
// copied out at their number, not at the room made for the most (the
// first is segmented as without Forms).
func TestSegmentFormsRoom(t *testing.T) {
	texts := []string{
		"First one.",
		strings.Repeat("Mr. Ortega said 12 people were hurt. The U.S. team left at 3 p.m. on Friday.\n", 40),
		strings.Repeat("“Nobody saw it,” Ana Lisboa told reporters — twice.\n\nA second paragraph follows.\n", 25),
		"",
	}
	var forms Forms
	var got []*Text
	for _, src := range texts {
		got = append(got, Segment(src, Options{Forms: &forms}))
	}
	for k, src := range texts {
		want, g := Segment(src, Options{}), got[k]
		if !slices.Equal(g.Tokens, want.Tokens) || !slices.Equal(g.Sentences, want.Sentences) || !slices.Equal(g.Paragraphs, want.Paragraphs) {
			t.Errorf("text %d segmented with Forms differs from without", k)
		}
		if len(src) > 1000 && cap(g.Sentences) > len(g.Sentences)*9/8 {
			t.Errorf("text %d: room for %d sentences kept, %d used", k, cap(g.Sentences), len(g.Sentences))
		}
	}
}

// TestGeneralPunctuation holds isGeneralPunctuation to what the
// tokeniser takes from it: no rune of the block is a letter, a digit, a
// mark of a letter or a capital, and none lowers to another rune.
func TestGeneralPunctuation(t *testing.T) {
	n := 0
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if !isGeneralPunctuation(r) {
			continue
		}
		n++
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.IsUpper(r) || unicode.ToLower(r) != r {
			t.Errorf("%U is in General Punctuation but has a letter's properties", r)
		}
		if isWordRuneAbove(r) || isUpperAbove(r) || toLower(r) != unicode.ToLower(r) {
			t.Errorf("%U: isWordRuneAbove, isUpperAbove or toLower differs from the Unicode tables", r)
		}
	}
	if n != 0x70 {
		t.Errorf("General Punctuation holds %d runes, want 0x70", n)
	}
}

// TestLowerWords holds lowerWords to its contract: the lower-case words
// it writes are those tokenize writes, and it stops before a word that
// goes on, a mark, a line break or a second space, and before growing
// its tokens.
func TestLowerWords(t *testing.T) {
	for _, c := range []struct {
		src   string
		room  int
		words []string
		stop  int
	}{
		{"the cat sat.", 8, []string{"the", "cat", "sat"}, 11},
		{"the cat sat", 8, []string{"the", "cat", "sat"}, 11},
		{"word, next", 8, []string{"word"}, 4},
		{"and don't", 8, []string{"and"}, 4},
		{"and covid-19", 8, []string{"and"}, 4},
		{"a iPhone", 8, []string{"a"}, 2},
		{"in 2020", 8, []string{"in"}, 3},
		{"of Iran", 8, []string{"of"}, 3},
		{"one  two", 8, []string{"one"}, 4},
		{"x\ny", 8, []string{"x"}, 1},
		{"a.m. today", 8, nil, 0},
		{"caf\u00e9 au lait", 8, nil, 0},
		{"near\u2014far", 8, nil, 0},
		{"a b c", 2, []string{"a", "b"}, 4},
		{"a b c", 0, nil, 0},
	} {
		stop, toks := lowerWords(c.src, 0, make([]Token, 0, c.room))
		var words []string
		for _, tk := range toks {
			words = append(words, tk.Norm)
		}
		if stop != c.stop || !slices.Equal(words, c.words) {
			t.Errorf("lowerWords(%q) = %d %q, want %d %q", c.src, stop, words, c.stop, c.words)
		}
		// each token is the whole word as tokenize's general path writes
		// one (tokenize calls lowerWords, so it is no yardstick here)
		at := 0
		for k, tk := range toks {
			start := at + strings.Index(c.src[at:], tk.Norm)
			want := Token{Start: start, End: start + len(tk.Norm), Norm: c.src[start : start+len(tk.Norm)], Kind: Word,
				Key: wordset.KeyOf(tk.Norm)}
			if tk != want {
				t.Errorf("lowerWords(%q): token %d is %+v, want %+v", c.src, k, tk, want)
			}
			at = want.End
		}
	}
}
