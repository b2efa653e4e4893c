package stories

import (
	"encoding/json"
	"fmt"
	"io"
	"text/tabwriter"

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

// WriteText lists each story with its label and members.
func WriteText(w io.Writer, stories []Story) error {
	multi := 0
	for _, s := range stories {
		if len(s.Members) > 1 {
			multi++
		}
	}
	fmt.Fprintf(w, "%s (%d with more than one article)\n", output.Count(len(stories), "story", "stories"), multi)
	for _, s := range stories {
		fmt.Fprintf(w, "\n%s  %s  (%s)\n", s.ID, s.Label, output.Count(len(s.Members), "article", "articles"))
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
		for _, m := range s.Members {
			pub := m.Published
			if pub == "" {
				pub = "-"
			}
			fmt.Fprintf(tw, "  %s\t%s\t%s\t%s\n", m.Source, pub, m.Doc, m.Title)
		}
		if err := tw.Flush(); err != nil {
			return err
		}
	}
	return nil
}
