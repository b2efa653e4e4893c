// Package stories groups articles into stories: the same event, close in
// time. Each article becomes a set of features — the names it mentions
// (those only far down weigh less), the days and distinctive numbers of
// its lead, the content words of its headline and lead, a name and the
// same word being one feature — weighed by how rare they are in the
// collection, so what every report on a topic says counts for almost
// nothing. Candidate pairs come from an inverted index of each article's
// rarest features (no comparison of all pairs), and average-link
// clustering over them merges two stories only while their articles are
// similar on average, so stories cannot chain from one article to the next
// through shared topic words.
package stories
