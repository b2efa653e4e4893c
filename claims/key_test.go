package claims

import (
	"reflect"
	"testing"

	"github.com/claimdiff/claimdiff/claims/mention"
	"github.com/claimdiff/claimdiff/claims/rules"
	"github.com/claimdiff/claimdiff/claims/segment"
	"github.com/claimdiff/claimdiff/internal/rulestest"
	"github.com/claimdiff/claimdiff/internal/seedstest"
)

// TestTokensWithoutKey: a token's filter key (Token.Key) only spares a
// look-up, never changes an answer. Tokens built by hand or decoded
// without it (Key 0) give the same mentions and rule matches as the
// tokeniser's, over the seeds.
func TestTokensWithoutKey(t *testing.T) {
	r := rulestest.Default(t)
	read := func(txt *segment.Text) ([]mention.Mention, []rules.Match) {
		ms := mention.Recognise(txt, r.Lexicon(), mention.Options{Published: seedPublished})
		return ms, r.Match(rules.NewInput(txt, ms))
	}
	for k, text := range seedstest.Texts(t) {
		txt := segment.Segment(text, segment.Options{})
		bare := *txt
		bare.Tokens = append([]segment.Token(nil), txt.Tokens...)
		keyed := 0
		for i := range bare.Tokens {
			if bare.Tokens[i].Key != 0 {
				keyed++
			}
			bare.Tokens[i].Key = 0
		}
		if keyed == 0 {
			t.Fatalf("seed %d: the tokeniser set no key", k)
		}
		ms, matches := read(txt)
		ms0, matches0 := read(&bare)
		if !reflect.DeepEqual(ms, ms0) {
			t.Errorf("seed %d: mentions differ without keys", k)
		}
		if len(matches) == 0 || !reflect.DeepEqual(matches, matches0) {
			t.Errorf("seed %d: %d rule matches with keys, %d without (or they differ)", k, len(matches), len(matches0))
		}
	}
}
