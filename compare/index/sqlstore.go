package index

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/claimdiff/claimdiff/claims/ingest"
)

// dialect is what differs between the SQL databases.
type dialect struct {
	name string
	// ph returns the n-th (1-based) placeholder.
	ph func(n int) string
	// migrations[i] brings schema version i to i+1.
	migrations [][]string
	// putTerms stores a document's search terms (after its row is written).
	putTerms func(ctx context.Context, tx *sql.Tx, id string, terms string) error
	// deleteTerms removes a document's search terms.
	deleteTerms func(ctx context.Context, tx *sql.Tx, id string) error
	// hasMeta is a query returning whether the claimdiff_meta table exists.
	hasMeta string
	// lock, when set, takes the lock that serialises migrations in a
	// transaction (SQLite's BEGIN IMMEDIATE already holds it).
	lock func(ctx context.Context, tx *sql.Tx) error
	// retryable reports an error after which a write transaction is run
	// again: another writer got in the way.
	retryable func(err error) bool
	// search returns ids matching any of the terms, best first.
	search func(ctx context.Context, db *sql.DB, terms []string, limit int) ([]string, error)
	// settings are statements run once the database is known to be
	// claimdiff's, before it is migrated: settings the database itself
	// records, which must not touch a database that is not ours.
	settings []string
}

// sqlStore is a Store over database/sql.
type sqlStore struct {
	db *sql.DB
	d  dialect
}

func (s *sqlStore) Close() error { return s.db.Close() }

