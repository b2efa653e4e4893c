package claims

import (
	"fmt"
	"strings"

	"github.com/claimdiff/claimdiff/claims/ingest"
	"github.com/claimdiff/claimdiff/claims/mention"
	"github.com/claimdiff/claimdiff/claims/rules"
)

// ExampleFailure is an example in a rules file that did not hold.
type ExampleFailure struct {
	Rule     string
	Pos      rules.Pos
	Text     string
	Expected []string
	Got      []string
}

func (f ExampleFailure) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d:%d: rule %s: example %q\n", f.Pos.Line, f.Pos.Col, f.Rule, f.Text)
	fmt.Fprintf(&b, "    expected: %s\n", orNothing(f.Expected))
	fmt.Fprintf(&b, "    got:      %s", orNothing(f.Got))
	return b.String()
}

func orNothing(xs []string) string {
	if len(xs) == 0 {
		return "(no claims)"
	}
	return strings.Join(xs, "; ")
}

// RunExamples extracts every example text in r and checks that each rule
// makes exactly the claims its example lists (and nothing for a negative
// example). It returns the number of examples run and the failures.
func RunExamples(r *rules.Rules) (int, []ExampleFailure) {
	// one Extractor for all: its tables are not made again for each example
	return runExamples(r, func() func(*ingest.Document) *Result { return NewExtractor(r).Extract })
}

// runExamples is RunExamples with the extraction newExtractor makes: a
// new one after an example that panicked (a bug, which the example's
// failure shows), for what the last one's buffers hold is unknown.
func runExamples(r *rules.Rules, newExtractor func() func(*ingest.Document) *Result) (int, []ExampleFailure) {
	var fails []ExampleFailure
	n := 0
	extract := newExtractor()
	for _, ru := range r.Rules {
		for _, ex := range ru.Examples {
			n++
			doc := &ingest.Document{ID: "example", Source: "example", Text: ex.Text, Format: "txt"}
			var res *Result
			if err := guarded(doc, func() { res = extract(doc) }); err != nil {
				// a bug, shown at the example that raises it
				extract = newExtractor()
				fails = append(fails, ExampleFailure{Rule: ru.ID, Pos: ex.Pos, Text: ex.Text,
					Expected: describeExpects(ex.Claims), Got: []string{fmt.Sprintf("internal error (a bug in claimdiff): %v", err.Value)}})
				continue
			}
			var got []Claim
			for _, c := range res.Claims {
				if c.Rule == ru.ID {
					got = append(got, c)
				}
			}
			ok := len(got) == len(ex.Claims)
			for i := 0; ok && i < len(got); i++ {
				ok = meetsExpect(got[i], ex.Claims[i])
			}
			if !ok {
				f := ExampleFailure{Rule: ru.ID, Pos: ex.Pos, Text: ex.Text, Expected: describeExpects(ex.Claims)}
				for _, c := range got {
					f.Got = append(f.Got, Describe(c))
				}
				fails = append(fails, f)
			}
		}
	}
	return n, fails
}

// describeExpects describes each expected claim, as a failure lists them.
func describeExpects(xs []rules.Expect) []string {
	var out []string
	for _, x := range xs {
		out = append(out, describeExpect(x))
	}
	return out
}

// meetsExpect checks the fields an expectation sets.
func meetsExpect(c Claim, x rules.Expect) bool {
	num := func(want *float64, got *float64) bool {
		return want == nil || (got != nil && *got == *want)
	}
	if x.Value != nil && (c.Value == nil || c.Value.Number != *x.Value) {
		return false
	}
	if c.Value != nil {
		if !num(x.Low, c.Value.Low) || !num(x.High, c.Value.High) {
			return false
		}
		if x.Bound != "" && string(c.Value.Bound) != x.Bound {
			return false
		}
		if x.Unit != "" && c.Value.Unit != x.Unit {
			return false
		}
	} else if x.Low != nil || x.High != nil || x.Bound != "" || x.Unit != "" {
		return false
	}
	if x.Subject != "" && c.Subject != x.Subject || x.Place != "" && c.Place != x.Place || x.Victim != "" && c.Victim != x.Victim {
		return false
	}
	if x.Date != "" && (c.Date == nil || !strings.HasPrefix(c.Date.Start, x.Date)) {
		return false
	}
	if x.Speaker != "" && c.Attribution.Speaker != x.Speaker || x.Form != "" && string(c.Attribution.Form) != x.Form {
		return false
	}
	if x.Hedged != nil && c.Attribution.Hedged != *x.Hedged {
		return false
	}
	if x.Perpetrator != "" {
		got := "none"
		if c.Frame != nil && c.Frame.Perpetrator != "" {
			got = c.Frame.Perpetrator
		}
		if got != x.Perpetrator {
			return false
		}
	}
	return true
}

func describeExpect(x rules.Expect) string {
	var parts []string
	add := func(k, v string) {
		if v != "" {
			parts = append(parts, k+"="+v)
		}
	}
	f := func(p *float64) string {
		if p == nil {
			return ""
		}
		return mention.FormatNumber(*p)
	}
	add("value", f(x.Value))
	add("low", f(x.Low))
	add("high", f(x.High))
	add("bound", x.Bound)
	add("unit", x.Unit)
	add("subject", x.Subject)
	add("place", x.Place)
	add("victim", x.Victim)
	add("date", x.Date)
	add("speaker", x.Speaker)
	add("form", x.Form)
	add("perpetrator", x.Perpetrator)
	if x.Hedged != nil {
		add("hedged", fmt.Sprint(*x.Hedged))
	}
	if len(parts) == 0 {
		return "(any claim)"
	}
	return strings.Join(parts, " ")
}

// Describe renders a claim on one line for tests and messages:
// "killed 16 people exact subject=... victim=...".
func Describe(c Claim) string {
	parts := []string{c.Kind}
	if c.Value != nil {
		parts = append(parts, c.Value.String())
	}
	if c.Date != nil {
		parts = append(parts, "date="+c.Date.String())
	}
	for _, kv := range [][2]string{{"subject", c.Subject}, {"place", c.Place}, {"victim", c.Victim}} {
		if kv[1] != "" {
			parts = append(parts, kv[0]+"="+kv[1])
		}
	}
	if c.Frame != nil && c.Frame.Perpetrator != "" {
		parts = append(parts, "perpetrator="+c.Frame.Perpetrator)
	}
	if c.Attribution.Form != FormNone && c.Attribution.Form != "" {
		a := c.Attribution
		s := fmt.Sprintf("by=%q(%s,%s", a.Speaker, a.Form, a.Cue)
		if a.Hedged {
			s += ",hedged"
		}
		parts = append(parts, s+")")
	}
	return strings.Join(parts, " ")
}
