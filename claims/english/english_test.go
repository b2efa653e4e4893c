package english

import (
	"strings"
	"testing"
	"time"
)

func TestSingular(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"albums", "album"}, {"people", "person"}, {"casualties", "casualty"}, {"boxes", "box"},
		{"churches", "church"}, {"bus", "bus"}, {"gas", "gas"}, {"troops", "troop"}, {"ounce", "ounce"},
		{"heroes", "hero"}, {"crisis", "crisis"}, {"class", "class"}, {"wages", "wage"}, {"yes", "yes"},
		{"movies", "movie"}, {"rookies", "rookie"}, {"bodies", "body"},
		{"grandchildren", "grandchild"}, {"schoolchildren", "schoolchild"},
	} {
		if got := Singular(c.in); got != c.want {
			t.Errorf("Singular(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestVerbForms(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"deny", "denied denies deny denying"},
		{"say", "said say saying says"},
		{"note", "note noted notes noting"},
		{"admit", "admit admited admiting admits admitted admitting"},
		{"vow", "vow vowed vowing vows"},
		{"stress", "stress stressed stresses stressing"},
		{"write", "write writes writing written wrote"},
		{"agree", "agree agreed agreeing agrees"},
		{"begin", "began begin begining beginning begins begun"},
		{"said", ""}, {"warned", ""}, {"insists", ""}, {"saying", ""},
	} {
		if got := strings.Join(VerbForms(c.in), " "); got != c.want {
			t.Errorf("VerbForms(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestClasses(t *testing.T) {
	if !IsDeterminer("the") || IsDeterminer("but") {
		t.Error("determiners: the is one, but is not")
	}
	if !IsAuxiliary("were") || IsAuxiliary("had been") {
		t.Error("auxiliaries are single tokens")
	}
	if !IsModal("could") || IsModal("were") || !IsAuxiliary("could") || !IsFunctionWord("could") {
		t.Error("a modal is an auxiliary and a function word; were is no modal")
	}
	if !IsCoordinator("nor") || IsCoordinator("while") || !IsConjunction("while") {
		t.Error("coordinators are and, or, but, nor; all are conjunctions")
	}
	for _, w := range strings.Fields("in of at from near for with by to on into against over") {
		if !commonPrepositions.Has(w) || !IsPreposition(w) {
			t.Errorf("common prepositions: %q is one, and a preposition", w)
		}
	}
	if commonPrepositions.Has("per") || commonPrepositions.Has("than") || commonPrepositions.Has("the") {
		t.Error("common prepositions: not per, than or the")
	}
	if !IsBoundPrefix("ex") || IsBoundPrefix("former") {
		t.Error("bound prefixes: ex is one, former is a word")
	}
	if !IsBearing("southwest") || !IsBearing("away") || IsBearing("of") {
		t.Error("bearings: compass points, away; not of")
	}
	for _, w := range []string{"i", "i'm", "we", "our", "ourselves", "we're"} {
		if !IsFirstPerson(w) {
			t.Errorf("IsFirstPerson(%q) = false, want true", w)
		}
	}
	for _, w := range []string{"I", "mine", "you", "they", "well"} {
		if IsFirstPerson(w) {
			t.Errorf("IsFirstPerson(%q) = true, want false (lower case only; mine is also a noun)", w)
		}
	}
	for _, w := range []string{"but", "or", "nor", "while", "because", "if", "although"} {
		if !IsClauseConjunction(w) {
			t.Errorf("IsClauseConjunction(%q) = false, want true", w)
		}
	}
	for _, w := range []string{"and", "as", "after", "then", "once", "of"} {
		if IsClauseConjunction(w) {
			t.Errorf("IsClauseConjunction(%q) = true, want false", w)
		}
	}
	if !IsFunctionWord("of") || IsFunctionWord("albums") {
		t.Error("function words")
	}
	for w, want := range map[string]bool{"taken": true, "written": true, "released": true, "held": true, "took": true, "take": false, "photo": false, "said": true,
		"stolen": true, "thrown": true, "driven": true, "used": true, "red": false, "need": false, "hundred": false, "speed": false,
		"led": true, "fed": true, "shed": true, "bred": true, "given": true, "gone": true, "withdrawn": true, "bed": false} {
		if got := IsPastOrParticiple(w); got != want {
			t.Errorf("IsPastOrParticiple(%q) = %v, want %v", w, got, want)
		}
	}
	// a past form as a reader without a tagger tells one: -ed words all
	// pass, nouns among them; irregular participles that are no past do not
	for w, want := range map[string]bool{"released": true, "went": true, "said": true, "read": true, "hundred": true, "need": true,
		"taken": false, "take": false, "goes": false, "red": true, "ed": true, "": false,
		"taught": true, "upheld": true, "rang": true, "drew": true, "swept": true,
		// irregular pasts that are also common nouns are left out: "a gunshot wound"
		"wound": false, "ground": false} {
		if got := IsPastForm(w); got != want {
			t.Errorf("IsPastForm(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestCalendar(t *testing.T) {
	if m, ok := Month("sept"); !ok || m != time.September {
		t.Errorf("Month(sept) = %v, %v", m, ok)
	}
	if m, ok := Month("may"); !ok || m != time.May {
		t.Errorf("Month(may) = %v, %v", m, ok)
	}
	if d, ok := Weekday("friday"); !ok || d != time.Friday {
		t.Errorf("Weekday(friday) = %v, %v", d, ok)
	}
	if _, ok := Weekday("fri"); ok {
		t.Error("weekdays are not abbreviated")
	}
	if !IsCalendarWord("december") || IsCalendarWord("dec") || !IsCalendarWord("may") {
		t.Error("calendar words are full names")
	}
	if n := len(CalendarWords()); n != 19 {
		t.Errorf("%d calendar words, want 12 months and 7 days", n)
	}
	if n := len(DateWords()); n != 31 {
		t.Errorf("%d date words, want 19 names, 11 three-letter abbreviations and sept", n)
	}
}

// TestWordClasses checks the word classes the stages test one word
// against: each row is a class, the words it holds and words it must not.
func TestWordClasses(t *testing.T) {
	for _, c := range []struct {
		name    string
		is      func(string) bool
		in, out string
	}{
		{"place preposition", IsPlacePreposition, "in at near throughout", "on since of"},
		{"time preposition", IsTimePreposition, "on at in since of during", "near till early"},
		{"verb group word", verbGroupWords.Has, "also reportedly both since", "said the"},
		{"verbal -ing", IsVerbalING, "going including according", "shooting building"},
		{"fraction", IsFraction, "half thirds tenth", "fourth twelve"},
		{"quantity opener", IsQuantityOpener, "nearly more than at least an estimated", "half said"},
		{"role connective", roleConnectives.Has, "of the 's most", "senior and"},
		{"bare date opener", IsBareDateOpener, "in since till between early circa around", "at near"},
	} {
		for _, w := range strings.Fields(c.in) {
			if !c.is(w) {
				t.Errorf("%s: %q not recognised", c.name, w)
			}
		}
		for _, w := range strings.Fields(c.out) {
			if c.is(w) {
				t.Errorf("%s: %q recognised", c.name, w)
			}
		}
	}
}

// TestWordSetFilter wants a set's filter never to turn away one of its
// words: has agrees with the map for every word of every set, and for
// words in none.
func TestWordSetFilter(t *testing.T) {
	all := []*WordSet{determiners, pronouns, prepositions, commonPrepositions, placePrepositions, datePrepositions,
		timePrepositions, bareDateOpeners, coordinators, conjunctions, auxiliaries, modals, auxiliariesAndModals,
		adverbs, articles, negators, beForms, reflexives, firstPerson, clauseConjunctions, subjectPronouns, objectPronouns,
		subordinators, quantifiers, timeWords, discourse, verbGroupWords, verbalINGs, fractions, quantityOpeners,
		roleConnectives, boundPrefixes, bearings, possessives, timeUnits, functionWords, irregularPast}
	words := []string{"", "The", "governor", "'s", "n't", "x", strings.Repeat("a", 70), "thirds", "über"}
	held := make([]map[string]bool, len(all))
	for i, s := range all {
		held[i] = map[string]bool{}
		for _, w := range s.Words() {
			held[i][w] = true
			words = append(words, w, w+"s", strings.ToUpper(w))
		}
	}
	for i, s := range all {
		for _, w := range words {
			if got, want := s.Has(w), held[i][w]; got != want {
				t.Errorf("set %d: Has(%q) = %v, its words say %v", i, w, got, want)
			}
		}
	}
}

// TestCalendarFilter wants Month, Weekday and IsCalendarWord, which filter
// words before their maps, to answer as the maps do: for every word they
// know, its forms in other cases and plurals, and words they do not.
func TestCalendarFilter(t *testing.T) {
	words := []string{"", "may", "mayor", "sun", "sunday", "sundays", "Sept", "sept", "x", "decade", "marches"}
	for w := range months {
		words = append(words, w, w+"s", strings.ToUpper(w), w[:len(w)-1])
	}
	for w := range weekdays {
		words = append(words, w, w+"s", strings.ToUpper(w))
	}
	for _, w := range words {
		m, mok := months[w]
		if got, ok := Month(w); got != m || ok != mok {
			t.Errorf("Month(%q) = %v, %v; the map gives %v, %v", w, got, ok, m, mok)
		}
		d, dok := weekdays[w]
		if got, ok := Weekday(w); got != d || ok != dok {
			t.Errorf("Weekday(%q) = %v, %v; the map gives %v, %v", w, got, ok, d, dok)
		}
		full := dok || mok && strings.ToLower(m.String()) == w
		if got := IsCalendarWord(w); got != full {
			t.Errorf("IsCalendarWord(%q) = %v, want %v", w, got, full)
		}
	}
}
