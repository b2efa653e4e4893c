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
	env := &env{stdin: stdin, stdout: stdout, stderr: stderr}
	app := newApp(env)
	err := app.RunContext(ctx, args)
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
}

func newApp(e *env) *cli.App {
	app := &cli.App{
		Name:            "claimdiff",
		Usage:           "compare the factual claims different outlets make about one story",
		Reader:          e.stdin,
		Writer:          e.stdout,
		ErrWriter:       e.stderr,
		HideHelpCommand: true,
		ExitErrHandler:  func(*cli.Context, error) {},
		Commands: []*cli.Command{
			extractCommand(e),
			compareCommand(e),
			checkCommand(e),
			storiesCommand(e),
			indexCommand(e),
			rulesCommand(e),
		},
		OnUsageError: onUsageError,
		CommandNotFound: func(c *cli.Context, name string) {
			fmt.Fprintf(e.stderr, "claimdiff: unknown command %q (see 'claimdiff --help')\n", name)
			e.code = exitError
		},
	}
	setOnUsageError(app.Commands)
	return app
}

// onUsageError turns a flag error into the one-line usage error every
// command gives, instead of the library's help dump.
func onUsageError(c *cli.Context, err error, _ bool) error {
	var path []string
	for _, a := range c.Lineage() { // innermost first
		if a.Command != nil && a.Command.Name != "" && a.Command.Name != "claimdiff" {
			path = append([]string{a.Command.Name}, path...)
		}
	}
	name := strings.Join(append([]string{"claimdiff"}, path...), " ")
	return usageErr("%v (see '%s --help')", err, name)
}

// setOnUsageError gives every command and subcommand onUsageError: the
// library sets only the application's.
func setOnUsageError(cmds []*cli.Command) {
	for _, c := range cmds {
		c.OnUsageError = onUsageError
		setOnUsageError(c.Subcommands)
	}
}
