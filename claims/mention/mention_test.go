package mention

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/claimdiff/claimdiff/claims/names"
	"github.com/claimdiff/claimdiff/claims/phrase"
	"github.com/claimdiff/claimdiff/claims/segment"
	"github.com/claimdiff/claimdiff/claims/wordset"
)

func testLexicon() *Lexicon {
	u := phrase.New[string]()
	for _, p := range []string{"barrels per day", "barrels of oil per day", "bpd", "barrels a day"} {
		u.Add(p, "barrels/day")
	}
	for _, p := range []string{"mph", "km/h", "km", "miles"} {
		u.Add(p, p)
	}
	for _, p := range []string{"feet", "foot", "ft"} {
		u.Add(p, "feet")
	}
	c := &Currencies{}
	for code, names := range map[string]string{"USD": "$ US$ dollar dollars usd", "GBP": "£ pound pounds sterling gbp",
		"EUR": "€ euro euros eur", "JPY": "¥ yen", "INR": "₹ rupees", "CNY": "yuan", "IRR": "rials", "SAR": "riyals",
		"AUD": "A$", "CAD": "C$"} {
		for _, n := range strings.Fields(names) {
			if err := c.Add(n, code); err != nil {
				panic(err)
			}
		}
	}
	return &Lexicon{Units: u, Currencies: c, Names: names.NewScanner([]string{"bin", "van"}, []string{"Jr.", "Sr.", "III"})}
}

func recognise(src string, pub time.Time) []string {
	txt := segment.Segment(src, segment.Options{})
	var out []string
	for _, m := range Recognise(txt, testLexicon(), Options{Published: pub}) {
		out = append(out, Describe(txt, m))
	}
	return out
}

var pub = time.Date(2020, 1, 3, 12, 0, 0, 0, time.UTC)

// TestRecognise runs the cases of testdata/recognise.txt: each text must
// yield exactly the mentions listed under it.
func TestRecognise(t *testing.T) {
	data, err := os.ReadFile("testdata/recognise.txt")
	if err != nil {
		t.Fatal(err)
	}
	cases, err := readCases(string(data))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range cases {
		t.Run(tc.src, func(t *testing.T) {
			got := recognise(tc.src, pub)
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("recognise.txt:%d: got\n  %s\nwant\n  %s", tc.line, strings.Join(got, "\n  "), strings.Join(tc.want, "\n  "))
			}
		})
	}
}

// recogniseCase is a text and the mentions it must yield.
type recogniseCase struct {
	line int
	src  string
	want []string
}

