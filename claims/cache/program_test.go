package cache

import (
	"encoding/binary"
	"os"
	"path/filepath"
	"testing"
)

// elfHead is the start of an ELF file of the given byte order (1 little,
// 2 big endian) holding, after some headers, a note of owner name, type
// typ and description desc, as the Go linker writes .note.go.buildid.
func elfHead(data byte, name string, typ uint32, desc string) []byte {
	b := []byte("\x7fELF\x02")
	b = append(b, data)
	b = append(b, make([]byte, 200)...)
	var order binary.AppendByteOrder = binary.LittleEndian
	if data == 2 {
		order = binary.BigEndian
	}
	padded := name + "\x00\x00\x00\x00"[:(4-len(name)%4)%4]
	b = order.AppendUint32(b, uint32(len(name)))
	b = order.AppendUint32(b, uint32(len(desc)))
	b = order.AppendUint32(b, typ)
	b = append(b, padded...)
	b = append(b, desc...)
	return append(b, make([]byte, 64)...)
}

const goodID = "UFIA0-zQXQaCKoX0O0s2/RKtsoqVdj1JglRuxveBX/wIZV9ihaYzn_SlSKGc78/XzuuOC7lh-7N2PI9TWkX"

func TestBuildID(t *testing.T) {
	for _, c := range []struct {
		name string
		head []byte
		want string // "" when no ID is accepted
	}{
		{"little endian", elfHead(1, "Go\x00\x00", 4, goodID), goodID},
		{"big endian", elfHead(2, "Go\x00\x00", 4, goodID), goodID},
		{"two parts (an object file's)", elfHead(1, "Go\x00\x00", 4, "abcdefghijklmnop/qrstuvwxyz012345"), ""},
		{"five parts", elfHead(1, "Go\x00\x00", 4, goodID+"/abcdefghijklmnop"), ""},
		{"a fixed ID", elfHead(1, "Go\x00\x00", 4, "redacted"), ""},
		{"an empty ID", elfHead(1, "Go\x00\x00", 4, ""), ""},
		{"one part", elfHead(1, "Go\x00\x00", 4, "UFIA0-zQXQaCKoX0O0s2UFIA0-zQXQaCKoX0O0s2"), ""},
		{"a short part", elfHead(1, "Go\x00\x00", 4, "UFIA0-zQXQaCKoX0O0s2/short"), ""},
		{"not base64url", elfHead(1, "Go\x00\x00", 4, "UFIA0-zQXQaCKoX0O0s2/RKtsoqVdj1Jg lRuxveBX"), ""},
		{"another owner's note", elfHead(1, "GNU\x00", 4, goodID), ""},
		{"another type", elfHead(1, "Go\x00\x00", 3, goodID), ""},
		{"the wrong byte order", func() []byte { b := elfHead(2, "Go\x00\x00", 4, goodID); b[5] = 1; return b }(), ""},
		{"cut short", elfHead(1, "Go\x00\x00", 4, goodID)[:230], ""},
		{"not ELF", append([]byte("MZ"), elfHead(1, "Go\x00\x00", 4, goodID)[2:]...), ""},
		{"empty", nil, ""},
	} {
		got, ok := buildID(c.head)
		if got != c.want || ok != (c.want != "") {
			t.Errorf("%s: buildID = %q, %v; want %q", c.name, got, ok, c.want)
		}
	}
}

// TestIdentify: a file with a build ID is identified by the ID alone, one
// without by all its bytes.
func TestIdentify(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, b []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	id := func(p string) string {
		t.Helper()
		s, err := identify(p)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	big := make([]byte, 3*buildIDRead)
	withID := elfHead(1, "Go\x00\x00", 4, goodID)
	a := id(write("a", append(withID, big...)))
	big[len(big)-1] = 1
	b := id(write("b", append(withID, big...)))
	if a != b {
		t.Errorf("files with the same build ID and size identified apart: %s, %s", a, b)
	}
	if longer := id(write("a2", append(append(withID, big...), 0))); longer == a {
		t.Errorf("files with the same build ID and other sizes identified alike: %s", a)
	}
	other := id(write("c", elfHead(1, "Go\x00\x00", 4, goodID[:len(goodID)-1]+"Y")))
	if other == a {
		t.Errorf("files with other build IDs identified alike: %s", a)
	}
	noID := elfHead(1, "Go\x00\x00", 4, "redacted")
	d := id(write("d", append(noID, big...)))
	big[len(big)-1] = 2
	e := id(write("e", append(noID, big...)))
	if d == e {
		t.Errorf("files without a build ID that differ in their last byte identified alike: %s", d)
	}
	if _, err := identify(filepath.Join(dir, "missing")); err == nil {
		t.Error("identify of a missing file: no error")
	}
}

// TestOwnBuildID: the go command writes a build ID into the test binary,
// as into claimdiff, so the fast path is the one taken. Were the ID's
// form to change, ProgramID would hash the whole file again (correct, but
// 30 ms a run): this test says so.
func TestOwnBuildID(t *testing.T) {
	exe, err := os.Executable()
	if err != nil {
		t.Skip(err)
	}
	f, err := os.Open(exe)
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	head := make([]byte, buildIDRead)
	n, _ := f.Read(head)
	if string(head[:4]) != "\x7fELF" {
		t.Skip("not an ELF executable")
	}
	if _, ok := buildID(head[:n]); !ok {
		t.Error("no Go build ID found in the test binary's first 32 KB")
	}
}

// TestBuildIDHostile: a note whose sizes are out of range, or a head cut
// anywhere, is no build ID and never a panic.
func TestBuildIDHostile(t *testing.T) {
	good := elfHead(1, "Go\x00\x00", 4, goodID)
	for n := range len(good) {
		buildID(good[:n])
	}
	huge := elfHead(1, "Go\x00\x00", 4, goodID)
	for _, size := range []uint32{1 << 31, 1<<32 - 1, uint32(len(goodID) + 1)} {
		b := append([]byte(nil), huge...)
		// descsz sits 4 bytes before the type of the note
		i := 206 + 4
		b[i], b[i+1], b[i+2], b[i+3] = byte(size), byte(size>>8), byte(size>>16), byte(size>>24)
		if id, ok := buildID(b[:len(b)-64]); ok {
			t.Errorf("descsz %d: read %q", size, id)
		}
	}
}
