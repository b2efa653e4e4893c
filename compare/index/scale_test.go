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

func peakRSS() string {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return "?"
	}
	for _, line := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(line, "VmHWM:") {
			return strings.TrimSpace(strings.TrimPrefix(line, "VmHWM:"))
		}
	}
	return "?"
}

// TestScaleArchive measures index, check --db and stories on a synthetic
// archive of CLAIMDIFF_SCALE articles (e.g. 100000); it is skipped unless
// that is set. Use CLAIMDIFF_SCALE_DB=postgres://... for PostgreSQL.
func TestScaleArchive(t *testing.T) {
	n, _ := strconv.Atoi(os.Getenv("CLAIMDIFF_SCALE"))
	if n == 0 {
		t.Skip("set CLAIMDIFF_SCALE=100000 to measure")
	}
	ctx := context.Background()
	r, _ := rules.Default()
	start := time.Now()
	docs := synthetic(t, n)
	t.Logf("generated %d articles in %v", len(docs), time.Since(start).Round(time.Millisecond))
	dsn := os.Getenv("CLAIMDIFF_SCALE_DB")
	if dsn == "" {
		dsn = filepath.Join(t.TempDir(), "scale.db")
	}
	st, err := Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	s, err := Index(ctx, st, r, feedOf(docs...), Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("first index: %d new in %v (%.0f articles/s, extraction included); %d stories", s.New, s.Took.Round(time.Millisecond), float64(s.New)/s.Took.Seconds(), s.Stories)
	s, err = Index(ctx, st, r, feedOf(docs...), Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("incremental index, nothing changed: %d unchanged in %v (%.0f articles/s)", s.Unchanged, s.Took.Round(time.Millisecond), float64(s.Unchanged)/s.Took.Seconds())
	start = time.Now()
	k, err := Regroup(ctx, st, stories.DefaultOptions)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("stories over %d articles: %d stories in %v", len(docs), k, time.Since(start).Round(time.Millisecond))
	// check a new article: a perturbed copy of an archived one
	fresh := *docs[len(docs)/2]
	fresh.ID, fresh.Path = "new.txt", "new.txt"
	fresh.Text = digitsRE.ReplaceAllStringFunc(fresh.Text, func(s string) string {
		v, _ := strconv.Atoi(s)
		return strconv.Itoa(v + 3)
	})
	start = time.Now()
	newRes := []*claims.Result{claims.Extract(&fresh, r)}
	related, err := Related(ctx, st, newRes[0], r)
	if err != nil {
		t.Fatal(err)
	}
	baseRes, _ := claims.ExtractAll(ctx, related, r, nil)
	res, err := check.Check(ctx, newRes, baseRes, r, check.Options{FailOn: map[compare.Type]bool{compare.Conflict: true}})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("check of one new article against the %d-article index: %d related, %d findings in %v", len(docs), len(related), len(res.Findings), time.Since(start).Round(time.Millisecond))
	t.Logf("peak RSS %s", peakRSS())
}
