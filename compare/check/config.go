package check

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/claimdiff/claimdiff/claims/ingest"
	"github.com/claimdiff/claimdiff/claims/rules"
	"github.com/claimdiff/claimdiff/compare"
)

// ConfigName is the file `claimdiff check` looks for, walking up from the
// working directory.
const ConfigName = ".claimdiff.yaml"

// Config is a project's check settings. Paths in it are relative to the
// directory holding the file.
type Config struct {
	// File is where the config came from ("" when none was found).
	File string
	// Dir is the directory paths are relative to.
	Dir string
	// Rules is a rules file to use instead of the built-in rules.
	Rules string
	// Baseline lists paths and globs (** allowed) of earlier coverage.
	Baseline []string
	// AllBaseline says each new article is compared with every baseline
	// document, the baseline being one story's coverage, not only with
	// its story-mates (Options.Mates).
	AllBaseline bool
	// FailOn lists the finding types that fail a check; FailOnSet says the
	// file gave it (an empty list then means none, not the default).
	FailOn    []compare.Type
	FailOnSet bool
	// Tolerance overrides kinds' tolerances.
	Tolerance map[string]rules.Tolerance
	// Ignore lists paths and globs of articles never checked or used.
	Ignore []string
	// Accepted lists fingerprints of known differences (for articles that
	// cannot carry an inline claimdiff-ignore comment).
	Accepted []string
	// tolerancePos is where each Tolerance key stands, for CheckKinds.
	tolerancePos map[string]yaml.Node
}

var configFields = []string{"rules", "baseline", "all-baseline", "fail-on", "tolerance", "ignore", "accepted"}

// failOnNames are the values fail-on takes.
var failOnNames = []string{"conflict", "update", "attribution-gap", "quote-variant", "only-in", "none"}

// FindConfig returns the config path to use: explicit (a flag), else
// CLAIMDIFF_CONFIG, else the nearest .claimdiff.yaml walking up from dir;
// "" when there is none.
func FindConfig(explicit, dir string) string {
	if explicit != "" {
		return explicit
	}
	if env := os.Getenv("CLAIMDIFF_CONFIG"); env != "" {
		return env
	}
	for d := dir; ; {
		p := filepath.Join(d, ConfigName)
		if _, err := os.Stat(p); err == nil {
			return p
		}
		parent := filepath.Dir(d)
		if parent == d {
			return ""
		}
		d = parent
	}
}

// LoadConfig reads a config file; unknown keys and wrong types are errors
// at file:line:col.
func LoadConfig(path string) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", path, ingest.DescribeOSError(err))
	}
	c := &Config{File: path, Dir: filepath.Dir(path), Tolerance: map[string]rules.Tolerance{}}
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return nil, fmt.Errorf("%s:%s", path, strings.TrimPrefix(strings.TrimPrefix(err.Error(), "yaml: "), "line "))
	}
	if len(root.Content) == 0 {
		return c, nil
	}
	doc := root.Content[0]
	p := configParser{path: path, c: c}
	if doc.Kind != yaml.MappingNode {
		return nil, p.at(doc, "config must be a mapping of keys (%s)", strings.Join(configFields, ", "))
	}
	for i := 0; i+1 < len(doc.Content); i += 2 {
		if err := p.field(doc.Content[i], doc.Content[i+1]); err != nil {
			return nil, err
		}
	}
	return c, nil
}

// configParser fills a Config from the YAML nodes of one file, its errors
// at the file's line and column.
type configParser struct {
	path string
	c    *Config
}

// at is an error at n's position in the file.
func (p *configParser) at(n *yaml.Node, format string, args ...any) error {
	return fmt.Errorf("%s:%d:%d: %s", p.path, n.Line, n.Column, fmt.Sprintf(format, args...))
}

