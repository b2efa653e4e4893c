package main

import (
	"bufio"
	"fmt"
	"io"

	"github.com/claimdiff/claimdiff/claims/output"
	"github.com/claimdiff/claimdiff/internal/outfile"
	"github.com/claimdiff/claimdiff/internal/termsafe"
)

// spillAt is how much output a command holds back before it starts
// writing to standard output (or to a device or pipe named by --out):
// below it, a failure leaves the output empty; above it (a huge extraction
// streamed out), what was written stays. A regular --out file is always
// all or nothing.
const spillAt = 32 << 20

// sink receives a command's output and delivers it whole: to a regular
// --out file through outfile (atomically, keeping its mode, through a
// symbolic link); to standard output, or a device or pipe, held back up
// to spillAt bytes.
type sink struct {
	out     string        // the --out path; "" for standard output
	file    *outfile.File // the --out file, nil for standard output
	dst     io.Writer     // where held-back output goes
	held    heldOutput    // output held back
	spilled bool          // whether held was already written to dst
	// w gathers what goes straight to dst (an atomic file, or output past
	// spillAt) into large writes: a streamed extraction writes a claim at
	// a time.
	w *bufio.Writer
}

func newSink(e *env, out string) (*sink, error) {
	s := &sink{dst: e.stdout}
	if out == "" || out == "-" {
		return s, nil
	}
	f, err := outfile.Create(out)
	if err != nil {
		return nil, fail(exitError, "%s: cannot write: %s", out, osMessage(err))
	}
	s.out, s.file, s.dst = out, f, f
	return s, nil
}

func (s *sink) Write(p []byte) (int, error) {
	if s.file != nil && s.file.Atomic() || s.spilled {
		if s.w == nil {
			s.w = bufio.NewWriterSize(s.dst, 256<<10)
		}
		return s.w.Write(p)
	}
	s.held.write(p)
	if s.held.n > spillAt {
		s.spilled = true
		err := s.held.writeTo(s.dst)
		return len(p), err
	}
	return len(p), nil
}

// Commit delivers the output: writes what is held back and renames the
// file into place.
func (s *sink) Commit() error {
	var err error
	if s.w != nil {
		err = s.w.Flush()
	}
	if err == nil {
		err = s.held.writeTo(s.dst)
	}
	s.held = heldOutput{}
	if s.file == nil {
		if err != nil {
			return fail(exitError, "standard output: %s", osMessage(err))
		}
		return nil
	}
	if err != nil {
		s.file.Abort()
	} else {
		err = s.file.Commit()
	}
	if err != nil {
		return fail(exitError, "%s: cannot write: %s", s.out, osMessage(err))
	}
	return nil
}

// Abort drops the output: the temporary file is removed, nothing held
// back is written.
func (s *sink) Abort() {
	if s.file != nil {
		s.file.Abort()
	}
	s.held = heldOutput{}
}

// heldOutput is output held back, in chunks that double in size up to
// heldChunk: growing it never copies what it holds, nor allocates twice
// its size, as one buffer growing by doubling would (a streamed
// extraction holds megabytes).
type heldOutput struct {
	chunks [][]byte
	n      int
}

// heldChunk is the largest chunk heldOutput allocates.
const heldChunk = 1 << 20

func (h *heldOutput) write(p []byte) {
	h.n += len(p)
	for len(p) > 0 {
		k := len(h.chunks) - 1
		if k < 0 || len(h.chunks[k]) == cap(h.chunks[k]) {
			size := 4 << 10
			if k >= 0 {
				size = min(2*cap(h.chunks[k]), heldChunk)
			}
			h.chunks = append(h.chunks, make([]byte, 0, max(size, min(len(p), heldChunk))))
			k++
		}
		c := h.chunks[k]
		m := copy(c[len(c):cap(c)], p)
		h.chunks[k] = c[:len(c)+m]
		p = p[m:]
	}
}

// writeTo writes what h holds to w and lets go of it.
func (h *heldOutput) writeTo(w io.Writer) error {
	chunks := h.chunks
	*h = heldOutput{}
	for _, c := range chunks {
		if _, err := w.Write(c); err != nil {
			return err
		}
	}
	return nil
}

// writeOutput sends a finished report to standard output or to --out.
func writeOutput(e *env, out string, data []byte) error {
	s, err := newSink(e, out)
	if err != nil {
		return err
	}
	if _, err := s.Write(data); err != nil {
		s.Abort()
		return fail(exitError, "%s: cannot write: %s", out, osMessage(err))
	}
	return s.Commit()
}

// writeTerminal writes a report meant for people (text, Markdown): every
// control character from the articles, file names or rules is shown, not
// obeyed, except the style's own colours.
func writeTerminal(e *env, out string, data []byte, st output.Style) error {
	return writeOutput(e, out, terminalText(data, st))
}

// terminalText shows the control characters in data, but the style's own
// colours.
func terminalText(data []byte, st output.Style) []byte {
	return termsafe.Escape(data, st.Sequences()...)
}

// warn prints a warning on standard error, its control characters shown.
func warn(e *env, w error) {
	fmt.Fprintf(e.stderr, "claimdiff: warning: %s\n", termsafe.String(w.Error()))
}

// checkOut fails early when --out cannot be written, before any work.
func checkOut(out string) error {
	if out == "" || out == "-" {
		return nil
	}
	if err := outfile.Check(out); err != nil {
		return fail(exitError, "%s: cannot write: %s", out, osMessage(err))
	}
	return nil
}
