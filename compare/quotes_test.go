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

// TestConsistent: renderings of one passage that disagree in no word are
// no variant; spelling alone is none either.
func TestConsistent(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"a strong answer to the critics who unfairly criticised the new vaccine",
			"a strong answer to critics who unfairly criticized the new vaccine.", false}, // "the"
		{"dedicated to pursuing every assault offence and delivering justice",
			"Tasmania Police stays dedicated to pursuing every assault offense and delivering justice for survivors", true},
		{"The panel, weighing all the evidence fairly, should have held a doubt about the accused man's guilt",
			"should have held a doubt about the accused man's guilt on every one of the counts", true},
		{"firing him at this tense time... is a destabilising step that will probably leave our troops in more danger",
			"firing him at this tense time -- as the crew battles the outbreak -- is a destabilizing step that will probably leave our troops in more danger", true},
		{"I told them, 'This belongs to the state; it isn't for private citizens' - and it struck me as grandstanding and I think I made my view known",
			"I know little about the plan. I told them, 'This belongs to the state, it isn't for private citizens,' and it struck me as grandstanding.", true},
		{"The alternative is he did it on purpose.", "The alternative is that he did this on purpose.", false},
		{"too naive or too foolish to be in command", "then he was either a) too naïve or too foolish to be in command of a ship", true},
		{"the same words", "the other words", false},
	}
	for _, tc := range tests {
		var q quoteItems
		q.add(&claims.Claim{}, 0, tc.a, quoteWords(tc.a))
		q.add(&claims.Claim{}, 1, tc.b, quoteWords(tc.b))
		if got := q.consistent(0, 1); got != tc.want {
			t.Errorf("consistent(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

// TestPassages: a quote claim joining passages quoted apart is split at
// the reporter's words between them; a paragraph reopening a quotation
// continues it.
func TestPassages(t *testing.T) {
	tests := []struct {
		src, text string
		want      []string
	}{
		{`He said the verdict corrected “a grave wrong”, though he bore “no resentment” towards the complainant.`,
			"a grave wrong no resentment", []string{"a grave wrong", "no resentment"}},
		{"“We will rebuild,” the mayor said. “Nobody will be left behind.”",
			"We will rebuild, Nobody will be left behind.", []string{"We will rebuild,", "Nobody will be left behind."}},
		{"“We will rebuild.\n\n“Nobody will be left behind,” she said.",
			"We will rebuild. Nobody will be left behind", []string{"We will rebuild. Nobody will be left behind"}},
	}
	for _, tc := range tests {
		c := &claims.Claim{Text: tc.text, Span: claims.Span{Start: 0, End: len(tc.src)}}
		if got := passages(tc.src, c); !slices.Equal(quoteWords(joinAll(got)), quoteWords(joinAll(tc.want))) || len(got) != len(tc.want) {
			t.Errorf("passages(%q) = %q, want %q", tc.src, got, tc.want)
		}
	}
}

func joinAll(ss []string) string {
	out := ""
	for _, s := range ss {
		out += s + " | "
	}
	return out
}

// TestQuoteMatch: two passages of one speaker are one passage when they
// share minQuoteShared content words and half the shorter one's words;
// closed-class words and a person against a body do not make one.
func TestQuoteMatch(t *testing.T) {
	tests := []struct {
		name            string
		a, b            string
		speakerA, typeA string
		speakerB, typeB string
		want            bool
	}{
		{"one person, two names", "You gave yourself the right to take the lives of 51 innocent worshippers",
			"you gave yourself the right to take the lives of 51 worshippers", "Maysoon Salama", "person", "Madam Maysoon Salama", "person", true},
		{"two content words only", "too naive or too stupid", "I do not believe the captain is naive nor stupid",
			"Thomas Modly", "person", "Thomas Modly", "person", false},
		{"function words only", "That is something we need to investigate.", "we need the company to respond and that is all",
			"Reddy", "person", "Reddy", "person", false},
		{"a person is not a body", "all consular operations are suspended at the embassy compound",
			"militias attacked the embassy compound and operations are suspended", "State Department", "organisation", "Mark Esper", "person", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ca := &claims.Claim{Text: tc.a, Attribution: claims.Attribution{Speaker: tc.speakerA, SpeakerType: claims.SpeakerType(tc.typeA)}}
			cb := &claims.Claim{Text: tc.b, Attribution: claims.Attribution{Speaker: tc.speakerB, SpeakerType: claims.SpeakerType(tc.typeB)}}
			var q quoteItems
			for i, c := range []*claims.Claim{ca, cb} {
				ws := quoteWords(c.Text)
				q.add(c, i, c.Text, ws)
				q.sets = append(q.sets, setOf(ws))
			}
			if got, _, _ := q.match(0, 1); got != tc.want {
				t.Errorf("match = %v, want %v", got, tc.want)
			}
		})
	}
}

// TestTitleCased: a title or slogan in quotation marks is no one's words.
func TestTitleCased(t *testing.T) {
	for _, tc := range []struct {
		p    string
		want bool
	}{
		{"Fox News Sunday", true},
		{"In God We Trust", true},
		{"Make America Great Again", true},
		{"Keeping Up with the Kardashians", true},
		{"We will make America great again", false},
		{"It was a cowardly act", false},
		{"Iran", false},
		{"too naive or too stupid", false},
	} {
		if got := titleCased(tc.p); got != tc.want {
			t.Errorf("titleCased(%q) = %v, want %v", tc.p, got, tc.want)
		}
	}
}

// TestAgreedQuoteNamed: a quote finding names the quote by the passage
// the outlets share, the shortest of those set side by side, not by the
// start of the first outlet's claim, which can run on into passages of
// its own (two passages of one speaker make one claim).
func TestAgreedQuoteNamed(t *testing.T) {
	r := rulestest.Default(t)
	cases := []struct {
		a, b      string
		want      string            // the quote the agreement names
		wantShown map[string]string // what each document's claim is shown as holds
	}{
		{
			a:         `"The river rose faster than anyone in the valley had ever seen," Mayor Ann Rivera said. "We lost the bridge and the mill before noon."`,
			b:         `Mayor Ann Rivera told reporters: "We lost the bridge and the mill before noon."`,
			want:      `quote "We lost the bridge and the mill before noon." — same words in`,
			wantShown: map[string]string{"d0.txt": "We lost the bridge and the mill before noon.", "d1.txt": "We lost the bridge and the mill before noon."},
		},
		{
			a:         `"We lost the bridge and the mill before noon," Mayor Ann Rivera said.`,
			b:         `Mayor Ann Rivera said: "We lost the bridge and the mill before noon and the school after it."`,
			want:      `quote "We lost the bridge and the mill before noon" — same words in`,
			wantShown: map[string]string{"d0.txt": "We lost the bridge and the mill before noon", "d1.txt": "We lost the bridge and the mill before noon and the school after it."},
		},
	}
	for _, c := range cases {
		var results []*claims.Result
		for i, text := range []string{c.a, c.b} {
			results = append(results, claims.Extract(&ingest.Document{ID: fmt.Sprintf("d%d.txt", i), Source: fmt.Sprintf("outlet%d", i), Format: "txt", Text: text}, r))
		}
		rep, err := Compare(context.Background(), results, r, Options{})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, f := range rep.Findings {
			if f.Kind == claims.KindQuote && f.Type == Agreement {
				got = append(got, f.Summary)
				// each claim shown by its passage, in the claims' order
				for k, cl := range f.Claims {
					if p := f.ClaimText(k); !strings.Contains(c.wantShown[cl.Doc], p) || p == "" {
						t.Errorf("%s | %s: claim of %s shown as %q, want a passage of %q", c.a, c.b, cl.Doc, p, c.wantShown[cl.Doc])
					}
				}
			}
		}
		if len(got) != 1 || !strings.HasPrefix(got[0], c.want) {
			t.Errorf("%s | %s:\nquote agreements %q\nwant one starting %q", c.a, c.b, got, c.want)
		}
	}
}

// TestSortClaimsKeepsPassages: the passages of a quote finding move with
// their claims when the report orders them, or check keeps some.
func TestSortClaimsKeepsPassages(t *testing.T) {
	f := Finding{Claims: []claims.Claim{{Doc: "c"}, {Doc: "a"}, {Doc: "b"}},
		Detail: Detail{Passages: []string{"of c", "of a", "of b"}}}
	f.SortClaims(func(x, y *claims.Claim) bool { return x.Doc < y.Doc })
	for k, c := range f.Claims {
		if got := f.ClaimText(k); got != "of "+c.Doc {
			t.Errorf("claim %d of %s shown as %q", k, c.Doc, got)
		}
	}
	g := Finding{Claims: []claims.Claim{{Doc: "b", Text: "text b"}, {Doc: "a", Text: "text a"}}}
	g.SortClaims(func(x, y *claims.Claim) bool { return x.Doc < y.Doc })
	if g.Claims[0].Doc != "a" || g.ClaimText(0) != "text a" {
		t.Errorf("without passages: %+v", g.Claims)
	}
	h := Finding{Claims: []claims.Claim{{Doc: "b", Text: "text b"}, {Doc: "a", Text: "text a"}}, Detail: Detail{Passages: []string{"one"}}}
	h.SortClaims(func(x, y *claims.Claim) bool { return x.Doc < y.Doc })
	if h.Detail.Passages != nil || h.ClaimText(0) != "text a" {
		t.Errorf("passages not one a claim kept: %q", h.Detail.Passages)
	}
	f.KeepClaims(func(c *claims.Claim) bool { return c.Doc != "b" })
	if len(f.Claims) != 2 || f.ClaimText(0) != "of a" || f.ClaimText(1) != "of c" {
		t.Errorf("KeepClaims: %+v %q", f.Claims, f.Detail.Passages)
	}
}
