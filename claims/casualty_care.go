package claims

// careParts gives the part scope to an injured count of those in care
// (its words hold one of rules.yaml casualties.care: "six remained in
// critical condition", "two people were taken to the hospital") that is
// smaller than a count of the wounded in the document whose words name no
// care ("Another 53 were wounded"): the six are some of the 53, not the
// toll. Counts of other causes and scoped counts are not read; the whole
// is two passes over the claims.
func (t casualtyText) careParts(cs []Claim) {
	care := make([]bool, len(cs))
	most := 0.0 // the largest wounded count that names no care
	for i, c := range cs {
		if c.Kind != kindInjured || !storyCount(c) || c.Frame != nil && c.Frame.Cause != "" && c.Frame.Cause != causeGunshot {
			continue
		}
		care[i] = t.has(t.voc.Care, c.tok, t.claimEnd(c))
		if !care[i] && c.Value.Number > most {
			most = c.Value.Number
		}
	}
	for i := range cs {
		if care[i] && cs[i].Value.Number < most {
			setScope(&cs[i], scopePart)
		}
	}
}
