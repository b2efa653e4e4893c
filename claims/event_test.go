package claims

import (
	"testing"

	"github.com/claimdiff/claimdiff/claims/ingest"
	"github.com/claimdiff/claimdiff/internal/rulestest"
)

// TestEventTimes: an event noun of the rules with a time after it, or a
// time right before it, is an event-time claim whose text carries the
// words that qualify the time; a time further back, a schedule or no time
// give none.
func TestEventTimes(t *testing.T) {
	r := rulestest.Default(t)
	tests := []struct {
		text       string
		head, time string // "" for no claim
		claimText  string
		qualifier  string
	}{
		{"Laura made landfall shortly after midnight local time, or 06:00 GMT, close to Holly Beach.", "landfall", "after midnight local time", "landfall shortly after midnight local time", "shortly after"},
		{"Yet it made landfall around 1 a.m. with peak winds of 140 mph.", "landfall", "1 a.m.", "landfall around 1 a.m.", "around"},
		{"It made landfall at about 1 a.m. Thursday.", "landfall", "1 a.m. Thursday", "landfall at about 1 a.m. Thursday", "about"},
		{"It made landfall by noon.", "landfall", "by noon", "landfall by noon", "by"},
		{"Wider trials of the vaccine will begin in Kazan next week, the governor said.", "trial", "next week", "trials of the vaccine will begin in Kazan next week", ""},
		{"Russia aims to start mass vaccination of residents in October.", "vaccination", "in October.", "mass vaccination of residents in October.", ""},
		{"The two defendants will hold a last conference on May 9, and the trial is scheduled to begin on August 8.", "", "", "", ""},
		{"The judge set a tentative Nov. 16 trial date.", "", "", "", ""},
		{"The conference was on June 17 and the trial began.", "", "", "", ""},
		{"The trial was long.", "", "", "", ""},
		{"The trial unanimously found him guilty in 2018.", "", "", "", ""},
		{"At his trial in 2018 the jury found him guilty.", "", "", "", ""},
		{"Russia launched a trial of the vaccine last week.", "trial", "last week", "trial of the vaccine last week", ""},
		{"Phase 3 trials were under way in August.", "trial", "in August.", "Phase 3 trials were under way in August.", ""},
		// a date running out of the event's window is another thing's
		{"The retrial led to a six-year prison sentence that began on March 13, 2019.", "", "", "", ""},
	}
	for _, tc := range tests {
		res := Extract(&ingest.Document{ID: "d", Text: tc.text, Format: "txt"}, r)
		var got *Claim
		for i := range res.Claims {
			if res.Claims[i].Kind == KindEventTime {
				got = &res.Claims[i]
			}
		}
		switch {
		case tc.head == "" && got != nil:
			t.Errorf("%q: unexpected event time %q (%s)", tc.text, got.Text, got.Frame.Time.Text)
		case tc.head == "":
		case got == nil:
			t.Errorf("%q: no event time, want %s at %q", tc.text, tc.head, tc.time)
		case got.Frame.Head != tc.head || got.Frame.Time.Text != tc.time || got.Text != tc.claimText || got.Frame.Time.Qualifier != tc.qualifier:
			t.Errorf("%q: got head %q time %q text %q qualifier %q, want %q %q %q %q", tc.text, got.Frame.Head, got.Frame.Time.Text, got.Text,
				got.Frame.Time.Qualifier, tc.head, tc.time, tc.claimText, tc.qualifier)
		}
	}
}
