package stories

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/claimdiff/claimdiff/claims/output"
)

// Version is the stories JSON contract version.
const Version = 1

// WriteJSON writes {"version": 1, "stories": [...]}.
func WriteJSON(w io.Writer, stories []Story) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if stories == nil {
		stories = []Story{}
	}
	return enc.Encode(struct {
		Version int     `json:"version"`
		Stories []Story `json:"stories"`
	}{Version, stories})
}

// WriteText lists each story with its label and members, a member a line:
// outlet, publication date, document and title, in columns aligned within
// a story; fitted to width columns (0 for no limit), a member whose line
// does not fit takes two, its title cut to fit on the second.
func WriteText(w io.Writer, stories []Story, width int) error {
	multi := 0
	for _, s := range stories {
		if len(s.Members) > 1 {
			multi++
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s (%d with more than one article)\n", output.Count(len(stories), "story", "stories"), multi)
	for _, s := range stories {
		b.WriteByte('\n')
		for _, l := range output.WrapCells([]string{s.ID, s.Label, "(" + output.Count(len(s.Members), "article", "articles") + ")"}, width, 0, 2) {
			b.WriteString(l + "\n")
		}
		rows := make([][]string, len(s.Members))
		for i, m := range s.Members {
			pub := m.Published
			if pub == "" {
				pub = "-"
			}
			rows[i] = []string{m.Source, pub, m.Doc, m.Title}
		}
		// the document is a path, whose end matters
		t := output.Table{Indent: 2, Max: width, Split: 2, Left: 2}
		for _, l := range t.Lines(rows, func(title string, n int) string { return output.Truncate(title, n) }) {
			b.WriteString(strings.TrimRight(l, " ") + "\n")
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}
