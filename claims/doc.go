// Package claims turns an article into the factual claims it makes: counts
// of the killed and injured, troop numbers, oil output, price moves, money,
// percentages, ages, populations, event dates, durations and quotes, each
// with its value, slots (subject, place, victim, time), attribution and
// position.
//
// The pipeline is visible in the sub-packages: ingest reads files into
// Documents; segment tokenises once and splits sentences; mention recognises
// quantities and dates; rules matches the rules file's patterns; this
// package assembles claims and fills their slots and attribution.
//
// Inside this package the files are meant to stand in layers, each using
// only names defined in the files below it: the claim and result types
// (claim.go, result.go) and text helpers (sentence_text.go, quotes.go,
// aside.go) at the bottom; builder.go, the state of one document's
// extraction that the stages read; the stages (slots.go, frame*.go,
// event.go, casualty*.go, and attribution from attribute_state.go up to
// attribute.go); extract.go, which runs them, on top; and the ways to run
// it (window.go, stream.go, examples.go, explain.go) above that. A helper
// two stages share goes down to a file both stand on, not up into either.
package claims
