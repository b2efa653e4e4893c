package mention

import (
	"strings"
	"testing"
	"time"

	"github.com/claimdiff/claimdiff/claims/phrase"
	"github.com/claimdiff/claimdiff/claims/segment"
)

func testLexicon() *Lexicon {
	u := phrase.New[string]()
	for _, p := range []string{"barrels per day", "barrels of oil per day", "bpd", "barrels a day"} {
		u.Add(p, "barrels/day")
	}
	for _, p := range []string{"mph", "km/h", "km", "miles"} {
		u.Add(p, p)
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
	return &Lexicon{Units: u, Currencies: c}
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

func TestRecognise(t *testing.T) {
	tests := []struct {
		src  string
		want []string
	}{
		// digits, separators, decimals, scales
		{"About 5,200 American soldiers", []string{`number "About 5,200" 5200 about`}},
		{"2.1 million barrels per day", []string{`quantity "2.1 million barrels per day" 2100000 barrels/day exact`}},
		{"3.7 million barrels of oil per day", []string{`quantity "3.7 million barrels of oil per day" 3700000 barrels/day exact`}},
		{"output of 300,000 bpd", []string{`quantity "300,000 bpd" 300000 barrels/day exact`}},
		{"9,99,999 rupees", []string{`money "9,99,999 rupees" 999999 INR exact`}},
		{"version 1.2.3 and 1e400", nil},
		// units glued to the number, over several tokens; a conversion in
		// brackets is the same figure, not a second one
		{"winds of 85km/h", []string{`quantity "85km/h" 85 km/h exact`}},
		{"winds of 50mph (85km/h) at landfall", []string{`quantity "50mph" 50 mph exact`}},
		{"a cost of $100 (£80) each", []string{`money "$100" 100 USD exact`}},
		{"5 miles (8 km) away", []string{`quantity "5 miles" 5 miles exact`}},
		{"3 people (four dead)", []string{`number "3" 3 exact`, `number "four" 4 exact`}},
		// spelled-out
		{"four killed", []string{`number "four" 4 exact`}},
		{"fifty-six people", []string{`number "fifty-six" 56 exact`}},
		{"two hundred and fifty homes", []string{`number "two hundred and fifty" 250 exact`}},
		{"a dozen rockets", []string{`number "a dozen" 12 exact`}},
		{"half a million refugees", []string{`number "half a million" 500000 exact`}},
		{"tens of thousands marched", []string{`number "tens of thousands" 20000..99999 range`}},
		{"dozens of people", []string{`number "dozens" 24..99 range`}},
		{"scores of homes", []string{`number "scores" 40..99 range`}},
		// qualifiers
		{"more than 50 died", []string{`number "more than 50" 50 more-than`}},
		{"at least 63 people", []string{`number "at least 63" 63 at-least`}},
		{"up to 20 rockets", []string{`number "up to 20" 20 at-most`}},
		{"fewer than 10 people", []string{`number "fewer than 10" 10 less-than`}},
		{"population in excess 80 million", []string{`number "in excess 80 million" 80000000 more-than`}},
		{"5,000 or so troops", []string{`number "5,000 or so" 5000 about`}},
		{"nearly 300 people", []string{`number "nearly 300" 300 about`}},
		{"between 50 and 60 people", []string{`number "between 50 and 60" 50..60 range`}},
		// numbers that must be read right or not at all (#18 item 18)
		{"about 1/2 million troops", []string{`number "about 1/2 million" 500000 about`}},
		{"3/4 billion dollars", []string{`money "3/4 billion dollars" 750000000 USD exact`}},
		{"24/7 coverage of 9/11 and 1/2 troops", nil},
		{"1 000 000 troops", []string{`number "1 000 000" 1000000 exact`}},
		{"1 000 000 troops", []string{`number "1\u00a0000\u00a0000" 1000000 exact`}},
		{"1.000.000 soldiers", []string{`number "1.000.000" 1000000 exact`}},
		{"5 200 troops", nil},
		{"one hundred thousand million billion trillion troops", nil},
		{"a thousand million people", []string{`number "a thousand million" 1000000000 exact`}},
		{"one thousand two hundred million people", []string{`number "one thousand two hundred million" 1200000000 exact`}},
		{"one million two hundred thousand people", []string{`number "one million two hundred thousand" 1200000 exact`}},
		{"it lasted -5 weeks", nil},
		{"it lasted −5 weeks", nil},
		{"COVID-19 killed 5 people", []string{`number "5" 5 exact`}},
		{"Between 100 and 50 people", nil},
		{"from 60 to 50 people", nil},
		{"50-60 people", []string{`number "50-60" 50..60 range`}},
		{"50 to 60 people", []string{`number "50 to 60" 50..60 range`}},
		// percent, money
		{"prices spiked by four percent", []string{`percent "four percent" 4 % exact`}},
		{"up 4% and 3 per cent", []string{`percent "4%" 4 % exact`, `percent "3 per cent" 3 % exact`}},
		{"a rise of 2 percentage points", []string{`percent "2 percentage points" 2 pp exact`}},
		{"more than $50bn", []string{`money "more than $50bn" 50000000000 USD more-than`}},
		{"$1.5 billion", []string{`money "$1.5 billion" 1500000000 USD exact`}},
		{"US$20 million", []string{`money "US$20 million" 20000000 USD exact`}},
		{"£3m and €4", []string{`money "£3m" 3000000 GBP exact`, `money "€4" 4 EUR exact`}},
		{"50 million dollars", []string{`money "50 million dollars" 50000000 USD exact`}},
		// ages
		{"a 62-year-old man", []string{`age "62-year-old" 62 years exact`}},
		{"Justine Baez, 24, of Newark", []string{`age "24" 24 years exact person="Justine Baez"`}},
		{"the victim, aged 25, died", []string{`age "aged 25" 25 years exact`}},
		{"Spc. Ivan Lopez, 34, and others", []string{`age "34" 34 years exact person="Ivan Lopez"`}},
		{"Police seek Ervin Clinton Jr., 36, of Newark", []string{`age "36" 36 years exact person="Ervin Clinton Jr."`}},
		{"victims, all men ages 18, 19 and 27, came", []string{`age "ages 18" 18 years exact`, `age "19" 19 years exact`, `age "27" 27 years exact`}},
		{"a 74-page manifesto", []string{`quantity "74-page" 74 page exact`}},
		{"a nine-day trip", []string{`duration "nine-day" 9 day exact`}},
		{"two-thirds of voters", nil},
		{"He entered a second building", nil},
		// dates
		{"On 9 November, militias fired", []string{`date "9 November" 2019-11-09 (year inferred)`}},
		{"the attack on December 27th", []string{`date "December 27th" 2019-12-27 (year inferred)`}},
		{"on Dec. 27 they", []string{`date "Dec. 27" 2019-12-27 (year inferred)`}},
		{"in November 2019", []string{`date "November 2019" 2019-11-01..2019-11-30`}},
		{"the Nov. 5 2009 shooting", []string{`date "Nov. 5 2009" 2009-11-05`}},
		{"on April 2, 2014, Lopez", []string{`date "April 2, 2014" 2014-04-02`}},
		{"between December 2018 and March 2019", []string{`date "between December 2018 and March 2019" 2018-12-01..2019-03-31`}},
		{"In 2018, Soleimani", []string{`date "2018" 2018-01-01..2018-12-31`}},
		{"it ceased in May in response", []string{`date "May" 2019-05-01..2019-05-31 (year inferred)`}},
		{"yesterday and last night", []string{`date "yesterday" 2020-01-02 (year inferred)`, `date "last night" 2020-01-02 (year inferred)`}},
		{"on Thursday afternoon", []string{`date "Thursday afternoon" 2020-01-02 (year inferred)`}},
		{"last week", []string{`date "last week" 2019-12-23..2019-12-29 (year inferred)`}},
		{"February 30 is no date", nil},
		{"on 2020-01-03", []string{`date "2020-01-03" 2020-01-03`}},
		// durations
		{"three days of public mourning", []string{`duration "three days" 3 day exact`}},
		{"for more than a decade to prevent", []string{`duration "more than a decade" 1 decade more-than`}},
		{"20 years ago", nil},
		// false friends
		{"most recent story", nil},
		{"the last couple", nil},
		{"1 of 1 2 of 1", nil},
		{"ITV's Good Morning Britain", nil},
		{"Major General Qassem Soleimani", nil},
		{"You may go. March on.", nil},
		{"It may rain in March", []string{`date "March" 2019-03-01..2019-03-31 (year inferred)`}},
		{"no one came and one another", nil},
	}
	for _, tc := range tests {
		t.Run(tc.src, func(t *testing.T) {
			got := recognise(tc.src, pub)
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(tc.want, "\n  "))
			}
		})
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
	if units != "% century day decade hour minute month pp second week year years" {
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
	if _, ok := c.Symbol("£"); ok || strings.Join(d.Codes(), " ") != "GBP USD" {
		t.Errorf("Clone shares its maps: %v %v", c.Codes(), d.Codes())
	}
	var none *Currencies
	if _, ok := none.Word("dollars"); ok || none.starts("$") {
		t.Error("nil knows no currency")
	}
}