// field reads the value v of key k.
func (p *configParser) field(k, v *yaml.Node) error {
	c := p.c
	var err error
	switch k.Value {
	case "rules":
		if v.Kind != yaml.ScalarNode {
			return p.at(v, "rules must be a path")
		}
		c.Rules = v.Value
	case "baseline":
		c.Baseline, err = p.strs(v, "baseline")
	case "all-baseline":
		// a plain scalar YAML reads as a bool (true, True, FALSE, ...),
		// not "yes" nor a quoted "true"
		if v.Kind != yaml.ScalarNode || v.Style != 0 || v.ShortTag() != "!!bool" {
			return p.at(v, "all-baseline must be true or false")
		}
		c.AllBaseline, _ = strconv.ParseBool(v.Value)
	case "ignore":
		c.Ignore, err = p.strs(v, "ignore")
	case "accepted":
		if c.Accepted, err = p.strs(v, "accepted"); err == nil {
			err = checkFingerprints(v, p.at)
		}
	case "fail-on":
		var names []string
		if names, err = p.strs(v, "fail-on"); err == nil {
			c.FailOnSet = true
			c.FailOn, err = parseFailOn(names)
			if err != nil {
				err = p.at(v, "%v", err)
			}
		}
	case "tolerance":
		err = p.tolerance(v)
	default:
		if near := rules.Suggest(k.Value, configFields); near != "" {
			return p.at(k, "unknown key %q (did you mean %q?)", k.Value, near)
		}
		return p.at(k, "unknown key %q (want one of: %s)", k.Value, strings.Join(configFields, ", "))
	}
	return err
}

// strs reads a string or a list of strings.
func (p *configParser) strs(n *yaml.Node, key string) ([]string, error) {
	if n.Kind == yaml.ScalarNode {
		return []string{n.Value}, nil
	}
	if n.Kind != yaml.SequenceNode {
		return nil, p.at(n, "%s must be a string or a list of strings", key)
	}
	var out []string
	for _, c := range n.Content {
		if c.Kind != yaml.ScalarNode {
			return nil, p.at(c, "%s entries must be strings", key)
		}
		out = append(out, c.Value)
	}
	return out, nil
}

// tolerance reads the mapping of kinds to tolerances, keeping where each
// kind stands for CheckKinds.
func (p *configParser) tolerance(v *yaml.Node) error {
	if v.Kind != yaml.MappingNode {
		return p.at(v, "tolerance must map kinds to tolerances (0, 2, 5%%)")
	}
	c := p.c
	for j := 0; j+1 < len(v.Content); j += 2 {
		kk, vv := v.Content[j], v.Content[j+1]
		t, ok := rules.ParseTolerance(vv.Value)
		if !ok || vv.Kind != yaml.ScalarNode {
			return p.at(vv, "tolerance %q for %s: want a non-negative number or a percentage such as 5%%", vv.Value, kk.Value)
		}
		c.Tolerance[kk.Value] = t
		if c.tolerancePos == nil {
			c.tolerancePos = map[string]yaml.Node{}
		}
		c.tolerancePos[kk.Value] = *kk
	}
	return nil
}

// checkFingerprints checks that each accepted entry is a finding
// fingerprint, at the entry's position.
func checkFingerprints(v *yaml.Node, at func(*yaml.Node, string, ...any) error) error {
	entries := v.Content
	if v.Kind == yaml.ScalarNode {
		entries = []*yaml.Node{v}
	}
	for _, e := range entries {
		if !fingerprintRE.MatchString(e.Value) {
			return at(e, "accepted: %q is not a finding fingerprint (12 hex digits, as shown in [brackets] after each finding)", e.Value)
		}
	}
	return nil
}

// CheckKinds checks the kinds the config's tolerances name against the
// rules in use: an unknown kind is an error at its key, with the nearest
// known kind.
func (c *Config) CheckKinds(r *rules.Rules) error {
	var known []string
	for k := range r.Kinds {
		known = append(known, k)
	}
	sort.Strings(known)
	var bad []yaml.Node
	for kind, n := range c.tolerancePos {
		if r.Kinds[kind] == nil {
			bad = append(bad, n)
		}
	}
	if len(bad) == 0 {
		return nil
	}
	sort.Slice(bad, func(i, j int) bool {
		return bad[i].Line < bad[j].Line || bad[i].Line == bad[j].Line && bad[i].Column < bad[j].Column
	})
	n := bad[0]
	if near := rules.Suggest(n.Value, known); near != "" {
		return fmt.Errorf("%s:%d:%d: tolerance: unknown kind %q (did you mean %q?)", c.File, n.Line, n.Column, n.Value, near)
	}
	return fmt.Errorf("%s:%d:%d: tolerance: unknown kind %q (the rules define: %s)", c.File, n.Line, n.Column, n.Value, strings.Join(known, ", "))
}

