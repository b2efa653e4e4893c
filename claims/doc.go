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
package claims
