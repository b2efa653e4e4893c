package main

import (
	"bytes"
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
)

// version is written into SARIF output.
const version = "0.1.0"

func checkCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:      "check",
		Usage:     "check new articles against earlier coverage (for CI)",
		ArgsUsage: "NEW...",
		Description: `Compares each new article with every baseline document and reports what
concerns the new article. Exit 0 when no finding is at or above the fail
level, 1 when one is, 2 on a usage, config, rules or input error.

Settings come from .claimdiff.yaml (found walking up from the working
directory, or --config, or CLAIMDIFF_CONFIG); flags override it.`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "config", Usage: "config `FILE` (default: nearest .claimdiff.yaml)"},
			rulesFlag,
			&cli.StringSliceFlag{Name: "baseline", Usage: "earlier coverage: `PATH` or glob (** for any depth); repeatable"},
			dbFlag,
			&cli.StringFlag{Name: "fail-on", Usage: "finding `TYPES` that fail the run: conflict, update, attribution-gap, quote-variant, only-in, or none (default conflict)"},
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "text", Usage: "text, github, sarif, json or junit"},
			&cli.StringFlag{Name: "accepted", Usage: "`FILE` of accepted finding fingerprints: they do not fail the run"},
			&cli.StringFlag{Name: "write-accepted", Usage: "write the current findings' fingerprints to `FILE` (to adopt the tool on an existing archive)"},
			published, maxBytes, colorFl, outFl},
		Action: func(c *cli.Context) error { return runCheck(c, e) },
	}
}

func runCheck(c *cli.Context, e *env) error {
	format := c.String("format")
	if err := oneOf("format", format, "text", "github", "sarif", "json", "junit"); err != nil {
		return err
	}
	st, err := style(c, e.stdout, c.String("out"))
	if err != nil {
		return err
	}
	if err := checkOut(c.String("out")); err != nil {
		return err
	}
	cwd, _ := os.Getwd()
	cfg := &check.Config{Dir: cwd}
	if path := check.FindConfig(c.String("config"), cwd); path != "" {
		if cfg, err = check.LoadConfig(path); err != nil {
			return &exitErr{code: exitError, err: err}
		}
	}
	// rules: the flag, else the config's file, else the built-in rules
	r, err := loadRules(c)
	if err != nil {
		return err
	}
	if c.String("rules") == "" && cfg.Rules != "" {
		name := cfg.Rules
		if !filepath.IsAbs(name) {
			name = filepath.Join(cfg.Dir, name)
		}
		data, err := os.ReadFile(name)
		if err != nil {
			return fail(exitError, "%s: %s (rules named in %s)", name, osMessage(err), cfg.File)
		}
		if r, err = rules.LoadFile(name, data); err != nil {
			return &exitErr{code: exitError, err: err}
		}
	}
	if len(cfg.Tolerance) > 0 {
		r = r.WithTolerances(cfg.Tolerance)
	}
	// fail-on: the flag, else the config, else conflicts
	failOn := []compare.Type{compare.Conflict}
	switch {
	case c.IsSet("fail-on"):
		if failOn, err = check.ParseFailOn(c.String("fail-on")); err != nil {
			return usageErr("--%v", err)
		}
	case cfg.FailOnSet:
		failOn = cfg.FailOn
	}
	opt := check.Options{FailOn: map[compare.Type]bool{}, Accepted: map[string]bool{}}
	for _, t := range failOn {
		opt.FailOn[t] = true
	}
	for _, id := range cfg.Accepted {
		opt.Accepted[id] = true
	}
	if name := c.String("accepted"); name != "" {
		f, err := os.Open(name)
		if err != nil {
			return fail(exitError, "%s: %s", name, osMessage(err))
		}
		acc, err := check.ReadAccepted(name, f)
		f.Close()
		if err != nil {
			return &exitErr{code: exitError, err: err}
		}
		for id := range acc {
			opt.Accepted[id] = true
		}
	}
	// which files: new articles from the arguments, baseline from the flag
	// or the config; a new article is never its own baseline
	newPaths, err := check.Expand(cwd, c.Args().Slice(), cfg.Ignore)
	if err != nil {
		return &exitErr{code: exitError, err: err}
	}
	if len(newPaths) == 0 {
		return usageErr("no new articles given (see 'claimdiff check --help')")
	}
	if c.String("db") != "" {
		return checkAgainstIndex(c, e, r, opt, newPaths, cwd, format, st)
	}
	basePatterns, baseDir := c.StringSlice("baseline"), cwd
	if len(basePatterns) == 0 {
		basePatterns, baseDir = cfg.Baseline, cfg.Dir
	}
	if len(basePatterns) == 0 {
		return usageErr("no baseline: give --baseline PATH, --db INDEX, or set baseline: in %s", check.ConfigName)
	}
	basePaths, err := check.Expand(baseDir, basePatterns, cfg.Ignore)
	if err != nil {
		return &exitErr{code: exitError, err: err}
	}
	basePaths = withoutFiles(basePaths, newPaths)
	if len(basePaths) == 0 {
		return usageErr("the baseline holds no articles besides the new ones")
	}
	newDocs, err := readDocs(c, e, newPaths)
	if err != nil {
		return err
	}
	baseDocs, err := readDocs(c, e, basePaths)
	if err != nil {
		return err
	}
	rel := report.RelativeTo(repoRoot(cwd))
	for _, d := range append(append([]*ingest.Document(nil), newDocs...), baseDocs...) {
		repoRelative(d, rel)
	}
	all, err := extractDocs(c, e, append(append([]*ingest.Document(nil), newDocs...), baseDocs...), r)
	if err != nil {
		return err
	}
	res, err := check.Check(c.Context, all[:len(newDocs)], all[len(newDocs):], r, opt)
	if err != nil {
		return err
	}
	return writeCheck(c, e, res, rel, format, st)
}

