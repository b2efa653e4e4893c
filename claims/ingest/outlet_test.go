package ingest

import (
	"strings"
	"testing"
)

func TestIDLike(t *testing.T) {
	for _, tc := range []struct {
		stem string
		want bool
	}{
		{"000_9657c7c9ccc2eae3", true},
		{"9657c7c9ccc2eae3", true},
		{"3f2b9c1e-8d4a-4b7e-9c2d-1a2b3c4d5e6f", true},
		{"20200103123456", true},
		{"wire", false},
		{"bbc_2020", false},
		{"2024-05-01", false},
		{"deadbeef", false},
		{"tribune-9657c7c9", false},
		{"story_12", false},
	} {
		if got := idLike(tc.stem); got != tc.want {
			t.Errorf("idLike(%q) = %v, want %v", tc.stem, got, tc.want)
		}
	}
}

func TestHeadlineName(t *testing.T) {
	for _, tc := range []struct{ title, want string }{
		{"Iran's supreme leader, Ayatollah Ali Khamenei, promises vengeance", "Iran's supreme leader…"},
		{"Iran news – live: Trump claims Qassem Soleimani was ‘plotting to kill’ Americans", "Iran news…"},
		{"Earthquake: 12 dead", "Earthquake…"},
		{"Mosque attacks", "Mosque attacks"},
		{"Gunman sentenced to life without parole for mosque attacks", "Gunman sentenced to life…"},
		{"", ""},
	} {
		if got := headlineName(tc.title); got != tc.want {
			t.Errorf("headlineName(%q) = %q, want %q", tc.title, got, tc.want)
		}
	}
}

func TestOutletNames(t *testing.T) {
	got := OutletNames([]Outlet{
		{Source: "000_9657c7c9ccc2eae3", FromFileName: true, Title: "Iran news – live: a"},
		{Source: "004_036ee2da981d46e5", FromFileName: true, Title: "Iran news – live: b"},
		{Source: "Wire", Title: "Iran news"},
		{Source: "tribune", FromFileName: true, Title: "Tribune story"},
		{Source: "0a1b2c3d4e5f6789", FromFileName: true},
		{Source: "9657c7c9ccc2eae3", Title: "Named by the metadata"}, // an id, but the outlet's own
	})
	want := []string{"Iran news…", "Iran news… (036ee2)", "Wire", "tribune", "0a1b2c3d4e5f6789", "9657c7c9ccc2eae3"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}
