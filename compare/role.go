package compare

import (
	"slices"
	"strings"
)

// A standards editor acting on an unnamed-vs-named gap wants to know whom
// the other outlet names: not only "Ravi Rao" but what the article says
// he is, where it first names him ("said Ravi Rao, the state's minister
// for industry and commerce";
// "Harris County Sheriff Adrian Garcia"). An outlet gives a person's role
// once, with the full name, and then writes the surname alone.

// maxTitleWords is the most capitalised words a title before a name holds
// ("Harris County Sheriff", "Andhra Pradesh Industries Minister").
const maxTitleWords = 4

// maxRoleWords is the most words of an apposition read as a role
// ("associate head of the vaccine research unit at a university medical
// school").
const maxRoleWords = 14

// speakerRole is the role document doc gives a person it names in full
// (name, two words or more), as its attributions read it: in the first
// attribution whose speaker span holds the name, the title before the name
// ("Harris County Sheriff Adrian Garcia", "lead author Dr Mia Lund"; titleIn) else
// the apposition after it ("Ravi Rao, the state's minister for industry
// and commerce");
// when no attribution names the person in full, the title before the name
// where the document first writes it. "" when it gives none: what follows
// a name outside a speaker span is no role ("The truck was driven by Dana
// Ortiz, the sheriff said"). A role holds a word of rules
// attribution.roles.
func (cmp *comparer) speakerRole(doc int, name string) string {
	roles := cmp.r.Attribution.Roles
	res := cmp.results[doc]
	if roles == nil || len(strings.Fields(name)) < 2 || res.Text == nil {
		return ""
	}
	src := res.Text.Src
	isRole := func(w string) bool { return roles.Has(strings.ToLower(strings.Trim(w, ".,"))) }
	for _, a := range res.EachSentenceAttribution {
		if a.Span == nil {
			continue
		}
		span := src[a.Span.Start:a.Span.End]
		if i := strings.Index(span, name); i >= 0 {
			if t := cmp.titleIn(span[:i], isRole); t != "" {
				return t
			}
			return appositionIn(span[i+len(name):], isRole)
		}
	}
	if i := strings.Index(src, name); i >= 0 {
		return cmp.titleBefore(src[:i], isRole)
	}
	return ""
}

// titleIn is the title a speaker span writes before the name (text):
// its last words, up to maxTitleWords after a comma, colon, parenthesis or
// quote mark, without the forms of address that end it, when they hold a
// role word ("police spokesman" of "police spokesman Sgt. ", "lead author"
// of "lead author Dr ").
func (cmp *comparer) titleIn(text string, isRole func(string) bool) string {
	if k := strings.LastIndexAny(text, ",;:()\"“”\n"); k >= 0 {
		text = text[k+1:]
	}
	words := strings.Fields(text)
	if len(words) > maxTitleWords {
		words = words[len(words)-maxTitleWords:]
	}
	for len(words) > 1 && cmp.r.Titles.Has(words[len(words)-1]) && !isRole(words[len(words)-1]) {
		words = words[:len(words)-1]
	}
	if !slices.ContainsFunc(words, isRole) {
		return ""
	}
	return strings.Join(words, " ")
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
		if !(startsCapital(w) || isRole(w)) || strings.ContainsAny(w, ":;,()\"“”") || cmp.captionWord(w) ||
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

// appositionIn is the apposition that opens the rest of a speaker span
// after the name (", minister for Trade, Mines, and Energy,"): its first
// part, opening in lower case and holding a role word, with the parts
// after it that continue a list of names ("Mines", "and Energy"), not
// what the span adds after it (", on Monday").
func appositionIn(text string, isRole func(string) bool) string {
	rest, ok := strings.CutPrefix(text, ", ")
	if !ok {
		return ""
	}
	parts := strings.Split(strings.TrimRight(rest, ",. "), ",")
	words := strings.Fields(parts[0])
	if len(words) == 0 || startsCapital(words[0]) || relativeOpener(words[0]) || !slices.ContainsFunc(words, isRole) {
		return ""
	}
	role := strings.TrimSpace(parts[0])
	for _, p := range parts[1:] {
		next := strings.Fields(strings.TrimPrefix(strings.TrimSpace(p), "and "))
		if len(next) == 0 || !startsCapital(next[0]) {
			break
		}
		role += "," + p
	}
	if len(strings.Fields(role)) > maxRoleWords {
		return ""
	}
	return role
}
