package stories

import (
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/claimdiff/claimdiff/claims/ingest"
	"github.com/claimdiff/claimdiff/claims/mention"
	"github.com/claimdiff/claimdiff/claims/names"
	"github.com/claimdiff/claimdiff/claims/rules"
	"github.com/claimdiff/claimdiff/claims/segment"
)

// leadSentences is how many sentences after the headline count as the
// lead; nameSentences how far into the article names are collected (past
// it, pages carry related-story links and comments naming other events).
const (
	leadSentences = 6
	nameSentences = 20
)

// Term prefixes mark the kinds of feature that are not plain words, so a
// number or a date never matches a word, and their weights can differ.
const (
	datePrefix   = "@"
	numberPrefix = "#"
	namePrefix   = "="
	laterPrefix  = "~"
)

// Features are what an article is compared by. Which event an article
// reports shows in what is particular to it: the people and places it
// names, the day it happened, its numbers (a death toll, an amount) and its
// rarer words. How rare a feature is across the collection decides how
// much it weighs (see Group), so words every report of a shooting uses
// count for almost nothing.
type Features struct {
	// Words are the normalised content words of the headline and lead.
	Words []string
	// Names are the words of the names it mentions in its first
	// nameSentences sentences (aliases resolved to their canonical name),
	// lower case.
	Names []string
	// Later are the words of the names it mentions only further down,
	// which weigh less (see laterWeight).
	Later []string
	// Dates are the calendar days the headline and lead mention, resolved
	// against the publication date where they are relative ("Thursday"),
	// as "--MM-DD" (the year left out: reports of one event differ in
	// whether they give it).
	Dates []string
	// Numbers are the numbers of the headline and lead other than dates
	// and numbers below minNumber, canonical ("16", "1500000"); ages of
	// any value, marked ("3y": a 3-year-old is not 3 killed, and a small
	// child's age tells a shooting apart as a count of 3 does not).
	Numbers []string
}

// minNumber is the least number that tells events apart; smaller counts
// ("two people", "3 p.m.") are in every other report. ageSuffix marks an
// age.
const (
	minNumber = 5
	ageSuffix = "y"
)

// Extract computes an article's features: one pass over its tokens.
func Extract(doc *ingest.Document, r *rules.Rules) Features {
	return features(segment.Segment(doc.Text, segment.Options{SoftWrap: doc.Format == "md"}), r, doc.Published)
}

// FromText computes the features of an article already segmented (by
// claims.Extract, say), so indexing tokenises each article once. Relative
// dates are left out: use FromTextAt when the publication date is known.
func FromText(txt *segment.Text, r *rules.Rules) Features {
	return features(txt, r, time.Time{})
}

// FromTextAt is FromText for an article published at pub, which resolves
// its relative dates.
func FromTextAt(txt *segment.Text, r *rules.Rules, pub time.Time) Features {
	return features(txt, r, pub)
}

