package check

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strconv"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/output"
	"github.com/claimdiff/claimdiff/claims/rules"
	"github.com/claimdiff/claimdiff/compare"
)

// Options decide what fails a check.
type Options struct {
	// FailOn lists the finding types that fail the run; empty fails on none.
	FailOn map[compare.Type]bool
	// Accepted holds fingerprints of known differences: they are reported
	// as accepted and do not fail the run.
	Accepted map[string]bool
	// Trimmed, when set, is the Focus the baseline results were trimmed
	// by (compare.Options.Trimmed).
	Trimmed *compare.Focus
	// Mates, when not nil, holds for each new document the indices of the
	// baseline documents it is compared with, in order: those of its
	// story (stories.Mates), when the baseline is an archive of many. The
	// baseline results no new document is compared with may be nil. Nil
	// compares each new document with the whole baseline.
	Mates [][]int
}

// Finding is a compare finding seen from a new article: its claim in the
// new article comes first (that is where it is reported), and it says
// whether it fails the run.
type Finding struct {
	compare.Finding
	// New is the id of the new document the finding is about.
	New string `json:"new"`
	// Baseline names the baseline documents involved.
	Baseline []string `json:"baseline"`
	// Fails says the finding is at or above the fail level and not accepted.
	Fails bool `json:"fails"`
	// Accepted says the finding's fingerprint is in the accepted list.
	Accepted bool `json:"accepted"`
	// Suppressed says an inline claimdiff-ignore comment covers it.
	Suppressed bool `json:"suppressed"`
}

// Result is the outcome of a check.
type Result struct {
	Version int `json:"version"`
	// Documents are the new documents and the baseline documents some new
	// document was compared with.
	Documents []output.Document `json:"documents"`
	// New lists the ids of the new documents, in input order.
	New      []string       `json:"new"`
	Findings []Finding      `json:"findings"`
	Summary  map[string]int `json:"summary"`
	// FailOn is the fail level, for the record.
	FailOn []string `json:"fail_on"`
	// Failed is the exit decision: some finding fails the run.
	Failed bool `json:"failed"`
	// ExitCode is 1 when Failed, else 0.
	ExitCode int `json:"exit_code"`
	// Baseline counts the baseline documents given and, for each new
	// document, those it was compared with.
	Baseline Baseline `json:"baseline"`
}

// Baseline counts the baseline documents of a check.
type Baseline struct {
	// Given is how many baseline documents there were: those given, or
	// with an index those found related to any new document.
	Given int `json:"given"`
	// Candidates is, for each new document (by id), how many baseline
	// documents it could be compared with: every one given, or with an
	// index those found related to it.
	Candidates map[string]int `json:"candidates"`
	// Compared is, for each new document, how many of its candidates it
	// was compared with: all, or those of its story (Options.Mates).
	Compared map[string]int `json:"compared"`
}

// Check compares each new document with the baseline documents (all, or
// its Options.Mates) and keeps
// the findings that involve the new document, other than agreements (they
// are not problems). Baseline-only findings are never computed: the
// comparison is focused on the new document.
func Check(ctx context.Context, newDocs, baseline []*claims.Result, r *rules.Rules, opt Options) (*Result, error) {
	// lists are empty, never null, and every type check reports is
	// counted, 0 or not, so a program reading the JSON need not guard
	res := &Result{Version: compare.Version, Summary: map[string]int{}, New: []string{}, Findings: []Finding{}, FailOn: []string{}}
	for _, t := range compare.Types {
		if t != compare.Agreement {
			res.Summary[string(t)] = 0
		}
	}
	res.Baseline = Baseline{Given: len(baseline), Candidates: map[string]int{}, Compared: map[string]int{}}
	if opt.Mates != nil && len(opt.Mates) != len(newDocs) {
		return nil, fmt.Errorf("check: %d baseline choices for %d new documents", len(opt.Mates), len(newDocs))
	}
	// the documents compared: the new ones, then the baseline's that some
	// new document is compared with, in baseline order
	compared := make([]bool, len(baseline))
	every := everyIndex(opt.Mates, len(baseline))
	for i := range newDocs {
		for _, j := range mates(opt.Mates, i, every) {
			if j < 0 || j >= len(baseline) || baseline[j] == nil {
				return nil, fmt.Errorf("check: baseline document %d chosen but not given", j)
			}
			compared[j] = true
		}
	}
	all := append([]*claims.Result(nil), newDocs...)
	for j, b := range baseline {
		if compared[j] {
			all = append(all, b)
		}
	}
	res.Documents = output.Documents(all)
	for t := range opt.FailOn {
		res.FailOn = append(res.FailOn, string(t))
	}
	sort.Strings(res.FailOn)
	for i, n := range newDocs {
		res.New = append(res.New, n.Doc.ID)
		docs := []*claims.Result{n}
		for _, j := range mates(opt.Mates, i, every) {
			docs = append(docs, baseline[j])
		}
		res.Baseline.Candidates[n.Doc.ID] = len(baseline)
		res.Baseline.Compared[n.Doc.ID] = len(docs) - 1
		rep, err := compare.Compare(ctx, docs, r, compare.Options{Focus: map[int]bool{0: true}, Trimmed: opt.Trimmed})
		if err != nil {
			return nil, err
		}
		ignores := inlineIgnores(n)
		for _, f := range rep.Findings {
			if f.Type == compare.Agreement {
				continue
			}
			cf := Finding{Finding: f, New: n.Doc.ID}
			// the new article's claim first: that is where CI reports it
			cf.SortClaims(func(a, b *claims.Claim) bool { return a.Doc == n.Doc.ID && b.Doc != n.Doc.ID })
			cf.Baseline = baselineDocs(cf.Claims, n.Doc.ID)
			limit(&cf, n.Doc.ID)
			byBaseline(&cf.Finding, n.Doc.ID, cf.Baseline)
			cf.Suppressed = ignores.covers(cf.Claims[0], f.Kind)
			cf.Accepted = opt.Accepted[f.ID]
			cf.Fails = opt.FailOn[f.Type] && !cf.Accepted && !cf.Suppressed
			if cf.Fails {
				res.Failed = true
			}
			res.Summary[string(f.Type)]++
			res.Findings = append(res.Findings, cf)
		}
	}
	if res.Failed {
		res.ExitCode = 1
	}
	return res, nil
}

