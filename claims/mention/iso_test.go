package mention

import (
	"fmt"
	"testing"
	"time"
)

// TestISO checks iso and isoYear against the fmt formats they stand
// for, over years, months and days in and out of range; and each string
// they gave once all are made, as the recogniser's texts keep them.
func TestISO(t *testing.T) {
	var r recogniser
	var made [][2]string // got, want
	for _, y := range []int{0, 1, 9, 10, 99, 100, 999, 1000, 2026, 9999, 10000, 123456, -1, -12345} {
		for _, m := range []time.Month{0, 1, 9, 10, 12, 13} {
			for _, d := range []int{0, 1, 9, 10, 31, 100, -3} {
				want := fmt.Sprintf("%04d-%02d-%02d", y, int(m), d)
				if y == 0 {
					want = fmt.Sprintf("--%02d-%02d", int(m), d)
				}
				got := r.iso(ymd{y, m, d})
				made = append(made, [2]string{got, want})
				if got != want {
					t.Errorf("iso(%d, %d, %d) = %q, want %q", y, m, d, got, want)
				}
			}
		}
		got, want := r.isoYear(y, "-12-31"), fmt.Sprintf("%04d-12-31", y)
		made = append(made, [2]string{got, want})
		if got != want {
			t.Errorf("isoYear(%d) = %q, want %q", y, got, want)
		}
	}
	for _, m := range made {
		if m[0] != m[1] {
			t.Errorf("%q, kept, became %q", m[1], m[0])
		}
	}
}
