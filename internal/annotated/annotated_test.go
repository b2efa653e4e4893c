package annotated

import (
	"context"
	"fmt"
	"testing"

	"github.com/claimdiff/claimdiff/internal/annotated/annotatedtest"
)

func TestParseOffsets(t *testing.T) {
	str := func(s string) *string { return &s }
	for _, tc := range []struct {
		in   *string
		want Span
		ok   bool
	}{
		{str("3 9"), Span{3, 9}, true},
		{str("10 14;2 5"), Span{2, 14}, true},
		{str(" 4 6 "), Span{4, 6}, true},
		{str("9 3"), Span{}, false},
		{str("x 3"), Span{}, false},
		{str(""), Span{}, false},
		{nil, Span{}, false},
	} {
		got, ok := ParseOffsets(tc.in)
		if got != tc.want || ok != tc.ok {
			t.Errorf("ParseOffsets(%v) = %v %v, want %v %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}

func TestOffsets(t *testing.T) {
	s := "né “x” y"
	toRune, toByte := RuneOffsets(s), ByteOffsets(s)
	for b := range s {
		if got := toByte(toRune(b)); got != b {
			t.Errorf("byte %d -> rune %d -> byte %d", b, toRune(b), got)
		}
	}
	if toRune(len(s)) != 8 || toByte(8) != len(s) || toByte(99) != len(s) {
		t.Error("the end offsets do not map to each other")
	}
}

func TestFold(t *testing.T) {
	// fixed folds: a hash seeded per run, or changed, would move articles
	// between the folds a published figure was measured on
	fixed := []struct {
		article string
		fold    int
	}{{"a1", 0}, {"a2", 4}, {"breitbart_x", 1}, {"nyt_y", 3}, {"wapo_z", 2}}
	for _, f := range fixed {
		if got := Fold(f.article, 5); got != f.fold {
			t.Errorf("Fold(%q, 5) = %d, want %d", f.article, got, f.fold)
		}
	}
	// balanced: each fold holds a fair share of many articles
	n := make([]int, 5)
	for i := range 1000 {
		n[Fold(fmt.Sprintf("publisher_%d", i), 5)]++
	}
	for k, c := range n {
		if c < 150 || c > 250 {
			t.Errorf("fold %d holds %d of 1,000 articles", k, c)
		}
	}
}

func TestRead(t *testing.T) {
	dir := t.TempDir()
	if err := annotatedtest.Write(dir); err != nil {
		t.Fatal(err)
	}
	arts, err := Read(context.Background(), dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) != 2 || arts[0].Name != "a1" || arts[1].Name != "a2" {
		t.Fatalf("read %d articles", len(arts))
	}
	cues := CueBytes(arts[0].Rows, arts[0].Doc.Text)
	if len(cues) == 0 || arts[0].Doc.Text[cues[0][0]:cues[0][1]] != "fretted" {
		t.Errorf("cue spans %v", cues)
	}
	if _, err := Read(context.Background(), t.TempDir()); err == nil {
		t.Error("no error for a directory without attributions.jsonl")
	}
}
