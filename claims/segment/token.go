package segment

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/claims/wordset"
)

// Kind classifies a token.
type Kind uint8

const (
	// Word is a run of letters (and digits) such as "Soleimani", "U.S." or "62-year-old".
	Word Kind = iota
	// Number is a token that starts with a digit: "5,200", "2.1", "27th", "50bn".
	Number
	// Punct is a single punctuation mark, or "..." as one token.
	Punct
	// Symbol is a currency or percent sign and similar: "$", "£", "€", "%".
	Symbol
)

func (k Kind) String() string {
	switch k {
	case Word:
		return "word"
	case Number:
		return "number"
	case Punct:
		return "punct"
	case Symbol:
		return "symbol"
	}
	return "?"
}

// Token is one unit of text. Start and End are byte offsets into the text the
// token came from; Norm is the form rules match against: lower case, with
// curly apostrophes and dashes folded and invisible format characters removed.
type Token struct {
	Start, End int
	Norm       string
	Kind       Kind
	// Cap is true when the token's first letter is upper case.
	Cap bool
	// Newlines counts the line breaks between the previous token and this one
	// (capped at 2: 2 means a blank line, a paragraph break).
	Newlines uint8
	// Key is Norm's hash (wordset.KeyOf), set by the tokeniser so that
	// the word filters and tables a token meets need not read Norm to
	// hash it again (wordset.Filter.MayKey, Map.GetKey, Set.HasKey); 0 in
	// a token built or decoded without it, which every filter that holds
	// a word may hold, and which a table hashes. It fits in the room the
	// fields before it leave: a Token is 40 bytes.
	Key wordset.Key
}

// isIgnorable reports runes that are invisible in print and must not split a
// word: zero-width spaces and joiners, the BOM, and bidirectional controls.
func isIgnorable(r rune) bool {
	switch {
	case r < 0x00AD: // ASCII and the Latin-1 before the soft hyphen: none
		return false
	case r == 0x200B || r == 0x200C || r == 0x200D || r == 0x2060 || r == 0xFEFF:
		return true
	case r == 0x200E || r == 0x200F || (r >= 0x202A && r <= 0x202E) || (r >= 0x2066 && r <= 0x2069):
		return true
	case r == 0x00AD: // soft hyphen
		return true
	}
	return false
}

// isWordRune reports a letter, a digit or a combining mark: for ASCII by
// a table, inlined where the tokeniser asks at every rune.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiWord[r] != 0
	}
	return isWordRuneAbove(r)
}

// isWordRuneAbove is isWordRune for a rune above ASCII. The General
// Punctuation block, whose dashes and curly quotes are the commonest
// runes above ASCII in English text, is told at once, unsearched.
func isWordRuneAbove(r rune) bool {
	if isGeneralPunctuation(r) {
		return false
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// isGeneralPunctuation reports a rune of the General Punctuation block,
// U+2000 to U+206F: spaces, dashes, quotation marks, marks and invisible
// controls, none a letter, a digit or a mark of a letter, none with a
// case (TestGeneralPunctuation), so the Unicode tables, searched for
// those, are not asked of them.
func isGeneralPunctuation(r rune) bool { return 0x2000 <= r && r <= 0x206F }

// toLower is unicode.ToLower, unsearched for General Punctuation (no
// case).
func toLower(r rune) rune {
	if isGeneralPunctuation(r) {
		return r
	}
	return unicode.ToLower(r)
}

func isHyphen(r rune) bool { return r == '-' || r == '\u2010' || r == '\u2011' }

func isApostrophe(r rune) bool { return r == '\'' || r == '\u2019' }

func isSymbol(r rune) bool {
	switch r {
	case '$', '£', '€', '¥', '%', '#', '&', '+', '@', '₹':
		return true
	}
	return false
}

// isSpace is unicode.IsSpace, without a table look-up for ASCII.
func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || '\t' <= r && r <= '\r'
	}
	return unicode.IsSpace(r)
}

