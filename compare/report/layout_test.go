package report

import (
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/claims/output"
)

func TestWrap(t *testing.T) {
	for _, tc := range []struct {
		text              string
		max, indent, hang int
		want              []string
	}{
		{"a bb ccc dddd", 8, 0, 2, []string{"a bb ccc", "  dddd"}},
		{"a bb ccc dddd", 0, 2, 4, []string{"  a bb ccc dddd"}},
		{"unbreakable-long-word x", 10, 2, 4, []string{"  unbreakable-long-word", "    x"}},
		{"é é é é", 5, 0, 0, []string{"é é é", "é"}}, // columns are runes, not bytes
	} {
		got := wrap(tc.text, tc.max, tc.indent, tc.hang)
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("wrap(%q, %d) = %q, want %q", tc.text, tc.max, got, tc.want)
		}
	}
}

// TestTableFits lays the same rows out at several widths: every line fits,
// the columns line up, and rows go to two lines only when one does not fit.
func TestTableFits(t *testing.T) {
	rows := [][]string{
		{"Iran's supreme leader…", "testdata/seeds/000_9657c7c9ccc2eae3.txt:5:7", "-", "State Department (indirect, urged)", "The U.S. State Department has urged all U.S. citizens to immediately leave Iraq."},
		{"Iran news…", "testdata/seeds/004_036ee2da981d46e5.txt:8:158", "5,200 troops", "bare", "Americans in Iraq have been urged to leave."},
	}
	quote := func(s string, n int) string { return output.Quote(s, min(60, n-2)) }
	for _, tc := range []struct {
		max   int
		lines int
	}{{0, 2}, {250, 2}, {100, 4}, {72, 4}, {60, 4}} {
		tb := table{indent: 4, max: tc.max, split: 2, left: 1}
		got := tb.lines(rows, quote)
		if len(got) != tc.lines {
			t.Errorf("width %d: %d lines, want %d:\n%s", tc.max, len(got), tc.lines, strings.Join(got, "\n"))
		}
		for _, l := range got {
			if tc.max > 0 && width(l) > tc.max {
				t.Errorf("width %d: line of %d columns: %q", tc.max, width(l), l)
			}
		}
		// the second column starts at the same place on every row's first line
		step := 1
		if len(got) == 2*len(rows) {
			step = 2
		}
		col := -1
		for i := 0; i < len(got); i += step {
			rest := got[i][4:]
			cut := strings.Index(rest, "  ")
			at := 4 + width(rest[:cut]) + width(rest[cut:]) - width(strings.TrimLeft(rest[cut:], " "))
			if col >= 0 && at != col {
				t.Errorf("width %d: columns not aligned:\n%s", tc.max, strings.Join(got, "\n"))
			}
			col = at
		}
	}
}
