package claims

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/claimdiff/claimdiff/claims/ingest"
	"github.com/claimdiff/claimdiff/internal/rulestest"
)

var update = flag.Bool("update", false, "rewrite the seeds' .want files from the current extraction")

// seedPublished is the day the seed articles appeared; it dates every
// fixture whose metadata gives no date.
var seedPublished = time.Date(2020, 1, 3, 12, 0, 0, 0, time.UTC)

// seedHeader opens every .want file.
const seedHeader = `# The claims claimdiff extract must find in %s, one a line and no
# others: the claim as claims.Describe prints it (and via=, who relayed a
# quote), then "<-" and the claim's text. A line marked "wrong: " is a claim
# the extractor gives today but should not (a known fault, kept in view):
# the test fails when it stops being given, so the mark is then removed.
# Rewrite with go test ./claims -run TestSeeds -update (marks are kept),
# and review the diff.
`

// wantLine renders a claim as a line of a .want file.
func wantLine(c Claim) string {
	s := Describe(c)
	if c.Attribution.Via != "" {
		s += " via=" + c.Attribution.Via
	}
	return s + " <- " + c.Text
}

// TestSeeds extracts every article in testdata/seeds and checks its claims
// against the .want file beside it (000_x.txt -> 000_x.want): each line
// must be the line of one claim, and each claim must have a line. A case
// is added by adding an article and its .want file.
func TestSeeds(t *testing.T) {
	r := rulestest.Default(t)
	dir := filepath.Join("..", "testdata", "seeds")
	in, err := ingest.Read(context.Background(), []string{dir}, ingest.Options{Published: seedPublished})
	if err != nil {
		t.Fatal(err)
	}
	if len(in.Documents) == 0 {
		t.Fatalf("no articles in %s", dir)
	}
	for _, doc := range in.Documents {
		name := filepath.Base(doc.Path)
		wantFile := strings.TrimSuffix(doc.Path, filepath.Ext(doc.Path)) + ".want"
		t.Run(name, func(t *testing.T) {
			var got []string
			for _, c := range Extract(doc, r).Claims {
				got = append(got, wantLine(c))
			}
			data, err := os.ReadFile(wantFile)
			if err != nil && !(*update && os.IsNotExist(err)) {
				t.Fatalf("%v (write it with -update)", err)
			}
			want := wantLines(string(data))
			if *update {
				writeWant(t, wantFile, name, want, got)
				return
			}
			for _, e := range diffLines(want, got) {
				t.Errorf("%s:%s", filepath.Base(wantFile), e)
			}
		})
	}
}

// wrongMark starts a line of a claim given today that should not be.
const wrongMark = "wrong: "

// numbered is one expected line of a .want file: its line number, its
// claim line, and whether it is marked wrong.
type numbered struct {
	n     int
	text  string
	wrong bool
}

// wantLines returns the lines of a .want file that are not blank or
// comments.
func wantLines(data string) []numbered {
	var out []numbered
	for i, line := range strings.Split(data, "\n") {
		if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
			text, wrong := strings.CutPrefix(line, wrongMark)
			out = append(out, numbered{i + 1, text, wrong})
		}
	}
	return out
}

// writeWant rewrites a .want file with the claim lines got, keeping the
// wrong marks of the lines still given.
func writeWant(t *testing.T, file, article string, want []numbered, got []string) {
	t.Helper()
	wrong := map[string]int{}
	for _, w := range want {
		if w.wrong {
			wrong[w.text]++
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, seedHeader, article)
	for _, g := range got {
		if wrong[g] > 0 {
			wrong[g]--
			b.WriteString(wrongMark)
		}
		b.WriteString(g + "\n")
	}
	if err := os.WriteFile(file, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

// diffLines matches want against got, each line at most once, and returns
// a message for each wanted line no claim gave and for each claim no line
// wanted.
func diffLines(want []numbered, got []string) []string {
	left := map[string]int{}
	for _, g := range got {
		left[g]++
	}
	var errs []string
	for _, w := range want {
		switch {
		case left[w.text] == 0 && w.wrong:
			errs = append(errs, fmt.Sprintf("%d: a claim marked wrong is no longer given (remove the line): %s", w.n, w.text))
			continue
		case left[w.text] == 0:
			errs = append(errs, fmt.Sprintf("%d: no claim: %s", w.n, w.text))
			continue
		}
		left[w.text]--
	}
	for _, g := range got {
		if left[g] > 0 {
			left[g]--
			errs = append(errs, " unexpected claim: "+g)
		}
	}
	return errs
}

// TestDiffLines: a missing line, an extra claim, a line wanted twice but
// given once and a wrong claim fixed all fail; lines match in any order.
func TestDiffLines(t *testing.T) {
	want := []numbered{{3, "a", false}, {4, "b", false}, {5, "b", false}, {6, "c", false}, {7, "e", true}}
	got := []string{"c", "b", "d", "a"}
	errs := diffLines(want, got)
	if strings.Join(errs, "\n") != "5: no claim: b\n7: a claim marked wrong is no longer given (remove the line): e\n unexpected claim: d" {
		t.Errorf("diffLines = %q", errs)
	}
	if errs := diffLines(want[:2], []string{"b", "a"}); len(errs) != 0 {
		t.Errorf("diffLines in another order = %q", errs)
	}
}
