package compare

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/ingest"
	"github.com/claimdiff/claimdiff/internal/rulestest"
)

// TestStatementGaps compares short reports sentence by sentence: a gap
// needs the same statement (shared rare words and a word both write in
// lower case) sourced differently by two outlets.
func TestStatementGaps(t *testing.T) {
	r := rulestest.Default(t)
	// background sentences give the comparison its common words
	filler := " The ship is in port. The crew is ashore. The captain was removed on Thursday. The Navy said little more."
	tests := []gapCase{
		{"a denial is not the statement it denies",
			"The council did not approve the new budget for the city on Monday.",
			"The council approved the new budget for the city on Monday, officials said.",
			""},
		{"a denial is not the statement it denies, its subject named between commas",
			"The mayor, Ann Lee, did not approve the new budget for the city.",
			"The mayor, Ann Lee, approved the new budget for the city, officials said.",
			""},
		{"paraphrase, bare vs named source",
			"The memo was subsequently published by the Sacramento Bee.",
			"It was published in the Sacramento Bee, acting Navy Secretary Thomas Modly said.",
			"attributed to Thomas Modly"},
		{"a long when-clause does not outweigh what the source states",
			"The gunman opened fire when security guards at the crowded food court tried to stop him.",
			"Police said the gunman opened fire when security guards at the crowded food court tried to stop him.",
			"attributed to Police"},
		{"a past form before a preposition is what the source states",
			"The driver of the stolen sedan crashed into a utility pole near the bus station.",
			"Police said the driver of the stolen sedan crashed into a utility pole near the bus station.",
			"attributed to Police"},
		{"a relative clause on the subject leaves what follows it the source's",
			"The gunman opened fire inside the crowded food court.",
			"Police said the gunman who had a history of mental illness opened fire inside the crowded food court.",
			"attributed to Police"},
		{"synonyms of the rules: replace and succeed",
			"Army Undersecretary Daniel Whitcombe is tipped to replace Mr Modly.",
			"Undersecretary of the Army Daniel Whitcombe -- who served aboard the ship decades ago -- has been chosen to succeed Modly, Defense Secretary Mark Esper wrote.",
			"attributed to Mark Esper"},
		{"'succeed in' is not the synonym of 'replace'",
			"Army Undersecretary Daniel Whitcombe will replace Mr Modly aboard the Theodore Roosevelt.",
			"Daniel Whitcombe succeeded in calming the Theodore Roosevelt sailors after Modly left, officials said.",
			""},
		{"two stages of a case are two statements",
			"Hernandez was charged with attempted murder in the Merced County drive-by shooting of the teenager.",
			"The prosecutor had asked for more, but the jury said Hernandez was not guilty of attempted murder in the Merced County drive-by shooting of the teenager.",
			""},
		{"names alone are not a statement",
			"Lindqvist was in stable condition at Prairie Regional Hospital in Bismarck, the sheriff's office said.",
			"An air ambulance carried the victim to Prairie Regional Hospital in Bismarck.",
			""},
		{"anonymous source vs bare, paraphrased",
			"Chinese billionaire Wen Baoshan owns the yacht, US media report.",
			"The yacht, named the Sea Lark, is owned by the fugitive Chinese billionaire Wen Baoshan, who has lived in the US since 2014.",
			"attributed to US media"},
		{"the same distinctive figure and a word in lower case",
			"About 1,500 people, National Guard soldiers among them, are being sent on rescue and cleanup operations.",
			"Over 1,500 rescue workers, along with 400 boats, were on their way to the hardest-hit areas, Edwards said earlier.",
			"attributed to Edwards"},
		{"the same figure alone is no statement",
			"About 1,500 people, National Guard soldiers among them, are being sent to the coast.",
			"More than 1,500 homes lost power overnight, Edwards said earlier.",
			""},
		{"the shared words are one sentence's background",
			"Smelley was released from parole in January, police said, after convictions for assault and felony firearm.",
			"Smelley is charged with assault and felony firearm.",
			""},
		{"the shared words stand in the attributed sentence's relative clause",
			"The family was returning home from church in Lynwood on Sunday morning.",
			"Investigators think there could be more than one suspect involved in the attack on a family who was returning home from church in Lynwood.",
			""},
		{"the shared words stand in a participle on a noun of the attributed sentence",
			"The account was discovered by the select committee investigating the Benghazi attacks.",
			"The attorneys, according to ex-State Department staff, were trying to answer a demand from the select committee investigating the Benghazi attacks.",
			""},
		{"what the source states, with a relative clause of its own",
			"The gun belonged to the boy's stepfather, who kept it in a closet.",
			"Police say the gun belonged to the boy's stepfather, a retired officer who kept it in a closet.",
			"attributed to Police"},
		{"the same core clause, each outlet describing it its own way",
			"Fire chief Anna Berg told reporters that the spilled liquid was diesel, which is kept in two tanks.",
			"The liquid has been identified as diesel, a fuel that powers the backup generators and delivery trucks. The spill closed the harbour road.",
			"attributed to Anna Berg"},
		{"the same core clause but for a word more the other outlet never writes",
			"Fire chief Anna Berg told reporters that the spilled liquid was diesel, which is kept in two tanks.",
			"The liquid has been identified as diesel, a fuel that powers the backup generators and delivery trucks.",
			""},
		{"core clauses that differ in what they state",
			"The driver was taken to a hospital in Greenville.",
			"The driver was taken into custody, police said.",
			""},
		{"a fronted phrase is no core clause",
			"In a statement on Friday, the chief defended the handling of the arrest.",
			"In a later statement on Friday, a spokesman said the city would review its budget.",
			""},
		{"a relative clause interrupts two different subjects",
			"The cook, who is 52, was taken to a hospital, police said.",
			"The waiter, who had been standing by the door, was taken to a hospital.",
			""},
		{"an apposition interrupts two different subjects",
			"The chapel, a listed building from 1820, was closed for repairs, officials said.",
			"The library, which the town bought in 1990, was closed for repairs.",
			""},
		{"one word more that names another person",
			"The gunman's cousin was detained, police said.",
			"The gunman was detained near the station.",
			""},
		{"one word more that the other outlet never writes",
			"The pier was closed indefinitely, harbour officials said.",
			"The pier was closed, and anglers were sent home.",
			""},
		{"many words shared, but one more in the subject that the other outlet never writes",
			"The shop owner's son was stabbed in the arm outside the bakery, police said.",
			"The shop owner was stabbed in the arm outside the bakery.",
			""},
		{"many words shared, but one more verb that the other outlet never writes",
			"The bus company refused to repair the broken door of the depot, the council said.",
			"The bus company repaired the broken door of the depot.",
			""},
		{"an unnamed source's summary and a named person's words, one key word shared",
			"The fire may have been caused by carelessness, officials say.",
			"\"We will find out whether this was carelessness or bad luck,\" said Fire Marshal Dana Ortiz.",
			"attributed to officials"},
		{"a summary's key word in a phrase of its own, the named person's the subject",
			"The tunnel will stay shut pending an evaluation, officials said.",
			"Governor Ruth Cole said a separate evaluation of the state's dams would take a year.",
			""},
		{"a summary's key word the object of its verb, the named person's a preposition's",
			"The stabbing followed a quarrel, neighbours said.",
			"Sheriff Omar Haddad said deputies had been called to a quarrel at the same house in May.",
			""},
		{"a summary's predicate, the named person's modifier",
			"The collapse was avoidable, engineers said.",
			"Inspector Paul Varga said the crew had taken an avoidable shortcut on the stairs.",
			""},
		{"the same key word, the subject of both",
			"The driver's sister was in the car too, officials said.",
			"Captain Rosa Lind said the driver's sister was in the car at the time.",
			"attributed to officials"},
		{"a summary's key word shared with a bare sentence is no statement",
			"The fire may have been caused by carelessness, officials say.",
			"Neighbours blamed carelessness with cigarettes for an earlier blaze on the street.",
			""},
		{"an unnamed source's long statement needs more than one word",
			"Officials say the blaze that started in the basement of the old textile mill spread quickly through three floors of offices.",
			"Fire Marshal Dana Ortiz said the offices were insured.",
			""},
		{"the unattributed clause is bare in both",
			"Pell did not take the stand at his trial, but his lawyer Robert Richter told the court the claims were mad.",
			"Pell did not take the stand at either trial.",
			""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			docs := []*ingest.Document{{ID: "a", Source: "A", Text: tc.a + filler}, {ID: "b", Source: "B", Text: filler + "\n\n" + tc.b}} // a paragraph of its own: the filler's "The Navy said" would carry on to it (carried)
			var results []*claims.Result
			for _, d := range docs {
				results = append(results, claims.Extract(d, r))
			}
			rep, err := Compare(context.Background(), results, r, Options{Only: map[Type]bool{AttributionGap: true}})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, f := range rep.Findings {
				if f.Kind == KindStatement {
					got = append(got, f.Summary)
					for _, s := range f.Detail.Attributions {
						if s.Form != string(claims.FormNone) && (s.SpeakerSpan == nil || s.CueSpan == nil) {
							t.Errorf("side %s of %q carries no speaker or cue span", s.Source, f.Summary)
						}
					}
				}
			}
			switch {
			case tc.want == "" && len(got) > 0:
				t.Errorf("want no gap, got %q", got)
			case tc.want != "" && (len(got) != 1 || !strings.Contains(got[0], tc.want)):
				t.Errorf("want one gap with %q, got %q", tc.want, got)
			}
		})
	}
}

