package claims

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/claimdiff/claimdiff/claims/ingest"
	"github.com/claimdiff/claimdiff/claims/rules"
	"github.com/claimdiff/claimdiff/internal/rulestest"
)

// frameCases are TestFrames' sentences: the number to find and the frame
// it must carry (its time aside).
var frameCases = []struct {
	text   string
	number float64
	want   Frame
}{
	{"WTI crude fell 4.1% to $61.20 a barrel on Tuesday.", -4.1,
		Frame{Measured: "WTI crude", Head: "crude", Entity: "WTI crude", Change: true, Direction: "down"}},
	{"WTI crude fell 4.1% to $61.20 a barrel on Tuesday.", 61.2,
		Frame{Measured: "WTI crude", Head: "crude", Entity: "WTI crude", Per: "barrel"}},
	{"Residents said 14 shots rang out.", 14,
		Frame{Measured: "shots", Head: "shot"}}, // an irregular past ends the noun phrase
	{"The three governors drew plaudits for their debate.", 3,
		Frame{Measured: "governors", Head: "governor"}},
	{"The death toll rose to 18 on Friday.", 18,
		Frame{Measured: "death toll", Head: "toll", Direction: "up"}},
	{"At least 285 people are now in hospital.", 285,
		Frame{Measured: "people", Head: "person", Scope: "current"}},
	{"The band released 14 studio albums.", 14,
		Frame{Measured: "studio albums", Head: "album", Entity: "The band"}},
	{"Jones faces three counts of child abuse.", 3,
		Frame{Measured: "child abuse", Head: "abuse", Entity: "Jones"}},
	{"The company cut 300 jobs.", 300,
		Frame{Measured: "jobs", Head: "job", Entity: "The company", Change: true, Direction: "down"}},
	{"By 2085, it would manage to cover 74 percent of promised benefits.", 74,
		Frame{Measured: "promised benefits", Head: "benefit"}},
	{"A jury found him guilty of abusing two 13-year-old choir boys.", 2,
		Frame{Measured: "choir boys", Head: "boy"}},
	{"At least 230 sailors aboard the Nimitz had tested positive.", 230,
		Frame{Measured: "sailors", Head: "sailor", Entity: "the Nimitz"}},
	{"Mead Valley is about 15 miles south of Riverside.", 15,
		Frame{Head: "distance", Entity: "Mead Valley"}},
	{"A resident reported hearing eight or nine gunshots.", 8,
		Frame{Measured: "gunshots", Head: "gunshot"}},
	{"He used it to pay hundreds of thousands of dollars in Kessler's household expenses.", 200000,
		Frame{Measured: "household expenses", Head: "expense", Entity: "Kessler"}},
	{"He posted a 74-page \"manifesto\" online.", 74,
		Frame{Measured: "manifesto", Head: "manifesto"}},
	{"Police said Ivan A. Lopez was a 34-year-old Army specialist.", 34,
		Frame{Measured: "age", Head: "age", Entity: "Ivan A. Lopez"}},
	{"One suspect is a 26-year-old man.", 26,
		Frame{Measured: "age", Head: "age", Entity: "suspect"}},
	{"Louisiana Governor John Bel Edwards toured the coast. The 54-year-old governor met residents.", 54,
		Frame{Measured: "age", Head: "age", Entity: "John Bel Edwards"}},
	{"The vaccine is administered in two doses.", 2,
		Frame{Head: "dose", Entity: "The vaccine"}},
	{"The bridge, designed by a Dutch firm, was built in three stages.", 3,
		Frame{Measured: "stages", Head: "stage", Entity: "The bridge"}},
	{"LePage's six years in office have been marked by controversy.", 6,
		Frame{Head: "tenure", Entity: "LePage"}},
	// what a figure with no noun of its own measures, by the words around
	// it (rules.yaml frames.after-heads, frames.verb-heads)
	{"He has spent just over one year in prison.", 1,
		Frame{Head: "prison"}},
	{"Smith, 45, faces up to six months in jail and a $1,000 fine.", 6,
		Frame{Head: "prison", Entity: "Smith"}},
	{"The group used the appeal to raise $25 million from donors.", 25e6,
		Frame{Head: "fundraising"}},
	{"Hutchinson spent a year at Georgetown University.", 1,
		Frame{Head: "duration", Entity: "Hutchinson"}},
	{"Barlow spent more than $1 million in June and July alone.", 1e6,
		Frame{Head: "spending", Entity: "Barlow"}},
	// a verb's first object is no subject (objectNounAt), and the second
	// of two figures set side by side is neither the first's thing nor
	// the subject's (sideBySide)
	{"Barlow outraised the retired teacher $5.4 million to $200,000.", 5.4e6,
		Frame{Head: "amount", Entity: "Barlow"}},
	{"Barlow outraised the retired teacher $5.4 million to $200,000.", 200000,
		Frame{Head: "amount"}},
	{"That year the city recorded 305 homicides.", 305,
		Frame{Measured: "homicides", Head: "homicide", Entity: "the city"}},
	// how long a clause's predicate holds is its subject's (heldFor)
	{"The vaccine appeared to be safe for 42 days.", 42,
		Frame{Head: "duration", Entity: "The vaccine"}},
	{"Marisol was a pupil at the academy for more than two years.", 2,
		Frame{Head: "duration", Entity: "Marisol"}},
	{"The road will be closed to traffic for another three days.", 3,
		Frame{Head: "duration", Entity: "The road"}},
	{"Police said the suspect had lived there for two years.", 2,
		Frame{Head: "duration"}},
	{"Ticket prices rose by $5.", 5,
		Frame{Measured: "Ticket prices", Head: "price", Change: true, Direction: "up"}},
	{"Police said Ivan A. Lopez shot his 16 victims.", 16,
		Frame{Measured: "victims", Head: "victim", Entity: "Ivan A. Lopez"}},
	// a storm surge is a thing, not a move; up to is a bound, not a rise
	{"Officials warned of a storm surge of up to 20 feet.", 20,
		Frame{Measured: "storm surge", Head: "surge"}},
	{"Oil prices saw a surge of 20% on Monday.", 20,
		Frame{Change: true, Direction: "up"}},
	// the holder of an age said after it, and of a group inside it
	{"The child is almost three years old.", 3,
		Frame{Measured: "age", Head: "age", Entity: "child"}},
	{"The volunteers - aged between 18 and 60 - were tracked.", 18,
		Frame{Measured: "age", Head: "age", Entity: "volunteers"}},
	{"He fired shots at a car, with seven young men inside.", 7,
		Frame{Measured: "men", Head: "man", Entity: "a car"}},
	{"Brewer's office had received more than 10,000 calls.", 10000,
		Frame{Measured: "calls", Head: "call", Entity: "Brewer's office"}},
	// a casualty count's event: named, else described
	{"Seven people were wounded in a drive-by shooting on Monday night.", 7,
		Frame{Measured: "people", Head: "person", Entity: "drive-by shooting"}},
	// people counted near an incident, not its casualties: no entity
	{"About 300 people attended a vigil on Sunday for the victims of the shooting.", 300,
		Frame{Measured: "people", Head: "person"}},
	{"The boat carried 40 people before it sank in a storm.", 40,
		Frame{Measured: "people", Head: "person"}},
	// a subject pronoun is no one's when nothing tells its sex
	{"Donald Trump said she deleted 30,000 emails.", 30000,
		Frame{Measured: "emails", Head: "email"}},
	// the main clause's subject owns what its verb of having, getting
	// or facing takes, over an apposition and along a list of figures
	{"The committee, a panel of eight, has held at least 12 public hearings since May.", 12,
		Frame{Measured: "public hearings", Head: "hearing", Entity: "The committee"}},
	{"Halvorsen, a 31-year-old Norwegian, admitted to 12 charges of arson, 7 counts of assault and one charge of terrorism.", 1,
		Frame{Measured: "charge", Head: "charge", Entity: "Halvorsen"}},
	{"In Washington, Congress is working on a historic $2.2 trillion relief package.", 2.2e12,
		Frame{Measured: "relief package", Head: "package", Entity: "Congress"}},
	{"Ohio is seen as a toss-up, and its 18 electoral votes could decide the race.", 18,
		Frame{Measured: "electoral votes", Head: "vote", Entity: "Ohio"}},
	{"114 sailors from the USS Carl Vinson have tested positive.", 114,
		Frame{Measured: "sailors", Head: "sailor", Entity: "the USS Carl Vinson"}},
	// not the owner: a verb of acting on others or of seeing, an object
	// the figure hangs on, a figure in a subordinate clause (whose own
	// subject owns it only by a verb of having, as the main one does) or in
	// another's clause, the sought, an origin that is a place
	{"Police are searching for two gunmen in the area.", 2,
		Frame{Measured: "gunmen", Head: "gunman"}},
	{"Detectives have not arrested anyone in the four shootings.", 4,
		Frame{Measured: "shootings", Head: "shooting"}},
	{"Dozens more were injured as the gunman moved between two mosques.", 2,
		Frame{Measured: "mosques", Head: "mosque"}},
	{"In December, a jury found him guilty of abusing two choir boys.", 2,
		Frame{Measured: "choir boys", Head: "boy"}},
	{"The offer would protect 300,000 people from El Salvador.", 300000,
		Frame{Measured: "people", Head: "person"}},
	// "He" opening a sentence is the person the sentences before are
	// about: not a name in a sentence about him ("described by Prime
	// Minister Scott Morrison")
	{"Brenton Tarrant was sentenced on Thursday. The 29-year-old was described by Prime Minister Scott Morrison as an extremist. He had 74 followers on the site.", 74,
		Frame{Measured: "followers", Head: "follower", Entity: "Brenton Tarrant"}},
	// a duration's words name it; a change noun's noun is what changes
	{"Delgado was sentenced in March to three years in prison.", 3,
		Frame{Head: "sentence", Entity: "Delgado"}},
	{"Lawmakers have three weeks to reach a deal.", 3,
		Frame{Head: "time", Entity: "Lawmakers"}},
	{"The talks lasted three weeks.", 3,
		Frame{Head: "duration", Entity: "The talks"}},
	{"The bill included $800 billion in revenue increases.", 8e11,
		Frame{Measured: "revenue increases", Head: "revenue", Entity: "The bill"}},
	{"Seniors received benefits averaging $1,179.", 1179,
		Frame{Measured: "benefits", Head: "benefit"}},
	{"The store destroyed $35,000 worth of food.", 35000,
		Frame{Measured: "food", Head: "food", Entity: "The store"}},
	// a "He" that says or thinks is the source of the figure, not its owner
	{"Thomas Modly spoke on Friday. He said about 1,000 sailors have been evacuated.", 1000,
		Frame{Measured: "sailors", Head: "sailor"}},
	{"Brenton Tarrant was sentenced on Thursday. He posted a 74-page manifesto online.", 74,
		Frame{Measured: "manifesto", Head: "manifesto", Entity: "Brenton Tarrant"}},
	// "He" and "she" stand for the last person of their sex, learnt from
	// the pronoun that went on about them
	{"John Smith spoke on Monday. Mary Jones left on Tuesday. She said she owns 12 cars. He owns 3 boats.", 3,
		Frame{Measured: "boats", Head: "boat", Entity: "John Smith"}},
	// a name ending in a title is an office ("Stafford County Sheriff's
	// Office"), no person for a later "He"
	{"Stafford County Sheriff's Office told of finding the family. He posted a 74-page manifesto online.", 74,
		Frame{Measured: "manifesto", Head: "manifesto"}},
	// "The" and an age opening a sentence: the person the text is about
	{"Anders Voll was sentenced on Monday. The 31-year-old Norwegian has pleaded guilty to 12 counts of arson.", 12,
		Frame{Measured: "arson", Head: "arson", Entity: "Anders Voll"}},
	{"Dave Brat won the primary on Tuesday. The 49-year-old teaches at a college in Ashland.", 49,
		Frame{Measured: "age", Head: "age", Entity: "Dave Brat"}},
	{"Dave Brat won the primary on Tuesday. The 2-year-old twins were found unharmed.", 2,
		Frame{Measured: "age", Head: "age", Entity: "twins"}},
	// the body a count makes up, or each of whose members has it; not a
	// part, an act or a total
	{"The plant lies near a village of at least 3,000 people.", 3000,
		Frame{Measured: "people", Head: "person", Entity: "a village"}},
	{"Firms are running clinical studies, each with tens of thousands of volunteers.", 20000,
		Frame{Measured: "volunteers", Head: "volunteer", Entity: "clinical studies"}},
	{"Investigators announced the arrest of two teens on Saturday.", 2,
		Frame{Measured: "teens", Head: "teen"}},
	{"Officials counted a total of 40 cases.", 40,
		Frame{Measured: "cases", Head: "case", Scope: "total"}},
	// "his" opening a sentence that names no one is the person the text
	// is about; "her" after another's noun is that noun's
	{"Joseph Lieberman met Trump on Thursday. His age, 75, could be a problem.", 75,
		Frame{Measured: "age", Head: "age", Entity: "Joseph Lieberman"}},
	{"Robert Schultz found them on Friday. The bodies of his niece and her six children were found.", 6,
		Frame{Measured: "children", Head: "child", Entity: "his niece"}},
	// a bare count that only people can be the subject of counts people
	{"Half a million have been told to leave.", 500000,
		Frame{Head: "person"}},
	{"Two are expected to be transported to hospital.", 2,
		Frame{Head: "person"}},
	// the person a sentence opens with owns no figure of a clause of its own
	{"George Pell appealed against the verdict, but three judges upheld it.", 3,
		Frame{Measured: "judges", Head: "judge"}},
	// a distance set after a place by a comma is the place's
	{"Residents fled to Vizag, 20 miles away.", 20,
		Frame{Head: "distance", Entity: "Vizag"}},
	{"The town is quiet, about 20km away.", 20,
		Frame{Head: "distance"}},
	// an organisation employs the people a role noun counts
	{"The 11 OPD officers involved are relieved of duty.", 11,
		Frame{Measured: "OPD officers", Head: "officer", Entity: "OPD"}},
	{"Three US officials said the ship was safe.", 3,
		Frame{Measured: "US officials", Head: "official"}},
	{"About 60 House Democrats boycotted the event.", 60,
		Frame{Measured: "House Democrats", Head: "democrat"}},
	{"Grand Teton had 424,725 visitors from the start of the year.", 424725,
		Frame{Measured: "visitors", Head: "visitor", Entity: "Grand Teton"}},
	// a thing's name given after it is what its figure belongs to
	{"He was arrested on a 150-foot yacht called the Lady May in Connecticut.", 150,
		Frame{Measured: "yacht", Head: "yacht", Entity: "the Lady May"}},
	{"They ran a US$18 million (S$25 million) fundraising campaign called Fund The Fence.", 18e6,
		Frame{Measured: "fundraising campaign", Head: "campaign", Entity: "Fund The Fence"}},
	// a conversion in parentheses measures what the figure it converts does
	{"They ran a US$18 million (S$25 million) fundraising campaign called Fund The Fence.", 25e6,
		Frame{Measured: "fundraising campaign", Head: "campaign", Entity: "Fund The Fence"}},
	{"The women were named in the indictment, which lists 12 counts.", 12,
		Frame{Measured: "counts", Head: "count", Entity: "the indictment"}},
	// a hyphenated count of parts counts them of the noun it modifies; a
	// unit measures the noun
	{"She would not quit the 12-nation Atlantic fishing pact.", 12,
		Frame{Measured: "nation", Head: "nation", Entity: "Atlantic fishing pact"}},
	{"He drove off in a white, four-door Mazda.", 4,
		Frame{Measured: "door", Head: "door", Entity: "Mazda"}},
	{"He posted a 74-page manifesto.", 74,
		Frame{Measured: "manifesto", Head: "manifesto"}},
	// a phrase that places the counted thing is not what is counted; a
	// partitive's "of" ties the figure to its noun through "at"
	{"A university tracker logged the number of confirmed cases in Brazil at 85,400.", 85400,
		Frame{Measured: "confirmed cases", Head: "case"}},
	{"The number of cases in New York stood at 37,000 on Thursday.", 37000,
		Frame{Measured: "cases", Head: "case"}},
	// a figure that refers back to the one before it in its sentence
	{"At least 230 sailors aboard the Nimitz had tested positive, an increase of 57 cases since the day before.", 57,
		Frame{Measured: "cases", Head: "case", Entity: "the Nimitz", Change: true, Direction: "up", Scope: "previous"}},
	{"Three sailors had fallen ill, and that number had risen to 25 two days later.", 25,
		Frame{Measured: "sailors", Head: "sailor", Direction: "up"}},
	{"Three sailors on the Nimitz had fallen ill, and that number had risen to 25 two days later.", 25,
		Frame{Measured: "sailors", Head: "sailor", Entity: "the Nimitz", Direction: "up"}},
	// a relative "which" stands for the noun phrase before it
	{"Canada would fund the bridge, which he reckons would cost about $3 billion.", 3e9,
		Frame{Head: "cost", Entity: "the bridge"}},
	{"They plan a new stadium, which would hold 60,000 fans.", 60000,
		Frame{Measured: "fans", Head: "fan", Entity: "a new stadium"}},
	// "they" and "their" stand for the group the sentence opens with; a
	// witness does not own what it perceives
	{"Health officials said they are watching six care homes in the county.", 6,
		Frame{Measured: "care homes", Head: "home", Entity: "Health officials"}},
	{"Rosa and Karl Winter have been found dead along with their two daughters.", 2,
		Frame{Measured: "daughters", Head: "daughter", Entity: "Rosa and Karl Winter"}},
	{"Police say an Ohio man, his wife and their two daughters died.", 2,
		Frame{Measured: "daughters", Head: "daughter", Scope: "part"}},
	{"John Smith said they found 3 guns.", 3,
		Frame{Measured: "guns", Head: "gun"}},
	{"Residents say they heard five gunshots before the police arrived.", 5,
		Frame{Measured: "gunshots", Head: "gunshot"}},
	// "his"/"her" right after "<person> and" is that person's; a name right
	// after a measured noun is the person it describes
	{"The coroner gave the cause of death for a father and his two young sons.", 2,
		Frame{Measured: "sons", Head: "son", Entity: "a father"}},
	{"Dan Kemp backed three term Ohio Governor Ted Morrow for the nomination.", 3,
		Frame{Measured: "term", Head: "term", Entity: "Ted Morrow"}},
	// the subject owns a change to its verb's object ("by") and what the
	// gerund its verb takes has
	{"His office says the plan would cut deficits by $290 billion over ten years.", 290e9,
		Frame{Measured: "deficits", Head: "deficit", Entity: "the plan", Change: true, Direction: "down"}},
	{"The company raised prices by 5 percent.", 5,
		Frame{Measured: "prices", Head: "price", Entity: "The company", Change: true, Direction: "up"}},
	{"Grimm has acknowledged receiving $250,000 in contributions.", 250000,
		Frame{Measured: "contributions", Head: "contribution", Entity: "Grimm"}},
	// a count of people an event displaced is the incident's, as a
	// casualty count is
	{"A woman runs from the toxic gas leak holding a baby as 5,000 people were evacuated from the district.", 5000,
		Frame{Measured: "people", Head: "person", Entity: "toxic gas leak"}},
	{"Roads near the fatal leak were filled with hundreds of people fleeing the fumes.", 200,
		Frame{Measured: "people", Head: "person"}},
	// an adjunct ", with N" belongs to the main clause's owner
	{"The US now has the most confirmed coronavirus infections of any nation, with more than 86,200 positive tests.", 86200,
		Frame{Measured: "positive tests", Head: "test", Entity: "The US"}},
	// a count of people put in a body or an event is that one's
	{"More than 5,000 people have already volunteered to take part in the trials.", 5000,
		Frame{Measured: "people", Head: "person", Entity: "the trials"}},
	// a figure in a subordinate clause is its own subject's
	{"Dozens more were hurt when Halvorsen opened fire on two churches.", 2,
		Frame{Measured: "churches", Head: "church", Entity: "Halvorsen"}},
	// a courtesy title opening the sentence does not hide its subject
	{"Mr. Delgado was sentenced in March to three years in prison.", 3,
		Frame{Head: "sentence", Entity: "Delgado"}},
	// arrests are the acts of whoever made them; the people a casualty
	// count counts are not its agent's
	{"Riot police made at least 30 arrests after the march turned violent.", 30,
		Frame{Measured: "arrests", Head: "arrest", Entity: "Riot police"}},
	{"The gunman killed 14 people.", 14,
		Frame{Measured: "people", Head: "person"}},
	// "she" in what a cue reports is the speaker, unless the text's last
	// woman is another
	{"Jane Moss ran the charity for a decade. Last year, Moss admitted that she sent or received about 2,000 messages.", 2000,
		Frame{Measured: "messages", Head: "message", Entity: "Jane Moss"}},
	{"Tom Reed ran the charity. He was well liked. Ann Lee joined it in May. Reed said that she sent about 2,000 messages.", 2000,
		Frame{Measured: "messages", Head: "message"}},
	// what holds a group, after its verb; where it is does not
	{"Four people were in the car when it crashed.", 4,
		Frame{Measured: "people", Head: "person", Entity: "the car"}},
	{"About 900 crew members have been evacuated from the carrier.", 900,
		Frame{Measured: "crew members", Head: "member", Entity: "the carrier"}},
	{"About 200 residents were evacuated from the area.", 200,
		Frame{Measured: "residents", Head: "resident"}},
	{"Three people were in the hospital on Monday.", 3,
		Frame{Measured: "people", Head: "person"}},
	// how long a thing lasted, or was done to it, is its subject's
	{"The hearing lasted about 40 minutes.", 40,
		Frame{Head: "duration", Entity: "The hearing"}},
	{"The volunteers - all adults - were monitored for 28 days.", 28,
		Frame{Head: "duration", Entity: "The volunteers"}},
	// the time left is for whom it is left
	{"With only two weeks left for negotiators to strike a deal, talks resumed.", 2,
		Frame{Head: "time", Entity: "negotiators"}},
	// who does what a gerund says: the possessor of its noun, or "him"
	{"The court upheld Ann Ross's conviction for illegally selling 40 rifles.", 40,
		Frame{Measured: "rifles", Head: "rifle", Entity: "Ann Ross"}},
	{"John Ward ran the fund. A jury found him guilty of defrauding 300 investors.", 300,
		Frame{Measured: "investors", Head: "investor", Entity: "John Ward"}},
	// a participle's subject is the main clause's
	{"Reuters ran the story on Friday, citing three senior officials.", 3,
		Frame{Measured: "senior officials", Head: "official", Entity: "Reuters"}},
	{"Citing three senior officials, Reuters reported that the talks had stalled.", 3,
		Frame{Measured: "senior officials", Head: "official", Entity: "Reuters"}},
	// an audience is its speaker's; a cue's audience is no subject
	{"The mayor told about 300 residents at a town hall that the plant would close.", 300,
		Frame{Measured: "residents", Head: "resident", Entity: "The mayor"}},
	{"Officials told reporters 40 homes had burned.", 40,
		Frame{Measured: "homes", Head: "home"}},
	// a "to" infinitive's subject is its verb group's; a title tells "she"
	{"Since the audit that Mrs. Reyes ordered, she seems to have signed two contracts.", 2,
		Frame{Measured: "contracts", Head: "contract", Entity: "Reyes"}},
	{"Mr. Ortiz said she seems to have signed two contracts.", 2,
		Frame{Measured: "contracts", Head: "contract"}},
	// people moved from their homes in the place a sentence opens with
	{"In Peru, officials have evacuated at least 12,000 people from the coast.", 12000,
		Frame{Measured: "people", Head: "person", Entity: "Peru"}},
	{"In Turkey, officials evacuated 3,000 people from Syria.", 3000,
		Frame{Measured: "people", Head: "person", Entity: "Syria"}},
	{"In the capital, officials have evacuated at least 12,000 people from the coast.", 12000,
		Frame{Measured: "people", Head: "person"}},
	// "his" after "the <title>" is the one person the document gives it
	{"President Ann Vega spoke on Monday. The weary president, nearing the end of her six-year term, took questions.", 6,
		Frame{Measured: "term", Head: "term", Entity: "Ann Vega"}},
	// an age after "identified as" is the person identified
	{"Deputies found a woman later identified as 31-year-old from Dayton.", 31,
		Frame{Measured: "age", Head: "age", Entity: "woman"}},
	// the holders an aside counts in
	{"The two studies - including 500 patients each - found no effect.", 500,
		Frame{Measured: "patients", Head: "patient", Entity: "The two studies"}},
}

