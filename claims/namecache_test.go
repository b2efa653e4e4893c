package claims

import (
	"testing"

	"github.com/claimdiff/claimdiff/claims/mention"
	"github.com/claimdiff/claimdiff/claims/rules"
	"github.com/claimdiff/claimdiff/claims/segment"
	"github.com/claimdiff/claimdiff/internal/rulestest"
)

// TestNameCacheForward: the memo of the names read from each token gives
// what the names scanner gives, whatever the limits asked and the order
// they come in, over documents read one after the other by one cache: a
// long one, a short one, the long one again, and two whose sentences end
// where the other's do (no entry of one may answer for the next).
func TestNameCacheForward(t *testing.T) {
	r := rulestest.Default(t)
	c := newNameCache(r)
	long := "Louisiana Governor John Bel Edwards said on Thursday that Lake Charles was hit hard. " +
		"Mr. Edwards told CNN that the storm, which Gov. Edwards called the worst, killed 4 people. " +
		"The National Hurricane Center in Miami said Laura weakened over Arkansas."
	short := "Peter Carr said Mueller's office declined. Carr added nothing."
	// tokens where the other's are, names of other lengths
	a, b := "Peter Carr said the office declined on Monday.", "Louisiana Governor John Bel Edwards declined on Monday."
	docs := []string{long, short, long, a, b}
	for _, src := range docs {
		c.reset()
		txt := segment.Segment(src, segment.Options{})
		in := rules.NewInput(txt, mention.Recognise(txt, r.Lexicon(), mention.Options{}))
		for _, s := range txt.Sentences {
			// each token asked with every limit after it, longest first
			// (limits that cut a name short), then the longest again
			for i := s.First; i < s.Last; i++ {
				for _, limit := range append(descending(s.Last, i+1), s.Last) {
					want := r.Names.Forward(txt, i, limit, in.Free)
					if got := c.forward(txt, in, i, limit); got != want {
						t.Fatalf("%.20q: token %d (%q), limit %d: forward %d, want %d", src, i, txt.Tokens[i].Norm, limit, got, want)
					}
				}
			}
		}
	}
}

// descending returns from, from-1, ..., to.
func descending(from, to int) []int {
	var out []int
	for k := from; k >= to; k-- {
		out = append(out, k)
	}
	return out
}

// TestPronounType: the type of speaker each pronoun stands for.
func TestPronounType(t *testing.T) {
	for w, want := range map[string]SpeakerType{"he": SpeakerPerson, "she": SpeakerPerson, "him": SpeakerPerson, "her": SpeakerPerson,
		"they": SpeakerOrganisation, "it": SpeakerOrganisation, "who": "", "officials": "", "": ""} {
		if got := pronounType(w); got != want {
			t.Errorf("pronounType(%q) = %q, want %q", w, got, want)
		}
	}
}

// TestPlaceNotPerson: a place the rules list is never typed a person, by
// kind or by typedAt over its tokens: namedPeople counts on it, and does
// not ask the places again.
func TestPlaceNotPerson(t *testing.T) {
	r := rulestest.Default(t)
	c := newNameCache(r)
	if len(r.Places) == 0 {
		t.Fatal("the rules list no places")
	}
	for p := range r.Places {
		c.reset()
		txt := segment.Segment(p, segment.Options{})
		if len(txt.Tokens) == 0 {
			continue
		}
		if _, k := c.typedAt(txt, 0, len(txt.Tokens)); k == SpeakerPerson {
			t.Errorf("typedAt(%q) = %q", p, k)
		}
		c.reset()
		if k := c.kind(p); k == SpeakerPerson {
			t.Errorf("kind(%q) = %q", p, k)
		}
	}
}
