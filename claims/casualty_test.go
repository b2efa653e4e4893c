package claims

import (
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/claims/ingest"
	"github.com/claimdiff/claimdiff/claims/rules"
	"github.com/rogpeppe/go-internal/txtar"
)

// TestCasualties checks the casualty claims of the short articles in
// testdata/casualty.txtar against the lines each case lists: the work of
// claims/casualty.go across sentences (totals and parts, single victims
// within a count, zeros, the look-back, the perpetrator flag), which the
// one-rule examples in rules.yaml cannot show.
func TestCasualties(t *testing.T) {
	ar, err := txtar.ParseFile("testdata/casualty.txtar")
	if err != nil {
		t.Fatal(err)
	}
	r, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{}
	for _, f := range ar.Files {
		if name, ok := strings.CutSuffix(f.Name, ".want"); ok {
			want[name] = strings.TrimSpace(string(f.Data))
		}
	}
	for _, f := range ar.Files {
		name, ok := strings.CutSuffix(f.Name, ".txt")
		if !ok {
			continue
		}
		t.Run(name, func(t *testing.T) {
			w, ok := want[name]
			if !ok {
				t.Fatalf("no %s.want in the archive", name)
			}
			doc := &ingest.Document{ID: name, Source: name, Text: string(f.Data), Format: "txt"}
			var got []string
			for _, c := range Extract(doc, r).Claims {
				if isCasualty(c.Kind) && c.Value != nil {
					got = append(got, Describe(c))
				}
			}
			if g := strings.Join(got, "\n"); g != w {
				t.Errorf("%s:\n got:\n%s\nwant:\n%s", name, g, w)
			}
		})
	}
}

// TestCasualtyScopes checks the scopes casualties() gives: previous for a
// count dated well before the story's own event or placed before it,
// other for one placed after it, tally for a count over several
// incidents or a period, part for some of the victims. Each case lists the text of casualty counts and the
// scope each must have ("" for none).
func TestCasualtyScopes(t *testing.T) {
	r, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, text string
		want       map[string]string // claim text -> frame scope
	}{
		{"a shooting recalled", "Three people were killed on April 2, 2014, at Fort Hood.\n\n" +
			"On Nov. 5, 2009, Nidal Hasan opened fire at Fort Hood, killing 13 people.",
			map[string]string{"Three people were killed": "", "killing 13": "previous"}},
		{"weeks apart are one story", "Two people were killed on May 1, 2015.\n\n" +
			"Police said on June 20, 2015, that five people were wounded.",
			map[string]string{"Two people were killed": "", "five people were wounded": ""}},
		{"no dates", "Two people were killed.\n\nIn 2009 a man was shot dead nearby.",
			map[string]string{"Two people were killed": ""}},
		{"a weekend's tally", "5 Dead, 17 Wounded In Weekend Shootings\n\n" +
			"Five people were killed and at least 17 others have been wounded in separate shootings across the city.",
			map[string]string{"5 Dead": "tally", "17 Wounded": "tally", "Five people were killed": "tally",
				"at least 17 others have been wounded": "tally"}},
		{"a tally beside the story's count", "Seven people were murdered in three separate shootings.\n\n" +
			"The four men killed in the restaurant were among seven people gunned down in three separate shootings.",
			map[string]string{"Seven people were murdered": "tally", "four men killed": ""}},
		{"one event called shootings", "Three people were killed in the Orlando shootings.",
			map[string]string{"Three people were killed": ""}},
		{"an incident placed after another", "Two people were wounded on Main Street on Sunday.\n\n" +
			"The shooting occurred eight months after three people were killed at a party nearby.",
			map[string]string{"Two people were wounded": "", "three people were killed": "previous"}},
		{"an incident placed before another", "Two people were wounded on Sunday.\n\n" +
			"The incident came hours before three police officers were shot dead in Baton Rouge.",
			map[string]string{"Two people were wounded": "", "three police officers were shot dead": "other"}},
		{"an arrest after the incident", "He was arrested a week after two people were killed on Main Street.",
			map[string]string{"two people were killed": ""}},
		{"a period's tally", "A boy was shot on Sunday.\n\n" +
			"Eight children have been shot in the past 17 months, the prosecutor said. " +
			"150 people have been murdered this year.",
			map[string]string{"Eight children have been shot": "tally", "150 people have been murdered": "tally"}},
		{"some of the victims", "Five people were shot on Sunday.\n\n" +
			"Three of the victims were taken to the hospital. Two of them were killed.",
			map[string]string{"Five people were shot": "", "Three of the victims were taken to the hospital": "part"}},
		{"victims listed", "Two men and two women were injured in the shooting. " +
			"Officials say a man, his wife and their two daughters died.",
			map[string]string{"two women were injured": "part", "two daughters died": "part"}},
		{"outcomes listed", "He left seven dead, including some relatives, and one wounded.",
			map[string]string{"left seven dead": "", "one wounded": ""}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := &ingest.Document{ID: "t", Source: "t", Text: tc.text, Format: "txt"}
			got := map[string]string{}
			for _, c := range Extract(doc, r).Claims {
				if isCasualty(c.Kind) && c.Value != nil {
					got[c.Text] = ""
					if c.Frame != nil {
						got[c.Text] = c.Frame.Scope
					}
				}
			}
			for text, scope := range tc.want {
				if g, ok := got[text]; !ok || g != scope {
					t.Errorf("%q: scope %q (found %v), want %q; claims %q", text, g, ok, scope, got)
				}
			}
		})
	}
}
