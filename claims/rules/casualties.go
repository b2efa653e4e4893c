package rules

import (
	"slices"
	"strings"

	"github.com/claimdiff/claimdiff/claims/phrase"
	"gopkg.in/yaml.v3"
)

// Casualties is the vocabulary the casualty claims are finished with,
// beyond their rules' patterns.
type Casualties struct {
	// Parts are the words that make a death toll given beside a number
	// shot a part of that total: "four people were shot, two of them
	// fatally", "two shot, one fatally", "five shot, one of whom died".
	// A toll without them, in a headline's list, stands beside the shot
	// figure ("1 dead, 3 shot": three more).
	Parts *phrase.Set[bool]
	// Outcomes are the words of what befell the victims: killed, wounded,
	// hurt. Two joined by "or" ("eight youths have been injured or
	// killed") count both together: no figure of either kind.
	Outcomes *phrase.Set[bool]
	// Tallies are the words that, before a plural incident noun, make a
	// count a tally over several incidents: "in separate shootings", "a
	// pair of shootings", "weekend shootings" (a number does too: "in 12
	// shootings").
	Tallies *phrase.Set[bool]
	// Periods are the words that, before a span of time after a count,
	// make it a tally over a period that runs to now: "eight children
	// have been shot in the past 17 months".
	Periods *phrase.Set[bool]
	// People are nouns of people, singular: a count joined by "and" or a
	// comma to one before it is listed among other victims, a part of
	// them ("two men and two women were injured").
	People *phrase.Set[bool]
	// Deaths are the words that tell of a death without a count: "were
	// slain", "died", "pronounced dead". A document with one does not
	// make everyone it says was shot wounded.
	Deaths *phrase.Set[bool]
	// Severities are the words that qualify an injury by how bad it is:
	// a zero with one ("no one was seriously hurt") says nothing of
	// lighter injuries, and is no count.
	Severities *phrase.Set[bool]
	// Gunfire are the words that say an injury came from gunfire ("16
	// suffering gunshot wounds", "four from gunshots"), and OtherCauses
	// those that say it did not ("injured while fleeing", "trampled",
	// "one from flying glass"): an injured count's frame cause.
	Gunfire, OtherCauses *phrase.Set[bool]
	// LaterDeaths are the words that tell of victims who died after they
	// were counted among the wounded: "one of them later died", "two more
	// have since died", "succumbed to his injuries".
	LaterDeaths *phrase.Set[bool]
	// Care are the words that make an injured count one of those in care:
	// "in critical condition", "taken to the hospital". Beside a larger
	// count of the wounded it counts some of them.
	Care *phrase.Set[bool]
	// Initial are the words that make a count a first report since
	// revised: "initially", "in initial reports".
	Initial *phrase.Set[bool]
	// Corrections are the words that take back a report just given: "the
	// report was corrected", "mistakenly". A count before one, in its
	// sentence or the one before, is a first report since revised.
	Corrections *phrase.Set[bool]
	// Breakdown are the words that, between an injured total and a
	// smaller count of gunshot wounds after it in its sentence, make that
	// count a part of the total: "20 were hurt, with 16 suffering gunshot
	// wounds".
	Breakdown *phrase.Set[bool]
	// Others are the words that, a few words before an incident noun,
	// mark it as another incident than the story's: "a separate
	// shooting", "the second quadruple shooting". "In that shooting"
	// pointing back at one so marked counts that other incident.
	Others *phrase.Set[bool]
	// NotPeople are the nouns of animals: after a number, or as the
	// object of a killing, they make it count no people ("shot 2 dogs":
	// animals are no casualties).
	NotPeople *phrase.Set[bool]
	// Repeats are the nouns that, after a number, make it count how often,
	// not how many: "fatally shot three times".
	Repeats *phrase.Set[bool]
	// Reports are the words that name a report or a figure: a correction
	// (Corrections) takes back a count only with one in it or just before
	// it ("that figure was incorrect", "reported in error").
	Reports *phrase.Set[bool]
	// Unhurt are the words that say a victim was not hit or hurt after
	// all: "survived without injury", "escaped unharmed". An injured or
	// shot claim with one in it or just after it counts no one.
	Unhurt *phrase.Set[bool]
	// NaturalDeaths are the words that put a death down to another cause
	// than violence: "dies of cancer", "died of natural causes". A killed
	// claim with one in it or just after it counts no one.
	NaturalDeaths *phrase.Set[bool]
	// PersonNouns are the nouns, singular, a rule's pattern names one
	// victim by ("a man was shot", "the clerk was killed"), written
	// {person-nouns} in a pattern.
	PersonNouns *phrase.Set[bool]
	// KinNouns are the nouns of kin and companions a rule's pattern reads
	// after a possessive ("killed his wife", "shot her boyfriend"),
	// written {kin-nouns} in a pattern.
	KinNouns *phrase.Set[bool]
	// OwnDeaths are the words of one who took his own life ("killed
	// himself", "turned the gun on himself"), written {own-deaths} in a
	// pattern: the death is the perpetrator's.
	OwnDeaths *phrase.Set[bool]
	// Rises are the words that say a count's figure has risen from one
	// given before: "the death toll had risen to five", "climbed to". A
	// smaller count of its kind before it was first reported.
	Rises *phrase.Set[bool]
	// VictimNouns are the nouns that name someone as a victim already told
	// of: "the victim", "the wounded". "The victim was also shot in the
	// leg" is the one already counted, no one new.
	VictimNouns *phrase.Set[bool]
	// Perpetrators are the nouns that name the one who shot ("the
	// suspect", "the gunman"), written {perpetrators} in a pattern. A
	// victim noun straight before one is an adjective ("the male
	// suspect", "the teen gunman"), no victim.
	Perpetrators *phrase.Set[bool]
	// PeoplePlural are the plural nouns of people a count after its verb
	// names ("wounding 16 others"), written {people-plural} in a pattern.
	PeoplePlural *phrase.Set[bool]
	// Conditions are the conditions a hospital gives a patient ("in
	// critical condition"), written {conditions} in a pattern.
	Conditions *phrase.Set[bool]
	// WoundSeverities are the words that grade a wound ("suffered minor
	// injuries"), written {wound-severities} in a pattern.
	WoundSeverities *phrase.Set[bool]
}