// TestFrames checks what a number measures in sentences that the frame
// filler must read right: change against level, the level a move reached,
// a rate's denominator, a count's scope, the owner of the figure, and a
// noun that counts what its "of" names.
func TestFrames(t *testing.T) {
	r := rulestest.Default(t)

	for _, tc := range frameCases {
		var got *Frame
		if c := valued(sentenceResult(r, tc.text).Claims, tc.number); c != nil {
			got = c.Frame
		}
		if got != nil {
			g := *got
			g.Time = nil // time anchors: TestTimeAnchors
			got = &g
		}
		switch {
		case got == nil:
			t.Errorf("%q: no claim of %v with a frame", tc.text, tc.number)
		case *got != tc.want:
			t.Errorf("%q, %v:\n got %+v\nwant %+v", tc.text, tc.number, *got, tc.want)
		}
	}
}

// TestTimeAnchors checks when a figure holds: the anchor as written, its
// dates resolved against the sentence's date or the publication date, and
// the instant in UTC of a clock time in a zone (daylight saving followed:
// 4 p.m. CT in August is 21:00 UTC, in January 22:00 UTC).
func TestTimeAnchors(t *testing.T) {
	r := rulestest.Default(t)
	pub := time.Date(2020, 8, 28, 9, 0, 0, 0, time.UTC) // a Friday
	tests := []struct {
		text      string
		number    float64
		published time.Time
		want      *TimeAnchor
	}{
		{"As of 4 p.m. CT Thursday, 14 people had died in Louisiana.", 14, pub,
			&TimeAnchor{Text: "As of 4 p.m. CT Thursday", Start: "2020-08-27", End: "2020-08-27", Precision: "day",
				Clock: "16:00", Zone: "CT", Instant: "2020-08-27T21:00:00Z", Relative: true}},
		{"At 21:00 GMT on Thursday the storm had winds of 100 mph.", 100, pub,
			&TimeAnchor{Text: "At 21:00 GMT on Thursday", Start: "2020-08-27", End: "2020-08-27", Precision: "day",
				Clock: "21:00", Zone: "GMT", Instant: "2020-08-27T21:00:00Z", Relative: true}},
		{"The toll stood at 18 at 4 p.m. CT on Jan. 9, 2020.", 18, pub,
			&TimeAnchor{Text: "at 4 p.m. CT on Jan. 9, 2020", Start: "2020-01-09", End: "2020-01-09", Precision: "day",
				Clock: "16:00", Zone: "CT", Instant: "2020-01-09T22:00:00Z"}},
		{"Police said three people died the previous night.", 3, pub,
			&TimeAnchor{Text: "the previous night", Start: "2020-08-27", End: "2020-08-27", Precision: "day", Relative: true}},
		{"On Tuesday, 40 people were hurt; a year earlier, 25 people were hurt.", 25, pub,
			&TimeAnchor{Text: "a year earlier", Start: "2019-01-01", End: "2019-12-31", Precision: "year", Relative: true}},
		{"On Tuesday, 40 people were hurt; a year earlier, 25 people were hurt.", 40, pub,
			&TimeAnchor{Text: "On Tuesday", Start: "2020-08-25", End: "2020-08-25", Precision: "day", Relative: true}},
		{"In 1984, 3,000 people died in Bhopal.", 3000, pub,
			&TimeAnchor{Text: "In 1984", Start: "1984-01-01", End: "1984-12-31", Precision: "year"}},
		{"Last week 40 people were hurt.", 40, pub,
			&TimeAnchor{Text: "Last week", Start: "2020-08-17", End: "2020-08-23", Precision: "week", Relative: true}},
		{"The company will cut 300 jobs next week.", 300, pub,
			&TimeAnchor{Text: "next week", Start: "2020-08-31", End: "2020-09-06", Precision: "week", Relative: true}},
		{"On Thursday evening the toll was 18.", 18, pub,
			&TimeAnchor{Text: "On Thursday evening", Start: "2020-08-27", End: "2020-08-27", Precision: "day", Relative: true}},
		{"Three days later, 12 people were still in hospital.", 12, pub,
			&TimeAnchor{Text: "Three days later", Start: "2020-08-31", End: "2020-08-31", Precision: "day", Relative: true}},
		{"The gas escaped at about 03:00 local time (21:30 GMT Wednesday) as 12 people slept.", 12, time.Date(2020, 5, 7, 0, 0, 0, 0, time.UTC),
			&TimeAnchor{Text: "21:30 GMT Wednesday", Start: "2020-05-06", End: "2020-05-06", Precision: "day",
				Clock: "21:30", Zone: "GMT", Instant: "2020-05-06T21:30:00Z", Relative: true}},
		{"Three people died the previous night.", 3, time.Time{},
			&TimeAnchor{Text: "the previous night", Precision: "unresolved", Relative: true}},
		{"The company cut 300 jobs.", 300, pub, nil},
		{"In a bulletin at 14:00 local time, the agency reported 300 homes flooded.", 300, pub,
			&TimeAnchor{Text: "at 14:00 local time", Start: "2020-08-28", End: "2020-08-28", Precision: "day",
				Clock: "14:00", Zone: "local", Relative: true}},
		{"A 40-year-old man was among 12 people arrested.", 12, pub, nil},
		{"At 2:30 a.m. IST on Jan. 9, 2020, 12 people were in hospital.", 12, pub,
			&TimeAnchor{Text: "At 2:30 a.m. IST on Jan. 9, 2020", Start: "2020-01-09", End: "2020-01-09", Precision: "day",
				Clock: "02:30", Zone: "IST"}},
		{"John Smith, 45, was jailed for 10 years on three counts of fraud.", 45, pub, nil},
		{"He was jailed for 10 years on three counts of fraud before 12 jurors.", 12, pub, nil},
		{"Three years on, 40 families are still homeless.", 40, pub,
			&TimeAnchor{Text: "Three years on", Start: "2023-01-01", End: "2023-12-31", Precision: "year", Relative: true}},
	}
	for _, tc := range tests {
		res := Extract(&ingest.Document{ID: "t", Text: "Headline\n" + tc.text, Published: tc.published}, r)
		found := false
		for _, c := range res.Claims {
			if c.Value == nil || c.Value.Number != tc.number || c.Frame == nil {
				continue
			}
			found = true
			switch got := c.Frame.Time; {
			case got == nil && tc.want == nil:
			case got == nil || tc.want == nil:
				t.Errorf("%q, %v: time %+v, want %+v", tc.text, tc.number, got, tc.want)
			case *got != *tc.want:
				t.Errorf("%q, %v:\n got %+v\nwant %+v", tc.text, tc.number, *got, *tc.want)
			}
		}
		if !found {
			t.Errorf("%q: no claim of %v with a frame", tc.text, tc.number)
		}
	}
}

