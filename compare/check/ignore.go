package check

import (
	"regexp"
	"strings"

	"github.com/claimdiff/claimdiff/claims"
)

// ignoreRE matches an inline suppression in Markdown:
// <!-- claimdiff-ignore KIND --> (KIND may be a claim kind, "quote",
// "statement", or left out for every kind).
var ignoreRE = regexp.MustCompile(`<!--\s*claimdiff-ignore\s*([A-Za-z0-9_-]*)\s*-->`)

// ignores are the byte ranges of the paragraphs an inline comment covers,
// with the kind it suppresses ("" for all).
type ignores []struct {
	start, end int
	kind       string
}

// inlineIgnores finds `<!-- claimdiff-ignore KIND -->` comments in a
// Markdown article; each covers the paragraph that follows it (up to the
// next blank line).
func inlineIgnores(res *claims.Result) ignores {
	if res.Doc.Format != "md" {
		return nil
	}
	text := res.Doc.Text
	var out ignores
	for _, m := range ignoreRE.FindAllStringSubmatchIndex(text, -1) {
		kind := text[m[2]:m[3]]
		start := m[1]
		// skip to the start of the next non-blank line
		for start < len(text) && (text[start] == '\n' || text[start] == ' ' || text[start] == '\t') {
			start++
		}
		end := strings.Index(text[start:], "\n\n")
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		out = append(out, struct {
			start, end int
			kind       string
		}{start, end, kind})
	}
	return out
}

// covers reports whether c lies in a suppressed paragraph for kind.
func (ig ignores) covers(c claims.Claim, kind string) bool {
	for _, r := range ig {
		if c.Span.Start >= r.start && c.Span.Start < r.end && (r.kind == "" || r.kind == kind || r.kind == c.Kind) {
			return true
		}
	}
	return false
}
