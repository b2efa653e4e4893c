package compare

import (
	"fmt"
	"slices"
	"strings"

	"github.com/claimdiff/claimdiff/claims/mention"
)

// eventDateKind is the kind of a claim that dates an incident by its
// noun ("the March 27 shooting", "the attack on December 27th").
const eventDateKind = "event-date"

// mainDate is the date a document gives its main event by its own dated
// statements of it: the date of its first incident count in the lead
// sentences that carries one ("killed on March 27"), else the date of its
// first event date there ("the March 27 shooting of A'Naiya Montgomery"),
// a day each. A statement of history, a tally or another incident dates
// no main event. Nil when the lead dates none.
func mainDate(items []*item, incident func(*item) bool) *mention.DateValue {
	var event *mention.DateValue
	for _, it := range items {
		c := it.c
		if !leadFigure(c) || c.Date == nil || c.Date.Precision != "day" || slices.Contains(notWhole, frameOf(c).Scope) {
			continue
		}
		if incident(it) {
			return c.Date
		}
		if event == nil && c.Kind == eventDateKind {
			event = c.Date
		}
	}
	return event
}

// storyDate is the main event's date most of a story's documents give it
// (mainDate), for a document whose lead dates none: nil when no date is
// given by two documents or more, or two dates are given by as many.
func storyDate(docs [][]*item, incident func(*item) bool) *mention.DateValue {
	count := map[string]int{}
	byKey := map[string]*mention.DateValue{}
	for _, items := range docs {
		if d := mainDate(items, incident); d != nil {
			k := monthDay(d.Start) + "/" + monthDay(d.End)
			count[k]++
			byKey[k] = d
		}
	}
	var best *mention.DateValue
	n, tie := 0, false
	for k, c := range count {
		switch {
		case c > n:
			best, n, tie = byKey[k], c, false
		case c == n:
			tie = true
		}
	}
	if n < 2 || tie {
		return nil
	}
	return best
}

// otherDated says why an incident count below the lead is another
// incident's: its own date cannot overlap main, the date its document (or
// its story) gives the main event, and its sentence says it is another
// ("On April 16, another child was shot to death"). "" when it may be the
// main event's. (A killing of another named victim is another fact by its
// identity already.)
func otherDated(it *item, main *mention.DateValue) string {
	c := it.c
	if main == nil || leadFigure(c) || c.Date == nil || c.Date.Precision != "day" || datesOverlap(main, c.Date) || !saysAnother(c.Sentence) {
		return ""
	}
	return fmt.Sprintf(`dated %s, which cannot be %s, the date of its document's main event, and says "another": kept apart as another incident's figure`,
		monthDay(c.Date.Start), monthDay(main.Start))
}

// saysAnother reports a sentence that holds the word "another".
func saysAnother(sentence string) bool {
	for _, w := range strings.Fields(strings.ToLower(sentence)) {
		if strings.Trim(w, `,;:."'“”‘’()`) == "another" {
			return true
		}
	}
	return false
}
