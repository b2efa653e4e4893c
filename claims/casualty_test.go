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
	eachCase(t, "testdata/casualty.txtar", func(t *testing.T, r *rules.Rules, doc *ingest.Document, want string) {
		var got []string
		for _, c := range Extract(doc, r).Claims {
			if isCasualty(c.Kind) && c.Value != nil {
				got = append(got, Describe(c))
			}
		}
		if g, w := strings.Join(got, "\n"), strings.TrimSpace(want); g != w {
			t.Errorf("%s:\n got:\n%s\nwant:\n%s", doc.ID, g, w)
		}
	})
}

// TestCasualtyScopes checks the scopes casualties() gives, against
// testdata/casualty_scopes.txtar: previous for a count dated well before
// the story's own event or placed before it, other for one placed after
// it, tally for a count over several incidents or a period, part for some
// of the victims, none for the story's own count.
func TestCasualtyScopes(t *testing.T) {
	eachCase(t, "testdata/casualty_scopes.txtar", func(t *testing.T, r *rules.Rules, doc *ingest.Document, want string) {
		got := map[string]string{}
		for _, c := range Extract(doc, r).Claims {
			if g, seen := got[c.Text]; seen && g != "-" {
				continue // a figure derived at a claim's place (a standing count) shares its text
			}
			if isCasualty(c.Kind) && c.Value != nil {
				got[c.Text] = "-"
				if c.Frame != nil && c.Frame.Scope != "" {
					got[c.Text] = c.Frame.Scope
				}
			}
		}
		for _, line := range strings.Split(strings.TrimSpace(want), "\n") {
			scope, text, ok := strings.Cut(line, "\t")
			if !ok {
				t.Fatalf("want line %q: no tab between scope and claim text", line)
			}
			if g, found := got[text]; g != scope {
				t.Errorf("%q: scope %q (found %v), want %q; claims %q", text, g, found, scope, got)
			}
		}
	})
}

// eachCase runs check, with the default rules, on every article NAME.txt
// of the txtar archive file and the NAME.want beside it, each as a subtest
// named NAME: a case is added by adding its two files.
func eachCase(t *testing.T, file string, check func(t *testing.T, r *rules.Rules, doc *ingest.Document, want string)) {
	t.Helper()
	ar, err := txtar.ParseFile(file)
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
			want[name] = string(f.Data)
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
				t.Fatalf("no %s.want in %s", name, file)
			}
			check(t, r, &ingest.Document{ID: name, Source: name, Text: string(f.Data), Format: "txt"}, w)
		})
	}
}
