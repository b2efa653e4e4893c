package mention

import (
	"testing"
	"time"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/claims/segment"
)

// FuzzRecognise checks the quantity and date recognisers on any text:
// mentions cover tokens in order without overlapping, bounds hold
// (low <= number <= high where set), and dates end no earlier than they
// start.
func FuzzRecognise(f *testing.F) {
	for _, s := range []string{"About 5,200 troops", "more than $50bn and 4 per cent", "between 50 and 60 people",
		"between December 2018 and March 2019", "Justine Baez, 24, of Newark", "February 30", "1e400 9,99,999 1.2.3",
		"tens of thousands", "half a million", "50-60", "last week on Thursday night", "2020-13-45", "nearly 300 or so"} {
		f.Add(s)
	}
	pub := time.Date(2020, 1, 3, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, src string) {
		if !utf8.ValidString(src) {
			t.Skip()
		}
		txt := segment.Segment(src, segment.Options{})
		prev := 0
		for _, m := range Recognise(txt, testLexicon(), Options{Published: pub}) {
			if m.First < prev || m.Last <= m.First || m.Last > len(txt.Tokens) {
				t.Fatalf("mention [%d,%d) overlaps or is out of bounds (prev %d)", m.First, m.Last, prev)
			}
			prev = m.Last
			if v := m.Value; v != nil {
				if v.Low != nil && *v.Low > v.Number || v.High != nil && *v.High < v.Number || v.Low != nil && v.High != nil && *v.Low > *v.High {
					t.Fatalf("%s: bounds do not hold: %v", Describe(txt, m), v)
				}
			}
			if d := m.Date; d != nil && d.Start != "" && d.Start[0] != '-' && d.End < d.Start {
				t.Fatalf("%s: date ends before it starts", Describe(txt, m))
			}
		}
	})
}
