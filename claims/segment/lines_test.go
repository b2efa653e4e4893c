package segment

import (
	"math/rand/v2"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"
)

// TestLazyLines wants LazyLines to give every offset the position
// NewLines gives, asked from several goroutines at once.
func TestLazyLines(t *testing.T) {
	src := "First line.\nSecond — with “quotes”, é and ü.\n\n" + strings.Repeat("x", 200) + "\nend"
	want := NewLines(src)
	lazy := LazyLines(src)
	var wg sync.WaitGroup
	errs := make([]string, 4)
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for off := -1; off <= len(src)+1; off++ {
				if off >= 0 && off < len(src) && !utf8.RuneStart(src[off]) {
					continue
				}
				wl, wc := want.Pos(off)
				if l, c := lazy.Pos(off); l != wl || c != wc {
					errs[g] = "differs"
					return
				}
			}
		}()
	}
	wg.Wait()
	for g, e := range errs {
		if e != "" {
			t.Errorf("goroutine %d: lazy lines %s from NewLines", g, e)
		}
	}
}

// TestNewLinesAllocs wants a text's line index made in three allocations:
// the index, its blocks' heads, and one for its four tables of ints.
func TestNewLinesAllocs(t *testing.T) {
	src := strings.Repeat("Line one of the text.\nA línea dos, not ASCII.\n\n", 40)
	if n := testing.AllocsPerRun(10, func() { NewLines(src) }); n != 3 {
		t.Errorf("NewLines allocates %v times, want 3", n)
	}
}

// TestCountRunes wants countRunes to count the runes of every piece of a
// text as utf8.RuneCountInString does, on a text cut at the piece's end,
// and to return the end of the last rune, which may run past the piece
// in the whole text.
func TestCountRunes(t *testing.T) {
	src := strings.Repeat("ab é\xff“x”\xe2\x82 ü 12345678", 5)
	for i := 0; i <= len(src); i++ {
		for end := i; end <= len(src); end++ {
			if n, _ := countRunes(src[:end], i, end); n != utf8.RuneCountInString(src[i:end]) {
				t.Fatalf("countRunes(src[:%d], %d, %d) = %d, want %d", end, i, end, n, utf8.RuneCountInString(src[i:end]))
			}
			if i < len(src) && !utf8.RuneStart(src[i]) {
				continue
			}
			n, j := countRunes(src, i, end)
			want, wantEnd := 0, i
			for wantEnd < end {
				_, size := utf8.DecodeRuneInString(src[wantEnd:])
				wantEnd += size
				want++
			}
			if n != want || j != wantEnd {
				t.Fatalf("countRunes(src, %d, %d) = %d, %d, want %d, %d", i, end, n, j, want, wantEnd)
			}
		}
	}
}

// TestLinesPosInvalid wants Pos to count an invalid byte as one rune, as
// utf8.RuneCountInString does, wherever it stands against a checkpoint:
// a stray continuation byte at a block's start is a rune of its own, not
// a byte of the rune before (the count and the look-up once disagreed
// there). Offsets are asked at every rune start, as decoding reads them.
func TestLinesPosInvalid(t *testing.T) {
	pieces := []string{"a", "b ", "\n", "é", "“", "😀", "\x80", "\xff", "\xe2\x82", "\xf0\x9f"}
	rng := rand.New(rand.NewPCG(1, 2))
	for n := range 3000 {
		var sb strings.Builder
		for sb.Len() < 64+rng.IntN(200) {
			sb.WriteString(pieces[rng.IntN(len(pieces))])
		}
		src := sb.String()
		if n%3 == 0 { // a stray byte right at a checkpoint
			src = strings.Repeat("x", 63) + "é"[:1] + "\x80" + src
		}
		l := NewLines(src)
		line, lineStart := 1, 0
		for off := 0; off <= len(src); {
			wantCol := utf8.RuneCountInString(src[lineStart:off]) + 1
			if gl, gc := l.Pos(off); gl != line || gc != wantCol {
				t.Fatalf("text %q: Pos(%d) = %d:%d, want %d:%d", src, off, gl, gc, line, wantCol)
			}
			if off == len(src) {
				break
			}
			_, size := utf8.DecodeRuneInString(src[off:])
			if src[off] == '\n' {
				line, lineStart = line+1, off+1
			}
			off += size
		}
	}
}

// TestASCIIBlock wants asciiBlock to tell an all-ASCII block as isASCII
// does, for every length up to a checkpoint's and a byte above ASCII at
// each place in it.
func TestASCIIBlock(t *testing.T) {
	for n := 0; n <= checkpoint; n++ {
		b := []byte(strings.Repeat("a", n))
		if !asciiBlock(string(b)) {
			t.Fatalf("asciiBlock of %d ASCII bytes = false", n)
		}
		for at := range n {
			b[at] = 0x80
			if asciiBlock(string(b)) {
				t.Fatalf("asciiBlock of %d bytes with 0x80 at %d = true", n, at)
			}
			b[at] = 'a'
		}
	}
}
