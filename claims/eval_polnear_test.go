package claims

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/claims/ingest"
	"github.com/claimdiff/claimdiff/claims/rules"
)

type polnearRow struct {
	Article       string  `json:"article"`
	Annotator     string  `json:"annotator"`
	SourceOffsets *string `json:"source_offsets"`
	CueOffsets    *string `json:"cue_offsets"`
	Content       string  `json:"content"`
	Cue           *string `json:"cue"`
}

// hasNumberOrQuote reports text holding a digit or a quotation mark: the
// attributions claimdiff needs most (figures and quotes).
func hasNumberOrQuote(s string) bool {
	return strings.ContainsAny(s, "0123456789\"“”")
}

type span struct{ start, end int }

// parseOffsets reads "start end", or discontinuous "s1 e1;s2 e2" as the
// span from the first start to the last end.
func parseOffsets(s string) (span, bool) {
	out := span{-1, -1}
	for _, part := range strings.Split(strings.TrimSpace(s), ";") {
		a, b, ok := strings.Cut(strings.TrimSpace(part), " ")
		if !ok {
			return span{}, false
		}
		x, err1 := strconv.Atoi(a)
		y, err2 := strconv.Atoi(b)
		if err1 != nil || err2 != nil || y <= x {
			return span{}, false
		}
		if out.start < 0 || x < out.start {
			out.start = x
		}
		out.end = max(out.end, y)
	}
	return out, out.start >= 0
}

// spanScore counts overlap and exact matches between found and gold spans,
// each gold span matched at most once. An overlap is lenient: "McCain, the
// GOP's nominee in 2008, issued a statement after Republican contender
// Donald Trump" overlaps the gold "Republican contender Donald Trump" and
// names the wrong man; mostlyTP counts the overlaps where at least half of
// the found span lies inside the gold one, which a judge would accept.
type spanScore struct{ found, gold, overlapTP, mostlyTP, exactTP int }

func (s *spanScore) add(found, gold []span) {
	s.found += len(found)
	s.gold += len(gold)
	usedO := make([]bool, len(gold))
	usedM := make([]bool, len(gold))
	usedE := make([]bool, len(gold))
	for _, f := range found {
		for gi, g := range gold {
			if !usedO[gi] && f.start < g.end && g.start < f.end {
				usedO[gi] = true
				s.overlapTP++
				break
			}
		}
		for gi, g := range gold {
			if inside := min(f.end, g.end) - max(f.start, g.start); !usedM[gi] && inside > 0 && 2*inside >= f.end-f.start {
				usedM[gi] = true
				s.mostlyTP++
				break
			}
		}
		for gi, g := range gold {
			if !usedE[gi] && f == g {
				usedE[gi] = true
				s.exactTP++
				break
			}
		}
	}
}

// mostlyF1 is the F1 of overlaps where the found span lies mostly inside
// the gold one.
func (s spanScore) mostlyF1() float64 {
	return f1(ratio(s.mostlyTP, s.found), ratio(s.mostlyTP, s.gold))
}

