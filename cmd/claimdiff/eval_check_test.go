package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestEvalCheckArchive checks each event article of ../shared/corpus
// against an archive: the other 521 articles of the corpus (the other
// events, BASIL and GVA). Its findings should be those of a check against
// its own event's articles alone (--all-baseline there): each new article
// compared with its story's mates only, never another story's figures.
// The same check with --all-baseline against the archive, as every check
// was before, is logged beside it. Run with -v. It runs 72 checks against
// hundreds of articles, so it skips under -race (.ci/run runs it after).
func TestEvalCheckArchive(t *testing.T) {
	if raceEnabled {
		t.Skip("skipped under -race: run it without (.ci/run does)")
	}
	const corpus = "../../../shared/corpus"
	var all []string
	for _, g := range []string{"events", "basil", "gva"} {
		m, _ := filepath.Glob(filepath.Join(corpus, g, "*", "*.txt"))
		all = append(all, m...)
	}
	events, _ := filepath.Glob(filepath.Join(corpus, "events", "*", "*.txt"))
	if len(events) == 0 {
		t.Skip("corpus not present at ../shared/corpus")
	}
	t.Setenv("CLAIMDIFF_CACHE_DIR", t.TempDir())
	type key struct {
		typ, kind string
		start     int
	}
	check := func(flags []string, base []string, new string) (map[key]bool, int) {
		t.Helper()
		args := append([]string{"claimdiff", "check", "--format", "json", "--fail-on", "none"}, flags...)
		for _, b := range base {
			args = append(args, "--baseline", b)
		}
		var out, errs bytes.Buffer
		if code := run(append(args, new), nil, &out, &errs); code != 0 {
			t.Fatalf("check %s: exit %d: %s", new, code, errs.String())
		}
		var res struct {
			Findings []struct {
				Type, Kind string
				Claims     []struct{ Span struct{ Start int } }
			}
			Baseline struct{ Compared map[string]int }
		}
		if err := json.Unmarshal(out.Bytes(), &res); err != nil {
			t.Fatal(err)
		}
		got := map[key]bool{}
		for _, f := range res.Findings {
			got[key{f.Type, f.Kind, f.Claims[0].Span.Start}] = true
		}
		compared := 0
		for _, n := range res.Baseline.Compared {
			compared += n
		}
		return got, compared
	}
	var ref, kept, extra, keptAll, extraAll, compared int
	for _, new := range events {
		dir := filepath.Dir(new)
		var own, others []string
		for _, f := range all {
			switch {
			case f == new:
			case filepath.Dir(f) == dir:
				own = append(own, f)
				others = append(others, f)
			default:
				others = append(others, f)
			}
		}
		want, _ := check([]string{"--all-baseline"}, own, new)
		got, n := check(nil, others, new)
		wide, _ := check([]string{"--all-baseline"}, others, new)
		compared += n
		ref += len(want)
		var more []string
		for k := range got {
			if want[k] {
				kept++
			} else {
				extra++
				more = append(more, fmt.Sprint(k))
			}
		}
		for k := range wide {
			if want[k] {
				keptAll++
			} else {
				extraAll++
			}
		}
		if len(more) > 0 {
			slices.Sort(more)
			t.Logf("%s: %s", strings.TrimPrefix(new, corpus+"/"), strings.Join(more, ", "))
		}
	}
	t.Logf("%d event articles, each against the other %d corpus articles: %d of the %d findings of a check against its own event, %d more (compared with %d baseline articles in all); with --all-baseline: %d of them, %d more",
		len(events), len(all)-1, kept, ref, extra, compared, keptAll, extraAll)
	if float64(kept) < 0.95*float64(ref) || float64(extra) > 0.05*float64(ref) {
		t.Errorf("%d of %d found, %d more: want at least 95%% found and at most 5%% more", kept, ref, extra)
	}
}
