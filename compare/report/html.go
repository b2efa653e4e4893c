package report

import (
	"fmt"
	"html/template"
	"io"
	"maps"
	"slices"
	"sort"
	"strings"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/output"
	"github.com/claimdiff/claimdiff/compare"
)

// Article is a document's text for the side-by-side view of the HTML page.
type Article struct {
	ID   string
	Text string
}

// htmlMark is one highlighted claim in an article: a distinct span, with
// every finding it belongs to; it is coloured by the most pressing one.
type htmlMark struct {
	start, end int
	id         string
	findings   []string
	typ        compare.Type
}

// typeRank orders finding types by how much they need a reader's eye.
func typeRank(t compare.Type) int {
	for i, x := range compare.Types {
		if x == t {
			return i
		}
	}
	return len(compare.Types)
}

// WriteHTML writes one self-contained page: inline CSS and script, no
// network requests, readable with scripts off (findings and articles are
// plain HTML). Every piece of article text goes through html/template's
// escaping. The script adds filtering by type and kind, and links findings
// and their highlighted claims both ways.
func WriteHTML(w io.Writer, rep *compare.Report, articles []Article) error {
	return WriteHTMLPage(w, rep, articles, PageOptions{})
}

// PageOptions place an HTML page among others: a --by-story story page
// links back to the index of stories.
type PageOptions struct {
	// Index is the address of the page listing this one's siblings ("" for
	// a page that stands alone).
	Index string
	// Heading names the page's subject (a story's headline).
	Heading string
}

// WriteHTMLPage is WriteHTML for a page among others.
func WriteHTMLPage(w io.Writer, rep *compare.Report, articles []Article, opt PageOptions) error {
	names := newOutletNames(rep.Documents)
	marks, anchors := markClaims(rep.Findings)
	text := map[string]string{}
	for _, a := range articles {
		text[a.ID] = a.Text
	}
	var docs []docView
	for _, d := range rep.Documents {
		docs = append(docs, docView{ID: d.ID, Source: names.of(d.Source), Title: d.Title, Published: d.Published, Path: d.Path,
			Body: renderArticle(text[d.ID], marks[d.ID])})
	}
	ps := paths(rep)
	var fs []findingView
	kinds := map[string]bool{}
	for _, f := range rep.Findings {
		kinds[f.Kind] = true
		fs = append(fs, newFindingView(f, names, ps, anchors))
	}
	var counts []typeTally
	for _, t := range compare.Types {
		counts = append(counts, typeTally{string(t), titles[t], icons[t], rep.Summary[t]})
	}
	return pageTemplate.Execute(w, map[string]any{
		"Docs": docs, "Findings": fs, "Counts": counts, "Kinds": slices.Sorted(maps.Keys(kinds)), "Summary": Counts(rep),
		"Version": rep.Version, "Wide": len(docs) > 4, "Index": opt.Index, "Heading": opt.Heading,
	})
}

// docView is an article as the page shows it, its claims marked.
type docView struct {
	ID, Source, Title, Published, Path string
	Body                               template.HTML
}

// findingView is a finding as the page shows it.
type findingView struct {
	ID, Type, Kind, Summary, Why string
	Heading                      string // the frame title, or the summary
	Icon, Title                  string
	Claims                       []claimRow
	Diff                         template.HTML
	Chart                        template.HTML
}

// claimRow is one claim of a finding, linked to its mark in the article.
type claimRow struct {
	Source, Where, Line, Value, Speaker, Text, Anchor string
}

// typeTally is the count of one finding type in the page's filter bar.
type typeTally struct {
	Type, Title, Icon string
	N                 int
}

// markClaims gives each distinct claim span of the findings one mark, by
// document, and the anchors that link a finding's claim (anchorKey) to
// its mark.
func markClaims(findings []compare.Finding) (map[string][]*htmlMark, map[string]string) {
	type key struct {
		doc        string
		start, end int
	}
	marks := map[string][]*htmlMark{}
	byKey := map[key]*htmlMark{}
	anchors := map[string]string{}
	for _, f := range findings {
		for _, c := range f.Claims {
			k := key{c.Doc, c.Span.Start, c.Span.End}
			m := byKey[k]
			if m == nil {
				m = &htmlMark{start: c.Span.Start, end: c.Span.End, typ: f.Type,
					id: fmt.Sprintf("m%d", len(byKey)+1)}
				byKey[k] = m
				marks[c.Doc] = append(marks[c.Doc], m)
			}
			if !slices.Contains(m.findings, f.ID) {
				m.findings = append(m.findings, f.ID)
			}
			if typeRank(f.Type) < typeRank(m.typ) {
				m.typ = f.Type
			}
			anchors[anchorKey(f, c)] = m.id
		}
	}
	return marks, anchors
}

