package compare

import "testing"

func TestMarks(t *testing.T) {
	var m marks
	if !m.none() || m.has(0) || m.has(-1) {
		t.Fatal("an empty set marks something")
	}
	for _, i := range []int{3, 0, 3, -2, 10} {
		m.set(i)
	}
	for i := -2; i <= 12; i++ {
		want := i == 0 || i == 3 || i == 10
		if m.has(i) != want {
			t.Errorf("has(%d) = %v, want %v", i, m.has(i), want)
		}
	}
	if m.none() {
		t.Error("a set with marks reports none")
	}
}
