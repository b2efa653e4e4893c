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

// TestTrainKnownWeights wants the known stems' weights to learn from
// FeaturesKnown what the weights over every candidate cannot see: here
// "quipped" is a cue exactly when a known feature is on, which no
// feature of Features tells.
func TestTrainKnownWeights(t *testing.T) {
	var exs []Example
	base := func(w string) []uint32 { return []uint32{hash1(fBias, ""), hash1(fWord, w)} }
	on, off := []uint32{hash2(fStemQuote, "quipp", "quote")}, []uint32{hash2(fStemQuote, "quipp", "noquote")}
	for n := range 400 {
		cue := n%2 == 0
		known := off
		if cue {
			known = on
		}
		exs = append(exs, Example{Features: base("quipped"), Known: known, Word: "quipped", Cue: cue})
	}
	m := Train(exs, TrainOptions{Epochs: 10, Seed: 1, Rate: 0.5, MinCount: 2, MinCueStems: 2})
	if !m.Known("quipped") {
		t.Fatalf("known stems %v, want quipp", m.Stems())
	}
	if p := m.Score(base("quipped")); p < 0.3 || p > 0.7 {
		t.Errorf("the weights over Features score %.2f, want about 0.5: they cannot tell", p)
	}
	if p := m.ScoreKnown(append(base("quipped"), on...)); p < 0.8 {
		t.Errorf("the known weights score %.2f with the known feature on, want > 0.8", p)
	}
	if p := m.ScoreKnown(append(base("quipped"), off...)); p > 0.2 {
		t.Errorf("the known weights score %.2f with it off, want < 0.2", p)
	}
}
