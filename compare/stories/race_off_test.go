//go:build !race

package stories

// raceEnabled is true when the tests are built with the race detector.
const raceEnabled = false
