package compare

import (
	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/rules"
)

// item is one claim taking part in alignment.
type item struct {
	c     *claims.Claim
	doc   int
	words wordSet // content words of the claim's sentence
	// sig is the signature of words, made when first asked for
	// (signature).
	sig    signature
	signed bool
	// restates marks a further claim of a document already in the group:
	// the same fact said again (kept for highlighting, not for verdicts).
	restates bool
	// aside says why a claim was kept out of its document's fact of its
	// identity: its sentence dates it to another day than the document's
	// main event (otherDay), another incident's figure ("Five people were
	// shot ... Friday" in a report of Tuesday's shooting).
	aside string
	// withDead marks a count of the hurt that counts the dead among them.
	withDead bool
	// m is the measure the claim's figure names (rules frames.measures),
	// or nil.
	m *rules.Measure
	// widen is how far above its figure the claim's value may lie: "4
	// Shot, 1 Killed" may count four in all or four and the one killed
	// (listedBefore).
	widen float64
	// stage is the stage of the story its sentence names, for a kind
	// that grows with time or a generic count (staged, sentenceStage).
	stage stage
	// span is an event time's span (eventSpan), read once; timed
	// reports that it has one.
	span  timeSpan
	timed bool
	// place and subject are the claim's slots as compared (slotsOf), read
	// once.
	place, subject string
	// entityNamed reports that the claim's frame entity is a name its
	// sentence shows (named), read once.
	entityNamed bool
	// persons are the words of a victim described alone ("a 4-year-old
	// girl", "He": personWords), for a count its rule gives
	// (describedCount); none for any other claim.
	persons []string
	// diedBeside are the names of people whose own death the sentence of
	// such a count reports beside it.
	diedBeside []string
}

// signature is the signature of the item's words, made once.
func (it *item) signature() signature {
	if !it.signed {
		it.sig, it.signed = signatureOf(it.words), true
	}
	return it.sig
}
