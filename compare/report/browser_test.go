package report

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/ingest"
	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/internal/rulestest"
)

// findBrowser returns a Chromium to drive, or skips the test.
func findBrowser(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("CLAIMDIFF_CHROME"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Skip("no Chromium found (install Debian's chromium package, or set CLAIMDIFF_CHROME); .ci/run installs it")
	return ""
}

// page is a report opened in headless Chromium, with what it logged.
type browserPage struct {
	ctx      context.Context
	mu       sync.Mutex
	errors   []string
	requests []string
	dialogs  []string
}

func openPage(t *testing.T, html []byte) (*browserPage, time.Duration) {
	return openPageAt(t, html, 1400)
}

// openPageAt opens the page in a window width pixels wide. A screenshot of
// the whole page is saved in $CLAIMDIFF_SCREENSHOTS (else a temporary
// directory) as TEST-WIDTH.png, for a person to look at.
func openPageAt(t *testing.T, html []byte, width int) (*browserPage, time.Duration) {
	t.Helper()
	exe := findBrowser(t)
	dir := t.TempDir()
	file := filepath.Join(dir, "report.html")
	if err := os.WriteFile(file, html, 0o644); err != nil {
		t.Fatal(err)
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(exe), chromedp.NoSandbox, chromedp.DisableGPU, chromedp.UserDataDir(filepath.Join(dir, "profile")),
		chromedp.Flag("disable-quic", true), chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true), chromedp.Flag("disable-sync", true),
		chromedp.WindowSize(width, 900))
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(actx)
	t.Cleanup(func() { cancel(); cancelA() })
	// the first call starts the browser; it must not carry a timeout
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("starting %s: %v", exe, err)
	}
	p := &browserPage{ctx: ctx}
	pageURL := "file://" + file
	err := chromedp.Listen(ctx, func(ev any) {
		p.mu.Lock()
		defer p.mu.Unlock()
		switch e := ev.(type) {
		case *runtime.EventExceptionThrown:
			p.errors = append(p.errors, fmt.Sprintf("exception: %s (%d:%d)", e.ExceptionDetails.Text, e.ExceptionDetails.LineNumber, e.ExceptionDetails.ColumnNumber))
		case *runtime.EventConsoleAPICalled:
			if e.Type == runtime.ConsoleAPICalledTypeError {
				p.errors = append(p.errors, fmt.Sprintf("console.error %v", e.Args))
			}
		case *network.EventRequestWillBeSent:
			if e.Request.URL != pageURL && !strings.HasPrefix(e.Request.URL, "data:") {
				p.requests = append(p.requests, e.Request.URL)
			}
		case *page.EventJavascriptDialogOpening:
			p.dialogs = append(p.dialogs, e.Message)
			go chromedp.Call(ctx, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{Accept: false})
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(ctx, network.Enable, network.EnableParams{}); err != nil {
		t.Fatal(err)
	}
	tctx, cancelT := context.WithTimeout(ctx, 30*time.Second)
	defer cancelT()
	start := time.Now()
	if err := chromedp.Do(tctx, chromedp.Navigate(pageURL)); err != nil {
		t.Fatalf("navigate: %v", err)
	}
	if _, err := chromedp.Run(tctx, chromedp.Poll[bool](`document.getElementById("filters") && !document.getElementById("filters").hidden`,
		chromedp.WithPollingTimeout(20*time.Second))); err != nil {
		t.Fatalf("page did not become interactive: %v", err)
	}
	elapsed := time.Since(start)
	dirShots := os.Getenv("CLAIMDIFF_SCREENSHOTS")
	if dirShots == "" {
		dirShots = t.TempDir()
	}
	shot := filepath.Join(dirShots, fmt.Sprintf("%s-%d.png", strings.ReplaceAll(t.Name(), "/", "_"), width))
	if buf, err := chromedp.Run(tctx, chromedp.FullScreenshot(100)); err == nil {
		os.WriteFile(shot, buf, 0o644)
		t.Logf("screenshot: %s", shot)
	}
	return p, elapsed
}

// eval runs a script in the page and returns its value.
func eval[T any](t *testing.T, p *browserPage, js string) T {
	t.Helper()
	ctx, cancel := context.WithTimeout(p.ctx, 20*time.Second)
	defer cancel()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](js))
	if err != nil {
		t.Fatalf("%s: %v", js, err)
	}
	return v
}

