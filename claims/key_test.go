package claims

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/claimdiff/claimdiff/claims/mention"
	"github.com/claimdiff/claimdiff/claims/rules"
	"github.com/claimdiff/claimdiff/claims/segment"
)

// TestTokensWithoutKey: a token's filter key (Token.Key) only spares a
// look-up, never changes an answer. Tokens built by hand or decoded
// without it (Key 0) give the same mentions and rule matches as the
// tokeniser's, over the seeds.
func TestTokensWithoutKey(t *testing.T) {
	r, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	paths, _ := filepath.Glob("../testdata/seeds/*.txt")
	if len(paths) == 0 {
		t.Fatal("no seeds")
	}
	read := func(txt *segment.Text) ([]mention.Mention, []rules.Match) {
		ms := mention.Recognise(txt, r.Lexicon(), mention.Options{Published: seedPublished})
		return ms, r.Match(rules.NewInput(txt, ms))
	}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		txt := segment.Segment(string(data), segment.Options{})
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
			t.Fatalf("%s: the tokeniser set no key", p)
		}
		ms, matches := read(txt)
		ms0, matches0 := read(&bare)
		if !reflect.DeepEqual(ms, ms0) {
			t.Errorf("%s: mentions differ without keys", p)
		}
		if len(matches) == 0 || !reflect.DeepEqual(matches, matches0) {
			t.Errorf("%s: %d rule matches with keys, %d without (or they differ)", p, len(matches), len(matches0))
		}
	}
}
