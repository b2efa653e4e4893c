package outfile

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

func write(t *testing.T, path, content string) error {
	t.Helper()
	f, err := Create(path)
	if err != nil {
		return err
	}
	if _, err := f.Write([]byte(content)); err != nil {
		f.Abort()
		return err
	}
	return f.Commit()
}

func noTemp(t *testing.T, dir string) {
	t.Helper()
	if m, _ := filepath.Glob(filepath.Join(dir, ".*.tmp*")); len(m) > 0 {
		t.Errorf("temporary files left: %v", m)
	}
}

func TestNewFileHonoursUmask(t *testing.T) {
	dir := t.TempDir()
	old := syscall.Umask(0o077)
	defer syscall.Umask(old)
	p := filepath.Join(dir, "r.txt")
	if err := write(t, p, "report"); err != nil {
		t.Fatal(err)
	}
	st, _ := os.Stat(p)
	if st.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, want 0600 under umask 077", st.Mode().Perm())
	}
	syscall.Umask(0o022)
	p2 := filepath.Join(dir, "r2.txt")
	if err := write(t, p2, "report"); err != nil {
		t.Fatal(err)
	}
	if st, _ := os.Stat(p2); st.Mode().Perm() != 0o644 {
		t.Errorf("mode %v, want 0644 under umask 022", st.Mode().Perm())
	}
	noTemp(t, dir)
}

func TestExistingFileKeepsMode(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "r.txt")
	os.WriteFile(p, []byte("old"), 0o600)
	os.Chmod(p, 0o600)
	if err := write(t, p, "new"); err != nil {
		t.Fatal(err)
	}
	st, _ := os.Stat(p)
	if st.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, want the file's 0600", st.Mode().Perm())
	}
	if b, _ := os.ReadFile(p); string(b) != "new" {
		t.Errorf("content %q", b)
	}
	noTemp(t, dir)
}

func TestSymlinkWrittenThrough(t *testing.T) {
	dir := t.TempDir()
	os.Mkdir(filepath.Join(dir, "real"), 0o755)
	target := filepath.Join(dir, "real", "r.txt")
	os.WriteFile(target, []byte("old"), 0o640)
	os.Chmod(target, 0o640)
	link := filepath.Join(dir, "link.txt")
	if err := os.Symlink("real/r.txt", link); err != nil {
		t.Fatal(err)
	}
	if err := write(t, link, "new"); err != nil {
		t.Fatal(err)
	}
	if fi, _ := os.Lstat(link); fi.Mode()&fs.ModeSymlink == 0 {
		t.Fatal("the link was replaced by a regular file")
	}
	if b, _ := os.ReadFile(target); string(b) != "new" {
		t.Errorf("target holds %q", b)
	}
	if st, _ := os.Stat(target); st.Mode().Perm() != 0o640 {
		t.Errorf("target mode %v", st.Mode().Perm())
	}
	noTemp(t, dir)
	noTemp(t, filepath.Join(dir, "real"))
	// a dangling link creates its target
	dangling := filepath.Join(dir, "dangling.txt")
	os.Symlink("real/new.txt", dangling)
	if err := write(t, dangling, "x"); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "real", "new.txt")); string(b) != "x" {
		t.Errorf("dangling target holds %q", b)
	}
	// a loop is an error, not a hang
	os.Symlink("b", filepath.Join(dir, "a"))
	os.Symlink("a", filepath.Join(dir, "b"))
	if err := write(t, filepath.Join(dir, "a"), "x"); !errors.Is(err, syscall.ELOOP) {
		t.Errorf("loop: %v", err)
	}
}

func TestDeviceWrittenDirectly(t *testing.T) {
	if _, err := os.Stat("/dev/full"); err != nil {
		t.Skip("no /dev/full")
	}
	err := write(t, "/dev/full", "report")
	if !errors.Is(err, syscall.ENOSPC) {
		t.Errorf("/dev/full: %v, want ENOSPC", err)
	}
	if fi, err := os.Stat("/dev/full"); err != nil || fi.Mode()&fs.ModeDevice == 0 {
		t.Fatalf("/dev/full is no longer a device: %v %v", fi, err)
	}
	if err := write(t, "/dev/null", "report"); err != nil {
		t.Errorf("/dev/null: %v", err)
	}
	if fi, _ := os.Stat("/dev/null"); fi.Mode()&fs.ModeCharDevice == 0 {
		t.Fatal("/dev/null is no longer a device")
	}
}

func TestPipeWrittenDirectly(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "pipe")
	if err := syscall.Mkfifo(p, 0o600); err != nil {
		t.Skip(err)
	}
	got := make(chan string)
	go func() {
		b, _ := os.ReadFile(p)
		got <- string(b)
	}()
	if err := write(t, p, "report"); err != nil {
		t.Fatal(err)
	}
	if s := <-got; s != "report" {
		t.Errorf("read %q from the pipe", s)
	}
	if fi, _ := os.Lstat(p); fi.Mode()&fs.ModeNamedPipe == 0 {
		t.Error("the pipe was replaced")
	}
}

func TestDirectoryRefused(t *testing.T) {
	dir := t.TempDir()
	if err := write(t, dir, "x"); !errors.Is(err, syscall.EISDIR) {
		t.Errorf("directory: %v", err)
	}
	if err := Check(dir); !errors.Is(err, syscall.EISDIR) {
		t.Errorf("Check directory: %v", err)
	}
	if err := Check(filepath.Join(dir, "new.txt")); err != nil {
		t.Errorf("Check new file: %v", err)
	}
	noTemp(t, dir)
}

func TestAbortLeavesTargetAlone(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "r.txt")
	os.WriteFile(p, []byte("old"), 0o644)
	f, err := Create(p)
	if err != nil {
		t.Fatal(err)
	}
	f.Write([]byte("half"))
	f.Abort()
	if b, _ := os.ReadFile(p); string(b) != "old" {
		t.Errorf("target holds %q after Abort", b)
	}
	noTemp(t, dir)
}
