package claims

import (
	"testing"

	"github.com/claimdiff/claimdiff/claims/mention"
	"github.com/claimdiff/claimdiff/claims/rules"
	"github.com/claimdiff/claimdiff/claims/segment"
	"github.com/claimdiff/claimdiff/internal/rulestest"
	"github.com/claimdiff/claimdiff/internal/seedstest"
)

// TestMainQuoteRuns checks the invariant mainQuote counts on — the quote
// finder opens quotes in order and closes each before the next opens (a
// mark may close one and open the next), so each quote's tokens are one
// run (indexQuotes) —
// and that mainQuote, counting each quote's words in a sentence from its
// run, finds the quote a count token by token finds, over the seeds and
// texts with stray, doubled and unclosed marks.
func TestMainQuoteRuns(t *testing.T) {
	r := rulestest.Default(t)
	texts := append([]string{
		"Title\n\n\"We are heartbroken,\" Chief Ortiz said. \"The road stays closed until Monday,\" he added, \"and the school too.\"\n",
		"Title\n\n\"Two people were hurt in the crash \"on the bridge\" near Dalton,\" the sheriff said.\n",
		"Title\n\n\"Two people were hurt, the sheriff said. Nobody else was there.\n\n\"The road is closed,\" he added. 'Short one' here.\n",
		"Title\n\n“Two people were hurt on the bridge “and the road near the school was closed,” the sheriff said.\n",
		"Title\n\nShe said \"\"We have learned a great deal from this,\" and left. \"Yes,\" he said, \"it was a very long night for all of us.\"\n",
		"Title\n\n\"He told me 'we will rebuild the school,' and I believed him,\" the mayor said.\n",
	}, seedstest.Texts(t)...)
	for ti, text := range texts {
		txt := segment.Segment(text, segment.Options{})
		in := rules.NewInput(txt, mention.Recognise(txt, r.Lexicon(), mention.Options{}))
		a := newAttributor(txt, r, in, newNameCache(r), nil)
		for q := 1; q < len(a.quoteEnds); q++ {
			if prev := a.quotes[q-1]; a.quotes[q].open <= prev.open || prev.close > a.quotes[q].open {
				t.Errorf("text %d: quote %d nests in quote %d", ti, q, q-1)
			}
		}
		for si := range txt.Sentences {
			if got, want := a.mainQuote(si), mainQuoteByTokens(a, si); got != want {
				t.Errorf("text %d, sentence %d %q: mainQuote %d, by tokens %d", ti, si, txt.Src[txt.Sentences[si].Start:txt.Sentences[si].End], got, want)
			}
		}
	}
}

// mainQuoteByTokens is mainQuote counting the words of sentence si token
// by token: the reference mainQuote's counting by runs is held to.
func mainQuoteByTokens(a *attributor, si int) int {
	s := a.txt.Sentences[si]
	words, best, bestN := 0, -1, 0
	counts := map[int]int{}
	for i := s.First; i < s.Last; i++ {
		if k := a.txt.Tokens[i].Kind; k != segment.Word && k != segment.Number {
			continue
		}
		words++
		if q := a.inQuote[i]; q >= 0 && a.quotes[q].words >= minQuoteWords {
			counts[q]++
			if counts[q] > bestN {
				best, bestN = q, counts[q]
			}
		}
	}
	if best < 0 || 2*bestN < words {
		return -1
	}
	return best
}
