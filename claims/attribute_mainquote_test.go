package claims

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/claimdiff/claimdiff/claims/mention"
	"github.com/claimdiff/claimdiff/claims/rules"
	"github.com/claimdiff/claimdiff/claims/segment"
	"github.com/claimdiff/claimdiff/internal/rulestest"
)

// TestMainQuoteRuns checks that mainQuote, which counts each quote's
// words in a sentence from its run of tokens (quoteRuns), finds the quote
// mainQuoteByTokens finds counting token by token, over the seeds and
// texts whose marks open quotes inside quotes or leave them open.
func TestMainQuoteRuns(t *testing.T) {
	r := rulestest.Default(t)
	texts := []string{
		"Title\n\n\"We are heartbroken,\" Chief Ortiz said. \"The road stays closed until Monday,\" he added, \"and the school too.\"\n",
		"Title\n\n\"Two people were hurt in the crash \"on the bridge\" near Dalton,\" the sheriff said.\n",
		"Title\n\n\"Two people were hurt, the sheriff said. Nobody else was there.\n\n\"The road is closed,\" he added. 'Short one' here.\n",
		"Title\n\n“Two people were hurt on the bridge “and the road near the school was closed,” the sheriff said.\n",
		"Title\n\nShe said \"\"We have learned a great deal from this,\" and left. \"Yes,\" he said, \"it was a very long night for all of us.\"\n",
	}
	seeds, _ := filepath.Glob("../testdata/seeds/*.txt")
	for _, f := range seeds {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(data))
	}
	runs := 0
	for ti, text := range texts {
		txt := segment.Segment(text, segment.Options{})
		ms := mention.Recognise(txt, r.Lexicon(), mention.Options{})
		var input rules.Input
		in := input.Index(txt, ms)
		a := newAttributor(txt, r, in, newNameCache(r), nil)
		if a.quoteRuns {
			runs++
		}
		for si := range txt.Sentences {
			if got, want := a.mainQuote(si), a.mainQuoteByTokens(si); got != want {
				t.Errorf("text %d, sentence %d %q: mainQuote %d, by tokens %d", ti, si, txt.Src[txt.Sentences[si].Start:txt.Sentences[si].End], got, want)
			}
		}
	}
	if runs == 0 {
		t.Error("no text's quotes were runs: mainQuote's counting by runs went untested")
	}
}
