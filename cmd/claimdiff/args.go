package main

import (
	"strings"

	"github.com/urfave/cli/v2"
)

// completeFlag is the hidden flag the shell completion scripts append.
const completeFlag = "--generate-bash-completion"

// interleave lets flags stand anywhere on the command line, as go, git and
// vale users expect: `claimdiff compare seeds --format json` is read as
// `claimdiff compare --format json -- seeds`. At each level the first
// argument that is not a flag names a subcommand (when the level has
// any); the flags of a leaf command are moved before its arguments, with
// `--` between. A `--` given by the user ends the flags: what follows is
// kept as arguments, even when it starts with a dash.
func interleave(app *cli.App, args []string) []string {
	if len(args) < 2 || args[len(args)-1] == completeFlag {
		return args
	}
	out := []string{args[0]}
	flags, subs := app.Flags, app.Commands
	rest := args[1:]
	for {
		var fl, pos []string
		i := 0
		for ; i < len(rest); i++ {
			a := rest[i]
			if a == "--" {
				pos = append(pos, rest[i+1:]...)
				i = len(rest)
				break
			}
			if len(subs) > 0 && len(pos) == 0 && !isFlagArg(a) {
				break // a subcommand name (or an unknown one: let the parser say)
			}
			if !isFlagArg(a) {
				pos = append(pos, a)
				continue
			}
			fl = append(fl, a)
			if takesValue(flags, a) && i+1 < len(rest) {
				i++
				fl = append(fl, rest[i])
			}
		}
		out = append(out, fl...)
		if i < len(rest) && len(subs) > 0 {
			name := rest[i]
			out = append(out, name)
			var next *cli.Command
			for _, c := range subs {
				if c.HasName(name) {
					next = c
				}
			}
			if next == nil {
				return append(out, rest[i+1:]...)
			}
			flags, subs, rest = next.Flags, next.Subcommands, rest[i+1:]
			continue
		}
		if len(pos) > 0 {
			out = append(out, "--")
			out = append(out, pos...)
		}
		return out
	}
}

// isFlagArg reports whether a reads as a flag: a dash and more ("-" alone
// is standard input).
func isFlagArg(a string) bool { return len(a) > 1 && a[0] == '-' }

// takesValue reports whether the flag argument a names a flag that takes
// its value from the next argument: not a boolean, not --name=value.
// Unknown flags take none (the parser reports them).
func takesValue(flags []cli.Flag, a string) bool {
	name := strings.TrimLeft(a, "-")
	if strings.Contains(name, "=") {
		return false
	}
	for _, f := range flags {
		for _, n := range f.Names() {
			if n != name {
				continue
			}
			if _, ok := f.(*cli.BoolFlag); ok {
				return false
			}
			return true
		}
	}
	return false
}
