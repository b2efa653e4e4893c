package compare

import (
	"strings"
	"testing"
)

// TestFigureBridges: a distinctive figure one outlet alone gives in
// another unit than the others ("a 40,000-strong trial", "40,000
// volunteers") is their fact when the sentences share a word both write
// in lower case; its sourcing is compared with theirs.
func TestFigureBridges(t *testing.T) {
	filler := " The vaccine was developed in Moscow. Officials praised the results. The study was published on Friday."
	tests := []struct {
		name    string
		a, b, c string
		want    string // a part of the gap's summary, "" for no gap
		bridged bool   // A's figure is the others' fact: not reported as only A's
	}{
		{"the same figure in another unit, sourced otherwise",
			"Russia launched a 40,000-strong later-stage trial last week.",
			"A third phase of trials is to enrol 40,000 volunteers, according to the paper.",
			"A Phase 3 trial is set to recruit 40,000 volunteers, according to a news release from The BMJ.",
			"stated as fact in Outlet A (40,000 trial)", true},
		{"no word in lower case shared",
			"Russia launched a 40,000-strong force last week.",
			"A third phase of trials is to enrol 40,000 volunteers, according to the paper.",
			"A Phase 3 trial is set to recruit 40,000 volunteers, according to a news release from The BMJ.",
			"", false},
		{"a figure of another kind",
			"Russia gave the later-stage trial a $40,000 grant last week.",
			"A third phase of trials is to enrol 40,000 volunteers, according to the paper.",
			"A Phase 3 trial is set to recruit 40,000 volunteers, according to a news release from The BMJ.",
			"", false},
		{"sourced alike",
			"Russia launched a 40,000-strong later-stage trial last week, the paper said.",
			"A third phase of trials is to enrol 40,000 volunteers, according to the paper.",
			"A Phase 3 trial is set to recruit 40,000 volunteers, according to the paper.",
			"", true},
		{"a year's worth of figure is a figure",
			"Russia launched a 2,000-strong later-stage trial last week.",
			"A third phase of trials is to enrol 2,000 volunteers, according to the paper.",
			"A Phase 3 trial is set to recruit 2,000 volunteers, according to a news release from The BMJ.",
			"stated as fact in Outlet A (2,000 trial)", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rep := compareTexts(t, tc.a+filler, filler+" "+tc.b, tc.c+filler)
			var got []string
			lone := false // the lone figure reported as only A's
			for _, f := range rep.Findings {
				switch f.Type {
				case AttributionGap:
					got = append(got, f.Summary)
				case OnlyIn:
					lone = lone || f.Claims[0].Source == "Outlet A" && strings.Contains(f.Claims[0].Text, "40,000")
				}
			}
			if lone == tc.bridged {
				t.Errorf("A's figure reported only-in %v, want %v", lone, !tc.bridged)
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