func features(txt *segment.Text, r *rules.Rules, pub time.Time) Features {
	var f Features
	stop := stopper(r)
	seenW, seenN, seenL := map[string]bool{}, map[string]bool{}, map[string]bool{}
	lead := 0
	for si, s := range txt.Sentences {
		if si > nameSentences {
			farNames(txt, s, r, &f.Later, seenL, stop)
			continue
		}
		if boilerplate(txt, s, r) {
			continue
		}
		add := func(w string) { addName(&f.Names, seenN, w, stop) }
		isLead := si <= leadSentences
		if isLead {
			lead = si + 1
		}
		// in a headline written in title case every word is capitalised:
		// its words are words, and names where the article names them
		titleCase := isTitleCase(txt, s)
		if si == 0 {
			s.Last = siteTail(txt, s)
		}
		for i := s.First; i < s.Last; {
			t := txt.Tokens[i]
			if c, n := r.Aliases.Lookup(txt, i, s.Last); n > 0 {
				for _, w := range strings.Fields(strings.ToLower(c)) {
					add(w)
				}
				i += n
				continue
			}
			if j := nameAt(txt, i, s, r, titleCase); j > i {
				// a name inside a sentence
				for k := i; k < j; k++ {
					if txt.Tokens[k].Kind == segment.Word {
						add(txt.Tokens[k].Norm)
					}
				}
				i = j
				continue
			}
			if isLead {
				addWord(&f.Words, seenW, t.Norm, stop)
			}
			i++
		}
	}
	// the lead's numbers and days, the site's name after its headline left out
	head := segment.Text{Src: txt.Src, Tokens: txt.Tokens, Sentences: slices.Clone(txt.Sentences[:lead])}
	if lead > 0 {
		head.Sentences[0].Last = siteTail(txt, head.Sentences[0])
	}
	seenD, seenNum := map[string]bool{}, map[string]bool{}
	for _, m := range mention.Recognise(&head, r.Lexicon(), mention.Options{Published: pub}) {
		switch {
		case m.Date != nil:
			if d := m.Date; d.Start == d.End && len(d.Start) >= 7 && d.Precision != "unresolved" {
				addTo(&f.Dates, seenD, d.Start[len(d.Start)-5:])
			}
		case m.Value != nil && m.Type != mention.Duration:
			if v := m.Value.Number; m.Type == mention.Age && v >= 1 {
				addTo(&f.Numbers, seenNum, mention.FormatNumber(v)+ageSuffix)
			} else if v >= minNumber {
				addTo(&f.Numbers, seenNum, mention.FormatNumber(v))
			}
		}
	}
	return f
}

// farNames adds the words of the names in sentence s, far down an
// article, to xs: one pass that looks names up only at capitalised words,
// and reads the sentence whole (as page furniture, or a title-case line
// whose words are no names) only once it holds one.
func farNames(txt *segment.Text, s segment.Sentence, r *rules.Rules, xs *[]string, seen map[string]bool, stop func(string) bool) {
	read, titleCase := false, false
	for i := s.First; i < s.Last; {
		if !txt.Tokens[i].Cap {
			i++
			continue
		}
		if !read {
			if boilerplate(txt, s, r) {
				return
			}
			read, titleCase = true, isTitleCase(txt, s)
		}
		if c, n := r.Aliases.Lookup(txt, i, s.Last); n > 0 {
			for _, w := range strings.Fields(strings.ToLower(c)) {
				addName(xs, seen, w, stop)
			}
			i += n
			continue
		}
		if j := nameAt(txt, i, s, r, titleCase); j > i {
			for k := i; k < j; k++ {
				if txt.Tokens[k].Kind == segment.Word {
					addName(xs, seen, txt.Tokens[k].Norm, stop)
				}
			}
			i = j
			continue
		}
		i++
	}
}

// nameAt returns the end of the name starting at token i inside sentence
// s (not its first word, where any word is capitalised, nor in a
// title-case headline), or i.
func nameAt(txt *segment.Text, i int, s segment.Sentence, r *rules.Rules, titleCase bool) int {
	if titleCase || i == s.First {
		return i
	}
	return r.Names.Forward(txt, i, s.Last, nil)
}

// siteTail returns where a headline's site name begins ("Boy, 2, hurt in
// shooting - KCBD NewsChannel 11 Lubbock", "... | FOX 5"): at its last
// spaced dash or bar with at least three words before it and no more than
// maxSiteTail tokens after, capitalised as a name is; the headline's end
// when it has none. A site's name is in every headline of its pages,
// whatever their story.
func siteTail(txt *segment.Text, s segment.Sentence) int {
	words, end := 0, s.Last
	for i := s.First; i < s.Last; i++ {
		t := txt.Tokens[i]
		if t.Kind == segment.Word {
			words++
		}
		if t.Kind != segment.Punct || (t.Norm != "-" && t.Norm != "|" && t.Norm != "–" && t.Norm != "—") {
			continue
		}
		spaced := i > s.First && i+1 < s.Last && txt.Tokens[i-1].End < t.Start && t.End < txt.Tokens[i+1].Start
		if spaced && words >= 3 && s.Last-i-1 <= maxSiteTail && capitalised(txt, i+1, s.Last) {
			end = i
		}
	}
	return end
}

