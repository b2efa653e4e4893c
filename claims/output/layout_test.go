package output

import (
	"strings"
	"testing"
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
		got := Wrap(tc.text, tc.max, tc.indent, tc.hang)
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("Wrap(%q, %d) = %q, want %q", tc.text, tc.max, got, tc.want)
		}
	}
}

func TestWrapCells(t *testing.T) {
	for _, tc := range []struct {
		cells             []string
		max, indent, hang int
		want              []string
	}{
		{[]string{"1:76", "killed", "victim=Qassem Soleimani", "bare"}, 0, 2, 6, []string{"  1:76  killed  victim=Qassem Soleimani  bare"}},
		{[]string{"1:76", "killed", "victim=Qassem Soleimani", "bare"}, 30, 2, 6, []string{"  1:76  killed", "      victim=Qassem Soleimani", "      bare"}},
		// a cell longer than a line starts a line and is wrapped at its spaces
		{[]string{"39:40", "State Department (direct, tweeted)"}, 24, 2, 6, []string{"  39:40", "      State Department", "      (direct, tweeted)"}},
		{[]string{"State Department (direct, tweeted)"}, 24, 2, 6, []string{"  State Department", "      (direct, tweeted)"}},
		{[]string{"a", "b"}, 4, 0, 0, []string{"a  b"}},
		{[]string{"a", "b"}, 3, 0, 1, []string{"a", " b"}},
	} {
		got := WrapCells(tc.cells, tc.max, tc.indent, tc.hang)
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("WrapCells(%q, %d) = %q, want %q", tc.cells, tc.max, got, tc.want)
		}
		for _, l := range got {
			if tc.max > 0 && Columns(l) > tc.max && !strings.Contains(strings.TrimSpace(l), " ") {
				continue // a word longer than a line stands alone
			}
			if tc.max > 0 && Columns(l) > tc.max {
				t.Errorf("WrapCells(%q, %d): line %q longer than %d", tc.cells, tc.max, l, tc.max)
			}
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
	quote := func(s string, n int) string { return Quote(s, min(60, n-2)) }
	for _, tc := range []struct {
		max   int
		lines int
	}{{0, 2}, {250, 2}, {100, 4}, {72, 4}, {60, 4}} {
		tb := Table{Indent: 4, Max: tc.max, Split: 2, Left: 1}
		got := tb.Lines(rows, quote)
		if len(got) != tc.lines {
			t.Errorf("width %d: %d lines, want %d:\n%s", tc.max, len(got), tc.lines, strings.Join(got, "\n"))
		}
		for _, l := range got {
			if tc.max > 0 && Columns(l) > tc.max {
				t.Errorf("width %d: line of %d columns: %q", tc.max, Columns(l), l)
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
			at := 4 + Columns(rest[:cut]) + Columns(rest[cut:]) - Columns(strings.TrimLeft(rest[cut:], " "))
			if col >= 0 && at != col {
				t.Errorf("width %d: columns not aligned:\n%s", tc.max, strings.Join(got, "\n"))
			}
			col = at
		}
	}
}