// TestAgeFrames checks the kinds a bare number's frame gives it: ages in a
// list after "the ages of the victims are", at the ends of an age range,
// after "the youngest was"; money in "hundreds of thousands of dollars";
// and that a count is still a count.
func TestAgeFrames(t *testing.T) {
	r := rulestest.Default(t)
	tests := []struct {
		text string
		want map[float64]string // number -> kind
	}{
		{"Officers said the ages of the victims were 16, 22, 25, 29, and 61.",
			map[float64]string{16: "age", 22: "age", 25: "age", 29: "age", 61: "age"}},
		{"The victims are between 15 and 17 years old.", map[float64]string{15: "age", 17: "age"}},
		{"Healthy people between the age of 18 and 60 took part.", map[float64]string{18: "age", 60: "age"}},
		{"The youngest was 19.", map[float64]string{19: "age"}},
		{"His age, 75, could be problematic.", map[float64]string{75: "age"}},
		{"A fifth teenager, who was 17 at the time of the robbery, was charged.", map[float64]string{17: "age"}},
		{"Gary Jones (32) was also hurt.", map[float64]string{32: "age"}},
		{"The party won seats in Labour (32) areas.", map[float64]string{32: ""}},
		{"The band released 14 studio albums.", map[float64]string{14: "count"}},
		{"The defendants passed hundreds of thousands of dollars to Kolfage.", map[float64]string{200000: "money"}},
	}
	for _, tc := range tests {
		res := sentenceResult(r, tc.text)
		got := map[float64]string{}
		for _, c := range res.Claims {
			if c.Value != nil {
				got[c.Value.Number] = c.Kind
			}
		}
		for n, k := range tc.want {
			if got[n] != k {
				t.Errorf("%q: %v is %q, want %q", tc.text, n, got[n], k)
			}
		}
	}
}

