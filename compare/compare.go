package compare

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/mention"
	"github.com/claimdiff/claimdiff/claims/output"
	"github.com/claimdiff/claimdiff/claims/rules"
)

// Options tune a comparison.
type Options struct {
	// Only keeps findings of these types; empty keeps all.
	Only map[Type]bool
	// Focus, when set, limits the report to findings that involve these
	// documents (by index): `check` compares one new article with a large
	// baseline and needs only what concerns the new one. Work on facts and
	// sentences no focus document shares is skipped.
	Focus map[int]bool
	// NearMisses, when set, lists in the report the pairs of figures kept
	// apart and the frame field that kept them apart (--explain).
	NearMisses bool
	// Trimmed, when set, is the Focus the baseline results were trimmed
	// by (check): the sentences it left out of them count in statement
	// alignment (see leftOut).
	Trimmed *Focus
}

// maxMissing bounds the outlets listed as missing a fact; a larger list
// ends with a count ("… and 9,980 more").
const maxMissing = 20

// Compare aligns the claims of the extracted documents and judges each
// fact. Documents are taken in the order of their ids, whatever order they
// are given in, so the report is the same byte for byte for the same set of
// documents.
func Compare(ctx context.Context, results []*claims.Result, r *rules.Rules, opt Options) (*Report, error) {
	results, opt.Focus = canonical(results, opt.Focus)
	cmp := &comparer{results: results, r: r, sources: map[string]bool{}, pub: map[string]string{}, focus: opt.Focus,
		leftOut: opt.Trimmed.leftOuts()}
	for _, res := range results {
		cmp.sources[res.Doc.Source] = true
		cmp.pub[res.Doc.ID] = res.Doc.PublishedString()
	}
	cmp.words = make([][]wordSet, len(results))
	al := &aligner{byKey: map[string][]*group{}, threshold: r.Compare.StatementThreshold, names: newNames(r), places: notNames(r), rules: r,
		kinds: r.Kinds, tol: func(c *claims.Claim) rules.Tolerance { return r.ToleranceFor(c.Kind, c.Rule) }}
	cmp.al = al
	if cmp.focus != nil {
		al.only = cmp.focusKeys()
	}
	docs := make([][]*item, len(results))
	for di, res := range results {
		if its, ok := opt.Trimmed.takeItems(res, di); ok {
			docs[di] = its // made as the result was trimmed
			continue
		}
		docs[di] = cmp.items(di, res)
	}
	al.storyDay = storyDate(docs, al.incidentCount)
	for _, items := range docs {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		al.addDoc(items)
	}
	var findings []Finding
	grouped := map[[2]int]bool{} // (doc, sentence) pairs compared as typed claims
	for _, g := range al.groups {
		if !cmp.groupInFocus(g) {
			continue
		}
		findings = append(findings, cmp.judge(g)...)
		if len(g.docs) > 1 {
			for _, it := range g.items {
				grouped[[2]int{it.doc, it.c.SentenceIndex()}] = true
			}
		}
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	bridges, bridged := cmp.figureBridges(al.groups)
	findings = append(withoutOnlyIn(findings, bridged), bridges...)
	findings = append(findings, cmp.statements(grouped)...)
	if cmp.leftOutAligned {
		return nil, ErrLeftOut
	}
	findings = append(findings, cmp.quotes()...)
	rep := cmp.report(findings, opt)
	if opt.NearMisses {
		rep.NearMisses = cmp.nearMisses(al)
	}
	return rep, nil
}

// canonical sorts documents by id and moves the focus indices with them.
func canonical(results []*claims.Result, focus map[int]bool) ([]*claims.Result, map[int]bool) {
	idx := make([]int, len(results))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return results[idx[a]].Doc.ID < results[idx[b]].Doc.ID })
	out := make([]*claims.Result, len(results))
	var nf map[int]bool
	if focus != nil {
		nf = map[int]bool{}
	}
	for newI, oldI := range idx {
		out[newI] = results[oldI]
		if focus[oldI] {
			nf[newI] = true
		}
	}
	return out, nf
}

