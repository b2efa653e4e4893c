package index

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/ingest"
	"github.com/claimdiff/claimdiff/internal/rulestest"
	"github.com/ncruces/go-sqlite3/driver"
)

// stores returns the stores to test: a fresh SQLite file always, and the
// PostgreSQL database in CLAIMDIFF_TEST_PG when it is set (.ci/run starts a
// local server and sets it).
func stores(t *testing.T) map[string]func() Store {
	out := map[string]func() Store{
		"sqlite": func() Store {
			s, err := Open(context.Background(), filepath.Join(t.TempDir(), "index.db"))
			if err != nil {
				t.Fatal(err)
			}
			return s
		},
	}
	if dsn := os.Getenv("CLAIMDIFF_TEST_PG"); dsn != "" {
		out["postgres"] = func() Store {
			db, err := sql.Open("postgres", dsn)
			if err != nil {
				t.Fatal(err)
			}
			for _, tbl := range []string{"claims", "documents", "claimdiff_meta"} {
				db.Exec("DROP TABLE IF EXISTS " + tbl)
			}
			db.Close()
			s, err := Open(context.Background(), dsn)
			if err != nil {
				t.Fatal(err)
			}
			return s
		}
	} else {
		t.Log("PostgreSQL store not tested: set CLAIMDIFF_TEST_PG to a postgres:// URL (.ci/run does)")
	}
	return out
}

func doc(id, text string) *ingest.Document {
	return &ingest.Document{ID: id, Path: id, Source: strings.TrimSuffix(id, ".txt"), Text: text, Format: "txt", Title: strings.SplitN(text, "\n", 2)[0]}
}

func feedOf(docs ...*ingest.Document) func(yield func(*ingest.Document) error) error {
	return func(yield func(*ingest.Document) error) error {
		for _, d := range docs {
			if err := yield(d); err != nil {
				return err
			}
		}
		return nil
	}
}

