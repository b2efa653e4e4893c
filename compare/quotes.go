package compare

import (
	"fmt"
	"iter"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sergi/go-diff/diffmatchpatch"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/english"
	"github.com/claimdiff/claimdiff/internal/sortedset"
)

// Quotes align when they share most of their words: the same speaker and
// quoteSameSpeaker of the words, or quoteAnySpeaker whoever is named; and
// at least minQuoteShared content words either way ("too naive or too stupid" and
// "I do not think Captain Crozier is naive nor stupid" are two quotes).
const (
	quoteSameSpeaker = 0.5
	quoteAnySpeaker  = 0.8
	minQuoteWords    = 3
	minQuoteShared   = 3
)

// quotes aligns the quoted passages of quote claims across documents into
// clusters of the same passage — the same speaker and quoteSameSpeaker of
// the shorter passage's words in the other, or quoteAnySpeaker whoever is
// named — and judges each cluster once: the same words (or word-for-word
// excerpts, or two excerpts that overlap) everywhere is an agreement;
// different wording is a quote variant with a word diff; the quote given
// to different speakers (or to none) is an attribution gap. A claim whose
// quotation is several passages ("remedied 'a serious injustice', but
// held 'no ill will'") aligns passage by passage. Identical passages
// cluster by hash first, so repeated wire copy is cheap.
func (cmp *comparer) quotes() []Finding {
	q := cmp.quoteClaims()
	cl := cmp.clusterQuotes(q)
	var out []Finding
	for _, r := range cl.roots {
		pick := q.direct(cl.perDocument(r, q.docs))
		if len(pick) < 2 {
			continue
		}
		out = append(out, cmp.judgeQuotes(q, pick, cl.why[r])...)
	}
	return out
}

// quoteItems are the passages quotes aligns: for each, its claim, its
// document, its text and words, their set, its speaker's identity and its
// hash key (speaker and words).
type quoteItems struct {
	qs       []*claims.Claim
	docs     []int
	texts    []string
	words    [][]string
	sets     []wordSet
	speakers []string
	keys     []string
	// parts are each passage's words between its ellipses (partsOf),
	// split once for every pair it is compared in.
	parts [][][]string
}

// quoteClaims gathers the passages of every document's quote claims that
// alignment takes (alignedPassages).
func (cmp *comparer) quoteClaims() quoteItems {
	var q quoteItems
	for di, res := range cmp.results {
		for ci := range res.Claims {
			c := &res.Claims[ci]
			if c.Kind != claims.KindQuote {
				continue
			}
			for p, ws := range alignedPassages(res.Text.Src, c) {
				q.add(c, di, p, ws)
			}
		}
	}
	q.sets = make([]wordSet, len(q.words))
	for i, ws := range q.words {
		q.sets[i] = setOf(ws)
	}
	return q
}

// alignedPassages yields each passage of quote claim c, src its
// document's text, that quote alignment takes, with its words
// (quoteWords): minQuoteWords words or more, and not a title. Alignment
// (quoteClaims) and what the extraction cache keeps of a claim
// (takenPassages) both read it.
func alignedPassages(src string, c *claims.Claim) iter.Seq2[string, []string] {
	return func(yield func(string, []string) bool) {
		for _, p := range passages(src, c) {
			ws := quoteWords(p)
			if len(ws) < minQuoteWords || titleCased(p) {
				continue
			}
			if !yield(p, ws) {
				return
			}
		}
	}
}

// titleCased reports a quoted passage written as a title or slogan, every
// word but the small function words capitalised ("Fox News Sunday", "In
// God We Trust", "Make America Great Again"): a name in quotation marks,
// not anyone's words.
func titleCased(p string) bool {
	n := 0
	for _, w := range strings.Fields(p) {
		w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if w == "" {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsUpper(r):
			n++
		case n > 0 && english.IsFunctionWord(w):
		default:
			return false
		}
	}
	return n >= 2
}

