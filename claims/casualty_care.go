package claims

// careParts gives the part scope to an injured count of those in care
// (its words hold one of rules.yaml casualties.care: "six remained in
// critical condition", "two people were taken to the hospital") that is
// smaller than a count of the wounded before it, in its sentence or the
// followWindow before, whose words name no care ("Another 53 were
// wounded. Six remained in critical condition"): the six are some of the
// 53, not the toll. A wounded count after it, or far before it, may be
// another shooting's ("In a separate shooting on Oak Street, four people
// were wounded"). Counts of other causes and scoped counts are not read;
// each count looks back at most claimWindow claims.
func (t casualtyText) careParts(cs []Claim) {
	care := make([]bool, len(cs))
	for i := range cs {
		if c := &cs[i]; woundedCount(c) {
			care[i] = t.has(t.voc.Care, c.tok, t.claimEnd(c))
		}
	}
	for i := range cs {
		if !care[i] {
			continue
		}
		c := &cs[i]
		for j := i - 1; j >= 0 && j >= i-claimWindow && cs[j].sent >= c.sent-followWindow; j-- {
			if woundedCount(&cs[j]) && !care[j] && cs[j].tok < c.tok && cs[j].Value.Number > c.Value.Number {
				setScope(&cs[i], scopePart)
				break
			}
		}
	}
}

// woundedCount reports an injured count that is the story's own, of
// gunfire or no cause told; one said to stand now ("six remained in
// critical condition", frame scope current) is the story's too.
func woundedCount(c *Claim) bool {
	own := storyCount(c) || c.Value != nil && c.Frame != nil && c.Frame.Scope == scopeCurrent
	return c.Kind == kindInjured && own && (c.Frame == nil || c.Frame.Cause == "" || c.Frame.Cause == causeGunshot)
}
