package claims

import (
	"fmt"
	"os"
	"runtime"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/claims/ingest"
	"github.com/claimdiff/claimdiff/internal/rulestest"
)

// TestOneLine wants oneLine to fold white space exactly as
// strings.Join(strings.Fields(s), " ") does, invalid UTF-8 and non-ASCII
// spaces included, once the text has a line break, a tab or two spaces in
// a row (without, it is kept as it is).
func TestOneLine(t *testing.T) {
	for _, s := range []string{
		"", "plain", "two  spaces", " lead and trail \n", "line\nbreak\r\nand\ttab",
		"no\u00a0break\u2003em\u0085next", "no\u00a0break\u2003em\u0085next\n", "bad \xff\xfe  bytes\n\xc3", "\n\n\t ", "a\u200bb  c",
	} {
		want := s
		if strings.ContainsAny(s, "\n\t\r") || strings.Contains(s, "  ") {
			want = strings.Join(strings.Fields(s), " ")
		}
		if got := oneLine(s); got != want {
			t.Errorf("oneLine(%q) = %q, want %q", s, got, want)
		}
	}
}

// denseText is n bytes or so of text with a claim every 40 bytes: counts,
// casualties, prices, quotes and attributions, varied.
func denseText(n int) string {
	forms := []string{
		"Police said %d people were killed and %d were injured in the attack on March %d.",
		"\"We have lost %d soldiers,\" General John Smith said on Tuesday, %d days after day %d.",
		"According to the ministry, oil output fell to %d.%d million barrels a day in %d.",
		"Prices rose %d%% to $%d.%d a barrel, the agency reported.",
		"About %d,000 troops will be deployed for %d months in %d provinces, officials said.",
		"The %d-year-old victim died at the scene, and %d others were taken to hospital %d.",
		"Mayor Jane Doe said %d people were shot, %d of them fatally, on May %d.",
	}
	var b strings.Builder
	for i := 0; b.Len() < n; i++ {
		fmt.Fprintf(&b, forms[i%len(forms)], 2+i%97, 1+i%9, 1+i%28)
		if i%4 == 3 {
			b.WriteString("\n\n")
		} else {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// TestExtractMemory bounds what extraction allocates and keeps per byte
// of text, without timing anything: allocations per byte catch a
// per-token or per-claim allocation coming back, bytes allocated and kept
// per byte catch larger copies (a sentence per claim, tables grown by
// doubling). The bounds leave a third of margin or more over what the
// extraction needed when they were set (per byte of news: 0.16
// allocations, 35 bytes allocated, 14 kept; of the dense text: 0.40, 122,
// 39), and fail at what it needed before (0.41, 47, 14 and 1.63, 219, 41).
func TestExtractMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("extracts 0.7 MB")
	}
	r := rulestest.Default(t)
	var seed strings.Builder
	for _, name := range []string{"000_9657c7c9ccc2eae3.txt", "004_036ee2da981d46e5.txt"} {
		data, err := os.ReadFile("../testdata/seeds/" + name)
		if err != nil {
			t.Fatal(err)
		}
		seed.Write(data)
		seed.WriteString("\n\n")
	}
	for _, tc := range []struct {
		name                    string
		text                    string
		allocs, allocated, kept float64 // per byte of text
	}{
		{"news", strings.Repeat(seed.String(), 40), 0.15, 44, 20},
		{"dense", denseText(256 << 10), 0.55, 150, 56},
	} {
		doc := &ingest.Document{ID: "mem", Source: "mem", Text: tc.text, Format: "txt"}
		n := float64(len(tc.text))
		Extract(doc, r) // rules' lazy tables
		allocs := testing.AllocsPerRun(2, func() { Extract(doc, r) }) / n
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		res := Extract(doc, r)
		runtime.ReadMemStats(&after)
		allocated := float64(after.TotalAlloc-before.TotalAlloc) / n
		runtime.GC()
		runtime.ReadMemStats(&after)
		kept := (float64(after.HeapAlloc) - float64(before.HeapAlloc)) / n
		runtime.KeepAlive(res)
		t.Logf("%s (%d bytes, %d claims): %.3f allocations, %.1f bytes allocated, %.1f kept per byte", tc.name, len(tc.text), len(res.Claims), allocs, allocated, kept)
		if allocs > tc.allocs || allocated > tc.allocated || kept > tc.kept {
			t.Errorf("%s: %.3f allocations, %.1f bytes allocated, %.1f kept per byte of text; want at most %.3f, %.0f, %.0f",
				tc.name, allocs, allocated, kept, tc.allocs, tc.allocated, tc.kept)
		}
	}
}

// TestExtractorRoomLetGo: the room an Extractor builds claims in is not
// kept at a large document's size for the small documents after it,
// which would each empty it (a document's cost would be the largest
// document's seen before); the claims come out the same either way.
func TestExtractorRoomLetGo(t *testing.T) {
	r := rulestest.Default(t)
	var big strings.Builder
	for i := range 3000 {
		fmt.Fprintf(&big, "Police said %d people were killed and %d were injured.\n\n", i%90+2, i%7+2)
	}
	small := &ingest.Document{ID: "small", Source: "s", Text: "Police said 3 people were killed on Monday.\n", Format: "txt"}
	want := Extract(small, r)
	e := NewExtractor(r)
	e.Extract(&ingest.Document{ID: "big", Source: "s", Text: big.String(), Format: "txt"})
	got := e.Extract(small)
	if room, n := cap(e.claims), len(got.Claims); room > 4*n+64 {
		t.Errorf("after a document of 6,000 claims, a document of %d keeps a room of %d", n, room)
	}
	if len(got.Claims) != len(want.Claims) {
		t.Fatalf("%d claims, want %d", len(got.Claims), len(want.Claims))
	}
	for i := range want.Claims {
		if g, w := got.Claims[i], want.Claims[i]; g.ID != w.ID || g.Kind != w.Kind || g.Text != w.Text {
			t.Errorf("claim %d: %s %s %q, want %s %s %q", i, g.ID, g.Kind, g.Text, w.ID, w.Kind, w.Text)
		}
	}
}

// TestSetIDs wants each claim's ID, document ID '#' number from 1, all
// made in one allocation.
func TestSetIDs(t *testing.T) {
	cs := make([]Claim, 12)
	setIDs(cs, "gva/7")
	for i, want := range []string{"gva/7#1", "gva/7#2", "gva/7#9", "gva/7#10", "gva/7#12"} {
		k := []int{0, 1, 8, 9, 11}[i]
		if cs[k].ID != want {
			t.Errorf("claim %d: ID %q, want %q", k, cs[k].ID, want)
		}
	}
	if n := testing.AllocsPerRun(10, func() { setIDs(cs, "gva/7") }); n != 1 {
		t.Errorf("setIDs allocates %v times for 12 claims, want 1", n)
	}
	setIDs(nil, "none") // no claims: no IDs, no panic
}