// isUpperAbove is unicode.IsUpper for a token's first rune above ASCII
// (tokenize tells an ASCII capital by asciiWord), out of tokenize's loop.
//
//go:noinline
func isUpperAbove(r rune) bool { return !isGeneralPunctuation(r) && unicode.IsUpper(r) }

// Tokenize splits src into tokens as Segment does, without the sentences,
// paragraphs and line index: for a name or a phrase, whose tokens are all
// that is wanted.
func Tokenize(src string) []Token { return tokenize(nil, src, nil, nil) }

// AppendTokens appends src's tokens, as Tokenize gives them, to dst and
// returns the extended slice: for a caller that reads a phrase's tokens
// and lets them go, in room of its own (an array on its stack).
func AppendTokens(dst []Token, src string) []Token { return tokenize(dst, src, nil, nil) }

// tokenize splits src into tokens in one left-to-right pass, appending
// them to dst (made at the size src is likely to need when nil), interning
// their folded forms in forms when it is set, and handing sp, when it is
// set, the tokens that may end a sentence or start one (splitter). A byte of ASCII is told by a
// table (startClass), and an ASCII word is read in place, without
// decoding; a byte above ASCII goes to tokenAbove.
func tokenize(dst []Token, src string, forms *Forms, sp *splitter) []Token {
	nz, room := newNormalizer(src, forms)
	toks, first := dst, len(dst) // first: src's first token
	if toks == nil {
		toks = make([]Token, 0, room)
	}
	// newlines: the line breaks read since the last token, capped at 2:
	// a second one ends a line with no token on it, a paragraph break
	newlines := uint8(0)
	i := 0
	for i < len(src) {
		c := src[i]
		if c == ' ' {
			i++ // the commonest byte between tokens, at once
			continue
		}
		if newlines == 0 && asciiWord[c] == asciiLetter {
			// a run of lower-case words, the commonest tokens, read in
			// a loop of their own; the word it stops at, if any, is
			// read below
			var j int
			if j, toks = lowerWords(src, i, toks); j != i {
				i = j
				continue
			}
		}
		start := i
		var (
			text    string
			kind    Kind
			capital bool
		)
		switch cl := startClass[c]; {
		case cl == startWord:
			seen := asciiWord[c]
			kind, capital = Word, seen&asciiUpper != 0
			if seen == asciiDigit {
				kind = Number
			}
			for i++; i < len(src); i++ { // the word's ASCII letters and digits
				k := asciiWord[src[i]]
				if k == 0 {
					break
				}
				seen |= k
			}
			switch {
			case goesOn(src, i):
				var fold wordFold
				i, fold = scanWordFrom(src, start, i, seen)
				text = nz.foldWord(src, start, i, fold)
			case seen&asciiUpper == 0:
				text = src[start:i] // ASCII without a capital: its own folded form
			default:
				text = nz.foldASCII(src, start, i)
			}
		case cl == startSpace:
			i++
			continue
		case cl == startNewline:
			newlines = min(newlines+1, 2)
			i++
			continue
		case cl == startAbove:
			var skip bool
			var r rune
			var fold wordFold
			i, kind, fold, r, skip = tokenAbove(src, i, len(toks) == first || toks[len(toks)-1].End == i)
			if skip {
				continue
			}
			capital = isUpperAbove(r)
			text = nz.foldWord(src, start, i, fold)
		case cl == startApostrophe:
			i++
			kind = Punct
			if n := peek(src, i); (n == 's' || n == 'S') && !isWordRune(peek(src, i+1)) && (len(toks) == first || toks[len(toks)-1].End == start) {
				// possessive "'s" split off the word before it
				i++
				kind = Word
				text = nz.fold(src, start, i)
			} else {
				text = src[start:i]
			}
		case cl == startSymbol:
			i++
			kind, text = Symbol, src[start:i]
		case cl == startDot:
			i++
			if strings.HasPrefix(src[start:], "...") {
				i += 2
			}
			kind, text = Punct, src[start:i]
		case cl == startTerminal:
			i++
			kind, text = Punct, src[start:i]
		default: // startMark
			i++
			kind, text = Punct, src[start:i]
		}
		if len(toks) == cap(toks) {
			toks = slices.Grow(toks, 1)
		}
		// written in place, not built and copied
		toks = toks[:len(toks)+1]
		t := &toks[len(toks)-1]
		t.Start, t.End, t.Kind, t.Norm = start, i, kind, text
		t.Cap, t.Newlines, t.Key = capital, newlines, wordset.KeyOf(text)
		if n := len(toks) - 1; sp != nil && (newlines != 0 || n > first && toks[n-1].Kind == Punct) {
			sp.token(toks, n) // one that may end a sentence or start one
		}
		newlines = 0
		if i < len(src) && src[i] == ' ' {
			i++ // the space after the token, without a turn of the loop
		}
	}
	if forms != nil {
		forms.buf = nz.buf
	}
	return toks
}

