package stories

import "time"

// Options tune grouping.
type Options struct {
	// Window is how far apart in time the articles of one story may be
	// published, a hard limit on the whole story; zero means no limit.
	// Articles without a date ignore it.
	Window time.Duration
	// Threshold is the least average similarity (0..1) between the
	// articles of one story: two stories are merged only while the mean
	// similarity over every pair of their articles reaches it.
	Threshold float64
}

// DefaultOptions returns the options tuned on the development corpus (see
// the Eval tests): a new value each call, so no caller can change another's.
func DefaultOptions() Options { return Options{Window: 7 * 24 * time.Hour, Threshold: 0.12} }
