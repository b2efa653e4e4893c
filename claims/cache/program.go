package cache

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
)

// ProgramID identifies the running program, so that results another
// build made are never read as this one's (the cache's entries, an
// archive index's documents): any change to the code changes it.
func ProgramID() (string, error) { return programID() }

// programID is ProgramID, worked out once a process. It is a hash of the
// Go build ID the go command writes into every executable it links
// (buildID), whose last part is a hash of the executable's own content;
// where that is missing or not of the go command's form (a binary linked
// with -buildid= or a fixed one, another toolchain), a hash of the whole
// executable. Reading the build ID costs one read of the file's first
// 32 KB; hashing the executable, about 30 ms at every run that opens the
// cache.
var programID = sync.OnceValues(func() (string, error) {
	exe, err := os.Executable()
	if err != nil {
		return "", fmt.Errorf("cannot identify the program: %w", err)
	}
	return identify(exe)
})

// identify is the program identity of the executable file named exe.
func identify(exe string) (string, error) {
	f, err := os.Open(exe)
	if err != nil {
		return "", fmt.Errorf("cannot identify the program: %w", err)
	}
	defer f.Close()
	head := make([]byte, buildIDRead)
	n, err := io.ReadFull(f, head)
	if err != nil && err != io.ErrUnexpectedEOF && err != io.EOF {
		return "", fmt.Errorf("cannot identify the program: %w", err)
	}
	if id, ok := buildID(head[:n]); ok {
		st, err := f.Stat()
		if err != nil {
			return "", fmt.Errorf("cannot identify the program: %w", err)
		}
		// the size too: two builds given one fixed ID by hand
		// (-ldflags=-buildid=...) then differ unless their sizes agree
		sum := sha256.Sum256(fmt.Appendf(nil, "go build id\x00%s\x00%d", id, st.Size()))
		return hex.EncodeToString(sum[:]), nil
	}
	h := sha256.New()
	h.Write(head[:n])
	if _, err := io.Copy(h, f); err != nil {
		return "", fmt.Errorf("cannot identify the program: %w", err)
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// buildIDRead is how much of the executable buildID is given: the go
// command's own reader (cmd/internal/buildid) reads as much, the ELF
// headers and notes being at the file's start.
const buildIDRead = 32 << 10

// buildID finds the Go build ID in head, the start of an ELF executable:
// the note of type 4 and owner "Go" that the linker puts among the first
// headers (.note.go.buildid). It is accepted only in the form the go
// command writes for an executable (goBuildID), the last part a hash of
// the linked file's content, so a fixed ID ("redacted", as some build
// systems set) or an empty one falls back to hashing the file. A fixed ID
// of that very form, set by hand with -ldflags=-buildid=, would be taken
// at its word; identify mixes the file's size in.
func buildID(head []byte) (string, bool) {
	if len(head) < 16 || !bytes.HasPrefix(head, []byte("\x7fELF")) {
		return "", false
	}
	var order binary.ByteOrder
	switch head[5] { // EI_DATA
	case 1:
		order = binary.LittleEndian
	case 2:
		order = binary.BigEndian
	default:
		return "", false
	}
	// namesz 4, descsz, type 4, then "Go\x00\x00" and the ID
	var tail [8]byte
	order.PutUint32(tail[:4], 4)
	copy(tail[4:], "Go\x00\x00")
	for at := 0; ; {
		i := bytes.Index(head[at:], tail[:])
		if i < 0 {
			return "", false
		}
		i += at
		at = i + 1
		if i < 8 || order.Uint32(head[i-8:]) != 4 {
			continue
		}
		size := order.Uint32(head[i-4:])
		desc := head[i+len(tail):]
		if uint64(size) > uint64(len(desc)) { // compared unconverted: an int may be 32 bits
			continue
		}
		id := string(desc[:size])
		if goBuildID(id) {
			return id, true
		}
	}
}

// goBuildID reports whether id has the form the go command gives an
// executable it links: four parts of at least 16 base64url characters,
// joined by slashes (the main package's action and content IDs, the
// link's action ID and the linked file's content ID).
func goBuildID(id string) bool {
	parts := strings.Split(id, "/")
	if len(parts) != 4 {
		return false
	}
	for _, p := range parts {
		if len(p) < 16 {
			return false
		}
		for i := 0; i < len(p); i++ {
			c := p[i]
			if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-' || c == '_') {
				return false
			}
		}
	}
	return true
}