// exactF1 is the F1 of exact span matches.
func (s spanScore) exactF1() float64 {
	return f1(ratio(s.exactTP, s.found), ratio(s.exactTP, s.gold))
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func (s spanScore) report(t *testing.T, name string) {
	po, ro := ratio(s.overlapTP, s.found), ratio(s.overlapTP, s.gold)
	pe, re := ratio(s.exactTP, s.found), ratio(s.exactTP, s.gold)
	pm, rm := ratio(s.mostlyTP, s.found), ratio(s.mostlyTP, s.gold)
	t.Logf("%-30s overlap P %.3f R %.3f F1 %.3f | mostly inside F1 %.3f | exact P %.3f R %.3f F1 %.3f  (%d found, %d gold)",
		name, po, ro, f1(po, ro), f1(pm, rm), pe, re, f1(pe, re), s.found, s.gold)
}

// TestEvalPolNeAR scores speaker (source) and cue detection against the
// PolNeAR training split's human annotations, with overlap and exact span
// matching. Offsets there count characters, ours bytes: they are converted.
// Run with -v to see the figures.
func TestEvalPolNeAR(t *testing.T) {
	dir := filepath.Join(corpusDir, "polnear-train")
	f, err := os.Open(filepath.Join(dir, "attributions.jsonl"))
	if err != nil {
		t.Skip("corpus not present at ../shared/corpus/polnear-train")
	}
	defer f.Close()
	goldSrc := map[string][]span{}
	goldCue := map[string][]span{}
	// the same, over attributions whose content holds a number or a quote mark
	subSrc := map[string][]span{}
	subCue := map[string][]span{}
	annot := map[string]string{}
	// the gold cue of each gold source, for the -v dump of misses
	cueOf := map[string]map[span]string{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var row polnearRow
		if err := json.Unmarshal(sc.Bytes(), &row); err != nil {
			t.Fatal(err)
		}
		// one annotator per article: the first one listed
		if a, ok := annot[row.Article]; ok && a != row.Annotator {
			continue
		}
		annot[row.Article] = row.Annotator
		if row.SourceOffsets == nil || row.CueOffsets == nil {
			row.SourceOffsets, row.CueOffsets = orEmpty(row.SourceOffsets), orEmpty(row.CueOffsets)
		}
		sub := hasNumberOrQuote(row.Content)
		if s, ok := parseOffsets(*row.SourceOffsets); ok {
			goldSrc[row.Article] = append(goldSrc[row.Article], s)
			if cueOf[row.Article] == nil {
				cueOf[row.Article] = map[span]string{}
			}
			if row.Cue != nil {
				cueOf[row.Article][s] = *row.Cue
			}
			if sub {
				subSrc[row.Article] = append(subSrc[row.Article], s)
			}
		}
		if c, ok := parseOffsets(*row.CueOffsets); ok {
			goldCue[row.Article] = append(goldCue[row.Article], c)
			if sub {
				subCue[row.Article] = append(subCue[row.Article], c)
			}
		}
	}
	articles := make([]string, 0, len(annot))
	for a := range annot {
		articles = append(articles, a)
	}
	sort.Strings(articles)
	r, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	var docs []*ingest.Document
	for _, a := range articles {
		res, err := ingest.Read(context.Background(), []string{filepath.Join(dir, "text", a+".txt")}, ingest.Options{})
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, res.Documents...)
	}
	results, err := ExtractAll(context.Background(), docs, r, nil)
	if err != nil {
		t.Fatal(err)
	}
	verbose := os.Getenv("CLAIMDIFF_EVAL_VERBOSE") != ""
	var src, cue, ssrc, scue spanScore
	for i, res := range results {
		conv := runeOffsets(res.Doc.Text)
		a := articles[i]
		var fs, fc, sfs, sfc []span
		foundCue := map[span]string{}
		for _, at := range res.Attributions {
			// A found span is in the subset when it overlaps a gold span of
			// the subset, or overlaps no gold span and the sentence of its
			// cue (or speaker) holds a number or a quote mark.
			pos := at.CueSpan
			if pos == nil {
				pos = at.Span
			}
			if pos == nil {
				continue
			}
			sentSub := hasNumberOrQuote(sentenceAt(res, pos.Start))
			if at.Span != nil {
				sp := span{conv(at.Span.Start), conv(at.Span.End)}
				fs = append(fs, sp)
				foundCue[sp] = at.Cue
				if overlapsAny(sp, subSrc[a]) || sentSub && !overlapsAny(sp, goldSrc[a]) {
					sfs = append(sfs, sp)
				}
			}
			if at.CueSpan != nil {
				sp := span{conv(at.CueSpan.Start), conv(at.CueSpan.End)}
				fc = append(fc, sp)
				if overlapsAny(sp, subCue[a]) || sentSub && !overlapsAny(sp, goldCue[a]) {
					sfc = append(sfc, sp)
				}
			}
		}
		if verbose {
			logMisses(t, res, a, fs, goldSrc[a], foundCue, cueOf[a], conv)
			logPartials(t, res, a, "CUE", fc, goldCue[a], conv)
		}
		src.add(fs, goldSrc[a])
		cue.add(fc, goldCue[a])
		ssrc.add(sfs, subSrc[a])
		scue.add(sfc, subCue[a])
	}
	src.report(t, "source")
	cue.report(t, "cue")
	ssrc.report(t, "source, number/quote content")
	scue.report(t, "cue, number/quote content")
	// Regression floors, under the figures measured when they were set.
	// Precision over all attributions is floored lower than it once was:
	// stance verbs ("wants", "supports") and every cue of a sentence, not
	// only its first, are attributions the annotators often left out
	// ('"It's downright ludicrous," Sinovic said in a statement.' is no
	// gold attribution), while recall rose from 0.45 to 0.59.
	// Raised with the speaker spans read as whole noun phrases and the
	// cue verbs by stem: exact F1 0.601 (source) and 0.609 (cue).
	// Raised again with subjects read past asides, time adjuncts and
	// datelines, passive agents and more speech verbs: source overlap P
	// 0.817 R 0.634, cue R 0.601, exact F1 0.616 and 0.615, and a source
	// F1 of 0.694 counting only found spans mostly inside the gold.
	if ratio(src.overlapTP, src.found) < 0.81 || ratio(cue.overlapTP, cue.found) < 0.83 || ratio(cue.overlapTP, cue.gold) < 0.59 ||
		ratio(src.overlapTP, src.gold) < 0.62 || ratio(ssrc.overlapTP, ssrc.gold) < 0.82 || ratio(ssrc.exactTP, ssrc.found) < 0.72 ||
		ratio(cue.exactTP, cue.found) < 0.73 || src.exactF1() < 0.61 || cue.exactF1() < 0.61 || src.mostlyF1() < 0.68 {
		t.Errorf("attribution precision or recall fell below the floor")
	}
}

