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

// TestEarlierEvents checks that a casualty count dated well before the
// story's own event takes the previous scope, and the story's counts do
// not: each case lists the text of every casualty count with a value and
// whether it is an earlier event's.
func TestEarlierEvents(t *testing.T) {
	r, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, text string
		want       map[string]bool // claim text -> previous scope
	}{
		{"a shooting recalled", "Three people were killed on April 2, 2014, at Fort Hood.\n\n" +
			"On Nov. 5, 2009, Nidal Hasan opened fire at Fort Hood, killing 13 people.",
			map[string]bool{"Three people were killed": false, "killing 13": true}},
		{"weeks apart are one story", "Two people were killed on May 1, 2015.\n\n" +
			"Police said on June 20, 2015, that five people were wounded.",
			map[string]bool{"Two people were killed": false, "five people were wounded": false}},
		{"no dates", "Two people were killed.\n\nIn 2009 a man was shot dead nearby.",
			map[string]bool{"Two people were killed": false}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := &ingest.Document{ID: "t", Source: "t", Text: tc.text, Format: "txt"}
			got := map[string]bool{}
			for _, c := range Extract(doc, r).Claims {
				if isCasualty(c.Kind) && c.Value != nil {
					got[c.Text] = c.Frame != nil && c.Frame.Scope == "previous"
				}
			}
			for text, prev := range tc.want {
				if g, ok := got[text]; !ok || g != prev {
					t.Errorf("%q: previous %v (found %v), want %v; claims %v", text, g, ok, prev, got)
				}
			}
		})
	}
}
