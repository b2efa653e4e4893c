// Package outfile writes an output file without harming what the path
// already names.
//
// A regular file (or a new one) is written atomically: to a temporary file
// beside it, renamed over it on Commit, so a reader sees the old content or
// the new, never half of it. An existing file keeps its permission bits
// (and, where the process may set them, its owner); a new file gets the
// mode the umask allows, as any file the user creates. A symbolic link is
// written through: its final target is replaced atomically and the link
// stays a link. A device, pipe or socket is never replaced: it is opened
// and written directly, and its write errors (a full disk, /dev/full) are
// reported.
package outfile

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
)

// maxLinks bounds the symbolic links followed, as the kernel does.
const maxLinks = 40

// File is an output file being written. Write to it, then Commit or Abort.
type File struct {
	target string   // the path written: the named path, or a link's final target
	f      *os.File // the temporary file, or the device itself
	tmp    string   // the temporary file's name; "" when writing directly
	done   bool
}

// Create opens path for writing as the package describes. Errors are
// *fs.PathError naming path.
func Create(path string) (*File, error) {
	target, fi, err := resolve(path)
	if err != nil {
		return nil, err
	}
	switch {
	case fi == nil || fi.Mode().IsRegular():
		return createTemp(target, fi)
	case fi.IsDir():
		return nil, &fs.PathError{Op: "write", Path: path, Err: syscall.EISDIR}
	}
	// a device, pipe or socket: write to it, never replace it
	f, err := os.OpenFile(target, os.O_WRONLY, 0)
	if err != nil {
		return nil, &fs.PathError{Op: "open", Path: path, Err: unwrap(err)}
	}
	return &File{target: target, f: f}, nil
}

// Check reports whether Create would fail for path without writing
// anything the user can see (it creates and removes a temporary file
// beside a regular target); a device or pipe is not opened, since opening
// a pipe blocks until it has a reader.
func Check(path string) error {
	target, fi, err := resolve(path)
	if err != nil {
		return err
	}
	if fi != nil && fi.IsDir() {
		return &fs.PathError{Op: "write", Path: path, Err: syscall.EISDIR}
	}
	if fi != nil && !fi.Mode().IsRegular() {
		return nil
	}
	f, err := createTemp(target, nil)
	if err != nil {
		return err
	}
	f.Abort()
	return nil
}

// Atomic reports whether the file is written through a temporary file
// (false for a device, pipe or socket).
func (f *File) Atomic() bool { return f.tmp != "" }

// Write writes to the temporary file, or to the device.
func (f *File) Write(p []byte) (int, error) { return f.f.Write(p) }

// Commit finishes the file: the temporary file is flushed to disk and
// renamed over the target; a device is closed. On error nothing is left
// behind and the target is as it was (for a device, as far as was written).
func (f *File) Commit() error {
	if f.done {
		return nil
	}
	f.done = true
	if f.tmp == "" {
		return f.f.Close()
	}
	err := f.f.Sync()
	if cerr := f.f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(f.tmp, f.target)
	}
	if err != nil {
		os.Remove(f.tmp)
		return err
	}
	return nil
}

// Abort drops what was written: the temporary file is removed, the target
// left as it was. Abort after Commit does nothing.
func (f *File) Abort() {
	if f.done {
		return
	}
	f.done = true
	f.f.Close()
	if f.tmp != "" {
		os.Remove(f.tmp)
	}
}

// resolve follows symbolic links from path to the file they end at, which
// need not exist (fi is then nil).
func resolve(path string) (target string, fi fs.FileInfo, err error) {
	p := path
	for i := 0; i < maxLinks; i++ {
		fi, err := os.Lstat(p)
		if errors.Is(err, fs.ErrNotExist) {
			return p, nil, nil
		}
		if err != nil {
			return "", nil, &fs.PathError{Op: "stat", Path: path, Err: unwrap(err)}
		}
		if fi.Mode()&fs.ModeSymlink == 0 {
			return p, fi, nil
		}
		link, err := os.Readlink(p)
		if err != nil {
			return "", nil, &fs.PathError{Op: "readlink", Path: path, Err: unwrap(err)}
		}
		if !filepath.IsAbs(link) {
			link = filepath.Join(filepath.Dir(p), link)
		}
		p = link
	}
	return "", nil, &fs.PathError{Op: "open", Path: path, Err: syscall.ELOOP}
}

// createTemp creates the temporary file beside target: private while it
// is written when it replaces an existing file (then given that file's
// mode), else with the umask's mode.
func createTemp(target string, old fs.FileInfo) (*File, error) {
	dir, base := filepath.Split(target)
	if dir == "" {
		dir = "."
	}
	perm := fs.FileMode(0o666) // the umask applies
	if old != nil {
		perm = 0o600
	}
	var f *os.File
	var name string
	for try := 0; ; try++ {
		var rnd [6]byte
		rand.Read(rnd[:])
		name = filepath.Join(dir, "."+base+".tmp"+hex.EncodeToString(rnd[:]))
		var err error
		f, err = os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, perm)
		if err == nil {
			break
		}
		if !errors.Is(err, fs.ErrExist) || try == 10 {
			return nil, &fs.PathError{Op: "create", Path: target, Err: unwrap(err)}
		}
	}
	if old != nil {
		if st, ok := old.Sys().(*syscall.Stat_t); ok && (int(st.Uid) != os.Geteuid() || int(st.Gid) != os.Getegid()) {
			_ = f.Chown(int(st.Uid), int(st.Gid)) // only where allowed
		}
		if err := f.Chmod(old.Mode().Perm()); err != nil {
			f.Close()
			os.Remove(name)
			return nil, &fs.PathError{Op: "chmod", Path: target, Err: unwrap(err)}
		}
	}
	return &File{target: target, f: f, tmp: name}, nil
}

// unwrap returns the system error inside a path error, so the error names
// the path the user gave, not an intermediate one.
func unwrap(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
