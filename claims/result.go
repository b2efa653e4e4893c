package claims

import (
	"slices"

	"github.com/claimdiff/claimdiff/claims/ingest"
	"github.com/claimdiff/claimdiff/claims/mention"
	"github.com/claimdiff/claimdiff/claims/segment"
)

// Result is the extraction of one document.
type Result struct {
	Doc      *ingest.Document
	Text     *segment.Text
	Mentions []mention.Mention
	Claims   []Claim
	// Attributions lists every attribution found, claim or not: each
	// quote's, each according-to phrase's and each speech cue's, in text
	// order. Evaluation against annotated corpora reads it.
	Attributions []Attribution
	// SentenceAttributions is, per sentence of Text, who the sentence's
	// statement is attributed to outside quotes (according-to first, then a
	// speech cue), with its hedge; form none for bare statements. A
	// result trimmed for comparison (a filtered decoding, compare.Focus)
	// holds those of the sentences it keeps in KeptAttributions instead,
	// and this is nil: read either through SentenceAttribution.
	SentenceAttributions []Attribution
	// KeptAttributions, on a result trimmed for comparison, holds the
	// attributions of the sentences whose words it keeps only; every other
	// sentence's reads as the zero Attribution.
	KeptAttributions *KeptAttributions
	// Words is, per sentence of Text, its content words as comparison
	// matches them (ContentWords); nil until FillWords, which comparison
	// and the extraction cache call. A Result read from the cache for
	// comparison has Words but no Tokens.
	Words [][]string
	// Statements is, per sentence of Text, the words statement alignment
	// matches it by (compare.FillStatements); nil until filled, and a
	// sentence's entry is zero (All nil) when they were not worked out (a
	// sentence too short to align) or not decoded (DecodeOptions.Filter).
	// The extraction cache stores them, so a result read from it needs no
	// second reading of its sentences.
	Statements []StatementWords
	// Passages is, per claim of Claims, the words of each quoted passage
	// of a quote claim that quote alignment takes (compare.FillStatements;
	// none for any other claim); nil until filled, and decoded only
	// through a DecodeOptions.Filter, for the claims it keeps. The
	// extraction cache stores them, so that trimming a result read from
	// it (compare.Focus) reads no quote's text.
	Passages [][][]string
	// StoryTerms are what tells which event the article reports: its
	// story features (compare/stories Features.Terms), sorted; nil until
	// filled (stories.Fill, which the extraction cache calls). A check
	// against a baseline of many stories reads them to compare each new
	// article with its own story's coverage only, before decoding any
	// baseline result (see the cache's Cache.ExtractChosen).
	StoryTerms []string
}

// SentenceAttribution is the attribution of sentence i (see
// SentenceAttributions): the zero Attribution for a sentence a trimmed
// result left out, and for one past the attributions a result holds (a
// result trimmed before any were kept holds none).
func (r *Result) SentenceAttribution(i int) Attribution {
	if r.KeptAttributions != nil {
		return r.KeptAttributions.at(i)
	}
	if i >= len(r.SentenceAttributions) {
		return Attribution{}
	}
	return r.SentenceAttributions[i]
}

// EachSentenceAttribution calls yield with each sentence's attribution in
// order, those a trimmed result keeps only.
func (r *Result) EachSentenceAttribution(yield func(i int, a *Attribution) bool) {
	if k := r.KeptAttributions; k != nil {
		for j, i := range k.sents {
			a := none // a bare statement's, kept without a copy
			if k.which[j] >= 0 {
				a = k.attrs[k.which[j]]
			}
			if !yield(int(i), &a) {
				return
			}
		}
		return
	}
	for i := range r.SentenceAttributions {
		if !yield(i, &r.SentenceAttributions[i]) {
			return
		}
	}
}

// KeepAttributions is what a result trimmed for comparison keeps of r's
// sentence attributions: those of the sentences i with keep[i] (compare's
// Trim: those whose words it keeps and that can join a new statement),
// and of the sentences within AttributionContext of one (withContext),
// which statement alignment reads (which words the source said, whether a
// side is bare). A filtered decoding builds the same (DecodeResult),
// never allocating the rest: most of a baseline article's sentences share
// nothing with the new ones.
func (r *Result) KeepAttributions(keep []bool) *KeptAttributions {
	keep = withContext(keep)
	kept, bare := 0, 0
	for i, ok := range keep {
		if ok {
			kept++
			if r.SentenceAttribution(i) == none {
				bare++
			}
		}
	}
	k := newKeptAttributions(kept, bare)
	for i, ok := range keep {
		if ok {
			k.add(i, r.SentenceAttribution(i))
		}
	}
	return k
}

// AttributionContext is how many sentences either side of a sentence a
// trimmed result keeps the attributions of: comparison reads a sentence's
// neighbours to tell one that stands inside a source's account ("Deputies
// said Williams fired once. The shot struck his wife in the neck.": see
// compare's carry), and must read in a trimmed result what it reads in the
// whole one.
const AttributionContext = 2

// withContext returns keep with the sentences within AttributionContext
// of a kept one kept too (keep itself is not changed).
func withContext(keep []bool) []bool {
	out := make([]bool, len(keep))
	for i, ok := range keep {
		if ok {
			for j := max(0, i-AttributionContext); j <= min(len(keep)-1, i+AttributionContext); j++ {
				out[j] = true
			}
		}
	}
	return out
}

// KeptAttributions are the attributions of some of a result's sentences,
// by sentence index: a trimmed result's (Result.KeptAttributions), which
// keeps a few of its sentences and would hold a zero Attribution for every
// other in SentenceAttributions.
type KeptAttributions struct {
	sents []int32 // ascending sentence indices
	// which is, for each of sents, its attribution's index in attrs, or -1
	// for a bare statement's (none), which most kept sentences are
	which []int32
	attrs []Attribution
}

// newKeptAttributions has room for kept attributions, bare of them none.
func newKeptAttributions(kept, bare int) *KeptAttributions {
	return &KeptAttributions{sents: make([]int32, 0, kept), which: make([]int32, 0, kept),
		attrs: make([]Attribution, 0, kept-bare)}
}

// add keeps a as sentence i's attribution: i after every sentence kept
// before; a zero Attribution is not kept (it reads as one).
func (k *KeptAttributions) add(i int, a Attribution) {
	switch a {
	case Attribution{}:
		return
	case none:
		k.which = append(k.which, -1)
	default:
		k.which = append(k.which, int32(len(k.attrs)))
		k.attrs = append(k.attrs, a)
	}
	k.sents = append(k.sents, int32(i))
}

// at is sentence i's attribution, zero if not kept.
func (k *KeptAttributions) at(i int) Attribution {
	j, ok := slices.BinarySearch(k.sents, int32(i))
	switch {
	case !ok:
		return Attribution{}
	case k.which[j] < 0:
		return none
	}
	return k.attrs[k.which[j]]
}

// StatementWords are a sentence's words as statement alignment reads
// them: All, the content words of what it states (its attribution's own
// words left out), and Inside, those of All its attribution covers (nil
// when it covers the whole sentence). Both are sorted, each word once.
type StatementWords struct {
	All, Inside []string
}
