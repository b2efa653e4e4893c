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
// without panicking.
func FuzzLoad(f *testing.F) {
	f.Add(string(claimdiff.DefaultRules))
	files, _ := filepath.Glob("../../testdata/rules/broken/*.yaml")
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(string(b))
		}
	}
	f.Add("version: 1\nkinds: {k: {}}\nrules:\n  - {id: a, kind: k, patterns: [\"{number} (a|b c)? {word}{0,24} {name as=victim} x*\"]}\n")
	f.Fuzz(func(t *testing.T, src string) {
		r, err := Load("fuzz.yaml", []byte(src), nil)
		if err != nil {
			if el, ok := err.(ErrorList); ok {
				for _, e := range el {
					if e.Line < 0 || e.Col < 0 || e.File != "fuzz.yaml" {
						t.Fatalf("bad position: %+v", e)
					}
				}
			}
			return
		}
		txt := segment.Segment("About 5,200 soldiers were killed, a b c x Abu Mahdi al-Muhandis said. 4% of $5bn.", segment.Options{})
		in := NewInput(txt, mention.Recognise(txt, r.Lexicon(), mention.Options{}))
		r.Match(in)
		r.Trace(in)
	})
}
