package cuemodel

import (
	"bytes"
	"strings"
	"testing"
)

// synthetic is a training set a linear model must learn: a token is a
// cue when feature "cue-context" is on, whatever its word, except the
// word "table", which never is.
func synthetic() []Example {
	var exs []Example
	words := []string{"lamented", "quipped", "table", "walked"}
	for n := range 200 {
		w := words[n%len(words)]
		ctx := n%3 != 0
		f := []uint32{hash1(fBias, ""), hash1(fWord, w)}
		if ctx {
			f = append(f, hash1(fAfter, "cue-context"))
		}
		exs = append(exs, Example{Features: f, Word: w, Cue: ctx && w != "table"})
	}
	return exs
}

func TestTrainLearns(t *testing.T) {
	m := Train(synthetic(), TrainOptions{Epochs: 10, Seed: 1, Rate: 0.5, MinCount: 2, MinCueStems: 2})
	score := func(w string, ctx bool) float64 {
		f := []uint32{hash1(fBias, ""), hash1(fWord, w)}
		if ctx {
			f = append(f, hash1(fAfter, "cue-context"))
		}
		return m.Score(f)
	}
	if p := score("quipped", true); p < 0.8 {
		t.Errorf("a cue in its context scores %.2f, want > 0.8", p)
	}
	if p := score("quipped", false); p > 0.3 {
		t.Errorf("a cue word out of context scores %.2f, want < 0.3", p)
	}
	if p := score("table", true); p > 0.3 {
		t.Errorf("a word never a cue scores %.2f in a cue's context, want < 0.3", p)
	}
	if !m.Known("lamenting") || m.Known("table") || !m.Known("walked") {
		t.Errorf("known stems %v, want lament, quipp and walk (cues at least twice), not table", m.Stems())
	}
}

func TestTrainDeterministic(t *testing.T) {
	var a, b bytes.Buffer
	opt := TrainOptions{Epochs: 3, Seed: 7, Rate: 0.3, MinCount: 1, MinCueStems: 1}
	if _, err := Train(synthetic(), opt).WriteTo(&a); err != nil {
		t.Fatal(err)
	}
	if _, err := Train(synthetic(), opt).WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("the same examples and options trained two different models")
	}
}

func TestReadWriteRoundTrip(t *testing.T) {
	m := Train(synthetic(), DefaultTrainOptions)
	var a bytes.Buffer
	if _, err := m.WriteTo(&a); err != nil {
		t.Fatal(err)
	}
	back, err := Read(a.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if _, err := back.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("a model read back writes other bytes")
	}
	f := []uint32{hash1(fBias, ""), hash1(fWord, "quipped"), hash1(fAfter, "cue-context")}
	if m.Score(f) != back.Score(f) {
		t.Errorf("scores %v before writing, %v after", m.Score(f), back.Score(f))
	}
}

func TestReadRejects(t *testing.T) {
	var good bytes.Buffer
	if _, err := Train(synthetic(), DefaultTrainOptions).WriteTo(&good); err != nil {
		t.Fatal(err)
	}
	g := good.Bytes()
	for name, data := range map[string][]byte{
		"empty":      nil,
		"bad header": []byte("not a model at all"),
		"truncated":  g[:len(g)-1],
		"trailing":   append(bytes.Clone(g), 0),
	} {
		if _, err := Read(data); err == nil || !strings.HasPrefix(err.Error(), "cuemodel: ") {
			t.Errorf("%s: got error %v, want one", name, err)
		}
	}
}

func TestEmbedded(t *testing.T) {
	m := Embedded()
	if !m.Trained() || len(m.Stems()) < 100 {
		t.Fatalf("the embedded model has %d stems", len(m.Stems()))
	}
	var b bytes.Buffer
	if _, err := m.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b.Bytes(), embedded) {
		t.Error("the embedded model is not in the form WriteTo writes")
	}
	var zero Model
	if zero.Trained() || zero.Known("said") || zero.Score([]uint32{1}) != 0 {
		t.Error("the zero Model must score nothing")
	}
}
