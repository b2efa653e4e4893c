package rules

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"regexp"
	"strconv"

	"gopkg.in/yaml.v3"
)

// MaxFileSize bounds a rules file; larger files are refused before parsing.
const MaxFileSize = 4 << 20

// Load parses and compiles a rules file. file names it in messages. base is
// the rules a file with `extends: default` builds on (nil when there are
// none to extend). All problems are returned at once as an ErrorList; the
// Rules are nil when any problem is an error.
func Load(file string, data []byte, base func() (*Rules, error)) (*Rules, error) {
	r, problems, err := load(file, data, base)
	if err := refusal(problems, err); err != nil {
		return nil, err
	}
	return r, nil
}

// refusal is why a load refuses a file: err when the file could not be
// walked, else the problems when one of them is an error, else nil.
func refusal(problems ErrorList, err error) error {
	if err != nil {
		return err
	}
	if len(problems.Errors()) > 0 {
		return problems
	}
	return nil
}

// load is the one pass Load and Lint share: parse, check the bounds that
// keep loading and matching linear (bounds.go), walk the file, and
// fingerprint the result. err is set when the file cannot be walked at all
// (too large, not YAML, empty, aliases that expand too far); problems
// holds everything else found, sorted, warnings included.
func load(file string, data []byte, base func() (*Rules, error)) (*Rules, ErrorList, error) {
	l := &loader{file: file, defined: map[string]bool{}}
	doc, err := l.parse(data)
	if err != nil {
		return nil, nil, err
	}
	if err := l.checkExpansion(doc); err != nil {
		return nil, nil, err
	}
	r := l.rules(doc, base)
	if r != nil {
		l.checkWork(r)
		h := sha256.New()
		if r.Fingerprint != "" {
			h.Write([]byte(r.Fingerprint)) // the extended rules
		}
		h.Write(data)
		r.Fingerprint = hex.EncodeToString(h.Sum(nil)[:8])
	}
	l.errs.sort()
	return r, l.errs, nil
}

// parse reads a rules file into its top YAML node, refusing files over
// MaxFileSize, YAML errors and empty files.
func (l *loader) parse(data []byte) (*yaml.Node, error) {
	if len(data) > MaxFileSize {
		return nil, ErrorList{{File: l.file, Msg: fmt.Sprintf("rules file is %d bytes, over the %d-byte limit", len(data), MaxFileSize), Severity: "error"}}
	}
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return nil, ErrorList{l.yamlError(err)}
	}
	if root.Kind == 0 || len(root.Content) == 0 {
		return nil, ErrorList{{File: l.file, Line: 1, Col: 1, Msg: "rules file is empty", Severity: "error"}}
	}
	return root.Content[0], nil
}

// lineRE splits yaml.v3's messages ("yaml: line 3: ...") into line and text.
var lineRE = regexp.MustCompile(`^yaml: (?:line (\d+): )?(.*)$`)

func (l *loader) yamlError(err error) Error {
	msg := err.Error()
	var te *yaml.TypeError
	if errors.As(err, &te) && len(te.Errors) > 0 {
		msg = te.Errors[0]
	}
	e := Error{File: l.file, Msg: msg, Severity: "error"}
	if m := lineRE.FindStringSubmatch(msg); m != nil {
		e.Msg = m[2]
		if m[1] != "" {
			e.Line, _ = strconv.Atoi(m[1])
			e.Col = 1
		}
	}
	if e.Line == 0 {
		e.Line, e.Col = 1, 1
	}
	return e
}