// click clicks the first element matching a CSS selector.
func (p *browserPage) click(t *testing.T, sel string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(p.ctx, 20*time.Second)
	defer cancel()
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(sel), chromedp.NodeVisible)); err != nil {
		t.Fatalf("click %s: %v", sel, err)
	}
}

func (p *browserPage) clean(t *testing.T) {
	t.Helper()
	p.mu.Lock()
	defer p.mu.Unlock()
	if len(p.errors) > 0 {
		t.Errorf("console errors: %v", p.errors)
	}
	if len(p.requests) > 0 {
		t.Errorf("network requests: %v", p.requests)
	}
	if len(p.dialogs) > 0 {
		t.Errorf("script dialogs opened (article script ran): %v", p.dialogs)
	}
}

// reportFor extracts and compares documents and renders the HTML page.
func reportFor(t testing.TB, docs []*ingest.Document) (*compare.Report, []byte) {
	r := rulestest.Default(t)
	results, err := claims.ExtractAll(context.Background(), docs, r, nil)
	if err != nil {
		t.Fatal(err)
	}
	rep, err := compare.Compare(context.Background(), results, r, compare.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var arts []Article
	for _, res := range results {
		arts = append(arts, Article{ID: res.Doc.ID, Text: res.Doc.Text})
	}
	var buf bytes.Buffer
	if err := WriteHTML(&buf, rep, arts); err != nil {
		t.Fatal(err)
	}
	return rep, buf.Bytes()
}

func readDir(t testing.TB, dir string) []*ingest.Document {
	res, err := ingest.Read(context.Background(), []string{dir}, ingest.Options{Published: time.Date(2020, 1, 3, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	return res.Documents
}

// distinctClaims counts the claim spans the report highlights.
func distinctClaims(rep *compare.Report) int {
	seen := map[string]bool{}
	for _, f := range rep.Findings {
		for _, c := range f.Claims {
			seen[fmt.Sprintf("%s\x00%d\x00%d", c.Doc, c.Span.Start, c.Span.End)] = true
		}
	}
	return len(seen)
}

func TestBrowserReport(t *testing.T) {
	for _, dir := range []string{"../../testdata/seeds", "../../testdata/compare"} {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			rep, html := reportFor(t, readDir(t, dir))
			p, elapsed := openPage(t, html)
			t.Logf("interactive after %v", elapsed)
			n := eval[int](t, p, `document.querySelectorAll("mark[data-findings]").length`)
			if want := distinctClaims(rep); n != want {
				t.Errorf("%d highlighted claims, the JSON report has %d", n, want)
			}
			// every chart has one mark per outlet value
			for _, f := range rep.Findings {
				if !chartable(f) {
					continue
				}
				marks := eval[int](t, p, fmt.Sprintf(`document.querySelectorAll("#f-%s svg.chart circle.mark").length`, f.ID))
				if want := len(chartPoints(f)); marks != want {
					t.Errorf("chart of %s has %d marks, want %d", f.ID, marks, want)
				}
			}
			// selecting a finding scrolls each column to its claims
			typ := "conflict"
			if rep.Summary[compare.Conflict] == 0 {
				typ = "attribution-gap"
			}
			p.click(t, `.finding[data-type="`+typ+`"]`)
			visible := eval[bool](t, p, `(function () {
				var f = document.querySelector(".finding.active");
				if (!f) { return false; }
				var ms = Array.prototype.filter.call(document.querySelectorAll("mark.active"), function (m) { return true; });
				if (ms.length < 2) { return false; }
				var cols = {};
				return ms.every(function (m) {
					var col = m.closest(".article");
					var a = col.getBoundingClientRect(), b = m.getBoundingClientRect();
					if (cols[col.dataset.doc]) { return true; }
					cols[col.dataset.doc] = true;
					return b.top >= a.top && b.bottom <= a.bottom + 1;
				}) && Object.keys(cols).length >= 2;
			})()`)
			if !visible {
				t.Errorf("selecting a %s did not bring its claims into view in each column", typ)
			}
			// selecting a claim shows its finding
			p.click(t, `mark[data-findings]`)
			shown := eval[bool](t, p, `(function () { var f = document.querySelector(".finding.active"); var m = document.querySelector("mark[data-findings]");
				return !!f && m.dataset.findings.split(" ").indexOf(f.dataset.id) >= 0; })()`)
			if !shown {
				t.Error("selecting a claim did not select its finding")
			}
			// filters hide findings by type
			p.click(t, `input[name=type][value="only-in"]`)
			hidden := eval[int](t, p, `document.querySelectorAll(".finding.hidden").length`)
			if hidden != rep.Summary[compare.OnlyIn] {
				t.Errorf("unchecking only-in hid %d findings, want %d", hidden, rep.Summary[compare.OnlyIn])
			}
			p.clean(t)
		})
	}
}

// TestBrowserHostileArticle checks that markup in an article is shown as
// text and runs nothing.
func TestBrowserHostileArticle(t *testing.T) {
	hostile := "Attack kills 16 <script>alert(1)</script>\n16 people were killed, police said. <img src=x onerror=alert(2)> <a href=\"javascript:alert(3)\">link</a>\n"
	other := "Attack kills 18\n18 people were killed, police said.\n"
	rep, html := reportFor(t, []*ingest.Document{
		{ID: "hostile.txt", Path: "hostile.txt", Source: "hostile", Text: hostile, Format: "txt"},
		{ID: "other.txt", Path: "other.txt", Source: "other", Text: other, Format: "txt"},
	})
	if rep.Summary[compare.Conflict] == 0 {
		t.Fatalf("fixture should conflict: %+v", rep.Summary)
	}
	p, _ := openPage(t, html)
	imgs := eval[int](t, p, `document.querySelectorAll(".article img").length`)
	scripts := eval[int](t, p, `document.querySelectorAll(".article script").length`)
	links := eval[int](t, p, `document.querySelectorAll(".article a").length`)
	text := eval[string](t, p, `document.querySelector(".article[data-doc='hostile.txt'] .body").textContent`)
	if imgs+scripts+links != 0 {
		t.Errorf("article markup became elements: %d img, %d script, %d a", imgs, scripts, links)
	}
	for _, want := range []string{"<script>alert(1)</script>", "<img src=x onerror=alert(2)>", `<a href="javascript:alert(3)">`} {
		if !strings.Contains(text, want) {
			t.Errorf("article text lacks %q", want)
		}
	}
	time.Sleep(200 * time.Millisecond)
	p.clean(t)
}

// TestBrowserPerformance measures how fast a report of 10 articles of
// about 2,000 words opens and becomes interactive (reported, not a timed
// pass/fail), and checks a 50-article page stays a few MB.
func TestBrowserPerformance(t *testing.T) {
	findBrowser(t)
	seeds := readDir(t, "../../testdata/seeds")
	mk := func(n int) []*ingest.Document {
		var docs []*ingest.Document
		for i := range n {
			s := seeds[i%2]
			text := strings.Repeat(s.Text+"\n", 2) // about 2,000 words
			text = strings.Replace(text, "5,200", fmt.Sprint(5000+i*40), 1)
			docs = append(docs, &ingest.Document{ID: fmt.Sprintf("doc%02d.txt", i), Path: fmt.Sprintf("doc%02d.txt", i),
				Source: fmt.Sprintf("outlet%02d", i), Text: text, Format: "txt", Published: s.Published})
		}
		return docs
	}
	_, html := reportFor(t, mk(10))
	_, elapsed := openPage(t, html)
	t.Logf("10 articles × ~2,000 words: %d KB, interactive after %v", len(html)/1024, elapsed)
	_, big := reportFor(t, mk(50))
	t.Logf("50 articles: %d KB", len(big)/1024)
	if len(big) > 5<<20 {
		t.Errorf("50-article page is %d bytes, over 5 MB", len(big))
	}
}

// TestBrowserLayout opens the reports at 1400 and 800 pixels and checks
// what a DOM query can: chart labels inside their charts, column headers
// naming the outlet and headline (path on hover) and staying in view when
// a column scrolls, nothing wider than the window.
func TestBrowserLayout(t *testing.T) {
	flood := func(source, text string) *ingest.Document {
		return &ingest.Document{ID: source + ".txt", Path: source + ".txt", Source: source, Title: "Flood", Text: "Flood\n\n" + text, Format: "txt"}
	}
	fixtures := map[string]func() []*ingest.Document{
		"seeds":   func() []*ingest.Document { return readDir(t, "../../testdata/seeds") },
		"compare": func() []*ingest.Document { return readDir(t, "../../testdata/compare") },
		// a long outlet name and a vague range beside 49 vs 50
		"flood": func() []*ingest.Document {
			return []*ingest.Document{
				flood("The Very Long Name of a Regional Outlet Daily", "Officials said 49 people were killed in the flood."),
				flood("Wire", "Officials said 50 people were killed in the flood."),
				flood("Herald", "Officials said dozens of people were killed in the flood."),
			}
		},
	}
	for _, name := range []string{"seeds", "compare", "flood"} {
		dir := name
		for _, width := range []int{1400, 800} {
			t.Run(fmt.Sprintf("%s-%d", name, width), func(t *testing.T) {
				rep, html := reportFor(t, fixtures[name]())
				p, _ := openPageAt(t, html, width)
				// no horizontal overflow of the page
				if w := eval[int](t, p, `window.innerWidth`); w != width {
					t.Fatalf("window is %d px wide, want %d", w, width)
				}
				if over := eval[int](t, p, `document.documentElement.scrollWidth - window.innerWidth`); over > 0 {
					t.Errorf("page is %d px wider than the window", over)
				}
				wide := eval[[]string](t, p, `Array.prototype.filter.call(document.querySelectorAll(".finding, header p, .docs li"),
					function (e) { return e.scrollWidth > e.clientWidth + 1; }).map(function (e) { return e.textContent.slice(0, 60); })`)
				if len(wide) > 0 {
					t.Errorf("text runs out of its box: %q", wide)
				}
				// chart labels are whole inside their chart
				cut := eval[[]string](t, p, `Array.prototype.filter.call(document.querySelectorAll("svg.chart text"), function (e) {
					var b = e.getBBox(), vb = e.ownerSVGElement.viewBox.baseVal;
					return b.x < 0 || b.x + b.width > vb.width + 0.5;
				}).map(function (e) { return e.textContent; })`)
				if len(cut) > 0 {
					t.Errorf("chart labels cut: %q", cut)
				}
				// column headers: outlet (by name, not by an id-like file
				// name) and headline, path on hover
				names := newOutletNames(rep.Documents)
				for _, d := range rep.Documents {
					got := eval[[]string](t, p, fmt.Sprintf(`(function () { var h = document.querySelector('.article[data-doc=%q] .colhead');
						return h ? [h.querySelector(".outlet").textContent, h.querySelector(".headline").textContent, h.title] : []; })()`, d.ID))
					if len(got) != 3 || got[0] != names.of(d.Source) || got[1] != d.Title || got[2] != d.Path {
						t.Errorf("column header of %s: %q, want outlet %q, headline %q, title %q", d.ID, got, names.of(d.Source), d.Title, d.Path)
					}
				}
				// a column scrolled down keeps its header at the top
				scrollable := eval[int](t, p, `Array.prototype.filter.call(document.querySelectorAll(".article"), function (c) {
					c.scrollTop = c.scrollHeight; return c.scrollTop > 0; }).length`)
				stuck := eval[bool](t, p, `Array.prototype.every.call(document.querySelectorAll(".article"), function (col) {
					var h = col.querySelector(".colhead");
					return Math.abs(h.getBoundingClientRect().top - col.getBoundingClientRect().top) < 3;
				})`)
				if filepath.Base(dir) == "seeds" && scrollable == 0 {
					t.Error("no seed column scrolls (the sticky check would prove nothing)")
				}
				if !stuck {
					t.Error("column headers scrolled out of view")
				}
				p.clean(t)
			})
		}
	}
}

// TestBrowserStoryPage: a --by-story page links back to the index of
// stories, in view at the top, and names its story.
func TestBrowserStoryPage(t *testing.T) {
	rep, _ := reportFor(t, readDir(t, "../../testdata/compare"))
	var arts []Article
	for _, d := range readDir(t, "../../testdata/compare") {
		arts = append(arts, Article{ID: d.ID, Text: d.Text})
	}
	var buf bytes.Buffer
	if err := WriteHTMLPage(&buf, rep, arts, PageOptions{Index: "index.html", Heading: "Gunman kills 16 at Riverside market"}); err != nil {
		t.Fatal(err)
	}
	for _, width := range []int{1400, 800} {
		p, _ := openPageAt(t, buf.Bytes(), width)
		got := eval[[]string](t, p, `(function () { var a = document.querySelector("nav a[rel=up]"); if (!a) { return []; }
			var r = a.getBoundingClientRect();
			return [a.getAttribute("href"), String(r.top >= 0 && r.bottom <= window.innerHeight && r.width > 0), document.querySelector("h1").textContent]; })()`)
		want := []string{"index.html", "true", "claimdiff report: Gunman kills 16 at Riverside market"}
		if strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("width %d: back link and heading %q, want %q", width, got, want)
		}
		p.clean(t)
	}
}
