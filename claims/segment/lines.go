package segment

import (
	"strings"
	"sync"
	"unicode/utf8"
)

// checkpoint is the spacing, in bytes, of the rune-count checkpoints Lines
// keeps so that a column is found in bounded time even on a 50 MB line.
const checkpoint = 64

// asciiHead marks an all-ASCII block in Lines.head.
const asciiHead = 0xFF

// Lines maps byte offsets in a text to 1-based line and column numbers, where
// a column counts characters (runes), not bytes.
type Lines struct {
	src    string
	starts []int // byte offset of each line's first byte
	runes  []int // runes before each checkpoint*k byte offset
	// lines[k] is the last line starting at or before checkpoint*k (an
	// index of starts): Pos walks on from there, a few lines at most,
	// where a binary search over all the lines took a dozen probes.
	lines []int
	// head[k] is asciiHead when bytes [checkpoint*k, checkpoint*(k+1))
	// are all ASCII: there a column is a byte count. Otherwise it is how
	// far past checkpoint*k the rune that runes[k] counts up to starts: 0
	// but where a rune of the block before runs into the block (at most 3
	// bytes), as the count met it, which ends an invalid byte as one rune
	// where utf8.RuneStart would pass it.
	head []uint8
	// startRunes[i] is the number of runes before starts[i]: Pos counts
	// the runes before an offset alone, not those before its line's start.
	startRunes []int
	// lazy, for Lines made by LazyLines, builds the tables at the first Pos.
	lazy *sync.Once
}

// LazyLines is NewLines(src) built at the first Pos, once, safe for
// concurrent use: for a text whose positions may never be asked (a
// result read back from the extraction cache for comparison reports the
// line and column of a few sentences at most).
func LazyLines(src string) *Lines {
	return &Lines{src: src, lazy: new(sync.Once)}
}

// NewLines indexes src: its line starts by strings.IndexByte (a
// vectorised search, a call a line), then its checkpoints, a block of
// checkpoint bytes at a time. A block of ASCII (most of an English text)
// is told by one test of its eight words and taken whole: its characters
// are its bytes.
func NewLines(src string) *Lines {
	// the line starts counted first (a vectorised count), so their table
	// is made once at its size, not grown line by line
	// the four tables of ints are made in one allocation, each its
	// part of it at its size: full slices, never appended past it
	// a checkpoint at each block's start: none for the empty text
	nl, nb := strings.Count(src, "\n")+1, (len(src)+checkpoint-1)/checkpoint
	ints := make([]int, 2*nl+2*nb)
	l := &Lines{src: src, starts: ints[:1:nl]}
	for from := 0; ; {
		at := strings.IndexByte(src[from:], '\n')
		if at < 0 {
			break
		}
		from += at + 1
		l.starts = append(l.starts, from)
	}
	l.runes = ints[nl : nl+nb : nl+nb]
	l.lines = ints[nl+nb : nl+2*nb : nl+2*nb]
	l.head = make([]uint8, nb)
	// i is the first rune boundary at or past the block's start (a rune
	// of the block before may end past it), count the runes before i
	count, line, i := 0, 0, 0
	for k := range nb {
		at := k * checkpoint
		for line+1 < len(l.starts) && l.starts[line+1] <= at {
			line++
		}
		l.lines[k], l.runes[k], l.head[k] = line, count, uint8(i-at)
		end := min(len(src), at+checkpoint) // the block's end
		// an ASCII block starts on a rune boundary: a rune running into
		// it would put a byte above ASCII at its start
		if asciiBlock(src[at:end]) {
			l.head[k] = asciiHead
			count += end - i
			i = end
			continue
		}
		// the block's runes, the last of which may end past it: no
		// checkpoint falls before end
		var n int
		n, i = countRunes(src, i, end)
		count += n
	}
	l.startRunes = ints[nl+2*nb : 2*nl+2*nb : 2*nl+2*nb]
	for i, s := range l.starts {
		l.startRunes[i] = l.runeIndex(s)
	}
	return l
}

// countRunes returns the number of runes of src starting in bytes [i,
// end), i on a rune boundary, and the end of the last of them, which may
// be past end: eight ASCII bytes at a time, where they are, as
// utf8.RuneCountInString counts them (an invalid byte is a rune).
func countRunes(src string, i, end int) (n, j int) {
	for i < end {
		if i+8 <= end && asciiWord8(src, i) {
			i += 8 // eight ASCII bytes, eight runes
			n += 8
			continue
		}
		if src[i] < utf8.RuneSelf {
			i++
			n++
			continue
		}
		_, size := utf8.DecodeRuneInString(src[i:])
		i += size
		n++
	}
	return n, i
}

// asciiWord8 reports whether the eight bytes of src at i are ASCII.
func asciiWord8(src string, i int) bool {
	b := src[i : i+8] // read as one word: the compiler merges the loads
	return word8(b)&0x8080808080808080 == 0
}

// word8 is the first eight bytes of b as one little-endian word: the
// compiler merges the loads into one.
func word8(b string) uint64 {
	b = b[:8]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// asciiBlock reports whether block b, checkpoint bytes or fewer (the
// last), is all ASCII: a whole block by its eight words or-ed, in one
// test.
func asciiBlock(b string) bool {
	if len(b) == checkpoint {
		w := word8(b) | word8(b[8:]) | word8(b[16:]) | word8(b[24:]) |
			word8(b[32:]) | word8(b[40:]) | word8(b[48:]) | word8(b[56:])
		return w&0x8080808080808080 == 0
	}
	return isASCII(b)
}

// runeIndex returns the number of runes in src[:off]. off must be on a rune
// boundary.
func (l *Lines) runeIndex(off int) int {
	k := off / checkpoint
	if k >= len(l.runes) {
		k = len(l.runes) - 1
	}
	if k < 0 {
		return 0
	}
	if l.head[k] == asciiHead {
		return l.runes[k] + off - k*checkpoint
	}
	// The checkpoint counts the runes before the first rune that starts
	// at or after k*checkpoint, as NewLines counted them (head); count
	// on from there.
	b := k*checkpoint + int(l.head[k])
	if b > off {
		// off is in the rune that runs from block k-1 into block k: count
		// from block k-1's checkpoint (k ≥ 1, as head[0] is 0; block k-1
		// ends inside a rune, so is no ASCII block)
		k--
		b = k*checkpoint + int(l.head[k])
	}
	// counted in the text cut at off, as utf8.RuneCountInString(l.src[b:off])
	// counts: a rune is never read past off
	n, _ := countRunes(l.src[:off], b, off)
	return l.runes[k] + n
}

// Pos returns the 1-based line and column of byte offset off.
func (l *Lines) Pos(off int) (line, col int) {
	if l.lazy != nil {
		l.lazy.Do(func() {
			built := NewLines(l.src)
			l.starts, l.runes, l.head, l.lines, l.startRunes = built.starts, built.runes, built.head, built.lines, built.startRunes
		})
	}
	if off < 0 {
		off = 0
	}
	if off > len(l.src) {
		off = len(l.src)
	}
	// the last line starting at or before off: from the last one at or
	// before off's checkpoint
	lo := 0
	if k := min(off/checkpoint, len(l.lines)-1); k >= 0 {
		lo = l.lines[k]
	}
	for lo+1 < len(l.starts) && l.starts[lo+1] <= off {
		lo++
	}
	return lo + 1, l.runeIndex(off) - l.startRunes[lo] + 1
}