// adopt makes db, of dialect d, claimdiff's store: it refuses a database
// that is not empty and has no claimdiff schema, applies the dialect's
// settings and migrates the schema. db is closed when it is not adopted.
func adopt(ctx context.Context, db *sql.DB, d dialect, empty bool) (Store, error) {
	s := &sqlStore{db: db, d: d}
	err := s.checkOwner(ctx, empty)
	for _, q := range d.settings {
		if err == nil {
			// SQLite switches to WAL by upgrading the read transaction the
			// statement began with to a write; a second run doing the same
			// at once gets SQLITE_BUSY without its busy_timeout being
			// consulted (waiting could deadlock), so the switch is retried
			// like any write that another writer got in the way of
			err = s.retry(ctx, func() error {
				_, err := db.ExecContext(ctx, q)
				return err
			})
			if err != nil {
				err = fmt.Errorf("%s: %w", q, err)
			}
		}
	}
	if err == nil {
		if err = s.migrate(ctx); err != nil {
			err = fmt.Errorf("migrating: %w", err)
		}
	}
	if err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

// checkOwner refuses a database that is not empty and not a claimdiff
// index, or whose schema is newer than this build reads. It only reads: it
// runs before anything is written to the database.
func (s *sqlStore) checkOwner(ctx context.Context, empty bool) error {
	if empty {
		return nil
	}
	var app string
	err := s.db.QueryRowContext(ctx, `SELECT value FROM claimdiff_meta WHERE key = 'app'`).Scan(&app)
	if err != nil || app != "claimdiff" {
		return fmt.Errorf("%w: it has tables but no claimdiff schema; refusing to modify it", ErrForeign)
	}
	version, err := schemaVersion(ctx, s.db)
	if err != nil {
		return err
	}
	if version > SchemaVersion {
		return fmt.Errorf("index schema version %d was written by a newer claimdiff (this one reads up to %d)", version, SchemaVersion)
	}
	return nil
}

// rowQuerier is a database or a transaction.
type rowQuerier interface {
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// schemaVersion reads the schema version claimdiff_meta records.
func schemaVersion(ctx context.Context, q rowQuerier) (int, error) {
	var v string
	if err := q.QueryRowContext(ctx, `SELECT value FROM claimdiff_meta WHERE key = 'schema'`).Scan(&v); err != nil {
		return 0, fmt.Errorf("%w: no schema version", ErrForeign)
	}
	n, err := strconv.Atoi(v)
	if err != nil {
		return 0, fmt.Errorf("%w: schema version %q", ErrForeign, v)
	}
	return n, nil
}

// migrate brings the schema up to date, one transaction per step. Each
// step reads the version inside its transaction, which holds the
// database's write lock (BEGIN IMMEDIATE on SQLite, an advisory lock on
// PostgreSQL), so runs that open one database at once migrate it once.
func (s *sqlStore) migrate(ctx context.Context) error {
	for {
		var done bool
		err := s.retry(ctx, func() (err error) {
			done, err = s.migrateStep(ctx)
			return err
		})
		if err != nil || done {
			return err
		}
	}
}

// migrateStep runs the next migration; done reports that there was none.
func (s *sqlStore) migrateStep(ctx context.Context) (done bool, err error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return false, err
	}
	defer tx.Rollback()
	if s.d.lock != nil {
		if err := s.d.lock(ctx, tx); err != nil {
			return false, err
		}
	}
	var has bool
	if err := tx.QueryRowContext(ctx, s.d.hasMeta).Scan(&has); err != nil {
		return false, err
	}
	v := 0
	if has {
		if v, err = schemaVersion(ctx, tx); err != nil {
			return false, err
		}
	}
	if v >= SchemaVersion {
		return true, nil
	}
	for _, stmt := range s.d.migrations[v] {
		if _, err := tx.ExecContext(ctx, stmt); err != nil {
			return false, fmt.Errorf("migrating the index to schema %d: %w", v+1, err)
		}
	}
	if v == 0 {
		for _, stmt := range []string{`INSERT INTO claimdiff_meta (key, value) VALUES ('app', 'claimdiff')`,
			`INSERT INTO claimdiff_meta (key, value) VALUES ('schema', '0')`} {
			if _, err := tx.ExecContext(ctx, stmt); err != nil {
				return false, err
			}
		}
	}
	if _, err := tx.ExecContext(ctx, `UPDATE claimdiff_meta SET value = `+s.d.ph(1)+` WHERE key = 'schema'`, strconv.Itoa(v+1)); err != nil {
		return false, err
	}
	return false, tx.Commit()
}

func (s *sqlStore) States(ctx context.Context) (map[string]State, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, path, hash, rules FROM documents`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[string]State{}
	for rows.Next() {
		var id string
		var st State
		if err := rows.Scan(&id, &st.Path, &st.Hash, &st.Rules); err != nil {
			return nil, err
		}
		out[id] = st
	}
	return out, rows.Err()
}

// inTx runs fn in a transaction and commits it. A transaction that
// failed because another writer got in the way (a serialisation failure,
// a deadlock, a key another run inserted first: every write here deletes
// before it inserts, so running it again is right) is retried a few times,
// so concurrent index runs both succeed.
func (s *sqlStore) inTx(ctx context.Context, fn func(tx *sql.Tx) error) error {
	return s.retry(ctx, func() error { return s.tryTx(ctx, fn) })
}

// retry runs fn, and again, after a growing pause, while it fails with an
// error the dialect says another writer caused, up to eight times.
func (s *sqlStore) retry(ctx context.Context, fn func() error) error {
	const tries = 8
	for try := 1; ; try++ {
		err := fn()
		if err == nil || try == tries || s.d.retryable == nil || !s.d.retryable(err) {
			return err
		}
		select {
		case <-time.After(time.Duration(try*try) * 20 * time.Millisecond):
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}

func (s *sqlStore) tryTx(ctx context.Context, fn func(tx *sql.Tx) error) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := fn(tx); err != nil {
		return err
	}
	return tx.Commit()
}

func (s *sqlStore) Put(ctx context.Context, entries []Entry) error {
	return s.inTx(ctx, func(tx *sql.Tx) error { return s.put(ctx, tx, entries) })
}

func (s *sqlStore) put(ctx context.Context, tx *sql.Tx, entries []Entry) error {
	p := s.d.ph
	insDoc := `INSERT INTO documents (id, path, source, title, url, published, format, hash, rules, text, terms, story) VALUES (` +
		strings.Join([]string{p(1), p(2), p(3), p(4), p(5), p(6), p(7), p(8), p(9), p(10), p(11), p(12)}, ", ") + `)`
	// the claims' insert prepared once a transaction: a statement run
	// unprepared is parsed again each time, which lib/pq does in a round
	// trip of its own
	insClaim, err := tx.PrepareContext(ctx, `INSERT INTO claims (doc, seq, kind, claim) VALUES (`+p(1)+`, `+p(2)+`, `+p(3)+`, `+p(4)+`)`)
	if err != nil {
		return err
	}
	defer insClaim.Close()
	for _, e := range entries {
		d := e.Doc
		if err := s.remove(ctx, tx, d.ID); err != nil {
			return err
		}
		terms := strings.Join(e.Terms, " ")
		if _, err := tx.ExecContext(ctx, insDoc, d.ID, d.Path, d.Source, d.Title, d.URL, published(d.Published), d.Format,
			e.Hash, e.Rules, d.Text, terms, e.Story); err != nil {
			return err
		}
		if err := s.d.putTerms(ctx, tx, d.ID, terms); err != nil {
			return err
		}
		for i, c := range e.Claims {
			b, err := json.Marshal(c)
			if err != nil {
				return err
			}
			if _, err := insClaim.ExecContext(ctx, d.ID, i+1, c.Kind, string(b)); err != nil {
				return err
			}
		}
	}
	return nil
}

func (s *sqlStore) Delete(ctx context.Context, ids []string) error {
	return s.inTx(ctx, func(tx *sql.Tx) error { return s.delete(ctx, tx, ids) })
}

func (s *sqlStore) delete(ctx context.Context, tx *sql.Tx, ids []string) error {
	for _, id := range ids {
		if err := s.remove(ctx, tx, id); err != nil {
			return err
		}
	}
	return nil
}

// remove deletes a document: its search terms, its claims and its row.
func (s *sqlStore) remove(ctx context.Context, tx *sql.Tx, id string) error {
	if err := s.d.deleteTerms(ctx, tx, id); err != nil {
		return err
	}
	for _, q := range []string{`DELETE FROM claims WHERE doc = ` + s.d.ph(1), `DELETE FROM documents WHERE id = ` + s.d.ph(1)} {
		if _, err := tx.ExecContext(ctx, q, id); err != nil {
			return err
		}
	}
	return nil
}

func (s *sqlStore) Search(ctx context.Context, terms []string, limit int) ([]string, error) {
	var clean []string
	for _, t := range terms {
		if t = sanitize(t); t != "" {
			clean = append(clean, t)
		}
	}
	if len(clean) == 0 {
		return nil, nil
	}
	return s.d.search(ctx, s.db, clean, limit)
}

// sanitize keeps letters, digits and inner hyphens and apostrophes: terms
// go into full-text queries.
func sanitize(t string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(t) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9', r > 127 && (r < 0x2000 || r > 0x206f):
			b.WriteRune(r)
		default:
			b.WriteRune(' ')
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

func (s *sqlStore) Load(ctx context.Context, ids []string) ([]Entry, error) {
	var out []Entry
	for start := 0; start < len(ids); start += 200 {
		list, args := s.inList(ids[start:min(len(ids), start+200)])
		rows, err := s.db.QueryContext(ctx, `SELECT id, path, source, title, url, published, format, hash, rules, text, terms, COALESCE(story, '')
			FROM documents WHERE id IN (`+list+`) ORDER BY id`, args...)
		entries, err := scanRows(rows, err, scanEntry)
		if err != nil {
			return nil, err
		}
		out = append(out, entries...)
	}
	return out, nil
}

// scanEntry reads a stored document's row (as Load selects it).
func scanEntry(rows *sql.Rows) (Entry, error) {
	d := &ingest.Document{Line: 1}
	var pub, terms string
	var e Entry
	err := rows.Scan(&d.ID, &d.Path, &d.Source, &d.Title, &d.URL, &pub, &d.Format, &e.Hash, &e.Rules, &d.Text, &terms, &e.Story)
	d.Published = parsePublished(pub)
	e.Doc, e.Terms = d, strings.Fields(terms)
	return e, err
}

func (s *sqlStore) Items(ctx context.Context) ([]Item, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, published, terms FROM documents ORDER BY id`)
	return scanRows(rows, err, func(rows *sql.Rows) (Item, error) {
		var it Item
		var pub, terms string
		err := rows.Scan(&it.ID, &pub, &terms)
		it.Published, it.Terms = parsePublished(pub), strings.Fields(terms)
		return it, err
	})
}

