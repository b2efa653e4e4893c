package segment

import (
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
// the index, its ASCII blocks, and one for its three tables of ints.
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
