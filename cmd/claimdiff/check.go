package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/urfave/cli/v2"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/ingest"
	"github.com/claimdiff/claimdiff/claims/output"
	"github.com/claimdiff/claimdiff/claims/rules"

	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/compare/check"
	"github.com/claimdiff/claimdiff/compare/index"
	"github.com/claimdiff/claimdiff/compare/report"
	"github.com/claimdiff/claimdiff/compare/stories"
)

func checkCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:      "check",
		Usage:     "check new articles against earlier coverage (for CI)",
		ArgsUsage: "NEW...",
		Description: `Compares each new article with every baseline document and reports what
concerns the new article. Exit 0 when no finding is at or above the fail
level, 1 when one is, 2 on a usage, config, rules or input error.

Each new article is compared with the baseline documents that report its
story: those whose headline, lead, names, dates and figures are close
enough to its own (as claimdiff stories groups articles), so that a
baseline of many stories (an archive) never sets another event's figures
beside the new article's. How many were compared shows beside each new
article. --all-baseline compares with every baseline document instead,
for a baseline known to be one story's coverage. check --db reads the
baseline from an index (claimdiff index) and compares each new article
with the documents of its own stories, and of those with its story-mates
(--all-baseline: with all of them).

Settings come from .claimdiff.yaml (found walking up from the working
directory, or --config, or CLAIMDIFF_CONFIG); flags override it.`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "config", Usage: "config `FILE` (default: nearest .claimdiff.yaml)"},
			rulesFlag,
			&cli.StringSliceFlag{Name: "baseline", Usage: "earlier coverage: `PATH` or glob (** for any depth); repeatable"},
			&cli.BoolFlag{Name: "all-baseline", Usage: "compare each new article with every baseline document (with --db, every one found related), not only those of its story"},
			dbFlag,
			&cli.StringFlag{Name: "fail-on", Usage: "finding `TYPES` that fail the run: conflict, update, attribution-gap, quote-variant, only-in, or none (default conflict)"},
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "text", Usage: "text, github, sarif, json or junit"},
			&cli.StringFlag{Name: "accepted", Usage: "`FILE` of accepted finding fingerprints: they do not fail the run"},
			&cli.StringFlag{Name: "write-accepted", Usage: "write the current findings' fingerprints to `FILE` (to adopt the tool on an existing archive)"},
			published, maxBytes, colorFl, outFl, noCacheFl},
		Action: func(c *cli.Context) error { return runCheck(c, e) },
	}
}

func runCheck(c *cli.Context, e *env) error {
	format := c.String("format")
	if _, ok := report.CheckFormat(format); !ok {
		return oneOf("format", format, report.CheckFormatNames()...)
	}
	st, err := style(c, e.stdout, c.String("out"))
	if err != nil {
		return err
	}
	if err := checkOut(c.String("out")); err != nil {
		return err
	}
	cwd, _ := os.Getwd()
	set, err := check.Resolve(check.Request{
		Dir:            cwd,
		Config:         c.String("config"),
		Rules:          c.String("rules"),
		FailOn:         c.String("fail-on"),
		FailOnSet:      c.IsSet("fail-on"),
		Accepted:       c.String("accepted"),
		Baseline:       c.StringSlice("baseline"),
		AllBaseline:    c.Bool("all-baseline"),
		AllBaselineSet: c.IsSet("all-baseline"),
		Index:          c.String("db") != "",
		New:            c.Args().Slice(),
	})
	if err != nil {
		return &exitErr{code: exitError, err: err}
	}
	if len(set.New) == 0 {
		fmt.Fprintf(e.stderr, "claimdiff: nothing to check: %s, all left out by ignore: in %s\n",
			output.Count(set.Ignored, "new article given", "new articles given"), set.Config.File)
		empty, err := check.Check(c.Context, nil, nil, set.Rules, set.Options)
		if err != nil {
			return err
		}
		return writeCheck(c, e, empty, stablePaths, format, st)
	}
	if c.String("db") != "" {
		return checkAgainstIndex(c, e, set, cwd, format, st)
	}
	newDocs, err := readDocs(c, e, set.New)
	if err != nil {
		return err
	}
	baseDocs, err := readDocs(c, e, set.Baseline)
	if err != nil {
		return err
	}
	names := checkNames{cwd: report.RelativeTo(cwd)}
	for _, d := range append(append([]*ingest.Document(nil), newDocs...), baseDocs...) {
		names.apply(d)
	}
	res, err := checkTrimmed(c, e, newDocs, baseDocs, set)
	if err != nil {
		return err
	}
	// the documents' paths are repo-relative already: made relative again,
	// from a subdirectory, they would name it twice
	return writeCheck(c, e, res, stablePaths, format, st)
}

