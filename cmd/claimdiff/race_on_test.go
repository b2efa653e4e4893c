//go:build race

package main

// raceEnabled is true when the tests (and so the binary they run) are built
// with the race detector, which makes them several times slower.
const raceEnabled = true
