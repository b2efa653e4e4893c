package rules

import (
	"fmt"
	"sort"

	"gopkg.in/yaml.v3"

	"github.com/claimdiff/claimdiff/claims/names"
)

// Bounds that keep loading a rules file, and matching its rules against an
// article, linear whatever the file holds: YAML aliases cannot multiply the
// tree the loader walks, and no pattern, nor all the patterns sharing an
// anchor, can make matching at one token take more than a fixed number of
// steps. `rules lint` reports a file over a bound with the bound, at the
// alias or pattern (line:col) that crosses it.
const (
	// expansionFactor and expansionSlack bound alias expansion: the tree
	// walked, with every alias replaced by what it names, may have at most
	// expansionFactor times the file's own nodes, plus expansionSlack.
	expansionFactor = 8
	expansionSlack  = 10_000
	// maxPatternWidth bounds how many elements one match of a pattern can
	// take: the sum of each element's maximum repetitions.
	maxPatternWidth = 64
	// maxPatternWork bounds the steps one try of a pattern at an anchor can
	// take (patternWork).
	maxPatternWork = 2_000_000
	// maxAnchorWork bounds the steps all the patterns tried at one anchor
	// (one word, one mention type, {value}, or any word prefix) take
	// together at one token, and maxPatternsPerAnchor how many they are
	// (each may yield a match there). The built-in rules need at most
	// 0.8 million steps and 10 patterns.
	maxAnchorWork        = 8_000_000
	maxPatternsPerAnchor = 64
	// mentionSpan is how many tokens one mention ({number}, or {any} over
	// a quantity) is taken to cover when bounding positions.
	mentionSpan = 16
)

// checkExpansion refuses a file whose aliases expand the tree beyond the
// bound, before anything walks it; the error is at the alias that names
// the largest subtree.
func (l *loader) checkExpansion(doc *yaml.Node) error {
	if !hasAlias(doc) {
		return nil // a tree: it is its own nodes, within the bound
	}
	limit := int64(expansionSlack)
	own := map[*yaml.Node]bool{}
	var count func(n *yaml.Node)
	count = func(n *yaml.Node) {
		if n == nil || own[n] {
			return
		}
		own[n] = true
		for _, c := range n.Content {
			count(c)
		}
	}
	count(doc)
	limit += expansionFactor * int64(len(own))
	sizes := map[*yaml.Node]int64{}
	var worst *yaml.Node
	var size func(n *yaml.Node) int64
	size = func(n *yaml.Node) int64 {
		if n == nil {
			return 0
		}
		if s, ok := sizes[n]; ok {
			return s
		}
		sizes[n] = limit + 1 // a cycle (yaml refuses them) counts as too large
		var s int64 = 1
		if n.Kind == yaml.AliasNode {
			s = size(n.Alias)
			if worst == nil || s > sizes[worst.Alias] {
				worst = n
			}
		} else {
			for _, c := range n.Content {
				s = min(s+size(c), limit+1) // saturate: no overflow
			}
		}
		sizes[n] = s
		return s
	}
	if total := size(doc); total > limit {
		at := doc
		if worst != nil {
			at = worst
		}
		return ErrorList{{File: l.file, Line: at.Line, Col: at.Column, Severity: "error",
			Msg: fmt.Sprintf("aliases expand the file to over %d nodes (the limit is %d× its %d nodes plus %d): use fewer or smaller aliases",
				limit, expansionFactor, len(own), expansionSlack)}}
	}
	return nil
}

// hasAlias reports whether the tree under n holds an alias. Without one,
// yaml.v3 builds a tree (each node the child of one parent), walked here
// without a table of the nodes seen.
func hasAlias(n *yaml.Node) bool {
	if n.Kind == yaml.AliasNode {
		return true
	}
	for _, c := range n.Content {
		if hasAlias(c) {
			return true
		}
	}
	return false
}

// elemSpan is how many tokens one occurrence of e can cover.
func elemSpan(e *elem) int {
	switch e.kind {
	case elemLiteral:
		n := 1
		for _, alt := range e.alts {
			n = max(n, len(alt))
		}
		return n
	case elemName:
		return names.MaxTokens
	case elemWord:
		return 1
	}
	return mentionSpan // a mention, or {any} over one
}

