package compare

import (
	"testing"

	"github.com/claimdiff/claimdiff/claims"
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
	}
	tests := []struct {
		name string
		in   []mention
		want string // the speaker chosen, "" for bare
	}{
		{"only attributed", []mention{{police, false}}, "police"},
		{"attributed, then restated bare", []mention{{police, false}, {bareA, false}}, "police"},
		{"bare, then under a cue", []mention{{bareA, false}, {police, false}}, ""},
		{"bare headline, attributed body", []mention{{bareA, true}, {police, false}}, "police"},
		{"attributed body, then a bare headline", []mention{{police, false}, {bareA, true}}, "police"},
		{"headline only", []mention{{bareA, true}}, ""},
		{"bare headline, attributed and bare body", []mention{{bareA, true}, {police, false}, {bareA, false}}, "police"},
		{"bare headline, bare body", []mention{{bareA, true}, {bareA, false}}, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var items []*item
			head := map[*item]bool{}
			for _, m := range tc.in {
				it := &item{c: &claims.Claim{Attribution: m.a}, doc: 0}
				items = append(items, it)
				head[it] = m.headline
			}
			firsts, attrs, _ := docAttributions(items, func(it *item) bool { return head[it] })
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
	}
	for _, tc := range tests {
		got := sameSpeaker(speakerKey(tc.a), speakerKey(tc.b))
		if got != tc.same {
			t.Errorf("%q (%s) and %q (%s): same %v, want %v", tc.a.Speaker, tc.a.SpeakerType, tc.b.Speaker, tc.b.SpeakerType, got, tc.same)
		}
	}
}
