package rules

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

// The loader walks the YAML tree of a rules file, reading values and
// collecting every problem with its line and column.

// loader collects errors while walking the YAML tree.
type loader struct {
	file string
	errs ErrorList
	// exampleUnits are the unit: nodes of examples, checked once every
	// rule (and so every unit a rule gives) is known.
	exampleUnits []*yaml.Node
	// defined holds the ids of the rules this file defines (not those it
	// extends), whose patterns the work bounds are reported at. A rule that
	// overrides one it extends takes its id, so an id names one rule.
	defined map[string]bool
	// measureKinds are the kind: nodes of frames.measures, checked once
	// the kinds are read.
	measureKinds []*yaml.Node
}

func (l *loader) errf(n *yaml.Node, format string, args ...any) {
	l.errs = append(l.errs, Error{File: l.file, Line: n.Line, Col: n.Column, Msg: fmt.Sprintf(format, args...), Severity: "error"})
}

func (l *loader) warnf(n *yaml.Node, format string, args ...any) {
	l.errs = append(l.errs, Error{File: l.file, Line: n.Line, Col: n.Column, Msg: fmt.Sprintf(format, args...), Severity: "warning"})
}

func pos(n *yaml.Node) Pos { return Pos{n.Line, n.Column} }

// fields checks that n is a mapping with only the allowed keys and returns
// the value nodes by key, in file order.
func (l *loader) fields(n *yaml.Node, what string, allowed ...string) (map[string]*yaml.Node, []string) {
	n = resolve(n)
	if n.Kind != yaml.MappingNode {
		l.errf(n, "%s must be a mapping, got %s", what, kindName(n))
		return nil, nil
	}
	// a section's or a rule's few allowed keys are looked through, not
	// put in a table for each mapping the file has
	out := make(map[string]*yaml.Node, len(n.Content)/2)
	var order []string
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if len(allowed) > 0 && !slices.Contains(allowed, k.Value) {
			if guess := closest(k.Value, allowed); guess != "" {
				l.errf(k, "unknown field %q in %s (did you mean %q?)", k.Value, what, guess)
				// read it as the field meant, so that one typo is one error
				if _, dup := out[guess]; !dup {
					out[guess] = v
					order = append(order, guess)
				}
				continue
			}
			l.errf(k, "unknown field %q in %s (want one of: %s)", k.Value, what, strings.Join(allowed, ", "))
			continue
		}
		if _, dup := out[k.Value]; dup {
			l.errf(k, "duplicate field %q in %s", k.Value, what)
			continue
		}
		out[k.Value] = v
		order = append(order, k.Value)
	}
	return out, order
}

// closest returns the allowed word within two edits of w, or "".
func closest(w string, allowed []string) string {
	best, bestD := "", 3
	for _, a := range allowed {
		if d := editDistance(w, a); d < bestD {
			best, bestD = a, d
		}
	}
	return best
}

// editDistance is the Levenshtein distance between two short strings.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

func resolve(n *yaml.Node) *yaml.Node {
	for n != nil && n.Kind == yaml.AliasNode {
		n = n.Alias
	}
	return n
}

func kindName(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.ScalarNode:
		if n.Tag == "!!null" {
			return "nothing"
		}
		return fmt.Sprintf("%q", n.Value)
	}
	return "something else"
}

// list reads a YAML list, the items of n; when n is not a list it reports
// "WHAT must be SHAPE, got ..." and returns false. shape says what the list
// holds ("a list", "a list of lists of phrases").
func (l *loader) list(n *yaml.Node, what, shape string) ([]*yaml.Node, bool) {
	n = resolve(n)
	if n.Kind != yaml.SequenceNode {
		l.errf(n, "%s must be %s, got %s", what, shape, kindName(n))
		return nil, false
	}
	return n.Content, true
}

func (l *loader) str(n *yaml.Node, what string) (string, bool) {
	n = resolve(n)
	if n.Kind != yaml.ScalarNode || n.Tag == "!!null" {
		l.errf(n, "%s must be a string, got %s", what, kindName(n))
		return "", false
	}
	return n.Value, true
}

// strs reads a list of strings (a single string is a list of one).
func (l *loader) strs(n *yaml.Node, what string) []string {
	es := l.entries(n, what)
	if len(es) == 0 {
		return nil
	}
	out := make([]string, len(es))
	for i, e := range es {
		out[i] = e.s
	}
	return out
}

// lowerWords adds the lower-cased strings of list n to set, made when
// nil, and returns it: a word list a comparison tests words against.
func (l *loader) lowerWords(set map[string]bool, n *yaml.Node, what string) map[string]bool {
	if set == nil {
		set = map[string]bool{}
	}
	for _, s := range l.strs(n, what) {
		set[strings.ToLower(s)] = true
	}
	return set
}

// lowerPhrase is s lower-cased, its words joined by single spaces, as phrases
// are compared with a text's words.
func lowerPhrase(s string) string { return strings.Join(strings.Fields(strings.ToLower(s)), " ") }

// entry is a string of a list and the node it stands at, for errors about
// that entry.
type entry struct {
	s string
	n *yaml.Node
}

// entries reads a list of strings as strs does, each with its node.
func (l *loader) entries(n *yaml.Node, what string) []entry {
	n = resolve(n)
	if n.Kind == yaml.ScalarNode && n.Tag != "!!null" {
		return []entry{{n.Value, n}}
	}
	items, ok := l.list(n, what, "a list of strings")
	if !ok {
		return nil
	}
	var out []entry
	if len(items) > 0 {
		out = make([]entry, 0, len(items))
	}
	entryWhat := what + " entry" // once a list, not an entry
	for _, c := range items {
		if s, ok := l.str(c, entryWhat); ok {
			if strings.TrimSpace(s) == "" {
				l.errf(c, "%s entry is empty", what)
				continue
			}
			out = append(out, entry{s, c})
		}
	}
	return out
}

func (l *loader) float(n *yaml.Node, what string) (float64, bool) {
	s, ok := l.str(n, what)
	if !ok {
		return 0, false
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		l.errf(n, "%s must be a number, got %q", what, s)
		return 0, false
	}
	return f, true
}

func (l *loader) boolean(n *yaml.Node, what string) bool {
	s, ok := l.str(n, what)
	if !ok {
		return false
	}
	switch s {
	case "true", "yes":
		return true
	case "false", "no":
		return false
	}
	l.errf(n, "%s must be true or false, got %q", what, s)
	return false
}

// scalarCol is the column of byte offset off inside a one-line scalar node,
// counting characters.
func scalarCol(n *yaml.Node, off int) int {
	col := n.Column
	if n.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle) != 0 {
		col++
	}
	if off > len(n.Value) {
		off = len(n.Value)
	}
	return col + len([]rune(n.Value[:off]))
}
