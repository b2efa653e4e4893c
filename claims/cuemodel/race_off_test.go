//go:build !race

package cuemodel

// raceEnabled is true when the tests are built with the race detector.
const raceEnabled = false
