package segment

import (
	"strings"

	"github.com/claimdiff/claimdiff/claims/english"
	"github.com/claimdiff/claimdiff/claims/wordset"
)

// Sentence is a run of tokens [First, Last) inside one paragraph. Start and
// End are byte offsets of its first and last token.
type Sentence struct {
	Start, End  int
	First, Last int
	Para        int
}

// Paragraph is a run of sentences [First, Last).
type Paragraph struct {
	Start, End  int
	First, Last int
}

// Options tune segmentation for the input format.
type Options struct {
	// SoftWrap joins lines that end without final punctuation into one
	// sentence, as Markdown does; a blank line still ends the paragraph.
	// Without it every line break ends the sentence and the paragraph, which
	// suits plain-text articles with one paragraph a line.
	SoftWrap bool
	// Forms, when set, interns the tokens' folded forms across the texts
	// segmented with it, so that a form met in one text is not built again
	// in the next.
	Forms *Forms
}

// Text is a segmented article: its source, tokens, sentences, paragraphs and
// line index. Create it with Segment.
type Text struct {
	Src        string
	Tokens     []Token
	Sentences  []Sentence
	Paragraphs []Paragraph
	Lines      *Lines
}

// abbreviations never end a sentence when followed by a period: titles,
// company and place words, Latin and the months' abbreviations ("Dec.",
// from package english). A set of words, not a map: it is asked at
// every period after a word, by the word's Key, and its filter turns
// most words away unhashed.
var abbreviations = func() *wordset.Set {
	s := wordset.New(strings.Fields(`mr mrs ms dr prof gen lt col sgt capt maj cpl pvt spc adm gov sen
		rep rev st jr sr no vs inc corp co ltd ft mt u.s u.k e.g i.e approx est fig u.s. u.k. u.n. a.m.
		p.m. e.g. i.e. d.c.`)...)
	for _, w := range english.DateWords() {
		if _, month := english.Month(w); month && !english.IsCalendarWord(w) {
			s.Add(w)
		}
	}
	return s
}()

// titleAbbreviations end no sentence when capitalised before a period,
// as a title before a name: "Off. Tim Smith", "Det. Jane Roe". Lower case
// they are words ("the plane took off.").
var titleAbbreviations = wordset.New("off", "ofc", "det", "dep", "cmdr", "insp", "supt",
	"atty", "pfc", "cpt", "asst", "amb", "pres", "hon", "fr")

// anyAbbreviation is abbreviations and titleAbbreviations, which
// IsAbbreviationToken asks in one look-up.
var anyAbbreviation = wordset.Union(abbreviations, titleAbbreviations)

// IsAbbreviationToken reports whether token t (its Norm, looked up by
// the Key the tokeniser gave it) is an abbreviation that does not end a
// sentence when a period follows it.
func IsAbbreviationToken(t *Token) bool { return anyAbbreviation.HasKey(t.Key, t.Norm) }

// isTerminal and isCloser answer for a Punct token's Norm: no token of
// another kind is one.
func isTerminal(norm string) bool {
	return norm == "." || norm == "!" || norm == "?" || norm == "..." || norm == "…"
}

func isCloser(norm string) bool {
	switch norm {
	case "\"", "'", ")", "]", "”", "’":
		return true
	}
	return false
}

func isOpener(norm string) bool {
	switch norm {
	case "\"", "'", "(", "[", "“", "‘":
		return true
	}
	return false
}

// Segment tokenises src and splits it into sentences and paragraphs, all in
// one pass over the text: the tokeniser hands the splitter the tokens
// that may end a sentence or start one as it makes them.
func Segment(src string, opt Options) *Text {
	t := &Text{Src: src, Lines: NewLines(src)}
	sp := splitter{softWrap: opt.SoftWrap, lastWord: -1, read: -1}
	if len(src) > 0 {
		// every paragraph but the last ends at a line break, and most
		// sentences do: room made for one a line, grown where a
		// terminal mark ends more (with Forms, in the room the texts
		// before grew)
		n := len(t.Lines.starts)
		sp.sents, sp.paras = opt.Forms.sentenceRoom(n), make([]Paragraph, 0, n)
	}
	t.Tokens = tokenize(nil, src, opt.Forms, &sp)
	sp.end(t.Tokens)
	if len(t.Tokens) > 0 {
		t.Sentences, t.Paragraphs = opt.Forms.keepSentences(sp.sents), sp.paras
	}
	if opt.Forms != nil {
		opt.Forms.again = true // the next text is segmented in its room
	}
	return t
}

// splitter splits tokens into sentences and paragraphs as tokenize makes
// them. tokenize hands it (token) the tokens that may start a sentence
// or a paragraph: a token after a line break, and a token after a mark
// but a lower-case word read by lowerWords (a sentence after a mark
// starts with a capital, a number or an opener: endsSentenceBefore).
// Any other follows a token that is no mark on its line, and no sentence
// ends there (one ends at a line break or after a terminal mark): it is
// taken as the last word read when the next token is handed. A closing
// quote or bracket so taken stands for the word before it, and ends
// nothing either: no closer is a terminal mark.
type splitter struct {
	softWrap bool
	sents    []Sentence
	paras    []Paragraph
	// sentStart and paraStart are the tokens the open sentence and the
	// sentences the open paragraph start at.
	sentStart, paraStart int
	// lastWord is the last token read that is not a closing quote or
	// bracket (-1 for none), kept on the way, so looking back over a run
	// of closers is one lookup, not a walk: a line of 200,000 quote marks
	// stays linear.
	lastWord int
	read     int // the last token handed (-1 for none)
}

