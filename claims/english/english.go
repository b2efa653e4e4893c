// Package english holds the closed-class words of English that the
// extraction stages share: determiners, pronouns, prepositions,
// conjunctions, auxiliaries, and the irregular plurals of common nouns.
// These lists do not grow with a newsroom's vocabulary, so they live here
// in Go; words a newsroom would extend (units, cue verbs, titles, direction
// verbs) live in rules.yaml.
package english

import (
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/claimdiff/claimdiff/claims/wordset"
)

// A WordSet is a set of lower-case words (wordset.Set): most words a text
// gives are in none of a closed class's set, and are turned away without
// hashing.
type WordSet = wordset.Set

// NewWordSet returns the set of words, each lower case.
func NewWordSet(words ...string) *WordSet { return wordset.New(words...) }

func set(words string) *WordSet { return wordset.New(strings.Fields(words)...) }

func union(sets ...*WordSet) *WordSet { return wordset.Union(sets...) }

var (
	determiners = set(`the a an this that these those its his her their our my your whose which what
		some any each every no another such either neither`)
	pronouns = set(`i you he she it we they me him us them myself himself herself itself ourselves
		themselves who whom whoever anyone everyone someone nobody everybody somebody one`)
	prepositions = set(`in on at of to for from by with about after before during since until into onto
		over under above below between among against through across near inside outside throughout
		within without toward towards around behind beyond upon via per than despite amid amidst
		following including excluding like unlike off out up down plus minus`)
	// commonPrepositions are the prepositions that most often open the
	// phrase a name stands in: "a commander in Iraq", "the killing of
	// Iran's general", "said by the mayor".
	commonPrepositions = set(`in of at from near for with by to on into against over`)
	// placePrepositions introduce a place: "based in Iraq", "near Baghdad".
	placePrepositions = set(`in at near inside across outside throughout into`)
	// datePrepositions stand before a date and are kept in a time
	// anchor's text: "on Tuesday", "in 1984", "since March".
	datePrepositions = set(`on in since by until through from before after during of`)
	// timePrepositions open a time anchor, a clock time's included: "as
	// of 4 p.m.", "at 4 p.m.".
	timePrepositions = union(datePrepositions, set(`at`))
	// bareDateOpeners stand before a bare month or year that is a date:
	// the date prepositions and the words of a span or a part of one
	// ("between 2010 and 2014", "early March", "circa 1990").
	bareDateOpeners = union(datePrepositions, set(`till between and to early late mid last next this circa around`))
	// coordinators join words as well as clauses ("so", "yet" and "for"
	// join only clauses).
	coordinators = set(`and or but nor`)
	conjunctions = union(coordinators, set(`so yet while whereas although though because if unless
		whether when where as once then`))
	auxiliaries = set(`is are was were be been being am 's 're 'm have has had having 've 'd do does did`)
	modals      = set(`will would shall should can could may might must cannot`)
	// auxiliariesAndModals are both, for IsAuxiliary to read one set.
	auxiliariesAndModals = union(auxiliaries, modals)
	adverbs              = set(`not never also still now then already just only even again ever soon later earlier
		today tonight yesterday tomorrow here there very too about almost nearly roughly around some
		more most less least up down online offline overseas abroad nationwide worldwide statewide
		citywide countrywide often sometimes usually always rarely seldom frequently repeatedly`)
	// articles are the articles proper, kept in a speaker's span: "the
	// mayor".
	articles = set(`the a an`)
	// negators negate what follows them: "neither he nor Mr Pompeo
	// provided details".
	negators = set(`not no neither nor never without n't didn't hasn't haven't cannot couldn't`)
	// beForms are the forms of "be", which make a participle passive.
	beForms = set(`be been being am is are was were`)
	// reflexives are the reflexive pronouns: "Trump himself said".
	reflexives = set(`myself yourself himself herself itself ourselves yourselves themselves`)
	// firstPerson are the first-person pronouns and possessives, and
	// their contractions with a verb: "I'm", "we've". Not "mine", also a
	// noun.
	firstPerson = set(`i me my myself we us our ours ourselves i'm i've i'd i'll we're we've we'd we'll`)
	// clauseConjunctions can only join clauses: not "and", which joins
	// the words of a name ("Health and Human Services"), nor those that are
	// also prepositions or adverbs ("as", "after", "then", "once").
	clauseConjunctions = set(`but or nor while whereas although though because if unless whether`)
	// subjectPronouns are the pronouns that stand as a clause's subject.
	subjectPronouns = set(`i you he she it we they`)
	// objectPronouns are the pronouns that stand as a verb's object and
	// never as its subject.
	objectPronouns = set(`me him her us them`)
	// subordinators open a subordinate clause: "when she said", "because
	// he said".
	subordinators = set(`when while whereas although though because if unless whether where once since
		after before until as`)
	// quantifiers name a part of a group: "half said", "most say",
	// "a third of voters".
	quantifiers = set(`all both each few half many most none several some others majority majorities
		minority third thirds quarter quarters fifth fifths plurality two three four five six seven
		eight nine ten eleven twelve dozen dozens scores hundreds thousands millions`)
	// timeWords head a time phrase that may trail a speaker: "Police this
	// morning said", "officials on Tuesday said".
	timeWords = set(`today yesterday tonight morning afternoon evening night week weekend month year
		earlier later now recently`)
	// discourse adverbs open a sentence with a comma without naming anyone:
	// "However, ..." "Meanwhile, ..."
	discourse = set(`however meanwhile instead rather indeed moreover furthermore nevertheless nonetheless
		therefore thus hence otherwise overall first second third finally still yet now today yesterday
		tomorrow tonight again also later earlier separately ultimately initially previously currently
		recently afterward afterwards then there here so well yes no please anyway besides regardless
		likewise`)
	// verbGroupWords are the adverbs and quantifiers that stand between a
	// subject and its verb: "had also warned", "reportedly told", "both
	// said".
	verbGroupWords = set(`also previously later then reportedly allegedly repeatedly again both all
		personally publicly recently earlier once first not never apparently purportedly separately
		further long twice often always since`)
	// verbalINGs are -ing forms that are verbs or prepositions, never the
	// head of a noun phrase: "going", "including", "according".
	verbalINGs = set(`going being having doing saying leaving including following according making
		getting taking coming trying using living working`)
	// fractions name a part of a whole, and end hyphenated fractions:
	// "two-thirds", "three-quarters".
	fractions = set(`half halves third thirds quarter quarters fifth fifths tenth tenths`)
	// quantityOpeners may stand before the size of a part of a group:
	// "nearly half", "more than 4 in 10", "an estimated third", "a mere
	// fifth". (The qualifiers that bound a figure are claims/mention's.)
	quantityOpeners = set(`about nearly almost around roughly more than fewer less only just over under at least
		some a the mere barely fully close to an estimated`)
	// roleConnectives are the function words a phrase naming a role keeps:
	// "the head of", "Iraq's prime minister", "the most senior official".
	roleConnectives = set(`of the 's most`)
	// boundPrefixes make a new word with a hyphen, rather than modify the
	// word after it: "non-citizens", "ex-wife".
	boundPrefixes = set(`non anti ex pre post co self semi sub vice step great`)
	// bearings follow a distance from a place: "15 miles south of
	// Riverside", "20km away".
	bearings = set(`north south east west northeast northwest southeast southwest away off inland offshore`)
	// possessives are the possessive determiners: "their two daughters".
	possessives = set(`his her their its our my your whose`)
	// timeUnits are the calendar and clock units a span of time is counted
	// in: "hours before", "eight months after".
	timeUnits = set(`second minute hour day night week weekend month year decade`)
	// ordinals are the ordinal numbers in words past "first", by value:
	// "a fifth victim".
	ordinals = map[string]int{"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
		"eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12}
	// functionWords is every closed-class word above, so that a word is
	// tested with one lookup, not six.
	functionWords = union(determiners, pronouns, prepositions, conjunctions, auxiliaries, modals, adverbs)
	// irregular maps irregular plurals to their singular.
	irregular = map[string]string{"people": "person", "men": "man", "women": "woman", "children": "child",
		"feet": "foot", "teeth": "tooth", "mice": "mouse", "geese": "goose", "police": "police",
		"data": "data", "media": "media", "criteria": "criterion", "personnel": "personnel",
		"staff": "staff", "news": "news", "series": "series", "species": "species", "sheep": "sheep",
		"aircraft": "aircraft", "crises": "crisis", "analyses": "analysis", "theses": "thesis",
		"lives": "life", "wives": "wife", "knives": "knife", "thieves": "thief", "leaves": "leaf",
		"halves": "half", "shelves": "shelf", "wolves": "wolf", "indices": "index", "bus": "bus",
		"gas": "gas", "virus": "virus", "status": "status", "census": "census", "campus": "campus",
		"bonus": "bonus", "focus": "focus", "us": "us", "plus": "plus", "corps": "corps",
		// nouns in -ie, which the -ies rule would make -y
		"movies": "movie", "cookies": "cookie", "rookies": "rookie", "zombies": "zombie", "calories": "calorie",
		"selfies": "selfie", "sorties": "sortie", "goalies": "goalie", "brownies": "brownie", "hippies": "hippie",
		"aunties": "auntie", "pies": "pie", "ties": "tie", "lies": "lie", "prairies": "prairie", "smoothies": "smoothie"}
)

// IsDeterminer reports a determiner or possessive pronoun: "the", "a", "its".
func IsDeterminer(w string) bool { return determiners.Has(w) }

// IsDemonstrative reports a demonstrative: "this", "that", "these",
// "those".
func IsDemonstrative(w string) bool {
	return w == "this" || w == "that" || w == "these" || w == "those"
}

// IsPronoun reports a personal, reflexive or relative pronoun.
func IsPronoun(w string) bool { return pronouns.Has(w) }

// IsPreposition reports a preposition: "in", "of", "per".
func IsPreposition(w string) bool { return prepositions.Has(w) }

// IsPlacePreposition reports a preposition that introduces a place: "in",
// "at", "near".
func IsPlacePreposition(w string) bool { return placePrepositions.Has(w) }

// IsTimePreposition reports a preposition that may open a time anchor and
// is kept in its text: "on Tuesday", "as of 4 p.m.", "in 1984".
func IsTimePreposition(w string) bool { return timePrepositions.Has(w) }

// IsBareDateOpener reports a word that may stand before a bare month or
// year that is a date: "in May", "since 2019", "early March".
func IsBareDateOpener(w string) bool { return bareDateOpeners.Has(w) }

// IsVerbalING reports an -ing form that is a verb or preposition, never a
// noun phrase's head: "going", "including".
func IsVerbalING(w string) bool { return verbalINGs.Has(w) }

// IsFraction reports a word naming a part of a whole: "half", "thirds".
func IsFraction(w string) bool { return fractions.Has(w) }

// IsQuantityOpener reports a word that may stand before the size of a part
// of a group: "nearly", "more", "than", "an", "estimated".
func IsQuantityOpener(w string) bool { return quantityOpeners.Has(w) }

// TitleGender returns 'm' or 'f' for a courtesy title that tells a
// person's sex ("mr", "mrs", "ms", "miss", "sir", "dame"), else 0.
func TitleGender(w string) byte {
	switch w {
	case "mr", "sir", "lord":
		return 'm'
	case "mrs", "ms", "miss", "dame", "lady":
		return 'f'
	}
	return 0
}

// PronounGender returns 'm' for "he", "him" and "his", 'f' for "she" and "her",
// else 0.
func PronounGender(w string) byte {
	switch w {
	case "he", "him", "his":
		return 'm'
	case "she", "her":
		return 'f'
	}
	return 0
}

// IsArticle reports "the", "a" or "an".
func IsArticle(w string) bool { return articles.Has(w) }

// IsNegator reports a word that negates what follows: "not", "neither",
// "never", "without".
func IsNegator(w string) bool { return negators.Has(w) }

// IsBeForm reports a form of "be": "is", "was", "been".
func IsBeForm(w string) bool { return beForms.Has(w) }

// IsFirstPerson reports a first-person pronoun or possessive, or its
// contraction with a verb, in lower case with a straight apostrophe: "i",
// "we", "our", "i'm".
func IsFirstPerson(w string) bool { return firstPerson.Has(w) }

// IsClauseConjunction reports a conjunction that can only join clauses:
// "but", "because", "while"; not "and" ("Smith and Wesson"), nor a word
// that may be a preposition or an adverb ("as", "after", "then").
func IsClauseConjunction(w string) bool { return clauseConjunctions.Has(w) }

// IsSubjectPronoun reports a pronoun that stands as a clause's subject:
// "i", "he", "they".
func IsSubjectPronoun(w string) bool { return subjectPronouns.Has(w) }

// IsObjectPronoun reports a pronoun that stands as a verb's object and
// never as its subject: "him", "them". "her" is a possessive too ("her
// spokesman"): alone it is the object.
func IsObjectPronoun(w string) bool { return objectPronouns.Has(w) }

// IsBoundPrefix reports a prefix that makes a new word with a hyphen,
// rather than modify the word after it: "non" in "non-citizens", "ex" in
// "ex-wife".
func IsBoundPrefix(w string) bool { return boundPrefixes.Has(w) }

// IsBearing reports a word that follows a distance from a place: "south"
// in "15 miles south of Riverside", "away" in "20km away".
func IsBearing(w string) bool { return bearings.Has(w) }

// IsSubordinator reports a word opening a subordinate clause: "when",
// "because", "while".
func IsSubordinator(w string) bool { return subordinators.Has(w) }

// IsAdverbialSubordinator reports a subordinator that opens an adverbial
// clause, a circumstance of the main one: "while", "once", "after"; not
// "whether" (a complement: "looking into whether"), "where" (a place) or
// "as" (as often a preposition: "identified as").
func IsAdverbialSubordinator(w string) bool { return IsAdverbialSubordinatorKey(wordset.KeyOf(w), w) }

// IsAdverbialSubordinatorKey is IsAdverbialSubordinator for word w whose
// Key is k.
func IsAdverbialSubordinatorKey(k wordset.Key, w string) bool {
	return subordinators.HasKey(k, w) && w != "whether" && w != "where" && w != "as"
}

// IsTemporalSubordinator reports a subordinator that places its clause in
// time: "when", "after", "before", "while", "once", "since", "until".
func IsTemporalSubordinator(w string) bool {
	switch w {
	case "when", "after", "before", "while", "once", "since", "until":
		return true
	}
	return false
}

// IsQuantifier reports a word naming a part of a group: "half", "most",
// "majority", "third".
func IsQuantifier(w string) bool { return quantifiers.Has(w) }

// IsDiscourseAdverb reports an adverb that opens a sentence before a comma
// ("However,", "Meanwhile,"), or one ending in -ly.
func IsDiscourseAdverb(w string) bool { return IsDiscourseAdverbKey(wordset.KeyOf(w), w) }

// IsDiscourseAdverbKey is IsDiscourseAdverb for word w whose Key is k.
func IsDiscourseAdverbKey(k wordset.Key, w string) bool {
	return discourse.HasKey(k, w) || len(w) > 4 && strings.HasSuffix(w, "ly")
}

// IsTimeWord reports a word heading a time phrase ("morning", "today"),
// or a weekday or month.
func IsTimeWord(w string) bool { return IsTimeWordKey(wordset.KeyOf(w), w) }

// IsTimeWordKey is IsTimeWord for word w whose Key is k.
func IsTimeWordKey(k wordset.Key, w string) bool {
	return timeWords.HasKey(k, w) || calendarWords.HasKey(k, w)
}

// IsPossessive reports a possessive determiner: "his", "their".
func IsPossessive(w string) bool { return possessives.Has(w) }

// IsTimeUnit reports a unit a span of time is counted in, singular:
// "hour", "month".
func IsTimeUnit(w string) bool { return timeUnits.Has(w) }

// Ordinal returns the value of an ordinal number in words past "first":
// "second" is 2, "fifth" 5.
func Ordinal(w string) (int, bool) {
	n, ok := ordinals[w]
	return n, ok
}

// IsConjunction reports a coordinating or subordinating conjunction.
func IsConjunction(w string) bool { return conjunctions.Has(w) }

// IsCoordinator reports a coordinating conjunction that can join two
// words or phrases: "and", "or", "but", "nor".
func IsCoordinator(w string) bool { return coordinators.Has(w) }

// IsAuxiliary reports a form of be, have or do, or a modal verb.
func IsAuxiliary(w string) bool { return auxiliariesAndModals.Has(w) }

// IsModal reports a modal verb: "will", "would", "can", "could", "may",
// "might", "shall", "should", "must".
func IsModal(w string) bool { return modals.Has(w) }

// IsAdverb reports one of the common closed-class adverbs ("not", "still",
// "now", "also").
func IsAdverb(w string) bool { return adverbs.Has(w) }

// IsFunctionWord reports any closed-class word: a determiner, pronoun,
// preposition, conjunction, auxiliary or common adverb.
func IsFunctionWord(w string) bool { return functionWords.Has(w) }

// Singular returns the singular of a lower-case English noun: "albums" ->
// "album", "people" -> "person", "casualties" -> "casualty". Words that
// are not plural come back unchanged.
func Singular(w string) string {
	if s, ok := irregular[w]; ok {
		return s
	}
	if strings.HasSuffix(w, "children") && len(w) > 8 {
		return w[:len(w)-8] + "child" // "grandchildren", "schoolchildren"
	}
	if strings.HasSuffix(w, "men") && len(w) > 5 {
		if s, ok := irregular[w[len(w)-5:]]; ok && s == "woman" {
			return w[:len(w)-5] + s // "chairwomen"
		}
		return w[:len(w)-3] + "man" // "gentlemen", "policemen"
	}
	n := len(w)
	switch {
	case n <= 3 || !strings.HasSuffix(w, "s"):
		return w
	case strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") || strings.HasSuffix(w, "is"):
		return w
	case strings.HasSuffix(w, "ies") && n > 4:
		return w[:n-3] + "y"
	case strings.HasSuffix(w, "sses") || strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "ches") ||
		strings.HasSuffix(w, "xes") || strings.HasSuffix(w, "zes"):
		return w[:n-2]
	case strings.HasSuffix(w, "oes") && n > 5:
		return w[:n-2]
	}
	return w[:n-1]
}

