package main

import (
	"bytes"

	"github.com/urfave/cli/v2"

	"github.com/claimdiff/claimdiff/claims/output"
)

func extractCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:      "extract",
		Usage:     "list the claims found in each article",
		ArgsUsage: "PATH...",
		Description: `Reads articles (.txt, .md with front matter, .html, .json, .jsonl, directories,
or - for standard input) and prints every claim: its kind, value, slots, who
says it, and where it stands (file:line:col).`,
		Flags: []cli.Flag{rulesFlag,
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "text", Usage: "text, json or jsonl"},
			&cli.BoolFlag{Name: "mentions", Usage: "also list every quantity, date and duration recognised"},
			published, sourceFl, maxBytes, colorFl, outFl},
		Action: func(c *cli.Context) error {
			format := c.String("format")
			if err := oneOf("format", format, "text", "json", "jsonl"); err != nil {
				return err
			}
			st, err := style(c, e.stdout, c.String("out"))
			if err != nil {
				return err
			}
			r, err := loadRules(c)
			if err != nil {
				return err
			}
			docs, err := readDocs(c, e, c.Args().Slice())
			if err != nil {
				return err
			}
			results, err := extractDocs(c, e, docs, r)
			if err != nil {
				return err
			}
			var buf bytes.Buffer
			switch format {
			case "json":
				err = output.WriteJSON(&buf, results, c.Bool("mentions"))
			case "jsonl":
				err = output.WriteJSONL(&buf, results, c.Bool("mentions"))
			default:
				err = output.WriteText(&buf, results, c.Bool("mentions"), st)
			}
			if err != nil {
				return err
			}
			return writeOutput(e, c.String("out"), buf.Bytes())
		},
	}
}
