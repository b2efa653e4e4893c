package report

import "html/template"

// pageTemplate is the HTML report. Colours are the colour-blind-safe
// PuOr/BrBG family, and every type also has an icon and a label.
var pageTemplate = template.Must(template.New("page").Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>claimdiff report</title>
<style>
:root { --conflict:#b2182b; --update:#e08214; --attribution-gap:#5e3c99; --quote-variant:#2166ac; --agreement:#1b7837; --only-in:#666; }
* { box-sizing: border-box; }
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 0; color: #111; background: #fff; }
header, section { padding: 0.6rem 1.2rem; }
h1 { font-size: 1.3rem; margin: 0.3rem 0; } h2 { font-size: 1.1rem; }
.docs { margin: 0.3rem 0; padding-left: 1.2rem; }
.counts { display: flex; flex-wrap: wrap; gap: 0.5rem; list-style: none; padding: 0; }
.counts li { border: 2px solid var(--c); border-radius: 4px; padding: 0.1rem 0.5rem; }
.filters { display: flex; flex-wrap: wrap; gap: 0.8rem; align-items: center; margin: 0.4rem 0; }
.filters label { white-space: nowrap; }
.layout { display: grid; grid-template-columns: minmax(22rem, 38%) minmax(0, 1fr); gap: 1rem; align-items: start; }
.layout > * { min-width: 0; }
.finding > div, .docs li, header p { overflow-wrap: anywhere; }
#findings { max-height: 85vh; overflow-y: auto; }
.finding { border-left: 5px solid var(--c); margin: 0.5rem 0; padding: 0.3rem 0.6rem; background: #fafafa; cursor: pointer; }
.finding:focus, mark:focus { outline: 3px solid #000; outline-offset: 1px; }
.finding.active { background: #fff3c4; }
.claims { list-style: none; padding: 0; margin: 0.3rem 0; font-size: 0.85rem; }
.claims li { margin: 0.2rem 0; overflow-wrap: anywhere; }
.claims .text { color: #333; }
.tag { font-weight: 600; color: var(--c); }
.why { color: #555; font-size: 0.85rem; }
.t-conflict { --c: var(--conflict); } .t-update { --c: var(--update); } .t-attribution-gap { --c: var(--attribution-gap); }
.t-quote-variant { --c: var(--quote-variant); } .t-agreement { --c: var(--agreement); } .t-only-in { --c: var(--only-in); }
mark { background: transparent; border-bottom: 3px solid var(--c); color: inherit; cursor: pointer; }
mark.t-conflict { background: #fddbc7; border-bottom-style: double; } mark.t-attribution-gap { background: #e7e1ef; border-bottom-style: dashed; }
mark.t-update { background: #fee0b6; } mark.t-quote-variant { border-bottom-style: dotted; }
mark.active { outline: 3px solid #000; background: #ffe066; }
.articles { display: grid; grid-auto-flow: column; grid-auto-columns: minmax(20rem, 1fr); gap: 1rem; overflow-x: auto; }
.articles.wide { grid-auto-columns: 22rem; }
.article { border: 1px solid #ddd; padding: 0 0.8rem 0.5rem; max-height: 85vh; overflow-y: auto; position: relative; }
.colhead { position: sticky; top: 0; z-index: 1; background: #fff; border-bottom: 1px solid #ddd; margin: 0 -0.8rem 0.4rem; padding: 0.4rem 0.8rem; }
.colhead h3 { font-size: 1rem; margin: 0; }
.colhead .headline { display: block; font-size: 0.85rem; color: #333; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.chart { display: block; margin: 0.3rem 0; max-width: 100%; height: auto; }
.chart .label, .chart .tick { font-size: 11px; fill: #333; }
ins { background: #d9f0d3; text-decoration: underline; } del { background: #fddbc7; }
.hidden { display: none; }
@media (max-width: 900px) { .layout { grid-template-columns: minmax(0, 1fr); } .articles { grid-auto-columns: minmax(16rem, 1fr); } }
@media print { .filters { display: none; } .layout { display: block; } #findings, .article { max-height: none; overflow: visible; }
  .articles { display: block; } .article { page-break-inside: avoid; margin-bottom: 1rem; } .finding { break-inside: avoid; } }
</style>
</head>
<body>
<header>
{{if .Index}}<nav><a href="{{.Index}}" rel="up">← all stories</a></nav>
{{end}}<h1>claimdiff report{{if .Heading}}: {{.Heading}}{{end}}</h1>
<ol class="docs">{{range .Docs}}<li><b>{{.Source}}</b>{{if .Published}} · {{.Published}}{{end}} — {{.Title}}</li>{{end}}</ol>
<p>{{len .Docs}} documents — {{.Summary}}</p>
<ul class="counts">{{range .Counts}}<li class="t-{{.Type}}"><span aria-hidden="true">{{.Icon}}</span> {{.Title}}: <b>{{.N}}</b></li>{{end}}</ul>
<form class="filters" id="filters" aria-label="filter findings" hidden>
{{range .Counts}}<label><input type="checkbox" name="type" value="{{.Type}}" checked> <span aria-hidden="true">{{.Icon}}</span> {{.Title}}</label>
{{end}}<label>kind <select name="kind"><option value="">all</option>{{range .Kinds}}<option>{{.}}</option>{{end}}</select></label>
</form>
</header>
<div class="layout">
<section id="findings" aria-label="findings">
<h2>Findings</h2>
{{range .Findings}}<div class="finding t-{{.Type}}" id="f-{{.ID}}" tabindex="0" role="button" aria-pressed="false" data-id="{{.ID}}" data-type="{{.Type}}" data-kind="{{.Kind}}">
<div><span class="tag"><span aria-hidden="true">{{.Icon}}</span> {{.Title}}</span> · {{.Kind}} · {{.Heading}} <small>[{{.ID}}]</small></div>
{{if .Summary}}<div class="why">{{.Summary}}</div>{{end}}
{{if .Why}}<div class="why">why: {{.Why}}</div>{{end}}
{{if .Chart}}{{.Chart}}{{end}}
<ul class="claims">{{range .Claims}}<li><a href="#{{.Anchor}}" title="{{.Where}}">{{.Source}} {{.Line}}</a>{{if ne .Value "-"}} · <b>{{.Value}}</b>{{end}} · <i>{{.Speaker}}</i><br><span class="text">{{.Text}}</span></li>{{end}}</ul>
{{if .Diff}}<div class="diff">diff: {{.Diff}}</div>{{end}}
</div>
{{end}}</section>
<section aria-label="articles">
<h2>Articles</h2>
<div class="articles{{if .Wide}} wide{{end}}">{{range .Docs}}<article class="article" data-doc="{{.ID}}">
<div class="colhead" title="{{.Path}}"><h3><span class="outlet">{{.Source}}</span>{{if .Published}} · {{.Published}}{{end}}</h3>
<span class="headline">{{.Title}}</span></div>
<div class="body">{{.Body}}</div>
</article>{{end}}</div>
</section>
</div>
<footer><small>claimdiff report, contract version {{.Version}}. Keys: Tab to a finding or a highlighted claim, Enter to select; j/k next/previous finding.</small></footer>
<script>
(function () {
  "use strict";
  var findings = Array.prototype.slice.call(document.querySelectorAll(".finding"));
  var marks = Array.prototype.slice.call(document.querySelectorAll("mark[data-findings]"));
  var filters = document.getElementById("filters");
  filters.hidden = false;
  function marksOf(id) {
    return marks.filter(function (m) { return (" " + m.dataset.findings + " ").indexOf(" " + id + " ") >= 0; });
  }
  function select(f, scrollList) {
    findings.forEach(function (x) { x.classList.remove("active"); x.setAttribute("aria-pressed", "false"); });
    marks.forEach(function (m) { m.classList.remove("active"); });
    f.classList.add("active");
    f.setAttribute("aria-pressed", "true");
    var seenColumn = [];
    marksOf(f.dataset.id).forEach(function (m) {
      m.classList.add("active");
      var col = m.closest(".article");
      if (col && seenColumn.indexOf(col) < 0) {
        seenColumn.push(col);
        col.scrollTop = Math.max(0, m.offsetTop - col.offsetTop - col.clientHeight / 3);
        var strip = col.parentElement;
        if (strip.scrollWidth > strip.clientWidth) {
          var left = col.offsetLeft - strip.offsetLeft;
          if (left < strip.scrollLeft || left + col.clientWidth > strip.scrollLeft + strip.clientWidth) { strip.scrollLeft = left; }
        }
      }
    });
    if (scrollList) { f.scrollIntoView({ block: "nearest" }); }
  }
  findings.forEach(function (f) {
    f.addEventListener("click", function (e) { if (e.target.tagName !== "A") { select(f, false); } });
    f.addEventListener("keydown", function (e) {
      if (e.key === "Enter" || e.key === " ") { e.preventDefault(); select(f, false); }
    });
  });
  function showFinding(m) {
    var ids = m.dataset.findings.split(" ");
    var f = document.getElementById("f-" + ids[0]);
    if (f) { select(f, true); f.focus({ preventScroll: true }); }
  }
  marks.forEach(function (m) {
    m.setAttribute("role", "button");
    m.addEventListener("click", function (e) { e.stopPropagation(); showFinding(m); });
    m.addEventListener("keydown", function (e) {
      if (e.key === "Enter" || e.key === " ") { e.preventDefault(); showFinding(m); }
    });
  });
  function applyFilters() {
    var types = {};
    Array.prototype.forEach.call(filters.querySelectorAll("input[name=type]"), function (c) { types[c.value] = c.checked; });
    var kind = filters.querySelector("select[name=kind]").value;
    findings.forEach(function (f) {
      var show = types[f.dataset.type] && (!kind || f.dataset.kind === kind);
      f.classList.toggle("hidden", !show);
    });
  }
  filters.addEventListener("change", applyFilters);
  document.addEventListener("keydown", function (e) {
    if (e.target.tagName === "SELECT" || e.target.tagName === "INPUT") { return; }
    if (e.key !== "j" && e.key !== "k") { return; }
    var visible = findings.filter(function (f) { return !f.classList.contains("hidden"); });
    var i = visible.indexOf(document.querySelector(".finding.active"));
    var next = visible[e.key === "j" ? Math.min(visible.length - 1, i + 1) : Math.max(0, i - 1)];
    if (next) { select(next, true); next.focus({ preventScroll: true }); }
  });
})();
</script>
</body>
</html>
`))