// TestNotCounts checks numbers that are no claim: a clock's minutes, a
// duration that says when ("a year earlier").
func TestNotCounts(t *testing.T) {
	r := rulestest.Default(t)
	for _, tc := range []struct {
		text   string
		number float64
	}{
		{"In a bulletin at 14:00 local time, the agency reported 300 homes flooded.", 0},
		{"In a bulletin at 14:00 local time, the agency reported 300 homes flooded.", 14},
		{"Sales rose to 5,000 from 4,000 a year earlier.", 1},
		{"Three days later, 12 people were still in hospital.", 3},
		{"Hide Caption 4 of 43 Photos: Storm Delta leaves trail of damage.", 43},
		{"The gas escaped at about 03:00 local time as 12 people slept.", 0},
	} {
		res := sentenceResult(r, tc.text)
		for _, c := range res.Claims {
			if c.Value != nil && c.Value.Number == tc.number {
				t.Errorf("%q: %v claimed as %s (%q)", tc.text, tc.number, c.Kind, c.Text)
			}
		}
	}
}

// TestLongList checks that a figure in a list shares the list's link only
// within a bounded window: a run of 2,000 figures costs linear work, and
// the figures far from the link measure nothing (and are no claims).
func TestLongList(t *testing.T) {
	r := rulestest.Default(t)
	var sb strings.Builder
	sb.WriteString("Headline\nThe scores were ")
	for i := range 2000 {
		fmt.Fprintf(&sb, "%d, ", i%900+10)
	}
	sb.WriteString("and 7.")
	res := Extract(&ingest.Document{ID: "t", Text: sb.String()}, r)
	if n := len(res.Claims); n == 0 || n > 4*frameWindow {
		t.Errorf("%d claims from a list of 2,000 figures, want 1 to %d", n, 4*frameWindow)
	}
}

