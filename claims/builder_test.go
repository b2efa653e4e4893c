package claims

import (
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/claims/segment"
)

// TestSlab wants what a slab hands out to stay as it was made while more
// is made (a chunk is never grown nor written again), and a reserved
// chunk to take what it was reserved for in one allocation.
func TestSlab(t *testing.T) {
	var s slab[Frame]
	var made []*Frame
	for i := range 200 {
		made = append(made, s.new(Frame{Measured: string(rune('a' + i%26))}))
	}
	for i, f := range made {
		if want := string(rune('a' + i%26)); f.Measured != want {
			t.Fatalf("frame %d reads %q, want %q", i, f.Measured, want)
		}
	}
	if n := testing.AllocsPerRun(10, func() {
		var s slab[Frame]
		s.reserve(30)
		for range 30 {
			s.new(Frame{})
		}
	}); n != 1 {
		t.Errorf("30 frames in a slab reserved for 30 take %v allocations, want 1", n)
	}
}

// TestSortClaimsRoom wants sortClaims to order claims by position, kind
// and victim, stably, in its room without allocating once the room is
// grown.
func TestSortClaimsRoom(t *testing.T) {
	mk := func() []Claim {
		var cs []Claim
		for i, at := range []int{30, 10, 20, 10, 30, 0} {
			cs = append(cs, Claim{Span: Span{Start: at}, Kind: "killed", Rule: string(rune('a' + i))})
		}
		cs[3].Kind = "injured"
		return cs
	}
	var room []int32
	cs := mk()
	sortClaims(cs, &room)
	var got string
	for _, c := range cs {
		got += c.Rule
	}
	if want := "fdbcae"; got != want {
		t.Errorf("sorted %q, want %q", got, want)
	}
	if n := testing.AllocsPerRun(10, func() { sortClaims(mk(), &room) }) - testing.AllocsPerRun(10, func() { mk() }); n != 0 {
		t.Errorf("sortClaims in grown room allocates %v times, want 0", n)
	}
}

// TestBuilderSentence wants the sentence a claim carries to be its text
// folded to one line (sentenceAround), whether its words are one space
// apart, which the tokens tell, or not: line breaks, tabs, carriage
// returns, two spaces, spaces other than ASCII, and sentences too long to
// carry whole.
func TestBuilderSentence(t *testing.T) {
	long := strings.Repeat("word ", maxSentence/5+10) + "end."
	for _, src := range []string{
		"Police said 3 people died. The storm hit\nthe coast on Monday.",
		"Two  spaces here.\tA tab there. A carriage\r\nreturn.",
		"No\u00a0break space. An\u2003em space\nand a line.",
		"\"Quoted,\" he said.  Then more.",
		long, "Wrapped\n" + long,
	} {
		txt := segment.Segment(src, segment.Options{})
		b := &builder{txt: txt}
		for si, s := range txt.Sentences {
			for _, at := range []int{s.Start, (s.Start + s.End) / 2} {
				want := sentenceAround(src[s.Start:s.End], at-s.Start, at-s.Start)
				if got := b.sentence(si, at, at); got != want {
					t.Errorf("%.30q sentence %d at %d: %q, want %q", src, si, at, got, want)
				}
			}
		}
	}
}
