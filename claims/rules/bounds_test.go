package rules

import (
	"fmt"
	"strings"
	"testing"
)

// TestWorkBoundsAtTheFile: a file over a work bound is refused at its own
// pattern, also where its rule overrides a built-in one by id; the built-in
// rules a file extends are counted beside its own but never blamed.
func TestWorkBoundsAtTheFile(t *testing.T) {
	// crowd anchors n patterns on word: "zorbs", which no built-in rule
	// names, or "troops", which built-in ones do: they count towards the
	// bound, and the file's pattern that crosses it is blamed.
	crowd := func(word string, n int) string {
		src := "extends: default\nrules:\n  - id: crowd\n    kind: troops\n    patterns:\n"
		for i := range n {
			src += fmt.Sprintf("      - \"{number} {word}{0,%d} %s\"\n", i%4, word)
		}
		return src
	}
	tests := []struct {
		name, src string
		want      []string // what the error says; none for no error
	}{
		{"an override too wide", "extends: default\nrules:\n  - id: troops\n    kind: troops\n    patterns: [\"{number} {any}{0,24} {word}{0,24} {any}{0,24} troops\"]\n",
			[]string{"user.yaml:5:16: rule troops: pattern can match up to 74 elements, over the limit of 64"}},
		{"a new rule too wide", "extends: default\nrules:\n  - id: wide\n    kind: troops\n    patterns: [\"{number} {any}{0,24} {word}{0,24} {any}{0,24} troops\"]\n",
			[]string{"user.yaml:5:16: rule wide: pattern can match up to 74 elements, over the limit of 64"}},
		{"an anchor too crowded", crowd("zorbs", maxPatternsPerAnchor+1), []string{"user.yaml:70:9: rule crowd: 65 patterns are anchored on word zorbs"}},
		{"an anchor the built-in rules share", crowd("troops", maxPatternsPerAnchor), []string{"rule crowd: ", " patterns are anchored on word troops"}},
		{"as many as the bound", crowd("zorbs", maxPatternsPerAnchor), nil},
		{"the built-in rules and one more", "extends: default\nrules:\n  - id: narrow\n    kind: troops\n    patterns: [\"{number} zorbs\"]\n", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Load("user.yaml", []byte(tc.src), Default)
			var got string
			if err != nil {
				got = err.Error()
			}
			if tc.want == nil && err != nil {
				t.Errorf("got %v, want no error", err)
			}
			for _, w := range tc.want {
				if !strings.Contains(got, w) {
					t.Errorf("got %q, want %q in it", got, w)
				}
			}
			if strings.Contains(got, "rule troops: ") && !strings.Contains(tc.src, "id: troops") {
				t.Errorf("got %q: a built-in rule blamed", got)
			}
		})
	}
}