// token reads token i of toks, the last made, and ends the sentence or
// paragraph before it where one ends.
func (s *splitter) token(toks []Token, i int) {
	if i-1 > s.read {
		// the tokens since the last handed were words ending nothing
		s.lastWord = i - 1
	}
	s.read = i
	if i > s.sentStart || (i > 0 && i == s.sentStart) {
		nl := toks[i].Newlines
		switch {
		case nl >= 2:
			s.closePara(toks, i)
		case nl == 1 && !s.softWrap:
			s.closePara(toks, i)
		case nl == 1 && s.softWrap && !endsWithTerminal(toks, s.lastWord, s.sentStart):
			// a wrapped line: the sentence goes on
		case nl == 1:
			s.closeSentence(toks, i)
		}
	}
	// most tokens follow a word, not a terminal mark: endsSentenceBefore's
	// first test, asked here without the call
	if i > s.sentStart && s.lastWord >= s.sentStart && toks[s.lastWord].Kind == Punct && endsSentenceBefore(toks, s.lastWord, s.sentStart, i) && toks[i].Newlines == 0 {
		s.closeSentence(toks, i)
	}
	if toks[i].Kind != Punct || !isCloser(toks[i].Norm) {
		s.lastWord = i
	}
}

// end ends the last sentence and paragraph of toks, all made.
func (s *splitter) end(toks []Token) { s.closePara(toks, len(toks)) }

// closeSentence ends the open sentence before token end.
func (s *splitter) closeSentence(toks []Token, end int) {
	if end > s.sentStart {
		s.sents = append(s.sents, Sentence{
			Start: toks[s.sentStart].Start, End: toks[end-1].End,
			First: s.sentStart, Last: end, Para: len(s.paras),
		})
	}
	s.sentStart = end
}

// closePara ends the open sentence and paragraph before token end.
func (s *splitter) closePara(toks []Token, end int) {
	s.closeSentence(toks, end)
	if n := len(s.sents); n > s.paraStart {
		s.paras = append(s.paras, Paragraph{
			Start: s.sents[s.paraStart].Start, End: s.sents[n-1].End,
			First: s.paraStart, Last: n,
		})
	}
	s.paraStart = len(s.sents)
}

// hyphenInitial reports a token ending in a hyphen and one letter: "d-n".
func hyphenInitial(norm string) bool {
	n := len(norm)
	return n >= 3 && norm[n-2] == '-' && norm[n-1] >= 'a' && norm[n-1] <= 'z'
}

// endsWithTerminal reports whether the tokens from from up to the token
// read end with final punctuation, allowing closing quotes and brackets
// after it; j is the last token read that is not a closer (Segment's
// lastWord).
func endsWithTerminal(toks []Token, j, from int) bool {
	return j >= from && toks[j].Kind == Punct && isTerminal(toks[j].Norm)
}

// endsSentenceBefore reports whether a sentence boundary falls just before
// token i: the previous tokens end with final punctuation (and closers) that
// is not an abbreviation's period or an ellipsis inside a sentence, and token
// i starts a new sentence (upper case, a digit, or an opening quote). The
// look-back stops at from, the current sentence's first token: a quote
// mark opening a paragraph is not a closer of the sentence before it.
// j is the last token before i that is not a closer (Segment's lastWord),
// so the look-back is O(1).
func endsSentenceBefore(toks []Token, j, from, i int) bool {
	if j < from || toks[j].Kind != Punct || !isTerminal(toks[j].Norm) {
		return false
	}
	// A closing quote directly after i-1 belongs to this sentence: don't split
	// between a period and its closing quote.
	if isCloser(toks[i].Norm) && toks[i].Start == toks[i-1].End {
		return false
	}
	next := &toks[i]
	if !(next.Cap || next.Kind == Number || isOpener(next.Norm)) {
		return false
	}
	if toks[j].Norm == "." && j > 0 && toks[j-1].End == toks[j].Start {
		p := &toks[j-1]
		if abbreviations.HasKey(p.Key, p.Norm) || titleAbbreviations.HasKey(p.Key, p.Norm) && p.Cap {
			// "No. 5" and "Dec. 27" do not end; "Gen. Soleimani" does not end.
			return false
		}
		// A single capital letter before a period is an initial: "Ivan A.
		// Lopez", and so is one after a hyphen: "(D-N.Y.)", "(R-S.C.)".
		if toks[j-1].Kind == Word && (toks[j-1].End-toks[j-1].Start == 1 && toks[j-1].Cap || hyphenInitial(toks[j-1].Norm)) {
			return false
		}
	}
	if toks[j].Kind == Word && abbreviations.HasKey(toks[j].Key, toks[j].Norm) {
		return false
	}
	return true
}
