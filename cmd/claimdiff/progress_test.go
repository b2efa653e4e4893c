package main

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

// TestProgress drives the bar with a fake clock: quiet for the first two
// seconds, then done/total, a bar, MB/s and the time left, redrawn at most
// every 200 ms, and cleared at the end.
func TestProgress(t *testing.T) {
	var out bytes.Buffer
	clock := time.Unix(0, 0)
	now := func() time.Time { return clock }
	p := startProgress(&out, now, 100, 100e6)
	for i := 0; i < 10; i++ { // 1 s: nothing
		clock = clock.Add(100 * time.Millisecond)
		p.Add(1e6)
	}
	if out.Len() != 0 {
		t.Fatalf("drew before 2 s: %q", out.String())
	}
	clock = clock.Add(time.Second + 500*time.Millisecond) // 2.5 s, 11 done
	p.Add(1e6)
	want := "\rextracting 11/100 documents [==                      ]  11%  4.4 MB/s  ETA 20s\x1b[K"
	if out.String() != want {
		t.Fatalf("got  %q\nwant %q", out.String(), want)
	}
	n := out.Len()
	clock = clock.Add(50 * time.Millisecond)
	p.Add(1e6)
	if out.Len() != n {
		t.Errorf("redrew within 200 ms: %q", out.String()[n:])
	}
	clock = clock.Add(300 * time.Millisecond)
	p.Add(1e6)
	if !strings.Contains(out.String()[n:], "13/100 documents") {
		t.Errorf("no redraw after 200 ms: %q", out.String()[n:])
	}
	p.Done()
	if !strings.HasSuffix(out.String(), "\r\x1b[K") {
		t.Errorf("not cleared at the end: %q", out.String())
	}
	var nilp *progress // not a terminal: no bar, no panic
	nilp.Add(1)
	nilp.Done()
}

// TestNoProgressInPipes: a buffer (a pipe, a file, CI logs) never gets a bar.
func TestNoProgressInPipes(t *testing.T) {
	e := &env{stderr: &bytes.Buffer{}}
	if p := newProgress(e, 10, 10); p != nil {
		t.Error("progress bar on a non-terminal")
	}
}
