package rules

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/claimdiff/claimdiff"
	"github.com/claimdiff/claimdiff/claims/mention"
	"github.com/claimdiff/claimdiff/claims/segment"
)

// FuzzLoad feeds arbitrary YAML to the rules loader: it must return rules
// or errors with positions, never panic, and rules it accepts must match
// without panicking. Amplification property: what loading produces (the
// compiled rules, or the errors) and what matching yields are bounded by
// the input's size — aliases, repetitions and shared anchors cannot
// multiply it (bounds.go).
func FuzzLoad(f *testing.F) {
	f.Add(string(claimdiff.DefaultRules))
	files, _ := filepath.Glob("../../testdata/rules/broken/*.yaml")
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(string(b))
		}
	}
	f.Add("version: 1\nkinds: {k: {}}\nrules:\n  - {id: a, kind: k, patterns: [\"{number} (a|b c)? {word}{0,24} {name as=victim} x*\"]}\n")
	f.Add("version: 1\nx: &a [w, w, w, w]\ny: &b [*a, *a, *a, *a]\nplaces: [*b, *b, *b, *b]\n")
	f.Add("version: 1\nkinds: {k: {}}\nrules:\n  - {id: a, kind: k, patterns: [\"x {any}{0,24} {any}{0,24} {any}{0,24} {number}\"]}\n  - {id: b, kind: k, patterns: [\"x {number}\"]}\n")
	f.Fuzz(func(t *testing.T, src string) {
		bound := expansionFactor*(len(src)+1) + expansionSlack
		r, err := Load("fuzz.yaml", []byte(src), nil)
		if err != nil {
			if el, ok := err.(ErrorList); ok {
				for _, e := range el {
					if e.Line < 0 || e.Col < 0 || e.File != "fuzz.yaml" {
						t.Fatalf("bad position: %+v", e)
					}
				}
				if len(el) > bound {
					t.Fatalf("%d errors from %d bytes", len(el), len(src))
				}
			}
			return
		}
		if n := compiledSize(r); n > bound {
			t.Fatalf("%d bytes compiled to %d elements (bound %d)", len(src), n, bound)
		}
		txt := segment.Segment("About 5,200 soldiers were killed, a b c x Abu Mahdi al-Muhandis said. 4% of $5bn.", segment.Options{})
		in := NewInput(txt, mention.Recognise(txt, r.Lexicon(), mention.Options{}))
		ms := r.Match(in)
		if perToken := 4 * maxPatternsPerAnchor; len(ms) > perToken*len(txt.Tokens) {
			t.Fatalf("%d matches on %d tokens", len(ms), len(txt.Tokens))
		}
		r.Trace(in)
	})
}

// compiledSize counts what loading produced: pattern elements and their
// alternatives, vocabulary entries, examples and expected claims.
func compiledSize(r *Rules) int {
	n := r.Aliases.set.Len() + r.Titles.Len() + r.Units.Len() + len(r.Places) + len(r.Kinds) + len(r.Compare.StopWords)
	a := r.Attribution
	n += a.Cues.Len() + a.AccordingTo.Len() + a.Hedges.Len() + a.NegatedHedges.Len() + len(a.HedgeCues) +
		a.Anonymous.Len() + a.Organisations.Len() + a.Media.Len() + a.Documents.Len()
	for _, ru := range r.Rules {
		n += 1 + ru.Negative.Len() + len(ru.Slots)
		for _, p := range ru.Patterns {
			for _, e := range p.elems {
				n += 1 + len(e.alts)
			}
		}
		for _, ex := range ru.Examples {
			n += 1 + len(ex.Claims)
		}
	}
	return n
}
