package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"

	"github.com/urfave/cli/v2"

	"github.com/claimdiff/claimdiff"
	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/ingest"
	"github.com/claimdiff/claimdiff/claims/output"
	"github.com/claimdiff/claimdiff/claims/rules"
)

func rulesCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:        "rules",
		Usage:       "check, test and debug rules files",
		Subcommands: []*cli.Command{rulesExplain(e), rulesSchema(e), rulesLint(e), rulesTest(e)},
	}
}

// rulesExplain is `rules explain`: how the rules read one text.
func rulesExplain(e *env) *cli.Command {
	return &cli.Command{
		Name:      "explain",
		Usage:     "show how the rules read a text: tokens, mentions, matches, near misses, speakers",
		ArgsUsage: "TEXT|PATH",
		Flags:     []cli.Flag{rulesFlag, published, colorFl},
		Action: func(c *cli.Context) error {
			if c.NArg() != 1 {
				return usageErr("give one text or one file to explain")
			}
			st, err := style(c, e.stdout, "")
			if err != nil {
				return err
			}
			r, err := loadRules(c)
			if err != nil {
				return err
			}
			doc, err := explainInput(c, e, c.Args().First())
			if err != nil {
				return err
			}
			var buf bytes.Buffer
			if err := output.WriteExplain(&buf, claims.Explain(doc, r), st); err != nil {
				return err
			}
			return writeTerminal(e, "", buf.Bytes(), st)
		},
	}
}

// rulesSchema is `rules schema`: the JSON Schema of rules files.
func rulesSchema(e *env) *cli.Command {
	return &cli.Command{
		Name:  "schema",
		Usage: "print the JSON Schema of rules files (for editor completion and validation)",
		Action: func(c *cli.Context) error {
			return writeOutput(e, "", rules.Schema)
		},
	}
}

// rulesLint is `rules lint`: every problem of a rules file.
func rulesLint(e *env) *cli.Command {
	return &cli.Command{
		Name:      "lint",
		Usage:     "validate a rules file and list every problem as file:line:col: message",
		ArgsUsage: "[FILE]",
		Flags:     []cli.Flag{&cli.StringFlag{Name: "format", Value: "text", Usage: "text or json"}},
		Action: func(c *cli.Context) error {
			if err := oneOf("format", c.String("format"), "text", "json"); err != nil {
				return err
			}
			name, data, err := rulesSource(c)
			if err != nil {
				return err
			}
			problems := lintRules(name, data)
			var buf bytes.Buffer
			if c.String("format") == "json" {
				enc := json.NewEncoder(&buf)
				enc.SetIndent("", "  ")
				if problems == nil {
					problems = rules.ErrorList{}
				}
				if err := enc.Encode(problems); err != nil {
					return err
				}
			} else {
				for _, p := range problems {
					fmt.Fprintln(&buf, string(terminalText([]byte(p.WithSeverity()), output.Style{})))
				}
			}
			if err := writeOutput(e, "", buf.Bytes()); err != nil {
				return err
			}
			if len(problems.Errors()) > 0 {
				return &exitErr{code: exitError}
			}
			return nil
		},
	}
}

// rulesTest is `rules test`: the examples of a rules file, run.
func rulesTest(e *env) *cli.Command {
	return &cli.Command{
		Name:      "test",
		Usage:     "run every example in a rules file",
		ArgsUsage: "[FILE]",
		Action: func(c *cli.Context) error {
			name, data, err := rulesSource(c)
			if err != nil {
				return err
			}
			r, err := rules.LoadFile(name, data)
			if err != nil {
				return &exitErr{code: exitError, err: err}
			}
			n, fails := claims.RunExamples(r)
			var buf bytes.Buffer
			for _, f := range fails {
				fmt.Fprintf(&buf, "%s:%s\n", name, f.String())
			}
			fmt.Fprintf(&buf, "%d passed, %d failed\n", n-len(fails), len(fails))
			if err := writeTerminal(e, "", buf.Bytes(), output.Style{}); err != nil {
				return err
			}
			if len(fails) > 0 {
				return &exitErr{code: exitFindings}
			}
			return nil
		},
	}
}

// explainInput reads the argument of rules explain: a file when one exists
// at that path, else the argument itself as the text.
func explainInput(c *cli.Context, e *env, arg string) (*ingest.Document, error) {
	if st, err := os.Stat(arg); err == nil && !st.IsDir() {
		docs, err := readDocs(c, e, []string{arg})
		if err != nil {
			return nil, err
		}
		if len(docs) == 0 {
			return nil, usageErr("%s: nothing to explain", arg)
		}
		return docs[0], nil
	}
	doc := &ingest.Document{ID: "text", Source: "text", Path: "text", Text: arg, Format: "txt"}
	t, err := publishedFlag(c)
	if err != nil {
		return nil, err
	}
	doc.Published = t
	return doc, nil
}

// rulesSource reads the rules file named by the first argument, or the
// embedded defaults when there is none.
func rulesSource(c *cli.Context) (string, []byte, error) {
	if c.NArg() > 1 {
		return "", nil, usageErr("give one rules file")
	}
	if c.NArg() == 0 {
		return rules.DefaultName, claimdiff.DefaultRules, nil
	}
	name := c.Args().First()
	data, err := os.ReadFile(name)
	if err != nil {
		return "", nil, fail(exitError, "%s: %s", name, osMessage(err))
	}
	return name, data, nil
}

// lintRules loads a rules file and returns every problem, warnings included.
func lintRules(name string, data []byte) rules.ErrorList {
	problems, err := rules.Lint(name, data)
	if err != nil {
		var el rules.ErrorList
		if errors.As(err, &el) {
			return el
		}
		return rules.ErrorList{{File: name, Msg: err.Error(), Severity: "error"}}
	}
	return problems
}
