package main

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/claimdiff/claimdiff/claims/cuemodel"
	"github.com/claimdiff/claimdiff/internal/annotated/annotatedtest"
)

// TestTrainFixture trains on a small corpus of the PolNeAR layout twice:
// the same bytes both times, a model that loads and knows the fixture's
// cue.
func TestTrainFixture(t *testing.T) {
	dir := t.TempDir()
	corpus := filepath.Join(dir, "corpus")
	if err := annotatedtest.Write(corpus); err != nil {
		t.Fatal(err)
	}
	a, b := filepath.Join(dir, "a.model"), filepath.Join(dir, "b.model")
	for _, out := range []string{a, b} {
		if err := run(context.Background(), corpus, out, io.Discard); err != nil {
			t.Fatal(err)
		}
	}
	da, err := os.ReadFile(a)
	if err != nil {
		t.Fatal(err)
	}
	db, err := os.ReadFile(b)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(da, db) {
		t.Fatal("two trainings on the same corpus wrote different models")
	}
	m, err := cuemodel.Read(da)
	if err != nil {
		t.Fatal(err)
	}
	if !m.Known("fretting") || m.Known("gathered") {
		t.Errorf("known stems %v, want frett and not gather", m.Stems())
	}
}

// TestEmbeddedIsTrained checks that the model shipped is the one the
// trainer writes from PolNeAR train; it skips without the corpus.
func TestEmbeddedIsTrained(t *testing.T) {
	corpus := filepath.Join("..", "..", "..", "shared", "corpus", "polnear-train")
	if _, err := os.Stat(filepath.Join(corpus, "attributions.jsonl")); err != nil {
		t.Skip("corpus not present at ../shared/corpus/polnear-train")
	}
	out := filepath.Join(t.TempDir(), "cue.model")
	if err := run(context.Background(), corpus, out, io.Discard); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	shipped, err := os.ReadFile(filepath.Join("..", "..", "claims", "cuemodel", "cue.model"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, shipped) {
		t.Error("claims/cuemodel/cue.model is not what cuetrain writes from the corpus: retrain it (see its doc)")
	}
}

func TestMissingCorpus(t *testing.T) {
	if err := run(context.Background(), filepath.Join(t.TempDir(), "none"), filepath.Join(t.TempDir(), "x.model"), io.Discard); err == nil {
		t.Error("no error for a missing corpus")
	}
}