// judge turns one group into its findings: an agreement, a conflict or
// an update on the fact's values, and an attribution gap when the
// documents attribute it differently. A claim pair is never both an
// agreement and an attribution gap: agreeing values with a gap are reported
// as the gap, which carries the values too.
func (cmp *comparer) judge(g *group) []Finding {
	prim := primaries(g)
	kind := cmp.al.kindName(prim[0])
	k := cmp.al.kindOf(prim[0])
	present := map[string]bool{}
	for _, it := range prim {
		present[it.c.Source] = true
	}
	missing := cmp.missing(present)
	fr := factFrame(g, prim, kind, k, cmp.al.names)
	fr.Part = partOf(prim, g, kind, cmp.r, cmp.results)
	if len(prim) == 1 {
		if prim[0].aside != "" {
			return nil // another incident's figure, beside the document's own: no coverage gap of the story
		}
		return cmp.onlyIn(g, prim[0], kind, fr, missing)
	}
	if note := notOneFact(prim); note != "" {
		return cmp.split(g, note)
	}
	why := groupWhy(g, kind, fr)
	values, conflicting, allDated, note := cmp.values(prim)
	if k == nil || !k.Revisable {
		allDated = false
	}
	f := Finding{Kind: kind, Why: why, Claims: claimsOf(g.items),
		Detail: Detail{Frame: fr, Values: values, Tolerance: cmp.toleranceUsed(prim), Note: note,
			Sources: sortedKeys(present), MissingFrom: missing}}
	var gap *Finding
	if k == nil || k.AttributionGaps {
		if gap = cmp.attributionGap(g, kind, why, values); gap != nil {
			gap.Title = findingTitle(fr, values, ", ")
			gap.Detail.Frame, gap.Detail.Values, gap.Detail.Tolerance = fr, values, f.Detail.Tolerance
		}
	}
	if len(conflicting) > 0 {
		cmp.conflict(&f, prim, conflicting[0], allDated)
		if gap != nil {
			return []Finding{f, *gap}
		}
		return []Finding{f}
	}
	if gap != nil {
		return []Finding{*gap}
	}
	f.Type = Agreement
	f.Title = findingTitle(fr, values, ", ")
	f.Summary = fmt.Sprintf("%s — %d documents agree (%s)", describeAgreement(prim[0].c, values, fr), len(prim), strings.Join(sortedKeys(present), ", "))
	return []Finding{f}
}

// onlyIn is the finding of a fact one document alone reports, none when
// there is only one document to compare.
func (cmp *comparer) onlyIn(g *group, it *item, kind string, fr *FactFrame, missing []string) []Finding {
	if len(cmp.sources) < 2 && len(cmp.results) < 2 {
		return nil
	}
	c := it.c
	vals := cmp.sideValues([]*item{it})
	return []Finding{{Type: OnlyIn, Kind: kind, Title: findingTitle(fr, vals, ", "),
		Summary: fmt.Sprintf("only %s: %s", c.Source, describeFact(c)),
		Why:     "no other document reports a " + kind + " claim with a compatible frame",
		Claims:  claimsOf(g.items), Detail: Detail{Frame: fr, Sources: []string{c.Source}, MissingFrom: missing}}}
}

// groupWhy says why a group's claims are one fact: the same kind, the frame
// slots that matched (those the alignment's own reasons do not already
// name), and the alignment's reasons.
func groupWhy(g *group, kind string, fr *FactFrame) string {
	why := "same kind (" + kind + ")"
	var shared []string
	for _, m := range fr.Matched {
		if !slices.ContainsFunc(g.why, func(w string) bool { return strings.HasPrefix(w, "same "+m+" ") }) {
			shared = append(shared, m)
		}
	}
	if len(shared) > 0 {
		why += "; same " + strings.Join(shared, ", ")
	}
	if len(g.why) > 0 {
		why += "; " + strings.Join(g.why, "; ")
	}
	return why
}

// conflict makes f the finding of values that disagree, pair the
// first conflicting pair: an update, its claims in time order, when every
// side is dated and the kind is revisable; else a conflict with the
// difference between the figures (or between the times).
func (cmp *comparer) conflict(f *Finding, prim []*item, pair [2]*item, allDated bool) {
	kind, fr := f.Kind, f.Detail.Frame
	lo, hi := pair[0], pair[1]
	f.Type = Conflict
	f.Title = findingTitle(fr, f.Detail.Values, " vs ")
	if lo.c.Value == nil {
		f.Summary = timeSummary(kind, fr, lo, hi)
		return
	}
	d := valuesDifference(lo.c.Value, hi.c.Value)
	f.Detail.Difference = &d
	if !allDated {
		f.Summary = fmt.Sprintf("%s: %s (%s) vs %s (%s) — differ by %s (%.1f%%)", kind,
			lo.c.Value.Human(), lo.c.Source, hi.c.Value.Human(), hi.c.Source,
			mention.Thousands(d.Absolute), d.Relative*100)
		return
	}
	f.Type = Update
	order, keys, rank := timeOrder(prim, cmp.pub)
	sort.SliceStable(f.Claims, func(i, j int) bool { return rank[f.Claims[i].Doc] < rank[f.Claims[j].Doc] })
	first, last := order[0], order[len(order)-1]
	f.Summary = fmt.Sprintf("%s revised from %s (%s, %s) to %s (%s, %s)", kind,
		first.c.Value.Human(), first.c.Source, keys[first],
		last.c.Value.Human(), last.c.Source, keys[last])
}