// months maps each month's name and its abbreviations ("dec", "sept") to
// the month, and weekdays each weekday's name to the day, lower case. Both
// are built from package time's English names, so no list is kept here.
var months, weekdays = calendarNames()

// monthNames and weekdayNames filter the words looked up in months and
// weekdays; calendarWords are the weekdays and months in full.
var monthNames, weekdayNames, calendarWords = func() (m, d, full *WordSet) {
	m, d, full = set(""), set(""), set("")
	for w, month := range months {
		m.Add(w)
		if strings.ToLower(month.String()) == w {
			full.Add(w)
		}
	}
	for w := range weekdays {
		d.Add(w)
		full.Add(w)
	}
	return m, d, full
}()

func calendarNames() (map[string]time.Month, map[string]time.Weekday) {
	ms := map[string]time.Month{"sept": time.September}
	for m := time.January; m <= time.December; m++ {
		name := strings.ToLower(m.String())
		ms[name], ms[name[:3]] = m, m
	}
	ds := map[string]time.Weekday{}
	for d := time.Sunday; d <= time.Saturday; d++ {
		ds[strings.ToLower(d.String())] = d
	}
	return ms, ds
}

// Month returns the month a lower-case word names: "december", "dec",
// "sept".
func Month(w string) (time.Month, bool) {
	if !monthNames.May(w) {
		return 0, false
	}
	m, ok := months[w]
	return m, ok
}

