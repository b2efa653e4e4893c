package cuemodel

import (
	"math"
	"math/rand/v2"

	"github.com/claimdiff/claimdiff/claims/rules"
	"github.com/claimdiff/claimdiff/claims/segment"
)

// An Example is one candidate token for training: its features, its word
// and whether annotators marked it as (part of) a cue.
type Example struct {
	Features []uint32
	Known    []uint32 // the features FeaturesKnown appends after them
	Word     string
	Cue      bool
}

// Examples appends the training examples of one document to dst: every
// candidate token (see Candidate) outside double quotes, labelled a cue
// when it lies inside one of the gold cue spans, given as byte offsets
// [start, end) into txt.Src.
func Examples(dst []Example, txt *segment.Text, at *rules.Attribution, gold [][2]int) []Example {
	in := InQuotes(txt)
	l := NewLists(at)
	for _, s := range txt.Sentences {
		for i := s.First; i < s.Last; i++ {
			if in[i] || !Candidate(txt.Tokens, i) {
				continue
			}
			t := txt.Tokens[i]
			cue := false
			for _, g := range gold {
				if t.Start < g[1] && g[0] < t.End {
					cue = true
					break
				}
			}
			all := FeaturesKnown(nil, txt, s, i, l)
			f := len(all) - maxKnownFeatures // the Features, then the known stems' own
			dst = append(dst, Example{Features: all[:f:f], Known: all[f:], Word: t.Norm, Cue: cue})
		}
	}
	return dst
}

// InQuotes marks the tokens between double quotation marks: a straight
// mark toggles, curly marks open and close, and a paragraph break closes
// a quote left open. The extractor reads quotes more carefully; this is
// what training needs to leave quoted words out.
func InQuotes(txt *segment.Text) []bool {
	out := make([]bool, len(txt.Tokens))
	in := false
	for i, t := range txt.Tokens {
		if t.Newlines >= 2 {
			in = false
		}
		if QuoteMark(txt, i) {
			switch txt.Src[t.Start] {
			case '"':
				in = !in
			default:
				// “ and « open (their first byte differs from the closers')
				in = isOpener(txt.Src[t.Start:t.End])
			}
		}
		out[i] = in
	}
	return out
}

func isOpener(s string) bool { return s == "“" || s == "«" || s == "„" }

// TrainOptions set the training: passes over the examples, the seed of
// their order, the learning rate, and what is kept of the model.
type TrainOptions struct {
	Epochs   int
	Seed     uint64
	Rate     float64 // the learning rate of the first pass
	MinCount int     // a feature seen fewer times is dropped
	// MinCueStems is how many of a stem's cues the trained model must
	// score above MinStemScore for the stem to be known (see Known).
	MinCueStems  int
	MinStemScore float64
	MinWeight    float64 // a smaller weight (in absolute value) is dropped
}

// DefaultTrainOptions are the options internal/cuetrain and the
// evaluation train with.
var DefaultTrainOptions = TrainOptions{Epochs: 6, Seed: 1, Rate: 0.2, MinCount: 5, MinCueStems: 2, MinStemScore: 0.5, MinWeight: 0.05}

// Train fits the model in two stages, each a logistic regression by
// averaged stochastic gradient descent in an order fixed by the seed, so
// the same examples and options always give the same model. The first
// fits every candidate's Features: its weights (Score) confirm the cue
// lists' words, and tell which stems the model knows (see Known). The
// second fits the examples of the known stems alone (listed words'
// among them: they show what a cue looks like), with the features
// FeaturesKnown appends after their Features too: its weights (ScoreKnown) take a known stem no list
// holds for a cue. Fitted to those alone they tell a cue from the same
// verb's other uses ("support" inside a statement, "call" as a noun)
// instead of a verb from the nouns and adjectives the model never
// scores.
func Train(exs []Example, opt TrainOptions) *Model {
	m := fit(exs, opt, false)
	m.learnStems(exs, opt)
	var known []Example
	for _, e := range exs {
		if m.stems.Has(Stem(e.Word)) {
			known = append(known, e)
		}
	}
	m.known = fit(known, opt, true).weights
	return m
}

// fit fits the weights of a logistic regression to the examples'
// Features, and to their Known features too when known is set.
func fit(exs []Example, opt TrainOptions, known bool) *Model {
	const size = 1 << Bits
	count := make([]int32, size)
	feats := func(e *Example) []uint32 {
		if known && len(e.Known) > 0 {
			return append(e.Features[:len(e.Features):len(e.Features)], e.Known...)
		}
		return e.Features
	}
	for k := range exs {
		for _, f := range feats(&exs[k]) {
			count[f&(size-1)]++
		}
	}
	w := make([]float64, size)
	u := make([]float64, size) // for the average: each update times its step
	order := make([]int, len(exs))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(opt.Seed, opt.Seed^0x9e3779b97f4a7c15))
	step := 0.0
	for ep := range opt.Epochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		rate := opt.Rate / float64(1+ep)
		for _, k := range order {
			e := &exs[k]
			fs := feats(e)
			z := 0.0
			for _, f := range fs {
				z += w[f&(size-1)]
			}
			y := 0.0
			if e.Cue {
				y = 1
			}
			g := rate * (y - 1/(1+math.Exp(-z)))
			for _, f := range fs {
				if b := f & (size - 1); int(count[b]) >= opt.MinCount {
					w[b] += g
					u[b] += float64(step * g) // no fused multiply-add: the same model on every machine
				}
			}
			step++
		}
	}
	m := &Model{weights: newWeights(0)}
	for b := range w {
		avg := w[b]
		if step > 0 {
			avg -= u[b] / step
		}
		if q := quantize(float32(avg)); q != 0 && math.Abs(avg) >= opt.MinWeight {
			m.weights.put(uint32(b), q)
		}
	}
	m.weights.finish()
	return m
}

// learnStems adds the stems m knows: a stem is known when m scores enough
// of its cues among the examples above MinStemScore. A word it would never
// take for a cue is not worth its features at extraction.
func (m *Model) learnStems(exs []Example, opt TrainOptions) {
	n := map[string]int{}
	for _, e := range exs {
		if e.Cue && m.Score(e.Features) > opt.MinStemScore {
			n[Stem(e.Word)]++
		}
	}
	for s, k := range n {
		if k >= opt.MinCueStems {
			m.addStem(s)
		}
	}
}
