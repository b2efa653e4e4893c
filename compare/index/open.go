package index

import "context"

// Open opens (creating and migrating as needed) the store at dsn: a
// postgres:// or postgresql:// URL for PostgreSQL, else a SQLite file path.
// An existing file or database that is not a claimdiff index is refused,
// never overwritten.
func Open(ctx context.Context, dsn string) (Store, error) {
	if isPostgres(dsn) {
		st, err := openPostgres(ctx, dsn)
		return st, redactErr(dsn, err)
	}
	return openSQLite(ctx, dsn)
}