func TestIndexIncremental(t *testing.T) {
	r := rulestest.Default(t)
	seedA, errA := os.ReadFile("../../testdata/seeds/000_9657c7c9ccc2eae3.txt")
	seedB, errB := os.ReadFile("../../testdata/seeds/004_036ee2da981d46e5.txt")
	if errA != nil || errB != nil {
		t.Fatal(errA, errB)
	}
	other := "Gunman kills 16 at Riverside market\nA gunman opened fire at the Riverside market in Dayton. 16 people were killed.\n"
	for name, open := range stores(t) {
		t.Run(name, func(t *testing.T) {
			ctx := context.Background()
			st := open()
			defer st.Close()
			a, b, c := doc("a.txt", string(seedA)), doc("b.txt", string(seedB)), doc("c.txt", other)
			s, err := Index(ctx, st, r, feedOf(a, b, c), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if s.New != 3 || s.Stories != 2 {
				t.Fatalf("first run %+v", s)
			}
			s, _ = Index(ctx, st, r, feedOf(a, b, c), Options{})
			if s.Unchanged != 3 || s.New+s.Changed != 0 {
				t.Fatalf("second run %+v", s)
			}
			// a document another build of the program extracted is
			// extracted again: it may read claims and stories otherwise
			s, _ = Index(ctx, st, r, feedOf(a, b, c), Options{Program: "build-1"})
			if s.Changed != 3 {
				t.Fatalf("run of another program %+v", s)
			}
			s, _ = Index(ctx, st, r, feedOf(a, b, c), Options{Program: "build-1"})
			if s.Unchanged != 3 {
				t.Fatalf("second run of that program %+v", s)
			}
			c2 := doc("c.txt", other+"The suspect was arrested.\n")
			s, _ = Index(ctx, st, r, feedOf(a, b, c2), Options{Prune: true, Program: "build-1"})
			if s.Changed != 1 || s.Unchanged != 2 {
				t.Fatalf("changed run %+v", s)
			}
			s, _ = Index(ctx, st, r, feedOf(a, b), Options{Prune: true, Program: "build-1"})
			if s.Removed != 1 {
				t.Fatalf("prune run %+v", s)
			}
			states, _ := st.States(ctx)
			if len(states) != 2 {
				t.Fatalf("%d documents left", len(states))
			}
			// a new report of the seed story finds the archived seeds
			fresh := doc("new.txt", strings.Replace(string(seedB), "5,200", "6,100", 1))
			rel, err := Related(ctx, st, claims.Extract(fresh, r), r)
			if err != nil {
				t.Fatal(err)
			}
			var ids []string
			for _, d := range rel {
				ids = append(ids, d.ID)
				if d.Text == "" {
					t.Errorf("%s loaded without text", d.ID)
				}
			}
			if strings.Join(ids, " ") != "a.txt b.txt" {
				t.Errorf("related %v, want the two seeds", ids)
			}
			// and an unrelated article finds nothing of theirs
			rel, _ = Related(ctx, st, claims.Extract(doc("x.txt", "Storm hits coast\nHeavy rain flooded homes in Miami on Friday.\n"), r), r)
			if len(rel) != 0 {
				t.Errorf("unrelated article found %d documents", len(rel))
			}
		})
	}
}

func TestOpenRefusesForeignFiles(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	text := filepath.Join(dir, "notes.db")
	os.WriteFile(text, []byte("these are my notes, not a database"), 0o644)
	if _, err := Open(ctx, text); !errors.Is(err, ErrForeign) {
		t.Errorf("text file: %v", err)
	}
	if b, _ := os.ReadFile(text); string(b) != "these are my notes, not a database" {
		t.Error("the foreign file was modified")
	}
	foreign := filepath.Join(dir, "app.db")
	db, _ := sql.Open("sqlite3", foreign)
	db.Exec("CREATE TABLE users (name TEXT)")
	db.Close()
	before, _ := os.ReadFile(foreign)
	if _, err := Open(ctx, foreign); !errors.Is(err, ErrForeign) {
		t.Errorf("foreign SQLite database: %v", err)
	}
	// refused before any write: not even the journal mode is switched
	if after, _ := os.ReadFile(foreign); !bytes.Equal(before, after) {
		t.Error("the foreign SQLite database was modified (journal mode switched to WAL?)")
	}
	if _, err := os.Stat(foreign + "-wal"); err == nil {
		t.Error("the foreign SQLite database got a WAL file")
	}
	newer := filepath.Join(dir, "newer.db")
	st, err := Open(ctx, newer)
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
	db, _ = sql.Open("sqlite3", newer)
	db.Exec("UPDATE claimdiff_meta SET value = '99' WHERE key = 'schema'")
	db.Close()
	if _, err := Open(ctx, newer); err == nil || !strings.Contains(err.Error(), "newer claimdiff") {
		t.Errorf("newer schema: %v", err)
	}
	// an SQLite header over garbage: corrupt, refused with a clear error
	corrupt := filepath.Join(dir, "corrupt.db")
	os.WriteFile(corrupt, append([]byte(sqliteMagic), bytes.Repeat([]byte{0x5a}, 8192)...), 0o644)
	if _, err := Open(ctx, corrupt); !errors.Is(err, ErrForeign) || !strings.Contains(err.Error(), "not a database") {
		t.Errorf("corrupt database: %v", err)
	}
}

// TestOpenPathIsAFileName checks that the --db path names one file,
// whatever it holds: '#', '?' and '%' do not end the path in the SQLite
// URI or escape other characters.
func TestOpenPathIsAFileName(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	for _, name := range []string{"other2.db#x.db", "arch?ive.db", "%41rchive.db", "sp ace.db", "new\nline.db", "café.db"} {
		full := filepath.Join(dir, name)
		st, err := Open(ctx, full)
		if err != nil {
			t.Errorf("%q: %v", name, err)
			continue
		}
		st.Close()
		if fi, err := os.Stat(full); err != nil || fi.Size() == 0 {
			t.Errorf("%q: the index is not in that file: %v", name, err)
		}
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		switch n := strings.TrimSuffix(strings.TrimSuffix(e.Name(), "-wal"), "-shm"); n {
		case "other2.db#x.db", "arch?ive.db", "%41rchive.db", "sp ace.db", "new\nline.db", "café.db":
		default:
			t.Errorf("Open wrote %q", e.Name())
		}
	}
}

func TestSanitize(t *testing.T) {
	for in, want := range map[string]string{"al-muhandis": "al muhandis", `x" OR 1=1 --`: "x or 1 1", "Qassem": "qassem", "'s": "s"} {
		if got := sanitize(in); got != want {
			t.Errorf("sanitize(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestPostgresRefusesForeignSchema(t *testing.T) {
	dsn := os.Getenv("CLAIMDIFF_TEST_PG")
	if dsn == "" {
		t.Skip("set CLAIMDIFF_TEST_PG to a postgres:// URL (.ci/run does)")
	}
	db, err := sql.Open("postgres", dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, tbl := range []string{"claims", "documents", "claimdiff_meta"} {
		db.Exec("DROP TABLE IF EXISTS " + tbl)
	}
	if _, err := db.Exec("CREATE TABLE users (name TEXT)"); err != nil {
		t.Fatal(err)
	}
	defer db.Exec("DROP TABLE users")
	if _, err := Open(context.Background(), dsn); !errors.Is(err, ErrForeign) {
		t.Errorf("foreign PostgreSQL schema: %v", err)
	}
}

// failingStore fails every write, to check that Index stops and reports it.
type failingStore struct{ Store }

func (failingStore) Put(context.Context, []Entry) error { return errors.New("disk full") }

func TestIndexStopsOnWriteError(t *testing.T) {
	r := rulestest.Default(t)
	st, err := Open(context.Background(), filepath.Join(t.TempDir(), "x.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	fed := 0
	feed := func(yield func(*ingest.Document) error) error {
		for i := range 5000 {
			fed++
			if err := yield(doc(fmt.Sprintf("d%d.txt", i), "16 people were killed.\n")); err != nil {
				return err
			}
		}
		return nil
	}
	_, err = Index(context.Background(), failingStore{st}, r, feed, Options{})
	if err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Fatalf("error %v, want the write failure", err)
	}
	if fed >= 5000 {
		t.Errorf("extraction went on over all %d documents after the write failed", fed)
	}
}

// TestPostgresDefaultSSLMode opens CLAIMDIFF_TEST_PG with its sslmode
// taken out: libpq's default, prefer, reaches a server without TLS (the
// one .ci/run starts), where lib/pq on its own would require TLS.
func TestPostgresDefaultSSLMode(t *testing.T) {
	dsn := os.Getenv("CLAIMDIFF_TEST_PG")
	if dsn == "" {
		t.Skip("set CLAIMDIFF_TEST_PG to a postgres:// URL (.ci/run does)")
	}
	if os.Getenv("PGSSLMODE") != "" {
		t.Skip("PGSSLMODE is set")
	}
	u, err := url.Parse(dsn)
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	q.Del("sslmode")
	u.RawQuery = q.Encode()
	st, err := Open(context.Background(), u.String())
	if err != nil {
		t.Fatalf("%s: %v", Redact(u.String()), err)
	}
	st.Close()
}

// TestSQLiteBusyRetryable holds a write transaction on an SQLite file and
// writes from a second connection that waits no time: the driver's
// "database is locked" must be an error a writer tries again after.
func TestSQLiteBusyRetryable(t *testing.T) {
	path := filepath.Join(t.TempDir(), "busy.db")
	open := func() *sql.DB {
		db, err := driver.Open(sqliteURI(path) + "?_pragma=busy_timeout(0)&_txlock=immediate")
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { db.Close() })
		return db
	}
	a, b := open(), open()
	if _, err := a.Exec(`CREATE TABLE t (x INTEGER)`); err != nil {
		t.Fatal(err)
	}
	tx, err := a.Begin()
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	if _, err := tx.Exec(`INSERT INTO t VALUES (1)`); err != nil {
		t.Fatal(err)
	}
	_, err = b.Exec(`INSERT INTO t VALUES (2)`)
	if err == nil {
		t.Fatal("a second writer was not refused")
	}
	if !sqliteDialect.retryable(err) {
		t.Errorf("not retryable: %v", err)
	}
	if sqliteDialect.retryable(errors.New("disk I/O error")) {
		t.Error("any error retryable")
	}
}

// TestSQLiteHeadWhileCreated reads the head of a file whose size is set
// before its first page is written, as the SQLite driver creates a
// database: the head is waited for, and a file of zeros that stays so is
// read as zeros once the wait is over.
func TestSQLiteHeadWhileCreated(t *testing.T) {
	path := filepath.Join(t.TempDir(), "new.db")
	if err := os.WriteFile(path, make([]byte, 4096), 0o644); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() {
		time.Sleep(50 * time.Millisecond)
		f, err := os.OpenFile(path, os.O_WRONLY, 0)
		if err == nil {
			_, err = f.WriteAt([]byte(sqliteMagic), 0)
			f.Close()
		}
		done <- err
	}()
	head, err := sqliteHead(context.Background(), path, 5*time.Second)
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if err != nil || head != sqliteMagic {
		t.Errorf("head of a file being created = %q, %v; want the SQLite magic", head, err)
	}
	zeros := filepath.Join(t.TempDir(), "zeros.db")
	if err := os.WriteFile(zeros, make([]byte, 4096), 0o644); err != nil {
		t.Fatal(err)
	}
	if head, err := sqliteHead(context.Background(), zeros, 30*time.Millisecond); err != nil || head == sqliteMagic {
		t.Errorf("head of a file of zeros = %q, %v", head, err)
	}
}
