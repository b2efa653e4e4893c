package compare

import (
	"context"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/rules"
	"github.com/claimdiff/claimdiff/internal/rulestest"
)

// TestSameMoment: anchors name one moment by one instant, or by clock
// times that are one time of day in UTC on a day both may share; they are
// different times only by two instants or two resolved days.
func TestSameMoment(t *testing.T) {
	r := rulestest.Default(t)
	zones := r.Time.Zones
	gmt := &claims.TimeAnchor{Text: "at 21:00 GMT", Precision: "unresolved", Clock: "21:00", Zone: "GMT"}
	ctThu := &claims.TimeAnchor{Text: "as of 4 p.m. CT Thursday", Precision: "unresolved", Clock: "16:00", Zone: "CT", Relative: true}
	ctWed := &claims.TimeAnchor{Text: "as of 4 p.m. CT Wednesday", Precision: "unresolved", Clock: "16:00", Zone: "CT", Relative: true}
	gmtThu := &claims.TimeAnchor{Text: "at 21:00 GMT on Thursday", Precision: "unresolved", Clock: "21:00", Zone: "GMT"}
	local := &claims.TimeAnchor{Text: "at 4 p.m. local time", Precision: "unresolved", Clock: "16:00", Zone: "local"}
	ctNoon := &claims.TimeAnchor{Text: "at noon CT", Precision: "unresolved", Clock: "12:00", Zone: "CT"}
	ist := &claims.TimeAnchor{Text: "at 02:30 IST", Precision: "unresolved", Clock: "02:30", Zone: "IST"}
	cst := &claims.TimeAnchor{Text: "at 3 p.m. CST", Precision: "unresolved", Clock: "15:00", Zone: "CST"}
	inst := func(text, s string) *claims.TimeAnchor {
		return &claims.TimeAnchor{Text: text, Start: s[:10], End: s[:10], Precision: "day", Instant: s}
	}
	day := func(text, d string) *claims.TimeAnchor {
		return &claims.TimeAnchor{Text: text, Start: d, End: d, Precision: "day"}
	}
	tests := []struct {
		name      string
		a, b      *claims.TimeAnchor
		same      bool
		different bool
	}{
		{"GMT and CT in summer", gmt, ctThu, true, false},
		{"two weekdays", gmtThu, ctWed, false, false},
		{"same weekday", gmtThu, ctThu, true, false},
		{"local time: zone unknown", local, ctThu, false, false},
		{"other clock", ctNoon, gmt, false, false},
		{"IST: India, Ireland or Israel", ist, gmt, false, false},
		{"CST: US Central or China", cst, gmt, false, false},
		{"one instant", inst("a", "2020-08-27T21:00:00Z"), inst("b", "2020-08-27T21:00:00Z"), true, false},
		{"two instants", inst("a", "2020-08-27T21:00:00Z"), inst("b", "2020-08-27T06:00:00Z"), false, true},
		{"two days", day("on Monday", "2024-03-04"), day("on Tuesday", "2024-03-05"), false, true},
		{"a day without a clock is no moment", day("on Monday", "2024-03-04"), day("on Monday", "2024-03-04"), false, false},
		{"no anchor", nil, gmt, false, false},
	}
	for _, tc := range tests {
		same, why := sameMoment(tc.a, tc.b, zones)
		if same != tc.same {
			t.Errorf("%s: sameMoment = %v (%s), want %v", tc.name, same, why, tc.same)
		}
		if diff := differentTimes(tc.a, tc.b, zones); (diff != "") != tc.different {
			t.Errorf("%s: differentTimes = %q, want different=%v", tc.name, diff, tc.different)
		}
	}
}

// TestEventTimeVerdicts: two outlets that give one event times that cannot
// both hold disagree, with the readings in the note; times that overlap,
// or that lie on axes that say nothing of each other, do not.
func TestEventTimeVerdicts(t *testing.T) {
	r := rulestest.Default(t)
	tests := []struct {
		name     string
		a, b     string
		conflict bool
	}{
		{"an hour apart", "It made landfall near Cameron shortly after midnight local time.",
			"But it made landfall around 1 a.m. near Cameron.", true},
		{"one hour", "It made landfall around 1 a.m. local time.", "Laura made landfall at 1 a.m. on the coast.", false},
		{"last week vs next week", "The later-stage trial launched last week.",
			"In Moscow, trials of the registered vaccine will begin next week.", true},
		{"October vs November", "Russia intends to begin mass vaccination of its people in October.",
			"The minister said vaccinations across the country would start from November.", true},
		{"a month vs an offset", "Russia plans to begin mass vaccination in October.",
			"Mass vaccination starts next week.", false},
		{"across midnight", "It made landfall around midnight local time.", "It made landfall at 11:50 p.m.", false},
		{"across midnight, far apart", "It made landfall at 11 p.m.", "It made landfall at 1 a.m.", true},
		{"around, number first", "It made landfall around 1 a.m. near Cameron.", "It made landfall at 1:22 a.m.", false},
		{"about, with a weekday", "It made landfall about 1 a.m. Thursday.", "It made landfall at 1:22 a.m. Thursday.", false},
		{"around, too far", "It made landfall around 1 a.m.", "It made landfall at 1:40 a.m.", true},
		{"other events", "It made landfall around 1 a.m.", "Mass vaccination starts at 5 a.m.", false},
	}
	for _, tc := range tests {
		rep, err := Compare(context.Background(), outletResults(r, tc.a, tc.b), r, Options{})
		if err != nil {
			t.Fatal(err)
		}
		var found *Finding
		for i, f := range rep.Findings {
			if f.Type == Conflict && f.Kind == claims.KindEventTime {
				found = &rep.Findings[i]
			}
		}
		switch {
		case tc.conflict && found == nil:
			t.Errorf("%s: no event-time conflict", tc.name)
		case !tc.conflict && found != nil:
			t.Errorf("%s: unexpected conflict %s (%s)", tc.name, found.Summary, found.Detail.Note)
		case found != nil && !strings.Contains(found.Detail.Note, "do not overlap"):
			t.Errorf("%s: note %q does not give the readings", tc.name, found.Detail.Note)
		}
	}
}

