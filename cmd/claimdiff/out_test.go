package main

import (
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestOutKeepsWhatItNames runs the binary with --out naming a symbolic
// link, an existing private file, a new file under umask 077, and devices:
// the link stays a link (its target gets the report), modes are kept or
// follow the umask, devices are written, not replaced, and their errors
// reported.
func TestOutKeepsWhatItNames(t *testing.T) {
	exe, err := exec.LookPath("claimdiff")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for _, name := range []string{"a.txt", "b.txt"} {
		os.WriteFile(filepath.Join(dir, name), []byte(article), 0o644)
	}
	run := func(umask, out string) (string, int) {
		t.Helper()
		cmd := exec.Command("sh", "-c", "umask "+umask+"; exec \"$0\" \"$@\"", exe, "compare", "--out", out, "a.txt", "b.txt")
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "NO_COLOR=1", "CLAIMDIFF_CONFIG=")
		b, err := cmd.CombinedOutput()
		if ee, ok := err.(*exec.ExitError); ok {
			return string(b), ee.ExitCode()
		} else if err != nil {
			t.Fatal(err)
		}
		return string(b), 0
	}
	mode := func(name string) fs.FileMode {
		st, err := os.Stat(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		return st.Mode().Perm()
	}

	// a new file follows the umask
	if out, code := run("077", "new.txt"); code != 0 {
		t.Fatalf("exit %d: %s", code, out)
	}
	if m := mode("new.txt"); m != 0o600 {
		t.Errorf("new file under umask 077 has mode %v", m)
	}
	// an existing file keeps its mode
	os.WriteFile(filepath.Join(dir, "private.txt"), []byte("old"), 0o600)
	os.Chmod(filepath.Join(dir, "private.txt"), 0o600)
	if out, code := run("022", "private.txt"); code != 0 {
		t.Fatalf("exit %d: %s", code, out)
	}
	if m := mode("private.txt"); m != 0o600 {
		t.Errorf("a 0600 report became %v", m)
	}
	// a symbolic link is written through
	os.Mkdir(filepath.Join(dir, "real"), 0o755)
	os.WriteFile(filepath.Join(dir, "real", "report.txt"), []byte("old"), 0o644)
	os.Symlink("real/report.txt", filepath.Join(dir, "link.txt"))
	if out, code := run("022", "link.txt"); code != 0 {
		t.Fatalf("exit %d: %s", code, out)
	}
	if fi, _ := os.Lstat(filepath.Join(dir, "link.txt")); fi.Mode()&fs.ModeSymlink == 0 {
		t.Error("the symbolic link was replaced by a file")
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "real", "report.txt")); string(b) == "old" {
		t.Errorf("the link's target was not written: %q", b)
	}
	// devices are written directly, their errors reported
	if _, err := os.Stat("/dev/full"); err == nil {
		out, code := run("022", "/dev/full")
		if code != 2 || !strings.Contains(out, "claimdiff: /dev/full: cannot write: no space left on device") {
			t.Errorf("--out /dev/full: exit %d, %q", code, out)
		}
	}
	if out, code := run("022", "/dev/null"); code != 0 {
		t.Errorf("--out /dev/null: exit %d, %q", code, out)
	}
	if fi, err := os.Stat("/dev/null"); err != nil || fi.Mode()&fs.ModeCharDevice == 0 {
		t.Fatal("/dev/null is no longer a device")
	}
	if m, _ := filepath.Glob(filepath.Join(dir, ".*.tmp*")); len(m) > 0 {
		t.Errorf("temporary files left: %v", m)
	}
}
