package claims

import (
	"bufio"
	"os"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/claims/ingest"
	"github.com/claimdiff/claimdiff/claims/rules"
)

// TestAttributionCases runs the cases in testdata/attribution.tsv: the
// speaker of each text's first quote, else its first claim, else its last
// sentence.
func TestAttributionCases(t *testing.T) {
	r, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open("testdata/attribution.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	line := 0
	for sc.Scan() {
		line++
		if sc.Text() == "" || strings.HasPrefix(sc.Text(), "#") {
			continue
		}
		fields := strings.Split(sc.Text(), "\t")
		if len(fields) != 3 {
			t.Fatalf("attribution.tsv:%d: want 3 tab-separated fields, got %d", line, len(fields))
		}
		text, want, typ := fields[0], strings.TrimSpace(fields[1]), SpeakerType(fields[2])
		res := Extract(&ingest.Document{ID: "case", Source: "case", Text: "Title\n\n" + text + "\n"}, r)
		var a Attribution
		if sa := res.SentenceAttributions; len(sa) > 0 {
			a = sa[len(sa)-1] // the case's sentence, after the title
		}
		got := false
		for i := range res.Claims {
			if c := &res.Claims[i]; !got || c.Kind == "quote" {
				a, got = c.Attribution, true
				if c.Kind == "quote" {
					break
				}
			}
		}
		if a.Speaker != want || a.SpeakerType != typ {
			t.Errorf("attribution.tsv:%d: %q\n got speaker %q (%s), want %q (%s)", line, text, a.Speaker, a.SpeakerType, want, typ)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
}
