package rules

// Kind is a claim kind and how its values compare.
type Kind struct {
	Name string
	// Tolerance is the default difference under which two values of this
	// kind agree.
	Tolerance Tolerance
	// Description says what the kind counts.
	Description string
	// Revisable kinds (death tolls, injury counts) change as a story
	// develops: a later document with a different figure is an update, not
	// a conflict.
	Revisable bool
	// Identity lists the slots (subject, victim, date) two claims of this
	// kind must share to be about the same fact: an age is a person's, an
	// event date an event's. A claim missing one is compared with nothing.
	Identity []string
	// AttributionGaps is false for kinds whose sources are not worth
	// comparing (durations align too loosely).
	AttributionGaps bool
	// Frame lists the frame fields (head, entity, change, per, scope) that
	// keep two claims of this kind apart when both give them and they
	// differ; nil means all of them (FrameFields). Time and place always
	// do. A field named in Identity must also be present on both.
	Frame []string
	// ReportedCount reads "at least N" as the reporter's count N, not as an
	// open bound: in casualty and case counts "at least 16" and "at least
	// 18" disagree.
	ReportedCount bool
	// Generic kinds (count, measure) claim any number that measures
	// something: their claims need a measured head, and a kind whose Heads
	// hold that head takes the claim over.
	Generic bool
	// Heads are the measured heads (singular, lower case) whose generic
	// claims are of this kind: troops covers "soldier", "marine".
	Heads []string
	// Unit is the unit the kind's counts carry (from its rules): "people".
	Unit string
	// Grows marks a figure that grows with time (an age): two of them
	// stated beside words of different stages of a story
	// (CompareSettings.Stages: an arraignment, a sentencing) are not one
	// fact.
	Grows bool
	// Chance is the largest value two claims of the kind share by chance
	// as often as by stating one fact ("one man", "about an hour"): such a
	// value agrees with another only on evidence (a shared slot or name, a
	// similar sentence), never on the value alone. 0 for none.
	Chance float64
	Pos    Pos
}

// Tolerance is an allowed difference between two values: Abs in the
// value's unit, Rel as a fraction of the larger value (0.05 is 5%). Values
// agree when they differ by no more than either.
type Tolerance struct {
	Abs float64
	Rel float64
}
