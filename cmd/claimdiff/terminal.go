package main

import (
	"io"
	"os"
	"strconv"

	"github.com/mattn/go-isatty"
	"github.com/urfave/cli/v2"
	"golang.org/x/term"

	"github.com/claimdiff/claimdiff/claims/output"
)

// What the terminal allows a report a person reads: colour, and the width
// its lines fit.

// colorAllowed reports whether the environment lets a terminal have
// colour: NO_COLOR present and not empty forbids it, as does TERM=dumb.
func colorAllowed(getenv func(string) string) bool {
	return getenv("NO_COLOR") == "" && getenv("TERM") != "dumb"
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && (isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd()))
}

// style decides on colour: --color always/never, else only on a terminal
// that can show it (TERM is not "dumb") and only when NO_COLOR is not set
// to a non-empty value (no-color.org).
func style(c *cli.Context, w io.Writer, out string) (output.Style, error) {
	switch c.String("color") {
	case "always":
		return output.Style{Color: true}, nil
	case "never":
		return output.Style{}, nil
	case "auto", "":
		return output.Style{Color: out == "" && colorAllowed(os.Getenv) && isTerminal(w)}, nil
	}
	return output.Style{}, usageErr("--color %q: want auto, always or never", c.String("color"))
}

// fallbackWidth is the width text reports fit when it cannot be measured
// (a pipe, a file, CI logs).
const fallbackWidth = 100

// textWidth is the width text reports fit their lines to: the terminal's
// when standard output is one, else COLUMNS when set, else 100.
func textWidth(e *env) int {
	if f, ok := e.stdout.(*os.File); ok && isTerminal(f) {
		if w, _, err := term.GetSize(int(f.Fd())); err == nil && w > 0 {
			return w
		}
	}
	if n, err := strconv.Atoi(os.Getenv("COLUMNS")); err == nil && n > 0 {
		return n
	}
	return fallbackWidth
}
