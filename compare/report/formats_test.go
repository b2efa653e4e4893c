package report

import "testing"

// TestFormatNames keeps the listed names and the writer tables in step.
func TestFormatNames(t *testing.T) {
	for _, n := range CompareFormatNames() {
		if _, ok := CompareFormat(n); !ok {
			t.Errorf("compare format %q listed but has no writer", n)
		}
	}
	if len(CompareFormatNames()) != len(compareWriters()) {
		t.Errorf("compare formats %v, writers %d", CompareFormatNames(), len(compareWriters()))
	}
	for _, n := range CheckFormatNames() {
		if _, ok := CheckFormat(n); !ok {
			t.Errorf("check format %q listed but has no writer", n)
		}
	}
	if len(CheckFormatNames()) != len(checkWriters()) {
		t.Errorf("check formats %v, writers %d", CheckFormatNames(), len(checkWriters()))
	}
	if _, ok := CompareFormat("pdf"); ok {
		t.Error("pdf is not a format")
	}
}
