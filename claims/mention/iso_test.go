package mention

import (
	"fmt"
	"testing"
	"time"
)

// TestISO checks iso and isoYear against the fmt formats they stand
// for, over years, months and days in and out of range.
func TestISO(t *testing.T) {
	for _, y := range []int{0, 1, 9, 10, 99, 100, 999, 1000, 2026, 9999, 10000, 123456, -1, -12345} {
		for _, m := range []time.Month{0, 1, 9, 10, 12, 13} {
			for _, d := range []int{0, 1, 9, 10, 31, 100, -3} {
				want := fmt.Sprintf("%04d-%02d-%02d", y, int(m), d)
				if y == 0 {
					want = fmt.Sprintf("--%02d-%02d", int(m), d)
				}
				if got := iso(ymd{y, m, d}); got != want {
					t.Errorf("iso(%d, %d, %d) = %q, want %q", y, m, d, got, want)
				}
			}
		}
		if got, want := isoYear(y, "-12-31"), fmt.Sprintf("%04d-12-31", y); got != want {
			t.Errorf("isoYear(%d) = %q, want %q", y, got, want)
		}
	}
}
