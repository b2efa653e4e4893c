// Package mention recognises quantities, percentages, money, rates, ages,
// dates and durations in a segmented article. The recognisers run in one
// left-to-right pass over the tokens; each mention covers a run of tokens and
// carries its value with the bounds its qualifiers give ("more than 50" is a
// lower bound, "about 5,200" an approximation), never dropping them.
package mention

import (
	"strings"
	"time"

	"github.com/claimdiff/claimdiff/claims/english"
	"github.com/claimdiff/claimdiff/claims/names"
	"github.com/claimdiff/claimdiff/claims/phrase"
	"github.com/claimdiff/claimdiff/claims/segment"
	"github.com/claimdiff/claimdiff/claims/wordset"

	"github.com/claimdiff/claimdiff/internal/textarena"
)

// Type names what a mention measures. The names are part of the JSON contract.
type Type string

// The mention types.
const (
	Number   Type = "number"
	Percent  Type = "percent"
	Money    Type = "money"
	Quantity Type = "quantity" // a number with a unit: "2.1 million barrels per day"
	Date     Type = "date"
	Duration Type = "duration"
	Age      Type = "age"
)

// Bound says how a value relates to its number. The names are part of the
// JSON contract.
type Bound string

// The bounds a qualifier can give a value.
const (
	Exact    Bound = "exact"
	About    Bound = "about"
	AtLeast  Bound = "at-least"
	MoreThan Bound = "more-than"
	AtMost   Bound = "at-most"
	LessThan Bound = "less-than"
	Range    Bound = "range"
)

// Value is a number with its bounds and unit. Low and High are nil where the
// value is unbounded on that side; for Exact both are nil and Number is the value.
type Value struct {
	Number float64  `json:"number"`
	Low    *float64 `json:"low"`
	High   *float64 `json:"high"`
	Bound  Bound    `json:"bound"`
	Unit   string   `json:"unit"`
	// Vague is set for quantities such as "dozens" or "tens of thousands",
	// whose Number is the low end of a conventional range.
	Vague bool `json:"vague,omitempty"`
}

// DateValue is a calendar interval. Start and End are ISO 8601 dates
// (YYYY-MM-DD), or "--MM-DD" when the year is unknown; End is inclusive.
type DateValue struct {
	Start        string `json:"start"`
	End          string `json:"end"`
	YearInferred bool   `json:"year_inferred"`
	// Precision is day, month or year.
	Precision string `json:"precision,omitempty"`
}

// Mention is one recognised quantity, date or duration: the tokens
// [First, Last) of the article.
type Mention struct {
	Type        Type
	First, Last int
	Value       *Value
	Date        *DateValue
	// Person is the token range of the person an age belongs to
	// ("Justine Baez, 24"), or {-1, -1}.
	Person [2]int
}

// Lexicon holds the vocabulary the recognisers take from the rules file.
type Lexicon struct {
	// Units maps unit phrases ("barrels per day", "bpd") to a unit name
	// ("barrels/day"). Quantities with these units have type Quantity.
	Units *phrase.Set[string]
	// Currencies names the currencies of money amounts ("$", "dollars").
	Currencies *Currencies
	// Names finds the name an age belongs to ("Ervin Clinton Jr., 36").
	Names *names.Scanner
}

// currencies returns the lexicon's currencies, nil when it has none.
func (r *recogniser) currencies() *Currencies {
	if r.lex == nil {
		return nil
	}
	return r.lex.Currencies
}

// nameScanner returns the lexicon's name scanner, nil (no particles or
// suffixes) when it has none.
func (r *recogniser) nameScanner() *names.Scanner {
	if r.lex == nil {
		return nil
	}
	return r.lex.Names
}

// Options anchor recognition to a document.
type Options struct {
	// Published anchors relative dates ("yesterday", "Thursday") and years
	// left out ("December 27"). Zero means unknown.
	Published time.Time
}

// Recognise finds every mention in txt, in token order and non-overlapping.
func Recognise(txt *segment.Text, lex *Lexicon, opt Options) []Mention {
	r := recogniser{txt: txt, toks: txt.Tokens, lex: lex, pub: opt.Published, opens: opens}
	if f := r.currencies().firsts(); f != nil {
		r.opens.Join(f)
	}
	var out []Mention
	for _, s := range txt.Sentences {
		r.first, r.limit = s.First, s.Last
		for i := r.mayOpen(s.First); i < s.Last; i = r.mayOpen(i) {
			// mayOpen has passed over the tokens no mention may start at
			switch t := &txt.Tokens[i]; {
			case t.Kind == segment.Number: // it may start a mention, or a gallery counter
				if n := r.skipCaption(i); n > 0 {
					i += n
					continue
				}
			case !r.couldStart(t, i):
				i++
				continue
			}
			if n := r.unreadable(i); n > 0 {
				i += n
				continue
			}
			m, ok := r.at(i)
			if !ok {
				i++
				continue
			}
			if n := len(out); n > 0 && r.conversion(out[n-1], m) {
				i = m.Last // the same figure in another unit: "50mph (85km/h)"
				continue
			}
			out = append(out, m)
			i = m.Last
		}
	}
	return out
}