// Weekday returns the day a lower-case weekday name names: "friday".
func Weekday(w string) (time.Weekday, bool) {
	if !weekdayNames.May(w) {
		return 0, false
	}
	d, ok := weekdays[w]
	return d, ok
}

// IsCalendarWord reports a weekday or month name in full, lower case.
func IsCalendarWord(w string) bool { return calendarWords.Has(w) }

// irregularPast are the past forms of common irregular verbs: without a
// tagger, they are what tells "the three men went" from a noun phrase.
var irregularPast = set(`went came said got took made saw gave told found left held ran fell rose led met sat
	stood fled shot hit put set kept lost won brought thought began became bought caught drove fought flew
	grew heard knew meant paid read rode sent sold spent struck swore threw understood woke wore wrote
	broke chose spoke stole forgot froze hid bit built dug fed felt forgave hung laid lay lit slid spun
	stuck stung sought sank shook tore withdrew overtook undertook arose taught upheld withheld foresaw
	forbade foretold overcame overheard overran overthrew underwent misled mistook befell drew blew
	drank sang rang swam sprang shrank slept swept wept crept dealt bled sped swung clung flung`)

// IsIrregularPast reports the past form of a common irregular verb: "went",
// "fled", "shot".
func IsIrregularPast(w string) bool { return irregularPast.Has(w) }

