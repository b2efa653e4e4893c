// Package annotatedtest writes a small made-up corpus in the layout of
// PolNeAR's training split (text/<article>.txt and attributions.jsonl), for
// the tests of the packages that read it. Its sentences are invented: no
// article of the corpus is copied into the repository.
package annotatedtest

import (
	"fmt"
	"os"
	"path/filepath"
)

// texts are the fixture's articles by name: "fretted" is the cue of four
// annotations, "gathered" of none.
var texts = map[string]string{
	"a1": `The mayor fretted that the budget would not pass. Council members voted on Tuesday.

He insisted the plan was fair, and the treasurer fretted about the cost.
`,
	"a2": `The senator fretted that taxes would rise. Reporters gathered outside the hall.

She later fretted about turnout, aides said.
`,
}

// attributions are the fixture's annotations, one JSON object a line, with
// character offsets into texts.
const attributions = `{"split": "train", "article": "a1", "annotator": "x1", "source": "The mayor", "source_offsets": "0 9", "cue": "fretted", "cue_offsets": "10 17", "content": "", "content_offsets": "0 1"}
{"split": "train", "article": "a1", "annotator": "x1", "source": "He", "source_offsets": "85 87", "cue": "insisted", "cue_offsets": "88 96", "content": "", "content_offsets": "0 1"}
{"split": "train", "article": "a1", "annotator": "x1", "source": "the treasurer", "source_offsets": "120 133", "cue": "fretted", "cue_offsets": "134 141", "content": "", "content_offsets": "0 1"}
{"split": "train", "article": "a2", "annotator": "x1", "source": "The senator", "source_offsets": "0 11", "cue": "fretted", "cue_offsets": "12 19", "content": "", "content_offsets": "0 1"}
{"split": "train", "article": "a2", "annotator": "x1", "source": "She", "source_offsets": "81 84", "cue": "fretted", "cue_offsets": "91 98", "content": "", "content_offsets": "0 1"}
{"split": "train", "article": "a2", "annotator": "x1", "source": "aides", "source_offsets": "114 119", "cue": "said", "cue_offsets": "120 124", "content": "", "content_offsets": "0 1"}
`

// Write writes the fixture corpus under dir, which must exist.
func Write(dir string) error {
	if err := os.MkdirAll(filepath.Join(dir, "text"), 0o755); err != nil {
		return fmt.Errorf("annotatedtest: %w", err)
	}
	for name, text := range texts {
		if err := os.WriteFile(filepath.Join(dir, "text", name+".txt"), []byte(text), 0o644); err != nil {
			return fmt.Errorf("annotatedtest: %w", err)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "attributions.jsonl"), []byte(attributions), 0o644); err != nil {
		return fmt.Errorf("annotatedtest: %w", err)
	}
	return nil
}
