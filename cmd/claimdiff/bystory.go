package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"html/template"
	"sort"

	"github.com/urfave/cli/v2"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/ingest"
	"github.com/claimdiff/claimdiff/claims/output"
	"github.com/claimdiff/claimdiff/claims/rules"
	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/compare/report"
	"github.com/claimdiff/claimdiff/compare/stories"
)

// storyReport is one story's comparison in a --by-story report.
type storyReport struct {
	ID        string          `json:"id"`
	Label     string          `json:"label"`
	Documents []string        `json:"documents"`
	Report    *compare.Report `json:"report"`
}

// compareByStory groups the articles into stories and compares within
// each story of two or more; articles alone in their story are listed as
// unmatched.
func compareByStory(c *cli.Context, e *env, docs []*ingest.Document, r *rules.Rules, opt compare.Options, format string, st output.Style) error {
	// group, label and list in order of document id, not of the arguments,
	// so the report does not depend on the order the paths were given in
	docs = append([]*ingest.Document(nil), docs...)
	sort.SliceStable(docs, func(i, j int) bool { return docs[i].ID < docs[j].ID })
	results, err := extractDocs(c, e, docs, r)
	if err != nil {
		return err
	}
	// group from the extraction: each article is segmented once
	var g stories.Grouper
	for _, res := range results {
		g.AddFeatures(res.Doc, stories.FromText(res.Text, r))
	}
	sts, err := g.Group(c.Context, stories.Options{Window: c.Duration("window"), Threshold: stories.DefaultOptions().Threshold})
	if err != nil {
		return err
	}
	var reps []storyReport
	var unmatched []string
	for _, s := range sts {
		if len(s.Members) < 2 {
			unmatched = append(unmatched, s.Members[0].Doc)
			continue
		}
		var rs []*claims.Result
		var ids []string
		for _, m := range s.Members {
			rs = append(rs, results[m.Index])
			ids = append(ids, m.Doc)
		}
		rep, err := compare.Compare(c.Context, rs, r, opt)
		if err != nil {
			return err
		}
		reps = append(reps, storyReport{ID: s.ID, Label: s.Label, Documents: ids, Report: rep})
	}
	if format == "html" {
		return writeStoryPages(c.String("out"), c.Bool("force"), reps, unmatched, results)
	}
	var buf bytes.Buffer
	if err := renderStories(&buf, reps, unmatched, format, st, textWidth(e)); err != nil {
		return err
	}
	if format != "json" {
		return writeTerminal(e, c.String("out"), buf.Bytes(), st)
	}
	return writeOutput(e, c.String("out"), buf.Bytes())
}

// renderStories writes the --by-story report in format json, markdown or
// text.
func renderStories(buf *bytes.Buffer, reps []storyReport, unmatched []string, format string, st output.Style, width int) error {
	if format == "json" {
		enc := json.NewEncoder(buf)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if reps == nil {
			reps = []storyReport{}
		}
		if unmatched == nil {
			unmatched = []string{}
		}
		return enc.Encode(struct {
			Version   int           `json:"version"`
			Stories   []storyReport `json:"stories"`
			Unmatched []string      `json:"unmatched"`
		}{compare.Version, reps, unmatched})
	}
	fmt.Fprintf(buf, "%s compared; %s in no story with another\n", output.Count(len(reps), "story", "stories"), output.Count(len(unmatched), "article", "articles"))
	for _, sr := range reps {
		var err error
		if format == "markdown" {
			fmt.Fprintf(buf, "\n# Story %s: %s (%s)\n\n", sr.ID, report.MarkdownText(sr.Label), output.Count(len(sr.Documents), "article", "articles"))
			err = report.WriteMarkdown(buf, sr.Report)
		} else {
			buf.WriteString("\n")
			for _, l := range output.Wrap(fmt.Sprintf("== story %s: %s (%s)", sr.ID, sr.Label, output.Count(len(sr.Documents), "article", "articles")), width, 0, 3) {
				fmt.Fprintln(buf, st.Bold(l))
			}
			write, _ := report.CompareFormat("text")
			err = write(buf, sr.Report, report.Context{Style: st, Width: width})
		}
		if err != nil {
			return err
		}
	}
	return nil
}

var indexTemplate = template.Must(template.New("index").Parse(`<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>claimdiff stories</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<style>body{font:15px/1.45 system-ui,sans-serif;margin:1rem 1.5rem} li{margin:.5rem 0} .n{color:#555}
.counts{display:flex;flex-wrap:wrap;gap:.4rem;list-style:none;padding:0;margin:.2rem 0}
.counts li{margin:0;border:2px solid var(--c);border-radius:4px;padding:0 .4rem;font-size:.9rem}
.t-conflict{--c:#b2182b} .t-update{--c:#e08214} .t-attribution-gap{--c:#5e3c99} .t-quote-variant{--c:#2166ac} .t-agreement{--c:#1b7837} .t-only-in{--c:#666}</style></head>
<body><h1>claimdiff: {{.Count}}</h1>
<ol>{{range .Stories}}<li><a href="story-{{.ID}}.html">{{.Label}}</a> <span class="n">({{.Articles}})</span>
<ul class="counts" aria-label="findings">{{range .Types}}<li class="t-{{.Type}}"><span aria-hidden="true">{{.Icon}}</span> {{.Words}}</li>{{else}}<li>no findings</li>{{end}}</ul></li>{{end}}</ol>
{{if .Unmatched}}<h2>Articles in no story with another</h2><ul>{{range .Unmatched}}<li>{{.}}</li>{{end}}</ul>{{end}}
</body></html>
`))

// writeStoryPages writes index.html and one page per story into dir,
// creating it when it does not exist. Every page is rendered before the
// directory is touched, and each is replaced atomically; see pages.go for
// what claimdiff may write and remove there.
func writeStoryPages(dir string, force bool, reps []storyReport, unmatched []string, results []*claims.Result) error {
	texts := map[string]string{}
	for _, r := range results {
		texts[r.Doc.ID] = r.Doc.Text
	}
	type entry struct {
		storyReport
		Articles string
		Types    []report.TypeCount
	}
	var entries []entry
	var pages []page
	for _, sr := range reps {
		var arts []report.Article
		for _, id := range sr.Documents {
			arts = append(arts, report.Article{ID: id, Text: texts[id]})
		}
		var buf bytes.Buffer
		if err := report.WriteHTMLPage(&buf, sr.Report, arts, report.PageOptions{Index: "index.html", Heading: sr.Label}); err != nil {
			return err
		}
		pages = append(pages, page{name: "story-" + sr.ID + ".html", data: buf.Bytes()})
		entries = append(entries, entry{sr, output.Count(len(sr.Documents), "article", "articles"), report.TypeCounts(sr.Report)})
	}
	var buf bytes.Buffer
	if err := indexTemplate.Execute(&buf, map[string]any{"Stories": entries, "Unmatched": unmatched,
		"Count": output.Count(len(entries), "story", "stories")}); err != nil {
		return err
	}
	pages = append(pages, page{name: "index.html", data: buf.Bytes()})
	return writePages(dir, force, pages)
}