// readCases parses the format of testdata/recognise.txt: a text on a line
// of its own (in Go quotes when it starts with one), then "=> " lines;
// lines starting with "#" and blank lines are passed over.
func readCases(data string) ([]recogniseCase, error) {
	var out []recogniseCase
	for i, line := range strings.Split(data, "\n") {
		switch {
		case strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#"):
		case strings.HasPrefix(line, "=> "):
			if len(out) == 0 {
				return nil, fmt.Errorf("line %d: an answer before any text", i+1)
			}
			out[len(out)-1].want = append(out[len(out)-1].want, strings.TrimPrefix(line, "=> "))
		case strings.HasPrefix(line, `"`):
			src, err := strconv.Unquote(line)
			if err != nil {
				return nil, fmt.Errorf("line %d: %v", i+1, err)
			}
			out = append(out, recogniseCase{line: i + 1, src: src})
		default:
			out = append(out, recogniseCase{line: i + 1, src: line})
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no cases")
	}
	return out, nil
}

// TestReadCases: a wrong answer in the data fails the test (the reader
// keeps each answer with its text).
func TestReadCases(t *testing.T) {
	cases, err := readCases("# c\nfour killed\n=> number \"four\" 4 exact\n\n\"a\\u00a0b\"\nno answer\n")
	if err != nil {
		t.Fatal(err)
	}
	if len(cases) != 3 || cases[0].src != "four killed" || len(cases[0].want) != 1 || cases[1].src != "a\u00a0b" || cases[2].want != nil || cases[2].line != 6 {
		t.Errorf("readCases = %+v", cases)
	}
	if _, err := readCases("=> number\n"); err == nil {
		t.Error("an answer without a text was taken")
	}
}

func TestUnknownYear(t *testing.T) {
	got := recognise("On December 27th", time.Time{})
	want := `date "December 27th" --12-27`
	if len(got) != 1 || got[0] != want {
		t.Errorf("got %q want %q", got, want)
	}
}

// TestWordsForRules: what the rules loader asks of the recognisers.
func TestWordsForRules(t *testing.T) {
	for w, want := range map[string]bool{"four": true, "nineteen": true, "ninety": true, "dozens": true,
		"hundred": true, "one": false, "scores": false, "killed": false} {
		if IsNumberWord(w) != want {
			t.Errorf("IsNumberWord(%q) = %v", w, !want)
		}
	}
	for w, want := range map[string]bool{"percent": true, "million": true, "days": false, "people": false} {
		if FoldsIntoQuantity(w) != want {
			t.Errorf("FoldsIntoQuantity(%q) = %v", w, !want)
		}
	}
	units := strings.Join(BuiltinUnits(), " ")
	if units != "% century day days decade hour minute month months pp second week weeks year years" {
		t.Errorf("BuiltinUnits() = %s", units)
	}
}

func TestCurrencies(t *testing.T) {
	c := &Currencies{}
	for _, bad := range []string{"", "u s", "$us", "us$x", "fr.", "#"} {
		if err := c.Add(bad, "USD"); err == nil {
			t.Errorf("Add(%q) took it", bad)
		}
	}
	for _, n := range []string{"$", "US$", "Dollars"} {
		if err := c.Add(n, "USD"); err != nil {
			t.Fatal(err)
		}
	}
	if code, ok := c.Word("dollars"); !ok || code != "USD" {
		t.Errorf("Word(dollars) = %q, %v", code, ok)
	}
	if _, ok := c.Word("$"); ok {
		t.Error("a symbol is no word")
	}
	if code, ok := c.prefixedSymbol("us", "$"); !ok || code != "USD" || !c.starts("us") || !c.starts("$") {
		t.Error("US$ is the prefix us and the symbol $")
	}
	d := c.Clone()
	if err := d.Add("£", "GBP"); err != nil {
		t.Fatal(err)
	}
	if !d.starts("£") || !d.starts("us") || c.starts("£") || c.starts("dollars") {
		t.Error("starts: a clone knows its own symbols and prefixes, and words start nothing")
	}
	if _, ok := c.Symbol("£"); ok || strings.Join(d.Codes(), " ") != "GBP USD" {
		t.Errorf("Clone shares its maps: %v %v", c.Codes(), d.Codes())
	}
	var none *Currencies
	if _, ok := none.Word("dollars"); ok || none.starts("$") {
		t.Error("nil knows no currency")
	}
}

// TestCouldStart checks the cheap test Recognise asks before the readers:
// a qualifier's first word that is no starter is a candidate only with
// its qualifier whole, while a starter, a currency and a number word are
// candidates as they stand.
func TestCouldStart(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"in excess of 40 tonnes", true},
		{"in the valley", false},
		{"at least 12 boats", true},
		{"at the harbour", false},
		{"not more than 9 cars", true},
		{"not yet", false},
		{"over 30 sheep", true},
		{"a dozen eggs", true},
		{"a farmer", false},
		{"a decade ago", true},
		{"A$5 fee", true},
		{"this week", true},
		{"this farmer", false},
		{"last night", true},
		{"US$5 fee", true},
		{"US farmers", false},
		{"twenty-two hens", true},
		{"$5 fee", true},
		{"the river", false},
	} {
		txt := segment.Segment(c.text, segment.Options{})
		r := recogniser{txt: txt, toks: txt.Tokens, lex: testLexicon(), opens: opens, limit: len(txt.Tokens)}
		if f := r.currencies().firsts(); f != nil {
			r.opens.Join(f)
		}
		if got := r.couldStart(&txt.Tokens[0], 0); got != c.want {
			t.Errorf("couldStart(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestWordOpens holds wordOpens to the readers: wherever a starter it
// knows opens a mention (recogniser.at finds one at it), before any word
// the readers know and any word after that, couldStart must let it be
// read.
func TestWordOpens(t *testing.T) {
	nexts := []string{"hundred", "dozen", "old", "ago", "$", "£", "€", "few", "couple", "lot", "half",
		"morning", "afternoon", "evening", "night", "week", "month", "year", "day", "decade", "farmer", "5", "-"}
	for w := range durationUnits {
		nexts = append(nexts, w)
	}
	for _, set := range []*wordset.Map[float64]{ones, tens, scales} {
		for w := range set.All() {
			nexts = append(nexts, w)
		}
	}
	for w := range vagues.All() {
		nexts = append(nexts, w)
	}
	for w := range ageUnitWords {
		nexts = append(nexts, w)
	}
	lex := testLexicon()
	for _, w := range []string{"a", "an", "this", "last", "us"} {
		if _, known := wordOpens(w, ""); !known {
			t.Fatalf("wordOpens does not know %q", w)
		}
		for _, first := range []string{w, strings.ToUpper(w[:1]) + w[1:], strings.ToUpper(w)} {
			for _, next := range nexts {
				for _, glue := range []string{" ", ""} {
					for _, third := range []string{"ago", "old", "5", "of", "people", "-old"} {
						text := first + glue + next + " " + third + " 12 farmers"
						txt := segment.Segment(text, segment.Options{})
						r := recogniser{txt: txt, toks: txt.Tokens, lex: lex, opens: opens, limit: len(txt.Tokens), pub: pub}
						if f := r.currencies().firsts(); f != nil {
							r.opens.Join(f)
						}
						if _, ok := r.at(0); ok && !r.couldStart(&txt.Tokens[0], 0) {
							t.Errorf("%q: a mention at %q, which couldStart turns away", text, first)
						}
					}
				}
			}
		}
	}
}

// TestQualifierAtFilters holds qualifierAt's filters to the qualifiers:
// every qualifier, whole before a number, is found, whatever its length.
func TestQualifierAtFilters(t *testing.T) {
	for _, q := range prefixQualifiers.Words() {
		txt := segment.Segment(q+" 5", segment.Options{})
		r := recogniser{txt: txt, toks: txt.Tokens, limit: len(txt.Tokens)}
		if !r.qualifierAt(0) {
			t.Errorf("qualifierAt turns away the qualifier %q", q)
		}
	}
}
