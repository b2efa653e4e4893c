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

// TestDocAttributions checks how one document's mentions of a fact decide
// its side of an attribution gap: the first mention in the body decides (a
// fact sourced once may be restated bare), a headline counts only when the
// body never mentions the fact.
func TestDocAttributions(t *testing.T) {
	bareA := claims.Attribution{Form: claims.FormNone, SpeakerType: claims.SpeakerNone}
	police := claims.Attribution{Form: claims.FormIndirect, Speaker: "police", SpeakerType: claims.SpeakerOrganisation, Cue: "said"}
	type mention struct {
		a        claims.Attribution
		headline bool
		sent     int // the mention's sentence; mentions are listed in the order they joined the group
	}
	tests := []struct {
		name string
		in   []mention
		want string // the speaker chosen, "" for bare
	}{
		{"only attributed", []mention{{police, false, 0}}, "police"},
		{"attributed, then restated bare", []mention{{police, false, 0}, {bareA, false, 0}}, "police"},
		{"bare, then under a cue", []mention{{bareA, false, 0}, {police, false, 0}}, ""},
		{"bare headline, attributed body", []mention{{bareA, true, 0}, {police, false, 0}}, "police"},
		{"attributed body, then a bare headline", []mention{{police, false, 0}, {bareA, true, 0}}, "police"},
		{"headline only", []mention{{bareA, true, 0}}, ""},
		{"bare headline, attributed and bare body", []mention{{bareA, true, 0}, {police, false, 0}, {bareA, false, 0}}, "police"},
		{"bare headline, bare body", []mention{{bareA, true, 0}, {bareA, false, 0}}, ""},
		{"a quote further down joined the group first", []mention{{police, false, 11}, {bareA, true, 0}, {bareA, false, 4}}, ""},
		{"the body's first is attributed, joined last", []mention{{bareA, false, 9}, {police, false, 2}}, "police"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var items []*item
			head := map[*item]bool{}
			sent := map[*item]int{}
			for i, m := range tc.in {
				it := &item{c: &claims.Claim{Attribution: m.a}, doc: 0}
				items = append(items, it)
				head[it] = m.headline
				sent[it] = m.sent
				if m.sent == 0 && !m.headline {
					sent[it] = i + 1 // in text order unless the case says
				}
			}
			firsts, attrs, _ := docAttributions(items, func(it *item) bool { return head[it] }, func(it *item) int { return sent[it] })
			if len(firsts) != 1 || len(attrs) != 1 {
				t.Fatalf("got %d sides, want 1", len(attrs))
			}
			if got := attrs[0].Speaker; got != tc.want {
				t.Errorf("speaker %q, want %q", got, tc.want)
			}
		})
	}
}

// TestSameSpeaker checks which speakers may be one source: only two
// different names, or two different named bodies, tell sources apart.
func TestSameSpeaker(t *testing.T) {
	person := func(n string) claims.Attribution {
		return claims.Attribution{Speaker: n, SpeakerType: claims.SpeakerPerson, Form: claims.FormIndirect}
	}
	org := func(n string) claims.Attribution {
		return claims.Attribution{Speaker: n, SpeakerType: claims.SpeakerOrganisation, Form: claims.FormIndirect}
	}
	anon := claims.Attribution{Speaker: "authorities", SpeakerType: claims.SpeakerAnonymous, Form: claims.FormIndirect}
	tests := []struct {
		a, b claims.Attribution
		same bool
	}{
		{person("John Bel Edwards"), person("Edwards"), true},
		{person("Bill Clinton"), person("Hillary Clinton"), false},
		{person("Mike Pompeo"), person("Michael Pompeo"), true},
		{person("Kevin Dean"), org("Police"), true}, // a named officer speaks for the force
		{person("Kevin Dean"), anon, true},          // "authorities" may be him
		{anon, org("Sheriff's Office"), true},       // an unnamed source may be the body named
		{org("State Department"), org("Pentagon"), false},
		{person("Kevin Dean"), person("Ann Cole"), false},
		{person("John Smith and Mary Jones"), person("Smith"), true}, // a joint speaker speaks for each
		{person("Smith and Jones"), person("Brown"), false},
		{org("police and army"), org("Police"), true},
	}
	for _, tc := range tests {
		got := sameSpeaker(speakerKey(tc.a), speakerKey(tc.b))
		if got != tc.same {
			t.Errorf("%q (%s) and %q (%s): same %v, want %v", tc.a.Speaker, tc.a.SpeakerType, tc.b.Speaker, tc.b.SpeakerType, got, tc.same)
		}
	}
}

// TestGapKind checks which differences in sourcing are gaps, side by side
// as the outlets write them.
func TestGapKind(t *testing.T) {
	r := rulestest.Default(t)
	cmp := &comparer{r: r, sources: map[string]bool{"nyt": true, "fox": true, "bbc": true, "bbc-2": true, "cnn": true}}
	bareA := claims.Attribution{Form: claims.FormNone, SpeakerType: claims.SpeakerNone}
	said := func(who string, typ claims.SpeakerType) claims.Attribution {
		return claims.Attribution{Form: claims.FormIndirect, Speaker: who, SpeakerType: typ, Cue: "said"}
	}
	person := func(who string) claims.Attribution { return said(who, claims.SpeakerPerson) }
	type side struct {
		a        claims.Attribution
		source   string
		sentence string
	}
	tests := []struct {
		name  string
		sides []side
		want  string
	}{
		{"bare vs police", []side{{bareA, "fox", "Two people were killed."}, {said("police", claims.SpeakerOrganisation), "nyt", "Two people were killed, police said."}}, GapBareVsAttributed},
		{"two versions of one outlet", []side{{bareA, "bbc", "The letter was published."}, {person("Thomas Modly"), "bbc-2", "It was published, Modly said."}}, ""},
		{"unknown speaker is no evidence", []side{{bareA, "fox", "He was shot twice."}, {claims.Attribution{Form: claims.FormDirect, SpeakerType: claims.SpeakerUnknown}, "nyt", "\"He was shot twice.\""}}, ""},
		{"a headline is bare by convention", []side{{bareA, "fox", "Two dead in shooting"}, {said("police", claims.SpeakerOrganisation), "nyt", "Two people died, police said."}}, ""},
		{"bare sentence naming the speaker", []side{{bareA, "fox", "With President Trump declaring a state of disaster."}, {person("Donald Trump"), "nyt", "Trump declared a state of disaster."}}, ""},
		{"bare sentence in the first person", []side{{bareA, "fox", "I want to make clear the school is safe."}, {person("Beth Brotherton"), "nyt", "The school is safe, Brotherton said."}}, ""},
		{"officials vs a named minister", []side{{said("officials", claims.SpeakerAnonymous), "bbc", "The leak may have been negligence, officials say."}, {person("Mekapati Goutham Reddy"), "cnn", "We need to understand what it was."}}, GapUnnamedVsNamed},
		{"unnamed officials confirming a named person's quotation", []side{{claims.Attribution{Form: claims.FormDirect, Speaker: "three defense officials", SpeakerType: claims.SpeakerAnonymous, Cue: "confirmed"}, "cnn", "The ship must be emptied."}, {person("Brett Crozier"), "bbc", "The ship must be emptied,\" he wrote."}}, ""},
		{"unnamed sources reporting the named one's words", []side{{said("Investigators", claims.SpeakerAnonymous), "bbc", "Investigators say Bryson told them he stored the guns in his locked bedroom."}, {person("Curry Bryson"), "cnn", "Bryson told the paper that his gun was locked up in a bedroom."}}, ""},
		{"two people saying the same", []side{{person("Taj Kamran"), "bbc", "No punishment will bring them back."}, {person("Gamal Fouda"), "cnn", "No punishment will bring them back."}}, ""},
		{"two bodies", []side{{said("State Department", claims.SpeakerOrganisation), "bbc", "x"}, {said("Pentagon", claims.SpeakerOrganisation), "cnn", "x"}}, GapDifferentSpeakers},
		{"citing a compared outlet", []side{{said("the Times", claims.SpeakerMedia), "fox", "He never served overseas, the Times reported."}, {bareA, "nyt", "He never served overseas."}}, ""},
		{"citing itself", []side{{said("CNN", claims.SpeakerMedia), "cnn", "More than 82,000 cases, according to CNN's tally."}, {bareA, "bbc", "The US has 82,000 cases."}}, ""},
		{"its own reporter", []side{{person("Erika Erickson"), "cnn", "UPDATE: CNN's Erika Erickson reports the man surrendered to police."}, {bareA, "bbc", "The man surrendered to police."}}, ""},
		{"another outlet's reporter", []side{{person("Erika Erickson"), "cnn", "UPDATE: Fox 2's Erika Erickson reports the man surrendered to police."}, {bareA, "bbc", "The man surrendered to police."}}, GapBareVsAttributed},
		// extraction records a misread speaker ("Neither suspect", "35
		// a.m.", a dateline, "Lancet said the early-stage trials") as
		// unknown (claims/speaker_check.go, tested there): an unknown
		// speaker is no evidence of a gap
		{"an unknown speaker", []side{{claims.Attribution{Form: claims.FormIndirect, SpeakerType: claims.SpeakerUnknown, Cue: "said"}, "bbc", "Neither suspect has been caught, and police say they are armed."}, {bareA, "cnn", "Both suspects are armed."}}, ""},
		{"hedge inside a quotation", []side{{claims.Attribution{Form: claims.FormDirect, Speaker: "Kym Worthy", SpeakerType: claims.SpeakerPerson, Hedged: true, Hedge: "alleged"}, "bbc", "\"It is alleged that he was there,\" Worthy said."}, {person("Kym Worthy"), "cnn", "Worthy said he was there."}}, ""},
		{"a body's paper is the body", []side{{said("Auburndale police", claims.SpeakerOrganisation), "bbc", "x"}, {said("police release", claims.SpeakerOrganisation), "cnn", "x"}}, ""},
		{"a British quotation is someone's words", []side{{person("Adrian Garcia"), "bbc", "x"}, {bareA, "cnn", "'What it does is indicate that you are invited.'"}}, ""},
		{"the speaker's own hedging cue", []side{{claims.Attribution{Form: claims.FormIndirect, Speaker: "US Department of Justice", SpeakerType: claims.SpeakerOrganisation, Cue: "alleged", Hedged: true, Hedge: "alleged"}, "bbc", "He used some of it for personal expenses, it alleged."}, {claims.Attribution{Form: claims.FormAccordingTo, Speaker: "the charges", SpeakerType: claims.SpeakerPerson, Cue: "according to"}, "cnn", "He used the money for personal expenses, according to the charges."}}, ""},
		{"US media vs bare", []side{{said("us media", claims.SpeakerAnonymous), "bbc", "The yacht is owned by Guo Wengui, US media report."}, {bareA, "cnn", "The yacht is owned by Guo Wengui."}}, GapBareVsAttributed},
		{"a pronoun's words", []side{{bareA, "fox", "He also vowed to eradicate Islamic terrorism."}, {person("Jared Kushner"), "nyt", "He did pledge to eradicate Islamic terrorism, Kushner said."}}, ""},
		{"a pronoun's deed", []side{{bareA, "fox", "He was arrested on a yacht."}, {said("police", claims.SpeakerOrganisation), "nyt", "He was arrested on a yacht, police said."}}, GapBareVsAttributed},
		{"a speaker speaking of themselves", []side{{claims.Attribution{Form: claims.FormDirect, Speaker: "Myrtle Parsons", SpeakerType: claims.SpeakerPerson, Cue: "said"}, "bbc", "I just don't want to go on,\" Myrtle Parsons said."}, {bareA, "cnn", "They hope no other family has to live through it."}}, ""},
		{"a speaker's own words, not of themselves", []side{{claims.Attribution{Form: claims.FormDirect, Speaker: "Beth Brotherton", SpeakerType: claims.SpeakerPerson, Cue: "said"}, "bbc", "There is no ongoing threat,\" Brotherton said."}, {bareA, "cnn", "There is no ongoing threat."}}, GapBareVsAttributed},
		{"hedged vs asserted", []side{{claims.Attribution{Form: claims.FormNone, SpeakerType: claims.SpeakerNone, Hedged: true, Hedge: "reportedly"}, "bbc", "He reportedly bought the rifle."}, {bareA, "cnn", "He bought the rifle."}}, GapHedgedVsAsserted},
		// a hedge marks the claim as someone's: it is not stated as fact,
		// and an attributed side does not assert what it hedges
		{"hedged vs attributed", []side{{claims.Attribution{Form: claims.FormNone, SpeakerType: claims.SpeakerNone, Hedged: true, Hedge: "allegedly"}, "bbc", "Davis allegedly went to a home on Riverview."}, {said("prosecutor's office", claims.SpeakerOrganisation), "cnn", "According to the prosecutor's office, the men went to a home on Riverview."}}, ""},
		{"a speaker's account hedged vs the speaker's account", []side{{claims.Attribution{Form: claims.FormIndirect, Speaker: "Tristan Carr", SpeakerType: claims.SpeakerPerson, Cue: "told", Hedged: true, Hedge: "reportedly"}, "bbc", "Carr reportedly was crying and told officers he had shot Summerfield."}, {person("Tristan Carr"), "cnn", "Carr was crying and said he shot Summerfield."}}, ""},
		{"hedged, attributed and bare", []side{{claims.Attribution{Form: claims.FormNone, SpeakerType: claims.SpeakerNone, Hedged: true, Hedge: "allegedly"}, "bbc", "Davis allegedly went to a home."}, {said("prosecutors", claims.SpeakerAnonymous), "nyt", "Davis went to a home, prosecutors said."}, {bareA, "cnn", "Davis went to a home."}}, GapBareVsAttributed},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			gs := make([]gapSide, len(tc.sides))
			for i, s := range tc.sides {
				gs[i] = gapSide{a: s.a, source: s.source, sentence: s.sentence, headline: tc.name == "a headline is bare by convention" && i == 0}
			}
			if got := cmp.gapKind(gs); got != tc.want {
				t.Errorf("gap %q, want %q", got, tc.want)
			}
		})
	}
}

// TestAttributedPart checks which part of a sentence an attribution covers.
func TestAttributedPart(t *testing.T) {
	tests := []struct {
		sentence, speaker, cue string
		want                   string
	}{
		{"Two people died on Monday, police said.", "police", "said", "Two people died on Monday, "},
		{"Rajendra Reddy told the BBC that the gas was styrene.", "Rajendra Reddy", "told", "told the BBC that the gas was styrene."},
		{"Pell did not take the stand, but his lawyer Robert Richter told the court the claims were implausible.", "Robert Richter", "told", "told the court the claims were implausible."},
		{"Pell, who has maintained his innocence, cannot be retried.", "who", "has maintained", "has maintained his innocence"},
		{"The call came in to dispatchers at 11:16 a.m. According to Detective Rena Voss, a boy was playing with a gun.", "Rena Voss", "according to", "The call came in to dispatchers at 11:16 a.m. According to Detective Rena Voss, a boy was playing with a gun."},
		{"Police arrested a man after they say he shot his nephew and covered it up, initially claiming the child shot himself.", "they", "claiming", "claiming the child shot himself."},
		{"With just over $200,000, David Brat toppled Mr. Cantor, repeatedly criticizing him and contending that he supported amnesty.", "David Brat", "contending", "contending that he supported amnesty."},
		{"With just over $200,000 raised, David Brat, a professor, was saying the race was close.", "David Brat", "saying", "With just over $200,000 raised, David Brat, a professor, was saying the race was close."},
		{"The vaccine produced antibodies in all participants, according to results published by The Lancet that were hailed by Moscow.", "results published", "according to", "The vaccine produced antibodies in all participants, "},
		{"By Thursday night, the US counted at least 82,100 infections while China was reporting 81,782.", "China", "reporting", "China was reporting 81,782."},
	}
	for _, tc := range tests {
		s := tc.sentence
		sp, cue := strings.Index(s, tc.speaker), strings.Index(s, tc.cue)
		form := claims.FormIndirect
		if tc.cue == "according to" {
			form = claims.FormAccordingTo
		}
		a := claims.Attribution{Form: form, Speaker: tc.speaker,
			Span: &claims.Span{Start: sp, End: sp + len(tc.speaker)}, CueSpan: &claims.Span{Start: cue, End: cue + len(tc.cue)}}
		lo, hi := attributedPart(s, 0, len(s), a)
		if got := s[lo:hi]; got != tc.want {
			t.Errorf("%q: attributed part %q, want %q", s, got, tc.want)
		}
	}
}

// TestOutletOf: a numbered source is one outlet with the source its name
// without the number names, and only then ("fox-5" and "fox-29" are two
// stations).
func TestOutletOf(t *testing.T) {
	cmp := &comparer{sources: map[string]bool{"bbc": true, "bbc-2": true, "kdhnews.com": true, "kdhnews.com_2": true, "fox-5": true, "fox-29": true, "cnn": true}}
	for _, tc := range []struct{ source, want string }{
		{"bbc", "bbc"},
		{"bbc-2", "bbc"},
		{"kdhnews.com_2", "kdhnews.com"},
		{"fox-5", "fox-5"},
		{"fox-29", "fox-29"},
		{"cnn", "cnn"},
		{"cnn-2", "cnn"},
		{"wsb-tv", "wsb-tv"},
		{"-2", "-2"},
	} {
		if got := cmp.outletOf(tc.source); got != tc.want {
			t.Errorf("outletOf(%q) = %q, want %q", tc.source, got, tc.want)
		}
	}
}

func TestFirstPerson(t *testing.T) {
	for _, tc := range []struct {
		sentence string
		want     bool
	}{
		{"I think the claims are implausible.", true},
		{"We’ve seen nothing like it.", true},
		{"Our crews worked through the night.", true},
		{"They told us to leave.", true},
		{"US officials said 12 people died.", false}, // the country
		{"The mine collapsed on Monday.", false},
		{"Police said the men were armed.", false},
	} {
		if got := firstPerson(tc.sentence); got != tc.want {
			t.Errorf("firstPerson(%q) = %v, want %v", tc.sentence, got, tc.want)
		}
	}
}

// TestCaption: a photo caption or credit, as the rules name them, is no
// outlet's bare statement; a caption word in prose is.
func TestCaption(t *testing.T) {
	r := rulestest.Default(t)
	cmp := &comparer{r: r}
	tests := []struct {
		sentence string
		want     bool
	}{
		{"Four people were shot on Sunday. (WTVD Photo / Jason Thompson)", true},
		{"Image 1 of 8 Police tape surrounds the home.", true},
		{"Buy photo: the scene on Elm Street.", true},
		{"She tweeted a photo of her visiting the restaurant.", false},
		{"Police said the image was taken on Sunday.", false},
	}
	for _, tc := range tests {
		if got := cmp.caption(tc.sentence); got != tc.want {
			t.Errorf("caption(%q) = %v, want %v", tc.sentence, got, tc.want)
		}
	}
}

// TestFirstsAlike: a small figure's gap stands on a bare sentence and a
// sourced one, from two outlets, saying the same; not on any two of the
// group's.
func TestFirstsAlike(t *testing.T) {
	ws := func(s string) wordSet { return setOf(strings.Fields(s)) }
	bareA := claims.Attribution{Form: claims.FormNone, SpeakerType: claims.SpeakerNone}
	police := claims.Attribution{Form: claims.FormIndirect, Speaker: "police", SpeakerType: claims.SpeakerOrganisation}
	it := func(doc int, source, words string) *item {
		return &item{doc: doc, words: ws(words), c: &claims.Claim{Source: source}}
	}
	cmp := &comparer{sources: map[string]bool{"a": true, "b": true, "b-2": true, "c": true}}
	tests := []struct {
		name  string
		items []*item
		attrs []claims.Attribution
		want  bool
	}{
		{"alike across documents", []*item{it(0, "a", "girl shot head hospital died"), it(1, "b", "girl shot head died hospital sunday")}, []claims.Attribution{bareA, police}, true},
		{"alike only within one outlet", []*item{it(0, "b", "seven slain gunman killed himself"), it(1, "b-2", "seven slain gunman killed himself"),
			it(2, "c", "blood alcohol level lab results marijuana")}, []claims.Attribution{bareA, police, police}, false},
		{"alike, both bare", []*item{it(0, "a", "seven slain gunman killed himself"), it(1, "b", "seven slain gunman killed himself"),
			it(2, "c", "blood alcohol level lab results marijuana")}, []claims.Attribution{bareA, bareA, police}, false},
		{"different statements", []*item{it(0, "a", "extradition proceedings launched mexican man"), it(1, "b", "police awaiting identification wife daughters")}, []claims.Attribution{bareA, police}, false},
	}
	for _, tc := range tests {
		if got := cmp.firstsAlike(tc.items, tc.attrs, 0.27); got != tc.want {
			t.Errorf("%s: firstsAlike = %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestSourcedLater: a document whose first mention of a fact is bare but a
// later one names a source is no bare side.
func TestSourcedLater(t *testing.T) {
	said := claims.Attribution{Form: claims.FormIndirect, Speaker: "the sheriff", SpeakerType: claims.SpeakerPerson}
	none := claims.Attribution{Form: claims.FormNone, SpeakerType: claims.SpeakerNone}
	lede := &item{doc: 0, c: &claims.Claim{Attribution: none}}
	below := &item{doc: 0, c: &claims.Claim{Attribution: said}}
	other := &item{doc: 1, c: &claims.Claim{Attribution: none}}
	sourced := &item{doc: 2, c: &claims.Claim{Attribution: said}}
	got := sourcedLater([]*item{lede, other, below, sourced}, []*item{lede, other, sourced})
	if !got[0] || got[1] || got[2] {
		t.Errorf("sourcedLater = %v, want only document 0", got)
	}
}

// TestSameBody: one body named by two organisation heads is one source;
// two bodies are two.
func TestSameBody(t *testing.T) {
	r := rulestest.Default(t)
	cmp := &comparer{r: r}
	tests := []struct {
		a, b string
		want bool
	}{
		{"organisation:sheriff's office", "organisation:sheriff's police", true},
		{"organisation:cook county sheriff's office", "organisation:the sheriff's department", true},
		{"organisation:fbi", "organisation:new york police department", false},
		{"organisation:police", "organisation:office", false}, // heads alone name no body
		{"person:john smith", "organisation:smith office", false},
	}
	for _, tc := range tests {
		if got := cmp.sameBody(tc.a, tc.b); got != tc.want {
			t.Errorf("sameBody(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

// TestNamesAny: a bare sentence that names the other side's speaker
// reports what that speaker did or said.
func TestNamesAny(t *testing.T) {
	names := [][]string{nameWords("Alabama Law Enforcement Agency"), nameWords("Donald Trump")}
	tests := []struct {
		sentence string
		want     bool
	}{
		{"ALEA's State Bureau of Investigations is looking into the incident.", true},
		{"Trump declared a state of disaster.", true},
		{"The deputy was taken to a hospital in Birmingham.", false},
	}
	for _, tc := range tests {
		if got := namesAny(tc.sentence, names); got != tc.want {
			t.Errorf("namesAny(%q) = %v, want %v", tc.sentence, got, tc.want)
		}
	}
}

// TestNamesByRole: a bare sentence that speaks of the other side's speaker
// by the title its article gives them reports what that speaker did.
func TestNamesByRole(t *testing.T) {
	r := rulestest.Default(t)
	cmp := &comparer{r: r}
	names := [][]string{nameWords("Barack Obama")}
	article := "Speaking in Kansas City, President Obama said Congress had failed. "
	tests := []struct {
		sentence, text string
		want           bool
	}{
		{"In his speech, the president also singled out House Speaker Mike Dunn.", article, true},
		{"In his speech, the president also singled out House Speaker Mike Dunn.", "Mr. Obama spoke for an hour.", false}, // no title given
		{"During his remarks, the governor also called out the speaker.", article, false},                                 // another role
		{"The president of the union called out the mayor.", "The union's president, Ann Lee, and Obama met.", false},     // a title of someone else
		{"In his speech, the president also singled out House Speaker Mike Dunn.", "", false},                             // document unknown
	}
	for _, tc := range tests {
		s := gapSide{sentence: tc.sentence}
		if tc.text != "" {
			s.docWords = func() []string { return textWords(tc.text) }
		}
		if got := cmp.namesByRole(s, names); got != tc.want {
			t.Errorf("namesByRole(%q in %q) = %v, want %v", tc.sentence, tc.text, got, tc.want)
		}
	}
}

// TestConflictGap: figures that disagree are a conflict, and when one
// outlet states its figure bare and another gives its own a source, that is
// an attribution gap beside it (each side with its own value); a figure
// outside the clause its sentence's speaker speaks in has no source to
// compare, and one in a sentence the sentence before it in its paragraph
// sources (carried) is no bare statement.
func TestConflictGap(t *testing.T) {
	r := rulestest.Default(t)
	tests := []gapCase{
		{"bare vs attributed",
			"Over 155 of the carrier's sailors have tested positive for the virus.",
			"At least 230 of the carrier's sailors have tested positive for the virus, a US Navy official told CNN.",
			"stated as fact in A (more than 155"},
		{"both bare",
			"Over 155 of the carrier's sailors have tested positive for the virus.",
			"At least 230 of the carrier's sailors have tested positive for the virus.",
			""},
		// a paragraph runs a source's account on from its cue; a new
		// paragraph, or a cue after the figure's sentence, carries none
		{"carried from the sentence before in its paragraph",
			"Navy officials said the outbreak was spreading on the ship. Over 155 of the carrier's sailors have tested positive for the virus.",
			"At least 230 of the carrier's sailors have tested positive for the virus, a US Navy official told CNN.",
			""},
		{"a new paragraph carries no source",
			"Navy officials said the outbreak was spreading on the ship.\n\nOver 155 of the carrier's sailors have tested positive for the virus.",
			"At least 230 of the carrier's sailors have tested positive for the virus, a US Navy official told CNN.",
			"stated as fact in A (more than 155"},
		{"a source after it covers its own sentence",
			"Over 155 of the carrier's sailors have tested positive for the virus. The ship is docked in Guam, officials said.",
			"At least 230 of the carrier's sailors have tested positive for the virus, a US Navy official told CNN.",
			"stated as fact in A (more than 155"},
		{"carried past a bare sentence in its paragraph",
			"Navy officials said the outbreak was spreading on the ship. The ship is docked in Guam. Over 155 of the carrier's sailors have tested positive for the virus.",
			"At least 230 of the carrier's sailors have tested positive for the virus, a US Navy official told CNN.",
			""},
		{"an according-to that opens its sentence frames an account",
			"Then, according to Navy officials, the outbreak spread on the ship. Over 155 of the carrier's sailors have tested positive for the virus.",
			"At least 230 of the carrier's sailors have tested positive for the virus, a US Navy official told CNN.",
			""},
		{"an according-to that trails its sentence covers it alone",
			"The outbreak spread on the ship last week, according to Navy officials. Over 155 of the carrier's sailors have tested positive for the virus.",
			"At least 230 of the carrier's sailors have tested positive for the virus, a US Navy official told CNN.",
			"stated as fact in A (more than 155"},
		{"a source's state of mind carries no account",
			"The captain feared the outbreak was spreading on the ship. Over 155 of the carrier's sailors have tested positive for the virus.",
			"At least 230 of the carrier's sailors have tested positive for the virus, a US Navy official told CNN.",
			"stated as fact in A (more than 155"},
		{"a source the outlet disputes carries no account",
			"The captain falsely said the outbreak was over. Over 155 of the carrier's sailors have tested positive for the virus.",
			"At least 230 of the carrier's sailors have tested positive for the virus, a US Navy official told CNN.",
			"stated as fact in A (more than 155"},
		{"the source's own words are no dispute of the outlet's",
			"\"Wrongly,\" Navy officials said of the charges. Over 155 of the carrier's sailors have tested positive for the virus.",
			"At least 230 of the carrier's sailors have tested positive for the virus, a US Navy official told CNN.",
			""},
		{"what the source said is no dispute of the outlet's",
			"Navy officials said the sailor was wrongly disciplined last week. Over 155 of the carrier's sailors have tested positive for the virus.",
			"At least 230 of the carrier's sailors have tested positive for the virus, a US Navy official told CNN.",
			""},
		{"a source's account with a one-word hedge runs on",
			"Navy officials said the outbreak reportedly began in port. Over 155 of the carrier's sailors have tested positive for the virus.",
			"At least 230 of the carrier's sailors have tested positive for the virus, a US Navy official told CNN.",
			""},
		{"a source said to give no evidence carries no account",
			"The captain said, without evidence, that the outbreak was over. Over 155 of the carrier's sailors have tested positive for the virus.",
			"At least 230 of the carrier's sailors have tested positive for the virus, a US Navy official told CNN.",
			"stated as fact in A (more than 155"},
		{"a source that gave no details carries no account",
			"The captain said the outbreak was over, but neither he nor the admiral provided additional details. Over 155 of the carrier's sailors have tested positive for the virus.",
			"At least 230 of the carrier's sailors have tested positive for the virus, a US Navy official told CNN.",
			"stated as fact in A (more than 155"},
		{"a release in the first person is its source's",
			"Our officers found the outbreak spreading on the ship. Over 155 of the carrier's sailors have tested positive for the virus.",
			"At least 230 of the carrier's sailors have tested positive for the virus, a US Navy official told CNN.",
			""},
		{"a paragraph between two of one speaker's is the speaker's",
			"The outbreak is spreading, Capt. Ann Berg said.\n\nOver 155 of the carrier's sailors have tested positive for the virus.\n\nThe ship will stay in Guam, Berg said.",
			"At least 230 of the carrier's sailors have tested positive for the virus, a US Navy official told CNN.",
			""},
		{"a paragraph between two speakers' is the outlet's",
			"The outbreak is spreading, Capt. Ann Berg said.\n\nOver 155 of the carrier's sailors have tested positive for the virus.\n\nThe ship will stay in Guam, Admiral Tom Reed said.",
			"At least 230 of the carrier's sailors have tested positive for the virus, a US Navy official told CNN.",
			"stated as fact in A (more than 155"},
		{"the speaker speaks in a subordinate clause",
			"The United States has more than 85,500 confirmed cases of the virus.",
			"The United States has at least 82,100 confirmed cases of the virus while China was reporting 81,782.",
			""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			docs := []*ingest.Document{{ID: "a", Source: "A", Text: tc.a}, {ID: "b", Source: "B", Text: tc.b}}
			var results []*claims.Result
			for _, d := range docs {
				results = append(results, claims.Extract(d, r))
			}
			rep, err := Compare(context.Background(), results, r, Options{})
			if err != nil {
				t.Fatal(err)
			}
			var gaps []string
			conflicts := 0
			for _, f := range rep.Findings {
				switch f.Type {
				case AttributionGap:
					gaps = append(gaps, f.Summary)
				case Conflict, Update:
					conflicts++
				}
			}
			if conflicts != 1 {
				t.Errorf("%d conflicts, want 1 (findings %v)", conflicts, rep.Findings)
			}
			switch {
			case tc.want == "" && len(gaps) > 0:
				t.Errorf("want no gap, got %q", gaps)
			case tc.want != "" && (len(gaps) != 1 || !strings.Contains(gaps[0], tc.want)):
				t.Errorf("want one gap with %q, got %q", tc.want, gaps)
			}
		})
	}
}

// TestClauseNegated: a claim's clause negates it when the part of its
// sentence from the punctuation before its figure to the figure writes a
// negation.
func TestClauseNegated(t *testing.T) {
	tests := []struct {
		sentence, figure string
		want             bool
	}{
		{"The suspect was not arrested on Sunday.", "Sunday", true},
		{"The suspect was arrested on Sunday, police said.", "Sunday", false},
		{"No arrests were made, but 3 people were hurt.", "3", false},
		{"Three people were hurt; no one was arrested on Sunday.", "Sunday", true},
		{"The plant didn't report the leak until Tuesday.", "Tuesday", true},
		{"A host of the party where five people were shot said he regrets not calling police.", "five", false},
		{"No fewer than 18 people were killed in the attack.", "No fewer than 18 people", false},
	}
	for _, tc := range tests {
		src := "Headline\n\n" + tc.sentence
		lo := strings.Index(src, tc.sentence)
		at := strings.Index(src, tc.figure)
		c := &claims.Claim{SentenceSpan: claims.Span{Start: lo, End: len(src)}, Span: claims.Span{Start: at, End: at + len(tc.figure)}}
		if got := clauseNegated(src, c); got != tc.want {
			t.Errorf("%q (%s): negated %v, want %v", tc.sentence, tc.figure, got, tc.want)
		}
	}
}

// TestDescribeGapGroups: sides that say the same are named together, in
// the order they first come, so a gap against many outlets stays one line
// a reader can take in.
func TestDescribeGapGroups(t *testing.T) {
	bare := func(src string) SideAttribution {
		return SideAttribution{Source: src, Form: string(claims.FormNone)}
	}
	said := func(src, who string) SideAttribution {
		return SideAttribution{Source: src, Speaker: who, Form: string(claims.FormIndirect), SpeakerType: string(claims.SpeakerPerson)}
	}
	for _, c := range []struct {
		sides []SideAttribution
		want  string
	}{
		{[]SideAttribution{bare("a"), said("b", "Ann Lee"), bare("c")},
			"stated as fact in a and c; attributed to Ann Lee in b"},
		{[]SideAttribution{said("a", "Ann Lee"), said("b", "Ann Lee"), said("c", "Bo Kim")},
			"attributed to Ann Lee in a and b; attributed to Bo Kim in c"},
		{[]SideAttribution{bare("new"), said("b1", "X Y"), said("b2", "X Y"), said("b3", "X Y"), said("b4", "X Y"), said("b5", "X Y"), said("b6", "X Y"), said("b7", "X Y")},
			"stated as fact in new; attributed to X Y in b1, b2, b3, b4, b5 and 2 more"},
		{[]SideAttribution{{Source: "a", Form: string(claims.FormNone), Value: "5 people"}, {Source: "b", Form: string(claims.FormNone), Value: "6 people"}},
			"stated as fact in a (5 people); stated as fact in b (6 people)"},
	} {
		if got := describeGap(c.sides, GapBareVsAttributed); got != c.want {
			t.Errorf("describeGap = %q\nwant %q", got, c.want)
		}
	}
}

// TestCarriedSideLeftOut: a side inside a source's account (carried) is
// no side of the gap the other outlets make, for a typed claim and for a
// statement: the finding does not list it as stated as fact.
func TestCarriedSideLeftOut(t *testing.T) {
	for _, tc := range []struct {
		name      string
		a, b, c   string // a's side is carried, b's attributed, c's bare
		summaryOf string // the finding's summary holds it
	}{
		{"a count",
			"Navy officials said the outbreak was spreading on the ship. Over 155 of the carrier's sailors have tested positive for the virus.",
			"At least 230 of the carrier's sailors have tested positive for the virus, a US Navy official told CNN.",
			"The ship is docked in Guam.\n\nOver 200 of the carrier's sailors have tested positive for the virus.",
			"stated as fact in Outlet C"},
		{"a statement",
			"Deputies said the gunman fled on foot. The rifle belonged to the gunman's stepfather, a retired ranger.",
			"The rifle belonged to the gunman's stepfather, a retired ranger, deputies said.",
			"The school reopened on Monday.\n\nThe rifle belonged to the gunman's stepfather, a retired ranger.",
			"stated as fact in Outlet C"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var gaps []Finding
			for _, f := range compareTexts(t, tc.a, tc.b, tc.c).Findings {
				if f.Type == AttributionGap {
					gaps = append(gaps, f)
				}
			}
			if len(gaps) != 1 {
				t.Fatalf("want one gap, got %v", gaps)
			}
			f := gaps[0]
			if !strings.Contains(f.Summary, tc.summaryOf) || strings.Contains(f.Summary, "Outlet A") {
				t.Errorf("summary %q: want %q and no side of Outlet A's", f.Summary, tc.summaryOf)
			}
			for _, s := range f.Detail.Attributions {
				if s.Source == "Outlet A" {
					t.Errorf("side of Outlet A listed: %+v", s)
				}
			}
			for _, c := range f.Claims {
				if c.Source == "Outlet A" {
					t.Errorf("claim of Outlet A listed: %s", c.Text)
				}
			}
		})
	}
}

// TestOwnReporterRole: an outlet's own reporter is named as such in the
// gap's summary, not presented as an outside source.
func TestOwnReporterRole(t *testing.T) {
	rep := compareTexts(t,
		"Broadcasters report the man surrendered on Wednesday afternoon to the police at the fifth precinct.",
		"The man surrendered on Wednesday afternoon to the police at the fifth precinct.",
		"UPDATE: Outlet C's Erika Erickson reports the man surrendered on Wednesday afternoon to the police at the fifth precinct.")
	for _, f := range rep.Findings {
		if f.Type == AttributionGap && strings.Contains(f.Summary, "Erika Erickson") {
			if !strings.Contains(f.Summary, "Erika Erickson ("+ownReporterRole+") in Outlet C") {
				t.Errorf("summary %q: want Erika Erickson named as Outlet C's own reporter", f.Summary)
			}
			return
		}
	}
	t.Errorf("no gap naming Erika Erickson in %v", rep.Findings)
}

// TestLimitSidesKeepsPairs: in focus mode the sides kept are given as
// indexes, so that a side's document and its gap side stay together
// whichever order they are kept in.
func TestLimitSidesKeepsPairs(t *testing.T) {
	cmp := &comparer{r: rulestest.Default(t), focus: map[int]bool{maxSides + 3: true}}
	n := maxSides + 4
	picks := make([]ref, n)
	gs := make([]gapSide, n)
	for k := range picks {
		picks[k] = ref{doc: k}
		gs[k] = gapSide{a: claims.Attribution{Form: claims.FormNone, SpeakerType: claims.SpeakerNone}, source: fmt.Sprintf("o%d", k), sentence: "The man surrendered."}
	}
	gs[n-2].a = claims.Attribution{Form: claims.FormIndirect, Speaker: "police", SpeakerType: claims.SpeakerOrganisation, Cue: "said"}
	kept := cmp.limitSides(picks, gs)
	if len(kept) != maxSides+1 {
		t.Fatalf("kept %d sides, want %d", len(kept), maxSides+1)
	}
	ps, ks := pick(picks, kept), pick(gs, kept)
	for i := range ps {
		if want := fmt.Sprintf("o%d", ps[i].doc); ks[i].source != want {
			t.Errorf("side %d: document %d with the gap side of %s", i, ps[i].doc, ks[i].source)
		}
	}
	if !slices.ContainsFunc(ps, func(p ref) bool { return p.doc == n-1 }) || !slices.ContainsFunc(ps, func(p ref) bool { return p.doc == n-2 }) {
		t.Errorf("kept %v, want the focus document %d and the one attributed otherwise, %d, among them", ps, n-1, n-2)
	}
}

// TestHeadlineCarriesNothing: a headline that names a speaker sources none
// of the body: the lede after it that gives the figure bare, its next
// paragraph naming the same speaker, is no sentence inside that speaker's
// account.
func TestHeadlineCarriesNothing(t *testing.T) {
	title := "Navy says outbreak spreads on carrier"
	rep := compareDocs(t, []*ingest.Document{
		{ID: "a", Source: "A", Title: title, Text: title + "\n\nOver 155 of the carrier's sailors have tested positive for the virus.\n\nThe ship will stay in Guam, the Navy said."},
		{ID: "b", Source: "B", Text: "At least 230 of the carrier's sailors have tested positive for the virus, a US Navy official told CNN."},
	})
	var gaps []string
	for _, f := range rep.Findings {
		if f.Type == AttributionGap {
			gaps = append(gaps, f.Summary)
		}
	}
	if len(gaps) != 1 || !strings.Contains(gaps[0], "stated as fact in A") {
		t.Errorf("want one gap with A's figure bare, got %q", gaps)
	}
}

// gapCase is two outlets' texts, a and b, and a part of the summary of the
// one attribution gap they must give, "" for none.
type gapCase struct {
	name string
	a, b string
	want string
}

// TestDatedEventGap: a date is one fact by its event, however different
// the sentences around it: two outlets' dates whose claims share the
// event's verb are compared for their sourcing, two dates of different
// events are not.
func TestDatedEventGap(t *testing.T) {
	tests := []gapCase{
		{"one event, one verb",
			"Mr Bannon and the three others launched the scheme in December 2018, the DoJ said, and during the campaign Mr Kolfage spoke often.",
			"He first pledged to send donations to the government when he launched the wall effort in December 2018, but then changed course.",
			"stated as fact in Outlet B"},
		{"not a date: a count is one fact by more than its verb",
			"Officials said the storm killed 3 people across the county on Sunday as rivers rose.",
			"The riots that summer killed 3 people in the city before the curfew took hold.",
			""},
		{"a participle modifying a noun is no event's verb",
			"Mr Kolfage started the privately funded group in December 2018, the DoJ said, and during the campaign he spoke often.",
			"Mr Bannon joined a privately funded effort in December 2018 after a long talk with friends.",
			""},
		{"two events of one thing",
			"Mr Kolfage founded the group in December 2018, the DoJ said, and during the campaign he spoke often.",
			"Mr Kolfage left the group in December 2018 after a long quarrel with the other founders over money.",
			""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkOneGap(t, tc.want, tc.a, tc.b) })
	}
}

// checkOneGap compares texts as outlets' articles and fails unless they
// give one attribution gap whose summary holds want, or none when want is
// "".
func checkOneGap(t *testing.T, want string, texts ...string) {
	t.Helper()
	var gaps []string
	for _, f := range compareTexts(t, texts...).Findings {
		if f.Type == AttributionGap {
			gaps = append(gaps, f.Summary)
		}
	}
	switch {
	case want == "" && len(gaps) > 0:
		t.Errorf("want no gap, got %q", gaps)
	case want != "" && (len(gaps) != 1 || !strings.Contains(gaps[0], want)):
		t.Errorf("want one gap with %q, got %q", want, gaps)
	}
}

// TestHedgedFigureGap: a hedge is read for a whole sentence, so it hedges
// a figure only where it stands in the figure's claim: "the man who
// allegedly shot two men dead" hedges who shot, and states the two dead
// as fact; "two people apparently died" hedges the deaths, and is no bare
// side.
func TestHedgedFigureGap(t *testing.T) {
	sourced := "Two men were shot dead in Dayton on Sunday night, police said."
	tests := []struct {
		name, a, want string
	}{
		{"a hedge beside the figure", "The father of the man who allegedly shot two men dead in Dayton on Sunday night spoke to reporters.", "stated as fact in Outlet A"},
		{"a hedge of the figure", "Two men apparently were shot dead in Dayton on Sunday night.", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkOneGap(t, tc.want, tc.a, sourced) })
	}
}