// IsPastForm reports a word in a verb's past form, as a reader without a
// tagger tells one: in -ed, or a common irregular past ("read", "went").
// Words in -ed that are no verb's past pass too ("hundred", "need"):
// IsPastOrParticiple, stricter, leaves those out.
func IsPastForm(w string) bool { return strings.HasSuffix(w, "ed") || irregularPast.Has(w) }

// irregularParticiples are past participles of irregular verbs that are
// not also their past: those of irregularVerbs ("written", "taken") and
// of common verbs of events it does not list ("driven", "stolen").
var irregularParticiples = func() *WordSet {
	ws := strings.Fields(`driven thrown stolen born borne broken chosen drawn eaten fallen forgotten
		frozen hidden ridden risen shaken torn worn woken drunk sung sunk swum flown grown blown done beaten
		bitten forgiven mistaken overtaken arisen`)
	for _, f := range irregularVerbs {
		if f[1] != f[0] {
			ws = append(ws, f[1])
		}
	}
	return wordset.New(ws...)
}()

// edNonVerbs are common words in -ed that are no verb's past: "need",
// "speed", "hundred", "sacred".
var edNonVerbs = set(`need feed seed speed breed greed weed deed heed indeed exceed proceed succeed sled
	hundred sacred naked wicked kindred rugged ragged beloved`)

