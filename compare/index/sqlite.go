package index

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/ncruces/go-sqlite3"
	"github.com/ncruces/go-sqlite3/driver"
	"github.com/ncruces/go-sqlite3/ext/fts5"

	"github.com/claimdiff/claimdiff/internal/uripath"
)

// sqliteMagic starts every SQLite database file.
const sqliteMagic = "SQLite format 3\x00"

var sqliteDialect = dialect{
	name:    "sqlite",
	ph:      func(int) string { return "?" },
	hasMeta: `SELECT count(*) > 0 FROM sqlite_master WHERE type = 'table' AND name = 'claimdiff_meta'`,
	migrations: [][]string{{
		`CREATE TABLE claimdiff_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)`,
		`CREATE TABLE documents (id TEXT PRIMARY KEY, path TEXT NOT NULL, source TEXT NOT NULL, title TEXT NOT NULL,
			url TEXT NOT NULL, published TEXT NOT NULL, format TEXT NOT NULL, hash TEXT NOT NULL, rules TEXT NOT NULL,
			text TEXT NOT NULL, terms TEXT NOT NULL, story TEXT)`,
		`CREATE INDEX documents_story ON documents(story)`,
		`CREATE TABLE claims (doc TEXT NOT NULL, seq INTEGER NOT NULL, kind TEXT NOT NULL, claim TEXT NOT NULL, PRIMARY KEY (doc, seq))`,
		`CREATE INDEX claims_kind ON claims(kind)`,
		// the full-text row of a document has the document's rowid, so it is
		// found and deleted by key, not by scanning
		`CREATE VIRTUAL TABLE doc_terms USING fts5(terms)`,
	}},
	settings: []string{`PRAGMA journal_mode = WAL`},
	// a writer that still meets a lock after busy_timeout tries again
	retryable: func(err error) bool {
		return errors.Is(err, sqlite3.BUSY)
	},
	putTerms: func(ctx context.Context, tx *sql.Tx, id, terms string) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO doc_terms (rowid, terms) SELECT rowid, ? FROM documents WHERE id = ?`, terms, id)
		return err
	},
	deleteTerms: func(ctx context.Context, tx *sql.Tx, id string) error {
		_, err := tx.ExecContext(ctx, `DELETE FROM doc_terms WHERE rowid IN (SELECT rowid FROM documents WHERE id = ?)`, id)
		return err
	},
	search: func(ctx context.Context, db *sql.DB, terms []string, limit int) ([]string, error) {
		q := make([]string, len(terms))
		for i, t := range terms {
			q[i] = `"` + strings.ReplaceAll(t, `"`, `""`) + `"`
		}
		return scanIDs(db.QueryContext(ctx, `SELECT d.id FROM doc_terms JOIN documents d ON d.rowid = doc_terms.rowid
			WHERE doc_terms MATCH ? ORDER BY bm25(doc_terms) LIMIT ?`,
			strings.Join(q, " OR "), limit))
	},
}

// openSQLite opens or creates an index file. A file that is not an SQLite
// database, or one without the claimdiff schema, is refused.
func openSQLite(ctx context.Context, path string) (Store, error) {
	empty := true
	if st, err := os.Stat(path); err == nil {
		if st.IsDir() {
			return nil, fmt.Errorf("%s is a directory", path)
		}
		if st.Size() > 0 {
			head, err := sqliteHead(ctx, path, creatingWait)
			if err != nil {
				return nil, err
			}
			if head != sqliteMagic {
				return nil, fmt.Errorf("%w: not an SQLite database file; refusing to overwrite it", ErrForeign)
			}
			empty = false
		}
	}
	// Nothing is written before the database is known to be claimdiff's:
	// the journal mode, which SQLite records in the file, is switched to
	// WAL only after the check (the dialect's settings). Write transactions take the write lock at
	// BEGIN (immediate), so a second writer waits for busy_timeout instead
	// of failing when it upgrades a read lock.
	db, err := driver.Open(sqliteURI(path)+"?_pragma=busy_timeout(10000)&_pragma=synchronous(NORMAL)&_txlock=immediate", fts5.Register)
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(1)
	if !empty {
		var n int
		if err := db.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_master`).Scan(&n); err != nil {
			db.Close()
			return nil, fmt.Errorf("%w: unreadable database: %v", ErrForeign, err)
		}
		empty = n == 0
	}
	return adopt(ctx, db, sqliteDialect, empty)
}

// creatingWait bounds how long openSQLite waits for another process that
// is creating the file to write its header.
const creatingWait = 5 * time.Second

// sqliteHead reads the first bytes of the file at path, where an SQLite
// database has its magic string. A file another claimdiff is creating may
// have its size before its first page: the driver sets the file's size
// before it writes it, so its head reads as zeros for a moment. Such a
// head is read again until it holds something or wait has passed (a file
// of zeros is then refused as anything else).
func sqliteHead(ctx context.Context, path string, wait time.Duration) (string, error) {
	deadline := time.Now().Add(wait)
	for {
		f, err := os.Open(path)
		if err != nil {
			return "", err
		}
		head := make([]byte, len(sqliteMagic))
		n, _ := io.ReadFull(f, head)
		f.Close()
		if strings.Trim(string(head[:n]), "\x00") != "" || time.Now().After(deadline) {
			return string(head[:n]), nil
		}
		select {
		case <-ctx.Done():
			return "", ctx.Err()
		case <-time.After(10 * time.Millisecond):
		}
	}
}

// sqliteURI makes an SQLite file: URI of a path, percent-encoded so '?',
// '#' and '%' in a file name name that file rather than starting URI
// parameters, a fragment or an escape; the path is made absolute, so it
// never reads as an authority.
func sqliteURI(path string) string {
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	return "file:" + uripath.Escape(path)
}