// TestBabyAges: an age in months, weeks or days is a claim only when a
// person holds it; things are said to be days old as often as babies.
func TestBabyAges(t *testing.T) {
	r := rulestest.Default(t)
	for _, tc := range []struct {
		text string
		age  bool
	}{
		{"An 18-month-old boy was wounded.", true},
		{"The 18-month-old was wounded in the shooting.", true},
		{"John Smith, 14 months old, was hurt.", true},
		{"Six grandchildren ages 3 months to 10 years old were there.", true},
		{"The 30-day-old ceasefire collapsed.", false},
		{"The strike, now 40 days old, has closed 12 schools.", false},
	} {
		res := sentenceResult(r, tc.text)
		got := false
		for _, c := range res.Claims {
			if c.Kind == "age" && c.Value != nil && c.Value.Unit != "years" {
				got = true
			}
		}
		if got != tc.age {
			t.Errorf("%q: an age in months, weeks or days %v, want %v", tc.text, got, tc.age)
		}
	}
}

// TestNamedNumbers: a number inside a name counts nothing.
func TestNamedNumbers(t *testing.T) {
	r := rulestest.Default(t)
	for _, tc := range []struct {
		text   string
		number float64
		claim  bool
	}{
		{"The shooting happened near 8 Mile and Dequindre on Sunday.", 8, false},
		{"The minister spoke at 10 Downing Street on Monday.", 10, false},
		{"A woman was hurt after a shooting in the Four Hills neighborhood.", 4, false},
		{"Shooting Leaves Four Dead In Detroit", 4, true},
		{"The strike killed 3 Americans, officials said.", 3, true},
		{"The Justice Department charged 12 Iranian military officers.", 12, true},
		{"He drove 8 miles to the hospital.", 8, true},
		{"A neighbour made a 911 call at 2 a.m.", 911, false},
		{"The 12 victims were taken to hospital.", 12, true},
		{"The jurors returned the 12 guilty verdicts.", 12, true},
	} {
		got := valued(sentenceResult(r, tc.text).Claims, tc.number) != nil
		if got != tc.claim {
			t.Errorf("%q: a claim of %v %v, want %v", tc.text, tc.number, got, tc.claim)
		}
	}
}

