package segment

// SpacedOnce reports whether tokens [first, last) of t follow one another
// with nothing or a single ASCII space between them. A token holds no
// white space, so their text then holds no line break, tab or carriage
// return and no two spaces in a row: it is its words as strings.Fields
// and strings.Join would give them back.
func (t *Text) SpacedOnce(first, last int) bool {
	toks := t.Tokens
	for k := first + 1; k < last; k++ {
		switch gap := toks[k].Start - toks[k-1].End; {
		case gap == 1 && t.Src[toks[k-1].End] == ' ':
		case gap != 0:
			return false
		}
	}
	return true
}