// ParseFailOn reads fail-on values: finding types, or "none".
func parseFailOn(names []string) ([]compare.Type, error) {
	var out []compare.Type
	for _, n := range names {
		for _, part := range strings.Split(n, ",") {
			part = strings.TrimSpace(part)
			if part == "none" || part == "" {
				continue
			}
			t, ok := compare.ParseType(part)
			if !ok || t == compare.Agreement {
				if near := rules.Suggest(part, failOnNames); near != "" && near != part {
					return nil, fmt.Errorf("fail-on: unknown finding type %q (did you mean %q?)", part, near)
				}
				return nil, fmt.Errorf("fail-on: unknown finding type %q (want conflict, update, attribution-gap, quote-variant, only-in or none)", part)
			}
			out = append(out, t)
		}
	}
	return out, nil
}

// ParseFailOn reads a --fail-on flag value.
func ParseFailOn(s string) ([]compare.Type, error) { return parseFailOn([]string{s}) }

// Expand resolves paths and globs (with ** for any depth) relative to dir,
// sorted and without duplicates; paths matching an ignore glob are left out.
func Expand(dir string, patterns, ignore []string) ([]string, error) {
	seen := map[string]bool{}
	var out []string
	for _, p := range patterns {
		if !filepath.IsAbs(p) {
			p = filepath.Join(dir, p)
		}
		matches, err := glob(p)
		if err != nil {
			return nil, err
		}
		if len(matches) == 0 && !strings.ContainsAny(p, "*?[") {
			matches = []string{p} // a plain path: let the reader report it if missing
		}
		for _, m := range matches {
			if !seen[m] && !ignored(dir, m, ignore) {
				seen[m] = true
				out = append(out, m)
			}
		}
	}
	sort.Strings(out)
	return out, nil
}

// glob is filepath.Glob with "**" matching any number of directories.
func glob(p string) ([]string, error) {
	i := strings.Index(p, "**")
	if i < 0 {
		return filepath.Glob(p)
	}
	root := filepath.Clean(p[:i])
	rest := strings.TrimPrefix(p[i+2:], string(filepath.Separator))
	var out []string
	err := filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if d.IsDir() {
			if path != root && strings.HasPrefix(d.Name(), ".") {
				return filepath.SkipDir
			}
			return nil
		}
		rel, _ := filepath.Rel(root, path)
		segs := strings.Split(rel, string(filepath.Separator))
		for k := range segs {
			if ok, _ := filepath.Match(rest, filepath.Join(segs[k:]...)); ok {
				out = append(out, path)
				break
			}
		}
		return nil
	})
	return out, err
}

// ignoreGlobs are the config's ignore globs made absolute from its
// directory.
func (c *Config) ignoreGlobs() []string {
	out := make([]string, len(c.Ignore))
	for i, g := range c.Ignore {
		if !filepath.IsAbs(g) && c.Dir != "" {
			g = filepath.Join(c.Dir, g)
		}
		out[i] = g
	}
	return out
}

// ignored reports whether path matches one of the ignore globs.
func ignored(dir, path string, ignore []string) bool {
	for _, g := range ignore {
		if !filepath.IsAbs(g) {
			g = filepath.Join(dir, g)
		}
		if ok, _ := filepath.Match(g, path); ok {
			return true
		}
		if matches, _ := glob(g); contains(matches, path) {
			return true
		}
		if strings.HasPrefix(path, filepath.Clean(g)+string(filepath.Separator)) {
			return true
		}
	}
	return false
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

func sortStrings(xs []string) { sort.Strings(xs) }
