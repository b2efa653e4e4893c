package claims

import "testing"

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
