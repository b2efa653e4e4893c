package compare

import (
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/ingest"
	"github.com/claimdiff/claimdiff/internal/rulestest"
)

// TestSpeakerRole: the role a document gives a person where it first
// names them in full, a title before the name or an apposition after it.
func TestSpeakerRole(t *testing.T) {
	r := rulestest.Default(t)
	tests := []struct{ text, name, want string }{
		{"The blaze is out, said Dana Ortiz, fire chief for the county, on Monday.", "Dana Ortiz", "fire chief for the county"},
		{"Marion County Sheriff Lee Banks said two men were held.", "Lee Banks", "Marion County Sheriff"},
		{"The road was closed, police spokesman Sgt. Ray Holt said.", "Ray Holt", "police spokesman"},
		{"The study was small, lead author Dr Mia Lund said.", "Mia Lund", "lead author"},
		{"It rained in Dover.\nDover Mayor Ann Reyes said the roads were shut.", "Ann Reyes", "Dover Mayor"},
		{"Buy Photo County Prosecutor Jo Hart spoke. Hart said more.", "Jo Hart", "County Prosecutor"},
		{"The game ended late. Ann Reyes, who lives nearby, said it was loud.", "Ann Reyes", ""},
		{"We were scared, said Ann Reyes.", "Ann Reyes", ""},
		{"We were scared, said Reyes.", "Reyes", ""},
		{"The truck was driven by Dana Ortiz, the sheriff said. Ortiz told deputies the bus pulled out.", "Dana Ortiz", ""},
		{"The cause is unclear, said Ravi Rao, minister for Mines, Harbours, and Rural Broadband in Goa.", "Ravi Rao", "minister for Mines, Harbours, and Rural Broadband in Goa"},
		{"Ravi Rao, a retired teacher, said the water rose fast.", "Ravi Rao", "a retired teacher"},
		{"Ravi Rao, the mayor said, had left the town.", "Ravi Rao", ""},
	}
	for _, tc := range tests {
		res := claims.Extract(&ingest.Document{ID: "a", Source: "A", Text: tc.text, Format: "txt"}, r)
		cmp := &comparer{r: r, results: []*claims.Result{res}}
		if got := cmp.speakerRole(0, tc.name); got != tc.want {
			t.Errorf("%q: role of %s %q, want %q", tc.text, tc.name, got, tc.want)
		}
	}
}

// TestDescribeGapUnnamed: an unnamed-vs-named gap says which side leaves
// its source unnamed and what the other side's person is.
func TestDescribeGapUnnamed(t *testing.T) {
	sides := []SideAttribution{
		{Source: "bbc", Speaker: "officials", SpeakerType: string(claims.SpeakerAnonymous), Form: string(claims.FormIndirect)},
		{Source: "cnn", Speaker: "Dana Ortiz", SpeakerType: string(claims.SpeakerPerson), Form: string(claims.FormDirect), SpeakerRole: "fire marshal"},
	}
	got := describeGap(sides, GapUnnamedVsNamed)
	for _, want := range []string{"attributed to officials (unnamed) in bbc", "attributed to Dana Ortiz (fire marshal) in cnn"} {
		if !strings.Contains(got, want) {
			t.Errorf("got %q, want %q in it", got, want)
		}
	}
	if got := describeGap(sides[:1], GapBareVsAttributed); strings.Contains(got, "unnamed") {
		t.Errorf("a bare-vs-attributed gap calls its source unnamed: %q", got)
	}
}
