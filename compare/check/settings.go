package check

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/claimdiff/claimdiff/claims/ingest"
	"github.com/claimdiff/claimdiff/claims/rules"
	"github.com/claimdiff/claimdiff/compare"
)

// Request is what a command line asks of a check: the flags, which
// override the config file, and the arguments. Zero values mean "not
// given".
type Request struct {
	// Dir is the working directory: relative arguments and --baseline
	// patterns are read from it, and the config is looked for from it up.
	Dir string
	// Config is --config; "" looks for CLAIMDIFF_CONFIG, then the nearest
	// .claimdiff.yaml.
	Config string
	// Rules is --rules; "" takes the config's rules, else the built-in ones.
	Rules string
	// FailOn is --fail-on when FailOnSet; else the config's, else conflicts.
	FailOn    string
	FailOnSet bool
	// Accepted is --accepted: a file of fingerprints, added to the config's.
	Accepted string
	// Baseline is --baseline; empty takes the config's.
	Baseline []string
	// AllBaseline is --all-baseline, set when given; else the config's.
	AllBaseline    bool
	AllBaselineSet bool
	// Index says the baseline comes from an archive index (--db), so no
	// baseline paths are needed.
	Index bool
	// New are the arguments: paths and globs of the new articles.
	New []string
}

// Settings are what a check runs with once config, flags and defaults are
// merged.
type Settings struct {
	// Config is the config file read (its File is "" when there was none).
	Config *Config
	// Rules are the rules, with the config's tolerances applied.
	Rules *rules.Rules
	// Options are the fail level and the accepted fingerprints.
	Options Options
	// New are the new articles' paths, sorted.
	New []string
	// Baseline are the baseline paths, sorted, none of them a new article
	// (empty when Request.Index).
	Baseline []string
	// AllBaseline says each new article is compared with every baseline
	// document, not only its story-mates (--all-baseline, else the
	// config's all-baseline).
	AllBaseline bool
	// Ignored is, when the config's ignore: leaves out every new article
	// given, how many there were: New is then empty, no baseline is
	// resolved, and there is nothing to check. Otherwise it is 0.
	Ignored int
}

// Resolve merges a request with the config file and the defaults. Every
// error is a usage, config or rules mistake, located where possible
// (file:line:col).
func Resolve(req Request) (*Settings, error) {
	cfg := &Config{Dir: req.Dir}
	if path := FindConfig(req.Config, req.Dir); path != "" {
		var err error
		if cfg, err = LoadConfig(path); err != nil {
			return nil, err
		}
	}
	r, err := resolveRules(req, cfg)
	if err != nil {
		return nil, err
	}
	if err := cfg.CheckKinds(r); err != nil {
		return nil, err
	}
	if len(cfg.Tolerance) > 0 {
		r = r.WithTolerances(cfg.Tolerance)
	}
	opt, err := resolveOptions(req, cfg)
	if err != nil {
		return nil, err
	}
	s := &Settings{Config: cfg, Rules: r, Options: opt, AllBaseline: cfg.AllBaseline}
	if req.AllBaselineSet {
		s.AllBaseline = req.AllBaseline
	}
	// which files: new articles from the arguments, baseline from the flag
	// or the config; a new article is never its own baseline
	// the ignore globs are the config's, relative to its file as its
	// baseline is, whichever directory the check runs from
	ignore := cfg.ignoreGlobs()
	if s.New, err = Expand(req.Dir, req.New, ignore); err != nil {
		return nil, err
	}
	if len(s.New) == 0 {
		// a pull request that touches only ignored files has nothing to
		// check, which is no mistake
		if all, err := Expand(req.Dir, req.New, nil); err == nil && len(all) > 0 {
			s.Ignored = len(all)
			return s, nil
		}
		return nil, fmt.Errorf("no new articles given (see 'claimdiff check --help')")
	}
	if req.Index {
		return s, nil
	}
	patterns, dir := req.Baseline, req.Dir
	if len(patterns) == 0 {
		patterns, dir = cfg.Baseline, cfg.Dir
	}
	if len(patterns) == 0 {
		return nil, fmt.Errorf("no baseline: give --baseline PATH, --db INDEX, or set baseline: in %s", ConfigName)
	}
	base, err := Expand(dir, patterns, ignore)
	if err != nil {
		return nil, err
	}
	if s.Baseline = withoutFiles(base, s.New); len(s.Baseline) == 0 {
		return nil, fmt.Errorf("the baseline holds no articles besides the new ones")
	}
	return s, nil
}

// resolveRules loads --rules, else the config's rules file (relative to
// the config), else the built-in rules.
func resolveRules(req Request, cfg *Config) (*rules.Rules, error) {
	name, from := req.Rules, ""
	if name == "" && cfg.Rules != "" {
		name, from = cfg.Rules, cfg.File
		if !filepath.IsAbs(name) {
			name = filepath.Join(cfg.Dir, name)
		}
	}
	if name == "" {
		r, err := rules.Default()
		if err != nil {
			return nil, fmt.Errorf("built-in rules: %w", err)
		}
		return r, nil
	}
	data, err := os.ReadFile(name)
	if err != nil {
		if from != "" {
			return nil, fmt.Errorf("%s: %s (rules named in %s)", name, ingest.DescribeOSError(err), from)
		}
		return nil, fmt.Errorf("%s: %s", name, ingest.DescribeOSError(err))
	}
	return rules.LoadFile(name, data)
}

// resolveOptions merges the fail level (flag, else config, else conflicts)
// and the accepted fingerprints (config and --accepted file together).
func resolveOptions(req Request, cfg *Config) (Options, error) {
	failOn := []compare.Type{compare.Conflict}
	switch {
	case req.FailOnSet:
		var err error
		if failOn, err = ParseFailOn(req.FailOn); err != nil {
			return Options{}, fmt.Errorf("--%w", err)
		}
	case cfg.FailOnSet:
		failOn = cfg.FailOn
	}
	opt := Options{FailOn: map[compare.Type]bool{}, Accepted: map[string]bool{}}
	for _, t := range failOn {
		opt.FailOn[t] = true
	}
	for _, id := range cfg.Accepted {
		opt.Accepted[id] = true
	}
	if req.Accepted == "" {
		return opt, nil
	}
	f, err := os.Open(req.Accepted)
	if err != nil {
		return Options{}, fmt.Errorf("%s: %s", req.Accepted, ingest.DescribeOSError(err))
	}
	defer f.Close()
	acc, err := ReadAccepted(req.Accepted, f)
	if err != nil {
		return Options{}, err
	}
	for id := range acc {
		opt.Accepted[id] = true
	}
	return opt, nil
}

// withoutFiles drops from paths any that is one of the files in drop
// (under any name).
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