// sentenceResult extracts text as the body of a one-line-headline
// document, as the tests of one sentence read it.
func sentenceResult(r *rules.Rules, text string) *Result {
	return Extract(&ingest.Document{ID: "t", Text: "Headline\n" + text}, r)
}

// valued is the last claim of cs whose value is n, or nil.
func valued(cs []Claim, n float64) *Claim {
	var got *Claim
	for i, c := range cs {
		if c.Value != nil && c.Value.Number == n {
			got = &cs[i]
		}
	}
	return got
}

// entityCases are TestFrameEntities' sentences: the number to find and the
// entity its frame must name ("" for none), read from real news shapes
// where an over-reaching reading gave a wrong owner.
var entityCases = []struct {
	text   string
	number float64
	entity string
}{
	// "the <title> said her ..." is the titled person's
	{"Governor Kate Brown spoke on Monday. The governor said her 3 proposals would pass.", 3, "Kate Brown"},
	// a phrase of a phrase after "were in" holds no one
	{"Two officers were in the path of the car.", 2, ""},
	// a frequency adverb in a verb group is no subject
	{"Rubio, a candidate in the race, who often seems to advocate two positions, spoke on Monday.", 2, ""},
	// an agent owns the acts it counts, not the people it kills or holds
	{"Security forces have killed more than 400 protesters.", 400, ""},
	{"Iran detained 10 American sailors.", 10, ""},
	{"Gunman Fatally Shoots 3 Cooks, Self in Queens", 3, ""},
	{"Gunfights between deputies and the robbers left one robber dead.", 1, ""},
	{"Gunmen killed 12 villagers.", 12, ""},
	{"The gunman killed 14 worshippers.", 14, ""},
	{"The authorities made 47 arrests.", 47, "The authorities"},
	{"Still, the police did make 47 arrests overnight.", 47, "the police"},
	// a duration is its subject's only right after its verb or "for"
	{"PCSO officials said deputies arrived within five minutes of getting the call.", 5, ""},
	{"The retrial led to a six-year prison sentence.", 6, ""},
	{"U.S. District Judge Ellen R. Marsh imposed a 52-month sentence.", 52, ""},
	{"The mayor told 60 Minutes he would resign.", 60, ""},
	{"The meeting lasted 50 minutes.", 50, "The meeting"},
	{"The participants were monitored for 42 days.", 42, "The participants"},
	// a subject holding a noun that is also a cue is still a subject
	{"The report found 40 violations.", 40, "The report"},
	{"The Times report listed 40 violations.", 40, "The Times report"},
	{"His claims included 3 errors.", 3, "His claims"},
	// a broadcaster is no audience
	{"Neighbors told 69 News they saw a man running.", 69, ""},
	{"One resident told 1010 WINS' Mona Rivera she heard shots.", 1010, ""},
	{"The family of Owen Pratt told 7 Eyewitness News they were heartbroken.", 7, ""},
	// a catenative's verb group holds no junk subject
	{"Voters aren't likely to help one candidate.", 1, ""},
	{"I'm able to contribute millions of dollars a year.", 1, ""},
	{"The gunman tried to shoot 2 officers.", 2, ""},
	// frames.countries are places to the frames (not to speakers)
	{"In Ireland, officials have evacuated at least 4,000 people.", 4000, "Ireland"},
	{"In Florida, officials have evacuated at least 4,000 people.", 4000, ""},
	// a place or an idiom holds nobody
	{"Five people were in the United States illegally.", 5, ""},
	{"Five people were in the Netherlands.", 5, ""},
	{"Two officers were in the line of fire.", 2, ""},
	{"Two officers were in the running for the post.", 2, ""},
	{"He said two people were in a position to win.", 2, ""},
	{"Five people were in a gray sedan when it was shot at.", 5, "a gray sedan"},
	{"Four people were in the car when it crashed.", 4, "the car"},
	// only the parts a thing comes in are its own after a passive and "in"
	{"The suspect was arrested in two states.", 2, ""},
	{"The victims were shot in 2 locations.", 2, ""},
	{"The film was released in 3 countries.", 3, ""},
	{"The vaccine is administered in two doses.", 2, "The vaccine"},
	// a title before "her" is no person when a nearer noun is the antecedent
	{"President Barack Obama spoke. The president met the widow and her 2 sons.", 2, ""},
	{"President Ann Vega spoke. The president thanked the nurses and her 3 aides.", 3, ""},
}

// TestFrameEntities checks the entity a figure's frame names, where a
// reading could over-reach to a killer, a broadcaster, a place or a
// subject across a cue.
func TestFrameEntities(t *testing.T) {
	r := rulestest.Default(t)
	for _, tc := range entityCases {
		c := valued(sentenceResult(r, tc.text).Claims, tc.number)
		switch {
		case c == nil || c.Frame == nil:
			t.Errorf("%q: no claim of %v with a frame", tc.text, tc.number)
		case c.Frame.Entity != tc.entity:
			t.Errorf("%q, %v: entity %q, want %q (frame %+v)", tc.text, tc.number, c.Frame.Entity, tc.entity, *c.Frame)
		}
	}
}
