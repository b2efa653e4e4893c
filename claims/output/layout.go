package output

import (
	"strings"
	"unicode/utf8"
)

// Layout for a terminal: text wrapped to a width, cells cut to fit, and
// tables of rows whose last cell is a quotation (the extract, compare and
// check reports).

// Columns is how many columns a string takes: its runes (a terminal shows
// the scripts of our news as one column a rune).
func Columns(s string) int { return utf8.RuneCountInString(s) }

// Truncate shortens s to at most n columns, ending in "…" when cut.
func Truncate(s string, n int) string {
	if Columns(s) <= n {
		return s
	}
	if n < 1 {
		return ""
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

// TruncateLeft shortens s from the left ("…seeds/000.txt:5:7"), for paths
// whose end (file, line, column) matters most.
func TruncateLeft(s string, n int) string {
	if Columns(s) <= n || n <= 1 {
		return s
	}
	r := []rune(s)
	return "…" + string(r[len(r)-(n-1):])
}

// Wrap breaks text into lines of at most max columns at spaces: the first
// line starts after indent spaces, the others after hang spaces. A word
// longer than a line stands alone. max <= 0 leaves the text on one line.
func Wrap(text string, max, indent, hang int) []string {
	pad := strings.Repeat(" ", indent)
	if max <= 0 {
		return []string{pad + text}
	}
	var lines []string
	line, n := pad, indent
	empty := true
	for _, w := range strings.Fields(text) {
		if !empty && n+1+Columns(w) > max {
			lines = append(lines, line)
			line, n, empty = strings.Repeat(" ", hang), hang, true
		}
		if !empty {
			line += " "
			n++
		}
		line += w
		n += Columns(w)
		empty = false
	}
	return append(lines, line)
}

// WrapCells lays cells out two spaces apart on lines of at most max
// columns, the first line after indent spaces and the others after hang: a
// cell that does not fit on the line goes to the next, and one longer than
// a line is wrapped at its spaces (max <= 0: one line).
func WrapCells(cells []string, max, indent, hang int) []string {
	var lines []string
	line := strings.Repeat(" ", indent)
	n, empty := indent, true
	for _, c := range cells {
		w := Columns(c)
		if !empty && max > 0 && n+gap+w > max {
			lines = append(lines, line)
			line, n, empty = strings.Repeat(" ", hang), hang, true
		}
		if !empty {
			line += strings.Repeat(" ", gap)
			n += gap
		}
		if max > 0 && n+w > max {
			// longer than the room left: its words, from here on
			ws := Wrap(c, max, n, hang)
			ws[0] = line + ws[0][n:]
			lines = append(lines, ws[:len(ws)-1]...)
			line = ws[len(ws)-1]
			n, empty = Columns(line), false
			continue
		}
		line += c
		n += w
		empty = false
	}
	return append(lines, line)
}

// Table lays out rows of cells as aligned columns within Max columns.
// Each row's last cell is a quotation. A row that fits stays on one line;
// when one does not, every row of the table takes two lines: the cells
// before Split (who and where) on the first, the others indented two more
// on the second. There the quotation takes what room is left (at least
// minQuote, the other cells giving way down to minCol); on the first line
// the Left column is cut from the left (a path, whose end matters) if need
// be, and the others from the right, the widest first; so is the second
// line's. Max <= 0 keeps every row whole on one line.
type Table struct {
	// Indent is the spaces before a row.
	Indent int
	// Max is the width to fit, in columns; 0 or less for no limit.
	Max int
	// Split is the number of cells on a row's first line when it takes two.
	Split int
	// Left is the column cut from the left when too long (a path).
	Left int
	// Paint, when set, styles a cell of the given column once it is laid
	// out (colour codes take no columns).
	Paint func(col int, cell string) string
}

const (
	gap      = 2  // spaces between columns
	minCol   = 10 // the least a column cut to fit keeps
	minQuote = 24 // the least room a quotation is given
	nested   = 2  // extra indent of a row's second line
)

// Lines renders the rows; quote renders a quotation cut to n columns.
func (t Table) Lines(rows [][]string, quote func(s string, n int) string) []string {
	if len(rows) == 0 {
		return nil
	}
	last := len(rows[0]) - 1
	widths := func(from, to int) []int {
		w := make([]int, to-from)
		for _, r := range rows {
			for i := from; i < to; i++ {
				w[i-from] = max(w[i-from], Columns(r[i]))
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
		qw = max(qw, Columns(quote(r[last], 1<<20)))
	}
	w := widths(0, last)
	if t.Max <= 0 || total(t.Indent, w)+qw <= t.Max {
		var out []string
		for _, r := range rows {
			out = append(out, t.row(t.Indent, 0, r[:last], w, -1)+quote(r[last], 1<<20))
		}
		return out
	}
	// two lines a row
	head := widths(0, t.Split)
	if over := total(t.Indent, head) - gap - t.Max; over > 0 && t.Left < t.Split {
		head[t.Left] = max(minCol, head[t.Left]-over)
	}
	shrink(head, func() bool { return total(t.Indent, head)-gap > t.Max })
	detail := widths(t.Split, last)
	ind2 := t.Indent + nested
	shrink(detail, func() bool { return total(ind2, detail)+minQuote > t.Max })
	room := max(minQuote, t.Max-total(ind2, detail))
	var out []string
	for _, r := range rows {
		out = append(out, strings.TrimRight(t.row(t.Indent, 0, r[:t.Split], head, t.Left), " "))
		out = append(out, t.row(ind2, t.Split, r[t.Split:last], detail, t.Left-t.Split)+quote(r[last], room))
	}
	return out
}

// shrink narrows the column widths w while over reports them too wide:
// the widest column gives way first, a column at a time, so each keeps
// what it can, and none below minCol.
func shrink(w []int, over func() bool) {
	for over() {
		k := -1
		for i, x := range w {
			if k < 0 || x > w[k] {
				k = i
			}
		}
		if k < 0 || w[k] <= minCol {
			return
		}
		w[k]--
	}
}

// row renders cells, the first of them column col0, padded to their
// column widths (cut to fit; the left one from the left), each followed by
// the gap.
func (t Table) row(indent, col0 int, cells []string, w []int, left int) string {
	var b strings.Builder
	b.WriteString(strings.Repeat(" ", indent))
	for i, cell := range cells {
		if i == left {
			cell = TruncateLeft(cell, w[i])
		} else {
			cell = Truncate(cell, w[i])
		}
		pad := strings.Repeat(" ", w[i]-Columns(cell)+gap)
		if t.Paint != nil {
			cell = t.Paint(col0+i, cell)
		}
		b.WriteString(cell)
		b.WriteString(pad)
	}
	return b.String()
}
