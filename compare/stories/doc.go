// Package stories groups articles into stories: the same event, close in
// time. Each article becomes a set of features — the content words of its
// headline and lead and the names it mentions — summarised by a MinHash
// signature; locality-sensitive hashing over bands of the signature finds
// the candidate pairs, so grouping costs near-linear time in the number of
// articles instead of comparing all pairs.
package stories
