package main

import "testing"

func TestColorAllowed(t *testing.T) {
	for _, tc := range []struct {
		env  map[string]string
		want bool
	}{
		{map[string]string{}, true},
		{map[string]string{"TERM": "xterm-256color"}, true},
		{map[string]string{"TERM": "dumb"}, false},
		{map[string]string{"NO_COLOR": "1"}, false},
		{map[string]string{"NO_COLOR": ""}, true}, // present but empty: no-color.org says colour stays
		{map[string]string{"NO_COLOR": "", "TERM": "dumb"}, false},
	} {
		got := colorAllowed(func(k string) string { return tc.env[k] })
		if got != tc.want {
			t.Errorf("colorAllowed(%v) = %v, want %v", tc.env, got, tc.want)
		}
	}
}

func TestParseWindow(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want string // time.Duration.String(), or "error"
	}{
		{"7d", "168h0m0s"},
		{"72h", "72h0m0s"},
		{"1d12h", "36h0m0s"},
		{"1.5d", "36h0m0s"},
		{"90m", "1h30m0s"},
		{"0", "0s"},
		{"7x", "error"},
		{"d", "error"},
		{"-1d", "error"},
		{"-3h", "error"},
	} {
		d, err := parseWindow(tc.in)
		got := d.String()
		if err != nil {
			got = "error"
		}
		if got != tc.want {
			t.Errorf("parseWindow(%q) = %s (%v), want %s", tc.in, got, err, tc.want)
		}
	}
}
