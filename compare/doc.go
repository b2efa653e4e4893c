// Package compare aligns the claims of several documents about one story
// and judges each aligned fact: agreement, conflict, update (a later
// document revising a figure), attribution gap, quote variant, or a fact
// only some outlets report.
//
// Alignment has two layers, both explainable (every finding says why its
// claims were put together): typed claims align by kind and compatible
// slots; sentences without typed claims align by content-word overlap. Both
// are bucketed (by kind, by rare words), never all pairs.
package compare
