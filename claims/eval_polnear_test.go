package claims

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/claims/cuemodel"
	"github.com/claimdiff/claimdiff/claims/rules"
	"github.com/claimdiff/claimdiff/internal/annotated"
	"github.com/claimdiff/claimdiff/internal/rulestest"
)

// hasNumberOrQuote reports text holding a digit or a quotation mark: the
// attributions claimdiff needs most (figures and quotes).
func hasNumberOrQuote(s string) bool {
	return strings.ContainsAny(s, "0123456789\"“”")
}

type span = annotated.Span

// spanScore counts overlap and exact matches between found and gold spans,
// each gold span matched at most once. An overlap is lenient: a found span
// that runs from the sentence's subject through the statement it put out
// to the gold "GOP contender Donald Trump" overlaps that gold span and
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
			if !usedO[gi] && f.Start < g.End && g.Start < f.End {
				usedO[gi] = true
				s.overlapTP++
				break
			}
		}
		for gi, g := range gold {
			if inside := min(f.End, g.End) - max(f.Start, g.Start); !usedM[gi] && inside > 0 && 2*inside >= f.End-f.Start {
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
	t.Logf("%-30s overlap P %.3f R %.3f F1 %.4f | mostly inside F1 %.3f | exact P %.3f R %.3f F1 %.3f  (%d overlapping of %d found, %d gold)",
		name, po, ro, f1(po, ro), f1(pm, rm), pe, re, f1(pe, re), s.overlapTP, s.found, s.gold)
}

// polnearGold is an article's gold sources and cues (character offsets),
// over all attributions and over those whose content holds a number or a
// quote mark, and the gold cue of each gold source.
type polnearGold struct {
	src, cue, subSrc, subCue []span
	cueOf                    map[span]string
}

func readPolnearGold(rows []annotated.Row) polnearGold {
	g := polnearGold{cueOf: map[span]string{}}
	for _, row := range rows {
		sub := hasNumberOrQuote(row.Content)
		if s, ok := annotated.ParseOffsets(row.SourceOffsets); ok {
			g.src = append(g.src, s)
			if row.Cue != nil {
				g.cueOf[s] = *row.Cue
			}
			if sub {
				g.subSrc = append(g.subSrc, s)
			}
		}
		if c, ok := annotated.ParseOffsets(row.CueOffsets); ok {
			g.cue = append(g.cue, c)
			if sub {
				g.subCue = append(g.subCue, c)
			}
		}
	}
	return g
}

// polnearScores are the four scores the evaluation reports.
type polnearScores struct{ src, cue, ssrc, scue spanScore }

// cvFolds is the number of cross-validation folds the cue model is
// scored with.
const cvFolds = 5

// TestEvalPolNeAR scores speaker (source) and cue detection against the
// PolNeAR training split's human annotations, with overlap and exact span
// matching. Offsets there count characters, ours bytes: they are converted.
// Run with -v to see the figures.
//
// The trained cue model is scored honestly: the articles are split in
// cvFolds folds by a hash of their names, and each fold is extracted
// with a model trained on the other folds only. That cross-validated
// figure is the headline and the one the floors hold; the rules alone
// are reported beside it. CLAIMDIFF_EVAL_SWEEP=1 also reports the
// cross-validated figures at other model thresholds.
func TestEvalPolNeAR(t *testing.T) {
	dir := filepath.Join(corpusDir, "polnear-train")
	if _, err := os.Stat(filepath.Join(dir, "attributions.jsonl")); err != nil {
		t.Skip("corpus not present at ../shared/corpus/polnear-train")
	}
	arts, err := annotated.Read(context.Background(), dir)
	if err != nil {
		t.Fatal(err)
	}
	r := rulestest.Default(t)
	verbose := os.Getenv("CLAIMDIFF_EVAL_VERBOSE") != ""
	rulesOnly := scorePolNeAR(t, arts, extractFolds(arts, r, func(int) *cuemodel.Model { return &cuemodel.Model{} }, 0, 0), false)
	rulesOnly.report(t, "rules only: ")
	// each article's training examples, computed once for all the folds
	exs := make([][]cuemodel.Example, len(arts))
	for i := range arts {
		exs[i] = annotated.Examples(arts[i:i+1], r.Attribution)
	}
	models := make([]*cuemodel.Model, cvFolds)
	for k := range models {
		var train []cuemodel.Example
		for i, a := range arts {
			if annotated.Fold(a.Name, cvFolds) != k {
				train = append(train, exs[i]...)
			}
		}
		models[k] = cuemodel.Train(train, cuemodel.DefaultTrainOptions)
	}
	foldModel := func(k int) *cuemodel.Model { return models[k] }
	if os.Getenv("CLAIMDIFF_EVAL_SWEEP") != "" {
		for _, th := range []float64{0.55, 0.6, 0.65, 0.7, 0.75} {
			for _, st := range []float64{0.3, 0.4} {
				sc := scorePolNeAR(t, arts, extractFolds(arts, r, foldModel, th, st), false)
				sc.report(t, fmt.Sprintf("cross-validated at %.2f, stances %.1f: ", th, st))
			}
		}
	}
	cv := scorePolNeAR(t, arts, extractFolds(arts, r, foldModel, 0, 0), verbose)
	cv.report(t, fmt.Sprintf("cue model, %d-fold cross-validated: ", cvFolds))
	cv.checkFloors(t)
}

// checkFloors fails t when the cross-validated scores fall under the
// regression floors.
func (sc polnearScores) checkFloors(t *testing.T) {
	src, cue, ssrc := sc.src, sc.cue, sc.ssrc
	// Regression floors, under the cross-validated figures measured when
	// they were set.
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
	// Recall raised with the cue model, cross-validated: source P 0.819
	// R 0.641, cue P 0.843 R 0.611 (the rules alone: R 0.636 and 0.602
	// at P 0.818 and 0.836).
	// Raised with group parts as speakers ("with 30 percent of voters
	// saying", "52 percent of registered voters say"), coordinated cues'
	// subjects read past titles, opening phrases, quoted terms and asides,
	// and no inverted speaker before a clause: source P 0.821 R 0.644,
	// exact F1 0.624.
	// Precision raised with cues nested in another's content left out
	// (the guidelines annotate only the outermost), naming verbs ("a
	// website called "...""), opening participles and passive agents
	// mended: source P 0.836 R 0.646, cue P 0.856, exact F1 0.631 and
	// 0.620.
	// Cue recall raised with the listed speech verbs whose speaker is
	// not read kept as cues of someone unknown, where the cue model reads
	// them as cues ("But hacking specialists say"), not passives of "it",
	// and stance cues above a higher threshold, not inside a statement:
	// cue P 0.844 R 0.650 F1 0.734 (from P 0.856 R 0.613 F1 0.715), exact
	// P 0.721.
	// Raised with common newsroom subjects read (bracketed asides and
	// party tags, groups not named, "another said", participles after a
	// quotation's comma, coordinated cues past a quoted object) and
	// passive speech cues kept as cues of someone unknown ("Asked
	// whether", "is expected to"): source P 0.840 R 0.654 F1 0.735, cue
	// P 0.845 R 0.655 F1 0.738, exact F1 0.640 and 0.630.
	// Cue recall lowered by what a precision mend cost: passives that
	// report nothing ("is accused of", "was declared brain-dead", "is
	// expected to") and stances inside a statement no longer cues of
	// someone unknown: cue P 0.847 R 0.647 F1 0.733; sources unchanged.
	// Groups not named read only with a listed role or group at their
	// head, quotes that close on no punctuation no statement a cue after
	// them reports: source P 0.840 R 0.654, cue P 0.847 R 0.646.
	// Precision raised with writer cues ("appears to", "seemed to") left
	// without a speaker, "continued" a speech cue only where the model
	// reads it so, cues after a shared-subject verb ("went on to say")
	// given its subject and nested cues found past a time or an
	// addressee: source P 0.847 R 0.654 F1 0.738, exact F1 0.643, cue P
	// 0.848 R 0.646 F1 0.734.
	// Recall raised with the cue model's second set of weights, fitted to
	// the stems it knows with their own features, and plain noun phrases
	// read as subjects where no list names them; precision with passives,
	// namings and words right after a cue left to the lists: source P
	// 0.849 R 0.663 F1 0.745, cue P 0.849 R 0.653 F1 0.738, exact F1
	// 0.651 and 0.633.
	// Recall raised at precision lowered to the rules' own, the known
	// stems' threshold (knownThreshold) chosen apart from the one that
	// confirms act cues, and the cues it takes under modelThreshold no
	// speakers pronouns refer to (no claim changed over the corpus):
	// source P 0.840 R 0.674 F1 0.748, cue P 0.842 R 0.663 F1 0.742.
	// Then cues of someone unnamed ("is expected to", "reportedly"),
	// writer cues above their own threshold, with-phrases, anonymous
	// sources named by why they know, transcript turns and the reviews'
	// mends: source P 0.838 R 0.677 F1 0.749, cue P 0.838 R 0.673 F1
	// 0.747, exact F1 0.656 and 0.637; the cue's exact precision, 0.715,
	// floored at 0.71 (the writer and unnamed cues' spans run over the
	// form of "be" or the adverb the gold leaves out).
	// Then figures "in" a poll sourced by it (attribution.in-documents),
	// headline colons before words that do not speak whose name speaks in
	// the body, "Asked" past a time or place ("Asked on Fox News who"),
	// and findings someone reports in a "that" clause ("the researchers
	// found that"): source P 0.837 R 0.681 F1 0.7511, cue P 0.837 R
	// 0.677 F1 0.7484. Cue precision is floored at 0.836, under the 0.838
	// before: the gold marks these shapes in some sentences and not in
	// others alike ("Trump has a decisive lead in the polls" is gold,
	// "Trump has a slight lead in the polls over Cruz" is not), and the
	// new finds read by hand were right where the gold has none.
	// Then a poll share's stance kept past the model, a participle ending
	// a share ("students polled"), two names before a colon, documents
	// before their verbs and after their modifiers no cues ("The IG report
	// cited", "a false robbery report"), a number before a finite cue and
	// a clause its subject, a relative clause's object no speaker
	// ("Voters who backed Ruiz said"): source P 0.839 R 0.683 F1 0.7528,
	// cue P 0.839 R 0.678 F1 0.7501 (13,454 overlapping of 16,039 found,
	// 19,833 gold).
	if ratio(src.overlapTP, src.found) < 0.837 || ratio(cue.overlapTP, cue.found) < 0.837 || ratio(cue.overlapTP, cue.gold) < 0.677 ||
		ratio(src.overlapTP, src.gold) < 0.681 || ratio(ssrc.overlapTP, ssrc.gold) < 0.855 || ratio(ssrc.exactTP, ssrc.found) < 0.74 ||
		ratio(cue.exactTP, cue.found) < 0.71 || src.exactF1() < 0.648 || cue.exactF1() < 0.628 || src.mostlyF1() < 0.72 {
		t.Errorf("attribution precision or recall fell below the floor")
	}
}

func (sc polnearScores) report(t *testing.T, prefix string) {
	sc.src.report(t, prefix+"source")
	sc.cue.report(t, prefix+"cue")
	sc.ssrc.report(t, prefix+"source, number/quote content")
	sc.scue.report(t, prefix+"cue, number/quote content")
}

// extractFolds extracts every article, each with the cue model of its
// fold and the given threshold (0 for modelThreshold).
func extractFolds(arts []annotated.Article, r *rules.Rules, model func(fold int) *cuemodel.Model, threshold, stance float64) []*Result {
	ex := make([]*Extractor, cvFolds)
	out := make([]*Result, len(arts))
	for i, a := range arts {
		k := annotated.Fold(a.Name, cvFolds)
		if ex[k] == nil {
			ex[k] = NewExtractor(r)
			ex[k].attrBuf.cueModel, ex[k].attrBuf.cueThreshold, ex[k].attrBuf.stanceThresh = model(k), threshold, stance
		}
		out[i] = ex[k].Extract(a.Doc)
	}
	return out
}

// scorePolNeAR scores the attributions found in each article against its
// gold; verbose logs the misses.
func scorePolNeAR(t *testing.T, arts []annotated.Article, results []*Result, verbose bool) polnearScores {
	var sc polnearScores
	for i, res := range results {
		conv := annotated.RuneOffsets(res.Doc.Text)
		a := arts[i].Name
		g := readPolnearGold(arts[i].Rows)
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
				sp := span{Start: conv(at.Span.Start), End: conv(at.Span.End)}
				fs = append(fs, sp)
				foundCue[sp] = at.Cue
				if overlapsAny(sp, g.subSrc) || sentSub && !overlapsAny(sp, g.src) {
					sfs = append(sfs, sp)
				}
			}
			if at.CueSpan != nil {
				sp := span{Start: conv(at.CueSpan.Start), End: conv(at.CueSpan.End)}
				fc = append(fc, sp)
				if overlapsAny(sp, g.subCue) || sentSub && !overlapsAny(sp, g.cue) {
					sfc = append(sfc, sp)
				}
			}
		}
		if verbose {
			logUnknown(t, res, a, arts[i].Rows, conv)
			logMisses(t, res, a, fs, g.src, foundCue, g.cueOf, conv)
			logPartials(t, res, a, "CUE", fc, g.cue, conv)
			logCueMisses(t, res, a, fc, g.cue, conv)
		}
		sc.src.add(fs, g.src)
		sc.cue.add(fc, g.cue)
		sc.ssrc.add(sfs, g.subSrc)
		sc.scue.add(sfc, g.subCue)
	}
	return sc
}

