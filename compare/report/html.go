package report

import (
	"fmt"
	"html/template"
	"io"
	"sort"
	"strings"

	"github.com/claimdiff/claimdiff/claims/output"
	"github.com/claimdiff/claimdiff/compare"
)

// Article is a document's text for the side-by-side view of the HTML page.
type Article struct {
	ID   string
	Text string
}

// htmlMark is one highlighted span in an article.
type htmlMark struct {
	start, end int
	finding    string // finding id
	typ        compare.Type
	claim      string
}

// WriteHTML writes one self-contained page: inline CSS, no scripts needed
// to read it, no network requests. Every piece of article text goes through
// html/template's escaping.
func WriteHTML(w io.Writer, rep *compare.Report, articles []Article) error {
	ps := paths(rep)
	text := map[string]string{}
	for _, a := range articles {
		text[a.ID] = a.Text
	}
	marks := map[string][]htmlMark{}
	for _, f := range rep.Findings {
		for _, c := range f.Claims {
			marks[c.Doc] = append(marks[c.Doc], htmlMark{c.Span.Start, c.Span.End, f.ID, f.Type, c.ID})
		}
	}
	type docView struct {
		ID, Source, Title, Published, Path string
		Body                               template.HTML
	}
	type claimRow struct {
		Source, Where, Value, Speaker, Text, Anchor string
	}
	type findingView struct {
		ID, Type, Kind, Summary, Why string
		Icon                         string
		Claims                       []claimRow
		Diff                         template.HTML
	}
	var docs []docView
	for _, d := range rep.Documents {
		docs = append(docs, docView{ID: d.ID, Source: d.Source, Title: d.Title, Published: d.Published, Path: d.Path,
			Body: renderArticle(text[d.ID], marks[d.ID])})
	}
	var fs []findingView
	for _, f := range rep.Findings {
		fv := findingView{ID: f.ID, Type: string(f.Type), Kind: f.Kind, Summary: f.Summary, Why: f.Why, Icon: icons[f.Type]}
		for _, c := range f.Claims {
			fv.Claims = append(fv.Claims, claimRow{Source: c.Source, Where: where(c, ps), Value: claimValue(c),
				Speaker: output.Speaker(c.Attribution), Text: output.Quote(c.Text, 140), Anchor: anchor(f.ID, c.ID)})
		}
		fv.Diff = htmlDiff(f.Detail.Diff)
		fs = append(fs, fv)
	}
	var counts []struct {
		Type, Title, Icon string
		N                 int
	}
	for _, t := range compare.Types {
		counts = append(counts, struct {
			Type, Title, Icon string
			N                 int
		}{string(t), titles[t], icons[t], rep.Summary[t]})
	}
	return pageTemplate.Execute(w, map[string]any{
		"Docs": docs, "Findings": fs, "Counts": counts, "Summary": Counts(rep), "Version": rep.Version,
	})
}

// icons mark each finding type with a symbol as well as a colour.
var icons = map[compare.Type]string{
	compare.Conflict: "✖", compare.Update: "↻", compare.AttributionGap: "❝",
	compare.QuoteVariant: "≈", compare.Agreement: "✔", compare.OnlyIn: "◐",
}

func anchor(finding, claim string) string {
	return "c-" + finding + "-" + strings.NewReplacer("#", "-", "/", "-", ".", "-", " ", "-").Replace(claim)
}

// renderArticle escapes an article's text and wraps each claim span in a
// <mark>, nesting them properly: a span that would cross another's end is
// clipped to it.
func renderArticle(text string, ms []htmlMark) template.HTML {
	sort.SliceStable(ms, func(i, j int) bool {
		if ms[i].start != ms[j].start {
			return ms[i].start < ms[j].start
		}
		return ms[i].end > ms[j].end
	})
	var b strings.Builder
	pos := 0
	var stack []int // ends of open marks
	closeTo := func(limit int) {
		for len(stack) > 0 && stack[len(stack)-1] <= limit {
			end := stack[len(stack)-1]
			b.WriteString(template.HTMLEscapeString(text[pos:end]))
			pos = end
			b.WriteString("</mark>")
			stack = stack[:len(stack)-1]
		}
	}
	for _, m := range ms {
		if m.start < pos || m.end > len(text) || m.start >= m.end {
			continue
		}
		closeTo(m.start)
		b.WriteString(template.HTMLEscapeString(text[pos:m.start]))
		pos = m.start
		end := m.end
		if len(stack) > 0 && end > stack[len(stack)-1] {
			end = stack[len(stack)-1]
		}
		fmt.Fprintf(&b, `<mark class="t-%s" id="%s" data-finding="%s" title="%s">`, m.typ,
			template.HTMLEscapeString(anchor(m.finding, m.claim)), m.finding, template.HTMLEscapeString(titles[m.typ]))
		stack = append(stack, end)
	}
	closeTo(len(text))
	b.WriteString(template.HTMLEscapeString(text[pos:]))
	return template.HTML(strings.ReplaceAll(b.String(), "\n", "<br>\n"))
}

