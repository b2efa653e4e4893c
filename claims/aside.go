package claims

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/claims/phrase"
	"github.com/claimdiff/claimdiff/claims/segment"
)

// asides marks the paragraphs of a page that are not the article: lists of
// other stories, whose headlines and teasers tell of other incidents
// ("More stories you may like", "Related: Man killed in ..."), and video
// playlists ("1:51 Boy killed with machete"). Their rule matches make no
// claims. headings is the vocabulary (rules.yaml asides.headings):
//
//   - a paragraph that is a heading alone ("More from:", "Most popular",
//     "More stories on WFTV.com") opens a list: it and the headline-like
//     paragraphs after it (no closing punctuation, a teaser cut short with
//     "…", or a label such as "LIVE:" in front) are asides, up to the first
//     paragraph written as prose;
//   - a paragraph that starts with a heading and a colon or bar ("Related:
//     ...", "WATCH | ...") is one teaser;
//   - a paragraph that starts with a video's running time and a capital
//     ("0:43 Homeless man found dead") is a playlist entry.
//
// The first paragraph, the headline, is never an aside. One pass over the
// paragraphs, each looked at once: linear in the text.
func asides(txt *segment.Text, headings *phrase.Set[bool]) []bool {
	return markAsides(nil, txt, headings)
}

// markAsides is asides in room, reused: it returns room made or emptied at
// the number of paragraphs.
func markAsides(room []bool, txt *segment.Text, headings *phrase.Set[bool]) []bool {
	out := grow(room, len(txt.Paragraphs))
	clear(out)
	list := false // inside a list of other stories
	for p := 1; p < len(txt.Paragraphs); p++ {
		par := txt.Paragraphs[p]
		if par.First >= par.Last {
			continue
		}
		first := txt.Sentences[par.First].First
		last := txt.Sentences[par.Last-1].Last
		text := strings.TrimSpace(txt.Src[par.Start:par.End])
		switch h := heading(txt.Tokens, first, last, headings); {
		case h == headingAlone:
			out[p], list = true, true
		case h == headingTeaser || playlist(text):
			out[p] = true
		case list && headlineLike(text):
			out[p] = true
		default:
			list = false
		}
	}
	return out
}

const (
	headingNone = iota
	headingAlone
	headingTeaser
)

// heading tells whether the tokens [first, last) of a paragraph are an
// aside heading alone (with ":" or "on SITE", "from SITE" after it, and no
// closing period), a heading and a colon or bar before a teaser, or neither.
func heading(toks []segment.Token, first, last int, headings *phrase.Set[bool]) int {
	if headings == nil {
		return headingNone
	}
	_, n := headings.Longest(toks, first, last)
	if n == 0 {
		return headingNone
	}
	i := first + n
	switch {
	case i == last:
		return headingAlone
	case toks[i].Norm == ":" || toks[i].Norm == "|":
		if i+1 == last {
			return headingAlone
		}
		return headingTeaser
	case (toks[i].Norm == "on" || toks[i].Norm == "from") && last-i <= 5 && toks[last-1].Norm != ".":
		return headingAlone
	}
	return headingNone
}

// playlist reports a paragraph that starts with a running time and a
// capitalised title: "1:51 Boy killed with machete; uncle suspected".
func playlist(text string) bool {
	colon := strings.IndexByte(text, ':')
	if colon < 1 || colon > 2 || len(text) < colon+5 {
		return false
	}
	for _, c := range text[:colon] + text[colon+1:colon+3] {
		if c < '0' || c > '9' {
			return false
		}
	}
	if text[colon+3] != ' ' {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[colon+4:])
	return unicode.IsUpper(r)
}

// headlineLike reports a paragraph in a list of stories: a headline (no
// closing punctuation), a teaser cut short ("…"), or one with a label in
// capitals in front ("LIVE: 25 hurt in ...").
func headlineLike(text string) bool {
	t := strings.TrimRight(text, " \"”’')")
	switch {
	case strings.HasSuffix(t, "…") || strings.HasSuffix(t, "..."):
		return true
	case strings.HasSuffix(t, ".") || strings.HasSuffix(t, "!") || strings.HasSuffix(t, "?"):
		label, _, ok := strings.Cut(t, ":")
		return ok && len(label) >= 2 && len(label) <= 12 && strings.ToUpper(label) == label && strings.IndexFunc(label, unicode.IsLetter) >= 0
	}
	return true
}
