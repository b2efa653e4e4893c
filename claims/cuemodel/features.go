package cuemodel

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/claims/english"
	"github.com/claimdiff/claimdiff/claims/phrase"
	"github.com/claimdiff/claimdiff/claims/rules"
	"github.com/claimdiff/claimdiff/claims/segment"
	"github.com/claimdiff/claimdiff/claims/wordset"
)

// The features of a candidate cue token: its word and suffixes, its
// neighbours, what follows it (a quote mark, "that", a colon, a number)
// and what precedes it as its subject (a name, a pronoun, a role noun),
// all read from a bounded window of its sentence.

// window bounds how far before and after a candidate its features look,
// and nestWindow how far back a cue it may stand in the content of is
// looked for.
const (
	window     = 6
	nestWindow = 25
)

// maxFeatures bounds the features Features appends for one token: 21 of
// the word, its neighbours and lists; 2 a token after it in the window, 5
// a token before; one for a cue further back; 3 of its place.
const maxFeatures = 21 + 2*window + 5*window + 1 + 3

// Candidate reports whether token i may be a cue the model scores: a
// lower-case word of three letters or more that is no closed-class word
// (article, pronoun, preposition, auxiliary, adverb...). Quotes and
// listed cues (see Listed) are the caller's to exclude.
func Candidate(toks []segment.Token, i int) bool {
	t := &toks[i]
	if t.Kind != segment.Word || t.Cap || len(t.Norm) < 3 {
		return false
	}
	w := t.Norm
	if strings.HasSuffix(w, "ly") || hasApostrophe(w) {
		return false // "publicly said", "don't": the verb is the cue
	}
	// the function words are the union of those classes: one look-up
	return !english.IsFunctionWordKey(t.Key, w)
}

// hasApostrophe reports a straight or curly apostrophe in w, as
// strings.ContainsAny(w, "'’") does: a loop over a short word's bytes,
// not a search for each of the runes (a lead byte 0xE2 is never another
// rune's continuation, so "’"'s bytes are that rune wherever they stand).
func hasApostrophe(w string) bool {
	for j := 0; j < len(w); j++ {
		if w[j] == '\'' || w[j] == 0xE2 && strings.HasPrefix(w[j:], "’") {
			return true
		}
	}
	return false
}

// Listed reports a word of the rules' speech, stance or evidence cue
// lists at token i of a sentence ending before last: the rules' to read,
// never the model's.
func Listed(toks []segment.Token, i, last int, at *rules.Attribution) bool {
	if i >= last {
		return false
	}
	t := &toks[i] // each set's first-word filter, inlined, spares most calls
	return at.Cues.MayStart(t) && longest(at.Cues, toks, i, last) || stanceOrEvidence(toks, i, last, at)
}

// stanceOrEvidence is Listed's other two lists: a stance or evidence cue
// at token i (< last), for a reader that has asked the speech cues.
func stanceOrEvidence(toks []segment.Token, i, last int, at *rules.Attribution) bool {
	t := &toks[i]
	return at.StanceCues.MayStart(t) && longest(at.StanceCues, toks, i, last) ||
		at.EvidenceCues.MayStart(t) && longest(at.EvidenceCues, toks, i, last)
}

// Lists are the rules' attribution lists the features read, with the
// first-word filters of the lists Listed reads joined into one: a token
// of a feature's window that starts none of them is turned away by one
// inlined test, not a call. Make them once per rules with NewLists.
type Lists struct {
	at   *rules.Attribution
	cues wordset.Filter // the first words of Cues, StanceCues and EvidenceCues
}

// NewLists returns the Lists of the rules' attribution lists at.
func NewLists(at *rules.Attribution) *Lists {
	l := &Lists{at: at}
	for _, f := range []*wordset.Filter{at.Cues.Firsts(), at.StanceCues.Firsts(), at.EvidenceCues.Firsts()} {
		l.cues.Join(f) // a nil filter adds no word
	}
	return l
}

// MayStartCue reports whether a word whose Key is k may start a phrase
// of the cue lists (Cues, StanceCues, EvidenceCues): false for most
// words, by one inlined filter test.
func (l *Lists) MayStartCue(k wordset.Key) bool { return l.cues.MayKey(k) }

// longest reports a phrase of set starting at token i, ending before last.
func longest[V any](set *phrase.Set[V], toks []segment.Token, i, last int) bool {
	_, n := set.Longest(toks, i, last)
	return n > 0
}

