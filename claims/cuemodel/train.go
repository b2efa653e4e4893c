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
	Word     string
	Cue      bool
}

// Examples appends the training examples of one document to dst: every
// candidate token (see Candidate) outside double quotes, labelled a cue
// when it lies inside one of the gold cue spans, given as byte offsets
// [start, end) into txt.Src.
func Examples(dst []Example, txt *segment.Text, at *rules.Attribution, gold [][2]int) []Example {
	in := InQuotes(txt)
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
			dst = append(dst, Example{Features: Features(nil, txt, s, i, at), Word: t.Norm, Cue: cue})
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

// Train fits a logistic regression to the examples by averaged stochastic
// gradient descent, in an order fixed by the seed: the same examples and
// options always give the same model.
func Train(exs []Example, opt TrainOptions) *Model {
	const size = 1 << Bits
	count := make([]int32, size)
	for _, e := range exs {
		for _, f := range e.Features {
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
			z := 0.0
			for _, f := range e.Features {
				z += w[f&(size-1)]
			}
			y := 0.0
			if e.Cue {
				y = 1
			}
			g := rate * (y - 1/(1+math.Exp(-z)))
			for _, f := range e.Features {
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
	// a stem is known when the model scores enough of its cues in
	// training above MinStemScore: a word it would never take for a cue
	// is not worth its features at extraction
	scored := map[string]int{}
	for _, e := range exs {
		if e.Cue && m.Score(e.Features) > opt.MinStemScore {
			scored[Stem(e.Word)]++
		}
	}
	for s, n := range scored {
		if n >= opt.MinCueStems {
			m.stems.Add(s)
		}
	}
	return m
}
