package claims

import "github.com/claimdiff/claimdiff/claims/mention"

// risenTolls gives the revised scope to the story's exact counts a later
// count of their kind says the figure has risen from ("Three people were
// killed in the shooting, police said Saturday. By Sunday the death toll
// had risen to five."): a count whose words hold one of rules.yaml
// casualties.rises is the standing figure, and a smaller exact count of
// its kind before it in the text was first reported. One pass finds the
// last such count of each kind, and one more marks the counts before it.
func (t casualtyText) risenTolls(cs []Claim) {
	type rise struct {
		at int     // first token of the last count that says the figure rose
		to float64 // its figure
	}
	last := map[string]rise{}
	for i := range cs {
		c := &cs[i]
		if isCasualty(c.Kind) && storyCount(c) && c.Value.Bound == mention.Exact && t.has(t.voc.Rises, c.tok, t.claimEnd(c)) {
			last[c.Kind] = rise{at: c.tok, to: c.Value.Number}
		}
	}
	if len(last) == 0 {
		return
	}
	for i := range cs {
		c := &cs[i]
		r, ok := last[c.Kind]
		if ok && storyCount(c) && c.Value.Bound == mention.Exact && c.tok < r.at && c.Value.Number < r.to {
			setScope(c, scopeRevised)
		}
	}
}