// QuoteMark reports a double quotation mark at token i: straight, curly
// or a guillemet. Single marks are left out: they are apostrophes as
// often.
//
// It is asked of every token of a feature's window: the test of the
// token's kind, which turns away nearly all of them, inlines, and only a
// mark's text is decoded (quoteMarkAt).
func QuoteMark(txt *segment.Text, i int) bool {
	t := &txt.Tokens[i]
	return t.Kind == segment.Punct && quoteMarkAt(txt.Src, t.Start)
}

// quoteMarkAt reports a double quotation mark starting at byte i of src,
// as QuoteMark tells one.
func quoteMarkAt(src string, i int) bool {
	r, _ := utf8.DecodeRuneInString(src[i:])
	switch r {
	case '"', '“', '”', '«', '»', '„':
		return true
	}
	return false
}

// Features appends the hashed features of candidate token i of sentence
// s to dst. l gives the cue and role lists of the rules, which are
// features too: a listed word is a cue more often than not.
func Features(dst []uint32, txt *segment.Text, s segment.Sentence, i int, l *Lists) []uint32 {
	dst, _ = features(dst, txt, s, i, l)
	return dst
}

// features does the work of Features, and reports whether a listed cue
// (Listed) stands before token i in its sentence, within nestWindow
// tokens: the cue of FeaturesKnown's, read on the way.
func features(dst []uint32, txt *segment.Text, s segment.Sentence, i int, l *Lists) (_ []uint32, cueBefore bool) {
	toks, at := txt.Tokens, l.at
	w := toks[i].Norm
	stem := Stem(w)
	dst = slices.Grow(dst, maxFeatures) // room made once for a dst reused
	dst = append(dst, biasFeature, hash1(fWord, w), hash1(fStem, stem))
	if len(w) > 3 {
		dst = append(dst, hash1(fSuffix3, w[len(w)-3:]))
	}
	dst = append(dst, hash1(fSuffix2, w[len(w)-2:]))
	p1, p2 := shape(txt, i-1, s), shape(txt, i-2, s)
	n1, n2 := shape(txt, i+1, s), shape(txt, i+2, s)
	dst = append(dst, hash1(fPrev1, p1), hash1(fPrev2, p2), hash1(fNext1, n1), hash1(fNext2, n2),
		hash2(fPrevWord, p1, w), hash2(fWordNext, w, n1), hash2(fPrevPrev, p2, p1), hash2(fNextNext, n1, n2),
		hash3(fWordNextNext, w, n1, n2), hash3(fPrevPrevWord, p2, p1, w), hash2(fStemNext, stem, n1), hash2(fStemPrev, stem, p1))
	// the list the word is in: each list's first-word filter, inlined,
	// turns most words away without a call (a candidate the model scores
	// is mostly in none)
	t := &toks[i]
	if at.Cues.MayStart(t) && longest(at.Cues, toks, i, s.Last) {
		dst = append(dst, listedSpeech)
	}
	if at.StanceCues.MayStart(t) && longest(at.StanceCues, toks, i, s.Last) {
		dst = append(dst, listedStance)
	}
	if at.EvidenceCues.MayStart(t) && longest(at.EvidenceCues, toks, i, s.Last) {
		dst = append(dst, listedEvidence)
	}
	if at.Documents.MayStart(t) && longest(at.Documents, toks, i, s.Last) {
		dst = append(dst, listedDocument)
	}
	// what follows within the window; the word's and the stem's part of a
	// feature's hash is hashed once (extend goes on from it)
	wordBefore, stemAfter := hash1(fWordBefore, w), hash1(fWordAfter, stem)
	for k := i + 1; k < s.Last && k <= i+window; k++ {
		b := distanceBucket(k - i)
		n := toks[k].Norm
		switch {
		case QuoteMark(txt, k):
			dst = append(dst, afterQuote[b], extend(stemAfter, "quote"))
		case n == "that" || n == ":" || n == "to" || n == "whether" || n == "if" || n == "about" || n == "on":
			d := distances[b]
			dst = append(dst, hash2(fAfter, n, d), extend(extend(stemAfter, n), d))
		case toks[k].Kind == segment.Number:
			dst = append(dst, afterNumber)
		}
	}
	// what precedes: the subject, and a cue already in the sentence
	for k := i - 1; k >= s.First && k >= i-window; k-- {
		b := distanceBucket(i - k)
		t := &toks[k]
		switch {
		case QuoteMark(txt, k):
			dst = append(dst, beforeQuote[b])
		case english.IsSubjectPronounKey(t.Key, t.Norm):
			dst = append(dst, beforePronoun[b], extend(wordBefore, "pronoun"))
		case t.Cap && k > s.First:
			dst = append(dst, beforeName[b], extend(wordBefore, "name"))
		case t.Norm == "who" || t.Norm == "which":
			dst = append(dst, hash2(fBefore, t.Norm, distances[b]))
		}
		if t.Kind == segment.Word && at.Roles.MayStart(t) && at.Roles.HasWordKey(t.Key, t.Norm) { // the filter inlined: no call for most words
			dst = append(dst, beforeRole[b], extend(wordBefore, "role"))
		}
		if t.Kind == segment.Word && l.MayStartCue(t.Key) {
			if at.Cues.MayStart(t) && longest(at.Cues, toks, k, s.Last) {
				dst = append(dst, beforeCue)
				cueBefore = true
			} else if !cueBefore && stanceOrEvidence(toks, k, s.Last, at) {
				cueBefore = true // a stance or evidence cue
			}
		}
	}
	// a cue further back in the sentence: this word may be inside what
	// that one reports (Listed, asked only of a word the joint first-word
	// filter, inlined, lets through)
	for k := i - window - 1; k >= s.First && k >= i-nestWindow; k-- {
		if t := &toks[k]; t.Kind == segment.Word && l.MayStartCue(t.Key) && Listed(toks, k, s.Last, at) {
			dst = append(dst, farCue)
			cueBefore = true
			break
		}
	}
	// where it stands in its sentence
	dst = append(dst, fromStart[distanceBucket(i-s.First)], toEnd[distanceBucket(s.Last-i)])
	if i == s.First || i > s.First && toks[i-1].Kind == segment.Punct && !QuoteMark(txt, i-1) {
		dst = append(dst, hash2(fWordAfterPunct, w, toks[max(i-1, s.First)].Norm))
	}
	return dst, cueBefore
}