// anchorKey names one claim of one finding.
func anchorKey(f compare.Finding, c claims.Claim) string { return f.ID + "\x00" + c.ID }

// newFindingView lays out one finding: its heading (the frame title, or
// the summary when it has none), its claims, its diff and chart.
func newFindingView(f compare.Finding, names outletNames, ps map[string]string, anchors map[string]string) findingView {
	fv := findingView{ID: f.ID, Type: string(f.Type), Kind: f.Kind, Summary: names.in(f.Summary), Why: f.Why,
		Icon: icons[f.Type], Title: titles[f.Type], Heading: names.in(f.Title)}
	if fv.Heading == "" {
		fv.Heading, fv.Summary = names.in(f.Summary), ""
	}
	for k, c := range f.Claims {
		fv.Claims = append(fv.Claims, claimRow{Source: names.of(c.Source), Where: where(c, ps), Line: fmt.Sprintf("%d:%d", c.Span.Line, c.Span.Col), Value: claimValue(c),
			Speaker: output.Speaker(c.Attribution), Text: output.Quote(f.ClaimText(k), 140), Anchor: anchors[anchorKey(f, c)]})
	}
	fv.Diff = htmlDiff(f.Detail.Diff)
	if chartable(f) {
		fv.Chart = renderChart(f, names)
	}
	return fv
}

// icons mark each finding type with a symbol as well as a colour.
var icons = map[compare.Type]string{
	compare.Conflict: "✖", compare.Update: "↻", compare.AttributionGap: "❝",
	compare.QuoteVariant: "≈", compare.Agreement: "✔", compare.OnlyIn: "◐",
}

// renderArticle escapes an article's text and wraps each claim span in a
// <mark>, nesting them properly: a span that would cross another's end is
// clipped to it.
func renderArticle(text string, ms []*htmlMark) template.HTML {
	sort.SliceStable(ms, func(i, j int) bool {
		if ms[i].start != ms[j].start {
			return ms[i].start < ms[j].start
		}
		return ms[i].end > ms[j].end
	})
	var b strings.Builder
	// leading blank lines (Markdown front matter kept for line numbers) are
	// not shown
	pos := len(text) - len(strings.TrimLeft(text, " \t\n"))
	if len(ms) > 0 && ms[0].start < pos {
		pos = ms[0].start
	}
	var stack []int // ends of open marks
	esc := func(s string) { b.WriteString(strings.ReplaceAll(template.HTMLEscapeString(s), "\n", "<br>\n")) }
	closeTo := func(limit int) {
		for len(stack) > 0 && stack[len(stack)-1] <= limit {
			end := stack[len(stack)-1]
			esc(text[pos:end])
			pos = end
			b.WriteString("</mark>")
			stack = stack[:len(stack)-1]
		}
	}
	for _, m := range ms {
		if m.end > len(text) || m.start >= m.end {
			continue
		}
		closeTo(m.start)
		start := max(m.start, pos)
		esc(text[pos:start])
		pos = start
		end := m.end
		if len(stack) > 0 && end > stack[len(stack)-1] {
			end = stack[len(stack)-1]
		}
		if end <= start {
			end = start // an empty mark still carries the claim
		}
		fmt.Fprintf(&b, `<mark class="t-%s" id="%s" tabindex="0" data-findings="%s" title="%s">`, m.typ, m.id,
			strings.Join(m.findings, " "), template.HTMLEscapeString(icons[m.typ]+" "+titles[m.typ]))
		stack = append(stack, end)
	}
	closeTo(len(text))
	esc(text[pos:])
	return template.HTML(b.String())
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
			b.WriteString(`<ins title="inserted">` + t + "</ins>")
		case "delete":
			b.WriteString(`<del title="deleted">` + t + "</del>")
		default:
			b.WriteString(t)
		}
	}
	return template.HTML(b.String())
}

// TypeCount is how many findings of one type a report has.
type TypeCount struct {
	Type  compare.Type
	Title string // "Conflicts"
	Icon  string
	N     int
	Words string // "2 conflicts"
}

// TypeCounts lists a report's finding types that it has findings of, in
// the order of compare.Types.
func TypeCounts(rep *compare.Report) []TypeCount {
	var out []TypeCount
	for _, t := range compare.Types {
		if n := rep.Summary[t]; n > 0 {
			one, many := typeNames[t][0], typeNames[t][1]
			out = append(out, TypeCount{Type: t, Title: titles[t], Icon: icons[t], N: n, Words: output.Count(n, one, many)})
		}
	}
	return out
}
