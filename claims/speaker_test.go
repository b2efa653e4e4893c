package claims

import (
	"testing"

	"github.com/claimdiff/claimdiff/internal/rulestest"
	"github.com/claimdiff/claimdiff/internal/seedstest"
)

// TestResolveMemoStale wants a resolution remembered to give way to what
// the document teaches later: a role given a name ("the governor" then
// reads as John Bel Edwards), and a pronoun read again once a speaker
// stands before it (a pronoun's reading is never remembered).
func TestResolveMemoStale(t *testing.T) {
	r := rulestest.Default(t)
	a := testAttributor(t, r, "Title\n\nThe governor said the plan works.\n")
	f := tokenAt(t, a, "the")
	si := int(a.sentOf[f])
	before := a.resolve(f, f+2, si)
	a.setRole("governor", "John Bel Edwards")
	if got := a.resolve(f, f+2, si); got.name != "John Bel Edwards" || got.name == before.name {
		t.Errorf("the governor: %q, then %q once the role is named; want John Bel Edwards", before.name, got.name)
	}

	a = testAttributor(t, r, "Title\n\nJohn Smith spoke on Monday. He said the plan works.\n")
	he := tokenAt(t, a, "he")
	si = int(a.sentOf[he])
	if got := a.resolve(he, he+1, si); got.name != "" {
		t.Fatalf("he, with nobody before it: %q", got.name)
	}
	john := tokenAt(t, a, "john")
	a.salience(si - 1).remember(speaker{name: "John Smith", typ: SpeakerPerson, first: john, last: john + 2})
	if got := a.resolve(he, he+1, si); got.name != "John Smith" {
		t.Errorf("he, after John Smith spoke: %q, want John Smith", got.name)
	}
}

// TestResolveMemoExact wants resolve, answered from its memo, to give
// what resolveSpan works out afresh, for the short phrases of the seeds'
// sentences (while neither taught anything of names).
func TestResolveMemoExact(t *testing.T) {
	r := rulestest.Default(t)
	for ti, text := range seedstest.Texts(t) {
		a := testAttributor(t, r, text)
		for si, s := range a.txt.Sentences {
			for f := s.First; f < s.Last; f++ {
				for l := f + 1; l <= s.Last && l <= f+6; l++ {
					a.resolve(f, l, si)
					learned := a.learned
					memo := a.resolve(f, l, si)
					fresh := a.resolveSpan(f, l, si)
					if a.learned == learned && memo != fresh {
						t.Errorf("text %d, tokens [%d, %d) %q: resolve %+v, resolveSpan %+v", ti, f, l, a.text(f, l), memo, fresh)
					}
				}
			}
		}
	}
}