// IsPastOrParticiple reports a verb's past or past participle: a word in
// -ed of four letters or more that is no other word ("need", "hundred"),
// an irregular past ("held", "took", "led") or an irregular participle
// ("taken").
func IsPastOrParticiple(w string) bool {
	if strings.HasSuffix(w, "ed") && len(w) >= 4 && !edNonVerbs.Has(w) {
		return true
	}
	return irregularPast.Has(w) || irregularParticiples.Has(w) // "led", "fed"
}

// FunctionWords lists every closed-class word IsFunctionWord knows, sorted.
func FunctionWords() []string { return functionWords.Words() }

// CalendarWords lists the weekday and month names in full, sorted.
func CalendarWords() []string {
	var out []string
	for _, w := range DateWords() {
		if IsCalendarWord(w) {
			out = append(out, w)
		}
	}
	return out
}

// DateWords lists every word Month or Weekday knows, abbreviations
// included, sorted.
func DateWords() []string {
	all := map[string]bool{}
	for w := range months {
		all[w] = true
	}
	for w := range weekdays {
		all[w] = true
	}
	return sorted(all)
}

func sorted(m map[string]bool) []string { return slices.Sorted(maps.Keys(m)) }

// irregularVerbs gives the past and past participle of common irregular
// verbs, the ones speech, thought and evidence are reported with among
// them: "say" -> "said", "write" -> "wrote", "written".
var irregularVerbs = map[string][2]string{
	"say": {"said", "said"}, "tell": {"told", "told"}, "write": {"wrote", "written"}, "speak": {"spoke", "spoken"},
	"think": {"thought", "thought"}, "know": {"knew", "known"}, "find": {"found", "found"}, "see": {"saw", "seen"},
	"hear": {"heard", "heard"}, "feel": {"felt", "felt"}, "read": {"read", "read"}, "mean": {"meant", "meant"},
	"show": {"showed", "shown"}, "understand": {"understood", "understood"}, "seek": {"sought", "sought"},
	"forecast": {"forecast", "forecast"}, "hold": {"held", "held"}, "give": {"gave", "given"}, "make": {"made", "made"},
	"teach": {"taught", "taught"}, "swear": {"swore", "sworn"}, "foresee": {"foresaw", "foreseen"},
	"forbid": {"forbade", "forbidden"}, "bet": {"bet", "bet"}, "put": {"put", "put"}, "set": {"set", "set"},
	"lead": {"led", "led"}, "learn": {"learned", "learnt"}, "lay": {"laid", "laid"}, "take": {"took", "taken"},
	"shoot": {"shot", "shot"}, "strike": {"struck", "struck"}, "bring": {"brought", "brought"}, "get": {"got", "gotten"},
	"go": {"went", "gone"}, "come": {"came", "come"}, "leave": {"left", "left"}, "send": {"sent", "sent"},
	"withdraw": {"withdrew", "withdrawn"}, "undertake": {"undertook", "undertaken"}, "begin": {"began", "begun"},
	"plead": {"pleaded", "pled"},
}

