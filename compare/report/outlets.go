package report

import (
	"path/filepath"
	"sort"
	"strings"

	"github.com/claimdiff/claimdiff/claims/ingest"
	"github.com/claimdiff/claimdiff/claims/output"
)

// outletNames maps the sources of outlets known only by an id-like file
// name ("000_9657c7c9ccc2eae3") to names a person can read ("Iran news…"),
// for the text, Markdown and HTML reports. The JSON reports keep the ids.
type outletNames map[string]string

// newOutletNames names the documents' outlets (ingest.OutletNames).
func newOutletNames(docs []output.Document) outletNames {
	outlets := make([]ingest.Outlet, len(docs))
	for i, d := range docs {
		base := filepath.Base(d.Path)
		stem := strings.TrimSuffix(base, filepath.Ext(base))
		outlets[i] = ingest.Outlet{Source: d.Source, FromFileName: d.Source == stem, Title: d.Title}
	}
	n := outletNames{}
	for i, name := range ingest.OutletNames(outlets) {
		if name != docs[i].Source {
			n[docs[i].Source] = name
		}
	}
	return n
}

// of is an outlet's readable name.
func (n outletNames) of(source string) string {
	if name, ok := n[source]; ok {
		return name
	}
	return source
}

// in renames the outlets a text (a finding's summary) mentions: the ids
// are long and unlike any word, so they are replaced where they stand.
func (n outletNames) in(text string) string {
	if len(n) == 0 {
		return text
	}
	ids := make([]string, 0, len(n))
	for id := range n {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool { return len(ids[i]) > len(ids[j]) || len(ids[i]) == len(ids[j]) && ids[i] < ids[j] })
	pairs := make([]string, 0, 2*len(ids))
	for _, id := range ids {
		pairs = append(pairs, id, n[id])
	}
	return strings.NewReplacer(pairs...).Replace(text)
}
