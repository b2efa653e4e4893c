package compare

import (
	"context"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/ingest"
	"github.com/claimdiff/claimdiff/claims/rules"
)

// TestStatementGaps compares short reports sentence by sentence: a gap
// needs the same statement (shared rare words and a word both write in
// lower case) sourced differently by two outlets.
func TestStatementGaps(t *testing.T) {
	r, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	// background sentences give the comparison its common words
	filler := " The ship is in port. The crew is ashore. The captain was removed on Thursday. The Navy said little more."
	tests := []struct {
		name string
		a, b string
		want string // a part of the gap's summary, "" for no gap
	}{
		{"paraphrase, bare vs named source",
			"The letter was later published by the San Francisco Chronicle.",
			"It was published in the San Francisco Chronicle, acting Navy Secretary Thomas Modly said.",
			"attributed to Thomas Modly"},
		{"names alone are not a statement",
			"Pazdernik was in stable condition at Sanford Medical Center in Fargo, the sheriff's office said.",
			"The victim was flown by air ambulance to Sanford Medical Center in Fargo.",
			""},
		{"anonymous source vs bare, paraphrased",
			"The yacht is owned by Chinese billionaire Guo Wengui, US media report.",
			"That yacht, called the Lady May, is owned by Chinese fugitive billionaire Guo Wengui, who has been living in the US since 2014.",
			"attributed to US media"},
		{"the unattributed clause is bare in both",
			"Pell did not take the stand at his trial, but his lawyer Robert Richter told the court the claims were mad.",
			"Pell did not take the stand at either trial.",
			""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			docs := []*ingest.Document{{ID: "a", Source: "A", Text: tc.a + filler}, {ID: "b", Source: "B", Text: filler + " " + tc.b}}
			var results []*claims.Result
			for _, d := range docs {
				results = append(results, claims.Extract(d, r))
			}
			rep, err := Compare(context.Background(), results, r, Options{Only: map[Type]bool{AttributionGap: true}})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, f := range rep.Findings {
				if f.Kind == KindStatement {
					got = append(got, f.Summary)
					for _, s := range f.Detail.Attributions {
						if s.Form != string(claims.FormNone) && (s.SpeakerSpan == nil || s.CueSpan == nil) {
							t.Errorf("side %s of %q carries no speaker or cue span", s.Source, f.Summary)
						}
					}
				}
			}
			switch {
			case tc.want == "" && len(got) > 0:
				t.Errorf("want no gap, got %q", got)
			case tc.want != "" && (len(got) != 1 || !strings.Contains(got[0], tc.want)):
				t.Errorf("want one gap with %q, got %q", tc.want, got)
			}
		})
	}
}
