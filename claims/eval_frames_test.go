package claims

import (
	"bufio"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/claims/ingest"
	"github.com/claimdiff/claimdiff/claims/names"
	"github.com/claimdiff/claimdiff/claims/rules"
	"github.com/claimdiff/claimdiff/internal/rulestest"
)

// frameLabel is one hand-labelled numeric mention (testdata/frames/labels.jsonl):
// the file it stands in, under the corpus, where its sentence stands there,
// the number as written, and what it measures (head) and belongs to
// (entity). The labels hold no text of the corpus: a sentence is its place
// in the file (bytes [Start, Start+Len) of the text as extracted, or of that
// text on one line, In "one-line") and the first 6 bytes of its SHA-256,
// which tell a file changed since it was labelled. The labelling
// conventions are in testdata/frames/README.md.
type frameLabel struct {
	File   string `json:"file"`
	In     string `json:"in"`
	Start  int    `json:"start"`
	Len    int    `json:"len"`
	SHA256 string `json:"sha256"`
	Number string `json:"number"`
	Head   string `json:"head"`
	Entity string `json:"entity"`
	Note   string `json:"note"`
}

// sentence returns the labelled sentence from the extracted text src and
// where it starts there, or false when the text no longer holds it.
func (l frameLabel) sentence(src string) (string, int, bool) {
	if l.In == "one-line" {
		src = oneLine(src)
	}
	if l.Start < 0 || l.Len <= 0 || l.Start+l.Len > len(src) {
		return "", 0, false
	}
	s := src[l.Start : l.Start+l.Len]
	sum := sha256.Sum256([]byte(s))
	return s, l.Start, hex.EncodeToString(sum[:6]) == l.SHA256
}

// TestEvalFrames scores frames against the hand labels: each labelled
// number is found in its document's extraction (the whole file is
// extracted, so back-references and dates have their context), and its
// frame's head and entity are compared with the label. A number with no
// claim counts as wrong for both. Run with -v for the figures and
// CLAIMDIFF_EVAL_VERBOSE=1 for every miss.
func TestEvalFrames(t *testing.T) {
	labels := readFrameLabels(t, "../testdata/frames/labels.jsonl")
	if _, err := os.Stat(corpusDir); err != nil {
		t.Skip("corpus not present at ../shared/corpus")
	}
	r := rulestest.Default(t)
	byFile := map[string][]frameLabel{}
	var files []string
	for _, l := range labels {
		if byFile[l.File] == nil {
			files = append(files, l.File)
		}
		byFile[l.File] = append(byFile[l.File], l)
	}
	var heads, entities, found, total int
	var misses []string
	for _, f := range files {
		res := extractCorpusFile(t, r, f)
		if res == nil {
			continue
		}
		for _, l := range byFile[f] {
			sentence, at, ok := l.sentence(res.Text.Src)
			if !ok {
				t.Errorf("%s: %s: the labelled sentence is no longer at bytes %d+%d: the corpus file changed", f, l.Number, l.Start, l.Len)
				continue
			}
			total++
			c := claimAt(res, sentence, at, l.Number)
			head, entity := "", ""
			if c != nil && c.Frame != nil {
				found++
				head, entity = c.Frame.Head, c.Frame.Entity
			}
			okHead := head == l.Head
			okEntity := sameEntity(entity, l.Entity)
			if okHead {
				heads++
			}
			if okEntity {
				entities++
			}
			if !okHead || !okEntity {
				tag := map[[2]bool]string{{false, true}: "head", {true, false}: "entity", {false, false}: "both"}[[2]bool{okHead, okEntity}]
				misses = append(misses, tag+" "+f+": "+l.Number+": head "+head+" want "+l.Head+"; entity "+entity+" want "+l.Entity+" | "+sentence)
			}
		}
	}
	if total == 0 {
		t.Skip("no labelled file found in the corpus")
	}
	t.Logf("frames: %d labels, %d with a claim; head %.3f (%d), entity %.3f (%d)", total, found,
		ratio(heads, total), heads, ratio(entities, total), entities)
	if os.Getenv("CLAIMDIFF_EVAL_VERBOSE") != "" {
		for _, m := range misses {
			t.Log("  miss: " + m)
		}
	}
	// Regression floors, under the figures measured when they were set
	// (head 0.885, entity 0.756), a few labels below them: a change
	// that loses more fails here, not only in the targets.
	if ratio(heads, total) < 0.87 || ratio(entities, total) < 0.745 {
		t.Errorf("frame accuracy fell below the floor")
	}
}

