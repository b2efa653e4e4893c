package textarena

import "testing"

func TestKeep(t *testing.T) {
	var a Arena
	buf := []byte("alpha")
	first := a.Keep(buf, 4)
	copy(buf, "omega")
	second := a.Keep(buf, 4)
	for range 100 { // the builder grows: what it kept stands
		a.Keep([]byte("filler"), 4)
	}
	a.Reset()
	third := a.Keep([]byte("delta"), 4)
	if first != "alpha" || second != "omega" || third != "delta" {
		t.Errorf("kept %q, %q and %q, want alpha, omega and delta", first, second, third)
	}
}
