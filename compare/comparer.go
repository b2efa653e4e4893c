package compare

import (
	"sort"
	"strings"
	"unicode"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/rules"
)

// comparer holds one comparison's inputs and caches.
type comparer struct {
	results []*claims.Result
	r       *rules.Rules
	sources map[string]bool
	// sortedSources are the keys of sources, sorted, once asked for
	// (missing).
	sortedSources []string
	words         [][]wordSet       // per document, per sentence, for results without Words
	pub           map[string]string // document id -> publication time
	focus         map[int]bool      // nil: every document
	// leftOut counts the sentences left out of trimmed baseline results
	// (nil: none); leftOutAligned says one of them joins a focus cluster.
	leftOut        *leftOut
	leftOutAligned bool
	al             *aligner // the alignment, which knows each claim's kind as measured (kindOf)
	// mediaNames is the rules' media list, sorted, once asked for,
	// mediaWords their words and mediaSpeakers them as speakers
	// (speakerNameOf).
	mediaNames    []string
	mediaWords    [][]string
	mediaSpeakers []speakerName
	// outlets are the compared outlets (outletOf their sources), sorted,
	// and outletKeys each as namesKey reads it; cites remembers, per
	// speaker, the outlets it names.
	outlets, outletKeys []string
	cites               map[string][]string
	// titles are the documents' titles folded to one lower-case line,
	// once asked for (titleOf).
	titles map[int]string
	// stagesOf are rules compare.stages split into words, once asked for
	// (stages).
	stagesOf [][]stagePhrase
	// settingOf are the stems of rules compare.setting-words, once asked
	// for (settingWords).
	settingOf map[string]bool
	// syn are rules compare.synonyms as stems, once asked for (synonyms).
	syn *synonyms
	// docWords are, per document, its words as namesByRole reads titles
	// from them, once asked for (documentWords).
	docWords [][]string
	// docStems are, per document, the words it writes, lower case, hyphens
	// folded, sorted, each once, once asked for (writesStem).
	docStems [][]string
}

// synonyms are the comparer's rules' synonyms, built once asked for.
func (cmp *comparer) synonyms() *synonyms {
	if cmp.syn == nil {
		cmp.syn = synonymsOf(cmp.r.Compare.Synonyms)
	}
	return cmp.syn
}

// stages are the comparer's rules' compare.stages split into words,
// built once asked for.
func (cmp *comparer) stages() [][]stagePhrase {
	if cmp.stagesOf == nil {
		cmp.stagesOf = stagePhrases(cmp.r)
	}
	return cmp.stagesOf
}

// settingWords are the stems of the comparer's rules' compare.setting-words,
// as statement words are written, built once asked for.
func (cmp *comparer) settingWords() map[string]bool {
	if cmp.settingOf == nil {
		cmp.settingOf = map[string]bool{}
		for w := range cmp.r.Compare.SettingWords {
			cmp.settingOf[claims.Stem(w)] = true
		}
	}
	return cmp.settingOf
}

// inFocus reports whether doc is one the report is about.
func (cmp *comparer) inFocus(doc int) bool { return cmp.focus == nil || cmp.focus[doc] }

// groupInFocus reports whether a group involves a focus document.
func (cmp *comparer) groupInFocus(g *group) bool {
	if cmp.focus == nil {
		return true
	}
	for d := range g.docs {
		if cmp.focus[d] {
			return true
		}
	}
	return false
}

// sentenceWords is the content words of a sentence: the result's Words
// when it has them (a result read from the extraction cache), else
// computed once.
func (cmp *comparer) sentenceWords(doc, sent int) wordSet {
	res := cmp.results[doc]
	if res.Words != nil {
		return res.Words[sent]
	}
	if cmp.words[doc] == nil {
		cmp.words[doc] = make([]wordSet, len(res.Text.Sentences))
	}
	w := cmp.words[doc][sent]
	if w == nil {
		s := res.Text.Sentences[sent]
		w = claims.ContentWords(res.Text, s.First, s.Last, cmp.r)
		if w == nil {
			w = wordSet{}
		}
		cmp.words[doc][sent] = w
	}
	return w
}

// primaries returns the group's primary claims: one per document, the
// restatements left out.
func primaries(g *group) []*item {
	var prim []*item
	for _, it := range g.items {
		if !it.restates {
			prim = append(prim, it)
		}
	}
	return prim
}

// valueText is a claim's value as a reader is shown it: an event time as
// written, a figure in words, a date, or a named victim's death.
func valueText(c *claims.Claim) string {
	if c.Kind == claims.KindEventTime {
		return c.Text // "landfall around 1 a.m.": the time as written
	}
	if c.Value != nil {
		return c.Value.Human()
	}
	if c.Date != nil {
		return c.Date.String()
	}
	if c.Victim != "" {
		return c.Victim + " killed"
	}
	return c.Text
}

