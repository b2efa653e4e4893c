package main

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"
)

// checkFixture returns the claimdiff under test, a temporary directory and
// an empty baseline directory "base" in it.
func checkFixture(t *testing.T) (exe, dir, base string) {
	t.Helper()
	exe, err := exec.LookPath("claimdiff")
	if err != nil {
		t.Fatal(err)
	}
	dir = t.TempDir()
	base = filepath.Join(dir, "base")
	if err := os.MkdirAll(base, 0o755); err != nil {
		t.Fatal(err)
	}
	return exe, dir, base
}

// TestCheckCacheIdentical runs check against a baseline three ways —
// without the cache, filling an empty one, and reading it — and wants the
// reports byte for byte the same in every format. The baseline is the seeds
// with their figures varied and, when ../shared/corpus is present, a
// sample of its articles copied to a temporary directory under varied
// names (with exact copies, so that archives with repeated wire copy are
// covered).
func TestCheckCacheIdentical(t *testing.T) {
	heavy(t)
	exe, dir, base := checkFixture(t)
	var seeds []string
	for _, name := range []string{"000_9657c7c9ccc2eae3.txt", "004_036ee2da981d46e5.txt"} {
		b, err := os.ReadFile(filepath.Join("../../testdata/seeds", name))
		if err != nil {
			t.Fatal(err)
		}
		seeds = append(seeds, string(b))
	}
	write := func(name, text string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(base, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for i := range 40 {
		text := strings.Replace(seeds[i%2], "5,200", fmt.Sprint(5000+i%9*50), 1)
		text = strings.Replace(text, "2.1 million", fmt.Sprintf("2.%d million", i%5), 1)
		if i%4 != 0 { // every fourth is an exact copy of another
			text += fmt.Sprintf("\nFiled by desk %02d.\n", i)
		}
		write(fmt.Sprintf("seed-%02d.txt", i), text)
	}
	news := []string{"new.txt"}
	if err := os.WriteFile(filepath.Join(dir, "new.txt"), []byte(strings.Replace(seeds[1], "5,200", "6,100", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	corpus, _ := filepath.Glob("../../../shared/corpus/*/*/*.txt")
	if len(corpus) > 0 {
		for i, name := range corpus {
			if i%3 != 0 {
				continue
			}
			b, err := os.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			parts := strings.Split(filepath.ToSlash(name), "/")
			stem := strings.Join(parts[len(parts)-3:], "-")
			write(stem, string(b))
			write("copy-"+stem, string(b))
		}
		// a second new article: one of the corpus's, with a figure changed
		b, err := os.ReadFile(corpus[len(corpus)/2])
		if err != nil {
			t.Fatal(err)
		}
		text := strings.Replace(string(b), "two", "three", 1)
		if err := os.WriteFile(filepath.Join(dir, "new2.txt"), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		news = append(news, "new2.txt")
	} else {
		t.Log("corpus not present at ../shared/corpus: the seeds only")
	}
	cache := filepath.Join(dir, "cache")
	run := func(format string, extra ...string) []byte {
		t.Helper()
		args := append([]string{"check", "--format", format, "--fail-on", "none", "--baseline", "base/*.txt"}, extra...)
		cmd := exec.Command(exe, append(args, news...)...)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "NO_COLOR=1", "CLAIMDIFF_CONFIG=", "CLAIMDIFF_CACHE_DIR="+cache, "COLUMNS=200")
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("check %v: %v\n%s", args, err, stderr.String())
		}
		return out
	}
	uncached := run("json", "--no-cache")
	if _, err := os.Stat(cache); err == nil {
		t.Fatalf("--no-cache wrote the cache")
	}
	if !bytes.Contains(uncached, []byte(`"type": "conflict"`)) {
		t.Errorf("json: no conflict found, so the comparison shows little:\n%.2000s", uncached)
	}
	cold := run("json")
	if !bytes.Equal(cold, uncached) {
		t.Errorf("json: the first run with the cache differs from --no-cache:\n%s", firstDiff(string(uncached), string(cold)))
	}
	// the text report reads more of each document (lines, sentences)
	for _, format := range []string{"json", "text"} {
		uncached := uncached
		if format != "json" {
			uncached = run(format, "--no-cache")
		}
		warm := run(format)
		if !bytes.Equal(warm, uncached) {
			t.Errorf("%s: the second run, read from the cache, differs from --no-cache:\n%s", format, firstDiff(string(uncached), string(warm)))
		}
	}
}

// TestCheckCacheSurvives: the cache is the user's data and is never
// trusted blindly. A check killed while it fills the cache (and writes the
// baseline's pack), entries then damaged on disk (a flipped byte, a
// truncated file, an abandoned temporary file), two checks filling one
// cache at once, and the pack damaged (a record, its footer, cut short)
// all leave a cache from which check reports exactly what --no-cache
// reports.
func TestCheckCacheSurvives(t *testing.T) {
	heavy(t)
	exe, dir, base := checkFixture(t)
	seed, err := os.ReadFile("../../testdata/seeds/004_036ee2da981d46e5.txt")
	if err != nil {
		t.Fatal(err)
	}
	for i := range 400 { // enough work that a kill lands halfway
		text := strings.Replace(string(seed), "5,200", fmt.Sprint(5000+i%9*50), 1) + fmt.Sprintf("\nFiled by desk %03d.\n", i)
		if err := os.WriteFile(filepath.Join(base, fmt.Sprintf("b%03d.txt", i)), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "new.txt"), []byte(strings.Replace(string(seed), "5,200", "6,100", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	command := func(cache string, extra ...string) *exec.Cmd {
		args := append([]string{"check", "--format", "json", "--fail-on", "none", "--baseline", "base/*.txt", "new.txt"}, extra...)
		cmd := exec.Command(exe, args...)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "NO_COLOR=1", "CLAIMDIFF_CONFIG=", "CLAIMDIFF_CACHE_DIR="+cache)
		return cmd
	}
	run := func(cache string, extra ...string) []byte {
		t.Helper()
		cmd := command(cache, extra...)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("check: %v\n%s", err, stderr.String())
		}
		return out
	}
	want := run(filepath.Join(dir, "unused"), "--no-cache")
	same := func(what string, got []byte) {
		t.Helper()
		if !bytes.Equal(got, want) {
			t.Errorf("%s: the report differs from --no-cache:\n%s", what, firstDiff(string(want), string(got)))
		}
	}

	// killed halfway: some entries written, the run never finishing
	cache := filepath.Join(dir, "cache")
	cmd := command(cache)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	killed := false
	for !killed {
		select {
		case <-done:
			t.Fatal("the run ended before it could be killed halfway")
		default:
		}
		if n := len(cacheFiles(t, cache, false)); n >= 40 {
			killed = cmd.Process.Kill() == nil
		}
		time.Sleep(time.Millisecond)
	}
	<-done
	t.Logf("killed with %d of 401 entries written", len(cacheFiles(t, cache, false)))
	same("after a killed run", run(cache))

	// damaged entries and an abandoned temporary file
	entries := cacheFiles(t, cache, false)
	if len(entries) < 3 {
		t.Fatalf("%d entries after a whole run", len(entries))
	}
	flip, _ := os.ReadFile(entries[0])
	flip[len(flip)/2] ^= 0x20
	cut, _ := os.ReadFile(entries[1])
	os.WriteFile(entries[0], flip, 0o644)
	os.WriteFile(entries[1], cut[:len(cut)/2], 0o644)
	os.WriteFile(filepath.Join(filepath.Dir(entries[2]), ".tmp-123"), cut[:len(cut)/3], 0o644)
	same("with damaged entries", run(cache))
	same("after the damaged entries were rewritten", run(cache))

	// two runs filling one empty cache at once
	shared := filepath.Join(dir, "shared")
	outs := make([][]byte, 2)
	errs := make([]error, 2)
	var wg sync.WaitGroup
	for i := range outs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			outs[i], errs[i] = command(shared).Output()
		}()
	}
	wg.Wait()
	for i := range outs {
		if errs[i] != nil {
			t.Fatalf("concurrent run %d: %v", i, errs[i])
		}
		same(fmt.Sprintf("concurrent run %d", i), outs[i])
	}
	if tmp := cacheFiles(t, shared, true); len(tmp) > 0 {
		t.Errorf("concurrent runs left temporary files: %v", tmp)
	}
	same("reading what the concurrent runs wrote", run(shared))

	// the baseline's pack (one file for all its entries) damaged: a
	// record, then its footer, then cut short
	var packs []string
	for _, p := range cacheFiles(t, shared, false) {
		if filepath.Base(filepath.Dir(p)) == "packs" {
			packs = append(packs, p)
		}
	}
	if len(packs) != 1 {
		t.Fatalf("packs after the concurrent runs: %v, want one", packs)
	}
	good, err := os.ReadFile(packs[0])
	if err != nil {
		t.Fatal(err)
	}
	for name, damage := range map[string]func([]byte) []byte{
		"a record":   func(b []byte) []byte { b[len(b)/3] ^= 0x20; return b },
		"the footer": func(b []byte) []byte { b[len(b)-40] ^= 0x20; return b },
		"cut short":  func(b []byte) []byte { return b[:len(b)*2/3] },
	} {
		os.WriteFile(packs[0], damage(append([]byte(nil), good...)), 0o644)
		same("with the pack damaged: "+name, run(shared))
		same("after the pack was damaged: "+name, run(shared))
	}
}

// cacheFiles lists the entry files under a cache directory, or with tmp
// its temporary files.
func cacheFiles(t *testing.T, cache string, tmp bool) []string {
	t.Helper()
	var out []string
	filepath.WalkDir(cache, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return nil
		}
		if strings.HasPrefix(d.Name(), ".tmp-") == tmp {
			out = append(out, p)
		}
		return nil
	})
	sort.Strings(out)
	return out
}
