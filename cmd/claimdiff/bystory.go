package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"html/template"
	"os"
	"path/filepath"

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
	results, err := extractDocs(c, e, docs, r)
	if err != nil {
		return err
	}
	// group from the extraction: each article is segmented once
	var g stories.Grouper
	for _, res := range results {
		g.AddFeatures(res.Doc, stories.FromText(res.Text, r))
	}
	sts, err := g.Group(c.Context, stories.Options{Window: c.Duration("window"), Threshold: stories.DefaultOptions.Threshold})
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
		return writeStoryPages(c.String("out"), reps, unmatched, results)
	}
	var buf bytes.Buffer
	switch format {
	case "json":
		enc := json.NewEncoder(&buf)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if reps == nil {
			reps = []storyReport{}
		}
		if unmatched == nil {
			unmatched = []string{}
		}
		err = enc.Encode(struct {
			Version   int           `json:"version"`
			Stories   []storyReport `json:"stories"`
			Unmatched []string      `json:"unmatched"`
		}{compare.Version, reps, unmatched})
	default:
		fmt.Fprintf(&buf, "%s compared; %s in no story with another\n", output.Count(len(reps), "story", "stories"), output.Count(len(unmatched), "article", "articles"))
		for _, sr := range reps {
			if format == "markdown" {
				fmt.Fprintf(&buf, "\n# Story %s: %s (%s)\n\n", sr.ID, sr.Label, output.Count(len(sr.Documents), "article", "articles"))
				err = report.WriteMarkdown(&buf, sr.Report)
			} else {
				fmt.Fprintf(&buf, "\n%s\n", st.Bold(fmt.Sprintf("== story %s: %s (%s)", sr.ID, sr.Label, output.Count(len(sr.Documents), "article", "articles"))))
				err = report.WriteText(&buf, sr.Report, st)
			}
			if err != nil {
				return err
			}
		}
	}
	if err != nil {
		return err
	}
	return writeOutput(e, c.String("out"), buf.Bytes())
}

var indexTemplate = template.Must(template.New("index").Parse(`<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>claimdiff stories</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<style>body{font:15px/1.45 system-ui,sans-serif;margin:1rem 1.5rem} li{margin:.3rem 0}</style></head>
<body><h1>claimdiff: {{len .Stories}} stories</h1>
<ol>{{range .Stories}}<li><a href="story-{{.ID}}.html">{{.Label}}</a> — {{len .Documents}} articles — {{index .Summary 0}}</li>{{end}}</ol>
{{if .Unmatched}}<h2>Articles in no story with another</h2><ul>{{range .Unmatched}}<li>{{.}}</li>{{end}}</ul>{{end}}
</body></html>
`))

// writeStoryPages writes dir/index.html and one page per story, all or
// nothing: into a temporary directory renamed into place.
func writeStoryPages(dir string, reps []storyReport, unmatched []string, results []*claims.Result) error {
	if st, err := os.Stat(dir); err == nil && !st.IsDir() {
		return fail(exitError, "%s: cannot write: not a directory", dir)
	}
	parent := filepath.Dir(filepath.Clean(dir))
	tmp, err := os.MkdirTemp(parent, "."+filepath.Base(dir)+".tmp*")
	if err != nil {
		return fail(exitError, "%s: cannot write: %s", dir, osMessage(err))
	}
	ok := false
	defer func() {
		if !ok {
			os.RemoveAll(tmp)
		}
	}()
	os.Chmod(tmp, 0o755)
	texts := map[string]string{}
	for _, r := range results {
		texts[r.Doc.ID] = r.Doc.Text
	}
	type entry struct {
		storyReport
		Summary []string
	}
	var entries []entry
	for _, sr := range reps {
		var arts []report.Article
		for _, id := range sr.Documents {
			arts = append(arts, report.Article{ID: id, Text: texts[id]})
		}
		var buf bytes.Buffer
		if err := report.WriteHTML(&buf, sr.Report, arts); err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(tmp, "story-"+sr.ID+".html"), buf.Bytes(), 0o644); err != nil {
			return fail(exitError, "%s: cannot write: %v", dir, err)
		}
		entries = append(entries, entry{sr, []string{report.Counts(sr.Report)}})
	}
	var buf bytes.Buffer
	if err := indexTemplate.Execute(&buf, map[string]any{"Stories": entries, "Unmatched": unmatched}); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(tmp, "index.html"), buf.Bytes(), 0o644); err != nil {
		return fail(exitError, "%s: cannot write: %v", dir, err)
	}
	if _, err := os.Stat(dir); err == nil {
		old := dir + ".old"
		os.RemoveAll(old)
		if err := os.Rename(dir, old); err != nil {
			return fail(exitError, "%s: cannot replace: %s", dir, osMessage(err))
		}
		defer os.RemoveAll(old)
	}
	if err := os.Rename(tmp, dir); err != nil {
		return fail(exitError, "%s: cannot write: %s", dir, osMessage(err))
	}
	ok = true
	return nil
}