// clusterQuotes clusters the passages that are one passage: identical ones
// by key, the rest as matchQuotes says.
func (cmp *comparer) clusterQuotes(q quoteItems) *clustered {
	return cluster(clusterItems{key: func(i int) []string { return q.keys[i : i+1] }, docs: q.docs,
		words: func(i int) wordSet { return q.sets[i] }, match: q.match, more: cmp.leftOut.quotePostings()}, cmp.focusFunc())
}

// match reports whether passages i and j are one passage: minQuoteShared
// words in common and the share of the shorter passage's words in the other
// (quoteSameSpeaker for speakers that can be one, else quoteAnySpeaker);
// with the similarity and why.
func (q quoteItems) match(i, j int) (bool, float64, string) {
	a, b := q.qs[i].Attribution.Speaker, q.qs[j].Attribution.Speaker
	ka, kb := q.speakers[i], q.speakers[j]
	same := a != "" && b != "" && (a == b || oneNamed(ka, kb))
	sim := containment(q.sets[i], q.sets[j])
	if contentShared(q.sets[i], q.sets[j]) < minQuoteShared || !(same && sim >= quoteSameSpeaker) && sim < quoteAnySpeaker {
		return false, sim, ""
	}
	w := fmt.Sprintf("%.0f%% of the shorter quote's words in the other", sim*100)
	if same {
		w = "same speaker " + a + "; " + w
	}
	return true, sim, w
}

// oneNamed reports two speaker keys that name one speaker: of one type and
// one name as sameSpeaker reads names ("Maysoon Salama" and "Madam Maysoon
// Salama"); a person is not the body another outlet names.
func oneNamed(a, b string) bool {
	ta, _, okA := strings.Cut(a, ":")
	tb, _, okB := strings.Cut(b, ":")
	return okA && okB && ta == tb && sameSpeaker(a, b)
}

// contentShared counts the words two passages share that are not
// closed-class words: "that is", "we need to" make no quote one.
func contentShared(a, b wordSet) int {
	n := 0
	for w := range sortedset.Common(a, b) {
		if !functionWord(w) {
			n++
		}
	}
	return n
}

// direct keeps, of a cluster's passages one per document (pick), the first
// and those that match it themselves: clusters chain ("a serious
// injustice" matches one quote, "no ill will" another), a finding sets side
// by side only passages that are one.
func (q quoteItems) direct(pick []int) []int {
	if len(pick) < 2 {
		return pick
	}
	out := pick[:1:1]
	for _, i := range pick[1:] {
		if q.keys[i] == q.keys[pick[0]] || q.consistent(pick[0], i) {
			out = append(out, i)
		} else if ok, _, _ := q.match(pick[0], i); ok {
			out = append(out, i)
		}
	}
	return out
}

// judgeQuotes judges one cluster's passages, one per document (pick): an
// agreement or a quote variant, and an attribution gap when the documents
// give the quote to different speakers. why is the cluster's reason, ""
// for identical quotes.
func (cmp *comparer) judgeQuotes(q quoteItems, pick []int, why string) []Finding {
	cs := make([]claims.Claim, len(pick))
	for k, i := range pick {
		cs[k] = *q.qs[i]
	}
	if why == "" {
		why = "the same words"
	}
	passages := make([]string, len(pick))
	for k, i := range pick {
		passages[k] = passageText(q.texts[i])
	}
	out := []Finding{quoteWording(q, pick, cs, why)}
	out[0].Detail.Passages = passages
	gs := make([]gapSide, len(pick))
	for k, i := range pick {
		gs[k] = gapSide{a: q.qs[i].Attribution, source: q.qs[i].Source, sentence: q.qs[i].Sentence}
	}
	// a quote's words say whose they are better than a cue nearby:
	// "officials confirmed" a letter's words is no unnamed source
	if gap := cmp.gapKind(gs); gap != "" && gap != GapUnnamedVsNamed {
		sides := claimSides(cs)
		out = append(out, Finding{Type: AttributionGap, Kind: claims.KindQuote, Why: why, Claims: cs,
			Summary: fmt.Sprintf("quote %q: %s", shorten(q.agreedText(pick), 60), describeGap(sides, gap)),
			Detail:  Detail{Gap: gap, Attributions: sides, Passages: slices.Clone(passages)}})
	}
	return out
}