// TestRelativeOffset: an unresolved relative anchor's offset comes from the
// rules' time.relative alone, so a newsroom that edits that list edits
// what comparison reads.
func TestRelativeOffset(t *testing.T) {
	def := rulestest.Default(t)
	own, err := rules.Load("r.yaml", []byte("version: 1\ntime:\n  relative: {\"+1 week\": [next week]}\n"), nil)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		r    *rules.Rules
		text string
		want rules.Offset
		ok   bool
	}{
		{"last week", def, "last week", rules.Offset{N: -1, Unit: "week"}, true},
		{"yesterday", def, "yesterday", rules.Offset{N: -1, Unit: "day"}, true},
		{"tonight", def, "tonight", rules.Offset{N: 0, Unit: "day"}, true},
		{"with its preposition", def, "by next week.", rules.Offset{N: 1, Unit: "week"}, true},
		{"own rules", own, "next week", rules.Offset{N: 1, Unit: "week"}, true},
		{"own rules lack it", own, "last week", rules.Offset{}, false},
	}
	for _, tc := range tests {
		got, ok := relativeOffset(tc.r, tc.text)
		if ok != tc.ok || got != tc.want {
			t.Errorf("%s: relativeOffset(%q) = %v, %v; want %v, %v", tc.name, tc.text, got, ok, tc.want, tc.ok)
		}
	}
}

// TestStages: a person's ages stated beside words of two stages of a
// criminal case (an arraignment, a sentencing) are both true and kept
// apart by time; at one stage, or where a sentence names none or both,
// they are compared.
func TestStages(t *testing.T) {
	tests := []struct {
		name  string
		a, b  string
		apart bool
	}{
		{"arraignment and sentencing",
			"Luis Marquez, 17, pleaded not guilty at an arraignment hearing on Wednesday to the murder charges.",
			"Luis Marquez, 18, was sentenced on Friday to 40 years to life in prison.", true},
		{"both at sentencing",
			"On Aug. 3, Marcus Hill, 24, of Flint was sentenced to nine to 20 years in prison.",
			"Marcus Hill, 23, addressed the courtroom before he was sentenced.", false},
		{"one names no stage",
			"Officers were looking for Henry Jackson, 18, after the shootings in the city.",
			"Henry Jackson, 19, was arrested by officers on the following morning.", false},
		{"one names two stages",
			"Luis Marquez, 17, was charged in March and convicted in June.",
			"Luis Marquez, 18, was sentenced on Friday to 40 years to life in prison.", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rep := compareTexts(t, "Headline one\n\n"+tc.a, "Headline two\n\n"+tc.b)
			conflict := len(find(rep, Conflict)) > 0
			kept := false
			for _, nm := range rep.NearMisses {
				kept = kept || nm.Field == fieldTime && strings.Contains(nm.Reason, "stages")
			}
			if conflict == tc.apart || kept != tc.apart {
				t.Errorf("conflict %v, kept apart by stage %v; want apart %v:%s", conflict, kept, tc.apart, summaries(rep))
			}
		})
	}
}

// TestAcquittalStage: a charge and an acquittal of the same counts are two
// stages of a case, not one fact sourced differently, when the verdict
// names its defendant between its words ("found Marquez not guilty").
func TestAcquittalStage(t *testing.T) {
	rep := compareTexts(t,
		"Trial\n\nProsecutors charged Marquez with three counts of attempted murder over the Racine shooting.",
		"Trial news\n\nA jury found Marquez not guilty of three counts of attempted murder over the Racine shooting, his lawyer said.")
	counts := 0
	for _, f := range rep.Findings {
		if f.Kind == "count" {
			counts++
		}
		if f.Type == AttributionGap || f.Type == Agreement {
			t.Errorf("a charge and an acquittal compared: %s %s", f.Type, f.Summary)
		}
	}
	if counts == 0 {
		t.Fatalf("no count finding: the counts were not read: %+v", rep.Findings)
	}
}
