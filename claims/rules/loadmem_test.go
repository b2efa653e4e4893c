package rules

import (
	"runtime"
	"testing"

	"github.com/claimdiff/claimdiff"
)

// TestLoadDefaultMemory bounds what loading and compiling the default rules
// allocates and keeps, per byte of rules.yaml: every command pays it before
// its first document, and what loading leaves behind (the YAML tree, the
// phrases' token rooms, the tables' growth) is what a small run's peak
// memory is made of. Measured: 43.4 bytes allocated a byte (61.5 before
// phrases were split in room on the stack and a file without aliases was
// walked without tables of its nodes, 49.6 before a mapping's allowed keys
// were looked through rather than put in a table and a list's entries
// were read into room made at their number, 46.3 before a pattern's
// elements were read into room kept from one pattern to the next, 44.5
// before an alternatives' index was made at its size), 17.0 kept.
func TestLoadDefaultMemory(t *testing.T) {
	const (
		allocPerByte = 48 // bytes allocated while loading, a byte of the file
		keepPerByte  = 24 // bytes the compiled rules keep, a byte of the file
	)
	data := claimdiff.DefaultRules
	var before, after, kept runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	r, err := Load(DefaultName, data, nil)
	runtime.ReadMemStats(&after)
	if err != nil {
		t.Fatal(err)
	}
	runtime.GC()
	runtime.ReadMemStats(&kept)
	runtime.KeepAlive(r)
	alloc := float64(after.TotalAlloc-before.TotalAlloc) / float64(len(data))
	keep := (float64(kept.HeapAlloc) - float64(before.HeapAlloc)) / float64(len(data))
	t.Logf("loading %d bytes of rules: %.1f bytes allocated a byte, %.1f kept", len(data), alloc, keep)
	if alloc > allocPerByte {
		t.Errorf("loading the default rules allocated %.1f bytes a byte of the file, over %d", alloc, allocPerByte)
	}
	if keep > keepPerByte {
		t.Errorf("the default rules keep %.1f bytes a byte of the file, over %d", keep, keepPerByte)
	}
}