func readFrameLabels(t *testing.T, path string) []frameLabel {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []frameLabel
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for line := 1; sc.Scan(); line++ {
		var l frameLabel
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil {
			t.Fatalf("%s:%d: %v", path, line, err)
		}
		out = append(out, l)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// extractCorpusFile extracts one corpus file with its publication date
// (from the event's SOURCES.tsv or the GVA gold's dct) when known.
func extractCorpusFile(t *testing.T, r *rules.Rules, rel string) *Result {
	t.Helper()
	path := filepath.Join(corpusDir, rel)
	opt := ingest.Options{}
	if pub, ok := corpusPublished(path); ok {
		opt.Published = pub.Published
	}
	rd, err := ingest.Read(context.Background(), []string{path}, opt)
	if err != nil || len(rd.Documents) == 0 {
		t.Logf("%s: %v", rel, err)
		return nil
	}
	return Extract(rd.Documents[0], r)
}

// corpusPublished finds a corpus file's publication date: SOURCES.tsv
// beside event files, gold.json's article dct beside GVA files.
func corpusPublished(path string) (ingest.Options, bool) {
	dir, base := filepath.Dir(path), filepath.Base(path)
	if b, err := os.ReadFile(filepath.Join(dir, "SOURCES.tsv")); err == nil {
		for _, line := range strings.Split(string(b), "\n") {
			f := strings.Split(line, "\t")
			if len(f) >= 3 && f[0] == base {
				if p, ok := ingest.ParsePublished(f[2]); ok {
					return ingest.Options{Published: p}, true
				}
			}
		}
	}
	if b, err := os.ReadFile(filepath.Join(dir, "gold.json")); err == nil {
		var g gvaGold
		if json.Unmarshal(b, &g) == nil {
			for _, a := range g.Articles {
				if a.File == base {
					if p, ok := ingest.ParsePublished(a.DCT); ok {
						return ingest.Options{Published: p}, true
					}
				}
			}
		}
	}
	return ingest.Options{}, false
}

// claimAt finds the claim whose span covers the labelled number, the
// first in its sentence, which starts at byte s.
func claimAt(res *Result, sentence string, s int, number string) *Claim {
	src := res.Text.Src
	off := strings.Index(sentence, number)
	if off < 0 {
		return nil
	}
	lo, hi := s+off, s+off+len(number)
	// the claim whose value is the number; else one whose words cover it
	var covering *Claim
	for i := range res.Claims {
		c := &res.Claims[i]
		if c.Value == nil || c.Span.Start >= hi || lo >= c.Span.End {
			continue
		}
		if c.val < 0 {
			if covering == nil {
				covering = c
			}
			continue
		}
		m := res.Mentions[c.val]
		ms, me := res.Text.Tokens[m.First].Start, res.Text.Tokens[m.Last-1].End
		if ms < hi && lo < me {
			return c
		}
	}
	if covering == nil {
		// a figure converted in parentheses ("3km (2 miles)", "US$25
		// million (S$34 million)") is no mention of its own: the claim
		// of the figure it converts states it
		open := strings.LastIndexByte(src[:lo], '(')
		if open >= 0 && strings.TrimSpace(src[open+1:lo]) == "" {
			for i := range res.Claims {
				c := &res.Claims[i]
				if c.val >= 0 && strings.TrimSpace(src[c.Span.End:open]) == "" && c.Span.End <= open {
					return c
				}
			}
		}
	}
	return covering
}

// sameEntity compares entities as the labels do: case-insensitively,
// without a leading article (or possessive determiner: "my eldest son" is
// "eldest son") or a trailing possessive, one name by the rules' aliases
// ("the US" is "United States"), and a person's name with the names model
// ("Pell" is "George Pell"; a label cut short with its sentence, "C.J.", is
// the name it begins: "C.J. Mikula-Conrad").
func sameEntity(got, want string) bool {
	clean := func(s string) string {
		s = strings.ToLower(strings.TrimSpace(s))
		for _, a := range []string{"the ", "a ", "an ", "my ", "his ", "her ", "its ", "our ", "their ", "your "} {
			s = strings.TrimPrefix(s, a)
		}
		return strings.TrimSuffix(strings.TrimSuffix(s, "'s"), "’s")
	}
	g, w := clean(got), clean(want)
	if g == w {
		return true
	}
	if g == "" || w == "" {
		return false
	}
	// one name by the rules' aliases: "the US" is "United States"
	if r, err := rules.Default(); err == nil {
		strip := func(s string) string {
			s = strings.TrimSpace(s)
			for _, a := range []string{"the ", "The "} {
				s = strings.TrimPrefix(s, a)
			}
			return s
		}
		gc, gok := r.Aliases.Canonical(strip(got))
		wc, wok := r.Aliases.Canonical(strip(want))
		if gok && wok && gc == wc || gok && gc == strip(want) || wok && wc == strip(got) {
			return true
		}
	}
	// a label that gives the person by the first words of the name we give
	// in full, its sentence cut short ("His 16-year-old brother, C.J."):
	// "C.J. Mikula-Conrad"
	if properName(want) && properName(got) {
		gw, ww := strings.Fields(got), strings.Fields(want)
		if len(ww) < len(gw) && strings.Join(gw[:len(ww)], " ") == want {
			return true
		}
	}
	// the names model is for names: its surname test would take
	// "shooting" for "the Orlando night club shooting"
	if gOwner, gThing, ok := strings.Cut(got, "'s "); ok {
		// "Duane Clarkson Sylvester's wife" is "Sylvester's wife"
		if wo, wt, ok := strings.Cut(want, "'s "); ok {
			return sameEntity(gOwner, wo) && sameEntity(gThing, wt)
		}
	}
	return properName(got) && properName(want) && defaultNames().Same(got, want) ||
		sameDescription(clean(got), clean(want), got+" "+want)
}

// defaultNames is the default rules' name scanner, nil when they do not
// load.
func defaultNames() *names.Scanner {
	if r, err := rules.Default(); err == nil {
		return r.Names
	}
	return nil
}

// properName reports an entity written as a name: its last word starts
// with a capital.
func properName(s string) bool {
	f := strings.Fields(s)
	if len(f) == 0 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(f[len(f)-1])
	return unicode.IsUpper(r)
}

// sameDescription accepts two descriptions of one thing that differ only in
// common modifiers: "possible gang-related shooting" is "the gang-related
// shooting", "shooting" is "the drive-by shooting". Their last words (the
// heads) must be one, the words of one must all be in the other, and every
// word only one of them has must be lower case in the original text: a
// name is never a modifier to drop ("the shooting" is not "the Orlando
// night club shooting", nor "the shooting on Auburn Avenue").
func sameDescription(g, w, orig string) bool {
	gw, ww := strings.Fields(g), strings.Fields(w)
	if gw[len(gw)-1] != ww[len(ww)-1] {
		return false
	}
	in := func(word string, set []string) bool {
		for _, x := range set {
			if x == word {
				return true
			}
		}
		return false
	}
	lower := map[string]bool{}
	for _, o := range strings.Fields(orig) {
		if strings.ToLower(o) == o {
			lower[o] = true
		}
	}
	sub := func(a, b []string) bool { // a's words all in b; b's extra words lower case
		for _, x := range a {
			if !in(x, b) {
				return false
			}
		}
		for _, x := range b {
			if !in(x, a) && !lower[x] {
				return false
			}
		}
		return true
	}
	return sub(gw, ww) || sub(ww, gw)
}

// TestSameEntity pins how the frames check compares entities: as the
// labels' README says, and no more leniently than a reader would.
func TestSameEntity(t *testing.T) {
	for _, tc := range []struct {
		got, want string
		same      bool
	}{
		{"the ship", "ship", true},
		{"Orlando night club shooting", "the Orlando night club shooting", true},
		{"possible gang-related shooting", "the gang-related shooting", true},
		{"drive-by shooting", "the drive-by shooting", true},
		{"shooting", "the drive-by shooting", true},
		{"shooting", "the Orlando night club shooting", false}, // a name is no modifier
		{"shooting", "the shooting on Auburn Avenue", false},
		{"terror attacks", "the Benghazi attacks", false},
		{"toxic gas leak", "the Bhopal leak", false},
		{"shooting", "attack", false},
		{"the house", "the car", false},
		{"", "Pell", false},
		{"", "", true},
		{"Duane Clarkson Sylvester's wife", "Sylvester's wife", true},
		{"My eldest son", "eldest son", true}, // a possessive determiner is an article's kin
		{"daughter", "Brat's daughter", false},
		{"George Pell", "Pell", true},
		{"Brenton Tarrant", "Pell", false},
		{"United States", "the US", true}, // the rules' aliases
		{"United States", "the UK", false},
		{"C.J. Mikula-Conrad", "C.J.", true}, // the label's sentence cut short
		{"C.J. Mikula-Conrad", "Mikula", false},
	} {
		if got := sameEntity(tc.got, tc.want); got != tc.same {
			t.Errorf("sameEntity(%q, %q) = %v, want %v", tc.got, tc.want, got, tc.same)
		}
	}
}
