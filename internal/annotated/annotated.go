// Package annotated reads the PolNeAR attribution corpus as it is laid out
// under ../shared/corpus/polnear-*: attributions.jsonl (one annotated
// attribution a line, offsets in characters) and text/<article>.txt. The
// evaluation and the cue model's trainer read it the same way.
package annotated

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/claims/cuemodel"
	"github.com/claimdiff/claimdiff/claims/ingest"
	"github.com/claimdiff/claimdiff/claims/rules"
	"github.com/claimdiff/claimdiff/claims/segment"
)

// Row is one annotated attribution.
type Row struct {
	Article       string  `json:"article"`
	Annotator     string  `json:"annotator"`
	SourceOffsets *string `json:"source_offsets"`
	CueOffsets    *string `json:"cue_offsets"`
	Content       string  `json:"content"`
	Cue           *string `json:"cue"`
}

// Span is a [Start, End) range of offsets.
type Span struct{ Start, End int }

// ReadRows reads dir/attributions.jsonl, keeping for each article the
// rows of one annotator (the first listed), and returns them by article
// with the articles sorted.
func ReadRows(dir string) (rows map[string][]Row, articles []string, err error) {
	path := filepath.Join(dir, "attributions.jsonl")
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	rows = map[string][]Row{}
	annot := map[string]string{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for line := 1; sc.Scan(); line++ {
		var row Row
		if err := json.Unmarshal(sc.Bytes(), &row); err != nil {
			return nil, nil, fmt.Errorf("%s:%d: %w", path, line, err)
		}
		if a, ok := annot[row.Article]; ok && a != row.Annotator {
			continue
		}
		annot[row.Article] = row.Annotator
		rows[row.Article] = append(rows[row.Article], row)
	}
	if err := sc.Err(); err != nil {
		return nil, nil, fmt.Errorf("%s: %w", path, err)
	}
	for a := range rows {
		articles = append(articles, a)
	}
	sort.Strings(articles)
	return rows, articles, nil
}

// TextPath is the path of an article's text.
func TextPath(dir, article string) string {
	return filepath.Join(dir, "text", article+".txt")
}

// ParseOffsets reads "start end", or discontinuous "s1 e1;s2 e2" as the
// span from the first start to the last end. A nil or empty field is no
// span.
func ParseOffsets(s *string) (Span, bool) {
	if s == nil {
		return Span{}, false
	}
	out := Span{-1, -1}
	for _, part := range strings.Split(strings.TrimSpace(*s), ";") {
		a, b, ok := strings.Cut(strings.TrimSpace(part), " ")
		if !ok {
			return Span{}, false
		}
		x, err1 := strconv.Atoi(a)
		y, err2 := strconv.Atoi(b)
		if err1 != nil || err2 != nil || y <= x {
			return Span{}, false
		}
		if out.Start < 0 || x < out.Start {
			out.Start = x
		}
		out.End = max(out.End, y)
	}
	return out, out.Start >= 0
}

// RuneOffsets returns a function from byte offsets in s to character
// offsets.
func RuneOffsets(s string) func(int) int {
	idx := make([]int, len(s)+1)
	n := 0
	for i := 0; i < len(s); {
		_, size := utf8.DecodeRuneInString(s[i:])
		for k := 0; k < size; k++ {
			idx[i+k] = n
		}
		i += size
		n++
	}
	idx[len(s)] = n
	return func(b int) int { return idx[b] }
}

// ByteOffsets returns a function from character offsets in s to byte
// offsets; an offset past the end gives len(s).
func ByteOffsets(s string) func(int) int {
	idx := make([]int, 0, len(s)+1)
	for i := range s {
		idx = append(idx, i)
	}
	idx = append(idx, len(s))
	return func(c int) int {
		if c >= len(idx) {
			return len(s)
		}
		return idx[c]
	}
}

// CueBytes returns the gold cue spans of rows as byte offsets into text.
func CueBytes(rows []Row, text string) [][2]int {
	conv := ByteOffsets(text)
	var out [][2]int
	for _, r := range rows {
		if c, ok := ParseOffsets(r.CueOffsets); ok {
			out = append(out, [2]int{conv(c.Start), conv(c.End)})
		}
	}
	return out
}

// Fold returns the cross-validation fold, of k, an article belongs to:
// by a hash of its name, so a document stays in one fold whatever else
// the corpus holds.
func Fold(article string, k int) int {
	h := uint32(2166136261)
	for i := 0; i < len(article); i++ {
		h = (h ^ uint32(article[i])) * 16777619
	}
	return int(h % uint32(k))
}

// Article is one annotated article: its text as claimdiff reads it and
// its rows.
type Article struct {
	Name string
	Doc  *ingest.Document
	Rows []Row
}

// Read reads a PolNeAR split: every annotated article, sorted by name,
// with its text.
func Read(ctx context.Context, dir string) ([]Article, error) {
	rows, names, err := ReadRows(dir)
	if err != nil {
		return nil, err
	}
	out := make([]Article, 0, len(names))
	for _, a := range names {
		res, err := ingest.Read(ctx, []string{TextPath(dir, a)}, ingest.Options{})
		if err != nil {
			return nil, err
		}
		if len(res.Documents) != 1 {
			return nil, fmt.Errorf("%s: read %d documents, want 1", TextPath(dir, a), len(res.Documents))
		}
		out = append(out, Article{Name: a, Doc: res.Documents[0], Rows: rows[a]})
	}
	return out, nil
}

// Examples returns the cue model's training examples from the articles,
// in article order.
func Examples(arts []Article, at *rules.Attribution) []cuemodel.Example {
	var exs []cuemodel.Example
	for _, a := range arts {
		txt := segment.Segment(a.Doc.Text, segment.Options{SoftWrap: a.Doc.Format == "md"})
		exs = cuemodel.Examples(exs, txt, at, CueBytes(a.Rows, a.Doc.Text))
	}
	return exs
}
