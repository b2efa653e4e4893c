package main

import (
	"bytes"
	"strings"
	"testing"
)

// TestHeldOutput wants the output held back, written in pieces of every
// size, to fill each chunk before the next and to come out whole and in
// order, and held no more: once written out it holds nothing.
func TestHeldOutput(t *testing.T) {
	for _, sizes := range [][]int{{}, {0}, {1}, {5000}, {4096, 1, 4095, 8192}, {3 << 20}, {100, 2 << 20, 7, heldChunk, heldChunk + 1}} {
		var h heldOutput
		var want bytes.Buffer
		for i, n := range sizes {
			p := []byte(strings.Repeat(string(rune('a'+i%26)), n))
			h.write(p)
			want.Write(p)
		}
		if h.n != want.Len() {
			t.Errorf("%v: holds %d bytes, want %d", sizes, h.n, want.Len())
		}
		for k, c := range h.chunks {
			if k < len(h.chunks)-1 && len(c) < cap(c) {
				t.Errorf("%v: chunk %d of %d holds %d bytes of %d: a later one was started before it was full", sizes, k, len(h.chunks), len(c), cap(c))
			}
		}
		var got bytes.Buffer
		if err := h.writeTo(&got); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got.Bytes(), want.Bytes()) {
			t.Errorf("%v: %d bytes out, want %d as written", sizes, got.Len(), want.Len())
		}
		if h.n != 0 || len(h.chunks) != 0 {
			t.Errorf("%v: still holds %d bytes after writing them out", sizes, h.n)
		}
	}
}
