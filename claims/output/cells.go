package output

import (
	"fmt"
	"strings"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/mention"
)

// How the parts of one claim read for people, in every human format (text,
// explain, and the comparison reports): its value, slots, speaker and
// quoted text.

// ValueText renders a claim's value or date for people: "about 5,200 troops",
// "more than 80,000,000 people", "2019-12-27".
func ValueText(c claims.Claim) string {
	if c.Value != nil {
		return HumanValue(c.Value)
	}
	if c.Date != nil {
		return c.Date.String()
	}
	return "-"
}

// HumanValue renders a value with its qualifier in words (mention.Value.Human).
func HumanValue(v *mention.Value) string { return v.Human() }

// Thousands formats a number with thousands separators (mention.Thousands).
func Thousands(n float64) string { return mention.Thousands(n) }

// Slots renders the filled slots: "subject=United States place=Iraq".
func Slots(c claims.Claim) string {
	var parts []string
	for _, kv := range [][2]string{{"victim", c.Victim}, {"subject", c.Subject}, {"place", c.Place}} {
		if kv[1] != "" {
			parts = append(parts, kv[0]+"="+kv[1])
		}
	}
	if c.Date != nil && c.Value != nil {
		parts = append(parts, "time="+c.Date.String())
	}
	if len(parts) == 0 {
		return "-"
	}
	return strings.Join(parts, " ")
}

// Speaker renders an attribution: "Mark Esper (direct, said)", "unknown
// speaker (direct)", "bare".
func Speaker(a claims.Attribution) string {
	if a.Form == claims.FormNone || a.Form == "" {
		if a.Hedged {
			return "bare, hedged"
		}
		return "bare"
	}
	who := a.Speaker
	if who == "" {
		who = "unknown speaker"
	}
	s := fmt.Sprintf("%s (%s", who, a.Form)
	if a.Cue != "" {
		s += ", " + a.Cue
	}
	if a.ModelCue {
		s += " (model cue)"
	}
	if a.Hedged {
		s += ", hedged"
	}
	return s + ")"
}

// Quote shortens s to at most n characters and quotes it.
func Quote(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > n {
		s = string(r[:n-1]) + "…"
	}
	return "\"" + s + "\""
}