func overlapsAny(f span, gold []span) bool {
	for _, g := range gold {
		if f.start < g.end && g.start < f.end {
			return true
		}
	}
	return false
}

// sentenceAt returns the text of the sentence holding byte offset off.
func sentenceAt(res *Result, off int) string {
	ss := res.Text.Sentences
	k := sort.Search(len(ss), func(k int) bool { return ss[k].End > off })
	if k == len(ss) {
		return ""
	}
	return res.Text.Src[ss[k].Start:ss[k].End]
}

// logMisses logs the sources found that no gold source overlaps (FP) and
// the gold sources nothing found overlaps (FN), with their gold cues and
// sentences.
func logMisses(t *testing.T, res *Result, article string, found, gold []span, foundCue, cueOf map[span]string, conv func(int) int) {
	back := map[int]int{} // character offset -> byte offset
	for b := 0; b <= len(res.Doc.Text); b++ {
		if _, ok := back[conv(b)]; !ok {
			back[conv(b)] = b
		}
	}
	show := func(kind string, sp span, cue string) {
		b0, b1 := back[sp.start], back[sp.end]
		t.Logf("%s %s [%s] cue {%s} in: %s", kind, article, res.Doc.Text[b0:b1], cue, oneLine(sentenceAt(res, b0)))
	}
	for _, f := range found {
		if !overlapsAny(f, gold) {
			show("FP", f, foundCue[f])
		} else {
			t.Logf("TP cue {%s}", foundCue[f])
		}
	}
	for _, g := range gold {
		if !overlapsAny(g, found) {
			show("FN", g, cueOf[g])
		}
	}
	for _, f := range found {
		for _, g := range gold {
			if f != g && f.start < g.end && g.start < f.end {
				t.Logf("PARTIAL %s found [%s] gold [%s]", article, res.Doc.Text[back[f.start]:back[f.end]], res.Doc.Text[back[g.start]:back[g.end]])
				break
			}
		}
	}
}

// logPartials logs the found spans that overlap a gold span without
// matching it exactly.
func logPartials(t *testing.T, res *Result, article, kind string, found, gold []span, conv func(int) int) {
	back := map[int]int{}
	for b := 0; b <= len(res.Doc.Text); b++ {
		if _, ok := back[conv(b)]; !ok {
			back[conv(b)] = b
		}
	}
	for _, f := range found {
		for _, g := range gold {
			if f != g && f.start < g.end && g.start < f.end {
				t.Logf("%s PARTIAL %s found [%s] gold [%s]", kind, article, res.Doc.Text[back[f.start]:back[f.end]], res.Doc.Text[back[g.start]:back[g.end]])
				break
			}
		}
	}
}

func orEmpty(s *string) *string {
	if s == nil {
		e := ""
		return &e
	}
	return s
}

// runeOffsets returns a function from byte offsets in s to character offsets.
func runeOffsets(s string) func(int) int {
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
