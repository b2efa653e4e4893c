package main

import (
	"fmt"
	"strings"

	"github.com/urfave/cli/v2"
)

// Usage errors: a flag mistake reported in one line, as the user typed it.

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
