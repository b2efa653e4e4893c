package rules

import (
	"strings"
	"testing"
)

// TestMeasureOf: a figure names a measure by its measured phrase's last
// words or by a cue after it in its clause; other figures name none.
func TestMeasureOf(t *testing.T) {
	r, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		measured, head, after string
		want                  string // measure name, "" for none
	}{
		{"positive tests", "test", "", "cases"},
		{"known cases", "case", "", "cases"},
		{"tests", "test", "", ""}, // "three tests" are no cases
		{"people", "person", " on the ship are infected, officials say.", "cases"},
		{"sailors", "sailor", " aboard the roosevelt had tested positive for coronavirus", "cases"},
		{"sailors", "sailor", " who have tested negative", ""},
		{"people", "person", " uninfected", "people"}, // a cue is whole words
		{"victims", "victim", "", "people"},
		{"survivors", "survivor", " and families of the victims gave statements", "people"},
		{"maximum sustained winds", "wind", "", "sustained wind"},
		{"gusts", "gust", "", ""},
		{"", "", "", ""},
	}
	for _, tc := range tests {
		m := r.Frames.MeasureOf(tc.measured, tc.head, tc.after)
		got := ""
		if m != nil {
			got = m.Name
		}
		if got != tc.want {
			t.Errorf("MeasureOf(%q, %q, %q) = %q, want %q", tc.measured, tc.head, tc.after, got, tc.want)
		}
	}
}

// TestMeasuresExtend: a file that extends the defaults adds heads to a
// measure it names again, and a measure with neither heads nor cues is an
// error at its line.
func TestMeasuresExtend(t *testing.T) {
	r, err := LoadFile("ext.yaml", []byte("extends: default\nframes:\n  measures:\n    cases: {heads: [infected person]}\n"))
	if err != nil {
		t.Fatal(err)
	}
	if m := r.Frames.MeasureOf("infected people", "person", ""); m == nil || m.Name != "cases" || !m.Revisable {
		t.Errorf("extended measure: got %+v, want cases, revisable", m)
	}
	if m := r.Frames.MeasureOf("known cases", "case", ""); m == nil || m.Name != "cases" {
		t.Errorf("extended measure lost its default heads: %+v", m)
	}
	d, _ := Default()
	if m := d.Frames.MeasureOf("infected people", "person", ""); m != nil && m.Name == "cases" {
		t.Error("extending changed the default rules")
	}
	_, err = LoadFile("bad.yaml", []byte("extends: default\nframes:\n  measures:\n    empty: {revisable: true}\n"))
	if err == nil {
		t.Fatal("a measure without heads or cues loaded")
	}
	if got := err.Error(); !strings.Contains(got, "bad.yaml:4") || !strings.Contains(got, "no heads and no cues") {
		t.Errorf("error = %q, want it at bad.yaml:4 naming the missing heads", got)
	}
}

// TestDifferentParts: heads in different parts of one partition count
// different people; a head in no part may count any of them.
func TestDifferentParts(t *testing.T) {
	r, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		a, b string
		want bool
	}{
		{"adult", "child", true},
		{"man", "woman", true},
		{"man", "boy", true},
		{"man", "adult", false},
		{"person", "child", false},
		{"victim", "person", false},
		{"child", "child", false},
		{"", "child", false},
	}
	for _, tc := range tests {
		if _, got := r.Frames.DifferentParts(tc.a, tc.b); got != tc.want {
			t.Errorf("DifferentParts(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}
