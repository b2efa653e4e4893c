package main

import (
	"context"
	"errors"
	"fmt"

	"github.com/urfave/cli/v2"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/cache"
	"github.com/claimdiff/claimdiff/claims/ingest"
	"github.com/claimdiff/claimdiff/claims/output"
	"github.com/claimdiff/claimdiff/compare/index"
	"github.com/claimdiff/claimdiff/compare/stories"
)

var dbFlag = &cli.StringFlag{Name: "db", Usage: "archive index: an SQLite `PATH`, or a postgres:// URL"}

func indexCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:      "index",
		Usage:     "extract articles once into an archive index (SQLite or PostgreSQL)",
		ArgsUsage: "ARTICLES...",
		Description: `Stores documents, claims and story assignments for 'claimdiff check --db'.
Incremental: unchanged files (same content hash, same rules) are skipped,
changed ones replaced; --prune drops documents no longer given. Writes are
transactional, so a killed run leaves the previous state usable.`,
		Flags: []cli.Flag{dbFlag, rulesFlag, windowFlag(),
			&cli.BoolFlag{Name: "prune", Usage: "remove indexed documents that are not among the ARTICLES"},
			published, sourceFl, maxBytes},
		Action: func(c *cli.Context) error {
			if c.String("db") == "" {
				return usageErr("give --db PATH (an SQLite file) or --db postgres://...")
			}
			paths := c.Args().Slice()
			opt, err := articleArgs(c, e, paths)
			if err != nil {
				return err
			}
			r, err := loadRules(c)
			if err != nil {
				return err
			}
			st, err := index.Open(c.Context, c.String("db"))
			if err != nil {
				return fail(exitError, "%s: %v", index.Redact(c.String("db")), err)
			}
			defer st.Close()
			var ids index.IDs // the same ids from any working directory
			feed := func(yield func(*ingest.Document) error) error {
				return ingest.Walk(c.Context, paths, opt, func(d *ingest.Document) error {
					ids.Apply(d)
					return yield(d)
				}, func(w *ingest.Error) {
					warn(e, w)
				})
			}
			so := stories.DefaultOptions()
			so.Window = c.Duration("window")
			// a document another build extracted is extracted again: its
			// claims and story features may be read otherwise
			prog, err := cache.ProgramID()
			if err != nil {
				return fail(exitError, "%v", err)
			}
			stats, err := index.Index(c.Context, st, r, feed, index.Options{Prune: c.Bool("prune"), Stories: so, Program: prog[:16]})
			if err != nil {
				return indexError(c.Context, err, c.String("db"))
			}
			storiesText := "stories unchanged"
			if stats.New+stats.Changed+stats.Removed > 0 {
				storiesText = output.Count(stats.Stories, "story", "stories")
			}
			return writeOutput(e, "", []byte(fmt.Sprintf("indexed %d documents (%d new, %d changed, %d unchanged, %d removed) in %v; %s\n",
				stats.New+stats.Changed+stats.Unchanged, stats.New, stats.Changed, stats.Unchanged, stats.Removed, stats.Took.Round(1e6), storiesText)))
		},
	}
}

// indexError is what index returns for an error of index.Index: a
// document that cannot be read (exit 2) and a panic while extracting one
// (a bug, exit 3) each as it names its document; an interruption as it
// is; anything else as the store's, named by the database db (its
// password redacted), exit 2.
func indexError(ctx context.Context, err error, db string) error {
	var ie *ingest.Error
	if errors.As(err, &ie) {
		return &exitErr{code: exitError, err: ie}
	}
	var bug *claims.InternalError
	if errors.As(err, &bug) {
		return bug // exitCodeOf gives a panic its code
	}
	if ctx.Err() != nil {
		return ctx.Err()
	}
	return fail(exitError, "%s: %v", index.Redact(db), err)
}