// mayOpen returns the first token from i before the sentence's limit at
// which a mention may start, the limit for none: a number, a token the
// openers' filter lets through, or a hyphenated number word. Recognise
// asks the readers at each token it returns (the tests of its switch
// first), and passes over the others (most words, and most marks) in this
// loop, which keeps what it reads in registers: a token it passes is one
// couldStart would turn away, and a new way for a mention to start must
// be let through here too.
func (r *recogniser) mayOpen(i int) int {
	toks := r.toks[:r.limit]
	for ; i < len(toks); i++ {
		t := &toks[i]
		if t.Kind == segment.Number || r.opens.MayKey(t.Key) || t.Kind == segment.Word && numberHeaded(t.Norm) {
			return i
		}
	}
	return len(toks)
}

// conversion reports a measure in brackets right after another of the same
// type, the same figure in other units: "50mph (85km/h)", "$100 (£80)",
// "S$1.2 million (US$870,000)". It is not a second figure.
func (r *recogniser) conversion(prev, m Mention) bool {
	if (m.Type != Quantity && m.Type != Money) || prev.Type != m.Type {
		return false
	}
	open, close := m.First-1, m.Last
	return open == prev.Last && close < r.limit &&
		r.toks[open].Norm == "(" && r.toks[close].Norm == ")"
}

// recogniser is the state of one Recognise call.
type recogniser struct {
	txt   *segment.Text
	toks  []segment.Token
	first int // start of the current sentence
	// ageList is the end of the last age in a list ("ages 18, 19 and 27"),
	// so the ages after it are read as ages too; 0 outside a list.
	ageList int
	lex     *Lexicon
	pub     time.Time
	limit   int // end of the current sentence (exclusive token index)
	// opens joins the filters of the words a mention may open with: the
	// starters, the qualifiers and the currencies. Most tokens are turned
	// away by it at once, not by each set's filter in turn.
	opens wordset.Filter
	// last is the number read last (number), which the age and the
	// quantity readers both ask for at a candidate token.
	last lastNumber
	// values, dates and texts hold what the mentions point to, made in
	// chunks (newValue, newDate, iso).
	values slab[Value]
	dates  slab[DateValue]
	texts  textarena.Arena
}

// newValue returns a pointer to a copy of v, made in r's chunks.
func (r *recogniser) newValue(v Value) *Value { return r.values.new(v) }

// newDate returns a pointer to a copy of d, made in r's chunks.
func (r *recogniser) newDate(d DateValue) *DateValue { return r.dates.new(d) }

// lastNumber is a number read at token i in a sentence ending at limit.
type lastNumber struct {
	i, limit int
	n        num
	ok, set  bool
}

func (r *recogniser) norm(i int) string {
	if i < 0 || i >= r.limit {
		return ""
	}
	return r.toks[i].Norm
}

// at tries every recogniser at token i, most specific first.
func (r *recogniser) at(i int) (Mention, bool) {
	if m, ok := r.date(i); ok {
		return m, true
	}
	if m, ok := r.quantity(i); ok {
		return m, true
	}
	return Mention{}, false
}

// starters are the words a mention can begin with; every other word token
// is passed over, most of them by the set's filter, without hashing.
var starters = func() *wordset.Set {
	s := wordset.New(strings.Fields(`a an half between from aged age ages tens hundreds yesterday today tonight
		this last us c`)...)
	for _, set := range []*wordset.Map[float64]{ones, tens} {
		for w := range set.All() {
			s.Add(w)
		}
	}
	for w := range vagues.All() {
		s.Add(w)
	}
	for _, w := range english.DateWords() {
		s.Add(w)
	}
	return s
}()

// opens joins the filters of the starters and the qualifiers, the words
// a mention may open with whatever the currencies (recogniser.opens).
var opens = func() (f wordset.Filter) {
	f.Join(starters.Filter())
	f.Join(prefixQualifiers.Firsts())
	return f
}()

// unreadable returns how many tokens from i make a number that is not
// read right, so no part of it becomes a quantity: a negative number ("-5
// weeks"), a fraction or ratio not before a scale word ("24/7", "9/11"),
// one group of digits after a number ("5 200": 5,200 or two numbers?), a
// range whose ends are reversed ("between 100 and 50"). 0 when there is
// none. Dates are recognised before it ("1/2/2020" never gets here).
func (r *recogniser) unreadable(i int) int {
	t := &r.toks[i]
	switch {
	case t.Kind == segment.Number && r.negative(i):
		if n, ok := r.number(i); ok {
			return n.n
		}
		return 1
	case t.Kind == segment.Number && r.slashAfter(i):
		if _, ok := r.fraction(i); ok {
			return 0
		}
		if _, ok := r.date(i); ok {
			return 0
		}
		n := 3
		for r.slashAfter(i + n - 1) {
			n += 2
		}
		return n
	case plainInt(t) && r.spaceGroups(i) == 1 && (i+2 >= r.limit || !r.slashAfter(i+1)):
		return 2
	case t.Norm == "between" || t.Norm == "from":
		if lo, hi, end, ok := r.rangeParts(i+1, t.Norm); ok && hi < lo {
			return end - i
		}
	}
	return 0
}

