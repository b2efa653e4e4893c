// Package cuemodel is a trained model of attribution cues: a logistic
// regression over hashed sparse features of a token and its bounded
// window, which tells whether a verb or noun that no cue list of the rules
// holds ("lamented", "predicted", "insisted") reports what someone said,
// thought or holds, and confirms the listed words whose reading depends
// on their use ("attacked", "wants"). It holds two sets of weights (see
// Train): one fitted to every candidate, one to the stems it knows. The
// rules' lists stay what a newsroom extends; the model covers their long
// tail. The model shipped (cue.model, embedded)
// is trained on the PolNeAR training split by internal/cuetrain; it holds
// feature weights and a vocabulary of cue stems, no text.
package cuemodel

import (
	"bufio"
	"bytes"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"sync"

	"github.com/claimdiff/claimdiff/claims/segment"
	"github.com/claimdiff/claimdiff/claims/wordset"
)

// A Model scores candidate cue tokens. The zero Model scores every token
// 0 and knows no cue: it finds none.
type Model struct {
	// weights are the non-zero weights by feature hash (weights.go)
	weights weights
	// known are the weights fitted to the known stems' examples alone,
	// which score a word no list holds (see ScoreKnown)
	known weights
	// stems are the stems seen as cues in training (Known); extraction
	// asks their forms (KnownToken, MayKnow)
	stems wordset.Set
	// forms are the words whose Stem is one of stems (addStem), which
	// KnownToken looks a token up in by the Key the tokeniser gave it:
	// no stem cut and hashed at every lower-case word
	forms wordset.Set
	// formKeys is the filter MayKnow tests, of the forms' Keys: a
	// WideFilter, for the shipped model's 5,000 forms or so set a third
	// of the bits of the forms' own Filter, which then sent a third of
	// the other words on to the look-up.
	formKeys wordset.WideFilter
}

// addForm adds word w to forms, and its Key to formKeys.
func (m *Model) addForm(w string) {
	m.forms.Add(w)
	m.formKeys.AddKey(wordset.KeyOf(w))
}

// addStem adds s to the stems known, and to forms every word whose Stem
// is s: s and s with each ending Stem takes off (stemEndings), where
// Stem takes that ending off.
func (m *Model) addStem(s string) {
	m.stems.Add(s)
	for _, end := range stemEndings {
		if w := s + end; Stem(w) == s {
			m.addForm(w)
		}
	}
}

// stemEndings are the endings Stem takes off a word, and none: a word is
// its stem with one of them.
var stemEndings = [...]string{"", "ing", "ied", "ed", "d", "ies", "es", "s"}

// Known reports whether the stem of lower-case word w was a cue in
// training that the model itself scored high (see TrainOptions): it
// scores no other word, so a word never seen as a cue is never taken for
// one on the strength of its suffix or neighbours alone, and the words it
// would never take are not scored at all.
func (m *Model) Known(w string) bool {
	return m != nil && m.stems.Has(Stem(w))
}

// KnownToken is Known for token t's lower-case word, looked up among the
// known stems' forms by the hash the tokeniser gave it.
func (m *Model) KnownToken(t *segment.Token) bool {
	return m != nil && m.forms.HasKey(t.Key, t.Norm)
}

// MayKnow reports whether KnownToken may report token t known: false for
// most words, by the forms' filter alone (formKeys), in a test small
// enough to be inlined where every word is asked it.
func (m *Model) MayKnow(t *segment.Token) bool {
	return m != nil && m.formKeys.MayKey(t.Key)
}

// Trained reports a model with weights: the zero Model is none.
func (m *Model) Trained() bool { return m != nil && m.weights.set != nil }

// Score returns the probability that the token whose features are given
// is a cue.
func (m *Model) Score(features []uint32) float64 {
	if !m.Trained() {
		return 0
	}
	// the sum in fixed point is exact, as the float sum of the weights
	// each divided by weightScale was
	z := 0
	for _, f := range features {
		z += int(m.weights.at(f & (1<<Bits - 1)))
	}
	return 1 / (1 + math.Exp(-float64(z)/weightScale))
}

// ScoreKnown is Score by the weights fitted to the known stems' own
// examples: the probability that a token of a known stem no cue list
// holds is a cue, given the features FeaturesKnown appends.
func (m *Model) ScoreKnown(features []uint32) float64 {
	if !m.Trained() || m.known.set == nil {
		// the first weights never saw the known stems' features appended last
		return m.Score(features[:max(len(features)-maxKnownFeatures, 0)])
	}
	z := 0
	for _, f := range features {
		z += int(m.known.at(f & (1<<Bits - 1)))
	}
	return 1 / (1 + math.Exp(-float64(z)/weightScale))
}