// checkTrimmed checks the new documents against the baseline, keeping of
// each baseline article only what a comparison with the new ones can read,
// so that a large baseline fits in little memory (compare.Focus), and
// (unless --all-baseline) of the baseline only the articles of the new
// ones' stories, chosen by their story terms before the rest of them is
// read (storyMates).
func checkTrimmed(c *cli.Context, e *env, newDocs, baseDocs []*ingest.Document, set *check.Settings) (*check.Result, error) {
	newRes, err := extractForComparison(c, e, newDocs, set.Rules)
	if err != nil {
		return nil, err
	}
	focus := compare.NewFocus(newRes, set.Rules)
	opt := set.Options
	var baseRes []*claims.Result
	if set.AllBaseline {
		baseRes, err = extractFor(c, e, baseDocs, set.Rules, true, focus)
	} else {
		mates := newStoryMates(c, newRes, set.Rules)
		baseRes, err = extractChosenFor(c, e, baseDocs, set.Rules, focus, mates.choose)
		opt.Mates = mates.chosen
	}
	if err != nil {
		return nil, err
	}
	trimmed := opt
	trimmed.Trimmed = focus
	res, err := check.Check(c.Context, newRes, baseRes, set.Rules, trimmed)
	if errors.Is(err, compare.ErrLeftOut) {
		// a sentence left out of a baseline result is aligned after all:
		// read again the baseline articles read, keeping every sentence
		var some []*ingest.Document
		var at []int
		for j, b := range baseRes {
			if b != nil {
				some, at = append(some, baseDocs[j]), append(at, j)
			}
		}
		baseRes = nil
		again, rerr := extractFor(c, e, some, set.Rules, true, focus.KeepSentences())
		if rerr != nil {
			return nil, rerr
		}
		baseRes = make([]*claims.Result, len(baseDocs))
		for k, j := range at {
			baseRes[j] = again[k]
		}
		res, err = check.Check(c.Context, newRes, baseRes, set.Rules, opt)
	}
	if err == nil {
		noMates(e, res)
	}
	return res, err
}

// noMates says on standard error which new articles were compared with
// no baseline article, none reporting their story, whatever the report's
// format: a check that finds nothing to compare passes.
func noMates(e *env, res *check.Result) {
	for _, id := range res.New {
		switch n := res.Baseline.Candidates[id]; {
		case res.Baseline.Compared[id] > 0:
		case n == 0: // an index that found nothing related
			fmt.Fprintf(e.stderr, "claimdiff: note: %s: no baseline document found related to it: compared with none\n", id)
		default:
			fmt.Fprintf(e.stderr, "claimdiff: note: %s: none of the %s reports its story: compared with none (--all-baseline compares with all)\n",
				id, output.Count(n, "baseline article", "baseline articles"))
		}
	}
}

// storyMates chooses the baseline documents to read for the new
// articles: given every baseline document's story terms (choose), each
// new article's mates (stories.Mates), kept in chosen for the check, and
// the documents that are some new article's.
type storyMates struct {
	c      *cli.Context
	news   [][]string // the new articles' story terms
	chosen [][]int    // per new article, its mates: set by choose
}

// newStoryMates makes the choice for the new articles' results.
func newStoryMates(c *cli.Context, newRes []*claims.Result, r *rules.Rules) *storyMates {
	news := make([][]string, len(newRes))
	for i, res := range newRes {
		stories.Fill(res, r) // read with --no-cache: it has its tokens
		news[i] = res.StoryTerms
	}
	return &storyMates{c: c, news: news}
}

// choose works out each new article's mates among the baseline documents
// of the given story terms, and reports which documents are some new
// article's.
func (m *storyMates) choose(terms [][]string) ([]bool, error) {
	mates, err := stories.Mates(m.c.Context, m.news, terms, stories.DefaultOptions())
	if err != nil {
		return nil, err
	}
	m.chosen = mates
	keep := make([]bool, len(terms))
	for _, ms := range mates {
		for _, j := range ms {
			keep[j] = true
		}
	}
	return keep, nil
}

// stablePaths writes paths that are repo-relative or absolute already as
// they are, with forward slashes.
var stablePaths = report.CheckPaths(filepath.ToSlash)

