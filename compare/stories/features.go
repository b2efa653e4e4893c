package stories

import (
	"sort"
	"strings"
	"unicode"

	"github.com/claimdiff/claimdiff/claims/ingest"
	"github.com/claimdiff/claimdiff/claims/rules"
	"github.com/claimdiff/claimdiff/claims/segment"
)

// leadSentences is how many sentences after the headline count as the lead.
const leadSentences = 6

// stop words are left out of the features.
var stop = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`a an the of to in on at for and or but is are was were be been being has have had
		that this these those it its with from by as after before about into over under than then there their they
		he she his her him we our you your i not no so if also more most said says say will would could can may might
		who what when where which while one two new also just all any some out up down other such only own same too very
		s t don should now re ve ll d m o y ain aren couldn didn doesn hadn hasn haven isn mightn mustn needn shan shouldn wasn weren won wouldn`) {
		m[w] = true
	}
	return m
}()

// Features are what an article is compared by.
type Features struct {
	// Words are the normalised content words of the headline and lead.
	Words []string
	// Names are the entities it names anywhere (canonical, lower case).
	Names []string
}

// Extract computes an article's features: one pass over its tokens.
func Extract(doc *ingest.Document, r *rules.Rules) Features {
	return FromText(segment.Segment(doc.Text, segment.Options{SoftWrap: doc.Format == "md"}), r)
}

// FromText computes the features of an article already segmented (by
// claims.Extract, say), so indexing tokenises each article once.
func FromText(txt *segment.Text, r *rules.Rules) Features {
	var f Features
	seenW, seenN := map[string]bool{}, map[string]bool{}
	for si, s := range txt.Sentences {
		lead := si <= leadSentences
		for i := s.First; i < s.Last; {
			t := txt.Tokens[i]
			if c, n := r.Aliases.Lookup(txt, i, s.Last); n > 0 {
				addTo(&f.Names, seenN, strings.ToLower(c))
				i += n
				continue
			}
			if t.Cap && t.Kind == segment.Word && i > s.First && !rules.IsFunctionWord(t.Norm) {
				// a run of capitalised words inside a sentence: a name
				j := i
				for j < s.Last && j-i < 5 && txt.Tokens[j].Cap && txt.Tokens[j].Kind == segment.Word {
					j++
				}
				addTo(&f.Names, seenN, strings.ToLower(txt.Src[t.Start:txt.Tokens[j-1].End]))
				if lead {
					for k := i; k < j; k++ {
						addWord(&f.Words, seenW, txt.Tokens[k].Norm)
					}
				}
				i = j
				continue
			}
			if lead {
				addWord(&f.Words, seenW, t.Norm)
			}
			i++
		}
	}
	return f
}

func addTo(xs *[]string, seen map[string]bool, x string) {
	if x != "" && !seen[x] {
		seen[x] = true
		*xs = append(*xs, x)
	}
}

func addWord(xs *[]string, seen map[string]bool, w string) {
	if len(w) < 3 || stop[w] || !unicode.IsLetter([]rune(w)[0]) {
		return
	}
	w = strings.TrimSuffix(w, "'s")
	if len(w) > 4 && strings.HasSuffix(w, "s") {
		w = w[:len(w)-1]
	}
	addTo(xs, seen, w)
}

// Terms are the features compared: the lead's words and the words of the
// names, each once, sorted.
func (f Features) Terms() []string {
	seen := map[string]bool{}
	for _, w := range f.Words {
		seen[w] = true
	}
	for _, n := range f.Names {
		for _, w := range strings.Fields(n) {
			if len(w) >= 3 && !stop[w] {
				seen[w] = true
			}
		}
	}
	out := make([]string, 0, len(seen))
	for w := range seen {
		out = append(out, w)
	}
	sort.Strings(out)
	return out
}
