package index

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"time"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/ingest"
)

// SchemaVersion is the version of the database layout this build writes.
// Migrations from earlier versions run on Open.
const SchemaVersion = 1

// State is what the index knows of a stored document, to decide whether it
// must be extracted again.
type State struct {
	Path  string
	Hash  string
	Rules string
}

// Entry is one document as stored: the document, its story terms and
// claims, and the hash and rules fingerprint it was extracted with.
type Entry struct {
	Doc    *ingest.Document
	Hash   string
	Rules  string
	Terms  []string
	Claims []claims.Claim
	Story  string
}

// Hash is the content hash an index compares: the text and the metadata
// that change what is extracted or how it is reported.
func Hash(d *ingest.Document) string {
	h := sha256.New()
	for _, s := range []string{d.Source, d.Title, d.URL, d.Format, published(d.Published), d.Text} {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil)[:16])
}

// published is how a publication time is stored: RFC 3339 in UTC, empty
// when unknown.
func published(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339)
}

// parsePublished reads a publication time as published stores it.
func parsePublished(s string) time.Time {
	if s == "" {
		return time.Time{}
	}
	t, _ := time.Parse(time.RFC3339, s)
	return t
}

// Item is a stored document's story features, for regrouping stories.
type Item struct {
	ID        string
	Published time.Time
	Terms     []string
}

// Store is an archive of indexed documents. Implementations are safe for
// one writer at a time.
type Store interface {
	// States returns the state of every stored document by id.
	States(ctx context.Context) (map[string]State, error)
	// Put stores (or replaces) entries in one transaction.
	Put(ctx context.Context, entries []Entry) error
	// Delete removes documents in one transaction.
	Delete(ctx context.Context, ids []string) error
	// Search returns up to limit documents sharing the most (and rarest)
	// of the terms, best first.
	Search(ctx context.Context, terms []string, limit int) ([]string, error)
	// Load returns the stored documents with the given ids.
	Load(ctx context.Context, ids []string) ([]Entry, error)
	// Items returns every document's story features.
	Items(ctx context.Context) ([]Item, error)
	// SetStories records story assignments (document id -> story id) in
	// one transaction; documents not named keep theirs.
	SetStories(ctx context.Context, stories map[string]string) error
	// StoryMembers returns the documents of the stories, at most limit.
	StoryMembers(ctx context.Context, stories []string, limit int) ([]string, error)
	// Close releases the database.
	Close() error
}

// ErrForeign reports a database that is not a claimdiff index.
var ErrForeign = errors.New("not a claimdiff index")
