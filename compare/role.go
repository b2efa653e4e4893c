package compare

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A standards editor acting on an unnamed-vs-named gap wants to know whom
// the other outlet names: not only "Mekapati Goutham Reddy" but what the
// article says he is, where it first names him ("said Mekapati Goutham
// Reddy, minister for Industries, Commerce, and Information Technology";
// "Harris County Sheriff Adrian Garcia"). An outlet gives a person's role
// once, with the full name, and then writes the surname alone.

// maxTitleWords is the most capitalised words a title before a name holds
// ("Harris County Sheriff", "Andhra Pradesh Industries Minister").
const maxTitleWords = 4

// maxRoleWords is the most words of an apposition read as a role
// ("deputy director of the International Vaccine Access Center at Johns
// Hopkins University").
const maxRoleWords = 14

// speakerRole is the role document doc gives a person it names in full
// (name, two words or more), where it first writes that name: the title
// before it, else an apposition after it; "" when it gives none. A role
// holds a word of rules attribution.roles.
func (cmp *comparer) speakerRole(doc int, name string) string {
	roles := cmp.r.Attribution.Roles
	if roles == nil || len(strings.Fields(name)) < 2 {
		return ""
	}
	if cmp.results[doc].Text == nil {
		return ""
	}
	src := cmp.results[doc].Text.Src
	i := strings.Index(src, name)
	if i < 0 {
		return ""
	}
	isRole := func(w string) bool { return roles.Has(strings.ToLower(strings.Trim(w, ".,"))) }
	if t := cmp.titleBefore(src[:i], isRole); t != "" {
		return t
	}
	return appositionAfter(src[i+len(name):], isRole)
}

// titleBefore is the title that ends text ("Harris County Sheriff ",
// "Police spokesman Sgt. "): up to maxTitleWords capitalised words and
// role words, in its line, after the sentence before it (a word that ends
// in a full stop and is no title of the rules, "Houston.") and a caption
// word ("Buy Photo"), holding a role word.
func (cmp *comparer) titleBefore(text string, isRole func(string) bool) string {
	if !strings.HasSuffix(text, " ") {
		return ""
	}
	if nl := strings.LastIndexByte(text, '\n'); nl >= 0 {
		text = text[nl+1:]
	}
	words := strings.Fields(text)
	k, role := len(words), false
	for k > 0 && len(words)-k < maxTitleWords {
		w := words[k-1]
		if !(upperInitial(w) || isRole(w)) || strings.ContainsAny(w, ":;,()\"“”") || cmp.captionWord(w) ||
			strings.HasSuffix(w, ".") && !cmp.r.Titles.Has(w) {
			break
		}
		role = role || isRole(w)
		k--
	}
	if !role {
		return ""
	}
	run := words[k:]
	for len(run) > 1 && cmp.r.Titles.Has(run[len(run)-1]) && !isRole(run[len(run)-1]) {
		run = run[:len(run)-1] // "Police spokesman Sgt.", "lead author Dr": the role, not the form of address
	}
	return strings.Join(run, " ")
}

// captionWord reports a word of a photo caption or credit (rules
// attribution.captions): "Photo" of "Buy Photo Wayne County Prosecutor".
func (cmp *comparer) captionWord(w string) bool {
	set := cmp.r.Attribution.Captions
	return set != nil && set.Has(w)
}

// appositionAfter is the apposition that opens text (", minister for
// Industries, ..."), up to the next comma, semicolon, parenthesis, dash or
// full stop, when it opens in lower case and holds a role word.
func appositionAfter(text string, isRole func(string) bool) string {
	rest, ok := strings.CutPrefix(text, ", ")
	if !ok {
		return ""
	}
	if end := strings.IndexAny(rest, ",;()–—\n"); end >= 0 {
		rest = rest[:end]
	}
	if end := strings.Index(rest, ". "); end >= 0 {
		rest = rest[:end]
	}
	rest = strings.TrimSuffix(strings.TrimSpace(rest), ".")
	words := strings.Fields(rest)
	if len(words) == 0 || len(words) > maxRoleWords || upperInitial(words[0]) || relativeOpener(words[0]) {
		return ""
	}
	for _, w := range words {
		if isRole(w) {
			return rest
		}
	}
	return ""
}

// upperInitial reports a word that opens with an upper-case letter.
func upperInitial(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}
