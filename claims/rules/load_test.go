package rules

import (
	"strings"
	"testing"
)

// TestLoadErrors checks that each fault in a rules file is reported at the
// line and column of the YAML node at fault.
func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"not yaml", "version: 1\nrules: [\n", "r.yaml:2:1: did not find expected node content"},
		{"empty", "", "r.yaml:1:1: rules file is empty"},
		{"unknown top field", "version: 1\nrulez: []\n", `r.yaml:2:1: unknown field "rulez"`},
		{"missing version", "rules: []\n", `r.yaml:1:1: missing field "version"`},
		{"unknown rule field", "version: 1\nkinds: {k: {}}\nrules:\n  - id: a\n    kind: k\n    pattrens: [x]\n", `r.yaml:6:5: unknown field "pattrens"`},
		{"undefined kind", "version: 1\nrules:\n  - id: a\n    kind: nope\n    patterns: [killed]\n", `r.yaml:4:11: rule a: kind "nope" is not defined`},
		{"unknown placeholder column", "version: 1\nkinds: {k: {}}\nrules:\n  - id: a\n    kind: k\n    patterns: [\"{number} {nmber}\"]\n", "r.yaml:6:26: rule a: unknown placeholder {nmber}"},
		{"empty match", "version: 1\nkinds: {k: {}}\nrules:\n  - id: a\n    kind: k\n    patterns: [\"killed?\"]\n", "matches the empty string"},
		{"no anchor", "version: 1\nkinds: {k: {}}\nrules:\n  - id: a\n    kind: k\n    patterns: [\"{word}{1,3}\"]\n", "nothing to anchor on"},
		{"unbounded repetition", "version: 1\nkinds: {k: {}}\nrules:\n  - id: a\n    kind: k\n    patterns: [\"{number} {word}{0,}\"]\n", "unbounded repetition is not allowed"},
		{"never matches", "version: 1\nkinds: {k: {}}\nrules:\n  - id: a\n    kind: k\n    patterns: [\"{number} percent\"]\n", `literal "percent" never matches after {number}`},
		{"number word literal", "version: 1\nkinds: {k: {}}\nrules:\n  - {id: a, kind: k, patterns: [\"thirteen killed\"]}\n", `literal "thirteen" never matches`},
		{"name particle of two words", "version: 1\nnames:\n  particles: [bin, de la]\n", `r.yaml:3:20: names.particles: "de la" is not one word`},
		{"names field", "version: 1\nnames:\n  prefixes: [bin]\n", `r.yaml:3:3: unknown field "prefixes" in names`},
		{"currency code", "version: 1\ncurrencies:\n  usd: [dollars]\n", `r.yaml:3:8: currency "usd": want an ISO 4217 code`},
		{"currency name", "version: 1\ncurrencies:\n  CHF: [francs, Fr.]\n", `r.yaml:3:17: currency "fr.": want a word of letters`},
		{"currency word after a number, own table", "version: 1\ncurrencies: {CHF: [francs]}\nkinds: {k: {}}\nrules:\n  - {id: a, kind: k, patterns: [\"{number} francs\"]}\n", `literal "francs" never matches after {number}`},
		{"duplicate ids", "version: 1\nkinds: {k: {}}\nrules:\n  - {id: a, kind: k, patterns: [killed]}\n  - {id: a, kind: k, patterns: [dead]}\n", `r.yaml:5:5: duplicate rule id "a"`},
		{"alias under two names", "version: 1\naliases:\n  A: [x]\n  B: [x]\n", `r.yaml:4:7: alias "x" is listed under both "A" and "B"`},
		{"alias after a bad entry", "version: 1\naliases:\n  A: [x]\n  B: [[y], x]\n", `r.yaml:4:12: alias "x" is listed under both "A" and "B"`},
		{"disable after a bad entry", "version: 1\ndisable: [[y], nope]\n", `r.yaml:2:16: disable: no rule with id "nope"`},
		{"stages not a list of lists", "version: 1\ncompare:\n  stages: arraignment\n", `r.yaml:3:11: stages must be a list of lists of phrases`},
		{"a synonym of two words", "version: 1\ncompare:\n  synonyms: [[resign, step down]]\n", `r.yaml:3:23: synonyms are single words, got "step down"`},
		{"a synonym alone", "version: 1\ncompare:\n  synonyms: [[replace, succeed], [oust]]\n", `r.yaml:3:34: a synonyms group needs two words or more, got 1`},
		{"empty cue", "version: 1\nattribution:\n  cues: [said, \"\"]\n", "r.yaml:3:16: cues entry is empty"},
		{"bad tolerance", "version: 1\nkinds:\n  k: {tolerance: lots}\n", `r.yaml:3:18: tolerance "lots"`},
		{"unknown unit", "version: 1\nkinds: {k: {}}\nrules:\n  - {id: a, kind: k, patterns: [\"{quantity unit=furlongs}\"]}\n", `unknown unit "furlongs"`},
		{"unknown word list", "version: 1\ncasualties: {person-nouns: [clerk]}\nkinds: {k: {}}\nrules:\n  - id: a\n    kind: k\n    patterns: [\"(a|the) {persn-nouns} was shot\"]\n", "r.yaml:7:25: rule a: unknown placeholder {persn-nouns}: want one of number"},
		{"word list names the lists", "version: 1\nkinds: {k: {}}\nrules:\n  - {id: a, kind: k, patterns: [\"the {kin} was shot\"]}\n", "or a word list of casualties: (breakdown, care,"},
		{"word list with an option", "version: 1\ncasualties: {person-nouns: [clerk]}\nkinds: {k: {}}\nrules:\n  - {id: a, kind: k, patterns: [\"the {person-nouns as=victim} was shot\"]}\n", "a word list placeholder takes no options"},
		{"empty word list", "version: 1\nkinds: {k: {}}\nrules:\n  - {id: a, kind: k, patterns: [\"the {person-nouns} was shot\"]}\n", "word list {person-nouns} is empty"},
		{"alias bomb", "version: 1\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]\ng: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]\n", "r.yaml:"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Load("r.yaml", []byte(tc.src), nil)
			if err != nil && strings.Count(err.Error(), tc.want) > 1 {
				t.Errorf("%q reported more than once:\n%v", tc.want, err)
			}
			if err == nil {
				t.Fatalf("no error, want %q", tc.want)
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("got:\n%v\nwant a line containing %q", err, tc.want)
			}
		})
	}
}

