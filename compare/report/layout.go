package report

import (
	"strings"
	"unicode/utf8"
)

// width is how many columns a string takes: its runes (a terminal shows
// the scripts of our news as one column a rune).
func width(s string) int { return utf8.RuneCountInString(s) }

// truncate shortens s to at most n columns, ending in "…" when cut.
func truncate(s string, n int) string {
	if width(s) <= n {
		return s
	}
	if n < 1 {
		return ""
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

// truncateLeft shortens s from the left ("…seeds/000.txt:5:7"), for paths
// whose end (file, line, column) matters most.
func truncateLeft(s string, n int) string {
	if width(s) <= n || n <= 1 {
		return s
	}
	r := []rune(s)
	return "…" + string(r[len(r)-(n-1):])
}

// Wrap breaks text into lines of at most max columns at spaces, the first
// after indent spaces and the others after hang (max <= 0: one line).
func Wrap(text string, max, indent, hang int) []string { return wrap(text, max, indent, hang) }

// wrap breaks text into lines of at most max columns at spaces: the first
// line starts after indent spaces, the others after hang spaces. A word
// longer than a line stands alone. max <= 0 leaves the text on one line.
func wrap(text string, max, indent, hang int) []string {
	pad := strings.Repeat(" ", indent)
	if max <= 0 {
		return []string{pad + text}
	}
	var lines []string
	line, n := pad, indent
	empty := true
	for _, w := range strings.Fields(text) {
		if !empty && n+1+width(w) > max {
			lines = append(lines, line)
			line, n, empty = strings.Repeat(" ", hang), hang, true
		}
		if !empty {
			line += " "
			n++
		}
		line += w
		n += width(w)
		empty = false
	}
	return append(lines, line)
}

// table lays out rows of cells as aligned columns within max columns.
// Each row's last cell is a quotation. A row that fits stays on one line;
// when one does not, every row of the table takes two lines: the cells
// before split (who and where) on the first, the others indented two more
// on the second. There the quotation takes what room is left (at least
// minQuote, the other cells giving way down to minCol); on the first line
// the left column is cut from the left (a path, whose end matters) if need
// be. max <= 0 keeps every row whole on one line.
type table struct {
	indent int
	max    int
	split  int
	left   int
}

const (
	gap      = 2  // spaces between columns
	minCol   = 10 // the least a column cut to fit keeps
	minQuote = 24 // the least room a quotation is given
	nested   = 2  // extra indent of a row's second line
)

// lines renders the rows; quote renders a quotation cut to n columns.
func (t table) lines(rows [][]string, quote func(s string, n int) string) []string {
	if len(rows) == 0 {
		return nil
	}
	last := len(rows[0]) - 1
	widths := func(from, to int) []int {
		w := make([]int, to-from)
		for _, r := range rows {
			for i := from; i < to; i++ {
				w[i-from] = max(w[i-from], width(r[i]))
			}
		}
		return w
	}
	total := func(indent int, w []int) int {
		n := indent
		for _, x := range w {
			n += x + gap
		}
		return n
	}
	qw := 0
	for _, r := range rows {
		qw = max(qw, width(quote(r[last], 1<<20)))
	}
	w := widths(0, last)
	if t.max <= 0 || total(t.indent, w)+qw <= t.max {
		var out []string
		for _, r := range rows {
			out = append(out, t.row(t.indent, r[:last], w, -1)+quote(r[last], 1<<20))
		}
		return out
	}
	// two lines a row
	head := widths(0, t.split)
	if over := total(t.indent, head) - gap - t.max; over > 0 {
		head[t.left] = max(minCol, head[t.left]-over)
	}
	detail := widths(t.split, last)
	ind2 := t.indent + nested
	for k := range detail {
		for total(ind2, detail)+minQuote > t.max && detail[k] > minCol {
			detail[k]--
		}
	}
	room := max(minQuote, t.max-total(ind2, detail))
	var out []string
	for _, r := range rows {
		out = append(out, strings.TrimRight(t.row(t.indent, r[:t.split], head, t.left), " "))
		out = append(out, t.row(ind2, r[t.split:last], detail, -1)+quote(r[last], room))
	}
	return out
}

// row renders cells padded to their column widths (cut to fit; the left
// one from the left), each followed by the gap.
func (t table) row(indent int, cells []string, w []int, left int) string {
	var b strings.Builder
	b.WriteString(strings.Repeat(" ", indent))
	for i, cell := range cells {
		if i == left {
			cell = truncateLeft(cell, w[i])
		} else {
			cell = truncate(cell, w[i])
		}
		b.WriteString(cell)
		b.WriteString(strings.Repeat(" ", w[i]-width(cell)+gap))
	}
	return b.String()
}
