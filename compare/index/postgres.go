package index

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	neturl "net/url"
	"strings"

	"github.com/lib/pq"
)

var postgresDialect = dialect{
	name: "postgres",
	ph:   func(n int) string { return fmt.Sprintf("$%d", n) },
	// not to_regclass('claimdiff_meta'): as a prepared statement without
	// parameters its generic plan keeps the answer of its first run, so a
	// run waiting on the migration lock would not see the table the other
	// run just created
	hasMeta: `SELECT count(*) > 0 FROM pg_catalog.pg_tables WHERE schemaname = current_schema() AND tablename = 'claimdiff_meta'`,
	lock: func(ctx context.Context, tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock($1)`, migrationLock)
		return err
	},
	migrations: [][]string{{
		`CREATE TABLE claimdiff_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)`,
		`CREATE TABLE documents (id TEXT PRIMARY KEY, path TEXT NOT NULL, source TEXT NOT NULL, title TEXT NOT NULL,
			url TEXT NOT NULL, published TEXT NOT NULL, format TEXT NOT NULL, hash TEXT NOT NULL, rules TEXT NOT NULL,
			text TEXT NOT NULL, terms TEXT NOT NULL, story TEXT, tsv tsvector)`,
		`CREATE INDEX documents_story ON documents(story)`,
		`CREATE INDEX documents_tsv ON documents USING GIN (tsv)`,
		`CREATE TABLE claims (doc TEXT NOT NULL, seq INTEGER NOT NULL, kind TEXT NOT NULL, claim TEXT NOT NULL, PRIMARY KEY (doc, seq))`,
		`CREATE INDEX claims_kind ON claims(kind)`,
	}},
	putTerms: func(ctx context.Context, tx *sql.Tx, id, terms string) error {
		_, err := tx.ExecContext(ctx, `UPDATE documents SET tsv = to_tsvector('simple', terms) WHERE id = $1`, id)
		return err
	},
	deleteTerms: func(context.Context, *sql.Tx, string) error { return nil }, // tsv lives in the row
	retryable: func(err error) bool {
		var pe *pq.Error
		if !errors.As(err, &pe) {
			return false
		}
		switch string(pe.Code) {
		case "40001", "40P01", "23505": // serialization failure, deadlock, unique violation
			return true
		}
		return false
	},
	search: func(ctx context.Context, db *sql.DB, terms []string, limit int) ([]string, error) {
		var parts []string
		for _, t := range terms {
			for _, w := range strings.Fields(t) {
				parts = append(parts, "'"+strings.ReplaceAll(w, "'", "")+"'")
			}
		}
		return scanIDs(db.QueryContext(ctx, `SELECT id FROM documents, to_tsquery('simple', $1) q
			WHERE tsv @@ q ORDER BY ts_rank_cd(tsv, q) DESC, id LIMIT $2`, strings.Join(parts, " | "), limit))
	},
}

// migrationLock is the advisory lock key that serialises claimdiff's
// migrations on a PostgreSQL server ("claimdif" in ASCII).
const migrationLock int64 = 0x636c61696d646966

// openPostgres opens a PostgreSQL index. A database whose public schema has
// tables but no claimdiff marker is refused. The driver is github.com/lib/pq
// (one package, little set-up at start: every command links it, only
// `index` and `check --db` use it); a URL that does not parse is refused
// here, so the driver's errors always come from a URL whose passwords
// redactErr can find.
func openPostgres(ctx context.Context, url string) (Store, error) {
	if _, err := neturl.Parse(url); err != nil {
		// not err: url.Error quotes the URL, and its escape errors part of
		// the password ("%zz"); the caller names the URL, redacted
		return nil, errors.New("not a valid PostgreSQL URL")
	}
	cfg, err := pq.NewConfig(url)
	if err != nil {
		return nil, err
	}
	if cfg.SSLMode == "" {
		// neither the URL nor PGSSLMODE asks: libpq's default, prefer
		// (TLS when the server offers it), where lib/pq would require it
		cfg.SSLMode = pq.SSLModePrefer
	}
	conn, err := pq.NewConnectorConfig(cfg)
	if err != nil {
		return nil, err
	}
	db := sql.OpenDB(conn)
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("cannot reach PostgreSQL: %s", oneLine(err))
	}
	var hasMeta bool
	var tables int
	err = db.QueryRowContext(ctx, `SELECT to_regclass('claimdiff_meta') IS NOT NULL`).Scan(&hasMeta)
	if err == nil {
		err = db.QueryRowContext(ctx, `SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()`).Scan(&tables)
	}
	if err != nil {
		db.Close()
		return nil, err
	}
	return adopt(ctx, db, postgresDialect, tables == 0 && !hasMeta)
}

// oneLine flattens the driver's multi-line connection errors (one line per
// address tried, often repeated) into one line, each distinct part once.
func oneLine(err error) string {
	var parts []string
	seen := map[string]bool{}
	for _, l := range strings.Split(err.Error(), "\n") {
		l = strings.TrimSuffix(strings.TrimSpace(l), ":")
		if l != "" && !seen[l] {
			seen[l] = true
			parts = append(parts, l)
		}
	}
	return strings.Join(parts, ": ")
}
