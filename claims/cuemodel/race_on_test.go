//go:build race

package cuemodel

// raceEnabled is true when the tests are built with the race detector,
// whose instrumentation allocates on its own: allocation counts are not
// the code's then.
const raceEnabled = true