// elemBranching is how many ends one occurrence of e can have from one
// position.
func elemBranching(e *elem) int {
	if e.kind == elemLiteral {
		return max(1, len(e.alts))
	}
	return 1
}

// patternWidth is the most elements one match of p can take.
func patternWidth(p *Pattern) int {
	w := 0
	for _, e := range p.elems {
		w += e.max
	}
	return w
}

// patternWork bounds the steps one try of p at an anchor takes: matcher.run
// keeps, after each element, the set of positions reachable (at most 1 plus
// the tokens the elements so far can cover); from each it tries each
// repetition of the next element, each try producing up to its branching
// ends, each checked against the next set.
func patternWork(p *Pattern) int64 {
	side := func(es []elem) int64 {
		var work int64
		positions := int64(1)
		for i := range es {
			e := &es[i]
			next := positions + int64(e.max)*int64(elemSpan(e))
			work += positions * int64(e.max+1) * int64(elemBranching(e)) * next
			positions = next
			if work > maxAnchorWork {
				return work
			}
		}
		return work
	}
	a := &p.elems[p.anchor]
	return int64(elemBranching(a)) + side(p.elems[p.anchor+1:]) + side(p.left)
}

// anchorKeys are the index entries a pattern is tried from, as buildIndex
// files it: its anchor's words, its mention type, {value}, or "prefix" for
// every word-prefix anchor (a word can match them all).
func anchorKeys(p *Pattern) []string {
	e := &p.elems[p.anchor]
	switch {
	case e.kind == elemLiteral:
		seen := map[string]bool{}
		var keys []string
		for _, alt := range e.alts {
			k := "word " + alt[0].word
			if alt[0].prefix {
				k = "a word prefix"
			}
			if !seen[k] {
				seen[k] = true
				keys = append(keys, k)
			}
		}
		return keys
	case e.value:
		return []string{"{value}"}
	}
	return []string{"{" + string(e.mtype) + "}"}
}

// checkWork checks the width and work of every pattern the file defines,
// and the work of all patterns (the extended ones too) sharing an anchor.
func (l *loader) checkWork(r *Rules) {
	type at struct {
		rule *Rule
		p    *Pattern
	}
	perKey := map[string]int64{}
	first := map[string]at{} // the file's pattern that crossed the key's bound
	count := map[string]int{}
	for _, ru := range r.Rules {
		for _, p := range ru.Patterns {
			w := patternWork(p)
			if l.defined[ru.ID] {
				if width := patternWidth(p); width > maxPatternWidth {
					l.errs = append(l.errs, Error{File: l.file, Line: p.Pos.Line, Col: p.Pos.Col, Severity: "error",
						Msg: fmt.Sprintf("rule %s: pattern can match up to %d elements, over the limit of %d: lower its repetitions", ru.ID, width, maxPatternWidth)})
					continue
				}
				if w > maxPatternWork {
					l.errs = append(l.errs, Error{File: l.file, Line: p.Pos.Line, Col: p.Pos.Col, Severity: "error",
						Msg: fmt.Sprintf("rule %s: pattern may take over %d steps at each anchor, over the limit of %d: lower its repetitions or make its elements more specific", ru.ID, min(w, maxAnchorWork), maxPatternWork)})
					continue
				}
			}
			for _, k := range anchorKeys(p) {
				perKey[k] += w
				count[k]++
				if _, done := first[k]; !done && (perKey[k] > maxAnchorWork || count[k] > maxPatternsPerAnchor) && l.defined[ru.ID] {
					first[k] = at{ru, p}
				}
			}
		}
	}
	keys := make([]string, 0, len(first))
	for k := range first {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		a := first[k]
		l.errs = append(l.errs, Error{File: l.file, Line: a.p.Pos.Line, Col: a.p.Pos.Col, Severity: "error",
			Msg: fmt.Sprintf("rule %s: %d patterns are anchored on %s, taking up to %d steps at each occurrence; the limits are %d patterns and %d steps: anchor some on other words",
				a.rule.ID, count[k], k, perKey[k], maxPatternsPerAnchor, maxAnchorWork)})
	}
}