// casualtySet is one word list of casualties: its key in rules.yaml and
// the field that holds it.
type casualtySet struct {
	key string
	set **phrase.Set[bool]
}

// lists are the word lists of c, each with its key: the one place a new
// list is named for loading, cloning and making.
func (c *Casualties) lists() []casualtySet {
	return []casualtySet{{"parts", &c.Parts}, {"outcomes", &c.Outcomes}, {"tallies", &c.Tallies},
		{"periods", &c.Periods}, {"people", &c.People}, {"deaths", &c.Deaths}, {"severities", &c.Severities},
		{"gunfire", &c.Gunfire}, {"other-causes", &c.OtherCauses}, {"later-deaths", &c.LaterDeaths},
		{"initial", &c.Initial}, {"corrections", &c.Corrections}, {"care", &c.Care}, {"breakdown", &c.Breakdown},
		{"others", &c.Others}, {"not-people", &c.NotPeople}, {"repeats", &c.Repeats},
		{"reports", &c.Reports}, {"unhurt", &c.Unhurt},
		{"natural-deaths", &c.NaturalDeaths}, {"person-nouns", &c.PersonNouns}, {"kin-nouns", &c.KinNouns},
		{"own-deaths", &c.OwnDeaths}, {"rises", &c.Rises}, {"victim-nouns", &c.VictimNouns},
		{"perpetrators", &c.Perpetrators}, {"people-plural", &c.PeoplePlural},
		{"conditions", &c.Conditions}, {"wound-severities", &c.WoundSeverities}}
}

// wordLists gives each word list by its key, its phrases sorted: what a
// pattern's list placeholder ({person-nouns}) expands to.
func (c *Casualties) wordLists() map[string][]string {
	out := map[string][]string{}
	for _, l := range c.lists() {
		words := (*l.set).Words()
		slices.Sort(words)
		out[l.key] = words
	}
	return out
}

func newCasualties() *Casualties {
	c := &Casualties{}
	for _, l := range c.lists() {
		*l.set = phrase.New[bool]()
	}
	return c
}

func (c *Casualties) clone() *Casualties {
	d := &Casualties{}
	from := c.lists()
	for i, l := range d.lists() {
		*l.set = copySet(*from[i].set)
	}
	return d
}

func (l *loader) casualties(n *yaml.Node, c *Casualties) {
	lists := c.lists()
	keys := make([]string, len(lists))
	for i, ls := range lists {
		keys[i] = ls.key
	}
	f, _ := l.fields(n, "casualties", keys...)
	for _, ls := range lists {
		if v := f[ls.key]; v != nil {
			for _, s := range l.strs(v, "casualties."+ls.key) {
				(*ls.set).Add(strings.ToLower(s), true)
			}
		}
	}
}
