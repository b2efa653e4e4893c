package compare

import (
	"strings"
	"testing"
)

// TestMayOpenHeading wants the first-word test never to rule out a
// sentence the full headline tests accept (the sentence folded within the
// heading, or starting with it or with its first part).
func TestMayOpenHeading(t *testing.T) {
	headings := []string{"two dead in cameron shooting - wtrf 7 news", "flood", "why? two dead in storm", "", "İstanbul quake toll rises"}
	sentences := []string{"Two dead in Cameron shooting", "  Two\tDEAD in  Cameron shooting, police say.", "Floodwaters rise.",
		"Why?", "dead in", "Police said two died.", "", "   ", "İSTANBUL quake toll rises to 40", "Storm",
		"Two dead in Cameron shooting - WTRF 7 News reported on Friday night", "dead in cameron", "Why? Two dead", "two", "Flood"}
	for _, h := range headings {
		for _, s := range sentences {
			text := strings.ToLower(oneLine(s))
			full := text != "" && (strings.Contains(h, text) || strings.HasPrefix(text, h))
			if head, _, ok := strings.Cut(h, " - "); ok && len(strings.Fields(head)) >= 3 && strings.HasPrefix(text, head) {
				full = true
			}
			if full && !mayOpenHeading(s, h) {
				t.Errorf("heading %q, sentence %q: ruled out, but the full test accepts it", h, s)
			}
		}
	}
	if mayOpenHeading("Police said two died.", "two dead in cameron shooting") {
		t.Error("a sentence whose first word is not in the heading was not ruled out")
	}
	if mayOpenHeading("Two people died in the storm that hit the coast on Friday.", "why? two dead in storm") {
		t.Error("a sentence longer than the heading, not opening with its first word, was not ruled out")
	}
}