// TestLiteralsThatMatch: words the recognisers leave as words stay usable
// as literals ("no one", a currency code as a unit).
func TestLiteralsThatMatch(t *testing.T) {
	for _, src := range []string{
		"version: 1\nkinds: {k: {}}\nrules:\n  - {id: a, kind: k, patterns: [\"no one killed\"]}\n",
		"version: 1\ncurrencies: {CAD: [C$]}\nkinds: {k: {}}\nrules:\n  - {id: a, kind: k, patterns: [\"{money unit=CAD} scores\"]}\n",
		"version: 1\nkinds: {k: {}}\nrules:\n  - {id: a, kind: k, patterns: [\"{duration unit=decade}\"]}\n",
	} {
		if _, err := Load("r.yaml", []byte(src), nil); err != nil {
			t.Errorf("%s: %v", src, err)
		}
	}
}

// TestCurrencies: a file that extends the defaults adds a currency, and
// its unit= may name it; the defaults keep theirs and do not gain it.
func TestCurrencies(t *testing.T) {
	src := "extends: default\ncurrencies:\n  CHF: [francs, CHF]\nrules:\n  - {id: fine, kind: money, patterns: [\"fined {money unit=CHF}\"], examples: [{text: \"fined 50 francs\", claims: [{value: 50, unit: CHF}]}]}\n"
	r, err := Load("user.yaml", []byte(src), Default)
	if err != nil {
		t.Fatal(err)
	}
	if c, ok := r.Currencies.Word("francs"); !ok || c != "CHF" {
		t.Errorf("Word(francs) = %q, %v", c, ok)
	}
	if c, ok := r.Currencies.Symbol("$"); !ok || c != "USD" {
		t.Errorf("the default $ is lost: %q, %v", c, ok)
	}
	d, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := d.Currencies.Word("francs"); ok {
		t.Error("extending changed the defaults")
	}
}