// TestStatementGapThreeOutlets: the part of a sentence its attribution
// covers is read against the bare sentences, not against what a third
// outlet shares with it: "reminding Mr. Trump that he had invited him ..."
// covers the quote a third outlet prints, not "hit back on Twitter",
// which both other outlets state bare.
func TestStatementGapThreeOutlets(t *testing.T) {
	r := rulestest.Default(t)
	filler := " The ship is in port. The crew is ashore. The captain was removed on Thursday. The Navy said little more."
	texts := []string{
		"Trump, true to form, hit back on Twitter." + filler,
		filler + " Mr. Fox hit back in a Twitter message of his own, reminding Mr. Trump that he had invited him to come and say sorry to every Mexican.",
		filler + ` "I invited you to come and say sorry to every Mexican."`,
	}
	var results []*claims.Result
	for i, text := range texts {
		d := &ingest.Document{ID: string(rune('a' + i)), Source: string(rune('A' + i)), Text: text}
		results = append(results, claims.Extract(d, r))
	}
	rep, err := Compare(context.Background(), results, r, Options{Only: map[Type]bool{AttributionGap: true}})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range rep.Findings {
		if f.Kind == KindStatement {
			t.Errorf("want no statement gap, got %q", f.Summary)
		}
	}
}

// TestAppositive: the words between a speaker and its cue describe the
// speaker only when set off as an apposition.
func TestAppositive(t *testing.T) {
	tests := []struct {
		between string
		want    bool
	}{
		{", deputy head of the Global Vaccine Research Unit, ", true},
		{" (a spokesman) ", true},
		{" -- who served aboard the USS Nimitz in the 1990s -- ", true},
		{" first promised to send money when he started the fence campaign in March 2019, but then ", false},
		{" ", false},
	}
	for _, tc := range tests {
		if got := appositive(tc.between); got != tc.want {
			t.Errorf("appositive(%q) = %v, want %v", tc.between, got, tc.want)
		}
	}
}

