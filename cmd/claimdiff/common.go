package main

import (
	"os"
	"strings"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/ingest"
	"github.com/claimdiff/claimdiff/claims/rules"
)

// Flags shared by the commands that read articles.
var (
	rulesFlag = &cli.StringFlag{Name: "rules", Usage: "rules `FILE` (start it with `extends: default` to add to the built-in rules)"}
	maxBytes  = &cli.Int64Flag{Name: "max-bytes", Value: ingest.DefaultMaxBytes, Usage: "refuse articles larger than `N` bytes"}
	sourceFl  = &cli.StringFlag{Name: "source", Usage: "outlet `NAME` for articles whose metadata names none"}
	published = &cli.StringFlag{Name: "published", Usage: "publication `DATE` (YYYY-MM-DD or RFC 3339) for articles that give none"}
	colorFl   = &cli.StringFlag{Name: "color", Value: "auto", Usage: "colour output: auto, always or never (NO_COLOR is respected)"}
	outFl     = &cli.StringFlag{Name: "out", Aliases: []string{"o"}, Usage: "write the report to `FILE` (atomically) instead of standard output"}
)

// loadRules loads --rules, or the embedded defaults.
func loadRules(c *cli.Context) (*rules.Rules, error) {
	name := c.String("rules")
	if name == "" {
		r, err := rules.Default()
		if err != nil {
			return nil, fail(exitError, "built-in rules: %v", err)
		}
		return r, nil
	}
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, fail(exitError, "%s: %s", name, osMessage(err))
	}
	r, err := rules.LoadFile(name, data)
	if err != nil {
		return nil, &exitErr{code: exitError, err: err}
	}
	return r, nil
}

// osMessage describes a file-system error briefly.
func osMessage(err error) string { return ingest.DescribeOSError(err) }

// articleArgs is what a command that reads articles is given: the
// article paths (a usage error when there are none) and the flags that
// shape reading them.
func articleArgs(c *cli.Context, e *env, paths []string) (ingest.Options, error) {
	if len(paths) == 0 {
		return ingest.Options{}, usageErr("no articles given (see 'claimdiff %s --help')", c.Command.Name)
	}
	return ingestOptions(c, e)
}

// readDocs reads the article paths of a command.
func readDocs(c *cli.Context, e *env, paths []string) ([]*ingest.Document, error) {
	opt, err := articleArgs(c, e, paths)
	if err != nil {
		return nil, err
	}
	res, err := ingest.Read(c.Context, paths, opt)
	if err != nil {
		return nil, &exitErr{code: exitError, err: err}
	}
	for _, w := range res.Warnings {
		warn(e, w)
	}
	return res.Documents, nil
}

// ingestOptions reads the flags that shape reading articles.
func ingestOptions(c *cli.Context, e *env) (ingest.Options, error) {
	opt := ingest.Options{Source: c.String("source"), MaxBytes: c.Int64("max-bytes"), Stdin: e.stdin}
	t, err := publishedFlag(c)
	opt.Published = t
	return opt, err
}

// publishedFlag reads --published: the zero time when it is not given.
func publishedFlag(c *cli.Context) (time.Time, error) {
	p := c.String("published")
	if p == "" {
		return time.Time{}, nil
	}
	t, ok := ingest.ParsePublished(p)
	if !ok {
		return t, usageErr("--published %q is not a date (want YYYY-MM-DD or RFC 3339)", p)
	}
	return t, nil
}

// extractDocs runs extraction on all cores, with a progress bar on a
// terminal for long runs.
func extractDocs(c *cli.Context, e *env, docs []*ingest.Document, r *rules.Rules) ([]*claims.Result, error) {
	return extractFor(c, e, docs, r, false, nil)
}

// extractForComparison is extractDocs for results that are only compared:
// those read from the cache come without tokens or mentions.
func extractForComparison(c *cli.Context, e *env, docs []*ingest.Document, r *rules.Rules) ([]*claims.Result, error) {
	return extractFor(c, e, docs, r, true, nil)
}

// extractFor extracts docs through the cache with a progress bar; keep,
// when not nil, is what the caller keeps of each result (see
// extractCached).
func extractFor(c *cli.Context, e *env, docs []*ingest.Document, r *rules.Rules, forComparison bool, keep claims.Trimmer) ([]*claims.Result, error) {
	bar, progress := progressFor(e, docs)
	defer bar.Done()
	return extractCached(c, e, docs, r, forComparison, keep, progress)
}

// progressFor returns a progress bar for extracting docs, on a terminal
// for long runs (else nil), and the function that tells it a document is
// done (nil without a bar).
func progressFor(e *env, docs []*ingest.Document) (*progress, func(int)) {
	var size int64
	for _, d := range docs {
		size += int64(len(d.Text))
	}
	bar := newProgress(e, len(docs), size)
	if bar == nil {
		return nil, nil
	}
	// ExtractAll counts documents, not which: each adds the average size
	avg := size / int64(max(len(docs), 1))
	return bar, func(int) { bar.Add(avg) }
}

// extractChosenFor is extractFor of the documents choose picks by their
// story terms (see extractChosen), the others' results nil.
func extractChosenFor(c *cli.Context, e *env, docs []*ingest.Document, r *rules.Rules, keep claims.Trimmer, choose func([][]string) ([]bool, error)) ([]*claims.Result, error) {
	bar, progress := progressFor(e, docs)
	defer bar.Done()
	return extractChosen(c, e, docs, r, keep, choose, progress)
}

// oneOf checks a flag value against its allowed values.
func oneOf(flag, v string, allowed ...string) error {
	for _, a := range allowed {
		if v == a {
			return nil
		}
	}
	return usageErr("--%s %q: want one of %s", flag, v, strings.Join(allowed, ", "))
}
