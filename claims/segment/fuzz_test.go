package segment

import (
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/claims/wordset"
)

// addSeeds adds the repository's articles as fuzz seeds.
func addSeeds(f *testing.F, dir string) {
	files, _ := filepath.Glob(filepath.Join(dir, "*"))
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(string(b))
		}
	}
}

// FuzzSegment checks the tokeniser, segmenter and line index on any UTF-8
// text: tokens lie inside the text on rune boundaries, in order; sentences
// and paragraphs cover tokens in order; Pos agrees with counting by hand.
func FuzzSegment(f *testing.F) {
	addSeeds(f, "../../testdata/seeds")
	addSeeds(f, "../../testdata/compare")
	for _, s := range []string{"", "\n\n", "a.b.c", "U.S. 5,200 “quote” ‘x’", "\u200b5\u200d200 \u202ertl\u202c", "...", "1 of 1 2 of 1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		if !utf8.ValidString(src) {
			t.Skip()
		}
		txt := Segment(src, Options{})
		prev := 0
		for i, tok := range txt.Tokens {
			if tok.Start < prev || tok.End <= tok.Start || tok.End > len(src) {
				t.Fatalf("token %d [%d,%d) out of order or bounds (prev end %d, len %d)", i, tok.Start, tok.End, prev, len(src))
			}
			if !utf8.RuneStart(src[tok.Start]) || (tok.End < len(src) && !utf8.RuneStart(src[tok.End])) {
				t.Fatalf("token %d [%d,%d) not on rune boundaries", i, tok.Start, tok.End)
			}
			var n normalizer
			if want := n.normalize(src[tok.Start:tok.End]); tok.Norm != want || tok.Key != wordset.KeyOf(want) {
				t.Fatalf("token %d %q: Norm %q key %d, its bytes fold to %q", i, src[tok.Start:tok.End], tok.Norm, tok.Key, want)
			}
			prev = tok.End
		}
		next := 0
		for i, s := range txt.Sentences {
			if s.First != next || s.Last <= s.First || s.Last > len(txt.Tokens) {
				t.Fatalf("sentence %d covers [%d,%d), want to start at %d", i, s.First, s.Last, next)
			}
			next = s.Last
		}
		if next != len(txt.Tokens) {
			t.Fatalf("sentences cover %d of %d tokens", next, len(txt.Tokens))
		}
		// line:col by counting, incrementally (tokens are in order)
		wantLine, wantCol, off := 1, 1, 0
		for _, tok := range txt.Tokens {
			for _, r := range src[off:tok.Start] {
				if r == '\n' {
					wantLine, wantCol = wantLine+1, 1
				} else {
					wantCol++
				}
			}
			off = tok.Start
			if line, col := txt.Lines.Pos(tok.Start); line != wantLine || col != wantCol {
				t.Fatalf("Pos(%d) = %d:%d, want %d:%d", tok.Start, line, col, wantLine, wantCol)
			}
		}
	})
}
