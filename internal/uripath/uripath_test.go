package uripath

import (
	"net/url"
	"testing"
)

func TestEscapeRoundTrips(t *testing.T) {
	for _, p := range []string{"news/a b.txt", "a#b.txt", "what?.md", "%41.txt", "x\ny.txt", "c:d.txt", "café/ü.txt", "plain/path-1_2.~txt"} {
		e := Escape(p)
		u, err := url.Parse(e)
		if err != nil {
			t.Fatalf("%q -> %q: %v", p, e, err)
		}
		if u.Path != p || u.RawQuery != "" || u.Fragment != "" || u.Scheme != "" {
			t.Errorf("%q -> %q parses as path %q query %q fragment %q scheme %q", p, e, u.Path, u.RawQuery, u.Fragment, u.Scheme)
		}
	}
	if got := Escape("news/a b#1.txt"); got != "news/a%20b%231.txt" {
		t.Errorf("got %q", got)
	}
}