// quoteWording compares the wording of one passage's versions cs (the
// passages pick): the same words, word-for-word excerpts of the first or
// excerpts overlapping it everywhere is an agreement, else the first
// version worded differently is a quote variant, with a word diff against
// the first.
func quoteWording(q quoteItems, pick []int, cs []claims.Claim, why string) Finding {
	speaker := ""
	for _, c := range cs {
		if c.Attribution.Speaker != "" {
			speaker = c.Attribution.Speaker
			break
		}
	}
	// the first version that is neither the same words nor an excerpt
	variant := -1
	for k := 1; k < len(pick); k++ {
		if !q.consistent(pick[0], pick[k]) {
			variant = k
			break
		}
	}
	if variant < 0 {
		return Finding{Type: Agreement, Kind: claims.KindQuote, Why: why, Claims: cs,
			Summary: fmt.Sprintf("quote %q — same words in %s", shorten(q.agreedText(pick), 80), sourceList(cs)),
			Detail:  Detail{Speaker: speaker}}
	}
	a, b := cs[0], cs[variant]
	return Finding{Type: QuoteVariant, Kind: claims.KindQuote, Why: why, Claims: cs,
		Summary: fmt.Sprintf("quote by %s worded differently in %s and %s", orUnknown(speaker), a.Source, b.Source),
		Detail: Detail{Speaker: speaker, Similarity: round3(containment(q.sets[pick[0]], q.sets[pick[variant]])),
			Diff: wordDiff(q.texts[pick[0]], q.texts[pick[variant]])}}
}

// agreedText is the text a finding on the passages pick names the quote
// by: the passage with the fewest words, which the others hold (the same
// words, or their excerpt), not the first claim's text, which runs on
// into the claim's other passages ("... a nuclear bomb," Netanyahu says.
// "The world tells Israel ..." is one claim of two passages).
func (q quoteItems) agreedText(pick []int) string {
	best := pick[0]
	for _, i := range pick[1:] {
		if len(q.words[i]) < len(q.words[best]) {
			best = i
		}
	}
	return passageText(q.texts[best])
}

// passageText is a passage as a finding shows it: without the comma that
// closes it before "he said".
func passageText(p string) string { return strings.TrimRight(p, ", ") }

func orUnknown(s string) string {
	if s == "" {
		return "an unnamed speaker"
	}
	return s
}

// quoteWords splits a quote into lower-case words without punctuation,
// spelt alike: accents folded ("naïve") and the letters British and
// American spelling swap (c, k, s, z: "sceptics" and "skeptics",
// "criticised" and "criticized", "offences" and "offenses") made one, so
// that spelling alone is no variant.
func quoteWords(s string) []string {
	if ws, ok := asciiQuoteWords(s); ok {
		return ws
	}
	ws := strings.FieldsFunc(foldMarks.Replace(strings.ToLower(s)), func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '-')
	})
	out := ws[:0]
	for _, w := range ws {
		// a quotation mark or dash beside a word is punctuation: "people'",
		// "people,'" and "people' -" are one word
		if w = strings.Trim(w, "'-"); w != "" {
			out = append(out, spellFold.Replace(w))
		}
	}
	return out
}

// asciiQuoteWords is quoteWords of an ASCII text, where lower-casing,
// folding and splitting are byte by byte: the words are slices of one
// folded copy, made in one pass. It reports false for any other text.
func asciiQuoteWords(s string) ([]string, bool) {
	if !isASCII(s) {
		return nil, false
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		b.WriteByte(foldQuoteByte(s[i]))
	}
	folded := b.String()
	var out []string
	asciiQuoteSpans(s, func(i, j int) bool {
		out = append(out, folded[i:j])
		return true
	})
	return out, true
}