// TestAdjunctOnly: shared words standing only in adverbial clauses share a
// circumstance, not a statement.
func TestAdjunctOnly(t *testing.T) {
	shared := []string{"all", "avenu", "exhaust", "pell"}
	tests := []struct {
		text string
		want bool
	}{
		{"He had held off taking the church honours away from Pell while not all legal avenues were exhausted.", true},
		{"The pope has said he would remark on the matter only after Pell had exhausted all his avenues of appeal.", true},
		{"Pell has exhausted all avenues of appeal, his lawyers said.", false},
		{"Once the avenues were exhausted, he was freed, and all avenues of appeal were exhausted.", false},
	}
	for _, tc := range tests {
		if got := adjunctOnly(tc.text, adjunctWords(tc.text), shared); got != tc.want {
			t.Errorf("adjunctOnly(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestStatementWords: a sentence is aligned by what it states, without
// the words of its source: the speaker, their description, and an
// attribution that closes the sentence.
func TestStatementWords(t *testing.T) {
	r := rulestest.Default(t)
	tests := []struct {
		sentence      string
		without, with []string // stems
	}{
		{"Delgado warned the customer to stay well away from his teenage daughter, according to a restaurant manager.",
			[]string{"manager", "restaurant"}, []string{"daughter", "stay", "away"}},
		{"The restaurant was closed on Monday, police said at the restaurant.",
			[]string{"polic"}, []string{"restaurant", "clos"}},
		{"Lena Okafor, deputy director of the Global Vaccine Research Unit, said the studies were small.",
			[]string{"deputy", "director"}, []string{"studi", "small"}},
	}
	for _, tc := range tests {
		res := claims.Extract(&ingest.Document{ID: "a", Source: "A", Text: tc.sentence}, r)
		cmp := &comparer{results: []*claims.Result{res}, r: r, words: make([][]wordSet, 1)}
		all, _ := cmp.statementWords(0, 0)
		for _, w := range tc.without {
			if slices.ContainsFunc(all, func(x string) bool { return strings.HasPrefix(x, w) }) {
				t.Errorf("%q: words %v hold the source's %q", tc.sentence, all, w)
			}
		}
		for _, w := range tc.with {
			if !slices.ContainsFunc(all, func(x string) bool { return strings.HasPrefix(x, w) }) {
				t.Errorf("%q: words %v lack the statement's %q", tc.sentence, all, w)
			}
		}
	}
}

// TestSharePredicate: two sentences state the same thing only when they
// share a word both write in lower case that is no figure, function word
// or word of an address (rules compare.setting-words).
func TestSharePredicate(t *testing.T) {
	r := rulestest.Default(t)
	tests := []struct {
		a, b   string
		shared []string
		want   bool
	}{
		{"Shattered glass from the patrol car in the 4200 block of North 19th Street.",
			"Officers answered several calls in the 4200 block of North 19th Street, Gauerke said.",
			[]string{"block", "north", "19th", "street"}, false},
		{"The gunman fired into the crowd in the 4200 block of North 19th Street.",
			"A man fired into a crowd in the 4200 block of North 19th Street, police said.",
			[]string{"fire", "crowd", "block", "street"}, true},
	}
	for _, tc := range tests {
		var results []*claims.Result
		for i, text := range []string{tc.a, tc.b} {
			results = append(results, claims.Extract(&ingest.Document{ID: string(rune('a' + i)), Text: text}, r))
		}
		cmp := &comparer{results: results, r: r}
		if got := cmp.sharePredicate(ref{0, 0}, ref{1, 0}, tc.shared); got != tc.want {
			t.Errorf("sharePredicate(%q, %q, %q) = %v, want %v", tc.a, tc.b, tc.shared, got, tc.want)
		}
	}
}

// TestDirectSides: a side of a statement gap must say the same as a side
// sourced otherwise by itself, not through a chain of bare sentences. The
// clusters are made as statements makes them: items of one document each,
// said alike when their keys are equal, matched by a test that accepts
// the pairs listed.
func TestDirectSides(t *testing.T) {
	bare := claims.Attribution{Form: claims.FormNone, SpeakerType: claims.SpeakerNone}
	hedged := claims.Attribution{Form: claims.FormNone, SpeakerType: claims.SpeakerNone, Hedged: true, Hedge: "reportedly"}
	chair := claims.Attribution{Form: claims.FormIndirect, SpeakerType: claims.SpeakerOrganisation, Speaker: "chairman", Cue: "asked"}
	tests := []struct {
		name  string
		attrs []claims.Attribution // items 0, 1, 2, ..., item i of document i
		links [][2]int             // the pairs the test matches
		keys  []string             // each item's key (nil: all different)
		want  []int                // the documents kept of item 1's cluster
	}{
		{"a bare side joined only through another bare one", []claims.Attribution{bare, chair, bare}, [][2]int{{0, 1}, {0, 2}}, nil, []int{0, 1}},
		{"each bare side matches the attributed one", []claims.Attribution{bare, chair, bare}, [][2]int{{0, 1}, {1, 2}}, nil, []int{0, 1, 2}},
		{"a bare side said alike by the attributed one", []claims.Attribution{bare, chair, bare}, nil, []string{"a", "b", "b"}, []int{1, 2}},
		{"said alike by a bare side that matches the attributed one", []claims.Attribution{bare, chair, bare}, [][2]int{{0, 1}}, []string{"a", "b", "a"}, []int{0, 1, 2}},
		{"said alike by bare sides only", []claims.Attribution{bare, chair, bare, bare}, [][2]int{{1, 2}}, []string{"a", "b", "c", "c"}, []int{1, 2, 3}},
		{"two bare sides said alike, one of them matching the attributed one", []claims.Attribution{bare, bare, chair}, [][2]int{{0, 2}}, []string{"a", "a", "c"}, []int{0, 1, 2}},
		{"hedged and plain, directly", []claims.Attribution{hedged, bare, bare}, [][2]int{{0, 1}, {1, 2}}, nil, []int{0, 1}},
		{"no two sides sourced otherwise", []claims.Attribution{bare, bare, chair}, [][2]int{{0, 1}}, nil, nil},
		{"many bare sides, one attributed", []claims.Attribution{bare, bare, bare, bare, chair}, [][2]int{{0, 1}, {1, 2}, {2, 3}, {3, 4}}, nil, []int{3, 4}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			n := len(tc.attrs)
			docs, refs := make([]int, n), make([]ref, n)
			for i := range docs {
				docs[i], refs[i] = i, ref{i, 0}
			}
			key := func(i int) []string {
				if tc.keys == nil {
					return []string{fmt.Sprint(i)}
				}
				return []string{tc.keys[i]}
			}
			linked := map[[2]int]bool{}
			for _, l := range tc.links {
				linked[[2]int{min(l[0], l[1]), max(l[0], l[1])}] = true
			}
			cl := cluster(clusterItems{key: key, docs: docs,
				words: func(int) wordSet { return wordSet{"statement"} },
				match: func(a, b int) (bool, float64, string) { return linked[[2]int{min(a, b), max(a, b)}], 1, "listed" }}, nil)
			var picks []int
			for _, r := range cl.roots {
				if slices.Contains(cl.members[r], 1) {
					picks = cl.perDocument(r, docs)
				}
			}
			attrs := make([]claims.Attribution, len(picks))
			for k, i := range picks {
				attrs[k] = tc.attrs[i]
			}
			got, _ := directSides(cl, refs, picks, attrs)
			var kept []int
			for _, r := range got {
				kept = append(kept, r.doc)
			}
			if !slices.Equal(kept, tc.want) {
				t.Errorf("kept documents %v, want %v", kept, tc.want)
			}
		})
	}
}

// TestStatementSourcedLater: a document that names a source for a
// statement in any of its sentences of the cluster is no bare side, even
// when its first such sentence is bare.
func TestStatementSourcedLater(t *testing.T) {
	bare := claims.Attribution{Form: claims.FormNone, SpeakerType: claims.SpeakerNone}
	sister := claims.Attribution{Form: claims.FormDirect, SpeakerType: claims.SpeakerPerson, Speaker: "Ivette Miranda", Cue: "said"}
	unknown := claims.Attribution{Form: claims.FormDirect, SpeakerType: claims.SpeakerUnknown}
	refs := []ref{{0, 3}, {0, 9}, {1, 2}, {2, 1}, {2, 4}}
	attrs := []claims.Attribution{bare, sister, sister, bare, unknown}
	got := statementSourcedLater([]int{0, 1, 2, 3, 4}, refs, attrs)
	want := map[int]bool{0: true, 1: true} // document 2's quote names nobody
	if len(got) != len(want) || !got[0] || !got[1] || got[2] {
		t.Errorf("sourced later %v, want %v", got, want)
	}
}

// TestStatementWhy: the reasons count their words in good English.
func TestStatementWhy(t *testing.T) {
	for _, c := range []struct {
		got, want string
	}{
		{stmtMatch{plain: 1}.whyAnchored(), "the same figure and 1 content word shared"},
		{stmtMatch{plain: 3}.whyAnchored(), "the same figure and 3 content words shared"},
		{stmtMatch{plain: 1, rare: 1, share: 0.5}.why(), "similar statements (1 content word shared, 1 of them rare in these articles; 50% of the lighter sentence's weight)"},
	} {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
}
