package compare

// marks is a set of sentence numbers of one result, as a filter marks
// them while the result is decoded: a slice of flags grown to the
// highest marked, read past its end as unmarked. It replaces a map per
// result for what a large baseline asks of every sentence.
type marks []bool

// set marks sentence i.
func (m *marks) set(i int) {
	if i < 0 {
		return
	}
	if i >= len(*m) {
		*m = append(*m, make([]bool, i+1-len(*m))...)
	}
	(*m)[i] = true
}

// has reports whether sentence i is marked.
func (m marks) has(i int) bool { return i >= 0 && i < len(m) && m[i] }

// none reports whether no sentence is marked.
func (m marks) none() bool { return len(m) == 0 }
