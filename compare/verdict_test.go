package compare

import (
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
)

// TestAgreedOnly: a fact of several documents names the entity in its
// frame and title only when two documents give it — as their claim's
// entity (the same name by the names model) or in their sentence; a
// reading one claim alone makes is left out, whatever the first claim
// says.
func TestAgreedOnly(t *testing.T) {
	tests := []struct {
		name       string
		sides      []outlet
		wantEntity string // "" for none
	}{
		{"one outlet's reading of a nearby name",
			[]outlet{
				{text: "Seattle Fire is reporting that four people were shot at Broadway and Pike.", frame: claims.Frame{Head: "person", Entity: "Seattle Fire"}},
				{text: "Four people were shot at Broadway and Pike on Sunday night.", frame: claims.Frame{Head: "person"}},
			}, ""},
		{"both claims' entity",
			[]outlet{
				{text: "The gas leak killed 11 people, officials said.", frame: claims.Frame{Head: "person", Entity: "Visakhapatnam gas leak"}},
				{text: "The leak has killed 11 people.", frame: claims.Frame{Head: "person", Entity: "Visakhapatnam gas leak"}},
			}, "Visakhapatnam gas leak"},
		{"the same name written two ways",
			[]outlet{
				{text: "The state recorded 82,100 positive tests.", frame: claims.Frame{Head: "test", Entity: "US"}},
				{text: "The country recorded 82,100 positive tests.", frame: claims.Frame{Head: "test", Entity: "United States"}},
			}, "United States"},
		{"named in the other outlet's sentence",
			[]outlet{
				{text: "Hurricane Laura killed four people in Louisiana.", frame: claims.Frame{Head: "person", Entity: "Hurricane Laura"}},
				{text: "Four people died as Hurricane Laura swept through Louisiana.", frame: claims.Frame{Head: "person"}},
			}, "Hurricane Laura"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rep := compareSides(t, tt.sides...)
			var found bool
			for _, f := range rep.Findings {
				if len(f.Claims) < 2 || f.Detail.Frame == nil {
					continue
				}
				found = true
				if got := f.Detail.Frame.Entity; got != tt.wantEntity {
					t.Errorf("%s %q: frame entity %q, want %q", f.Type, f.Title, got, tt.wantEntity)
				}
				if tt.wantEntity == "" && strings.Contains(f.Title, "Seattle") {
					t.Errorf("title %q names one outlet's reading", f.Title)
				}
			}
			if !found {
				t.Fatalf("no finding of both outlets: %+v", rep.Findings)
			}
		})
	}
}