// VerbForms returns the forms of the base verb w, lower case: w itself,
// the third person, the past, the past participle and the -ing form
// ("deny": "denies", "denied", "denying"; "say": "says", "said"). A final
// consonant after one vowel is given both undoubled and doubled ("admit":
// "admited", "admitted"), for stress is not written: the form English
// never uses is never met in a text either. It returns nil for a word that
// is not a base form: an -ed or -ing form, a third person in -s, or an
// irregular past ("said").
func VerbForms(w string) []string {
	n := len(w)
	if n < 2 || irregularPast.Has(w) && irregularVerbs[w][0] == "" ||
		strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed") || strings.HasSuffix(w, "ing") && n > 5 ||
		strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") {
		return nil
	}
	forms := []string{w}
	switch {
	case strings.HasSuffix(w, "y") && !isVowel(w[n-2]):
		stem := w[:n-1]
		forms = append(forms, stem+"ies", stem+"ied", w+"ing")
	case strings.HasSuffix(w, "ee"):
		forms = append(forms, w+"s", w+"d", w+"ing")
	case strings.HasSuffix(w, "e"):
		forms = append(forms, w+"s", w+"d", w[:n-1]+"ing")
	case strings.HasSuffix(w, "s") || strings.HasSuffix(w, "sh") || strings.HasSuffix(w, "ch") ||
		strings.HasSuffix(w, "x") || strings.HasSuffix(w, "z") || strings.HasSuffix(w, "o"):
		forms = append(forms, w+"es", w+"ed", w+"ing")
	default:
		forms = append(forms, w+"s", w+"ed", w+"ing")
		if n >= 3 && !isVowel(w[n-1]) && isVowel(w[n-2]) && !isVowel(w[n-3]) && !strings.ContainsRune("wxy", rune(w[n-1])) {
			d := w + w[n-1:]
			forms = append(forms, d+"ed", d+"ing")
		}
	}
	if irr, ok := irregularVerbs[w]; ok {
		// the regular past goes ("sayed"); the irregular ones come in
		forms = append(slices.DeleteFunc(forms, func(f string) bool { return strings.HasSuffix(f, "ed") && f != irr[0] && f != irr[1] }), irr[0], irr[1])
	}
	slices.Sort(forms)
	return slices.Compact(forms)
}

func isVowel(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }
