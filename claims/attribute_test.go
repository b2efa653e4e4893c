package claims

import (
	"bufio"
	"cmp"
	"fmt"
	"os"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/claims/cuemodel"
	"github.com/claimdiff/claimdiff/claims/ingest"
	"github.com/claimdiff/claimdiff/claims/rules"
	"github.com/claimdiff/claimdiff/internal/rulestest"
)

// TestAttributionCases runs the cases in testdata/attribution.tsv: the
// speaker of each text's first quote, else its first claim (but one in
// the phrase naming the speaker, which is bare), else its last sentence.
func TestAttributionCases(t *testing.T) {
	r := rulestest.Default(t)
	f, err := os.Open("testdata/attribution.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	line := 0
	for sc.Scan() {
		line++
		if sc.Text() == "" || strings.HasPrefix(sc.Text(), "#") {
			continue
		}
		fields := strings.Split(sc.Text(), "\t")
		if len(fields) != 3 {
			t.Fatalf("attribution.tsv:%d: want 3 tab-separated fields, got %d", line, len(fields))
		}
		text, want, typ := fields[0], strings.TrimSpace(fields[1]), SpeakerType(fields[2])
		res := Extract(&ingest.Document{ID: "case", Source: "case", Text: "Title\n\n" + text + "\n"}, r)
		var a Attribution
		if sa := res.SentenceAttributions; len(sa) > 0 {
			a = sa[len(sa)-1] // the case's sentence, after the title
		}
		speaker := a.Span // a figure in the phrase naming the speaker ("Ruth Okafor, 58, said") is the writer's, bare
		got := false
		for i := range res.Claims {
			c := &res.Claims[i]
			if speaker != nil && c.Kind != "quote" && c.Span.Start >= speaker.Start && c.Span.Start < speaker.End {
				continue
			}
			if !got || c.Kind == "quote" {
				a, got = c.Attribution, true
				if c.Kind == "quote" {
					break
				}
			}
		}
		if a.Speaker != want || a.SpeakerType != typ {
			t.Errorf("attribution.tsv:%d: %q\n got speaker %q (%s), want %q (%s)", line, text, a.Speaker, a.SpeakerType, want, typ)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
}

// TestAttributionSpans runs the cases in testdata/attribution-spans.tsv:
// each text must yield an attribution whose speaker and cue spans read as
// given, or none when both are "-".
func TestAttributionSpans(t *testing.T) {
	r := rulestest.Default(t)
	for _, c := range tsvCases(t, "testdata/attribution-spans.tsv", 3) {
		line, fields := c.line-1, c.fields
		got := caseAttributions(r, fields[0])
		found := slices.Contains(got, fmt.Sprintf("[%s] {%s}", fields[1], fields[2]))
		if fields[1] == "-" && fields[2] == "-" {
			found = len(got) == 0 // a case for none
		}
		if !found {
			t.Errorf("attribution-spans.tsv:%d: %q\n got %s, want [%s] {%s}", line+1, fields[0], strings.Join(got, " "), fields[1], fields[2])
		}
	}
}

// TestAttributionLists runs the cases in testdata/attribution-all.tsv:
// each text must yield exactly the attributions listed, each as its
// speaker span and cue span ("[Police] {said}", "[] {asked}" for an
// unknown speaker), in any order, or none for "-".
func TestAttributionLists(t *testing.T) {
	r := rulestest.Default(t)
	for _, c := range tsvCases(t, "testdata/attribution-all.tsv", 2) {
		line, fields := c.line-1, c.fields
		got := append([]string{}, caseAttributions(r, fields[0])...)
		want := []string{}
		if fields[1] != "-" {
			want = strings.Split(fields[1], " | ")
		}
		sort.Strings(got)
		sort.Strings(want)
		if strings.Join(got, " | ") != strings.Join(want, " | ") {
			t.Errorf("attribution-all.tsv:%d: %q\n got %s\nwant %s", line+1, fields[0], strings.Join(got, " | "), strings.Join(want, " | "))
		}
	}
}

// TestAttributionHedges runs the cases in testdata/attribution-hedges.tsv:
// the claim of each text whose text is given must be attributed to the
// speaker given, asserted ("-") or hedged by the hedge given.
func TestAttributionHedges(t *testing.T) {
	r := rulestest.Default(t)
	for _, c := range tsvCases(t, "testdata/attribution-hedges.tsv", 4) {
		text, claim, speaker, hedge := c.fields[0], c.fields[1], c.fields[2], c.fields[3]
		res := Extract(&ingest.Document{ID: "case", Source: "case", Text: "Title\n\n" + text + "\n"}, r)
		got := "no such claim"
		for i := range res.Claims {
			if a := res.Claims[i].Attribution; res.Claims[i].Text == claim {
				got = fmt.Sprintf("[%s] %s", a.Speaker, cmp.Or(a.Hedge, "-"))
				break
			}
		}
		if want := fmt.Sprintf("[%s] %s", speaker, hedge); got != want {
			t.Errorf("attribution-hedges.tsv:%d: %q\n claim %q: got %s, want %s", c.line, text, claim, got, want)
		}
	}
}

// tsvCase is one line of a table of cases: its line number in the file
// and its tab-separated fields.
type tsvCase struct {
	line   int
	fields []string
}

// tsvCases reads the cases of the tab-separated table in file, each with
// n fields; blank lines and lines opening with "#" are no cases.
func tsvCases(t testing.TB, file string, n int) []tsvCase {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	var cases []tsvCase
	for i, row := range strings.Split(string(data), "\n") {
		if row == "" || strings.HasPrefix(row, "#") {
			continue
		}
		fields := strings.Split(row, "\t")
		if len(fields) != n {
			t.Fatalf("%s:%d: want %d tab-separated fields, got %d", file, i+1, n, len(fields))
		}
		cases = append(cases, tsvCase{i + 1, fields})
	}
	return cases
}

// caseAttributions extracts a table case's sentence, under a title, and
// gives each attribution as the text of its speaker and cue spans:
// "[Police] {said}", "[] {asked}" where it has no speaker span.
func caseAttributions(r *rules.Rules, sentence string) []string {
	text := "Title\n\n" + sentence + "\n"
	res := Extract(&ingest.Document{ID: "case", Source: "case", Text: text}, r)
	var out []string
	for _, a := range res.Attributions {
		var sp, cue string
		if a.Span != nil {
			sp = text[a.Span.Start:a.Span.End]
		}
		if a.CueSpan != nil {
			cue = text[a.CueSpan.Start:a.CueSpan.End]
		}
		out = append(out, fmt.Sprintf("[%s] {%s}", sp, cue))
	}
	return out
}

// TestQuoteStatements checks that the quotes of one statement make one
// quote claim: continued over sentences, or split by their cue.
func TestQuoteStatements(t *testing.T) {
	r := rulestest.Default(t)
	cases := []struct{ text, want, speaker string }{
		{`"We are done with it," Garcia said, "and we will not come back."`, "We are done with it and we will not come back.", "Garcia"},
		{`"It was fine," Garcia said. "What it does is help the town."`, "It was fine What it does is help the town.", "Garcia"},
	}
	for _, c := range cases {
		res := Extract(&ingest.Document{ID: "case", Source: "case", Text: "Title\n\n" + c.text + "\n"}, r)
		var quotes []Claim
		for _, cl := range res.Claims {
			if cl.Kind == "quote" {
				quotes = append(quotes, cl)
			}
		}
		if len(quotes) != 1 || quotes[0].Text != c.want || quotes[0].Attribution.Speaker != c.speaker {
			t.Errorf("%s: got %d quote claims %+v, want one %q by %s", c.text, len(quotes), quotes, c.want, c.speaker)
		}
	}
}

func TestStraightenQuotes(t *testing.T) {
	replacer := strings.NewReplacer("“", "\"", "”", "\"", "‘", "'", "’", "'")
	for _, tc := range []struct{ in, want string }{
		{"", ""},
		{"plain words", "plain words"},
		{"“Yes,” he said", "\"Yes,\" he said"},
		{"it’s ‘fine’", "it's 'fine'"},
		{"a — dash… and “", "a — dash… and \""},
		{"\xe2\x80", "\xe2\x80"},
		{"”", "\""},
		{"€5 for “it”, ‘x’", "€5 for \"it\", 'x'"},
		{"\xe2\xe2\x80\x9cend\xe2", "\xe2\"end\xe2"},
		{"––‘", "––'"},
	} {
		if got := straightenQuotes(tc.in); got != tc.want {
			t.Errorf("straightenQuotes(%q) = %q, want %q", tc.in, got, tc.want)
		}
		if got, want := straightenQuotes(tc.in), replacer.Replace(tc.in); got != want {
			t.Errorf("straightenQuotes(%q) = %q, a replacer gives %q", tc.in, got, want)
		}
	}
}

// TestModelCues checks what the trained cue model adds: an unlisted cue
// it takes is an attribution of its own, marked ModelCue, with its
// speaker found as a listed cue's is and no claim sourced by it; a listed
// cue is never the model's.
func TestModelCues(t *testing.T) {
	r := rulestest.Default(t)
	for _, tc := range []struct {
		text, cue, speaker string
		model              bool
	}{
		{"Smith denounced the 5 new taxes on Monday.", "denounced", "Smith", true},
		{"Smith said the 5 new taxes were unfair.", "said", "Smith", false},
	} {
		res := Extract(&ingest.Document{ID: "case", Source: "case", Text: "Title\n\n" + tc.text + "\n"}, r)
		var found *Attribution
		for i := range res.Attributions {
			if res.Attributions[i].Cue == tc.cue {
				found = &res.Attributions[i]
			}
		}
		if found == nil {
			t.Errorf("%q: no attribution with cue %q in %+v", tc.text, tc.cue, res.Attributions)
			continue
		}
		if found.ModelCue != tc.model || found.Speaker != tc.speaker || found.Span == nil {
			t.Errorf("%q: got %+v, want speaker %q, model cue %v", tc.text, *found, tc.speaker, tc.model)
		}
		for _, c := range res.Claims {
			if tc.model && c.Attribution.Cue == tc.cue {
				t.Errorf("%q: claim %q is sourced by a model cue", tc.text, c.Text)
			}
		}
	}
	// without the model, the unlisted cue is no attribution
	e := NewExtractor(r)
	e.attrBuf.cueModel = &cuemodel.Model{}
	for _, at := range e.Extract(&ingest.Document{ID: "case", Source: "case", Text: "Title\n\nSmith denounced the 5 new taxes on Monday.\n"}).Attributions {
		if at.Cue == "denounced" {
			t.Errorf("the zero model found %+v", at)
		}
	}
}

// TestNestedAttributions checks that a cue whose speaker is the subject
// of what an outer cue reports is no attribution of its own (PolNeAR's
// guidelines annotate only the outermost), nor is a word inside a listed
// cue, while a cue in a clause of its own, or after a subordinate
// clause's, stays one.
func TestNestedAttributions(t *testing.T) {
	r := rulestest.Default(t)
	for _, tc := range []struct {
		text      string
		want, not []string // cues that are attributions, cues that are none
	}{
		{"Mendez's spokesman, Alan Rook, told the Tribune that Mendez believes the private server was an error.", []string{"told"}, []string{"believes"}},
		{"As for his backers, Doyle said he thinks many use Cruz as a pretext.", []string{"said"}, []string{"thinks"}},
		{"Eight in 10 Republican voters say they think he could carry the fall race.", []string{"say"}, []string{"think"}},
		{"While Comey has said the inquiry is closed, Lewandowski said it will go on for 2 months.", []string{"has said", "said"}, nil},
		{"Clinton said the plan would fail, and she believes it will cost 5,000 jobs.", []string{"said", "believes"}, nil},
		// no word inside a listed cue is a cue of its own
		{"Devine made it clear that the campaign would go on for 2 months.", []string{"made it clear"}, []string{"clear"}},
	} {
		text := "Title\n\n" + tc.text + "\n"
		res := Extract(&ingest.Document{ID: "case", Source: "case", Text: text}, r)
		cues := map[string]bool{}
		for _, a := range res.Attributions {
			if a.CueSpan != nil {
				cues[text[a.CueSpan.Start:a.CueSpan.End]] = true
			}
		}
		for _, c := range tc.want {
			if !cues[c] {
				t.Errorf("%q: no attribution with cue %q in %v", tc.text, c, cues)
			}
		}
		for _, c := range tc.not {
			if cues[c] {
				t.Errorf("%q: cue %q is an attribution of its own, nested in another's content", tc.text, c)
			}
		}
	}
}

// TestHeadlineColon checks the speakers of headline colons: a surname
// alone stands when the body gives the name in full to someone it
// quotes, and a name that speaks for no one, another bearer of the name
// or a country is none. Words after the colon that do not speak ("Name:
// Storm cuts power") are the name's only if the body has it speak; a
// document or an outlet before the colon ("Poll:", "AP:") needs no body.
func TestHeadlineColon(t *testing.T) {
	r := rulestest.Default(t)
	cases := []struct{ text, want string }{
		{"Okafor: 'We Will Rebuild Every Home'\n\nMayor Ada Okafor said on Tuesday that 40 homes had burned.\n", "Ada Okafor"},
		{"Lucia Ferraro: I'm Not Running For A Third Term\n\nThe senator said she would retire.\n", "Lucia Ferraro"},
		{"Okafor: 'We Will Rebuild Every Home'\n\nThe mayor said on Tuesday that 40 homes had burned.\n", ""},
		// words that do not speak: the speaker's only if the body has
		// him speak, not the topic's ("George Pell: Court quashes ...")
		{"Dalton: Storm Cuts Power To 4,000 Homes\n\nMayor Jim Dalton said crews were working.\n", "Jim Dalton"},
		{"George Pell: Court Quashes Cardinal's Conviction On 5 Counts\n\nThe High Court ruled that the jury should have doubted. Cardinal George Pell was freed on Tuesday.\n", ""},
		{"Ted Cruz: Constitutional Conservative Or Another Typical Career Politician?\n\nSen. Ted Cruz said on Monday that he would win Iowa.\n", ""},
		{"Poll: Trump And Clinton Hold Narrow Leads In Pennsylvania\n\nThe race is close.\n", "poll"},
		{"AP: Trump Chair Routed $2 Million To Lobbyists\n\nThe money went to two firms.\n", "AP"},
		{"The Daily Report: Senate Passes The Budget By 2 Votes\n\nThe vote was 51 to 49.\n", ""},
		// the full name only of a speaker the body quotes, never another
		// bearer of the name nor a country
		{"Kasich: \"We will win 12 states\"\n\nOhio Governor John Kasich said on Monday that he would stay in the race.\n", "John Kasich"},
		{"Jordan: \"We need 300 more troops\"\n\nKing Abdullah said on Monday that his country would send troops. Michael Jordan attended the summit.\n", ""},
		{"Cleveland: \"We are ready for 50,000 fans\"\n\nGrover Cleveland was president.\n", ""},
	}
	for _, c := range cases {
		res := Extract(&ingest.Document{ID: "case", Source: "case", Text: c.text}, r)
		got := ""
		for _, a := range res.Attributions {
			if a.Cue == ":" {
				got = a.Speaker
			}
		}
		if got != c.want {
			t.Errorf("%q: headline colon speaker %q, want %q", c.text, got, c.want)
		}
	}
}

// TestNounUseAfterQuantity: after a plural quantity a word in -s is a
// plural noun, no cue; after a collective quantity or "each" it may be
// the verb, in the singular.
func TestNounUseAfterQuantity(t *testing.T) {
	r := rulestest.Default(t)
	for _, tc := range []struct {
		text, word string
		noun       bool
	}{
		{"He said there were a million tweets on the day.", "tweets", true},
		{"Analysts found three claims in the filing.", "claims", true},
		{"A few reports surfaced on Monday.", "reports", true},
		{"A majority says the economy is bad.", "says", false},
		{"Half says the plan is fair.", "says", false},
		{"Each says the plan is fair.", "says", false},
	} {
		a := testAttributor(t, r, tc.text)
		i := tokenAt(t, a, tc.word)
		if got := a.nounUse(i, a.txt.Sentences[a.sentOf[i]].First); got != tc.noun {
			t.Errorf("%q: nounUse(%q) = %v, want %v", tc.text, tc.word, got, tc.noun)
		}
	}
}
