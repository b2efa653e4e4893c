package main

import (
	"bytes"

	"github.com/urfave/cli/v2"

	"github.com/claimdiff/claimdiff/compare/stories"
)

var windowFl = &cli.DurationFlag{Name: "window", Value: stories.DefaultOptions.Window, Usage: "how far apart in time articles of one story may be published (0: no limit)"}

func storiesCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:      "stories",
		Usage:     "group articles into stories (same event, close in time)",
		ArgsUsage: "PATH...",
		Flags: []cli.Flag{rulesFlag, windowFl,
			&cli.Float64Flag{Name: "threshold", Value: stories.DefaultOptions.Threshold, Usage: "least similarity (0..1) of two articles of one story"},
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "text", Usage: "text or json"},
			published, sourceFl, maxBytes, outFl},
		Action: func(c *cli.Context) error {
			if err := oneOf("format", c.String("format"), "text", "json"); err != nil {
				return err
			}
			if th := c.Float64("threshold"); th <= 0 || th > 1 {
				return usageErr("--threshold %v: want a number in (0, 1]", th)
			}
			r, err := loadRules(c)
			if err != nil {
				return err
			}
			docs, err := readDocs(c, e, c.Args().Slice())
			if err != nil {
				return err
			}
			sts, err := stories.Group(c.Context, docs, r, stories.Options{Window: c.Duration("window"), Threshold: c.Float64("threshold")})
			if err != nil {
				return err
			}
			var buf bytes.Buffer
			if c.String("format") == "json" {
				err = stories.WriteJSON(&buf, sts)
			} else {
				err = stories.WriteText(&buf, sts)
			}
			if err != nil {
				return err
			}
			return writeOutput(e, c.String("out"), buf.Bytes())
		},
	}
}