func TestExtendsDefault(t *testing.T) {
	src := "extends: default\ndisable: [percent]\naliases:\n  Jane Roe: [Roe]\nrules:\n  - id: troops\n    kind: troops\n    patterns: [\"{number} (soldiers|troops)\"]\n    examples: [{text: \"5 troops\", claims: [{value: 5}]}]\n"
	r, err := Load("user.yaml", []byte(src), Default)
	if err != nil {
		t.Fatal(err)
	}
	if r.Rule("percent") != nil {
		t.Error("disabled rule still present")
	}
	if len(r.Rule("troops").Patterns) != 1 {
		t.Error("rule not overridden by id")
	}
	if c, ok := r.Aliases.Canonical("Roe"); !ok || c != "Jane Roe" {
		t.Error("alias not added")
	}
	if c, ok := r.Aliases.Canonical("Suleimani"); !ok || c != "Qassem Soleimani" {
		t.Error("default alias lost")
	}
	d, _ := Default()
	if d.Rule("percent") == nil || !strings.Contains(d.Rule("troops").Patterns[0].Src, "{word}{0,3}") {
		t.Error("extending changed the shared default rules")
	}
}

// TestExtendsSharesVocabulary checks that a file extending the defaults
// with kinds and rules only shares their vocabulary (no copy of the sets
// it never writes), and that one writing a vocabulary section gets a copy
// of its own, leaving the defaults as they were.
func TestExtendsSharesVocabulary(t *testing.T) {
	d, _ := Default()
	rulesOnly := "extends: default\nkinds:\n  refugees: {tolerance: 5%}\nrules:\n  - id: refugees\n    kind: refugees\n    patterns: [\"{number} refugees\"]\n"
	r, err := Load("user.yaml", []byte(rulesOnly), Default)
	if err != nil {
		t.Fatal(err)
	}
	if r.Attribution != d.Attribution || r.Titles != d.Titles || r.Frames != d.Frames {
		t.Error("a file of kinds and rules copied the default vocabulary")
	}
	if d.Kinds["refugees"] != nil || d.Rule("refugees") != nil {
		t.Error("extending changed the default kinds or rules")
	}
	titles := "extends: default\ntitles: [Grand Vizier]\n"
	r, err = Load("user.yaml", []byte(titles), Default)
	if err != nil {
		t.Fatal(err)
	}
	if r.Attribution == d.Attribution || r.Titles == d.Titles {
		t.Error("a file writing a vocabulary section shares the default vocabulary")
	}
	if !r.Titles.Has("grand vizier") || d.Titles.Has("grand vizier") {
		t.Error("the title is not the extending file's alone")
	}
}

// TestExtendNames checks that a file's names: adds to the default name
// vocabulary without changing the shared defaults.
func TestExtendNames(t *testing.T) {
	r, err := Load("user.yaml", []byte("extends: default\nnames:\n  particles: [Ter]\n  suffixes: [V.]\n"), Default)
	if err != nil {
		t.Fatal(err)
	}
	if !r.Names.IsParticle("ter") || !r.Names.IsSuffix("v") || !r.Names.IsParticle("bin") || !r.Names.IsSuffix("jr") {
		t.Errorf("extended names: particles ter and bin, suffixes v and jr expected")
	}
	if d, _ := Default(); d.Names.IsParticle("ter") || d.Names.IsSuffix("v") {
		t.Error("extending changed the default names")
	}
}

// TestWordListPlaceholder: a word list placeholder matches each phrase of
// its casualties: list, as the alternation it stands for would, and a
// file's own words are read.
func TestWordListPlaceholder(t *testing.T) {
	src := "version: 1\ncasualties: {person-nouns: [clerk, night guard]}\nkinds: {k: {}}\nrules:\n  - id: a\n    kind: k\n    value: 1\n    patterns: [\"(a|the) {person-nouns} was shot\"]\n"
	r, err := Load("r.yaml", []byte(src), nil)
	if err != nil {
		t.Fatal(err)
	}
	p := r.Rule("a").Patterns[0]
	var got []string
	for _, alt := range p.elems[1].alts {
		var ws []string
		for _, w := range alt {
			ws = append(ws, w.word)
		}
		got = append(got, strings.Join(ws, " "))
	}
	if want := "clerk|night guard"; strings.Join(got, "|") != want {
		t.Errorf("{person-nouns} = %q, want %q", strings.Join(got, "|"), want)
	}
	for name := range Placeholders {
		if _, ok := newCasualties().wordLists()[name]; ok {
			t.Errorf("casualties.%s has the name of a placeholder: the list would hide it", name)
		}
	}
}
