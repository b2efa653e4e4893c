// Command claimdiff compares what news outlets say about the same story: it
// extracts the factual claims in each article, aligns them across outlets
// and reports agreements, conflicts, attribution gaps, quote variants and
// coverage gaps.
//
// Exit codes: 0 success; 1 findings at or above the fail level (check);
// 2 usage, configuration, rules or input error; 128+N stopped by signal N
// (130 SIGINT, 143 SIGTERM, 129 SIGHUP).
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/claimdiff/claimdiff/internal/termsafe"
)

// version is what --version prints and SARIF output names.
const version = "0.1.0"

// Exit codes, documented in README.md.
const (
	exitOK          = 0
	exitFindings    = 1
	exitError       = 2
	exitInterrupted = 130
)

func main() {
	os.Exit(run(os.Args, os.Stdin, os.Stdout, os.Stderr))
}

// exitErr carries an exit code out of a command.
type exitErr struct {
	code int
	err  error
}

func (e *exitErr) Error() string {
	if e.err == nil {
		return ""
	}
	return e.err.Error()
}

func fail(code int, format string, args ...any) error {
	return &exitErr{code: code, err: fmt.Errorf(format, args...)}
}

// usageErr is a mistake in how the command was called.
func usageErr(format string, args ...any) error { return fail(exitError, format, args...) }

// run is the whole program with its streams passed in, so tests can drive it.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	ctx, sig, stop := notifyStop(context.Background())
	defer stop()
	env := &env{stdin: stdin, stdout: stdout, stderr: stderr, args: args}
	app := newApp(env)
	err := app.RunContext(ctx, interleave(app, args))
	if err == nil {
		return env.code
	}
	if ctx.Err() != nil || errors.Is(err, context.Canceled) {
		fmt.Fprintln(stderr, "claimdiff: interrupted")
		return sig.exitCode()
	}
	code := exitError
	var ee *exitErr
	if errors.As(err, &ee) {
		code = ee.code
		err = ee.err
	}
	if err != nil {
		for _, line := range strings.Split(strings.TrimRight(err.Error(), "\n"), "\n") {
			fmt.Fprintf(stderr, "claimdiff: %s\n", termsafe.String(line))
		}
	}
	return code
}

// env is what every command shares: the streams and the exit code a
// command that succeeded wants (1 when check found problems).
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	code           int
	// args is the command line as given, to echo flags as the user wrote
	// them.
	args []string
}

func newApp(e *env) *cli.App {
	app := &cli.App{
		Name:                 "claimdiff",
		Usage:                "compare the factual claims different outlets make about one story",
		Version:              version,
		Reader:               e.stdin,
		Writer:               e.stdout,
		ErrWriter:            e.stderr,
		EnableBashCompletion: true,
		ExitErrHandler:       func(*cli.Context, error) {},
		// Bare `claimdiff` is a usage mistake: the usage goes to stderr,
		// exit 2, so a script that forgot the command does not pass.
		Action: func(c *cli.Context) error {
			if c.Args().Present() {
				return usageErr("unknown command %q (see 'claimdiff --help')", c.Args().First())
			}
			c.App.Writer = e.stderr
			defer func() { c.App.Writer = e.stdout }()
			if err := cli.ShowAppHelp(c); err != nil {
				return err
			}
			return &exitErr{code: exitError}
		},
		Commands: []*cli.Command{
			extractCommand(e),
			compareCommand(e),
			checkCommand(e),
			storiesCommand(e),
			indexCommand(e),
			rulesCommand(e),
			completionCommand(e),
			cacheCommand(e),
		},
		OnUsageError: e.onUsageError,
		CommandNotFound: func(c *cli.Context, name string) {
			fmt.Fprintf(e.stderr, "claimdiff: unknown command %q (see 'claimdiff --help')\n", name)
			e.code = exitError
		},
	}
	setOnUsageError(app.Commands, e.onUsageError)
	return app
}

// onUsageError turns a flag error into the one-line usage error every
// command gives, instead of the library's help dump.
func (e *env) onUsageError(c *cli.Context, err error, _ bool) error {
	var path []string
	for _, a := range c.Lineage() { // innermost first
		if a.Command != nil && a.Command.Name != "" && a.Command.Name != "claimdiff" {
			path = append([]string{a.Command.Name}, path...)
		}
	}
	name := strings.Join(append([]string{"claimdiff"}, path...), " ")
	return usageErr("%s (see '%s --help')", e.flagError(c, err), name)
}

// flagError rewrites the flag package's messages for a person: the flag
// as it was typed (--bogus, not -bogus), and for a bad value the flag,
// the value and what is wanted.
func (e *env) flagError(c *cli.Context, err error) string {
	msg := err.Error()
	if name, ok := strings.CutPrefix(msg, "flag provided but not defined: -"); ok {
		return "unknown flag " + e.asTyped(name)
	}
	if name, ok := strings.CutPrefix(msg, "flag needs an argument: -"); ok {
		return e.asTyped(name) + " needs a value"
	}
	// invalid value "7x" for flag -window: reason
	if rest, ok := strings.CutPrefix(msg, "invalid value "); ok {
		if i := strings.Index(rest, " for flag -"); i > 0 {
			value := rest[:i]
			name, reason, _ := strings.Cut(rest[i+len(" for flag -"):], ": ")
			if reason == "parse error" || strings.HasPrefix(reason, "strconv.") || strings.HasPrefix(reason, "time: ") {
				reason = wantFor(c, name)
			}
			return fmt.Sprintf("%s %s: %s", e.asTyped(name), value, reason)
		}
	}
	return msg
}

// asTyped renders a flag name the way the command line gave it: "--name"
// or "-name" (the flag package accepts both).
func (e *env) asTyped(name string) string {
	for _, a := range e.args {
		if a == "-"+name || strings.HasPrefix(a, "-"+name+"=") {
			return "-" + name
		}
	}
	return "--" + name
}

// wantFor says what kind of value a flag takes.
func wantFor(c *cli.Context, name string) string {
	if c.Command != nil {
		for _, f := range c.Command.Flags {
			for _, n := range f.Names() {
				if n != name {
					continue
				}
				switch f.(type) {
				case *cli.Float64Flag:
					return "want a number"
				case *cli.IntFlag, *cli.Int64Flag, *cli.UintFlag:
					return "want a whole number"
				case *cli.DurationFlag:
					return "want a duration such as 72h or 90m"
				case *cli.BoolFlag:
					return "want true or false"
				}
			}
		}
	}
	return "not a valid value"
}

// setOnUsageError gives every command and subcommand the usage-error
// handler: the library sets only the application's.
func setOnUsageError(cmds []*cli.Command, h cli.OnUsageErrorFunc) {
	for _, c := range cmds {
		c.OnUsageError = h
		setOnUsageError(c.Subcommands, h)
	}
}