func htmlDiff(ops []compare.DiffOp) template.HTML {
	if len(ops) == 0 {
		return ""
	}
	var b strings.Builder
	for i, op := range ops {
		if i > 0 {
			b.WriteByte(' ')
		}
		t := template.HTMLEscapeString(op.Text)
		switch op.Op {
		case "insert":
			b.WriteString("<ins>" + t + "</ins>")
		case "delete":
			b.WriteString("<del>" + t + "</del>")
		default:
			b.WriteString(t)
		}
	}
	return template.HTML(b.String())
}

var pageTemplate = template.Must(template.New("page").Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>claimdiff report</title>
<style>
:root { --conflict:#b2182b; --update:#e08214; --attribution-gap:#8073ac; --quote-variant:#2166ac; --agreement:#1b7837; --only-in:#777; }
body { font: 15px/1.45 system-ui, sans-serif; margin: 0; color: #111; background: #fff; }
header, section { padding: 0.6rem 1.2rem; }
h1 { font-size: 1.3rem; margin: 0.3rem 0; }
.counts { display: flex; flex-wrap: wrap; gap: 0.5rem; list-style: none; padding: 0; }
.counts li { border: 2px solid var(--c); border-radius: 4px; padding: 0.1rem 0.5rem; }
.finding { border-left: 5px solid var(--c); margin: 0.5rem 0; padding: 0.3rem 0.6rem; background: #fafafa; }
.finding table { border-collapse: collapse; font-size: 0.9rem; }
.finding td { padding: 0.1rem 0.5rem; vertical-align: top; }
.why { color: #555; font-size: 0.85rem; }
.t-conflict { --c: var(--conflict); } .t-update { --c: var(--update); } .t-attribution-gap { --c: var(--attribution-gap); }
.t-quote-variant { --c: var(--quote-variant); } .t-agreement { --c: var(--agreement); } .t-only-in { --c: var(--only-in); }
mark { background: transparent; border-bottom: 3px solid var(--c); }
mark.t-conflict { background: #fddbc7; } mark.t-attribution-gap { background: #e7e1ef; }
.articles { display: grid; grid-auto-flow: column; grid-auto-columns: minmax(22rem, 1fr); gap: 1rem; overflow-x: auto; }
.article { border: 1px solid #ddd; padding: 0.5rem 0.8rem; max-height: 80vh; overflow-y: auto; }
.article h3 { font-size: 1rem; margin: 0 0 0.4rem; }
ins { background: #d9f0d3; text-decoration: none; } del { background: #fddbc7; }
@media print { .articles { display: block; } .article { max-height: none; page-break-inside: avoid; } }
</style>
</head>
<body>
<header>
<h1>claimdiff report</h1>
<p>{{len .Docs}} documents — {{.Summary}}</p>
<ul class="counts">{{range .Counts}}<li class="t-{{.Type}}"><span aria-hidden="true">{{.Icon}}</span> {{.Title}}: <b>{{.N}}</b></li>{{end}}</ul>
</header>
<section id="findings">
<h2>Findings</h2>
{{range .Findings}}<div class="finding t-{{.Type}}" id="f-{{.ID}}" data-type="{{.Type}}" data-kind="{{.Kind}}">
<div><span aria-hidden="true">{{.Icon}}</span> <b>{{.Type}}</b> · {{.Kind}} · {{.Summary}} <small>[{{.ID}}]</small></div>
{{if .Why}}<div class="why">why: {{.Why}}</div>{{end}}
<table>{{range .Claims}}<tr><td>{{.Source}}</td><td><a href="#{{.Anchor}}">{{.Where}}</a></td><td>{{.Value}}</td><td>{{.Speaker}}</td><td>{{.Text}}</td></tr>{{end}}</table>
{{if .Diff}}<div class="diff">diff: {{.Diff}}</div>{{end}}
</div>
{{end}}</section>
<section>
<h2>Articles</h2>
<div class="articles">{{range .Docs}}<article class="article" id="doc-{{.ID}}">
<h3>{{.Source}}{{if .Published}} · {{.Published}}{{end}}</h3>
<p><small>{{.Path}}</small></p>
<div class="body">{{.Body}}</div>
</article>{{end}}</div>
</section>
<footer><small>claimdiff report, contract version {{.Version}}</small></footer>
</body>
</html>
`))
