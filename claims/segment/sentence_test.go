package segment

import (
	"os"
	"path/filepath"
	"slices"
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

// TestSplitterHanded: the sentences and paragraphs Segment makes, the
// splitter handed only the tokens that may end a sentence or start one,
// are those it makes handed every token.
func TestSplitterHanded(t *testing.T) {
	texts := []string{
		"Mr. Ortega said 12 people were hurt. The U.S. team left at 3 p.m. on Friday.",
		"“Nobody saw it,” Ana Lisboa told reporters — twice.\n\nA second paragraph follows. \"Yes.\" (It did.) 'No!' he said... And then?\nA line\nwrapped here.",
		"Ivan A. Lopez (D-N.Y.) spoke. Dec. 27 was cold.  It ended.\n\n\n  Off. Tim Smith left. the end. 5 left. “Quoted.” ‘x’",
		"end.\"\"\"\"' Next one.)) \"Then\" ... yes … No",
	}
	for _, dir := range []string{"../../testdata/seeds", "../../testdata/compare"} {
		files, _ := filepath.Glob(filepath.Join(dir, "*"))
		for _, p := range files {
			if b, err := os.ReadFile(p); err == nil {
				texts = append(texts, string(b))
			}
		}
	}
	for _, src := range texts {
		for _, soft := range []bool{false, true} {
			txt := Segment(src, Options{SoftWrap: soft})
			toks := Tokenize(src)
			sp := splitter{softWrap: soft, lastWord: -1, read: -1}
			for i := range toks {
				sp.token(toks, i)
			}
			sp.end(toks)
			if !slices.Equal(txt.Sentences, sp.sents) || !slices.Equal(txt.Paragraphs, sp.paras) {
				t.Errorf("%.40q (soft wrap %v): %d sentences, %d paragraphs; handed every token, %d, %d",
					src, soft, len(txt.Sentences), len(txt.Paragraphs), len(sp.sents), len(sp.paras))
			}
		}
	}
}