// lowerWords appends to toks the tokens of the words from i on, up to
// the first that is not ASCII lower-case letters ended by a byte that
// joins it to nothing (scanWordFrom would read no further), or that
// follows its word by more than a space, and returns where it stopped.
// Such a word is its own folded form, no capital, no break before it:
// it is read and written with none of tokenize's other cases. It stops
// at the start of a word that goes on ("don't", "covid-19", "iPhone"),
// which tokenize reads, and before it would grow toks. Its words are not
// handed to the splitter: none starts a sentence (see splitter).
func lowerWords(src string, i int, toks []Token) (int, []Token) {
	for i < len(src) && asciiWord[src[i]] == asciiLetter {
		start := i
		for i++; i < len(src) && asciiWord[src[i]] == asciiLetter; i++ {
		}
		if i < len(src) && asciiWord[src[i]] != 0 || goesOn(src, i) || len(toks) == cap(toks) {
			return start, toks
		}
		text := src[start:i]
		toks = toks[:len(toks)+1] // written in place, not built and copied
		t := &toks[len(toks)-1]
		t.Start, t.End, t.Norm, t.Kind = start, i, text, Word
		t.Cap, t.Newlines, t.Key = false, 0, wordset.KeyOf(text)
		if i == len(src) || src[i] != ' ' {
			break // a mark or a line break: tokenize reads it
		}
		i++
	}
	return i, toks
}

// The classes of an ASCII byte where a token may start (startClass), and
// startAbove for any byte above ASCII.
const (
	startMark       uint8 = iota // a mark of one byte: a Punct token
	startSpace                   // white space other than a line break
	startNewline                 // a line break
	startWord                    // a letter or a digit
	startSymbol                  // a Symbol: $ % # & + @
	startApostrophe              // ' (a Punct token, or a possessive "'s")
	startDot                     // . (a terminal Punct, or "...")
	startTerminal                // ! or ?
	startAbove                   // a byte above ASCII: tokenAbove decodes
)

// startClass holds the class of each byte where a token may start. It is
// never written after it is made.
var startClass = func() (t [256]uint8) {
	for c := range t {
		switch {
		case c >= utf8.RuneSelf:
			t[c] = startAbove
		case c == '\n':
			t[c] = startNewline
		case isSpace(rune(c)):
			t[c] = startSpace
		case asciiWord[c] != 0:
			t[c] = startWord
		case isSymbol(rune(c)):
			t[c] = startSymbol
		case c == '\'':
			t[c] = startApostrophe
		case c == '.':
			t[c] = startDot
		case c == '!' || c == '?':
			t[c] = startTerminal
		}
	}
	return t
}()