// maxKnownFeatures is how many features FeaturesKnown appends after
// the Features.
const maxKnownFeatures = 4

// FeaturesKnown appends the Features of candidate token i of sentence s
// to dst, and after them the features only the known stems' weights read
// (see Model.ScoreKnown): its stem with where it stands, the word two
// before it, a quotation near it and a listed cue before it. Those tell
// one verb's cues from its other uses ("support" inside a statement,
// "call" after "a"); over every candidate they only add noise. The cue
// before it is the one Features looks for, read in the same pass.
func FeaturesKnown(dst []uint32, txt *segment.Text, s segment.Sentence, i int, l *Lists) []uint32 {
	dst, cueBefore := features(dst, txt, s, i, l)
	toks := txt.Tokens
	stem := Stem(toks[i].Norm)
	quote, cue := "noquote", "nocue"
	for k := max(i-nestWindow, s.First); k < s.Last && k <= i+nestWindow; k++ {
		if QuoteMark(txt, k) {
			quote = "quote"
			break
		}
	}
	if cueBefore {
		cue = "cue"
	}
	return append(dst, hash2(fStemFromStart, stem, distance(i-s.First)), hash2(fStemPrev2, stem, shape(txt, i-2, s)),
		hash2(fStemQuote, stem, quote), hash2(fStemCueBefore, stem, cue))
}

// Stem strips an inflection from a lower-case word, roughly: "claims",
// "claimed", "claiming" all give "claim". It groups word forms for the
// model's vocabulary; it is no lemmatiser.
//
// The suffixes are tried longest first ("ing", "ied", "ies", "ed", "es",
// "s", "d"), each only on a word of at least three letters more (a suffix
// added here is added to stemEndings too, which the model's known forms
// are built with); the
// switch on the last byte tries only those that can match, for Stem is
// asked at every lower-case word of a text.
func Stem(w string) string {
	n := len(w)
	if n < 4 {
		return w
	}
	switch w[n-1] {
	case 'g':
		if n > 5 && w[n-3:] == "ing" {
			return w[:n-3]
		}
	case 'd':
		switch {
		case n > 5 && w[n-3:] == "ied":
			return w[:n-3]
		case n > 4 && w[n-2] == 'e':
			return w[:n-2]
		}
		return w[:n-1]
	case 's':
		switch {
		case n > 5 && w[n-3:] == "ies":
			return w[:n-3]
		case n > 4 && w[n-2] == 'e':
			return w[:n-2]
		}
		return w[:n-1]
	}
	return w
}