// isASCII reports whether s is all ASCII.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// foldQuoteByte is an ASCII byte as quoteWords reads it: lower-cased,
// and the letters spellFold makes one made one.
func foldQuoteByte(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		c += 'a' - 'A'
	}
	if c == 'c' || c == 'k' || c == 'z' {
		c = 's' // spellFold
	}
	return c
}

// asciiQuoteSpans calls yield with the start and end in s, an ASCII
// text, of each word quoteWords takes from it (folding aside, which
// changes no byte's class), in order, until yield returns false: runs of
// word bytes with the apostrophes and hyphens at their ends trimmed.
func asciiQuoteSpans(s string, yield func(i, j int) bool) {
	for i := 0; i < len(s); {
		if !asciiWordByte(foldQuoteByte(s[i])) {
			i++
			continue
		}
		j := i
		for j < len(s) && asciiWordByte(foldQuoteByte(s[j])) {
			j++
		}
		lo, hi := i, j
		for lo < hi && (s[lo] == '\'' || s[lo] == '-') {
			lo++
		}
		for hi > lo && (s[hi-1] == '\'' || s[hi-1] == '-') {
			hi--
		}
		if lo < hi && !yield(lo, hi) {
			return
		}
		i = j
	}
}

// asciiWordByte reports a byte quoteWords keeps within a word: a letter
// (lower-cased), a digit, an apostrophe or a hyphen.
func asciiWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '\'' || c == '-'
}

// spellFold makes one the letters British and American spellings swap.
var spellFold = strings.NewReplacer("c", "s", "k", "s", "z", "s")

// add takes passage p of quote claim c of document di, its words ws,
// split at its ellipses once.
func (q *quoteItems) add(c *claims.Claim, di int, p string, ws []string) {
	q.qs = append(q.qs, c)
	q.docs = append(q.docs, di)
	q.texts = append(q.texts, p)
	q.words = append(q.words, ws)
	q.speakers = append(q.speakers, speakerKey(c.Attribution))
	q.keys = append(q.keys, quoteKey(c, ws))
	if ellipsed(p) {
		q.parts = append(q.parts, partsOf(p))
	} else {
		q.parts = append(q.parts, [][]string{ws})
	}
}

// quoteKey is the key a passage of words ws of quote claim c clusters by:
// the speaker and the words.
func quoteKey(c *claims.Claim, ws []string) string {
	return c.Attribution.Speaker + "\x00" + strings.Join(ws, " ")
}

// consistent reports two renderings of passages i and j that disagree in
// no word: the same words, the shorter standing word for word inside the
// longer, two excerpts that overlap (one starts inside the other and runs
// on past its end: "The jury ... ought to have entertained a doubt as to
// the man's guilt" and "ought to have had a doubt as to the
// man's guilt on each of the charges"), or one whose
// ellipses mark what it leaves out of the other ("his dismissal at this
// critical moment... is a destabilising move").
func (q quoteItems) consistent(i, j int) bool {
	if len(q.words[i]) > 0 && slices.Equal(q.words[i], q.words[j]) {
		return true
	}
	return within(q.parts[i], q.words[j]) || within(q.parts[j], q.words[i])
}

// partsOf are the words of a passage's parts between its ellipses, the
// parts without words left out.
func partsOf(a string) [][]string {
	var out [][]string
	for _, part := range ellipsis.Split(a, -1) {
		if w := quoteWords(part); len(w) > 0 {
			out = append(out, w)
		}
	}
	return out
}

// ellipsed reports a passage that may hold an ellipsis: a "…", or two
// dots side by side or a space apart (the test ellipsis makes is left to
// partsOf).
func ellipsed(p string) bool {
	return strings.ContainsRune(p, '…') || strings.Contains(p, "..") || strings.Contains(p, ". .")
}