// maxSiteTail is the most tokens a site name after a headline has.
const maxSiteTail = 16

// capitalised reports tokens from i to j whose words are capitalised, but
// for one in four at most ("News, Weather, and Sports"), as a name is
// written, not a clause ("- he will never be released").
func capitalised(txt *segment.Text, i, j int) bool {
	words, caps := 0, 0
	for ; i < j; i++ {
		if t := txt.Tokens[i]; t.Kind == segment.Word {
			words++
			if t.Cap {
				caps++
			}
		}
	}
	return words > 0 && caps*4 >= words*3
}

// isTitleCase reports a sentence most of whose longer words are
// capitalised: a headline in title case, not prose.
func isTitleCase(txt *segment.Text, s segment.Sentence) bool {
	words, caps := 0, 0
	for i := s.First; i < s.Last; i++ {
		if t := txt.Tokens[i]; t.Kind == segment.Word && t.End-t.Start >= 4 {
			words++
			if t.Cap {
				caps++
			}
		}
	}
	return words >= 3 && caps*4 >= words*3
}

// boilerplate reports a sentence of web page furniture (a sign-up box, a
// copyright line): two or more of the rules' stories.boilerplate-words.
func boilerplate(txt *segment.Text, s segment.Sentence, r *rules.Rules) bool {
	n := 0
	for i := s.First; i < s.Last; i++ {
		if r.Stories.BoilerplateWords[txt.Tokens[i].Norm] {
			if n++; n == 2 {
				return true
			}
		}
	}
	return false
}

// stopper returns the words that are never features: the rules' stop
// words (compare.stop-words) and English function words.
func stopper(r *rules.Rules) func(string) bool {
	return func(w string) bool { return r.Compare.StopWords[w] || names.IsFunctionWord(w) }
}

func addTo(xs *[]string, seen map[string]bool, x string) {
	if x != "" && !seen[x] {
		seen[x] = true
		*xs = append(*xs, x)
	}
}

// addWord adds a content word, lightly stemmed (a possessive or plural s
// dropped); short words, stop words and words not starting with a letter
// are left out.
func addWord(xs *[]string, seen map[string]bool, w string, stop func(string) bool) {
	w = possessive(w)
	if !content(w, stop) {
		return
	}
	if len(w) > 4 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is") {
		w = w[:len(w)-1]
	}
	addTo(xs, seen, w)
}

// addName adds a word of a name as it is (Texas is not a plural).
func addName(xs *[]string, seen map[string]bool, w string, stop func(string) bool) {
	if w = possessive(w); content(w, stop) {
		addTo(xs, seen, w)
	}
}

func possessive(w string) string {
	return strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
}

func content(w string, stop func(string) bool) bool {
	return len(w) >= 3 && !stop(w) && unicode.IsLetter([]rune(w)[0])
}

// Terms are the features compared, each once, sorted: the lead's words as
// they are, the names' words prefixed with "=" (with "~" those only far
// down), dates with "@" and numbers with "#".
func (f Features) Terms() []string {
	names := make(map[string]bool, len(f.Names))
	out := make([]string, 0, len(f.Names)+len(f.Words)+len(f.Later)+len(f.Dates)+len(f.Numbers))
	for _, w := range f.Names {
		names[w] = true
		out = append(out, namePrefix+w)
	}
	words := make(map[string]bool, len(f.Words))
	for _, w := range f.Words {
		words[w] = true
		if !names[w] {
			out = append(out, w)
		}
	}
	for _, w := range f.Later {
		if !names[w] && !words[w] {
			out = append(out, laterPrefix+w)
		}
	}
	for _, d := range f.Dates {
		out = append(out, datePrefix+d)
	}
	for _, n := range f.Numbers {
		out = append(out, numberPrefix+n)
	}
	slices.Sort(out)
	return slices.Compact(out)
}
