package index

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/ingest"
	"github.com/claimdiff/claimdiff/claims/rules"
	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/compare/check"
	"github.com/claimdiff/claimdiff/compare/stories"
	"github.com/claimdiff/claimdiff/internal/rulestest"
)

var (
	digitsRE = regexp.MustCompile(`\d+`)
	capRE    = regexp.MustCompile(`\b[A-Z][a-z]{3,}\b`)
)

// synthetic replicates the development corpus (BASIL and GVA) into n
// articles: replica k shifts dates by 10k days, perturbs every number, and
// renames every capitalised word consistently, so each replica's stories
// stay together and differ from the other replicas'.
func synthetic(t testing.TB, n int) []*ingest.Document {
	var base []*ingest.Document
	for _, pat := range []string{"basil/*/*.txt", "gva/*/*.txt"} {
		files, _ := filepath.Glob(filepath.Join("../../../shared/corpus", pat))
		sort.Strings(files)
		for _, f := range files {
			res, err := ingest.Read(context.Background(), []string{f}, ingest.Options{Published: time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC)})
			if err == nil {
				base = append(base, res.Documents...)
			}
		}
	}
	if len(base) == 0 {
		t.Skip("corpus not present at ../shared/corpus")
	}
	syll := []string{"ka", "lo", "mi", "zu", "re", "ta", "no", "vi", "se", "du"}
	var out []*ingest.Document
	for k := 0; len(out) < n; k++ {
		tag := syll[k%10] + syll[k/10%10] + syll[k/100%10]
		for _, b := range base {
			if len(out) == n {
				break
			}
			text := digitsRE.ReplaceAllStringFunc(b.Text, func(s string) string {
				v, _ := strconv.Atoi(s)
				return strconv.Itoa(v + k%7)
			})
			text = capRE.ReplaceAllStringFunc(text, func(s string) string { return strings.ToUpper(tag[:1]) + tag[1:] + strings.ToLower(s) })
			d := *b
			d.ID = fmt.Sprintf("r%04d/%s", k, b.ID)
			d.Path = d.ID
			d.Text = text
			d.Title = strings.SplitN(text, "\n", 2)[0]
			d.Published = b.Published.AddDate(0, 0, 10*k)
			out = append(out, &d)
		}
	}
	return out
}

// peakRSSMiB is the process's peak resident set size in MiB (0 where
// /proc does not say).
func peakRSSMiB() float64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, _ := strconv.Atoi(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")))
			return float64(kb) / 1024
		}
	}
	return 0
}

// BenchmarkScaleArchive measures an archive's life on a synthetic archive
// of CLAIMDIFF_SCALE articles (1,000 unless set; e.g. 100000): the first
// index (extraction included), an index that finds nothing changed,
// regrouping the stories, and the check of one new article (a perturbed
// copy of an archived one) against the index, each reported as a metric.
// CLAIMDIFF_SCALE_DB=postgres://... measures PostgreSQL; give it an empty
// database and -benchtime 1x.
func BenchmarkScaleArchive(b *testing.B) {
	n := 1000
	if s := os.Getenv("CLAIMDIFF_SCALE"); s != "" {
		var err error
		if n, err = strconv.Atoi(s); err != nil || n <= 0 {
			b.Fatalf("CLAIMDIFF_SCALE=%q: want a number of articles", s)
		}
	}
	ctx := b.Context()
	r := rulestest.Default(b)
	docs := synthetic(b, n)
	fresh := *docs[len(docs)/2]
	fresh.ID, fresh.Path = "new.txt", "new.txt"
	fresh.Text = digitsRE.ReplaceAllStringFunc(fresh.Text, func(s string) string {
		v, _ := strconv.Atoi(s)
		return strconv.Itoa(v + 3)
	})
	var first, again, regroup, checkOne time.Duration
	var groups, related, findings, runs int
	for b.Loop() {
		runs++
		dsn := os.Getenv("CLAIMDIFF_SCALE_DB")
		if dsn == "" {
			dsn = filepath.Join(b.TempDir(), "scale.db")
		}
		st, err := Open(ctx, dsn)
		if err != nil {
			b.Fatal(err)
		}
		s, err := Index(ctx, st, r, feedOf(docs...), Options{})
		if err != nil {
			b.Fatal(err)
		}
		first += s.Took
		if s, err = Index(ctx, st, r, feedOf(docs...), Options{}); err != nil {
			b.Fatal(err)
		}
		again += s.Took
		start := time.Now()
		if groups, err = Regroup(ctx, st, stories.DefaultOptions()); err != nil {
			b.Fatal(err)
		}
		regroup += time.Since(start)
		start = time.Now()
		related, findings = checkAgainst(b, st, &fresh, r)
		checkOne += time.Since(start)
		st.Close()
	}
	if related == 0 || findings == 0 {
		b.Errorf("the perturbed copy of an archived article found %d related articles and %d findings, want some of each", related, findings)
	}
	k := float64(runs)
	b.ReportMetric(float64(n)*k/first.Seconds(), "indexed/s")
	b.ReportMetric(float64(n)*k/again.Seconds(), "unchanged/s")
	b.ReportMetric(regroup.Seconds()*1000/k, "regroup-ms")
	b.ReportMetric(checkOne.Seconds()*1000/k, "check-ms")
	b.ReportMetric(float64(groups), "stories")
	b.ReportMetric(float64(related), "related")
	b.ReportMetric(peakRSSMiB(), "peak-RSS-MiB")
}

// checkAgainst checks a new article against the archived documents related
// to it, as check --db does, and returns how many were related and how
// many findings the check gave.
func checkAgainst(b *testing.B, st Store, doc *ingest.Document, r *rules.Rules) (related, findings int) {
	ctx := b.Context()
	newRes := []*claims.Result{claims.Extract(doc, r)}
	docs, err := Related(ctx, st, newRes[0], r)
	if err != nil {
		b.Fatal(err)
	}
	baseRes, err := claims.ExtractAll(ctx, docs, r, nil)
	if err != nil {
		b.Fatal(err)
	}
	res, err := check.Check(ctx, newRes, baseRes, r, check.Options{FailOn: map[compare.Type]bool{compare.Conflict: true}})
	if err != nil {
		b.Fatal(err)
	}
	return len(docs), len(res.Findings)
}