// within reports whether each of a passage's parts (partsOf) stands in
// words b, as an excerpt or overlapping one end.
func within(parts [][]string, b []string) bool {
	for _, w := range parts {
		if !excerpt(w, b) && !overlapping(w, b) {
			return false
		}
	}
	return len(parts) > 0
}

// ellipsis is the mark of words left out of a quotation.
var ellipsis = regexp.MustCompile(`\.\s?\.\s?\.|…`)

// overlapping reports two word lists of which one starts inside the other
// and runs on past its end, sharing at least minRun words.
func overlapping(a, b []string) bool {
	ia, ib, n := commonRun(a, b)
	const minRun = 4
	return n >= minRun && (ia == 0 || ib == 0) && (ia+n == len(a) || ib+n == len(b))
}

// excerpt reports whether the shorter word list stands, word for word,
// inside the longer one.
func excerpt(a, b []string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	return strings.Contains(" "+strings.Join(b, " ")+" ", " "+strings.Join(a, " ")+" ")
}

// commonRun is the longest run of words a and b share, where it starts in
// each and its length.
func commonRun(a, b []string) (int, int, int) {
	prev, cur := make([]int, len(b)+1), make([]int, len(b)+1)
	ia, ib, best := 0, 0, 0
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			cur[j] = 0
			if a[i-1] == b[j-1] {
				cur[j] = prev[j-1] + 1
				if cur[j] > best {
					best, ia, ib = cur[j], i-cur[j], j-cur[j]
				}
			}
		}
		prev, cur = cur, prev
	}
	return ia, ib, best
}

// passages splits a quote claim into the quoted passages it joins, as its
// source text quotes them: "remedied “a serious injustice”, but that he
// held “no ill will”" is two. A passage runs from an opening quotation
// mark to its closing one (a paragraph that reopens a quotation
// continues it); the claim's text when the marks cannot be paired.
func passages(src string, c *claims.Claim) []string {
	if c.Span.Start < 0 || c.Span.End > len(src) || c.Span.Start >= c.Span.End {
		return []string{c.Text}
	}
	var out []string
	var cur strings.Builder
	in, between := false, false
	for _, r := range src[c.Span.Start:c.Span.End] {
		switch {
		case r == '“' || r == '„' || r == '"' && !in:
			if between && cur.Len() > 0 {
				out = append(out, cur.String())
				cur.Reset()
			}
			in, between = true, false
		case r == '”' || r == '"' && in:
			in = false
		case in:
			cur.WriteRune(r)
		case unicode.IsLetter(r):
			between = true
		}
	}
	if cur.Len() > 0 {
		out = append(out, cur.String())
	}
	if len(out) < 2 || !slices.Equal(quoteWords(strings.Join(out, " ")), quoteWords(c.Text)) {
		return []string{c.Text}
	}
	return out
}

// wordDiff diffs two texts word by word with go-diff: each word is mapped
// to one rune, the rune strings are diffed, and the runes mapped back.
func wordDiff(a, b string) []DiffOp {
	ids := map[string]rune{}
	var vocab []string
	encode := func(s string) []rune {
		var out []rune
		for _, w := range strings.Fields(s) {
			id, ok := ids[w]
			if !ok {
				id = rune(len(vocab) + 0xE000) // private-use runes, never in text
				ids[w] = id
				vocab = append(vocab, w)
			}
			out = append(out, id)
		}
		return out
	}
	ra, rb := encode(a), encode(b)
	dmp := diffmatchpatch.New()
	diffs := dmp.DiffMainRunes(ra, rb, false)
	var out []DiffOp
	for _, d := range diffs {
		var ws []string
		for _, r := range d.Text {
			ws = append(ws, vocab[r-0xE000])
		}
		op := "equal"
		switch d.Type {
		case diffmatchpatch.DiffInsert:
			op = "insert"
		case diffmatchpatch.DiffDelete:
			op = "delete"
		}
		out = append(out, DiffOp{Op: op, Text: strings.Join(ws, " ")})
	}
	return out
}