// joinsWord holds the bytes after an ASCII letter or digit that may go on
// with its word (scanWordFrom reads on): a hyphen, an apostrophe, a point,
// a comma, or a byte above ASCII. It is never written after it is made.
var joinsWord = func() (t [256]bool) {
	for c := range t {
		t[c] = c >= utf8.RuneSelf || c == '-' || c == '\'' || c == '.' || c == ','
	}
	return t
}()

// goesOn reports whether the word of ASCII letters and digits read up to
// byte i of src goes on past it (scanWordFrom reads on): a mark that
// joins words ("-", "'", ".", ",") or a byte above ASCII, unless it joins
// nothing.
func goesOn(src string, i int) bool {
	return i < len(src) && joinsWord[src[i]] && !joinsNothing(src, i)
}

// joinsNothing reports whether the ASCII mark at i, after a word of ASCII
// letters and digits, ends the word because no letter or digit follows
// it (",", "." or "'" before a space, as mostly): scanWordFrom would stop
// at it. A mark before a byte above ASCII, and a byte above ASCII, are
// left to scanWordFrom.
func joinsNothing(src string, i int) bool {
	if src[i] >= utf8.RuneSelf {
		return false
	}
	return i+1 == len(src) || src[i+1] < utf8.RuneSelf && asciiWord[src[i+1]] == 0
}

// tokenAbove reads what starts at byte i of src, a byte above ASCII: it
// returns the token's end, kind and fold, and its first rune; or skip for
// a space or an invisible rune, which ends at end. glued says whether i
// starts src or ends the token before it (a possessive "’s" must).
func tokenAbove(src string, i int, glued bool) (end int, kind Kind, fold wordFold, r rune, skip bool) {
	r, size := utf8.DecodeRuneInString(src[i:])
	switch {
	case isSpace(r) || isIgnorable(r):
		return i + size, Punct, foldFull, r, true
	case isWordRune(r):
		end, fold = scanWord(src, i)
		if unicode.IsDigit(r) {
			return end, Number, fold, r, false
		}
		return end, Word, fold, r, false
	case isSymbol(r):
		return i + size, Symbol, foldFull, r, false
	case isApostrophe(r) && (peek(src, i+size) == 's' || peek(src, i+size) == 'S') && !isWordRune(peek(src, i+size+1)) && glued:
		// possessive "’s" split off the word before it
		return i + size + 1, Word, foldFull, r, false
	}
	return i + size, Punct, foldFull, r, false
}

// newNormalizer returns the normalizer tokenize folds src's tokens with,
// and the room to make for its tokens. Interning pays for its table on an
// article, not on a name.
func newNormalizer(src string, forms *Forms) (normalizer, int) {
	norm := normalizer{intern: len(src) >= internFrom || forms != nil}
	if forms != nil {
		norm.seen, norm.recent, norm.buf = forms.seen(), &forms.recent, forms.buf
	}
	if norm.intern {
		return norm, articleTokens(src)
	}
	// a name or a phrase: initials make tokens denser ("J. R. R.
	// Tolkien"); in ASCII, each word's folded form is its place in the
	// text lowered once, one string for all its words
	if isASCII(src) {
		norm.lower = strings.ToLower(src)
	}
	return norm, len(src)/4 + 2
}

// articleTokens is the room to make for the tokens of an article, src:
// a word before most spaces and line breaks, a mark at most commas and
// points, counted by vectorised searches for the four bytes, and a
// sixteenth more. Over the corpus and the PolNeAR texts it is too small
// for one article in 22 (whose room then grows once, by a quarter), and
// the room made is about a tenth more than the tokens; a token every 5
// bytes, as it was reckoned before, was too small for one in six, and
// the room made a quarter more than the tokens. The count is held between
// a token every 16 bytes and one every 3, for text whose spaces are no
// word's (padding, columns) and text whose words have none (Chinese).
func articleTokens(src string) int {
	n := strings.Count(src, " ") + strings.Count(src, "\n") + strings.Count(src, ",") + strings.Count(src, ".")
	return min(max(n+n/16+16, len(src)/16), len(src)/3+16)
}

