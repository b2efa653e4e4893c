package main

import (
	"fmt"

	"github.com/urfave/cli/v2"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/cache"
	"github.com/claimdiff/claimdiff/claims/ingest"
	"github.com/claimdiff/claimdiff/claims/rules"
	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/compare/stories"
)

// noCacheFl is the flag of the commands that read extractions from the
// cache.
var noCacheFl = &cli.BoolFlag{Name: "no-cache", Usage: "extract every article again, neither reading nor writing the extraction cache"}

// extractCached extracts docs through the extraction cache unless
// --no-cache is given or the cache cannot be used: a cache that cannot be
// read or written only costs time, so it never fails the command, but the
// first run of a command that finds it unusable says so in one line on
// stderr (cacheWarning). After a run that added entries or a pack, the
// cache is trimmed to its size limit. With forComparison, results come
// without tokens or mentions (see cache.Cache.ExtractAll). keep, when not
// nil, turns each result into what the caller keeps of it, on the worker
// that made it.
func extractCached(c *cli.Context, e *env, docs []*ingest.Document, r *rules.Rules, forComparison bool, keep claims.Trimmer, progress func(int)) ([]*claims.Result, error) {
	uncached := func() ([]*claims.Result, error) {
		if keep == nil {
			return claims.ExtractAll(c.Context, docs, r, progress)
		}
		pool := claims.NewExtractorPool(r)
		return claims.ExtractAllWith(c.Context, docs, func(d *ingest.Document) *claims.Result {
			return keep.Trim(pool.Extract(d))
		}, progress)
	}
	return throughCache(c, e, r, uncached, func(cc *cache.Cache) ([]*claims.Result, error) {
		return cc.ExtractAll(c.Context, docs, r, forComparison, keep, progress)
	})
}

// extractChosen is extractCached for comparison of the documents choose
// picks by their story terms (see cache.Cache.ExtractChosen): the results
// of the others are nil. keep trims each result, as extractCached's does.
func extractChosen(c *cli.Context, e *env, docs []*ingest.Document, r *rules.Rules, keep claims.Trimmer, choose func([][]string) ([]bool, error), progress func(int)) ([]*claims.Result, error) {
	// without the cache: every document extracted for its terms, then
	// the chosen extracted again and trimmed (trimming only theirs, as
	// the cache's ExtractChosen does)
	uncached := func() ([]*claims.Result, error) {
		pool := claims.NewExtractorPool(r)
		at := make(map[*ingest.Document]int, len(docs))
		for i, d := range docs {
			at[d] = i
		}
		terms := make([][]string, len(docs))
		_, err := claims.ExtractAllWith(c.Context, docs, func(d *ingest.Document) *claims.Result {
			res := pool.Extract(d)
			stories.Fill(res, r)
			terms[at[d]] = res.StoryTerms
			return nil
		}, progress)
		if err != nil {
			return nil, err
		}
		chosen, err := choose(terms)
		if err != nil {
			return nil, err
		}
		return claims.ExtractChosenWith(c.Context, docs, chosen, func(d *ingest.Document) *claims.Result {
			if keep == nil {
				return pool.Extract(d)
			}
			return keep.Trim(pool.Extract(d))
		}, nil)
	}
	return throughCache(c, e, r, uncached, func(cc *cache.Cache) ([]*claims.Result, error) {
		return cc.ExtractChosen(c.Context, docs, r, keep, choose, progress)
	})
}

// throughCache runs cached with the extraction cache, or uncached when
// --no-cache is given or the cache cannot be used (said once, see
// cacheWarning), and trims the cache after a run that added to it.
func throughCache(c *cli.Context, e *env, r *rules.Rules, uncached func() ([]*claims.Result, error), cached func(*cache.Cache) ([]*claims.Result, error)) ([]*claims.Result, error) {
	if c.Bool(noCacheFl.Name) {
		return uncached()
	}
	dir, err := cache.Dir()
	if err != nil {
		cacheWarning(e, "", err)
		return uncached()
	}
	if err := cache.CheckDir(dir); err != nil {
		cacheWarning(e, dir, err)
		return uncached()
	}
	// each entry keeps the statement words comparison reads, and the
	// story terms a check chooses its baseline by
	cc, err := cache.Open(dir, r, func(res *claims.Result) {
		compare.FillStatements(res, r)
		stories.Fill(res, r)
	})
	if err != nil {
		cacheWarning(e, dir, err)
		return uncached()
	}
	res, err := cached(cc)
	if err != nil {
		return res, err
	}
	if werr := cc.Err(); werr != nil {
		cacheWarning(e, dir, werr)
	}
	if cc.Written() > 0 || cc.PacksWritten() > 0 {
		if max, err := cache.MaxSize(); err == nil {
			cache.TrimIfDue(dir, max, cc.BytesWritten())
		}
	}
	return res, nil
}

// cacheWarning writes, once a run, the line saying that the extraction
// cache in dir could not be used and why.
func cacheWarning(e *env, dir string, err error) {
	if e.cacheWarned {
		return
	}
	e.cacheWarned = true
	where := ""
	if dir != "" {
		where = " in " + dir
	}
	fmt.Fprintf(e.stderr, "claimdiff: warning: extraction cache%s not used: %v (every run extracts again)\n", where, err)
}

func cacheCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:  "cache",
		Usage: "show, trim or clear the extraction cache",
		Description: `compare and check keep each article's extraction in a cache under the
user's cache directory (or $CLAIMDIFF_CACHE_DIR), keyed by the article's
text, the rules and the program, so that the same articles are not
extracted twice. The cache holds at most $CLAIMDIFF_CACHE_MAX bytes (default
1G; the least recently used entries and packs go first). A cache that
cannot be used (its directory a file, its files unreadable) is reported
in one warning line and the run extracts everything. Removing it is
always safe.`,
		Subcommands: []*cli.Command{
			{Name: "dir", Usage: "print the cache directory", Action: func(c *cli.Context) error {
				dir, err := cache.Dir()
				if err != nil {
					return fail(exitError, "%v", err)
				}
				if err := cache.CheckDir(dir); err != nil {
					return fail(exitError, "extraction cache %s: %v", dir, err)
				}
				return writeOutput(e, "", []byte(dir+"\n"))
			}},
			{Name: "clear", Usage: "remove every cached extraction", Action: func(c *cli.Context) error {
				dir, err := cache.Dir()
				if err != nil {
					return fail(exitError, "%v", err)
				}
				n, err := cache.Clear(dir)
				if err != nil {
					return fail(exitError, "extraction cache %s: %v", dir, err)
				}
				return writeOutput(e, "", []byte(fmt.Sprintf("removed %s from %s\n", n, dir)))
			}},
			{Name: "trim", Usage: "remove the least recently used entries down to --max", Flags: []cli.Flag{
				&cli.StringFlag{Name: "max", Usage: "size `LIMIT` in bytes, or with K, M or G (default $CLAIMDIFF_CACHE_MAX, else 1G)"}},
				Action: func(c *cli.Context) error {
					dir, err := cache.Dir()
					if err != nil {
						return fail(exitError, "%v", err)
					}
					max, err := cache.MaxSize()
					if s := c.String("max"); s != "" {
						max, err = cache.ParseSize(s)
					}
					if err != nil {
						return usageErr("%v", err)
					}
					n, err := cache.Trim(dir, max)
					if err != nil {
						return fail(exitError, "extraction cache %s: %v", dir, err)
					}
					return writeOutput(e, "", []byte(fmt.Sprintf("removed %s from %s\n", n, dir)))
				}},
		},
	}
}