// sideValues lists each item's value as compared and as written.
func (cmp *comparer) sideValues(items []*item) []SideValue {
	var vals []SideValue
	for _, it := range items {
		vals = append(vals, SideValue{Doc: it.c.Doc, Source: it.c.Source, Published: cmp.published(it.c.Doc),
			Value: valueText(it.c), Text: it.c.Text, Claim: it.c.ID})
	}
	return vals
}

// headline reports a claim standing in its document's headline.
func (cmp *comparer) headline(it *item) bool {
	return cmp.headlineSentence(it.doc, it.c.SentenceIndex())
}

// headlineSentence reports a document's headline: a sentence within its
// title (a title may read as several sentences: "Why? Two dead in ..."),
// or a later sentence that repeats the title, or the title's first part
// before the site's name ("One Dead in Cameron Shooting - WTRF 7 News"),
// at its start (a caption, a teaser, "… Posted: Friday").
func (cmp *comparer) headlineSentence(doc, sent int) bool {
	res := cmp.results[doc]
	if res.Doc.Title == "" || sent >= len(res.Text.Sentences) {
		return false
	}
	s := res.Text.Sentences[sent]
	heading := cmp.titleOf(doc)
	if !mayOpenHeading(res.Text.Src[s.Start:s.End], heading) {
		return false
	}
	text := strings.ToLower(oneLine(res.Text.Src[s.Start:s.End]))
	if text == "" {
		return false
	}
	if strings.Contains(heading, text) || strings.HasPrefix(text, heading) {
		return true
	}
	for _, sep := range []string{" - ", " | ", " – ", " — "} {
		if head, _, ok := strings.Cut(heading, sep); ok && len(strings.Fields(head)) >= 3 && strings.HasPrefix(text, head) {
			return true
		}
	}
	return false
}

// mayOpenHeading reports whether a sentence can be its document's
// headline, from its first word and how many words it has: each test
// headlineSentence makes needs the folded first word within the heading
// or starting with it, and more: the folded sentence within the heading
// has no more words than the heading, and one starting with the heading
// (of more than one word) or with its first part (of three or more) starts
// with the heading's first word. It spares folding every sentence of a
// long baseline.
func mayOpenHeading(sentence, heading string) bool {
	i := strings.IndexFunc(sentence, func(r rune) bool { return !unicode.IsSpace(r) })
	if i < 0 {
		return true // the folded sentence is empty: headlineSentence decides
	}
	first := sentence[i:]
	if j := strings.IndexFunc(first, unicode.IsSpace); j >= 0 {
		first = first[:j]
	}
	w := strings.ToLower(first)
	if strings.HasPrefix(w, heading) {
		return true
	}
	if !strings.Contains(heading, w) {
		return false
	}
	if h, _, _ := strings.Cut(heading, " "); w == h {
		return true
	}
	return fieldsAtMost(sentence[i:], strings.Count(heading, " ")+1)
}

// fieldsAtMost reports whether s has at most n words (strings.Fields),
// reading no further than word n+1.
func fieldsAtMost(s string, n int) bool {
	words, in := 0, false
	for _, r := range s {
		if unicode.IsSpace(r) {
			in = false
			continue
		}
		if !in {
			in = true
			if words++; words > n {
				return false
			}
		}
	}
	return true
}

// titleOf is document doc's title folded to one lower-case line, folded
// once: headlineSentence asks for it at every sentence.
func (cmp *comparer) titleOf(doc int) string {
	if t, ok := cmp.titles[doc]; ok {
		return t
	}
	if cmp.titles == nil {
		cmp.titles = map[int]string{}
	}
	t := strings.ToLower(oneLine(cmp.results[doc].Doc.Title))
	cmp.titles[doc] = t
	return t
}

// derived reports a claim the extraction inferred rather than read: an
// injured count worked out from a "shot" total and a death toll ("four
// shot, one fatally": 3 injured). It is a reading of the text, not a figure
// the outlet gave, so it never sets one outlet against another ("1 dead, 3
// shot" headlines list separate groups as often as totals). A generic
// claim a kind took over by its head (a count of soldiers become troops)
// is read, not derived.
func derived(c *claims.Claim, r *rules.Rules) bool {
	ru := r.Rule(c.Rule)
	if ru == nil || ru.Kind == c.Kind {
		return false
	}
	k := r.Kinds[ru.Kind]
	return k == nil || !k.Generic
}

func (cmp *comparer) published(doc string) string { return cmp.pub[doc] }

func claimsOf(items []*item) []claims.Claim {
	out := make([]claims.Claim, len(items))
	for i, it := range items {
		out[i] = *it.c
	}
	return out
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
