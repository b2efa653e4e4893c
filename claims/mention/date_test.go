package mention

import "testing"

// TestDayNumber: a day of the month, with or without its ordinal suffix;
// no number, a number with other marks in it ("9/11", "2,000") or one out
// of 1 to 31 is none.
func TestDayNumber(t *testing.T) {
	for w, want := range map[string]int{"9": 9, "27th": 27, "1st": 1, "22nd": 22, "3rd": 3, "31": 31,
		"+5": 5, // as strconv.Atoi reads it, which dayNumber stood on
		"0":  0, "32": 0, "9/11": 0, "2,000": 0, "-": 0, "-5": 0, "": 0, "th": 0, "May": 0} {
		got, ok := dayNumber(w)
		if ok != (want != 0) || got != want && ok {
			t.Errorf("dayNumber(%q) = %d, %v; want %d", w, got, ok, want)
		}
	}
}
