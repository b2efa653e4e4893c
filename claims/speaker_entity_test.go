package claims

import (
	"testing"

	"github.com/claimdiff/claimdiff/claims/mention"
	"github.com/claimdiff/claimdiff/claims/rules"
	"github.com/claimdiff/claimdiff/claims/segment"
	"github.com/claimdiff/claimdiff/internal/rulestest"
	"github.com/claimdiff/claimdiff/internal/seedstest"
)

// testAttributor is an attribution pass over text, made but not run.
func testAttributor(t *testing.T, r *rules.Rules, text string) *attributor {
	t.Helper()
	txt := segment.Segment(text, segment.Options{})
	in := rules.NewInput(txt, mention.Recognise(txt, r.Lexicon(), mention.Options{}))
	return newAttributor(txt, r, in, newNameCache(r), nil)
}

// tokenAt returns the index of the first token of a's text whose folded
// form is w.
func tokenAt(t *testing.T, a *attributor, w string) int {
	t.Helper()
	for i, tok := range a.txt.Tokens {
		if tok.Norm == w {
			return i
		}
	}
	t.Fatalf("no token %q", w)
	return -1
}

// TestEntityMemoStale wants an entity remembered to give way to what the
// document teaches later: "Garrow" reads as "Jane Garrow" once the full
// name is read.
func TestEntityMemoStale(t *testing.T) {
	r := rulestest.Default(t)
	a := testAttributor(t, r, "Title\n\nMs. Garrow said so on Monday. Jane Garrow spoke.\n")
	k := tokenAt(t, a, "garrow")
	s := a.txt.Sentences[a.sentOf[k]]
	before, _ := a.entity(k, s.Last)
	jane := tokenAt(t, a, "jane")
	if full, _ := a.entity(jane, a.txt.Sentences[a.sentOf[jane]].Last); full.name != "Jane Garrow" {
		t.Fatalf("Jane Garrow read as %q", full.name)
	}
	if got, _ := a.entity(k, s.Last); got.name != "Jane Garrow" || got.name == before.name {
		t.Errorf("Garrow: %q, then %q once Jane Garrow is read; want Jane Garrow", before.name, got.name)
	}
}

// TestEntityMemoGender wants a title's gender written again when its
// name is read again after another title gave the name the other gender:
// a reading remembered writes nothing, so setGender's change must count
// in learned.
func TestEntityMemoGender(t *testing.T) {
	r := rulestest.Default(t)
	a := testAttributor(t, r, "Title\n\nMs. Garrow spoke on Monday. Mr. Garrow spoke on Tuesday.\n")
	ms := tokenAt(t, a, "garrow")
	mr := ms + 1
	for ; a.txt.Tokens[mr].Norm != "garrow"; mr++ {
	}
	limit := func(i int) int { return a.txt.Sentences[a.sentOf[i]].Last }
	for _, read := range []struct {
		at   int
		want byte
	}{{ms, 'f'}, {mr, 'm'}, {ms, 'f'}} {
		sp, _ := a.entity(read.at, limit(read.at))
		if g := a.gender[sp.name]; g != read.want {
			t.Errorf("%s read at token %d: gender %q, want %q", sp.name, read.at, g, read.want)
		}
	}
}

// TestEntityMemoExact wants entity, answered from its memo, to give what
// readEntity works out afresh, at every capitalised word of the seeds
// and every limit after it in its sentence (while neither taught
// anything of names).
func TestEntityMemoExact(t *testing.T) {
	r := rulestest.Default(t)
	for ti, text := range seedstest.Texts(t) {
		a := testAttributor(t, r, text)
		for _, s := range a.txt.Sentences {
			for i := s.First; i < s.Last; i++ {
				if !a.txt.Tokens[i].Cap || a.in.Cover(i) >= 0 {
					continue // entity's guard, before the memo
				}
				for limit := i + 1; limit <= s.Last; limit++ {
					a.entity(i, limit)
					learned := a.learned
					memo, n := a.entity(i, limit)
					fresh, m := a.readEntity(i, limit)
					if a.learned == learned && (memo != fresh || n != m) {
						t.Errorf("text %d, token %d %q to %d: entity %+v (%d), readEntity %+v (%d)", ti, i, a.txt.Tokens[i].Norm, limit, memo, n, fresh, m)
					}
				}
			}
		}
	}
}
