package compare

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/claims"
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
	cmp := &comparer{results: results, r: r, sources: map[string]bool{}, pub: map[string]string{}, focus: opt.Focus}
	for _, res := range results {
		cmp.sources[res.Doc.Source] = true
		cmp.pub[res.Doc.ID] = res.Doc.PublishedString()
	}
	cmp.words = make([][]wordSet, len(results))
	al := &aligner{byKey: map[string][]*group{}, threshold: r.Compare.StatementThreshold,
		kinds: r.Kinds, tol: func(c *claims.Claim) rules.Tolerance { return r.ToleranceFor(c.Kind, c.Rule) }}
	for di, res := range results {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		var items []*item
		for ci := range res.Claims {
			c := &res.Claims[ci]
			if c.Kind == "quote" {
				continue
			}
			items = append(items, &item{c: c, doc: di, words: cmp.sentenceWords(di, c.SentenceIndex())})
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
	findings = append(findings, cmp.statements(grouped)...)
	findings = append(findings, cmp.quotes()...)
	return cmp.report(findings, opt), nil
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

// comparer holds one comparison's inputs and caches.
type comparer struct {
	results []*claims.Result
	r       *rules.Rules
	sources map[string]bool
	words   [][]wordSet       // per document, per sentence, for results without Words
	pub     map[string]string // document id -> publication time
	focus   map[int]bool      // nil: every document
}

// inFocus reports whether doc is one the report is about.
func (cmp *comparer) inFocus(doc int) bool { return cmp.focus == nil || cmp.focus[doc] }

// groupInFocus reports whether a group involves a focus document.
func (cmp *comparer) groupInFocus(g *group) bool {
	if cmp.focus == nil {
		return true
	}
	for d := range g.docs {
		if cmp.focus[d] {
			return true
		}
	}
	return false
}

// sentenceWords is the content words of a sentence: the result's Words
// when it has them (a result read from the extraction cache), else
// computed once.
func (cmp *comparer) sentenceWords(doc, sent int) wordSet {
	res := cmp.results[doc]
	if res.Words != nil {
		return res.Words[sent]
	}
	if cmp.words[doc] == nil {
		cmp.words[doc] = make([]wordSet, len(res.Text.Sentences))
	}
	w := cmp.words[doc][sent]
	if w == nil {
		s := res.Text.Sentences[sent]
		w = claims.ContentWords(res.Text, s.First, s.Last, cmp.r)
		if w == nil {
			w = wordSet{}
		}
		cmp.words[doc][sent] = w
	}
	return w
}

// judge turns one group into its findings.
func (cmp *comparer) judge(g *group) []Finding {
	var prim []*item
	for _, it := range g.items {
		if !it.restates {
			prim = append(prim, it)
		}
	}
	kind := prim[0].c.Kind
	present := map[string]bool{}
	for _, it := range prim {
		present[it.c.Source] = true
	}
	missing := cmp.missing(present)
	if len(prim) == 1 {
		if len(cmp.sources) < 2 && len(cmp.results) < 2 {
			return nil
		}
		c := prim[0].c
		return []Finding{{Type: OnlyIn, Kind: kind,
			Summary: fmt.Sprintf("only %s: %s", c.Source, describeFact(c)),
			Why:     "no other document reports a " + kind + " claim with compatible slots",
			Claims:  claimsOf(g.items), Detail: Detail{Sources: []string{c.Source}, MissingFrom: missing}}}
	}
	why := "same kind (" + kind + ")"
	if len(g.why) > 0 {
		why += "; " + strings.Join(g.why, "; ")
	}
	var out []Finding
	values, conflicting, allDated := cmp.values(prim)
	if k := cmp.r.Kinds[kind]; k == nil || !k.Revisable {
		allDated = false
	}
	f := Finding{Kind: kind, Why: why, Claims: claimsOf(g.items),
		Detail: Detail{Values: values, Sources: sortedKeys(present), MissingFrom: missing}}
	switch {
	case len(conflicting) == 0:
		f.Type = Agreement
		f.Summary = fmt.Sprintf("%s — %d documents agree (%s)", describeFact(prim[0].c), len(prim), strings.Join(sortedKeys(present), ", "))
	default:
		lo, hi := conflicting[0][0], conflicting[0][1]
		d := difference(lo.c.Value.Number, hi.c.Value.Number)
		f.Detail.Difference = &d
		f.Type = Conflict
		if allDated {
			f.Type = Update
			sort.SliceStable(f.Claims, func(i, j int) bool {
				return cmp.published(f.Claims[i].Doc) < cmp.published(f.Claims[j].Doc)
			})
			first, last := f.Claims[0], f.Claims[len(f.Claims)-1]
			f.Summary = fmt.Sprintf("%s revised from %s (%s, %s) to %s (%s, %s)", kind,
				output.HumanValue(first.Value), first.Source, cmp.published(first.Doc),
				output.HumanValue(last.Value), last.Source, cmp.published(last.Doc))
		} else {
			f.Summary = fmt.Sprintf("%s: %s (%s) vs %s (%s) — differ by %s (%.1f%%)", kind,
				output.HumanValue(lo.c.Value), lo.c.Source, output.HumanValue(hi.c.Value), hi.c.Source,
				output.Thousands(d.Absolute), d.Relative*100)
		}
	}
	out = append(out, f)
	if k := cmp.r.Kinds[kind]; k != nil && !k.AttributionGaps {
		return out
	}
	if gap := cmp.attributionGap(g, kind, why); gap != nil {
		out = append(out, *gap)
	}
	return out
}

// values lists each document's value and, when they cannot all be true,
// the pair furthest apart (the one claiming the highest lower end and the
// one claiming the lowest upper end). By Helly's theorem in one dimension,
// intervals that overlap pairwise share a point, so this is O(k). allDated
// reports that the disagreement is only between publication times: every
// document has one, and documents published at the same time agree.
func (cmp *comparer) values(prim []*item) ([]SideValue, [][2]*item, bool) {
	var vals []SideValue
	var withValue []*item
	for _, it := range prim {
		vals = append(vals, SideValue{Doc: it.c.Doc, Source: it.c.Source, Published: cmp.published(it.c.Doc),
			Value: valueText(it.c), Claim: it.c.ID})
		if it.c.Value != nil {
			withValue = append(withValue, it)
		}
	}
	lo, hi, ok := cmp.agree(withValue)
	if ok {
		return vals, nil, false
	}
	allDated := true
	byTime := map[string][]*item{}
	for _, it := range withValue {
		p := cmp.published(it.c.Doc)
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
	return vals, [][2]*item{{lo, hi}}, allDated && len(byTime) > 1
}

// agree reports whether every value can be true at once; if not, it names
// the item with the highest lower end and the one with the lowest upper end.
func (cmp *comparer) agree(items []*item) (*item, *item, bool) {
	if len(items) < 2 {
		return nil, nil, true
	}
	t := cmp.r.ToleranceFor(items[0].c.Kind, items[0].c.Rule)
	var maxLo, minHi *item
	var ivLo, ivHi interval
	for _, it := range items {
		iv := valueInterval(it.c.Value, t)
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

func valueText(c *claims.Claim) string {
	if c.Value != nil {
		return output.HumanValue(c.Value)
	}
	if c.Date != nil {
		return c.Date.String()
	}
	if c.Victim != "" {
		return c.Victim + " killed"
	}
	return c.Text
}

// docAttributions is how each document attributes a fact, in order of
// first appearance: bare if it states it as fact anywhere, else its first
// attribution.
func docAttributions(items []*item) ([]*item, []claims.Attribution) {
	var firsts []*item
	at := map[int]claims.Attribution{}
	for _, it := range items {
		a := it.c.Attribution
		prev, seen := at[it.doc]
		if !seen {
			firsts = append(firsts, it)
			at[it.doc] = a
			continue
		}
		if a.Form == claims.FormNone && !a.Hedged && !(prev.Form == claims.FormNone && !prev.Hedged) {
			at[it.doc] = a
		}
	}
	out := make([]claims.Attribution, len(firsts))
	for i, it := range firsts {
		out[i] = at[it.doc]
	}
	return firsts, out
}

// attributionGap compares how the documents in a group attribute the fact.
func (cmp *comparer) attributionGap(g *group, kind, why string) *Finding {
	var sides []SideAttribution
	firsts, attrs := docAttributions(g.items)
	for i, it := range firsts {
		a := attrs[i]
		sides = append(sides, SideAttribution{Doc: it.c.Doc, Source: it.c.Source, Speaker: a.Speaker,
			Form: string(a.Form), Hedged: a.Hedged, Hedge: a.Hedge})
	}
	gap := gapKind(attrs)
	if gap == "" {
		return nil
	}
	return &Finding{Type: AttributionGap, Kind: kind, Why: why,
		Summary: fmt.Sprintf("%s: %s", describeFact(g.items[0].c), describeGap(sides)),
		Claims:  claimsOf(g.items), Detail: Detail{Gap: gap, Attributions: sides}}
}

// gapKind names the difference between attributions, or "" for none. Only
// what the text shows counts: a quote whose speaker was not found (speaker
// type unknown) is evidence of nothing, and two speakers differ only when
// their identities cannot be the same (see speakerKey and sameSpeaker).
func gapKind(attrs []claims.Attribution) string {
	bare, attributed, hedged, asserted := false, false, false, false
	var keys []string
	seen := map[string]bool{} // each key once: a fact 10,000 outlets attribute alike is one key, not 10,000² comparisons
	for _, a := range attrs {
		if a.SpeakerType == claims.SpeakerUnknown {
			continue
		}
		if a.Form == claims.FormNone || a.Speaker == "" {
			bare = true
		} else {
			attributed = true
			if k := speakerKey(a); k != "" && !seen[k] {
				seen[k] = true
				keys = append(keys, k)
			}
		}
		if a.Hedged {
			hedged = true
		} else {
			asserted = true
		}
	}
	different := false
	for i := range keys {
		for j := i + 1; j < len(keys) && !different; j++ {
			different = !sameSpeaker(keys[i], keys[j])
		}
	}
	switch {
	case bare && attributed:
		return "bare-vs-attributed"
	case different:
		return "different-speakers"
	case hedged && asserted:
		return "hedged-vs-asserted"
	}
	return ""
}

// speakerKey is a speaker's identity for comparison across outlets: its
// type and its lower-cased name ("person:john bel edwards"), all unnamed
// sources one "anonymous", and "" where the text gives no identity to
// compare: a document ("the statement said": somebody's statement), a role
// without a name ("the governor"), an unknown speaker. "" matches anyone.
func speakerKey(a claims.Attribution) string {
	name := strings.TrimSpace(a.Speaker)
	switch a.SpeakerType {
	case claims.SpeakerDocument, claims.SpeakerUnknown, claims.SpeakerNone:
		return ""
	case claims.SpeakerAnonymous:
		return "anonymous"
	case claims.SpeakerPerson:
		f := strings.Fields(name)
		if len(f) == 0 || strings.Contains(name, "'s") {
			return ""
		}
		if r, _ := utf8.DecodeRuneInString(f[len(f)-1]); !unicode.IsUpper(r) {
			return "" // a role, not a name: "the governor", "his lawyer"
		}
	}
	return string(a.SpeakerType) + ":" + strings.ToLower(name)
}

// sameSpeaker reports whether two speaker keys can name the same speaker.
// People: the same surname, and one name is the surname alone or the two
// share a given name or initial ("Edwards" and "Louisiana Governor John Bel
// Edwards" are one person; "Bill Clinton" and "Hillary Clinton" are two).
// Others: one name's words are all in the other's ("police" and "Victoria
// Police", "court" and "the High Court").
func sameSpeaker(a, b string) bool {
	if a == b {
		return true
	}
	ta, na, _ := strings.Cut(a, ":")
	tb, nb, _ := strings.Cut(b, ":")
	if ta != tb {
		return false
	}
	fa, fb := strings.Fields(strings.TrimPrefix(na, "the ")), strings.Fields(strings.TrimPrefix(nb, "the "))
	if len(fa) == 0 || len(fb) == 0 {
		return true
	}
	if ta == string(claims.SpeakerPerson) {
		if fa[len(fa)-1] != fb[len(fb)-1] {
			return false
		}
		ga, gb := fa[:len(fa)-1], fb[:len(fb)-1]
		if len(ga) == 0 || len(gb) == 0 {
			return true
		}
		for _, x := range ga {
			for _, y := range gb {
				if x == y || (strings.TrimSuffix(x, ".") != x || len(x) == 1 || strings.TrimSuffix(y, ".") != y || len(y) == 1) && x[0] == y[0] {
					return true
				}
			}
		}
		return false
	}
	short, long := fa, fb
	if len(short) > len(long) {
		short, long = long, short
	}
	for _, w := range short {
		if !slices.Contains(long, w) {
			return false
		}
	}
	return true
}

func describeGap(sides []SideAttribution) string {
	var parts []string
	for _, s := range sides {
		who := "stated as fact"
		if s.Form != string(claims.FormNone) && s.Speaker != "" {
			who = "attributed to " + s.Speaker
		}
		if s.Hedged {
			who += " (hedged: " + s.Hedge + ")"
		}
		parts = append(parts, who+" in "+s.Source)
	}
	return strings.Join(parts, "; ")
}

// describeFact renders a claim's fact: "troops about 5,200 troops
// (subject United States, place Iraq)".
func describeFact(c *claims.Claim) string {
	s := c.Kind + " " + valueText(c)
	if c.Value == nil && c.Date == nil && c.Victim != "" {
		s = c.Kind + " " + c.Victim // "killed Qassem Soleimani", the kind said once
	}
	var slots []string
	if c.Subject != "" && c.Kind != "quote" {
		slots = append(slots, "subject "+c.Subject)
	}
	if c.Place != "" {
		slots = append(slots, "place "+c.Place)
	}
	if c.Date != nil && c.Value != nil {
		slots = append(slots, "time "+c.Date.String())
	}
	if len(slots) > 0 {
		s += " (" + strings.Join(slots, ", ") + ")"
	}
	return s
}

func (cmp *comparer) published(doc string) string { return cmp.pub[doc] }

// missing lists the outlets not in present.
func (cmp *comparer) missing(present map[string]bool) []string {
	var out []string
	for s := range cmp.sources {
		if !present[s] {
			out = append(out, s)
		}
	}
	sort.Strings(out)
	if len(out) > maxMissing {
		out = append(out[:maxMissing], fmt.Sprintf("… and %d more", len(out)-maxMissing))
	}
	return out
}

func claimsOf(items []*item) []claims.Claim {
	out := make([]claims.Claim, len(items))
	for i, it := range items {
		out[i] = *it.c
	}
	return out
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
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
		sort.SliceStable(fs[i].Claims, func(a, b int) bool {
			ca, cb := fs[i].Claims[a], fs[i].Claims[b]
			if fs[i].Type == Update {
				return false
			}
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
// documents and words of its claims, not their positions.
func fingerprint(f *Finding) string {
	parts := make([]string, 0, len(f.Claims))
	for _, c := range f.Claims {
		parts = append(parts, c.Doc+"\x00"+c.Kind+"\x00"+c.Text)
	}
	sort.Strings(parts)
	h := sha256.Sum256([]byte(string(f.Type) + "\x01" + f.Kind + "\x01" + strings.Join(parts, "\x01")))
	return hex.EncodeToString(h[:6])
}
