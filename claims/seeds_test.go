package claims

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/claimdiff/claimdiff/claims/ingest"
	"github.com/claimdiff/claimdiff/claims/rules"
)

// seedPublished is the day both seed articles appeared.
var seedPublished = time.Date(2020, 1, 3, 12, 0, 0, 0, time.UTC)

func extractSeed(t *testing.T, name string) []Claim {
	t.Helper()
	r, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	res, err := ingest.Read(context.Background(), []string{"../testdata/seeds/" + name}, ingest.Options{Published: seedPublished})
	if err != nil {
		t.Fatal(err)
	}
	return Extract(res.Documents[0], r).Claims
}

// has reports whether some claim's Describe line contains every part.
func has(cs []Claim, parts ...string) bool {
	for _, c := range cs {
		d := Describe(c)
		ok := true
		for _, p := range parts {
			ok = ok && strings.Contains(d, p)
		}
		if ok {
			return true
		}
	}
	return false
}

func dump(cs []Claim) string {
	var b strings.Builder
	for _, c := range cs {
		b.WriteString("\n  " + Describe(c) + "   <- " + c.Text)
	}
	return b.String()
}

// TestSeedClaims checks what issue #2 says must hold on the seed articles.
func TestSeedClaims(t *testing.T) {
	tests := []struct {
		seed  string
		parts [][]string
	}{
		{"000_9657c7c9ccc2eae3.txt", [][]string{
			{"price-change 4 % exact"},
			{"oil-output 2100000 barrels/day", "subject=Iran", "2019-11-01..2019-11-30"},
			{"oil-output 2700000 barrels/day", "2018-12-01..2019-03-31"},
			{"oil-output 3700000 barrels/day", "2018-11"},
			{"population 80000000 people more-than"},
			{"duration 3 day exact"},
			{"event-date date=2019-12-27"},
			{"killed", "victim=Qassem Soleimani"},
			{"killed", "victim=Abu Mahdi al-Muhandis"},
		}},
		{"004_036ee2da981d46e5.txt", [][]string{
			{"troops 5200 troops about", "subject=United States", "place=Iraq"},
			{"killed", "victim=Qassem Soleimani"},
			{"killed", "victim=Abu Mahdi al-Muhandis"},
			{"event-date date=2019-11-09"},
			{"event-date date=2019-12-03"},
			{"event-date date=2019-12-05"},
			{"event-date date=2019-12-09"},
			{"duration 1 decade more-than"},
		}},
	}
	for _, tc := range tests {
		t.Run(tc.seed, func(t *testing.T) {
			cs := extractSeed(t, tc.seed)
			for _, p := range tc.parts {
				if !has(cs, p...) {
					t.Errorf("no claim with %q; got:%s", p, dump(cs))
				}
			}
		})
	}
}

// TestSeedFalseFriends checks that the seeds' traps yield nothing.
func TestSeedFalseFriends(t *testing.T) {
	for _, c := range append(extractSeed(t, "004_036ee2da981d46e5.txt"), extractSeed(t, "000_9657c7c9ccc2eae3.txt")...) {
		for _, bad := range []string{"1 of 1", "Good Morning", "Major General", "recent"} {
			if c.Kind != "quote" && strings.Contains(c.Text, bad) {
				t.Errorf("claim from %q: %s", bad, Describe(c))
			}
		}
		if c.Kind == "killed" && c.Victim != "Qassem Soleimani" && c.Victim != "Abu Mahdi al-Muhandis" {
			t.Errorf("unexpected victim: %s <- %q", Describe(c), c.Text)
		}
	}
}

// TestSeedAttribution checks what issue #3 says must hold on the seeds.
func TestSeedAttribution(t *testing.T) {
	type want struct {
		kind, text string // claim kind and a fragment of its text
		speaker    string
		form       Form
		cue        string
		hedged     bool
		via        string
	}
	tests := []struct {
		seed  string
		wants []want
	}{
		{"000_9657c7c9ccc2eae3.txt", []want{
			{"oil-output", "2.1 million", "OPEC", FormAccordingTo, "according to", false, ""},
			{"quote", "Due to Iranian-backed militia attacks", "State Department", FormDirect, "tweeted", false, ""},
			{"quote", "was actively developing plans to attack American diplomats", "Pentagon", FormDirect, "according to", false, ""},
			{"quote", "harsh retaliation", "Ali Khamenei", FormDirect, "threatened", false, ""},
			{"quote", "the cruelest people on Earth", "Ali Khamenei", FormDirect, "described", false, ""},
			{"quote", "remains committed to de-escalation", "Mike Pompeo", FormDirect, "claimed", true, ""},
			{"price-change", "four percent", "", FormNone, "", false, ""},
		}},
		{"004_036ee2da981d46e5.txt", []want{
			{"quote", "plotting to kill", "Donald Trump", FormDirect, "said", true, ""},
			{"quote", "Over the last couple of months", "Mark Esper", FormDirect, "said", false, ""},
			{"quote", "We urge the Iranian regime to end their malign activities", "Mark Esper", FormDirect, "said", false, ""},
			{"event-date", "9 November", "Mark Esper", FormDirect, "said", false, ""},
			{"event-date", "3 December", "Mark Esper", FormDirect, "said", false, ""},
			{"event-date", "5 December", "Mark Esper", FormDirect, "said", false, ""},
			{"event-date", "9 December", "Mark Esper", FormDirect, "said", false, ""},
			{"quote", "light the fuse of war", "Adel Abdul Mahdi", FormDirect, "said", false, ""},
			{"quote", "The vicious attack on Baghdad international airport", "Ali al-Sistani", FormDirect, "said", false, ""},
			{"quote", "the gambler", "Qassem Soleimani", FormDirect, "said", false, "Reuters"},
			{"troops", "5,200", "", FormNone, "", false, ""},
		}},
	}
	for _, tc := range tests {
		t.Run(tc.seed, func(t *testing.T) {
			cs := extractSeed(t, tc.seed)
			for _, w := range tc.wants {
				var c *Claim
				for i := range cs {
					if cs[i].Kind == w.kind && strings.Contains(cs[i].Text, w.text) && (c == nil || cs[i].Attribution.Speaker == w.speaker) {
						c = &cs[i]
					}
				}
				if c == nil {
					t.Errorf("no %s claim with %q; got:%s", w.kind, w.text, dump(cs))
					continue
				}
				a := c.Attribution
				if a.Speaker != w.speaker || a.Form != w.form || a.Cue != w.cue || a.Hedged != w.hedged || a.Via != w.via {
					t.Errorf("%s %q: attribution %+v, want speaker=%q form=%s cue=%q hedged=%v via=%q",
						w.kind, w.text, a, w.speaker, w.form, w.cue, w.hedged, w.via)
				}
			}
		})
	}
}
