//go:build race

package stories

// raceEnabled is true when the tests are built with the race detector,
// which makes the corpus evaluations several times slower.
const raceEnabled = true