// split judges each document's claims of a group on their own, with a
// note saying why they were not compared.
func (cmp *comparer) split(g *group, note string) []Finding {
	var out []Finding
	byDoc := map[int]*group{}
	var order []int
	for _, it := range g.items {
		sub := byDoc[it.doc]
		if sub == nil {
			sub = &group{key: g.key, docs: map[int]bool{}}
			byDoc[it.doc] = sub
			order = append(order, it.doc)
		}
		sub.items = append(sub.items, it)
		sub.docs[it.doc] = true
		sub.side.fill(it)
	}
	for _, d := range order {
		for _, f := range cmp.judge(byDoc[d]) {
			f.Detail.Note = note
			out = append(out, f)
		}
	}
	return out
}

// values lists each document's value and, when they cannot all be true,
// the pair furthest apart (the one claiming the highest lower end and the
// one claiming the lowest upper end). By Helly's theorem in one dimension,
// intervals that overlap pairwise share a point, so this is O(k). allDated
// reports that the disagreement is only between times: every
// value has a time (its anchor's, else its document's publication time:
// timeKeys), and values of the same time agree. note
// explains a reading that made values comparable (a count that includes
// the perpetrator and one that does not).
func (cmp *comparer) values(prim []*item) ([]SideValue, [][2]*item, bool, string) {
	vals := cmp.sideValues(prim)
	var withValue []*item
	for _, it := range prim {
		if it.c.Value != nil {
			withValue = append(withValue, it)
		}
	}
	if len(withValue) == 0 {
		// event times: compared by when they say the event happens
		if lo, hi, note, ok := agreeTimes(prim); !ok {
			return vals, [][2]*item{{lo, hi}}, false, note
		}
		return vals, nil, false, ""
	}
	note := perpetratorNote(withValue)
	lo, hi, ok := cmp.agree(withValue)
	if ok {
		return vals, nil, false, note
	}
	allDated := true
	byTime := map[string][]*item{}
	keys := timeKeys(withValue, cmp.pub)
	for i, it := range withValue {
		p := keys[i]
		if p == "" {
			allDated = false
		}
		byTime[p] = append(byTime[p], it)
	}
	for _, same := range byTime {
		if _, _, ok := cmp.agree(same); !ok {
			allDated = false
		}
	}
	return vals, [][2]*item{{lo, hi}}, allDated && len(byTime) > 1, note
}

// agree reports whether every value can be true at once; if not, it names
// the item with the highest lower end and the one with the lowest upper end.
func (cmp *comparer) agree(items []*item) (*item, *item, bool) {
	if len(items) < 2 {
		return nil, nil, true
	}
	shift, inc := perpetratorShift(items), includesPerpetrator(items)
	var maxLo, minHi *item
	var ivLo, ivHi interval
	for _, it := range items {
		iv := claimInterval(it.c, cmp.r.ToleranceFor(it.c.Kind, it.c.Rule), cmp.al.kindOf(it), describedCount(cmp.r, it.c))
		iv.hi += it.widen // "4 Shot, 1 Killed": four or five shot
		switch p := frameOf(it.c).Perpetrator; {
		case shift && p == perpExcluded:
			iv.lo, iv.hi = iv.lo+1, iv.hi+1
		case inc && p == "":
			iv.hi++ // a count silent on him may leave him out
		}
		if maxLo == nil || iv.lo > ivLo.lo || (iv.lo == ivLo.lo && iv.loOpen && !ivLo.loOpen) {
			maxLo, ivLo = it, iv
		}
		if minHi == nil || iv.hi < ivHi.hi || (iv.hi == ivHi.hi && iv.hiOpen && !ivHi.hiOpen) {
			minHi, ivHi = it, iv
		}
	}
	if ivHi.overlaps(ivLo) {
		return nil, nil, true
	}
	if minHi.c.Value.Number > maxLo.c.Value.Number {
		minHi, maxLo = maxLo, minHi
	}
	return minHi, maxLo, false
}