// shape is token k's form for a feature: its lower-case word for a
// lower-case word or punctuation, a class for names and numbers, and a
// boundary marker outside the sentence.
func shape(txt *segment.Text, k int, s segment.Sentence) string {
	if k < s.First {
		return "<s>"
	}
	if k >= s.Last {
		return "</s>"
	}
	t := &txt.Tokens[k]
	switch {
	case QuoteMark(txt, k):
		return "<q>"
	case t.Kind == segment.Number:
		return "<num>"
	case t.Cap && !english.IsSubjectPronounKey(t.Key, t.Norm) && !english.IsFunctionWordKey(t.Key, t.Norm):
		return "<Cap>"
	}
	return t.Norm
}

// distance buckets a token distance.
func distance(d int) string { return distances[distanceBucket(d)] }

// distances are the buckets of a token distance, as distance names them.
var distances = [...]string{"@1", "@2", "@3-4", "@5-8", "@far"}

// distanceBucket is the index in distances of token distance d's bucket.
func distanceBucket(d int) int {
	switch {
	case d <= 1:
		return 0
	case d == 2:
		return 1
	case d <= 4:
		return 2
	case d <= 8:
		return 3
	}
	return 4
}

// The features of a template and a word of its own, hashed once: the
// bias, and those of a distance bucket (indexed by distanceBucket), which
// Features would otherwise hash for every candidate, a byte at a time.
var (
	biasFeature   = hash1(fBias, "")
	afterNumber   = hash1(fAfter, "number")
	beforeCue     = hash1(fBefore, "cue")
	afterQuote    = byDistance(fAfter, "quote")
	beforeQuote   = byDistance(fBefore, "quote")
	beforePronoun = byDistance(fBefore, "pronoun")
	beforeName    = byDistance(fBefore, "name")
	beforeRole    = byDistance(fBefore, "role")
	fromStart     = distanceFeatures(fFromStart)
	toEnd         = distanceFeatures(fToEnd)
	// a word a cue list holds, and a listed cue further back than the
	// window
	listedSpeech   = hash1(fListed, "speech")
	listedStance   = hash1(fListed, "stance")
	listedEvidence = hash1(fListed, "evidence")
	listedDocument = hash1(fListed, "document")
	farCue         = hash2(fBefore, "cue", "@far")
)

// byDistance returns hash2(tmpl, s, d) for each distance bucket d.
func byDistance(tmpl byte, s string) (h [len(distances)]uint32) {
	for b, d := range distances {
		h[b] = hash2(tmpl, s, d)
	}
	return h
}

// distanceFeatures returns hash1(tmpl, d) for each distance bucket d.
func distanceFeatures(tmpl byte) (h [len(distances)]uint32) {
	for b, d := range distances {
		h[b] = hash1(tmpl, d)
	}
	return h
}

// The feature templates, each a byte mixed into its hash.
const (
	fBias byte = iota + 1
	fWord
	fStem
	fSuffix3
	fSuffix2
	fPrev1
	fPrev2
	fNext1
	fNext2
	fPrevWord
	fWordNext
	fPrevPrev
	fNextNext
	fListed
	fAfter
	fWordAfter
	fBefore
	fWordBefore
	fFromStart
	fToEnd
	fWordAfterPunct
	fWordNextNext
	fPrevPrevWord
	fStemNext
	fStemPrev
	fStemFromStart
	fStemPrev2
	fStemQuote
	fStemCueBefore
)

// FNV-1a, over the template byte and the strings with a separator.
const (
	fnvOffset = 2166136261
	fnvPrime  = 16777619
)

func hash1(tmpl byte, s string) uint32 {
	h := uint32(fnvOffset)
	h = (h ^ uint32(tmpl)) * fnvPrime
	for i := 0; i < len(s); i++ {
		h = (h ^ uint32(s[i])) * fnvPrime
	}
	return h
}

func hash2(tmpl byte, s, t string) uint32 { return extend(hash1(tmpl, s), t) }

func hash3(tmpl byte, s, t, u string) uint32 { return extend(extend(hash1(tmpl, s), t), u) }

// extend goes on from the hash h of a template and its strings with one
// more string, after the separator: hash2(t, s, u) is extend(hash1(t,
// s), u).
func extend(h uint32, t string) uint32 {
	h = (h ^ 0xff) * fnvPrime
	for i := 0; i < len(t); i++ {
		h = (h ^ uint32(t[i])) * fnvPrime
	}
	return h
}