// scanWord returns the end of the word or number starting at i, and how
// it folds: as it is (ASCII without a capital), lowered (ASCII with one)
// or by normalize.
// Hyphens, apostrophes, decimal points and thousands separators join when
// a word character follows; a possessive "'s" is left as its own token;
// dotted initialisms such as "U.S." and "a.m." are kept whole.
func scanWord(src string, i int) (end int, fold wordFold) { return scanWordFrom(src, i, i, 0) }

// scanWordFrom is scanWord for the word starting at start, read up to i
// already: ASCII letters and digits alone, whose classes are seen.
func scanWordFrom(src string, start, i int, seen uint8) (end int, fold wordFold) {
	// seen: the classes of the ASCII letters and digits read
	// digits and ascii say it of the other runes read (ascii: none above
	// ASCII, and no initialism); with seen, of the word: all digits while
	// seen has no letter
	digits := true
	ascii := true
	for i < len(src) {
		if k := asciiWord[src[i]]; k != 0 {
			seen |= k // the common case, without decoding
			i++
			continue
		}
		r, size := rune(src[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(src[i:])
		}
		// a rune of more than one byte taken into the word leaves its
		// folding to normalize
		if isWordRune(r) {
			// above ASCII: asciiWord took every ASCII letter and digit
			if !unicode.IsDigit(r) {
				digits = false
			}
			ascii = false
			i += size
			continue
		}
		if r < utf8.RuneSelf && r != '-' && r != '\'' && r != '.' && r != ',' {
			return i, foldOf(ascii, seen) // a space or a mark that joins no word: the common end
		}
		if isIgnorable(r) {
			ascii = false
			i += size
			continue
		}
		next, nsize := utf8.DecodeRuneInString(src[i+size:])
		switch {
		case isHyphen(r) && isWordRune(next):
			ascii = ascii && r < utf8.RuneSelf
			i += size
			continue
		case isApostrophe(r) && unicode.IsLetter(next):
			// "Iran's" -> "Iran" + "'s"; "don't" stays whole.
			if (next == 's' || next == 'S') && !isWordRune(peek(src, i+size+nsize)) {
				return i, foldOf(ascii, seen)
			}
			ascii = ascii && r < utf8.RuneSelf
			i += size
			continue
		case (r == '.' || r == ',') && digits && seen&asciiLetter == 0 && unicode.IsDigit(next) && i > start:
			i += size
			continue
		case r == '.' && unicode.IsLetter(next) && i-start == utf8.RuneLen(firstRune(src[start:])) && peek(src, i+size+nsize) == '.':
			// Initialism: "U.S.", "U.K.", "a.m.": letter '.' letter '.' ...
			i += size
			ascii = false // an initialism, "U.S.": folded by normalize
			for {
				r1, s1 := utf8.DecodeRuneInString(src[i:])
				if !unicode.IsLetter(r1) || peek(src, i+s1) != '.' {
					return i, foldOf(ascii, seen)
				}
				i += s1 + 1
			}
		}
		return i, foldOf(ascii, seen)
	}
	return i, foldOf(ascii, seen)
}

// wordFold says how a word's bytes fold into its Norm.
type wordFold uint8

const (
	foldNone  wordFold = iota // ASCII without a capital: its own folded form
	foldLower                 // ASCII with a capital: lowered (normalizer.foldASCII)
	foldFull                  // else: normalizer.fold
)

// foldOf is the fold of a word whose runes above ASCII or initialism make
// ascii false, and whose ASCII letters' classes are seen.
func foldOf(ascii bool, seen uint8) wordFold {
	switch {
	case !ascii:
		return foldFull
	case seen&asciiUpper != 0:
		return foldLower
	}
	return foldNone
}

// The classes of an ASCII byte in a word (asciiWord): a digit, a letter,
// and an upper-case letter.
const (
	asciiDigit uint8 = 1 << iota
	asciiLetter
	asciiUpper
)

// asciiWord holds the word classes of each byte: 0 for a byte that is no
// ASCII letter or digit. It is never written after it is made.
var asciiWord = func() (t [256]uint8) {
	for c := '0'; c <= '9'; c++ {
		t[c] = asciiDigit
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c] = asciiLetter
		t[c-'a'+'A'] = asciiLetter | asciiUpper
	}
	return t
}()

