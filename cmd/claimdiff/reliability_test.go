package main

import (
	"bytes"
	"database/sql"
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

func runBinary(t *testing.T, dir string, env []string, args ...string) ([]byte, int) {
	t.Helper()
	exe, err := exec.LookPath("claimdiff")
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(exe, args...)
	cmd.Dir = dir
	cmd.Env = append(append(os.Environ(), "NO_COLOR=1", "CLAIMDIFF_CONFIG="), env...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err = cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return out.Bytes(), code
}

// TestDeterministic checks that reports are byte-identical across runs,
// across GOMAXPROCS=1 and 2, and across the order of the input paths.
func TestDeterministic(t *testing.T) {
	dir, _ := filepath.Abs("../../testdata")
	for _, format := range []string{"json", "text", "markdown", "html"} {
		args := []string{"compare", "--format", format, "--published", "2020-01-03"}
		fwd := append(append([]string{}, args...), "compare/a.md", "compare/b.md", "compare/c.md", "seeds")
		rev := append(append([]string{}, args...), "seeds", "compare/c.md", "compare/b.md", "compare/a.md")
		first, code := runBinary(t, dir, []string{"GOMAXPROCS=1"}, fwd...)
		if code != 0 {
			t.Fatalf("%s: exit %d", format, code)
		}
		if format == "json" {
			// equal outputs prove nothing if they are empty: all five
			// documents are there, with findings
			var rep struct {
				Documents []struct{ ID string } `json:"documents"`
				Findings  []struct{ ID string } `json:"findings"`
			}
			if err := json.Unmarshal(first, &rep); err != nil {
				t.Fatal(err)
			}
			if len(rep.Documents) != 5 || len(rep.Findings) == 0 {
				t.Fatalf("json: %d documents, %d findings; want 5 documents and findings", len(rep.Documents), len(rep.Findings))
			}
		}
		for _, run := range []struct {
			name string
			env  []string
			args []string
		}{{"again", nil, fwd}, {"GOMAXPROCS=2", []string{"GOMAXPROCS=2"}, fwd}, {"reversed paths", []string{"GOMAXPROCS=2"}, rev}} {
			out, _ := runBinary(t, dir, run.env, run.args...)
			if !bytes.Equal(out, first) {
				t.Errorf("%s output differs %s", format, run.name)
			}
		}
	}
	// compare --by-story too: stories, their documents and the unmatched
	// list do not follow the argument order
	for _, format := range []string{"json", "text", "markdown"} {
		args := []string{"compare", "--by-story", "--format", format, "--published", "2020-01-03"}
		fwd, _ := runBinary(t, dir, nil, append(append([]string{}, args...), "compare/a.md", "compare/b.md", "compare/c.md", "seeds")...)
		rev, _ := runBinary(t, dir, nil, append(append([]string{}, args...), "seeds", "compare/c.md", "compare/b.md", "compare/a.md")...)
		if len(fwd) == 0 || !bytes.Equal(fwd, rev) {
			t.Errorf("compare --by-story --format %s depends on the argument order:\n%s\n---\n%s", format, fwd, rev)
		}
	}
	// extraction of many files on all cores keeps input order
	a, _ := runBinary(t, dir, []string{"GOMAXPROCS=1"}, "extract", "--format", "jsonl", "seeds", "compare")
	b, _ := runBinary(t, dir, []string{"GOMAXPROCS=2"}, "extract", "--format", "jsonl", "seeds", "compare")
	if !bytes.Equal(a, b) {
		t.Error("extract output differs between GOMAXPROCS=1 and 2")
	}
	// and in the order the paths were given: the seeds first, then compare/
	lines := bytes.Split(bytes.TrimSpace(a), []byte("\n"))
	var first, last struct {
		ID  string `json:"id"`
		Doc string `json:"doc"`
	}
	if err := json.Unmarshal(lines[0], &first); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(lines[len(lines)-1], &last); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(first.Doc, "seeds/000_") || !strings.HasSuffix(first.ID, "#1") || !strings.HasPrefix(last.Doc, "compare/") {
		t.Errorf("extract order: first claim %s of %s, last of %s; want the first seed's claim #1 first and compare/ last", first.ID, first.Doc, last.Doc)
	}
}

// TestInterrupt sends SIGINT, SIGTERM and SIGHUP to a long extraction:
// it stops promptly with exit 128+signal, writes no report and leaves no
// temporary file.
func TestInterrupt(t *testing.T) {
	for _, c := range []struct {
		sig  syscall.Signal
		code int
	}{{syscall.SIGINT, 130}, {syscall.SIGTERM, 143}, {syscall.SIGHUP, 129}} {
		t.Run(c.sig.String(), func(t *testing.T) { testInterrupt(t, c.sig, c.code) })
	}
}

func testInterrupt(t *testing.T, sig syscall.Signal, want int) {
	exe, err := exec.LookPath("claimdiff")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	seed, err := os.ReadFile("../../testdata/seeds/004_036ee2da981d46e5.txt")
	if err != nil {
		t.Fatal(err)
	}
	rec, _ := json.Marshal(map[string]string{"text": string(seed)})
	var big bytes.Buffer
	for i := 0; i < 4000; i++ {
		big.WriteString(strings.Replace(string(rec), `{"text"`, fmt.Sprintf(`{"id":"d%05d","text"`, i), 1))
		big.WriteByte('\n')
	}
	if err := os.WriteFile(filepath.Join(dir, "big.jsonl"), big.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(exe, "extract", "--format", "jsonl", "--out", "out.jsonl", "big.jsonl")
	cmd.Dir = dir
	var errb bytes.Buffer
	cmd.Stderr = &errb
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// signal once the run is under way: its output file has been opened
	deadline := time.Now().Add(60 * time.Second)
	for {
		if m, _ := filepath.Glob(filepath.Join(dir, ".out.jsonl.tmp*")); len(m) > 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the run never started writing")
		}
		time.Sleep(20 * time.Millisecond)
	}
	time.Sleep(200 * time.Millisecond)
	sent := time.Now()
	cmd.Process.Signal(sig)
	err = cmd.Wait()
	took := time.Since(sent)
	ee, ok := err.(*exec.ExitError)
	if !ok || ee.ExitCode() != want {
		t.Fatalf("exit %v, want %d (stderr %q)", err, want, errb.String())
	}
	if limit := 3 * time.Second; took > limit && !raceEnabled || took > 8*limit {
		t.Errorf("took %v to stop", took)
	}
	if !strings.Contains(errb.String(), "claimdiff: interrupted") {
		t.Errorf("stderr %q", errb.String())
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if e.Name() != "big.jsonl" {
			t.Errorf("left behind: %s", e.Name())
		}
	}
	t.Logf("stopped %v after %v", took.Round(time.Millisecond), sig)
}

// TestIndexKilled kills an index run midway (SIGKILL: no cleanup at all)
// and checks that the archive is still usable: the next run completes, and
// keeps what the killed run committed.
func TestIndexKilled(t *testing.T) {
	heavy(t)
	exe, err := exec.LookPath("claimdiff")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	seed, _ := os.ReadFile("../../testdata/seeds/004_036ee2da981d46e5.txt")
	var big bytes.Buffer
	for i := 0; i < 2000; i++ {
		rec, _ := json.Marshal(map[string]string{"id": fmt.Sprintf("d%05d", i), "text": strings.Replace(string(seed), "5,200", fmt.Sprint(5000+i), 1)})
		big.Write(rec)
		big.WriteByte('\n')
	}
	os.WriteFile(filepath.Join(dir, "big.jsonl"), big.Bytes(), 0o644)
	cmd := exec.Command(exe, "index", "--db", "archive.db", "big.jsonl")
	cmd.Dir = dir
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	time.Sleep(1500 * time.Millisecond)
	cmd.Process.Kill()
	cmd.Wait()
	again := exec.Command(exe, "index", "--db", "archive.db", "big.jsonl")
	again.Dir = dir
	var errb bytes.Buffer
	again.Stderr = &errb
	out, err := again.Output()
	if err != nil {
		t.Fatalf("index after a kill: %v: %s", err, errb.String())
	}
	if !strings.Contains(string(out), "indexed 2000 documents") {
		t.Fatalf("after the kill: %s", out)
	}
	t.Logf("after the kill: %s", strings.TrimSpace(string(out)))
}

// TestIndexConcurrent runs two index processes on one new database at
// once, over the same articles in opposite orders: both succeed (the first-run migration,
// the write lock and the story regrouping do not make either fail), and a
// third run finds every document stored once. SQLite always; PostgreSQL
// too when CLAIMDIFF_TEST_PG is set.
func TestIndexConcurrent(t *testing.T) {
	exe, err := exec.LookPath("claimdiff")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	seed, _ := os.ReadFile("../../testdata/seeds/004_036ee2da981d46e5.txt")
	n := 300
	if testing.Short() || raceEnabled {
		n = 60 // still two writers at once; the race detector's overhead, not ours
	}
	for _, name := range []string{"a", "b"} {
		var buf bytes.Buffer
		for i := 0; i < n; i++ {
			rec, _ := json.Marshal(map[string]string{"id": fmt.Sprintf("%s%05d", name, i), "text": strings.Replace(string(seed), "5,200", fmt.Sprint(5000+i), 1)})
			buf.Write(rec)
			buf.WriteByte('\n')
		}
		os.WriteFile(filepath.Join(dir, name+".jsonl"), buf.Bytes(), 0o644)
	}
	dbs := map[string]string{"sqlite": "archive.db"}
	if dsn := os.Getenv("CLAIMDIFF_TEST_PG"); dsn != "" {
		dsn = ownPostgresDB(t, dsn, "cli")
		dropPostgresIndex(t, dsn)
		dbs["postgres"] = dsn
	}
	for name, db := range dbs {
		t.Run(name, func(t *testing.T) {
			run := func(files ...string) *exec.Cmd {
				cmd := exec.Command(exe, append([]string{"index", "--db", db}, files...)...)
				cmd.Dir = dir
				return cmd
			}
			// the same articles, in opposite orders: the runs insert the
			// same keys and take row locks in opposite orders
			a, b := run("a.jsonl", "b.jsonl"), run("b.jsonl", "a.jsonl")
			var aout, bout bytes.Buffer
			a.Stdout, a.Stderr, b.Stdout, b.Stderr = &aout, &aout, &bout, &bout
			if err := a.Start(); err != nil {
				t.Fatal(err)
			}
			if err := b.Start(); err != nil {
				t.Fatal(err)
			}
			aerr, berr := a.Wait(), b.Wait()
			if aerr != nil || berr != nil {
				t.Fatalf("concurrent runs: %v: %s / %v: %s", aerr, aout.String(), berr, bout.String())
			}
			out, err := run("a.jsonl", "b.jsonl").CombinedOutput()
			if err != nil || !strings.Contains(string(out), fmt.Sprintf("(0 new, 0 changed, %d unchanged, 0 removed)", 2*n)) {
				t.Fatalf("after both: %v: %s", err, out)
			}
		})
	}
}

// ownPostgresDB returns the URL of a database of this package's own on the
// server of dsn, named after dsn's with suffix, made when missing: go test
// ./... runs the packages at once, and compare/index's tests drop and make
// claimdiff's tables in dsn's database while these run.
func ownPostgresDB(t *testing.T, dsn, suffix string) string {
	t.Helper()
	u, err := url.Parse(dsn)
	if err != nil {
		t.Fatal(err)
	}
	name := strings.TrimPrefix(u.Path, "/") + "_" + suffix
	db, err := sql.Open("postgres", dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var exists bool
	if err := db.QueryRow("SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = $1)", name).Scan(&exists); err != nil {
		t.Fatal(err)
	}
	if !exists {
		if _, err := db.Exec(`CREATE DATABASE "` + name + `"`); err != nil && !strings.Contains(err.Error(), "already exists") {
			t.Fatal(err)
		}
	}
	u.Path = "/" + name
	return u.String()
}

// dropPostgresIndex empties the test database of claimdiff's tables.
func dropPostgresIndex(t *testing.T, dsn string) {
	t.Helper()
	db, err := sql.Open("postgres", dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec("DROP TABLE IF EXISTS claims, documents, claimdiff_meta"); err != nil {
		t.Fatal(err)
	}
}
