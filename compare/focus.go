package compare

import "github.com/claimdiff/claimdiff/claims"

// focusKeys lists the identities of the focus documents' typed claims. A
// fact joins only groups of its own identity, and how a group forms
// depends only on the claims of that identity (addDoc folds and place
// chooses among groups of one key), so with a focus only these identities
// can make a group that involves a focus document: claims of any other
// identity are left out of alignment without changing a reported finding.
// Against a large baseline this skips most of the alignment work.
func (cmp *comparer) focusKeys() map[string]bool {
	keys := map[string]bool{}
	for di, res := range cmp.results {
		if !cmp.focus[di] {
			continue
		}
		for ci := range res.Claims {
			c := &res.Claims[ci]
			if c.Kind == claims.KindQuote || derived(c, cmp.r) {
				continue
			}
			if key, ok := identity(c, cmp.r.Kinds[c.Kind], cmp.r.Places); ok {
				keys[key] = true
			}
		}
	}
	return keys
}
