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