// writeCheck writes a check result in the chosen format and sets the exit
// code.
func writeCheck(c *cli.Context, e *env, res *check.Result, rel report.CheckPaths, format string, st output.Style) error {
	if name := c.String("write-accepted"); name != "" {
		return writeOutput(e, name, check.WriteAccepted(res))
	}
	var err error
	var buf bytes.Buffer
	switch format {
	case "github":
		err = report.WriteGitHub(&buf, res, rel)
	case "sarif":
		err = report.WriteSARIF(&buf, res, rel, version)
	case "json":
		err = report.WriteCheckJSON(&buf, res)
	case "junit":
		err = report.WriteJUnit(&buf, res, rel)
	default:
		err = report.WriteCheckText(&buf, res, rel, st)
	}
	if err != nil {
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

// withoutFiles drops from paths any that is one of the files in drop.
func withoutFiles(paths, drop []string) []string {
	var stats []os.FileInfo
	for _, d := range drop {
		if st, err := os.Stat(d); err == nil {
			stats = append(stats, st)
		}
	}
	var out []string
	for _, p := range paths {
		st, err := os.Stat(p)
		same := false
		for _, s := range stats {
			same = same || (err == nil && os.SameFile(s, st))
		}
		if !same {
			out = append(out, p)
		}
	}
	return out
}

// repoRoot is the nearest directory at or above dir holding .git, or dir.
func repoRoot(dir string) string {
	for d := dir; ; {
		if _, err := os.Stat(filepath.Join(d, ".git")); err == nil {
			return d
		}
		parent := filepath.Dir(d)
		if parent == d {
			return dir
		}
		d = parent
	}
}

// checkAgainstIndex checks each new article against the archived documents
// the index finds related to it (its stories), not the whole archive.
func checkAgainstIndex(c *cli.Context, e *env, r *rules.Rules, opt check.Options, newPaths []string, cwd, format string, st output.Style) error {
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
	rel := report.CheckPaths(filepath.ToSlash) // paths are stable already
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
	var combined *check.Result
	for i, nr := range newRes {
		base := make([]*claims.Result, len(related[i]))
		for j, k := range related[i] {
			base[j] = baseRes[k]
		}
		res, err := check.Check(c.Context, []*claims.Result{nr}, base, r, opt)
		if err != nil {
			return err
		}
		combined = combined.Merge(res)
	}
	return writeCheck(c, e, combined, rel, format, st)
}

// repoRelative names a file's document by its path from the repository
// root, so finding fingerprints and index entries are the same in every
// checkout and CI runner. Documents with ids of their own (JSON records)
// keep them.
func repoRelative(d *ingest.Document, rel report.CheckPaths) {
	if d.ID == d.Path {
		d.ID = rel(d.Path)
	}
	d.Path = rel(d.Path)
}
