package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"
)

// progress draws a one-line progress bar on a terminal's standard error
// for runs long enough to wonder about (after progressDelay): documents
// done of the total, a bar, the rate in MB/s and the time left. It is
// never drawn when stderr is not a terminal (pipes, files, CI logs).
type progress struct {
	mu       sync.Mutex
	w        io.Writer
	now      func() time.Time
	start    time.Time
	last     time.Time
	total    int   // documents to do; 0 when not known
	bytes    int64 // input bytes, for the rate; 0 when not known
	done     int
	doneSize int64
	drawn    bool
}

const (
	progressDelay = 2 * time.Second        // quiet before this
	progressEvery = 200 * time.Millisecond // redraw at most this often
	progressBar   = 24                     // bar width
)

// newProgress returns a progress bar on e's stderr, or nil (whose methods
// do nothing) when stderr is not a terminal or in CI.
func newProgress(e *env, total int, bytes int64) *progress {
	if !isTerminal(e.stderr) || !colorAllowed(os.Getenv) || os.Getenv("CI") != "" {
		return nil
	}
	return startProgress(e.stderr, time.Now, total, bytes)
}

func startProgress(w io.Writer, now func() time.Time, total int, bytes int64) *progress {
	t := now()
	return &progress{w: w, now: now, start: t, last: t, total: total, bytes: bytes}
}

// Add counts one finished document of size bytes of input.
func (p *progress) Add(size int64) {
	if p == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.done++
	p.doneSize += size
	t := p.now()
	if t.Sub(p.start) < progressDelay || (p.drawn && t.Sub(p.last) < progressEvery) {
		return
	}
	p.last, p.drawn = t, true
	fmt.Fprintf(p.w, "\r%s\x1b[K", p.line(t))
}

// Done clears the bar.
func (p *progress) Done() {
	if p == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.drawn {
		fmt.Fprint(p.w, "\r\x1b[K")
		p.drawn = false
	}
}

// line renders the bar: "extracting 1,234/12,600 documents [====    ] 9.8 MB/s ETA 41s".
func (p *progress) line(t time.Time) string {
	elapsed := t.Sub(p.start).Seconds()
	var b strings.Builder
	b.WriteString("extracting ")
	b.WriteString(thousands(p.done))
	if p.total > 0 {
		b.WriteString("/" + thousands(p.total))
	}
	b.WriteString(" documents")
	if p.total > 0 {
		frac := min(1, float64(p.done)/float64(p.total))
		n := int(frac * progressBar)
		fmt.Fprintf(&b, " [%s%s] %3.0f%%", strings.Repeat("=", n), strings.Repeat(" ", progressBar-n), frac*100)
	}
	if elapsed > 0 {
		fmt.Fprintf(&b, "  %.1f MB/s", float64(p.doneSize)/1e6/elapsed)
	}
	if p.total > 0 && p.done > 0 && p.done < p.total {
		left := time.Duration(elapsed / float64(p.done) * float64(p.total-p.done) * float64(time.Second))
		b.WriteString("  ETA " + left.Round(time.Second).String())
	}
	return b.String()
}

// thousands writes n with thousands separators: 12,600.
func thousands(n int) string {
	s := fmt.Sprint(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
