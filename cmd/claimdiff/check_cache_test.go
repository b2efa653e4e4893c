package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestCheckCacheIdentical runs check against a baseline three ways —
// without the cache, filling an empty one, and reading it — and wants the
// reports byte for byte the same in every format. The baseline is the seeds
// with their figures varied and, when ../shared/corpus is present, a
// sample of its articles copied to a temporary directory under varied
// names (with exact copies, so that archives with repeated wire copy are
// covered).
func TestCheckCacheIdentical(t *testing.T) {
	heavy(t)
	exe, err := exec.LookPath("claimdiff")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	base := filepath.Join(dir, "base")
	if err := os.MkdirAll(base, 0o755); err != nil {
		t.Fatal(err)
	}
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
