// Package index keeps an archive of extracted articles in a database —
// documents, claims, story features and story assignments — so that
// `claimdiff check --db` compares a new article with the few archived
// stories it could disagree with instead of the whole archive.
//
// Store is the storage interface; Open returns an embedded SQLite store for
// a file path (pure Go, no cgo) or a PostgreSQL store for a postgres:// URL,
// for teams that share one archive across CI runners. Index updates a store
// incrementally: unchanged documents (by content hash and rules
// fingerprint) are skipped, changed ones replaced, removed ones dropped on
// request; writes are transactional in batches, so a killed run leaves a
// consistent archive.
package index