// writeCheck writes a check result in the chosen format and sets the exit
// code.
func writeCheck(c *cli.Context, e *env, res *check.Result, rel report.CheckPaths, format string, st output.Style) error {
	if name := c.String("write-accepted"); name != "" {
		data, n := check.WriteAccepted(res)
		if err := writeOutput(e, name, data); err != nil {
			return err
		}
		fmt.Fprintf(e.stderr, "claimdiff: wrote %s to %s (pass it as --accepted %s, or list them under accepted: in %s)\n",
			output.Count(n, "accepted fingerprint", "accepted fingerprints"), name, name, check.ConfigName)
		return nil
	}
	w, _ := report.CheckFormat(format)
	var buf bytes.Buffer
	if err := w(&buf, res, report.Context{Style: st, Paths: rel, Version: version, Width: textWidth(e)}); err != nil {
		return err
	}
	data := buf.Bytes()
	if format == "text" || format == "" {
		data = terminalText(data, st)
	}
	if err := writeOutput(e, c.String("out"), data); err != nil {
		return err
	}
	e.code = res.ExitCode
	return nil
}

// checkAgainstIndex checks each new article against the archived documents
// the index finds related to it (its stories), not the whole archive.
func checkAgainstIndex(c *cli.Context, e *env, set *check.Settings, cwd, format string, st output.Style) error {
	r, opt, newPaths := set.Rules, set.Options, set.New
	store, err := index.Open(c.Context, c.String("db"))
	if err != nil {
		return fail(exitError, "%s: %v", index.Redact(c.String("db")), err)
	}
	defer store.Close()
	newDocs, err := readDocs(c, e, newPaths)
	if err != nil {
		return err
	}
	// the ids 'index' gives, so an article that is also archived is found
	var ids index.IDs
	for _, d := range newDocs {
		ids.Apply(d)
	}
	// Extract every new article and every archived one related to any of
	// them once, in one parallel run each; then check each new article
	// against its own related set.
	newRes, err := extractDocs(c, e, newDocs, r)
	if err != nil {
		return err
	}
	var baseDocs []*ingest.Document
	at := map[string]int{} // archived document id -> index in baseDocs
	related := make([][]int, len(newRes))
	for i, nr := range newRes {
		docs, err := index.Related(c.Context, store, nr, r)
		if err != nil {
			return fail(exitError, "%s: %v", index.Redact(c.String("db")), err)
		}
		for _, d := range docs {
			k, ok := at[d.ID]
			if !ok {
				k = len(baseDocs)
				at[d.ID] = k
				baseDocs = append(baseDocs, d)
			}
			related[i] = append(related[i], k)
		}
	}
	baseRes, err := extractDocs(c, e, baseDocs, r)
	if err != nil {
		return err
	}
	for _, res := range baseRes {
		stories.Fill(res, r) // the story terms each related document is chosen by
	}
	var combined *check.Result
	for i, nr := range newRes {
		base := make([]*claims.Result, len(related[i]))
		terms := make([][]string, len(related[i]))
		for j, k := range related[i] {
			base[j] = baseRes[k]
			terms[j] = base[j].StoryTerms
		}
		// of the related documents, those of the new article's story, as
		// a --baseline check chooses them
		one := opt
		if !set.AllBaseline {
			mates, err := stories.Mates(c.Context, [][]string{nr.StoryTerms}, terms, stories.DefaultOptions())
			if err != nil {
				return err
			}
			one.Mates = mates
		}
		res, err := check.Check(c.Context, []*claims.Result{nr}, base, r, one)
		if err != nil {
			return err
		}
		noMates(e, res)
		combined = combined.Merge(res)
	}
	if combined == nil { // no new article left to check (every one empty)
		if combined, err = check.Check(c.Context, nil, nil, r, opt); err != nil {
			return err
		}
	}
	combined.Baseline.Given = len(baseDocs) // the related documents, not the archive
	return writeCheck(c, e, combined, stablePaths, format, st)
}

// checkNames names each document by its file's path from the root of the
// git repository that holds the file (found from the file, not from the
// working directory, as index ids are), so finding fingerprints, SARIF
// locations and accepted lists are the same from any directory, checkout
// and CI runner; a file in no repository is named by its path from the
// working directory. Documents with ids of their own (JSON records) keep
// them.
type checkNames struct {
	repo index.IDs
	cwd  report.CheckPaths
}

func (n *checkNames) apply(d *ingest.Document) {
	if d.Path == "" || d.Path == "-" {
		return
	}
	p, ok := n.repo.RepoPath(d.Path)
	if !ok {
		p = n.cwd(d.Path)
	}
	index.Rename(d, p)
}