// negative reports a minus sign stuck to the number at i and not to a
// word before it: "-5", "−5", but not "COVID-19" or "50-60".
func (r *recogniser) negative(i int) bool {
	if i == 0 {
		return false
	}
	m := &r.toks[i-1]
	return (m.Norm == "-" || m.Norm == "−") && m.End == r.toks[i].Start && (i == 1 || r.toks[i-2].End < m.Start)
}

// couldStart is a cheap test that t, token i, may begin a mention, asked
// of a token mayOpen stopped at that is no number (Recognise answers for
// those): a hyphenated number word, a starter or a
// currency's first word that may open one (opensAt), or a qualifier
// ("in excess of", "at least") read whole. A qualifier's first word that
// is none of the others ("in", "at", "not") starts a mention only with
// its qualifier, so without it the readers are not asked.
func (r *recogniser) couldStart(t *segment.Token, i int) bool {
	if t.Kind == segment.Word && numberHeaded(t.Norm) {
		return true
	}
	return r.opensAt(t, i) || r.qualifierAt(i)
}

// opensAt reports whether t, token i, a starter or a currency's first
// word, may open a mention by itself (not as a qualifier's first word).
// The commonest starters open one only before a few words, which the
// readers ask for next (wordOpens); elsewhere they are turned away here,
// unless they are a currency's there ("A$5").
func (r *recogniser) opensAt(t *segment.Token, i int) bool {
	if !starters.HasKey(t.Key, t.Norm) && !r.currencies().starts(t.Norm) {
		return false
	}
	if opens, known := wordOpens(t.Norm, r.norm(i+1)); known && !opens {
		c, _ := r.currencyAt(i)
		return c != ""
	}
	return true
}

// wordOpens reports whether starter w, before the word next, may open a
// mention, for the starters it knows (known): "a" or "an" count one
// before "hundred", "dozen" or a scale word ("a million": spelledPrefix)
// and last one of a duration's unit ("a decade": quantity); "this" and
// "last" open a relative date before the words relative reads ("this
// week", "last night"); "us" opens only a currency ("US$": currencyAt,
// which opensAt asks). TestWordOpens holds it to the readers.
func wordOpens(w, next string) (opens, known bool) {
	switch w {
	case "a", "an":
		_, unit := durationUnits[next]
		return next == "hundred" || next == "dozen" || at(scales, next) > 0 && !strings.HasSuffix(next, "s") || unit, true
	case "this":
		return next == "morning" || next == "afternoon" || next == "evening" || next == "week", true
	case "last":
		return next == "night" || next == "week" || next == "month" || next == "year", true
	case "us":
		return false, true
	}
	return false, false
}

// qualifierAt reports whether a qualifier phrase is whole at token i
// (Longest turns away a word that starts none by the set's first-word
// filter and table). A word that is no qualifier of one word, before one
// that is no qualifier's second word (qualifierOnes, qualifierSeconds:
// "in the", "at a"), is turned away first, unsearched.
func (r *recogniser) qualifierAt(i int) bool {
	if !qualifierOnes.MayKey(r.toks[i].Key) && (i+1 >= r.limit || !qualifierSeconds.MayKey(r.toks[i+1].Key)) {
		return false
	}
	_, n := prefixQualifiers.Longest(r.toks, i, r.limit)
	return n > 0
}

// numberHeaded reports a word whose part before its first hyphen is a
// number word, "twenty-five", "one-third": such a word starts with one of
// their first letters and is four bytes long at least (the shortest, "one",
// and the hyphen), so most words are turned away by their first byte or
// length, unsearched.
func numberHeaded(w string) bool {
	return len(w) >= 4 && headFirst[w[0]] && hyphenHeaded(w)
}

// hyphenHeaded reports a word whose part before its first hyphen is a
// number word.
func hyphenHeaded(w string) bool {
	if k := strings.IndexByte(w, '-'); k > 0 {
		head := w[:k]
		_, one := ones.Get(head)
		_, ten := tens.Get(head)
		return one || ten
	}
	return false
}

// headFirst holds the first bytes of the number words (ones, tens).
var headFirst = func() (f [256]bool) {
	for _, set := range []*wordset.Map[float64]{ones, tens} {
		for w := range set.All() {
			f[w[0]] = true
		}
	}
	return f
}()

// skipCaption recognises photo-gallery counters such as "1 of 1 2 of 5"
// and returns how many tokens to skip (0 when there is none).
func (r *recogniser) skipCaption(i int) int {
	j := i
	for j+2 < r.limit && r.toks[j].Kind == segment.Number && r.toks[j+1].Norm == "of" && r.toks[j+2].Kind == segment.Number {
		j += 3
	}
	if j == i {
		return 0
	}
	// A single "3 of 5" followed by a word is prose ("3 of 5 victims").
	if j-i == 3 && j < r.limit && r.toks[j].Kind == segment.Word {
		return 0
	}
	return j - i
}

func f64(v float64) *float64 { return &v }
