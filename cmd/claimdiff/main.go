// Command claimdiff compares what news outlets say about the same story: it
// extracts the factual claims in each article, aligns them across outlets
// and reports agreements, conflicts, attribution gaps, quote variants and
// coverage gaps.
//
// Exit codes: 0 success; 1 findings at or above the fail level (check);
// 2 usage, configuration, rules or input error; 3 an internal error (a
// bug) while extracting a document, which the message names; 128+N
// stopped by signal N (130 SIGINT, 143 SIGTERM, 129 SIGHUP).
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/internal/termsafe"
)

func main() {
	os.Exit(run(os.Args, os.Stdin, os.Stdout, os.Stderr))
}

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
	code, err := exitCodeOf(err)
	if err != nil {
		for _, line := range strings.Split(strings.TrimRight(err.Error(), "\n"), "\n") {
			fmt.Fprintf(stderr, "claimdiff: %s\n", termsafe.String(line))
		}
	}
	return code
}

// exitCodeOf is the exit code a command's error asks for, and the error
// to print: an exitErr's code and error, 3 for a panic while extracting
// a document (a bug, which names the document), else 2.
func exitCodeOf(err error) (int, error) {
	var ee *exitErr
	var ie *claims.InternalError
	switch {
	case errors.As(err, &ee):
		return ee.code, ee.err
	case errors.As(err, &ie):
		return exitInternal, err
	}
	return exitError, err
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