// magic opens a model file; the digit is its format's version.
const magic = "claimdiff-cuemodel-2\n"

// weightScale is the fixed-point scale weights are stored at.
const weightScale = 1024

// WriteTo writes the model in its compact binary form: the stems sorted,
// then each set of non-zero weights (Score's, then ScoreKnown's) in order
// of feature hash, delta-coded. The same model always gives the same
// bytes.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	var buf bytes.Buffer
	buf.WriteString(magic)
	stems := m.stems.Words()
	buf.Write(binary.AppendUvarint(nil, uint64(len(stems))))
	for _, s := range stems {
		buf.Write(binary.AppendUvarint(nil, uint64(len(s))))
		buf.WriteString(s)
	}
	for _, ws := range []*weights{&m.weights, &m.known} {
		buf.Write(binary.AppendUvarint(nil, uint64(len(ws.vals))))
		prev := uint32(0)
		ws.each(func(k uint32, x int16) {
			buf.Write(binary.AppendUvarint(nil, uint64(k-prev)))
			buf.Write(binary.AppendVarint(nil, int64(x)))
			prev = k
		})
	}
	n, err := w.Write(buf.Bytes())
	return int64(n), err
}

// quantize rounds a weight to the fixed-point form it is stored in,
// clamped to what an int16 holds.
func quantize(w float32) int16 {
	q := math.Round(float64(w) * weightScale)
	return int16(max(min(q, math.MaxInt16), math.MinInt16))
}

// Read decodes a model written by WriteTo.
func Read(data []byte) (*Model, error) {
	r := bufio.NewReader(bytes.NewReader(data))
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(r, head); err != nil || string(head) != magic {
		return nil, errors.New("cuemodel: not a cue model (bad header)")
	}
	n, err := binary.ReadUvarint(r)
	if err != nil || n > uint64(len(data)) {
		return nil, fmt.Errorf("cuemodel: reading the stem count: %w", orCorrupt(err))
	}
	m := &Model{}
	for range n {
		l, err := binary.ReadUvarint(r)
		if err != nil || l > 64 {
			return nil, fmt.Errorf("cuemodel: reading a stem: %w", orCorrupt(err))
		}
		s := make([]byte, l)
		if _, err := io.ReadFull(r, s); err != nil {
			return nil, fmt.Errorf("cuemodel: reading a stem: %w", err)
		}
		m.addStem(string(s))
	}
	if m.weights, err = readWeights(r); err != nil {
		return nil, err
	}
	if m.known, err = readWeights(r); err != nil {
		return nil, err
	}
	if _, err := r.ReadByte(); err != io.EOF {
		return nil, errors.New("cuemodel: trailing bytes after the weights")
	}
	return m, nil
}

// readWeights reads one set of weights as WriteTo writes it: their count,
// then each hash's difference from the one before and its weight.
func readWeights(r *bufio.Reader) (weights, error) {
	n, err := binary.ReadUvarint(r)
	if err != nil || n > 1<<Bits {
		return weights{}, fmt.Errorf("cuemodel: reading the weight count: %w", orCorrupt(err))
	}
	ws := newWeights(int(n))
	k := uint64(0)
	for range n {
		d, err := binary.ReadUvarint(r)
		if err != nil {
			return weights{}, fmt.Errorf("cuemodel: reading a weight: %w", err)
		}
		q, err := binary.ReadVarint(r)
		if err != nil || q < math.MinInt16 || q > math.MaxInt16 {
			return weights{}, fmt.Errorf("cuemodel: reading a weight: %w", orCorrupt(err))
		}
		k += d
		if k >= 1<<Bits {
			return weights{}, errors.New("cuemodel: a feature hash out of range")
		}
		if q == 0 {
			return weights{}, errors.New("cuemodel: a zero weight stored")
		}
		ws.put(uint32(k), int16(q))
	}
	ws.finish()
	return ws, nil
}

func orCorrupt(err error) error {
	if err == nil {
		return errors.New("corrupt model")
	}
	return err
}

//go:embed cue.model
var embedded []byte

// embeddedModel decodes the shipped model once; it is never changed after.
var embeddedModel = sync.OnceValue(func() *Model {
	m, err := Read(embedded)
	if err != nil {
		panic("cuemodel: the embedded model: " + err.Error()) // tested: cannot happen in a build
	}
	return m
})

// Embedded returns the model shipped with claimdiff, trained on all of
// PolNeAR's training split.
func Embedded() *Model { return embeddedModel() }

// Stems returns the model's cue stems, sorted: what `rules explain` and
// the tests show of its vocabulary.
func (m *Model) Stems() []string {
	return m.stems.Words()
}