// mates is the baseline documents new document i is compared with: its
// mates, or with none given every one (every, from everyIndex).
func mates(m [][]int, i int, every []int) []int {
	if m != nil {
		return m[i]
	}
	return every
}

// everyIndex is 0 to n-1, the baseline documents every new one is
// compared with where no mates are chosen (m nil), made once; nil else.
func everyIndex(m [][]int, n int) []int {
	if m != nil {
		return nil
	}
	all := make([]int, n)
	for j := range all {
		all[j] = j
	}
	return all
}

// maxBaseline bounds the baseline documents a finding names: against an
// archive of thousands, a reader needs a few examples, not all of them.
const maxBaseline = 20

// baselineDocs lists the baseline documents of a finding's claims (the new
// article's, newID, first among them), each once, so that the first
// maxBaseline, which limit keeps, show everything the baseline says: the
// documents are grouped by what their first claim says (its value or
// words, and its attribution), the groups that differ from the new
// article's first, in the claims' order, and the documents taken a group
// at a time — the first of each group, then the second of each, and so on.
// A conflict with one outlet's figure, set beside twenty copies of the new
// article's own and twenty rewordings of it, still shows that figure.
func baselineDocs(cs []claims.Claim, newID string) []string {
	mine := ""
	if len(cs) > 0 && cs[0].Doc == newID {
		mine = says(&cs[0])
	}
	var keys []string               // what each group says, in order
	groups := map[string][]string{} // what a group says -> its documents
	seen := map[string]bool{}
	for i := range cs {
		c := &cs[i]
		if c.Doc == newID || seen[c.Doc] {
			continue
		}
		seen[c.Doc] = true
		k := says(c)
		if groups[k] == nil {
			keys = append(keys, k)
		}
		groups[k] = append(groups[k], c.Doc)
	}
	// the new article's own reading last
	if i := slices.Index(keys, mine); i >= 0 {
		keys = append(append(keys[:i:i], keys[i+1:]...), mine)
	}
	out := make([]string, 0, len(seen))
	for round := 0; len(keys) > 0; round++ {
		left := keys[:0] // the groups with documents after this round
		for _, k := range keys {
			out = append(out, groups[k][round])
			if round+1 < len(groups[k]) {
				left = append(left, k)
			}
		}
		keys = left
	}
	return out
}

// byBaseline orders a finding's claims as its baseline documents are
// listed (baselineDocs: those that disagree with the new article first),
// the new article's own first of all, each document's in their order.
func byBaseline(f *compare.Finding, newID string, docs []string) {
	rank := map[string]int{newID: 0}
	for i, d := range docs {
		rank[d] = i + 1
	}
	f.SortClaims(func(a, b *claims.Claim) bool { return rank[a.Doc] < rank[b.Doc] })
}

// says is what a claim says, as baselineDocs compares it: its value (or
// its words) and its attribution.
func says(c *claims.Claim) string {
	v := c.Text
	if c.Value != nil {
		v = c.Value.Human()
	}
	a := c.Attribution
	return v + "\x00" + a.Speaker + "\x00" + string(a.Form) + "\x00" + strconv.FormatBool(a.Hedged)
}

// limit keeps the new article's claims and those of the first maxBaseline
// baseline documents, in claims, values and attributions alike.
func limit(f *Finding, newID string) {
	if len(f.Baseline) <= maxBaseline {
		return
	}
	keep := map[string]bool{newID: true}
	for _, d := range f.Baseline[:maxBaseline] {
		keep[d] = true
	}
	f.Baseline = f.Baseline[:maxBaseline]
	f.KeepClaims(func(c *claims.Claim) bool { return keep[c.Doc] })
	var vs = f.Detail.Values[:0:0]
	for _, v := range f.Detail.Values {
		if keep[v.Doc] {
			vs = append(vs, v)
		}
	}
	f.Detail.Values = vs
	var as = f.Detail.Attributions[:0:0]
	for _, a := range f.Detail.Attributions {
		if keep[a.Doc] {
			as = append(as, a)
		}
	}
	f.Detail.Attributions = as
}

// Merge adds another check's result to r (nil r takes b as it is): `check
// --db` checks each new article against its own related documents.
func (r *Result) Merge(b *Result) *Result {
	if r == nil {
		return b
	}
	seen := map[string]bool{}
	for _, d := range r.Documents {
		seen[d.ID] = true
	}
	for _, d := range b.Documents {
		if !seen[d.ID] {
			r.Documents = append(r.Documents, d)
		}
	}
	r.New = append(r.New, b.New...)
	// the baselines of the two may overlap: the caller that knows their
	// union sets Given (as check --db does); the larger is a floor
	r.Baseline.Given = max(r.Baseline.Given, b.Baseline.Given)
	for k, v := range b.Baseline.Candidates {
		r.Baseline.Candidates[k] = v
	}
	for k, v := range b.Baseline.Compared {
		r.Baseline.Compared[k] = v
	}
	r.Findings = append(r.Findings, b.Findings...)
	for k, v := range b.Summary {
		r.Summary[k] += v
	}
	r.Failed = r.Failed || b.Failed
	if r.Failed {
		r.ExitCode = 1
	}
	return r
}
