package ingest

import (
	"strings"
	"unicode"
)

// Outlet is what naming an outlet takes: its source as read, whether that
// is only the file name (no source in the metadata, no --source), and the
// headline.
type Outlet struct {
	Source       string
	FromFileName bool
	Title        string
}

// OutletNames gives outlets known only by an id-like file name
// ("000_9657c7c9ccc2eae3") a name a person can read: the first words of
// the headline ("Iran news…"). The others keep their source. Names stay
// distinct (a clash takes the id's first characters), so two documents are
// never merged into one outlet by their names.
func OutletNames(outlets []Outlet) []string {
	out := make([]string, len(outlets))
	taken := map[string]int{}
	named := func(o Outlet) bool { return o.FromFileName && idLike(o.Source) && headlineName(o.Title) != "" }
	for _, o := range outlets {
		if !named(o) {
			taken[o.Source]++
		}
	}
	for i, o := range outlets {
		out[i] = o.Source
		if !named(o) {
			continue
		}
		name := headlineName(o.Title)
		if taken[name] > 0 {
			name += " (" + shortID(o.Source) + ")"
		}
		taken[name]++
		out[i] = name
	}
	return out
}

// idLike reports whether a file name stem reads as an identifier rather
// than a name: made only of digit runs and hex-like runs joined by _ - or .,
// with at least one long run (a hash of 8 hex digits or more with a digit
// in it, or 6 digits or more).
func idLike(stem string) bool {
	parts := strings.FieldsFunc(stem, func(r rune) bool { return r == '_' || r == '-' || r == '.' })
	long := false
	for _, p := range parts {
		digits, hex := 0, 0
		for _, r := range p {
			switch {
			case r >= '0' && r <= '9':
				digits++
			case r >= 'a' && r <= 'f' || r >= 'A' && r <= 'F':
				hex++
			default:
				return false
			}
		}
		if digits == len(p) && digits >= 6 || digits > 0 && hex > 0 && len(p) >= 8 {
			long = true
		} else if digits == 0 {
			return false // a word of hex letters: "bbc", "cafe"
		}
	}
	return long
}

// headlineName is the first words of a headline: up to its first clause
// break (":", " – ", ",", " | "), at most 4 words and about 28 characters,
// with "…" when words are left out.
func headlineName(title string) string {
	words := strings.Fields(title)
	var out []string
	n := 0
	for _, w := range words {
		if len(out) > 0 && isDash(w) {
			break
		}
		trimmed := strings.TrimRightFunc(w, func(r rune) bool { return r == ':' || r == ',' || r == ';' || r == '|' })
		if trimmed != "" && !isDash(trimmed) {
			out = append(out, trimmed)
			n += len([]rune(trimmed)) + 1
		}
		if trimmed != w || len(out) == 4 || n >= 28 {
			break
		}
	}
	name := strings.TrimRightFunc(strings.Join(out, " "), func(r rune) bool { return unicode.IsPunct(r) && r != '\'' && r != '’' })
	if name != "" && len(out) < len(words) {
		name += "…" // a headline cut short, not an outlet's own name
	}
	return name
}

func isDash(w string) bool { return w == "–" || w == "—" || w == "-" || w == "|" }

// shortID is the start of an id-like stem's longest part: enough to tell
// two documents apart.
func shortID(stem string) string {
	best := ""
	for _, p := range strings.FieldsFunc(stem, func(r rune) bool { return r == '_' || r == '-' || r == '.' }) {
		if len(p) > len(best) {
			best = p
		}
	}
	if len(best) > 6 {
		best = best[:6]
	}
	return best
}