// missing lists the outlets not in present, the first maxMissing of
// them in order and a count of the rest: against thousands of outlets it
// walks their sorted list (sorted once) instead of sorting the missing
// ones again for every group.
func (cmp *comparer) missing(present map[string]bool) []string {
	if cmp.sortedSources == nil {
		cmp.sortedSources = make([]string, 0, len(cmp.sources))
		for s := range cmp.sources {
			cmp.sortedSources = append(cmp.sortedSources, s)
		}
		sort.Strings(cmp.sortedSources)
	}
	// the missing count from present, the names from the sorted list up
	// to maxMissing: a walk bounded by present's size, not the outlets'
	n := len(cmp.sortedSources)
	for s, here := range present {
		if here && cmp.sources[s] {
			n--
		}
	}
	var out []string
	for _, s := range cmp.sortedSources {
		if len(out) == min(n, maxMissing) {
			break
		}
		if !present[s] {
			out = append(out, s)
		}
	}
	if n > maxMissing {
		out = append(out, fmt.Sprintf("… and %d more", n-maxMissing))
	}
	return out
}

// report orders, identifies and filters the findings.
func (cmp *comparer) report(fs []Finding, opt Options) *Report {
	docIndex := map[string]int{}
	for i, res := range cmp.results {
		docIndex[res.Doc.ID] = i
	}
	typeIndex := map[Type]int{}
	for i, t := range Types {
		typeIndex[t] = i
	}
	for i := range fs {
		fs[i].ID = fingerprint(&fs[i])
		if fs[i].Type == Update {
			continue // in time order (judge)
		}
		fs[i].SortClaims(func(ca, cb *claims.Claim) bool {
			if docIndex[ca.Doc] != docIndex[cb.Doc] {
				return docIndex[ca.Doc] < docIndex[cb.Doc]
			}
			return ca.Span.Start < cb.Span.Start
		})
	}
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := fs[i], fs[j]
		if a.Type != b.Type {
			return typeIndex[a.Type] < typeIndex[b.Type]
		}
		ca, cb := a.Claims[0], b.Claims[0]
		if a.Type == OnlyIn && docIndex[ca.Doc] != docIndex[cb.Doc] {
			return docIndex[ca.Doc] < docIndex[cb.Doc] // coverage gaps grouped by outlet
		}
		if a.Kind != b.Kind {
			return a.Kind < b.Kind
		}
		if docIndex[ca.Doc] != docIndex[cb.Doc] {
			return docIndex[ca.Doc] < docIndex[cb.Doc]
		}
		if ca.Span.Start != cb.Span.Start {
			return ca.Span.Start < cb.Span.Start
		}
		return a.ID < b.ID
	})
	uniqueIDs(fs)
	rep := &Report{Version: Version, Documents: output.Documents(cmp.results), Findings: []Finding{}, Summary: map[Type]int{}}
	for _, t := range Types {
		rep.Summary[t] = 0
	}
	for _, f := range fs {
		if len(opt.Only) > 0 && !opt.Only[f.Type] {
			continue
		}
		rep.Findings = append(rep.Findings, f)
		rep.Summary[f.Type]++
	}
	return rep
}

// fingerprint is a finding's stable id: its type and kind and the
// documents, words and sentences of its claims, not their positions, so
// moving lines does not change it.
func fingerprint(f *Finding) string {
	parts := make([]string, 0, len(f.Claims))
	for _, c := range f.Claims {
		parts = append(parts, c.Doc+"\x00"+c.Kind+"\x00"+c.Text+"\x00"+c.Sentence)
	}
	sort.Strings(parts)
	h := sha256.Sum256([]byte(string(f.Type) + "\x01" + f.Kind + "\x01" + strings.Join(parts, "\x01")))
	return hex.EncodeToString(h[:6])
}

// uniqueIDs makes the findings' ids unique: a finding whose claims repeat
// another's word for word (the same sentence twice in one article) takes
// the next id in a chain from its own, in report order, which line moves
// do not change.
func uniqueIDs(fs []Finding) {
	seen := map[string]bool{}
	for i := range fs {
		id := fs[i].ID
		for seen[id] {
			h := sha256.Sum256([]byte(id))
			id = hex.EncodeToString(h[:6])
		}
		seen[id] = true
		fs[i].ID = id
	}
}

// toleranceUsed is the tolerance the values were compared with, and how
// the kind read their bounds.
func (cmp *comparer) toleranceUsed(items []*item) *ToleranceUsed {
	if len(items) == 0 || items[0].c.Value == nil {
		return nil
	}
	c := items[0].c
	t := cmp.r.ToleranceFor(c.Kind, c.Rule)
	u := &ToleranceUsed{Abs: t.Abs, Rel: t.Rel}
	for _, it := range items {
		if r := reading(it.c.Value, cmp.al.kindOf(it)); r != "" && !contains(u.Readings, r) {
			u.Readings = append(u.Readings, r)
		}
		if it.c.Value != nil && it.c.Value.Bound == "about" && !contains(u.Readings, aboutReading) {
			u.Readings = append(u.Readings, aboutReading)
		}
	}
	return u
}