func (s *sqlStore) SetStories(ctx context.Context, stories map[string]string) error {
	// rows are updated in order of id, so two runs lock them in one order
	// and cannot deadlock
	ids := make([]string, 0, len(stories))
	for id := range stories {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	return s.inTx(ctx, func(tx *sql.Tx) error {
		stmt, err := tx.PrepareContext(ctx, `UPDATE documents SET story = `+s.d.ph(1)+` WHERE id = `+s.d.ph(2))
		if err != nil {
			return err
		}
		defer stmt.Close()
		for _, id := range ids {
			if _, err := stmt.ExecContext(ctx, stories[id], id); err != nil {
				return err
			}
		}
		return nil
	})
}

func (s *sqlStore) StoryMembers(ctx context.Context, stories []string, limit int) ([]string, error) {
	if len(stories) == 0 {
		return nil, nil
	}
	list, args := s.inList(stories)
	rows, err := s.db.QueryContext(ctx, `SELECT id FROM documents WHERE story IN (`+list+`) ORDER BY id LIMIT `+strconv.Itoa(limit), args...)
	return scanIDs(rows, err)
}

// inList returns the placeholders of a list of values ("$1, $2" or
// "?, ?") and the values as the query's arguments.
func (s *sqlStore) inList(values []string) (string, []any) {
	ph := make([]string, len(values))
	args := make([]any, len(values))
	for i, v := range values {
		ph[i], args[i] = s.d.ph(i+1), v
	}
	return strings.Join(ph, ", "), args
}

// scanIDs reads a one-column result of document ids.
func scanIDs(rows *sql.Rows, err error) ([]string, error) {
	return scanRows(rows, err, func(rows *sql.Rows) (id string, err error) {
		err = rows.Scan(&id)
		return id, err
	})
}

// scanRows reads every row of a query's result (rows, or the error the
// query gave) with scan, and closes it.
func scanRows[T any](rows *sql.Rows, err error, scan func(*sql.Rows) (T, error)) ([]T, error) {
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []T
	for rows.Next() {
		v, err := scan(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}