func peek(src string, i int) rune {
	if i >= len(src) {
		return 0
	}
	r, _ := utf8.DecodeRuneInString(src[i:])
	return r
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// normalizer folds tokens' surface forms for one text. A form that
// changes when folded ("The", "U.S.", "Iran’s") is built in a reused
// buffer and interned: each distinct folded form is allocated once per
// text, however often it recurs.
type normalizer struct {
	buf    []byte
	intern bool
	seen   map[string]string
	// lower, when set, is the whole text lowered, ASCII: there a token's
	// folded form is its bytes in lower.
	lower string
	// recent, when set, holds the forms met last at their cheap hash:
	// most folded forms recur ("The", "He", a name), and are found there
	// by one comparison, before seen is hashed.
	recent *[recentForms]string
}

// internFrom is the length of text from which tokenize interns folded
// forms.
const internFrom = 2048

// Forms interns the folded forms of tokens across the texts segmented with
// it (Options.Forms): each distinct form is built once, not once a text.
// It holds copies, never a text, and starts again past maxForms forms, so
// its memory is bounded. It is not safe for concurrent use. The zero value
// is ready to use.
type Forms struct {
	m      map[string]string
	recent [recentForms]string
	buf    []byte // the normalizer's room, kept from one text to the next
	// sents is the room a text's sentences are made in, kept from one
	// text to the next once they are copied out at their number
	// (sentenceRoom, keepSentences), from a Forms' second text on
	// (again): a Forms used for one text only (claims.Extract) copies
	// nothing. Made at a sentence a line, it grows where more end, and
	// keeps the room the longest text grew (but for one much longer).
	sents []Sentence
	again bool
}

// sentenceRoom returns empty room for n sentences: f's, or made for no f.
func (f *Forms) sentenceRoom(n int) []Sentence {
	if f == nil || !f.again {
		return make([]Sentence, 0, n)
	}
	return slices.Grow(f.sents[:0], n)
}

// keepSentences returns ss, made in f's room, in a slice of their own at
// their number, and keeps the room for the next text (a room a much
// longer text made is let go); with no f, ss themselves.
func (f *Forms) keepSentences(ss []Sentence) []Sentence {
	if f == nil || !f.again || ss == nil {
		return ss
	}
	out := slices.Clone(ss)
	f.sents = ss[:0] // it holds no pointers: kept as it is
	if cap(ss) > 4*len(ss)+1024 {
		f.sents = nil
	}
	return out
}

// maxForms bounds the forms a Forms holds, and recentForms the forms met
// last it holds apart.
const (
	maxForms    = 1 << 15
	recentForms = 1 << 10
)

// recentSlot is the place of folded form b in Forms.recent: a hash of its
// length and three of its bytes. A form that is not there is looked up in
// the table of all forms, so an unlucky text costs that look-up, no more.
func recentSlot(b []byte) uint {
	n := uint(len(b))
	if n == 0 {
		return 0
	}
	return (n*131 + uint(b[0])*31 + uint(b[n-1])*7 + uint(b[n/2])) % recentForms
}

// seen returns the table of forms, emptied when it is full.
func (f *Forms) seen() map[string]string {
	if f.m == nil {
		f.m = map[string]string{}
	}
	if len(f.m) >= maxForms {
		clear(f.m)
	}
	return f.m
}

// fold returns the folded form of the token at bytes [start, end) of src.
func (n *normalizer) fold(src string, start, end int) string {
	if n.lower != "" {
		return n.lower[start:end]
	}
	return n.normalize(src[start:end])
}

// foldWord folds the token at bytes [start, end) of src as fold says.
func (n *normalizer) foldWord(src string, start, end int, fold wordFold) string {
	switch fold {
	case foldNone:
		return src[start:end]
	case foldLower:
		return n.foldASCII(src, start, end)
	}
	return n.fold(src, start, end)
}

// foldASCII is fold for a token of ASCII bytes only.
func (n *normalizer) foldASCII(src string, start, end int) string {
	if n.lower != "" {
		return n.lower[start:end]
	}
	s := src[start:end]
	if n.recent != nil {
		// most such forms ("The", "He", a name) are found in recent by
		// comparing s lowered, unbuilt; a miss is built and looked up
		if v := n.recent[recentSlotLower(s)]; equalLower(v, s) {
			return v
		}
	}
	return n.lowerASCII(s)
}

// recentSlotLower is recentSlot of s, ASCII, lowered: from the three
// bytes it reads, each lowered.
func recentSlotLower(s string) uint {
	n := uint(len(s))
	if n == 0 {
		return 0
	}
	return (n*131 + uint(lowerByte(s[0]))*31 + uint(lowerByte(s[n-1]))*7 + uint(lowerByte(s[n/2]))) % recentForms
}

// equalLower reports whether v is s, ASCII, lowered.
func equalLower(v, s string) bool {
	if len(v) != len(s) {
		return false
	}
	for i := 0; i < len(s); i++ {
		if v[i] != lowerByte(s[i]) {
			return false
		}
	}
	return true
}

// lowerByte is ASCII byte c lowered (any other byte as it is).
func lowerByte(c byte) byte { return lowerBytes[c] }

// lowerBytes holds each byte lowered, as lowerByte gives it: A-Z to
// a-z, any other byte as it is. It is never written after it is made.
var lowerBytes = func() (t [256]byte) {
	for c := range t {
		t[c] = byte(c)
		if 'A' <= c && c <= 'Z' {
			t[c] += 'a' - 'A'
		}
	}
	return t
}()

// isASCII reports whether s is ASCII only.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// normalize folds a token's surface form into the form rules match against.
func (n *normalizer) normalize(s string) string {
	ascii, upper := true, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			ascii = false
			break
		}
		upper = upper || 'A' <= c && c <= 'Z'
	}
	if ascii && !upper {
		return s
	}
	if ascii {
		return n.lowerASCII(s)
	}
	b := n.buf[:0]
	for _, r := range s {
		switch {
		case isIgnorable(r):
			continue
		case r == '\u2019' || r == '\u2018':
			r = '\''
		case r == '\u2010' || r == '\u2011':
			r = '-'
		case r == '\u201C' || r == '\u201D':
			r = '"'
		}
		b = utf8.AppendRune(b, toLower(r))
	}
	n.buf = b
	return n.interned(b, s)
}

// lowerASCII folds s, ASCII only, as normalize does: its capitals
// lowered.
func (n *normalizer) lowerASCII(s string) string {
	b := n.buf[:0]
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	n.buf = b
	return n.interned(b, s)
}

// interned returns b, s folded, as a string: s itself where folding
// changed nothing, else, when the normalizer interns, the one copy of b.
func (n *normalizer) interned(b []byte, s string) string {
	if string(b) == s {
		return s
	}
	if !n.intern {
		return string(b)
	}
	if n.recent != nil {
		slot := recentSlot(b)
		if v := n.recent[slot]; v == string(b) {
			return v
		}
		v := n.lookup(b)
		n.recent[slot] = v
		return v
	}
	return n.lookup(b)
}

// lookup returns the interned copy of folded form b, made when it is new.
func (n *normalizer) lookup(b []byte) string {
	if v, ok := n.seen[string(b)]; ok {
		return v
	}
	if n.seen == nil {
		n.seen = map[string]string{}
	}
	v := string(b)
	n.seen[v] = v
	return v
}