func overlapsAny(f span, gold []span) bool {
	for _, g := range gold {
		if f.Start < g.End && g.Start < f.End {
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
		b0, b1 := back[sp.Start], back[sp.End]
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
			if f != g && f.Start < g.End && g.Start < f.End {
				t.Logf("PARTIAL %s found [%s] gold [%s]", article, res.Doc.Text[back[f.Start]:back[f.End]], res.Doc.Text[back[g.Start]:back[g.End]])
				break
			}
		}
	}
}

// logUnknown logs the cues found without a speaker (an unknown speaker),
// with the gold source of the gold cue they overlap, if any.
func logUnknown(t *testing.T, res *Result, article string, rows []annotated.Row, conv func(int) int) {
	for _, at := range res.Attributions {
		if at.Span != nil || at.CueSpan == nil {
			continue
		}
		c := span{Start: conv(at.CueSpan.Start), End: conv(at.CueSpan.End)}
		gold := "-"
		for _, row := range rows {
			gc, ok := annotated.ParseOffsets(row.CueOffsets)
			if !ok || !(c.Start < gc.End && gc.Start < c.End) {
				continue
			}
			gold = "none"
			if gs, ok := annotated.ParseOffsets(row.SourceOffsets); ok {
				gold = string([]rune(res.Doc.Text)[gs.Start:gs.End])
			}
			break
		}
		t.Logf("UNK %s {%s} gold [%s] in: %s", article, at.Cue, gold, oneLine(sentenceAt(res, at.CueSpan.Start)))
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
			if f != g && f.Start < g.End && g.Start < f.End {
				t.Logf("%s PARTIAL %s found [%s] gold [%s]", kind, article, res.Doc.Text[back[f.Start]:back[f.End]], res.Doc.Text[back[g.Start]:back[g.End]])
				break
			}
		}
	}
}

// logCueMisses logs the gold cues no found cue overlaps, with their
// sentences.
func logCueMisses(t *testing.T, res *Result, article string, found, gold []span, conv func(int) int) {
	back := map[int]int{}
	for b := 0; b <= len(res.Doc.Text); b++ {
		if _, ok := back[conv(b)]; !ok {
			back[conv(b)] = b
		}
	}
	for _, g := range gold {
		if !overlapsAny(g, found) {
			b0, b1 := back[g.Start], back[g.End]
			t.Logf("CUEFN %s {%s} in: %s", article, res.Doc.Text[b0:b1], oneLine(sentenceAt(res, b0)))
		}
	}
	for _, f := range found {
		if !overlapsAny(f, gold) {
			b0, b1 := back[f.Start], back[f.End]
			t.Logf("CUEFP %s {%s} in: %s", article, res.Doc.Text[b0:b1], oneLine(sentenceAt(res, b0)))
		}
	}
}
