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
